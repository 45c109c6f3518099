"""Figures said of another person ("學姊說她去年寫了5篇也才拿60", "my colleague said he got 90 for 4 posters"):
someone else's case, compared with the person's own — never a figure of theirs.

Set aside before any binding (`bot/reader/read.py`), under the reason `someone_else`, with a note quoting the words;
the person's own figures around them are read as before.
"""

from __future__ import annotations

import re

from bot.parsing.text import Query
from bot.reader.mentions import Mention, numbers

_PERSON_ZH = (r"(?:學姊|學姐|学姐|學長|学长|學弟|学弟|學妹|学妹|同事|同仁|朋友|同學|同学|室友|隔壁科|隔壁床|別人|别人|人家|"
              r"另一位醫師|另一位医师|某位醫師|某位医师|其他醫師|其他医师|我老公|我老婆|我太太|我先生|老公|老婆)")
# "學姊說她…", "同事講他…", "學長他…": another person named, then their own pronoun — what follows is theirs
_ZH_SAID = re.compile(rf"{_PERSON_ZH}\s*(?:說|说|講|讲|提到|表示|跟我說|跟我说)?\s*(?:她|他|她們|他們|她们|他们|自己)")
# "my senior said she got 60", "a colleague told me he only got 40", "my friend's 5 papers": another person, then theirs
_EN_SAID = re.compile(r"\b(?:my|a|one|our|another)\s+(?:senior|junior|colleague|co-?worker|friend|fellow|attending|co-?resident|"
                      r"resident|chief|boss|partner|wife|husband|classmate|mentor|labmate|senpai)\b"
                      r"(?:\s+(?:said|says|told me|mentioned|claims?|reckons?)(?:\s+that)?)?\s+(?:she|he|they)\b", re.IGNORECASE)
_STOP = re.compile(r"[。；;？?！!\n]|\.(?=\s|$)|[，,]\s*(?=我|\bI\b|\bmy\b|\bbut I\b)")


def others_spans(text: str) -> list[tuple[int, int]]:
    """Where another person's case is told: from the words naming them and their pronoun to the end of that sentence
    (or to a clause the person starts about themselves: "…，我呢？")."""
    spans: list[tuple[int, int]] = []
    for m in (*_ZH_SAID.finditer(text), *_EN_SAID.finditer(text)):
        stop = _STOP.search(text, m.end())
        spans.append((m.start(), stop.start() if stop else len(text)))
    return spans


def others_figures(q: Query) -> list[Mention]:
    """The figures said of another person (inside `others_spans`)."""
    spans = others_spans(q.text)
    return [n for n in numbers(q) if any(a <= n.start < b for a, b in spans)]
