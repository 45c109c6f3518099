"""An activity the person says they did NOT do ("年會沒去", "沒參加年會", "skipped the annual meeting").

Naming an activity is not doing it: a kind said with a negated attending verb right before or after its word
is no item (it would otherwise be counted once). Only attending / going / joining verbs are read here — "年會沒有
發表" (attended, gave nothing) keeps the meeting.
"""

from __future__ import annotations

import re

_GO = r"(?:去|參加|参加|出席|到|報名|报名|參與|参与|赴)"
_NOT = r"(?:沒有|没有|沒|没|未|不曾|從未|从未|從沒|从没|都沒|都没|也沒|也没|就沒|就没|則沒|则没)"
# "沒去年會", "没有参加年会", "今年沒參加本會的年會": the verb before the activity's word
_BEFORE = re.compile(rf"{_NOT}\s*(?:有\s*)?{_GO}\s*(?:過|过)?\s*(?:本會|本会|今年|去年|這次|这次|那次)?\s*(?:的)?\s*$"
                     # "沒發表", "沒有上台報告": the negation right on the activity's own word
                     rf"|{_NOT}\s*(?:有\s*)?(?:上台|上臺)?\s*$")
# "年會沒去", "年会没参加", "年會則沒有參加", "年會缺席", "年會今年沒去ㄌ"
_AFTER = re.compile(rf"\s*(?:我|則|则|就|也|都|今年|去年)?\s*(?:{_NOT}\s*(?:有\s*)?{_GO}|缺席|請假|请假"
                    r"|(?:沒有|没有|無|无)(?=\s*(?:[，,。；;！!？?、]|$)))")  # "年會沒有，月會 3 次": none
_EN_BEFORE = re.compile(
    r"\b(?:skipped|missed|no|not|never (?:went to|attended|been to)|(?:didn'?t|did not|couldn'?t|could not|won'?t|"
    r"haven'?t|have not) (?:go to|attend|make it to|get to|join|been to)|wasn'?t at|was not at|absent from)"
    r"\s+(?:the\s+|any\s+|this year'?s\s+|last year'?s\s+|our\s+|an?\s+|TSA\s+)*$", re.IGNORECASE)
_EN_AFTER = re.compile(
    r"\s*(?:[:：-]\s*)?(?:(?:I\s+)?(?:skipped|missed)|not attended|didn'?t (?:go|attend)|did not (?:go|attend)|none|nope)\b",
    re.IGNORECASE)


def said_not_done(clause: str, start: int, end: int) -> bool:
    """The activity named at clause[start:end] is said not to have been attended."""
    before, after = clause[max(0, start - 32):start], clause[end:end + 20]
    return any(p.search(before) for p in (_BEFORE, _EN_BEFORE)) or any(p.match(after) for p in (_AFTER, _EN_AFTER))
