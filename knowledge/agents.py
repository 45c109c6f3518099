"""Two parties offered as the alternatives of a question ("who applies — the organizer or the individual member?",
"要由主辦單位申請還是會員自己申請？"): the clause that names both of them (as the text's own alternatives, 甲…或乙…) answers.

The tsa-cme note on international meetings (5.4.n2) lets either the organiser (主辦單位事先向本會申請認定) or the member
(會員持參加證明文件向本會申請認定) apply; the note before it (5.4.n1, 申請者:須檢附…) names only "the applicant" and shares
more of an English question's words. When the question offers two parties as its alternatives and the best hit does not
name both, the first hit after it (within DEPTH) that names both goes first; the answer's first line then says either
will do when the clause joins them with 或 (`either_sentence`).
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.promote import moved_first
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place

# (party, the question's words for it (folded: Traditional, lower case), the rule text's words for it)
_PARTIES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("organiser", re.compile(r"\borgani[sz](?:er|ers|ing\s+(?:body|unit|hospital|society|committee))\b|\bhosts?\b|主辦|承辦|辦理單位"),
     re.compile(r"主辦單位|主辦")),
    ("member", re.compile(r"\b(?:individual|members?|attendees?|participants?|doctors?|physicians?|surgeons?|myself|"
                          r"ourselves|themselves|himself|herself)\b|會員|個人|本人|自己|參加者|與會者"),
     re.compile(r"會員|個人|本人")),
    ("instructor", re.compile(r"\binstructors?\b|指導老師|指導醫師"), re.compile(r"指導老師")),
    ("trainee", re.compile(r"\b(?:trainees?|fellows?|residents?|students?)\b|學員|受訓"), re.compile(r"學員")),
    ("facility", re.compile(r"\b(?:hospitals?|facilit(?:y|ies)|clinics?|institutions?)\b|醫院|院方|機構|醫療院所"),
     re.compile(r"醫院|機構|院所")),
)
# "…, the A or the B?" / "— A or B?" (English), "A還是B" (Chinese): the two alternatives.
_EN_PAIR = re.compile(r"(?:^|[—–:;,(]|\s-\s)([^—–:;,(?]{1,60}?),?\s+or\s+([^?]{1,60}?)\s*\?*\s*$", re.I)
_ZH_PAIR = re.compile(r"([^,，。？?;；]{1,30}?)[,，\s]*(?:還是|或是|抑或)([^,，。？?;；]{1,30})")


def _party(text: str) -> str | None:
    """The one party the text names (None for none or several)."""
    found = {name for name, asked, _ in _PARTIES if asked.search(text)}
    return next(iter(found)) if len(found) == 1 else None


def offered_parties(question: str) -> tuple[str, str] | None:
    """The two different parties a question offers as its alternatives ("the organizer or the individual member?":
    organiser, member), else None."""
    text = fold(question).strip()
    m = _ZH_PAIR.search(text) or _EN_PAIR.search(text)
    if m is None:
        return None
    first, second = _party(m.group(1)), _party(m.group(2))
    if first is None or second is None or first == second:
        return None
    return first, second


def _text_of(party: str) -> re.Pattern[str]:
    return next(words for name, _, words in _PARTIES if name == party)


def names_both(text: str, parties: tuple[str, str]) -> bool:
    """The (folded) clause text names both parties."""
    return all(_text_of(p).search(text) for p in parties)


def either_sentence(text: str, parties: tuple[str, str]) -> str | None:
    """The sentence of the clause text that offers the two parties as its own alternatives (甲…或乙…), else None."""
    a, b = (_text_of(p).pattern for p in parties)
    for sentence in re.split(r"(?<=[。；;])", text):
        folded = fold(sentence)  # (the fold keeps the length: its spans are the sentence's)
        m = re.search(rf"(?:{a})[^。；;,，]{{0,40}}?或(?:由)?[^。；;,，]{{0,6}}?(?:{b})|"
                      rf"(?:{b})[^。；;,，]{{0,40}}?或(?:由)?[^。；;,，]{{0,6}}?(?:{a})", folded)
        if m is not None:
            # (the text's own alternatives, to the ends of their comma-delimited part: "主辦單位事先向本會申請認定或會員持
            # 參加證明文件向本會申請認定")
            start = max(folded.rfind(",", 0, m.start()), folded.rfind("，", 0, m.start())) + 1
            ends = [e for e in (folded.find(x, m.end()) for x in ",，。；;") if e >= 0]
            span = sentence[start:min(ends)] if ends else sentence[start:]
            return span.strip() if len(folded) == len(sentence) else sentence.strip()
    return None


def parties_clause_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the first clause (within DEPTH after the best) that names both parties the question offers as
    alternatives moved first, when the best hit does not name both."""
    parties = offered_parties(question)
    best = corpus.get(ranked[0]) if ranked else None
    if parties is None or best is None or names_both(fold(best.text), parties):
        return ranked
    for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1):
        other = corpus.get(clause_id)
        if other is not None and names_both(fold(other.text), parties):
            return moved_first(ranked, i)
    return ranked
