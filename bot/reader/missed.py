"""Counts of occasions the person says they did not attend: missed, skipped, absent, cancelled.

"颱風害我錯過兩次月會，結果只去了月會四次", "missed 2 monthly meetings (on call), made it to 4", "月會有兩次因為颱風取消",
"年會0次": the missed count is no attended count — set aside before any binding (the activity's word beside it is then a denied
one, `Slot.denied`), never added to the count that was attended. A negated miss ("一次都沒錯過", "never missed one")
is attendance, no miss, and is left alone.
"""

from __future__ import annotations

import re

from bot.parsing.text import Query
from bot.reader.mentions import Mention, numbers

# the verbs of missing, in Chinese ("錯過", "缺席", "沒去", "被取消") and English ("missed", "skipped", "cancelled")
_MISS_ZH = (r"錯過|错过|缺席|翹掉|翹了|跳過|跳过|漏掉|請假|请假|取消|停辦|停办|"
            r"(?:沒有|没有|沒|没|未|沒能|没能|無法|无法)\s*(?:去|參加|参加|出席|到)")
_MISS_EN = (r"missed|skipped|missing|cancell?ed|called off|absent (?:from|for)|"
            r"(?:did(?:n't| not)|could(?:n't| not)|couldn't) (?:go to|attend|make(?: it to)?)")
# the miss itself negated: "沒錯過", "一次都沒缺席", "never missed", "didn't miss" — attendance
_NEGATED_ZH = re.compile(r"(?:沒|没|未|不|從不|从不|不曾)\s*(?:有)?\s*$")
_NEGATED_EN = re.compile(r"\b(?:never|not|n't|without)\s+$", re.IGNORECASE)
# the miss right before the count: "錯過2次", "錯過了兩場", "缺席 2 次", "missed 2", "skipped two of the"
_BEFORE = re.compile(rf"(?:(?P<zh>{_MISS_ZH})\s*(?:了|掉|過|过)?\s*(?:其中)?\s*|\b(?P<en>{_MISS_EN})\s+(?:the\s+|another\s+)?)$",
                     re.IGNORECASE)
# the miss right after the count, in its clause: "2次沒去", "2次都沒去", "有2次因為颱風取消", "2 monthly meetings I missed",
# "2 were cancelled" — only the count's own unit, a reason or a pronoun between (never another activity or a "but": "月會5次
# 年會沒去", "5 monthly meetings but was absent from the annual" — the miss is the other activity's)
# (never a miss with its own count after it: "去了4次錯過2次", "4 but I missed 2" — the miss is that count's)
_AFTER = re.compile(rf"^\s*(?:次|場|场|回)?\s*(?:都|也|是|我|他|她|被|因為[^，,。；;？?！!\d]{{0,8}}?|因为[^，,。；;？?！!\d]{{0,8}}?)?\s*"
                    rf"(?<![沒没未不])(?:{_MISS_ZH})(?!\s*(?:了|掉|過|过)?\s*\d)"
                    rf"|^\s*(?:(?!(?:but|and|although|though|while|except|yet|so|plus)\b)[A-Za-z-]+\s+){{0,3}}?"
                    rf"(?:(?:that|which)\s+)?(?:i|he|she|we|they|were|was|got|had been|have been|been)\s+"
                    rf"(?:(?:just|also)\s+)?(?:{_MISS_EN})\b(?!\s+(?:the\s+)?\d)", re.IGNORECASE)
# "其中 2 次沒去", "2 of them I missed": a part of a count said before it — which count was attended is asked, not guessed
_PART_OF = re.compile(r"(?:其中|當中|当中|裡面|里面)\s*(?:有)?\s*$|\bof (?:them|those|these|which)\b|\bout of\b", re.IGNORECASE)


# a count of none ("年會0次", "年會０次", "annual meeting 0 times", "0 次年會"): the activity not attended, said as a figure — a
# fact (the activity is left out, `Slot.denied`), never a count missing nor one meeting
_ZERO_TIMES = re.compile(r"^\s*(?:次|場|场|回|趟|\s+times?\b|\s*x\b)", re.IGNORECASE)


def missed_counts(q: Query) -> list[Mention]:
    """The counts said as occasions missed, skipped or cancelled ("錯過兩次月會", "missed 2 monthly meetings"), not as a
    part of a count said before them ("月會 12 次，其中 2 次沒去": left to the reader, which asks)."""
    t = q.text
    out: list[Mention] = []
    for n in numbers(q):
        if n.kind == "date":
            continue
        before = t[max(0, n.start - 16):n.start]
        after = t[n.end:n.end + 40]
        m = _BEFORE.search(before)
        if n.value == 0 and (n.unit in ("次", "場", "场", "回") or _ZERO_TIMES.match(t[n.end:]) is not None):
            out.append(n)
        elif m is not None:
            lead = before[:m.start()]
            if (_NEGATED_EN if m.group("en") else _NEGATED_ZH).search(lead) or _PART_OF.search(before):
                continue
            out.append(n)
        elif _AFTER.search(after) and not _PART_OF.search(before) and not _PART_OF.search(after[:12]):
            out.append(n)
    return out
