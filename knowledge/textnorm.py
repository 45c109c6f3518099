"""Text normalisation shared by indexing and querying: clean, fold, limit.

Simplified Chinese is folded to Traditional (Taiwan phrasing) with OpenCC so a
question typed in Simplified matches the Traditional regulation text; NFKC turns
full-width digits and brackets (５、（五）) into their ASCII forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.chinese import to_traditional
from core.spelling import mend_slips
from core.errors import BadQuery

# A question longer than this is cut: the embedder reads ~512 tokens anyway, and a
# pasted 100 kB document must not make the lexical scorer crawl.
MAX_QUERY_CHARS = 1000

_SPACES = re.compile(r"\s+")
# 分 typed as its homophone 份 in 積分 / 學分 ("積份認定要繳多少"): neither bigram is a word of its own, so the
# question is read with the regulations' word (ranking and first lines match 積分, not a fee clause of the other text).
_HOMOPHONE_TYPOS = re.compile(r"(?<=[積學])份")
# Mainland words for the things the regulations name in Taiwan's words, as folded (Traditional script): compared item by
# item ("會不會連影像存儲那塊也一起查" against "影像儲存設備查核"), never rewritten into the text the extractors read.
MAINLAND_WORDS = {"存儲": "儲存", "服務器": "伺服器", "軟件": "軟體", "硬件": "硬體", "質量": "品質", "信息": "資訊",
                  "網絡": "網路", "視頻": "影片", "顯示器": "螢幕", "屏幕": "螢幕", "打印": "列印", "數據": "資料"}
_MAINLAND = re.compile("|".join(MAINLAND_WORDS))


def taiwan_words(text: str) -> str:
    """(Folded) `text` with the mainland words of `MAINLAND_WORDS` in Taiwan's."""
    return _MAINLAND.sub(lambda m: MAINLAND_WORDS[m.group(0)], text)


# Where a long query may be cut without splitting a word or a number.
_BREAK = re.compile(r"[\s，。、；：！？,.;:!?）)」』]")


def strip_control(text: str) -> str:
    """Replace control and format characters (NUL, ESC, zero-width …) by a space or nothing."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")  # \n, \t, \x00 … all separate words
        elif cat in ("Cf", "Cs", "Co", "Cn"):
            continue  # zero-width joiners, BOM, surrogates, private use, unassigned
        else:
            out.append(ch)
    return "".join(out)


# The chat shorthand "w/o" ("apply w/o the case log"): "without" in the comparison form.
_WITHOUT = re.compile(r"(?<![a-z0-9/])w/o(?![a-z0-9/])")


@lru_cache(maxsize=4096)  # one answer folds the same question and clause texts dozens of times (sized so that
# no question's own strings outlive a few hundred other questions: a benchmark round is not served from it)
def fold(text: str, *, collapse: bool = True) -> str:
    """NFKC (full-width digits, letters, brackets → ASCII), then Simplified → Traditional Chinese, then English typing
    slips mended (`core.spelling`).

    `collapse` (the default, the comparison form): also lower-case Latin and single spaces.
    `collapse=False` keeps case, spacing and line breaks: the form the extractors read facts from.
    """
    text = mend_slips(_HOMOPHONE_TYPOS.sub("分", to_traditional(unicodedata.normalize("NFKC", text))))
    return _SPACES.sub(" ", _WITHOUT.sub("without", text.lower())).strip() if collapse else text


def truncate(text: str, limit: int = MAX_QUERY_CHARS) -> str:
    """Cut `text` to at most `limit` characters, at a word or sentence break when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    breaks = [m.end() for m in _BREAK.finditer(head)]
    if breaks and breaks[-1] > limit * 0.8:
        head = head[: breaks[-1]]
    return head.rstrip()


def clean_query(text: str, limit: int = MAX_QUERY_CHARS) -> str:
    """A searchable query: control characters stripped, whitespace collapsed, length limited.

    Raises BadQuery when nothing searchable is left.
    """
    if not isinstance(text, str):
        raise BadQuery("the query must be text")
    cleaned = _SPACES.sub(" ", strip_control(text)).strip()
    if not cleaned:
        raise BadQuery("the query is empty")
    return truncate(cleaned, limit)
