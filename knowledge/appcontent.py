"""What an application to accredit an event must state, asked by its organiser ("what info do we need to put in the
application when asking the surgery society to accredit an outside lecture? speaker, venue…?", "申請外院演講的積分認定，申請
資料要寫哪些？"): the clause listing what the application states ("來函需註明舉辦之時間、地點、活動名稱、演講者姓名…") answers,
however far down the head the clauses on the event's deadline (the outside course applies 30 days ahead) or on a member's own
claim for a paper or a meeting abroad (circle the date, time, venue…; attach the attendance certificate) put it — they share
"outside lecture", "speaker", "venue" with the question, not the application's contents.

Not a member's own claim ("I presented a paper — what do I mark on the programme?", "參加國外會議要附什麼"): no event is put
up for accreditation there, and the clauses on that claim answer."""

from __future__ import annotations

import re

from knowledge.corpus import Clause, Corpus
from knowledge.promote import sole_holder_first
from knowledge.textnorm import fold

DEPTH = 6  # the hits after the best that may take its place

# The contents of an application asked: what to state, fill in, include or put in it.
_CONTENTS_ASKED = re.compile(
    r"\bwhat\s+(?:info(?:rmation)?|details|particulars|fields|data|items)\b|"
    r"\bwhat\s+(?:do|does|must|should|shall)\s+(?:we|i|you|they|the\s+organi[sz]ers?)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:put|include|state|write|list|fill\s+in|fill\s+out|provide|give)\b|"
    r"\bwhat\s+(?:has|have|needs?)\s+to\s+(?:be\s+)?(?:go\s+)?(?:in(?:to)?|included|stated|listed|put)\b|"
    r"\bwhat\s+goes\s+(?:in(?:to)?|on)\b|"
    r"(?:要|需|須|得|應|应)?(?:寫|写|填|填寫|填写|註明|注明|載明|载明|列|附上|提供)(?:哪些|什麼|什么|啥)|"
    r"(?:申請|申请)(?:資料|资料|內容|内容|表|書|书)[^，,。？?；;]{0,6}?(?:哪些|什麼|什么|啥)|"
    r"(?:哪些|什麼|什么)(?:資料|资料|內容|内容|資訊|资讯|項目|项目)",
    re.IGNORECASE)
# An event put up for accreditation by whoever runs it ("accredit an outside lecture", "get our seminar recognised",
# "申請外院演講的積分認定", "我們辦的研討會要送積分認定").
_EVENT = (r"(?:lectures?|talks?|seminars?|courses?|events?|symposi(?:um|a)|workshops?|conferences?|meetings?|sessions?|"
          r"演講|演讲|研討會|研讨会|課程|课程|活動|活动|講座|讲座|座談會|座谈会|講習|讲习|課|课)")
_EVENT_ACCREDITED = re.compile(
    rf"\b(?:accredit\w*|recogni[sz]\w*|approv\w*|certif(?:y|ied))\b[^?.;]{{0,40}}?{_EVENT}|"
    rf"{_EVENT}[^?.;]{{0,40}}?\b(?:accredit\w*|recogni[sz](?:ed|ation)|approv\w*)\b|"
    rf"{_EVENT}[^，,。？?；;]{{0,12}}?(?:認定|认定|申請積分|申请积分|申請學分|申请学分)|"
    rf"(?:認定|认定|申請|申请)[^，,。？?；;]{{0,8}}?{_EVENT}",
    re.IGNORECASE)
# A member's own claim (a paper presented, a meeting attended abroad): what the member attaches, not an event's application.
_OWN_CLAIM = re.compile(r"\bI\s+(?:presented|attended|went|spoke|gave)\b|\bmy\s+(?:paper|poster|talk|abstract|attendance)\b|"
                        r"我(?:發表|发表|參加|参加|去|報告|报告)|參加證|参加证|出席證明|出席证明", re.IGNORECASE)
# A clause stating what the application itself must state ("來函需註明…").
_STATES_CONTENTS = re.compile(r"(?:來函|申請書|申請表|申請函)\s*(?:需|須|應|必須)\s*(?:註明|載明|填寫|填列|敘明)")


def asks_application_contents(question: str) -> bool:
    """Does the question ask what an application to accredit an event must state?"""
    text = fold(question)
    return bool(_CONTENTS_ASKED.search(text) and _EVENT_ACCREDITED.search(text) and not _OWN_CLAIM.search(text))


def states_contents(clause: Clause) -> bool:
    """Does the clause list what an application must state ("來函需註明…")?"""
    return bool(_STATES_CONTENTS.search(fold(clause.text or "")))


def _states_contents(clause_id: str, corpus: Corpus) -> bool:
    clause = corpus.get(clause_id)
    return clause is not None and states_contents(clause)


def contents_clause_first(question: str, ranked: list[str], corpus: Corpus) -> list[str]:
    """`ranked` (clause ids, best first) with the one hit among the next DEPTH that lists what an application states moved
    first, when the question asks it of an event's accreditation (`asks_application_contents`) and the best hit lists
    none; unchanged otherwise."""
    if not asks_application_contents(question):
        return ranked
    return sole_holder_first(ranked, DEPTH, lambda clause_id: _states_contents(clause_id, corpus))
