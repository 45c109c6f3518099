"""Figures said of another person ("學姊說她去年寫了5篇也才拿60", "my colleague said he got 90 for 4 posters"):
someone else's case, compared with the person's own — never a figure of theirs.

Set aside before any binding (`bot/reader/read.py`), under the reason `someone_else`, with a note quoting the words;
the person's own figures around them are read as before.
"""

from __future__ import annotations

import re

from bot.parsing.text import Query
from bot.reader.mentions import Mention, numbers

_SENIOR_ZH = r"(?:學姊|學姐|学姐|學長|学长|學弟|学弟|學妹|学妹|朋友|同學|同学|室友|別人|别人|人家|我老公|我老婆|我太太|我先生|老公|老婆)"
_SAID_ZH = r"(?:說|说|講|讲|提到|表示|跟我說|跟我说)"
_PRONOUN_ZH = r"(?:她|他|她們|他們|她们|他们|自己)"
# "學姊說她…", "學長他…", "同事說他…": another person named, then their own pronoun — what follows is theirs (a co-worker only
# with the words of telling: "同事她一年拍了 5000 張" may be the case asked about)
_ZH_SAID = re.compile(rf"{_SENIOR_ZH}\s*{_SAID_ZH}?\s*{_PRONOUN_ZH}|(?:同事|同仁|隔壁科|其他醫師|其他医师)\s*{_SAID_ZH}\s*{_PRONOUN_ZH}")
# "my senior said she got 60", "a colleague told me he only got 40": another person, the words of telling, then theirs
_EN_SAID = re.compile(r"\b(?:my|a|one|our|another)\s+(?:senior|junior|colleague|co-?worker|friend|fellow|attending|co-?resident|"
                      r"resident|chief|boss|partner|wife|husband|classmate|mentor|labmate|senpai)\b"
                      r"\s+(?:said|says|told me|mentioned|claims?|reckons?)(?:\s+that)?\s+(?:she|he|they)\b", re.IGNORECASE)
# what the other person's case is asked about ("他能拿幾分", "how many does he get"): then it is the case asked, not an aside
_ASKED_OF = re.compile(r"幾分|几分|多少|能拿|可以拿|拿得到|夠不夠|够不够|能不能|可不可以|\bhow (?:many|much)\b|"
                       r"\b(?:can|could|does|would|will|did) (?:she|he|they)\b", re.IGNORECASE)
# Another person's word on what a rule gives ("our ER guy said ATLS is only worth 10", "a colleague told me monthly meetings
# count 10 points", "同事說 ATLS 只算 10 分", "听学长讲月会才给 10 分"): a claim the person asks about, no figure of theirs —
# from the words of telling to the value claimed (a number worth, or of points / credits); never a figure told of the person
# ("the secretary says I have 150 points", "秘書說我有 150 分": their own, read as theirs)
_CLAIMER_EN = (r"\b(?:my|our|a|an|one|the|another|some)\s+(?:[\w-]+\s+){0,2}?(?:guy|gal|senior|junior|colleague|co-?worker|friend|"
               r"fellow|attending|co-?resident|resident|chief|boss|partner|classmate|mentor|nurse|secretary|staff|doctor|surgeon|"
               r"person|people|someone|folks?)\b(?:\s+(?:in|from|at|on)\s+(?:the\s+|our\s+|my\s+)?[\w-]+)?|\bsomeone\b|"
               r"\b(?:people|everyone|they)\b")
_CLAIM_EN = re.compile(rf"(?:{_CLAIMER_EN})\s+(?:said|says|told me|tells me|mentioned|claims?|claimed|reckons?|thinks?|thought|insists?)"
                       r"(?:\s+that)?\s+(?:(?!\b(?:I|I'm|me|my|mine|we|us|our)\b)[^.;?!\n]){0,60}?(?:\bworth\s+(?:only\s+|just\s+)?\d+(?:\.\d+)?(?:\s*(?:points?|credits?|pts))?"
                       r"|(?<![\d.])\d+(?:\.\d+)?\s*(?:points?|credits?|pts)\b)", re.IGNORECASE)
_CLAIMER_ZH = rf"(?:{_SENIOR_ZH}|同事|同仁|隔壁科|其他醫師|其他医师|護理師|护理师|秘書|秘书|助理|有人|大家|聽說|听说|聽人說|听人说|據說|据说)"
_CLAIM_ZH = re.compile(rf"{_CLAIMER_ZH}\s*{_SAID_ZH}?[^，,。；;？?！!\n\d我]{{0,20}}?(?:只|才|就)?(?:算|給|给|有|值|拿)?\s*(?<![\d.])\d+(?:\.\d+)?\s*分")
_STOP = re.compile(r"[。；;？?！!\n]|\.(?=\s|$)|[，,]\s*(?=我|\bI\b|\bmy\b|\bbut I\b)")


def others_spans(text: str) -> list[tuple[int, int]]:
    """Where another person's case is told: from the words naming them and their pronoun to the end of that sentence
    (or to a clause the person starts about themselves: "…，我呢？"); where another person's claim of a rule's value is told:
    from the words of telling to the value claimed."""
    spans: list[tuple[int, int]] = []
    for m in (*_ZH_SAID.finditer(text), *_EN_SAID.finditer(text)):
        stop = _STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        if not _ASKED_OF.search(text, m.end(), end):
            spans.append((m.start(), end))
    for m in (*_CLAIM_EN.finditer(text), *_CLAIM_ZH.finditer(text)):
        if not any(a <= m.start() < b for a, b in spans):
            spans.append(m.span())
    return spans


def others_figures(q: Query) -> list[Mention]:
    """The figures said of another person (inside `others_spans`) — only beside figures of the person's own: where every
    figure is the other person's, theirs is the case asked about."""
    spans = others_spans(q.text)
    told = [n for n in numbers(q) if any(a <= n.start < b for a, b in spans)]
    return told if len(told) < len(numbers(q)) else []
