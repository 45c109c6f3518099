"""The rules' own Chinese terms typed in pinyin ("yan-tao-hui seminars", "the jin-xiu abroad thing", "2 months at a
yi-xue-zhong-xin"): written back in characters, so every reader that knows the term knows its romanisation too.

One table of terms (the characters and their syllables); every spelling is generated from it: syllables joined by
hyphens, spaces or nothing, any case, with tone marks or none, ü as ü / v / u. Only terms of two syllables or more, as
whole words (a lone syllable, "hui", is no term); a digit right after one is a count ("yuehui 3", "yuehui3"), never a
tone; syllables spelt apart with a capital are a name ("Dr. Lan Yu").
"""

from __future__ import annotations

import re
from functools import lru_cache

# (characters, syllables): the terms of the three rules a person may type in pinyin — meetings, training, places, roles,
# papers, the certificate, the mammography review's words (Traditional: the question is folded before this reads it)
TERMS: tuple[tuple[str, str], ...] = (
    # surgery CME (tsa-cme): meetings, training, papers, offshore islands
    ("年會", "nian hui"), ("月會", "yue hui"), ("研討會", "yan tao hui"), ("學術研討會", "xue shu yan tao hui"),
    ("國際會議", "guo ji hui yi"), ("醫學會", "yi xue hui"), ("專科醫學會", "zhuan ke yi xue hui"), ("外科醫學會", "wai ke yi xue hui"),
    ("繼續教育", "ji xu jiao yu"), ("積分", "ji fen"), ("學分", "xue fen"),
    ("進修", "jin xiu"), ("研修", "yan xiu"), ("醫學中心", "yi xue zhong xin"), ("區域醫院", "qu yu yi yuan"),
    ("地區醫院", "di qu yi yuan"), ("講者", "jiang zhe"), ("講師", "jiang shi"), ("演講", "yan jiang"),
    ("座長", "zuo zhang"), ("主持人", "zhu chi ren"), ("主持", "zhu chi"), ("壁報", "bi bao"),
    ("口頭報告", "kou tou bao gao"), ("論文", "lun wen"), ("原著", "yuan zhu"), ("病例報告", "bing li bao gao"),
    ("第一作者", "di yi zuo zhe"), ("通訊作者", "tong xun zuo zhe"), ("共同作者", "gong tong zuo zhe"),
    ("離島", "li dao"), ("外島", "wai dao"), ("澎湖", "peng hu"), ("金門", "jin men"), ("馬祖", "ma zu"),
    ("綠島", "lü dao"), ("蘭嶼", "lan yu"), ("專科醫師", "zhuan ke yi shi"), ("專科", "zhuan ke"), ("展延", "zhan yan"),
    ("駐外醫療團", "zhu wai yi liao tuan"), ("醫療團", "yi liao tuan"),
    # the TSIR instructor certificate
    ("換證", "huan zheng"), ("指導老師", "zhi dao lao shi"), ("指導醫師", "zhi dao yi shi"), ("終身", "zhong shen"),
    ("介入", "jie ru"), ("栓塞", "shuan sai"),
    # the mammography review (hpa-mammo)
    ("抽片", "chou pian"), ("抽選片", "chou xuan pian"), ("自選片", "zi xuan pian"), ("放射師", "fang she shi"),
    ("複判", "fu pan"), ("複閱", "fu yue"), ("判讀醫師", "pan du yi shi"), ("追蹤", "zhui zong"),
    ("完成率", "wan cheng lü"), ("緻密", "zhi mi"), ("巡迴車", "xun hui che"), ("座談會", "zuo tan hui"),
)

# each plain vowel and its toned forms (ü also typed v or u)
_VOWELS = {"a": "aāáǎà", "e": "eēéěè", "i": "iīíǐì", "o": "oōóǒò", "u": "uūúǔù", "ü": "üǖǘǚǜvu"}


def _syllable(s: str) -> str:
    """One syllable's pattern: each vowel with its tone marks."""
    return "".join(f"[{_VOWELS[ch]}]" if ch in _VOWELS else re.escape(ch) for ch in s)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every term (longest first), each a named group, and the group name → characters."""
    terms = sorted((t for t in TERMS if len(t[1].split()) >= 2), key=lambda t: -len(t[1]))
    names = {f"t{i}": chars for i, (chars, _) in enumerate(terms)}
    alternatives = [f"(?P<t{i}>" + r"[-‐ ]?".join(_syllable(s) for s in syllables.split()) + ")"
                    for i, (_, syllables) in enumerate(terms)]
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z])", re.IGNORECASE), names


_COUNT_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\s*$")
_UNIT_FIRST = "年"
# syllables spelt apart and capitalised are a person's name ("Dr. Lan Yu", "Jiang Shi said …"), never the term
_A_NAME = re.compile(r"(?-i:[A-Z])\S*\s")


# an island written as one capitalised word ("Penghu", "Lanyu") is its English name, which the English readers know: left as
# written (in characters an English question would stop reading as English); "Peng-hu", "penghu", "peng hu" are pinyin
_ISLANDS = frozenset({"澎湖", "金門", "馬祖", "綠島", "蘭嶼"})
_ONE_CAPITALISED_WORD = re.compile(r"(?-i:[A-Z])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+")


def romanised_terms(text: str) -> str:
    """`text` with each term of `TERMS` typed in pinyin written in its characters ("yan-tao-hui" → "研討會")."""
    if not re.search(r"[A-Za-z]", text):
        return text
    pattern, names = _pattern()

    def written(m: re.Match[str]) -> str:
        if _A_NAME.search(m.group(0)):
            return m.group(0)
        chars = names[m.lastgroup or ""]
        if chars in _ISLANDS and _ONE_CAPITALISED_WORD.fullmatch(m.group(0).strip()):
            return m.group(0)
        # ("1 nianhui": a count before a term whose first character is a unit, 年, takes the meeting's classifier —
        # "1 年會" would read as one year)
        counted = _COUNT_BEFORE.search(m.string, 0, m.start()) is not None and chars[0] in _UNIT_FIRST
        return ("場" if counted else "") + chars

    return pattern.sub(written, text)
