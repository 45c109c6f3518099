"""A role taken at a meeting is ruled by the clause on that role, not by the clause on attending the meeting.

Both regulations rate attending a meeting and taking a part in it apart: tsir-instructor 第五條 gives 15 points for
attending an interventional meeting abroad (5.4 "參與國外介入性治療相關會議") and 40 / 20 for lecturing or chairing
(5.3 "擔任講師/座長"); tsa-cme 第五條 gives 30 credits for attending an international meeting (5.4) and 10 for a paper or
poster presented there (5.6 "發表論文演講或壁報"). A question naming both the place and the role ("去國外介入會議當座長",
"I chaired a session at an overseas IR meeting") shares the place, the meeting and the regulation's words with the
attendance clause, which then comes first. When the question names a role it took (not one it denies: "沒有上台",
"didn't present", "just attended") and the best hit is a clause on attending only, the first hit after it (within
DEPTH, of the same regulation) whose heading names a role goes first.
"""

from __future__ import annotations

import re

from knowledge.corpus import Corpus
from knowledge.textnorm import fold

DEPTH = 3  # the hits after the best that may take its place

# A part taken at a meeting, in the question's words (folded: Traditional, lower case).
_ROLE_ZH = re.compile(r"座長|主持|(?:當|擔任|担任|做|受邀)(?:了)?(?:講者|講師|讲师|讲者|演講者)|講師|上[台臺](?:報告|講|發表)?|"
                      r"口頭(?:報告|發表)|口報|(?:發表|報告)(?:了)?(?:論文|壁報|海報|poster|oral)|壁報|海報|e-?poster")
_ROLE_EN = re.compile(r"\b(?:chair(?:ed|ing|person)?|co-chair(?:ed)?|moderat(?:or|ed|ing|e)|lectur(?:ed|er|ing)|"
                      r"speaker|podium|oral|e-?poster|poster|gave (?:a |an |the )?(?:talk|lecture|presentation)|"
                      r"present(?:ed|ing)? (?:a |an |my |our |the )?(?:paper|poster|talk|abstract|case|study|work))\b")
# A role the question denies ("沒有上台", "not as a speaker", "didn't present", "just attended").
_DENIED_ROLE = re.compile(r"(?:沒|没|未|不是|並非|无|無)(?:有)?(?:上[台臺]|當|擔任|担任|發表|报告|報告|講)|"
                          r"\b(?:not|no|never|didn'?t|did not|without|wasn'?t|was not)\b[^,.;?!]{0,20}?"
                          r"\b(?:chair|moderat|lectur|speak|present|talk|poster|oral)|"
                          r"\b(?:just|only|simply|merely) (?:attend|went|go|sat|listen)", re.I)
# A clause's own words for a part taken, and for attending.
_ROLE_TEXT = re.compile(r"座長|講師|演講|發表|壁報|oral|poster")
_ATTEND_TEXT = re.compile(r"參加|參與")


def names_role(question: str) -> bool:
    """Whether the question says the person took a part at a meeting (chaired, lectured, presented) and denies none."""
    text = fold(question)
    return bool(_ROLE_ZH.search(text) or _ROLE_EN.search(text)) and not _DENIED_ROLE.search(text)


def _attending_only(clause: object) -> bool:
    """A clause on attending (參加 / 參與) that names no part taken at the meeting."""
    text = fold(f"{getattr(clause, 'heading', None) or ''} {getattr(clause, 'text', '')}")
    return bool(_ATTEND_TEXT.search(text)) and not _ROLE_TEXT.search(text)


def role_clause_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` with the first clause (within DEPTH after the best, same regulation) whose heading names a part taken at
    a meeting moved first, when the question names such a part and the best hit is on attending only."""
    best = corpus.get(ranked[0]) if ranked else None
    if best is None or not _attending_only(best) or not names_role(question):
        return ranked
    for i, clause_id in enumerate(ranked[1:1 + DEPTH], start=1):
        other = corpus.get(clause_id)
        if other is not None and other.doc == best.doc and other.heading and _ROLE_TEXT.search(fold(other.heading)):
            return [ranked[i], *ranked[:i], *ranked[i + 1:]]
    return ranked
