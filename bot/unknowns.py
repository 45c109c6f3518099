"""Facts the person says they do not have ("第三組分數忘了", "a third one I can't remember", "另一位天數我不確定").

SPEC §3: a needed fact is never filled in. A calculation that leaves out an item the person named but could not give
(the third score, the other radiographer's days) would be a figure for facts they did not state: the bot asks instead,
naming the words. "不確定是否超量", "not sure if we're over" are the question itself, not a missing fact.
"""

from __future__ import annotations

import re

_UNKNOWN = re.compile(r"忘了|忘記|忘记|不記得|不记得|記不得|记不得|記不清|记不清|想不起|不確定|不确定|不知道|不清楚|還沒出來|还没出来|"
                      r"還沒拿到|还没拿到|未知|待查|沒有紀錄|没有记录|"
                      # "其他項目還沒看到", "報告還沒收到", "剩下的還在等", "haven't seen the others", "still waiting on the rest"
                      r"(?:還|还|尚)(?:沒|没|未)(?:有)?(?:看到|收到|回來|回来|出爐|出炉|寄來|寄来)|還在等|还在等|"
                      r"\bhaven'?t (?:seen|got(?:ten)?|received)\b|\bnot (?:seen|received) yet\b|\bstill waiting\b|"
                      r"\b(?:can(?:no|')t (?:remember|recall)|don'?t (?:remember|recall|know)|do not (?:remember|recall|know)|"
                      r"forg[oe]t|not sure|unsure|unknown|tbd|not (?:out|back|in) yet|still pending|missing)\b", re.IGNORECASE)
# the words right after that make it the question asked ("不確定是否超量", "not sure if we're over")
_ASKS_AFTER = re.compile(r"\s*(?:我們|我们|我)?\s*(?:是否|會不會|会不会|能不能|可不可以|要不要|夠不夠|够不够|有沒有|有没有|算不算|怎麼|怎么|如何|"
                         r"該|该|是不是|哪|幾|几|多少|\b(?:if|whether|how|what|which|when)\b)", re.IGNORECASE)
# a fact of the question the words are about: another item, an ordinal, or a quantity's name
_ITEM = re.compile(r"第\s*[一二三四五六七八九十\d]|另一|另外|其他|其餘|其余|那一?(?:位|個|个|組|组|篇|次)|分數|分数|天數|天数|案數|案数|例數|例数|"
                   r"日期|幾天|成績|成绩|"
                   r"剩下|剩餘|剩余|\bthe rest\b|\bthe others\b|"
                   r"\b(?:the other|another|a (?:second|third|fourth|fifth)|the (?:second|third|fourth|fifth|last) one|one more|"
                   r"score|days|count|number|date|figure)\b", re.IGNORECASE)
_CLAUSES = re.compile(r"[^，,。；;？?！!\n—]+")


# A fact of one's own said both ways or past recall ("上次好像有要求過，又好像沒有", "有還是沒有我不記得了", "I think he was told to,
# or maybe not", "can't remember whether she was required to", "not sure if he was told to go last time"): not known either way
# — never read as one of the two.
_BOTH_WAYS = re.compile(
    r"好像(?:有|是)[^，,。；;？?！!]{0,24}?[，,]?\s*(?:又|也|但|可是|或)?(?:好像|似乎)?(?:沒有|没有|沒|没|不是)(?:耶|欸|吧)?|"
    r"似乎(?:有|是)[^，,。；;？?！!]{0,24}?[，,]?\s*(?:又|也|但|可是)?似乎(?:沒有|没有|沒|没|不是)|"
    r"(?:有|是)(?:還是|还是|或)(?:沒有|没有|沒|没|不是)[^，,。；;？?！!]{0,8}?(?:不確定|不确定|忘了|忘记|忘記|不記得|不记得|記不得|记不得|不清楚)|"
    r"\bor\s+maybe\s+not\b|\bmaybe\s+(?:yes|so)\b[,\s]+maybe\s+(?:no|not)\b|"
    r"\b(?:can'?t|cannot|don'?t|do\s+not)\s+(?:remember|recall)\s+(?:if|whether)\s+(?:he|she|they|we|i|it)\s+(?:was|were|had|did|got)\b|"
    r"\bnot\s+sure\s+(?:if|whether)\s+(?:he|she|they|we|i|it)\s+(?:was|were|had|did|got)\b", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[。；;？?！!\n]|\.(?:\s|$)")


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (the words said both ways, quoted whole)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)].strip()


def stated_unknowns(text: str) -> list[str]:
    """The clauses of `text` in which the person says a fact of theirs is not known (no question asked in them)."""
    out = [_sentence_of(text, m.start(), m.end()) for m in _BOTH_WAYS.finditer(text)]
    for c in _CLAUSES.finditer(text):
        clause = c.group(0).strip()
        m = _UNKNOWN.search(clause)
        if m is None or _ASKS_AFTER.match(clause, m.end()) or not _ITEM.search(clause) or any(clause in o or o in clause for o in out):
            continue
        out.append(clause)
    return out


def unknown_problem(clauses: list[str], lang: str) -> str:
    """The line asking for the facts the person said they do not have."""
    said = "、".join(f"「{c}」" for c in clauses) if lang != "en" else ", ".join(f"“{c}”" for c in clauses)
    if lang == "en":
        return (f"You said {said}: I do not calculate without that figure, nor leave it out. Please give it, "
                "or say it should not be counted.")
    return f"您提到{said}：少了這項數字我不計算，也不會略過它。請補上數字，或說明不計入。"


def without_unknowns(text: str) -> str:
    """`text` less the words in which the person says a fact of theirs is not known: each fact said both ways (its words,
    "好像有要求過，又好像沒有") and each clause saying a fact is not known ("另一組分數還沒出來") — what is not known is no
    fact to read, so a reply answering something else never completes the calculation with it."""
    text = _BOTH_WAYS.sub("", text)
    for c in sorted(_CLAUSES.finditer(text), key=lambda m: -m.start()):
        clause = c.group(0)
        m = _UNKNOWN.search(clause)
        if m is not None and not _ASKS_AFTER.match(clause, m.end()) and _ITEM.search(clause):
            text = text[:c.start()] + text[c.end():]
    return text
