"""Multi-part questions (SPEC §3 `parts`): split a message into the questions it asks.

Two shapes are recognised, both by their form, not their topic: numbered parts ("1) … 2) …",
"(a) … (b) …", "①…②…", "一、…二、…") and several questions in a row, each ending in a question
mark ("…夠換證嗎？還有什麼時候可以送？"). Facts stated before the first part (a preamble) belong to
every part; a question with no figure of its own also gets the statements before it, so "什麼時候
可以送？" is read with the certificate date given earlier.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer, Reading
from bot.question_shapes import DEADLINE_MISSED, ZH_WH
from bot.reader.mentions import IF_NOT

_MARKER = re.compile(
    r"(?:(?<=^)|(?<=[\s，,；;。:：？?！!~～]))(?:\(?(?:[1-9]|[a-dA-D])[)）.]|（(?:[1-9]|[a-dA-D])）|[①②③④⑤]|[一二三四五][、.]|[Qq][1-9][:：.]?"
    # "第一，…第二，…", "第一題：…": an ordinal with its own punctuation (never 第一作者, 第二年)
    r"|第[一二三四五](?:個問題|个问题|題|题|件事|件|點|点)?[,，、:：])\s*"
)
# Circled numbers ("①…②…") fold to bare digits ("1…2…"), which no marker can tell from a figure: they are
# written as "(1)" before the text is folded (`mark_circled`).
_CIRCLED = {chr(0x2460 + i): f" ({i + 1}) " for i in range(9)}


def mark_circled(text: str) -> str:
    """`text` with ① … ⑨ written as (1) … (9), so the parts they number survive folding."""
    return text.translate(str.maketrans(_CIRCLED))
_QUESTION_END = re.compile(r"[？?]")
# A figure: a digit, or a number written in Chinese of ten or more ("五百六十案", "九十") — a lone 一 / 兩 counts the
# things asked about ("其中一位", "兩個都"), no figure.
# (… or a length of time in words, "一個半小時", "兩小時", "半小時": a measure, never a count of the things asked about; an
# English ordinal, "2nd author", is no figure)
_FIGURE = re.compile(r"\d(?![\d.]*(?:st|nd|rd|th)\b)|[一二兩两三四五六七八九]?[十百千萬万][零〇一二兩两三四五六七八九十百千萬万]*|"
                     r"(?:[一二兩两三四五六七八九]\s*(?:個|个)?\s*半?|半)\s*(?:小時|小时|鐘頭|钟头|個鐘|个钟)")
# A sentence ends at 。；; or an English full stop (not a decimal point: "NT$3.2M").
_SENTENCE_END = re.compile(r"(?<=[。;；])|(?<=\.)(?=\s)")


# "兩個問題：", "Two things.", "2 things pls:", "一次問幾個：", "A few questions:", "Two q's on the van:" — a count of the questions asked (exact or not), no fact
# of them (its 一 / 幾 is never a figure of a part).
_LEAD_IN = re.compile(r"^(?:[^\d,，:：。？?]{0,8}?)(?:"
                      r"(?:兩|两|二|三|四|幾|几|好幾|好几|一些|些|[2-5]|two|three|four|several|a\s+few|a\s+couple\s+(?:of\s+)?|couple\s+(?:of\s+)?|"
                      r"some|few|multiple|quick)\s*(?:個|个|件)?\s*"
                      r"(?:小問題|小问题|問題|问题|事情|事|things?|questions?|q['’]?s|qns|(?:quick|short|small)\s+ones)(?:想問|想问|要問|要问|請教|请教|請問|请问)?\s*"
                      # what the questions are for, up to its colon ("Two things for our annual review:", "兩個問題，關於審查："):
                      # a heading, no fact of any part — unless it names a year or a figure ("about my 2025 credits:")
                      r"(?:[,，]?\s*(?:for|about|regarding|re|on|concerning|關於|关于|有關|有关|針對|针对)\s*"
                      r"(?![^:：\d]*?(?:今年|去年|明年|前年|本年|年度|this\s+year|last\s+year|next\s+year))(?P<subject>[^:：\d。？?]{1,40}?)[:：])?"
                      r"\s*[:：.,，~～!！]*"
                      # (… or the things applied for, counted: "想一次申請兩項：(a)… (b)…" — one domain each part)
                      r"|(?:一次|順便|顺便|想|再|一起)?(?:問|问|請教|请教|申請|申请)\s*(?:幾|几|兩|两|二|三|四|好幾|好几)\s*(?:個|个|件|項|项|點|点)\s*[:：.,，~～!！]+"
                      # (… counted before the verb: "兩項一起申請：", "两个领域同时申请：", "兩項一起問：", "三個一次請教：")
                      r"|(?:兩|两|二|三|四)\s*(?:個|个|項|项|件|題|题)\s*(?:領域|领域|專長|专长)?\s*(?:一起|同時|同时|一次|都|順便|顺便)?\s*"
                      r"(?:申請|申请|問|问|請教|请教|請問|请问)\s*[:：.,，~～!！]+)\s*",
                      re.IGNORECASE)


def lead_in_subject(text: str) -> str | None:
    """What a count of questions at the message's start says they are about ("Two q's on the van: …" → "the van"), or None.
    The heading is no fact of any part; a part that reads as nothing alone may read with it (the engine's `_multi_part`)."""
    m = _LEAD_IN.match(text.strip())
    return m.group("subject").strip() if m and m.group("subject") else None


_ORDINAL = {**{str(i): i for i in range(1, 10)}, **{c: i for i, c in enumerate("abcd", 1)},
            **{c: i for i, c in enumerate("一二三四五", 1)}, **{c: i for i, c in enumerate("①②③④⑤", 1)}}


def _rank(mark: str) -> int | None:
    """The place a part marker names ("(b)" → 2, "第三，" → 3, "Q2" → 2)."""
    found = re.search(r"[1-9a-dA-D一二三四五①②③④⑤]", mark.replace("Q", "").replace("q", ""))
    return _ORDINAL.get(found.group(0).lower()) if found else None


def _in_sequence(marks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The markers that number parts in order: each the next of the one before ("(a) … (b) … With (a) as 2025": the
    second "(a)" names part a, it starts no part). A marker out of sequence stays in the text of its part."""
    kept: list[re.Match[str]] = []

    def style(m: re.Match[str]) -> str:
        return re.sub(r"[\w\s]", "", m.group(0))

    for i, m in enumerate(marks):
        rank = _rank(m.group(0))
        if rank is None or (not kept and rank != 1) or (kept and rank != _rank(kept[-1].group(0)) + 1):
            continue
        if kept and style(m) != style(kept[0]) and any(_rank(n.group(0)) == rank and style(n) == style(kept[0]) for n in marks[i + 1:]):
            continue  # ("1) … presented at 2. 2) …": a figure before a full stop, the part marked as the first one was is next)
        kept.append(m)
    return kept


# A count in the words before numbered parts of the persons or things the parts then go through one each ("two ladies to
# chase: (1) … (2) …", "幫忙核兩位會員 2025 的積分：(1) 王醫師… (2) 陳醫師…", "3 patients:"): a classifier of persons or
# things, or a noun of its own after it — never a unit (次, 天, 年, days, times) nor a year ("pts" are patients where who they
# are follows: "two pts from the screening van:", "3 pts screened in May:"; else points)
_HEAD_COUNT = re.compile(r"(?<![\d.])(?P<n>兩|两|二|三|四|五|[2-5]|two|three|four|five)(?![\d.])\s*"
                         r"(?:(?:位|名|個|个|件|項|项|種|种|組|组)(?=\s*[\u4e00-\u9fffA-Za-z])"
                         r"|(?=\s*(?!(?:days?|times?|years?|yrs?|hours?|hrs?|months?|weeks?|credits?|points?|pts(?!\s+(?:from|with|who|that|screened|seen|at|in|on)\b)|cases?|sets?|of)\b)[A-Za-z]{3,}))",
                         re.IGNORECASE)


def parts_counted(preamble: str, parts: int) -> re.Match[str] | None:
    """The one count in the words before numbered parts that says how many there are ("two ladies to chase:", "兩位會員"):
    how many parts, no fact of any of them. None where no count, or more than one, or another figure than the parts."""
    found = _heading_counts(preamble)
    if len(found) != 1 or _COUNT_WORDS.get(found[0].group("n").lower()) != parts:
        return None
    return found[0]


def _heading_counts(preamble: str) -> list[re.Match[str]]:
    """The counts of persons or things in a preamble that only heads the parts after its colon — no figure of its own
    but a calendar year ("幫忙核兩位會員 2025 的積分：", never the facts every part shares: "放射師兩名都做滿一年 365 天，…")."""
    if not re.search(r"[:：]\s*$", preamble) or _FIGURE.search(_YEAR_DIGITS.sub("", _HEAD_COUNT.sub("", preamble))):
        return []
    return [m for m in _HEAD_COUNT.finditer(preamble) if not re.match(r"\s*(?:年|月|日)", preamble[m.end():])]


def parts_count_said(question: str, parts: int) -> str | None:
    """The words of a numbered message's count of its parts before the first marker ("two ladies", "兩位"), or None."""
    text = " ".join(mark_circled(question).split())
    marks = _in_sequence(list(_MARKER.finditer(text)))
    m = parts_counted(text[: marks[0].start()], parts) if len(marks) == parts else None
    return None if m is None else m.group(0).strip()


def parts_count_differs(question: str, parts: int) -> str | None:
    """The words of the one count of persons or things before a numbered message's parts when it is not how many parts
    follow ("三位會員幫我看一下：(1) … (2) …"): which of them is meant is asked, never guessed. None otherwise."""
    text = " ".join(mark_circled(question).split())
    marks = _in_sequence(list(_MARKER.finditer(text)))
    if len(marks) != parts:
        return None
    found = _heading_counts(text[: marks[0].start()].strip())
    if len(found) != 1 or _COUNT_WORDS.get(found[0].group("n").lower()) in (None, parts):
        return None
    return found[0].group(0).strip()


def _without_parts_count(preamble: str, parts: int) -> str:
    """The preamble with its count of the parts taken out (`parts_counted`): each part is one of them, the count no fact."""
    m = parts_counted(preamble, parts)
    return preamble if m is None else f"{preamble[:m.start()]}{preamble[m.end():]}".strip()


def _numbered(text: str) -> list[str] | None:
    marks = _in_sequence(list(_MARKER.finditer(text)))
    if len(marks) < 2:
        return None
    preamble = text[: marks[0].start()].strip()
    preamble = _LEAD_IN.sub("", preamble)
    bodies = [text[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(text))].strip(" ;；，,")
              for i, m in enumerate(marks)]
    if any(not b for b in bodies):
        return None
    # (the parts set apart by a weaker break than a sentence end — "；", ",", none — a sentence end after the last one's facts
    # closes the list: `_shared_tail`)
    closed = not any(_LIST_CLOSED_BY.search(text[: m.start()].rstrip()) for m in marks[1:])
    shared = _shared_tail(bodies, closed=closed)
    if _facts_listed(preamble, bodies, shared) and not _counted_parts(text[: marks[0].start()], bodies):
        return None
    shared = _facts_after_questions(shared)
    preamble = _without_parts_count(preamble, len(shared))
    return [f"{preamble} {b}".strip() if preamble else b for b in shared]


def _facts_after_questions(bodies: list[str]) -> list[str]:
    """Numbered parts with facts stated after the last part's question ("(1) TACE 320 夠嗎？(2) PAE 80 夠嗎？專科 9 年",
    "(1) TACE 320; (2) PAE 40? board certified 10 years."): statements with a figure and no question of their own after
    every question are every part's (as `_questions` reads them in questions in a row), never the last part's alone —
    unless they open on one part ("其中…", "of those…")."""
    last = bodies[-1]
    ends = list(_QUESTION_END.finditer(last))
    if len(bodies) < 2 or not ends:
        return bodies
    tail = last[ends[-1].end():].strip()
    if not tail or not _FIGURE.search(tail) or _ASKS.search(tail) or _OWN_PART.match(tail) or tail[:1] in "(（":
        return bodies  # (an aside in brackets is the last question's: "…能展延嗎？(證書好像 2027 年到期)")
    # (only where the parts ask one question: none before the last asks, or each asks it in the same words — "(1) 今年幾分？
    # (2) 能展延嗎？證書 2027 年到期": the date is the second question's, never the first's)
    asks = [_QUESTION_END.split(b)[0] if _QUESTION_END.search(b) else None for b in bodies]
    before = [x for x in asks[:-1] if x is not None]
    if before and (len(before) < len(bodies) - 1 or len({_asked_words(x) for x in asks if x is not None}) != 1):
        return bodies
    return [f"{b.rstrip()} {tail}" for b in bodies[:-1]] + [last]


def _asked_words(clause: str) -> str:
    """The words a part's question ends in ("…TACE 290 夠嗎" → "夠嗎", "…PAE 120 enough" → "enough"): what it asks."""
    han = re.search(r"([\u4e00-\u9fff]{1,3})\s*$", clause)
    if han:
        return han.group(1)[-2:]
    words = re.findall(r"[A-Za-z]+", clause)
    return words[-1].lower() if words else ""


# A statement after the last question that opens on one part ("其中 10 例…", "(2) 的…", "of those, …", "for the second…"):
# that part's, never shared
_OWN_PART = re.compile(r"\s*(?:[(（]?[1-9a-dA-D][)）]|其中|當中|当中|\bof (?:those|them|these)\b|\bfor\s+(?:the\s+)?(?:second|last|latter|first|former)\b)",
                       re.IGNORECASE)


def _counted_parts(lead: str, bodies: list[str]) -> bool:
    """"Three quick ones: (a) re-read 58%/12% … (b) monthly count 510 (c) self-selected 349 & 371": the message says it
    asks several things and no part asks anything in words — each numbered part is one of the things asked, never a fact
    of one question after the last. So too when it says how many it asks and numbers just as many ("兩件事：(1) 今年的
    積分… (2) 證書 2027 年到期，最晚何時能補送？"): each is one of them, whatever the first states without asking."""
    lead = lead.strip()
    if not lead or not _LEAD_IN.match(lead):
        return False
    return _announced(lead) == len(bodies) or not any(_QUESTION_END.search(b) or _ASKS.search(b) for b in bodies)


_COUNT_WORDS = {"兩": 2, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "two": 2, "three": 3, "four": 4, "five": 5,
                **{str(n): n for n in range(2, 6)}}


def _announced(lead: str) -> int | None:
    """How many questions a lead-in says the message asks ("Two things." → 2, "三個問題：" → 3); None when it does not say
    exactly ("a few", "幾個") — counted before what they are about (`_LEAD_IN`'s subject, "Two q's on the van:")."""
    m = _LEAD_IN.match(lead.strip())
    if not m:
        return None
    said = m.group(0)[: m.start("subject") - m.start()] if m.group("subject") else m.group(0)
    found = re.search(r"兩|两|二|三|四|[2-5]|\b(?:two|three|four)\b", said, re.IGNORECASE)
    return _COUNT_WORDS.get(found.group(0).lower()) if found else None


def _facts_listed(preamble: str, bodies: list[str], shared: list[str]) -> bool:
    """Numbered facts with one question after the last ("①陽性個案500，追完360 ②補助 6,000,000。扣款率跟金額？", "(1) 2 RTs,
    365 days each (2) 13,000 screens — over?"): no item before the last asks anything and none is shared out to each — the
    numbers list the facts of one question, not its parts."""
    return (shared == bodies and not any(_QUESTION_END.search(b) or _ASKS.search(b) for b in bodies[:-1])
            and not _ALL_OF_THEM.search(bodies[-1]) and not _ASKS.search(preamble))


def unnumber_facts(text: str) -> str:
    """`text` with the markers that number listed facts (not parts: `_facts_listed`) written as separators, so that no
    marker's digit is read as a figure ("②補助 6,000,000" → "；補助 6,000,000"); any other text as it is."""
    folded = mark_circled(text)
    marks = _in_sequence(list(_MARKER.finditer(folded)))
    if len(marks) < 2:
        return text
    preamble = _LEAD_IN.sub("", folded[: marks[0].start()].strip())
    bodies = [folded[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(folded))].strip(" ;；，,")
              for i, m in enumerate(marks)]
    if any(not b for b in bodies) or not _facts_listed(preamble, bodies, _shared_tail(bodies)) \
            or _counted_parts(folded[: marks[0].start()], bodies):
        return text
    out, last = [], 0
    for m in marks:
        out.append(folded[last:m.start()])
        out.append("；" if re.search(r"[\u4e00-\u9fff]", folded) else "; ")
        last = m.end()
    out.append(folded[last:])
    return "".join(out)


# Words saying a clause is of every part ("專科都是9年", "各自可以申請嗎", "both with 10 yrs", "each").
_ALL_OF_THEM = re.compile(r"都|皆|均|各自|各|分別|分别|\b(?:both|each|all|either|respectively)\b", re.IGNORECASE)


# The parts counted before the words saying the question is of each ("兩項各自", "這兩個都", "三種分別"): how many parts there
# are, no figure of any one of them.
_PARTS_COUNTED = re.compile(r"(?:這|这|那)?(?:兩|两|二|三|四|[2-4])\s*(?:項|项|個|个|種|种|樣|样|者)(?=\s*(?:各自|各|都|分別|分别))")


_LIST_CLOSED_BY = re.compile(r"(?:[。！!]|(?<=[A-Za-z0-9%)])\.)$")
_SENTENCE_BOUND = re.compile(r"[。！!]|(?<=[A-Za-z0-9%)])\.(?=\s)")


# Words asking which of the parts holds ("哪些可以申請", "哪一個夠", "Which one(s) am I eligible for?"): a question of them all
_WHICH_OF_THEM = re.compile(r"哪些|哪幾|哪几|哪\s*(?:一)?\s*(?:個|个|項|项|種|种|類|类|邊|边)|\bwhich\b", re.IGNORECASE)


def _asks_of_all(sentence: str) -> bool:
    """Does the sentence ask the question of every part ("各自夠不夠？", "Enough for each?", "Which ones can I apply for?")?"""
    return bool((_ALL_OF_THEM.search(sentence) or _WHICH_OF_THEM.search(sentence))
                and (_QUESTION_END.search(sentence) or _ASKS.search(sentence)))


def _asks_sentence(sentence: str) -> bool:
    """Does one sentence ask anything: a question mark, a Chinese asking word anywhere, an English one only opening it
    ("I've been a specialist 12 yrs, all counts are within 6 yrs" states: its "are" asks nothing)?"""
    return bool(_QUESTION_END.search(sentence)) or any(not m.group(0).isascii() or not sentence[:m.start()].strip()
                                                       for m in _ASKS.finditer(sentence))


def _one_sentence_each(bodies: list[str]) -> bool:
    """Is each of the parts one sentence (no sentence end inside it but its last)? Then the list's items are one sentence
    each, and the sentences after the last item's first are after the list, not the last item's own."""
    return all(not _SENTENCE_BOUND.search(b.rstrip(" 。.！!")) for b in bodies)


def _sentences_after(bodies: list[str], *, closed: bool = False) -> tuple[int, str] | None:
    """(where the last part's first sentence ends, the sentences after it) when those sentences are every part's: the parts
    `closed` or one sentence each, no part before the last asking, the last sentence asking of each or which of them
    (`_shared_tail`). None otherwise."""
    if len(bodies) < 2 or any(_QUESTION_END.search(b) or _ASKS.search(b) for b in bodies[:-1]):
        return None
    if not (closed or _one_sentence_each(bodies[:-1])) or (first := _SENTENCE_BOUND.search(bodies[-1])) is None:
        return None
    tail = bodies[-1][first.end():].strip()
    sentences = [x for x in _SENTENCE_BOUND.split(tail) if x.strip()]
    # (facts and the ask may be one sentence: "(b) 膽道支架 60。專科9年，哪些可以？")
    if sentences and _asks_of_all(sentences[-1]) and not any(_asks_sentence(x) for x in sentences[:-1]) \
            and (len(sentences) > 1 or _FIGURE.search(sentences[-1])):
        return first.start(), tail
    return None


def copied_facts(text: str) -> str | None:
    """The facts after the last numbered part that every part was given without the message saying whose they are
    ("(1) 王醫師：年會1次 (2) 張醫師：月會6次。另外SCI論文1篇第一作者。各幾分？": the paper) — read as every part's, an
    assumption the answer says; None where there are none, or the words say they are of all of them ("兩位都…", "both")."""
    folded = " ".join(mark_circled(text).split())
    marks = _in_sequence(list(_MARKER.finditer(folded)))
    if len(marks) < 2 or _numbered(folded) is None:
        return None
    bodies = [folded[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(folded))].strip(" ;；，,")
              for i, m in enumerate(marks)]
    closed = not any(_LIST_CLOSED_BY.search(folded[: m.start()].rstrip()) for m in marks[1:])
    found = _sentences_after(bodies, closed=closed)
    # (only parts that are people, "(1) 王醫師：…": one person's own facts said once are every part's — "(a) 消融…(b) 血管
    # 介入…。專科10年" is one person asking of two kinds)
    labels = [_LABEL.match(b) for b in bodies]
    if found is None or not all(m is not None and _PERSON_LABEL.search(m.group(0)) for m in labels):
        return None
    facts = [x.strip() for x in _SENTENCE_BOUND.split(found[1]) if x.strip()][:-1]
    facts = [x for x in facts if _states_count(x) and not _ALL_OF_THEM.search(x)]
    return "；".join(facts) if facts else None


def _shared_tail(bodies: list[str], *, closed: bool = False) -> list[str]:
    """Numbered parts whose question comes once, after the last ("1. TACE 310例 2. PAE 80例，專科都是9年，各自可以申請
    嗎？"): when no part before the last asks anything, the last part's clauses from the first one saying it is of all of
    them (都 / 各自 / both / each) are every part's — the facts and the question they share. Where the parts are `closed`
    (set apart by less than a sentence end) or each one sentence (`_one_sentence_each`), and the last sentence asks of each
    or which of them, the sentences after the last part's first sentence end are every part's too ("(a) 消融…；(b) 血管介入
    80 例。專科10年，沒有演講。各自夠不夠？": the 10 years; "(a) stenting 105. (b) PTA 97. Specialist 12 yrs. Which one(s)?")."""
    if len(bodies) < 2 or any(_QUESTION_END.search(b) or _ASKS.search(b) for b in bodies[:-1]):
        return bodies
    if (found := _sentences_after(bodies, closed=closed)) is not None:
        cut, tail = found
        comma = "，" if re.search(r"[\u4e00-\u9fff]", tail) else ", "
        own = [*bodies[:-1], bodies[-1][:cut]]
        tail = _PARTS_COUNTED.sub("", tail)
        return [f"{b.strip(' ，,；;。.')}{comma}{tail}" for b in own]
    # (a sentence's end too: "(b) 支架 85 例。專科第 11 年。兩項各自過不過？", "(b) 85 stents. Board 11 yrs, each ok?")
    # (never a comma inside brackets: "專科醫學會年會(開兩天，5.3 那種) 1 次、…" — the aside is the item's own)
    # (… or a line break, a space once the lines are joined, before the parts counted: "2. 支架那項：膽道支架 60、泌尿道支架 45
    # 兩項分別夠不夠？" — the question of both on a line of its own)
    bounds = [m.end() for m in re.finditer(r"[，,；;。\n]|(?<=[a-z0-9%)])\.(?=\s)|\s(?=" + _PARTS_COUNTED.pattern + ")", bodies[-1])
              if not _bracketed(bodies[-1], m.start())]
    for end in bounds:
        tail = bodies[-1][end:].strip()
        if not tail:
            break
        if _ALL_OF_THEM.search(re.split(r"[，,]", tail)[0]) and (_QUESTION_END.search(tail) or _ASKS.search(tail)):
            comma = "，" if re.search(r"[\u4e00-\u9fff]", tail) else ", "
            ask = _asked_of_all_after_facts(tail)
            if ask is not None:
                # (the last part's own facts, then the question of all: "(2) 吳醫師：月會十次，另外論文一篇 各幾分？" —
                # the paper is 吳醫師's alone; only "各幾分" is every part's)
                end = len(bodies[-1]) - len(tail) + ask
                tail = tail[ask:].strip()
            own = [*bodies[:-1], bodies[-1][:end]]  # (the last: its own clauses, then the tail)
            tail = _PARTS_COUNTED.sub("", tail)  # ("兩項各自過不過": the parts counted, no figure of any one part)
            return [f"{b.strip(' ，,；;。.')}{comma}{tail}" for b in own]
    return bodies


# A count said in words with its counter ("一篇", "兩次", "three papers"): a fact, though no `_FIGURE` (which leaves "其中一位",
# "兩個都" alone)
_WORD_COUNT = re.compile(r"[一二兩两三四五六七八九十]\s*(?:篇|次|場|场|例|件|張|张|台|臺|案|天)|"
                         r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:papers?|articles?|posters?|talks?|lectures?|meetings?|cases?|points?|days?)\b", re.IGNORECASE)


def _states_count(words: str) -> bool:
    """Do the words state a count (a figure, or a count in words with its counter)?"""
    return bool(_FIGURE.search(words) or _WORD_COUNT.search(words))


def _asked_of_all_after_facts(tail: str) -> int | None:
    """Where the question of every part opens in a tail after the last part's clause whose facts come before it
    ("另外非SCI論文一篇第一作者 各幾分？", "plus 1 non-SCI paper, each how many?"): the all-word (各 / each) opens the
    question and a figure is said before it — those facts are the last part's own, never copied into the others (a fact
    said of all of them says so before its figure: "專科都是9年，各自…", "both with 10 yrs"). None when the tail opens on
    its all-word or states no figure before it."""
    first = re.split(r"[，,]", tail)[0]
    m = _ALL_OF_THEM.search(first)
    if m is None or not _states_count(first[:m.start()]):
        return None
    rest = tail[m.start():]
    if not (_QUESTION_END.search(rest) or _ASKS.search(rest)) or _FIGURE.search(re.split(r"[？?]", rest)[0]):
        return None  # (the all-word says a fact of all of them: "論文一篇都是一作" — left as it was)
    # (the question may open before its all-word: after a sentence end — "…as corresponding author. Is each enough?" — or,
    # in Chinese, after a break that the message's lines were: "…CME 50 分 兩位的換證各夠嗎？" — the first space after the
    # last count and its unit)
    last = max(x.end() for x in (*_FIGURE.finditer(first, 0, m.start()), *_WORD_COUNT.finditer(first, 0, m.start())))
    ends = list(_SENTENCE_BOUND.finditer(first, last, m.start()))
    if ends:
        return ends[-1].end()
    if not re.search(r"[\u4e00-\u9fff]", first[last:m.start()]):
        return m.start()
    unit = re.match(r"\s*(?:分|點|点|次|篇|例|案|天|場|场|個|个|位)", first[last:m.start()])
    last += unit.end() if unit else 0
    space = re.search(r"\s", first[last:m.start()])
    return last + space.start() if space and first[last + space.start():m.start()].strip() else m.start()


_BESIDES = re.compile(r"(?:另外|另|還有|还有|再來|再来|然後|然后|順便|顺便|also|and also|plus)\b|(?:另外|還有|还有|再來|然後|順便)",
                      re.IGNORECASE)
# (when / which day: "最晚何時要確診", "截止哪天", "什麼時候可以送" ask as much as 嗎 does)
_ASKS = re.compile(r"嗎|吗|幾|几|多少|是否|有沒有|有没有|會不會|会不会|能不能|可不可以|何時|何时|哪天|哪一天|哪日|什麼時候|什么时候|"
                   r"\b(?:what|how|when|which|is|are|do|does|can)\b",
                   re.IGNORECASE)


# Question marks doubled or mixed with an exclamation mark ("21%??", "530?!"): surprise at a fact stated, no question of its
# own when the words before them ask nothing (`_ASKS`) — the message's question comes after ("neg discrepancy 21%?? positive
# only 30%. what happens to my reading privileges").
_SURPRISE = re.compile(r"[？?]{2,}|[？?][!！]+|[!！]+[？?]")


# "夠不夠？差多少？", "夠嗎？還差幾例？", "enough? how many short?": the shortfall asked right after whether it is enough is the
# same question (one calculation answers both), never a part of its own read without the facts
_ENOUGH_ASKED = re.compile(r"(?:夠不夠|够不够|夠嗎|够吗|夠了嗎|够了吗|可以嗎|可以吗|可不可以|行嗎|行吗|行不行|過嗎|过吗|有機會嗎|有机会吗|符合嗎|符合吗)"
                           r"[^？?]{0,12}[？?]$|"
                           # ("Do I qualify as a TSIR instructor for tumour embolization?": the English verb before what it is for)
                           r"(?:\benough\b|\bqualify\b|\beligible\b)[^？?]{0,60}[？?]$",
                           re.IGNORECASE)
# (the condition said any way before it: "不行的話積分還差多少", "如果不符合，還差幾例", "否則還缺幾分", "otherwise how many points
# short", "if not, how many more cases")
_SHORTFALL_ONLY = re.compile(r"^(?:那|(?:如果|若|要是|假如)?(?:不夠|不够|不行|不可以|不能|不符合?|沒有|没有|達不到|达不到|未達|未达)(?:的話|的话)?|"
                             r"不然(?:的話|的话)?|否則|否则|if not,?)?[，,\s]*(?:那)?\s*(?:我的?)?(?:積分|积分|學分|学分|分數|分数|個案|个案|例數|例数|案例)?\s*"
                             r"(?:還|还)?(?:差|缺|少)\s*(?:多少|幾|几)\s*[例分篇次年]?\s*[？?]$|"
                             r"^(?:and\s+)?(?:(?:if not|otherwise),?\s*)?(?:how\s+(?:many|much)\s+(?:(?:more\s+)?(?:points?|credits?|cases?|pts)\s+)?"
                             r"(?:short|more|am i short|to go|do i need|needed)|by how much)\b[^?]{0,20}\?$",
                             re.IGNORECASE)


# "有超量嗎？超多少案不給付？", "over the cap? by how much?": the excess asked right after whether it is over, the same
# question (one calculation answers both)
_OVER_ASKED = re.compile(r"(?:超量|超過|超过|超出|超標|超标|有超|超了|過量|过量|\bover\b|\bexceed\w*|\btoo many\b)[^？?]{0,14}[？?]$",
                         re.IGNORECASE)
_EXCESS_ONLY = re.compile(r"^(?:那|如果有的話|有的話|有的话|若有)?\s*(?:是)?\s*(?:超(?:過|过|出)?|多)(?:了)?\s*(?:多少|幾|几)\s*"
                          r"(?:案|例|件|個|个|人|%)?[^？?，,]{0,10}[？?]$|"
                          r"^(?:and\s+)?(?:if so,?\s*)?(?:by\s+how\s+much|how\s+(?:many|much)\s+(?:\w+\s+)?(?:over|too many|in excess|excess))"
                          r"\b[^?]{0,30}\?$", re.IGNORECASE)


def _shortfall_with_enough(pieces: list[str]) -> list[str]:
    """The pieces with a shortfall asked right after "enough?" (`_SHORTFALL_ONLY`), or an excess right after "over?"
    (`_EXCESS_ONLY`), joined to that question."""
    out: list[str] = []
    for piece in pieces:
        if out and (_SHORTFALL_ONLY.match(piece.strip()) and _ENOUGH_ASKED.search(out[-1])
                    or _EXCESS_ONLY.match(piece.strip()) and _OVER_ASKED.search(out[-1])):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# The person's own guess of the answer just asked, asked back on its own ("…复检最晚哪天？应该是3月30日？", "…幾等？是不是 B？",
# "… deadline? so March 30?"): no question of its own — it stays with the question it guesses (the ledger sets it beside)
_GUESS_ONLY = re.compile(r"^(?:我猜|我想|應該|应该|是不是|所以|大概|可能|\bso\b|\bi (?:guess|think)\b)\s*(?:是|就是|會是|会是|it'?s)?\s*"
                         r"[^，,。；;？?!！]{1,16}?\s*(?:吧|嗎|吗|對吧|对吧|對嗎|对吗)?\s*[？?]*$", re.IGNORECASE)


# "Lifetime cert yet? If not - 4 moderator roles …, how many pts?", "可以直接終身嗎？如果不行，國內座長 3 次…差幾分": the
# question after asks on the first one's answer being no — the same case and its facts, one question (the calculation
# answers both), never a part read without the facts before it. (A what-if of its own, "如果沒有 SCI 呢", "what if not
# first author", names what it drops and stays a part: the conditional word is followed by a pause.)
_IF_NOT = re.compile(rf"\s*(?:{IF_NOT})", re.IGNORECASE)


# (… but one asking the verdict before again with a fact added, "and if not — I also moderated 3 sessions, does that get me
# in?", is a what-if of its own: the verdict without the fact, then with it — two parts)
_VERDICT_AGAIN = re.compile(r"\bget\s+(?:me|us|him|her)\s+in\b|\benough\b|\beligib|\bqualif|\bmake\s+it\b|夠|够|"
                            r"(?:可以|能不能|能否|可否)(?:申請|申请|當|当)|符合|過嗎|过吗", re.IGNORECASE)
_FIGURE_ASKED = re.compile(r"\bhow\s+(?:many|much|far)\b|\bshort\b|幾|几|多少|差", re.IGNORECASE)


def _if_not_with_question(pieces: list[str]) -> list[str]:
    """The pieces with a question asked on the one before being answered no (`_IF_NOT`) joined to that question — unless
    it asks that verdict again with a fact added (`_VERDICT_AGAIN`, no figure asked)."""
    out: list[str] = []
    for piece in pieces:
        again = _VERDICT_AGAIN.search(piece) is not None and _FIGURE_ASKED.search(piece) is None
        if out and _IF_NOT.match(piece) and not again:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# "…7 小時換成積分是多少？另外月會今年去了 4 次，合計多少", "年會 2 次幾分？再加上月會 3 次總共幾分？", "…how many points? Plus 4
# monthly meetings — what's the total?": a question opening on an addition to the facts before it and asking their sum
# is the same calculation with more facts (one answer, the whole), never a part read without the facts before it
_ADDS_OPENS = re.compile(r"^\s*(?:(?:那|那麼|那么|然後|然后)\s*)?(?:另外|還有|还有|再加上|再加|加上|另加|(?:and\s+)?plus|(?:and\s+)?also|"
                         r"on top of that|and then)\b|^\s*(?:(?:那|那麼|那么|然後|然后)\s*)?(?:另外|還有|还有|再加上|再加|加上|另加)",
                         re.IGNORECASE)
_SUM_ASKED = re.compile(r"(?:合計|合计|總共|总共|一共|共計|共计|總計|总计|加起來|加起来|加總|加总|全部|總和|总和)\s*(?:是|有|會是|会是|可以拿|能拿)?"
                        r"\s*(?:多少|幾|几)|(?:合計|合计|總共|总共|一共|加起來|加起来)[^，,。？?]{0,6}(?:嗎|吗)|"
                        r"\b(?:in total|altogether|combined|all together|grand total|the total|total)\b", re.IGNORECASE)


def _sum_with_before(pieces: list[str]) -> list[str]:
    """The pieces with a question adding facts to the one before and asking the sum (`_ADDS_OPENS`, `_SUM_ASKED`, a figure
    of its own) joined to that question."""
    out: list[str] = []
    for piece in pieces:
        if out and _ADDS_OPENS.match(piece) and _SUM_ASKED.search(piece) and _FIGURE.search(piece) and _FIGURE.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _guess_with_question(pieces: list[str]) -> list[str]:
    """The pieces with a guess of the answer right after its question joined to that question (`_GUESS_ONLY`)."""
    out: list[str] = []
    for piece in pieces:
        if out and _GUESS_ONLY.match(piece.strip()):
            out[-1] = f"{out[-1]}{piece}"
        else:
            out.append(piece)
    return out


# A question ending in its particle, its mark left off ("另外一個是 550 案呢", "另一位 480 案呢"): asks as a question mark does
_PARTICLE_END = re.compile(r"(?:呢|嗎|吗)\s*[。.~～]?\s*$")


# a bracketed aside: an opening bracket with no closing one before the position, closed later in the message
_OPENS, _CLOSES = "（(", "）)"


def _bracketed(text: str, pos: int) -> bool:
    """Is `pos` inside brackets opened before it and closed after it ("年會(開兩天，5.3 那種)": the comma)?"""
    depth = 0
    for ch in text[:pos]:
        depth += 1 if ch in _OPENS else -1 if ch in _CLOSES and depth else 0
    return depth > 0 and any(ch in _CLOSES for ch in text[pos:])


def _in_aside(text: str, pos: int) -> bool:
    """Is `pos` inside a bracketed aside that closes after it, with words after the close ("…（…應該不算吧？）合理量多少？",
    "(not certified yet, so she doesn't count?) What's our reasonable volume?")?"""
    stack: list[int] = []
    for i, ch in enumerate(text[:pos]):
        if ch in _OPENS:
            stack.append(i)
        elif ch in _CLOSES and stack:
            stack.pop()
    if not stack:
        return False
    close = next((i for i in range(pos, len(text)) if text[i] in _CLOSES), None)
    return close is not None and pos - stack[-1] > 6 and text[close + 1:].strip() != ""


def _questions(text: str) -> list[str] | None:
    pieces: list[str] = []
    start = passed = 0
    for m in _QUESTION_END.finditer(text):
        if m.start() < passed:
            continue  # a mark of a run already read
        if _in_aside(text, m.start()):
            continue  # "（另外一位還沒通過資格審查，排了 80 天，應該不算吧？）": a remark in brackets on the facts, no part
        run = _SURPRISE.match(text, m.start())
        passed = end = run.end() if run else m.end()
        if run and not _ASKS.search(text[start:m.start()]):
            continue  # surprise at a fact: the piece goes on
        pieces.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail and pieces and (_BESIDES.match(tail) and (_ASKS.search(tail) or _PARTICLE_END.search(tail))
                            or asks_a_variant(tail) and (_VARIANT_ASKS.match(tail) or _PARTICLE_END.search(tail))):
        # "…評幾等？另外上個月拍了505件，有超過上限嗎", "…how many points? and what if it's just a case report", "…算幾分？那
        # 一個半小時的呢": a question of its own, its mark left off
        pieces.append(tail)
    elif tail and pieces and len(pieces) > 1 and _FIGURE.search(tail) and not _ASKS.search(tail):
        # "…四捨五入算360嗎？等第是？ 分數是 360 跟 359 兩張平均": facts stated after every question are every question's
        pieces = [f"{p} {tail}" for p in pieces]
    elif tail and pieces:
        pieces[-1] = f"{pieces[-1]} {tail}"
    pieces = [p for p in pieces if p]
    pieces = _sum_with_before(_guess_with_question(_shortfall_with_enough(_if_not_with_question(pieces))))
    if pieces:
        pieces[0] = _LEAD_IN.sub("", pieces[0])
    if len(pieces) < 2:
        return None
    # The statements before the first question (every sentence of the first piece but its last).
    sentences = [x for x in _SENTENCE_END.split(pieces[0]) if x.strip()]
    head = " ".join(x.strip() for x in sentences[:-1])
    if not head:  # one sentence: the clauses before its question ("證書…到期，六年積分…，夠展延嗎？")
        clauses = re.split(r"(?<=[，,])", sentences[-1] if sentences else "")
        head = "".join(clauses[:-1]).strip(" ，,")
    parts: list[str] = []
    for i, piece in enumerate(pieces):
        if i and head and not _FIGURE.search(piece):
            piece = f"{head} {piece}"  # no figure of its own: read it with what was stated before
        parts.append(piece)
    return parts


def sentences(text: str) -> list[str] | None:
    """The sentences of a message (at 。；; ? ！ and an English full stop), when it has more than one."""
    out = [x.strip() for x in re.split(r"(?<=[。;；？?！!])|(?<=\.)(?=\s)", text) if x.strip()]
    return out if len(out) >= 2 else None


def asked_sentences(text: str) -> str | None:
    """The sentences of a message (`sentences`) that end in a question mark, when the message also holds sentences that
    do not (context said around the question: "is there a monthly cap on how many screenings one tech can do? we're short
    staffed and one tech does everything"); None when every sentence asks or none ends in a question mark."""
    said = sentences(text) or []
    asked = [s for s in said if s.endswith(("?", "？"))]
    if not asked or len(asked) == len(said):
        return None
    if any(not s.isascii() and (ZH_WH.search(s) or re.search(r"[嗎吗呢吧]", s)) for s in said if s not in asked):
        return None  # ("腹水抽吸算哪個領域？血管介入嗎": the guess asks too, with no mark — no sentence is context)
    return " ".join(asked)


def continued_note(lang: str, before: int, name: str) -> str:
    """The note on a part read as the calculation of the part before it (part `before`, counted from 1)."""
    return (f"這一題沒有說是哪一項計算，依第 {before} 題的計算（{name}）來讀。" if lang == "zh-TW" else
            f"This part names no calculation of its own, so it is read as part {before}'s ({name}).")


# A name written masked, as a roster pasted from a hospital list has it: a surname, then the given name hidden ("王ＯＯ" folds to
# "王OO", "李○○", "陳XX", "林**", "張某某")
_MASK = r"(?:O{1,2}|○{1,2}|〇{1,2}|X{1,2}|x{1,2}|\*{1,2}|某{1,2})"
_MASKED = rf"[\u4e00-\u9fff]{_MASK}(?![A-Za-z\d])"
_MASKED_NAME = rf"{_MASKED}(?=\s*[:：,，]?\s*\S)"
# … or in full opening a line, a space or a colon after it: a common surname, one or two characters more
_SURNAMES = ("王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董潘袁蔡蔣蒋"
             "余杜葉叶程蘇苏魏呂吕丁沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦方白鄒邹孟熊秦邱江尹薛段雷侯龍龙史陶黎賀贺顧顾"
             "毛郝龔龚邵萬万錢钱嚴严武戴莫孔洪賴赖簡简游詹柯翁施卓涂童莊庄溫温")
_FULL_NAME = rf"[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_ROSTER_NAME = rf"{_FULL_NAME}(?=[^\S\n]*[:：]|[^\S\n]+(?!\s))"


# A label opening the facts of one year, one site or one person ("113年：", "2025 年度，", "總院…", "分院…",
# "A小姐…", "Mrs Lin,"): several of them in a row, and a question asking for each, make one calculation each.
_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[\s,，;；。:：、~～]))(?:"
    # (its figure may follow with no space: "113年68%、114年71.3%")
    r"(?:民國)?(?:1\d{2}|20\d{2})\s*年(?:度)?(?=\s*[:：,，]|\s*(?!月)[\u4e00-\u9fff]|\s*\d(?![\d\s]*[月/]))|"
    # a year named from this one ("去年…；今年…", "last year …; this year …")
    r"(?:去年|今年|前年|明年|上一?年|本年|这一?年|這一?年)(?:度)?(?=\s*[:：,，]|\s*(?!月)[\u4e00-\u9fff\d])|"
    r"\b(?:last|this|previous|prior)\s+year(?=\s*[:：,，]|\s+(?:we|I|our|had|there|it|the)\b|\s+\d)|"
    # a year opening its facts with a colon ("2024: 150 suspected …; 2025: 160 …")
    r"\b20\d{2}(?=\s*[:：]\s*\S)|"
    r"(?:總院|总院|分院|本院|院本部|[A-Z甲乙丙]\s*(?:院區|院区|院|分院|機構|机构)|(?:第[一二三]|[東西南北])(?:院區|院区))|"
    r"[A-Z](?:小姐|太太|先生|女士|阿姨)|"
    # a colleague lettered or named by title ("甲醫師…；乙醫師…", "A 主治…", "Dr Lin: …; Dr Chou: …"): the facts after are theirs
    # (… or by surname and title, a colon after: "李醫師：…；吳醫師：…", "陳主任：…")
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?<![兩两二三四五這这那每各該该])\s*(?:醫師|医师|醫生|医生|主任|主治|技師|技师|放射師|放射师)(?=\s*[:：])|"
    r"[A-Z甲乙丙丁]\s*(?:醫師|医师|醫生|医生|主治|技師|技师|放射師|放射师)|\b(?:Dr|Prof)\.?\s+[A-Z][a-z]+(?=\s*[:：,，])|"
    # (a member or colleague lettered: "member A has 100, …; member B 200/150/…", "會員甲：…；會員乙：…", "A 會員")
    r"\b(?:member|colleague|doctor|surgeon|fellow)\s+[A-Z](?![A-Za-z])|(?:會員|会员|同事)\s*[A-Z甲乙丙丁](?![A-Za-z])|[A-Z甲乙丙丁]\s*(?:會員|会员)|"
    # a case or person lettered ("A 是 cat 0…；B 是 cat 3…", "個案 A：…", "patient B:"): its facts follow its letter
    r"(?:個案|个案|\bcase\s+|\bpatient\s+)?(?<![A-Za-z])[A-Z](?=\s*(?:是|為|为|[:：]))|"
    # (… or by the Chinese ordinal letters alone, a colon after: "甲：…。乙：…")
    r"(?<![\u4e00-\u9fff])[甲乙丙丁](?=\s*[:：])|\b(?:Mrs|Ms|Mr|Miss)\.?\s+[A-Z][a-z]+|\b(?:site|campus|branch)\s+[A-Z1-9]\b|"
    # a person by a masked name ("王ＯＯ 年會1次…", "李○○：…", "陳XX 月會2次"), or by full name opening a line of a roster, a
    # space or a colon after it ("王小明　年會1次\n李大華　月會2次"): the facts after are theirs
    rf"(?<![\u4e00-\u9fffA-Za-z]){_MASKED_NAME}|(?:(?<=^)|(?<=\n))[^\S\n]*{_ROSTER_NAME}|"
    # an item of a list naming whose facts follow ("- 小林：…", "• Dr Chen: …")
    r"[-•*・]\s*[^\s:：\d,，;；。()（）]{1,10}(?:\s[^\s:：\d,，;；。()（）]{1,10})?\s*[:：](?=\s*\S))"
    # a person by a nickname, after a staff word or opening a clause, right before what they did ("放射師小陳做了 530 案，小林
    # 470 案", "阿美：510"; never 小時 / 小於 / 小計) — after 、 only with a verb of their own ("小美做了 512 案、阿華做了 488
    # 案"): "小王505、小張470、小劉498（合計1473）" is one list of figures, its total checked against them
    r"|(?:(?<=^)|(?<=[\s,，;；。:：])|(?<=師)|(?<=师)|(?<=士)|(?<=員)|(?<=员))[小阿](?![時时於于計计數数組组])[\u4e00-\u9fff]"
    r"(?=\s*[:：,，]?\s*(?:這個月|这个月|上個月|上个月|本月|做了?|拍了?|篩了?|筛了?|照了?|操作了?|是|\d))"
    r"|(?<=、)[小阿](?![時时於于計计數数組组])[\u4e00-\u9fff](?=\s*(?:這個月|这个月|上個月|上个月|本月|做了?|拍了?|篩了?|筛了?|照了?|操作了?))",
    re.IGNORECASE)
# The question asks for each of them ("兩年各…", "各年…", "兩邊各超量幾案", "each", "respectively", "for both"); the
# words saying so are dropped from each part's copy of the question (a part is one of them).
_EACH = re.compile(r"(?:(?:這|这)?(?:兩|两|二|三|2|3)\s*(?:個|个)?(?:年|邊|边|院區|院区|院|位|家|人|案|項|项|種|种|樣|样|者)?\s*)?"
                   r"(?:各自|各|分別|分别)(?:年度?|院區?|自)?|\b(?:for each|each|respectively|for both|both)\b",
                   re.IGNORECASE)
# A question comparing the labelled ones asks of each too ("Who ends up with more, and by how much?", "哪一年超量？", "誰比較
# 多", "over in either year?"): each part is computed, the comparison read from the parts side by side
_COMPARES = re.compile(r"\bwho\s+(?:can|could|may|qualifies|qualify|passes|pass|is eligible|are eligible|makes it|meets)\b|"
                       r"\b(?:either|whichever|who(?:'s| is| has| ends up| gets| got| comes out)?\b[^?？]{0,30}\b(?:more|less|fewer|higher|"
                       r"lower|ahead|behind|better|worse)|which\s+(?:one|year|site|of\s+(?:them|the\s+two|us))|compared?|comparing|comparison)\b|"
                       r"誰|谁|哪一?(?:年|位|個|个|邊|边|家)|比較|比较|相比|對比|对比", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# (a person's facts in English may be counted in words only: "Dr Chou: two SCI papers as first author, …")
_EN_COUNT = re.compile(r"\b(?:once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
# (… or in Chinese numerals with their counter: "謝醫師：國外研習一個月 + ATLS 一次", "羅醫師：SCI 一篇")
_ZH_COUNT = re.compile(r"[一二兩两三四五六七八九十]+\s*(?:次|篇|場|场|個月|个月|週|周|天|小時|小时|張|张)")


def _figure_beyond_years(text: str) -> bool:
    """Does `text` state a figure other than a calendar year ("for 2025" names when, no fact of a part)?"""
    return bool(_FIGURE.search(_YEAR_DIGITS.sub("", text)))
_TAIL = re.compile(r"(?<=[。;；.!！])\s*(?=[^。;；.!！]*$)")


_YEAR_LABEL = re.compile(r"(?:民國)?\d|去年|今年|前年|明年|上一?年|本年|[這这]一?年|last|this|previous|prior", re.IGNORECASE)
# (… or by a Chinese ordinal letter alone, "甲：…；乙：…": as "甲醫師", persons — whose facts are never summed)
_PERSON_LABEL = re.compile(rf"^\s*(?:{_MASKED}|{_FULL_NAME})\s*$|"
                           r"小姐|太太|先生|女士|阿姨|醫師|医师|醫生|医生|主治|技師|技师|放射師|放射师|會員|会员|同事|"
                           r"\b(?:Mrs|Ms|Mr|Miss|Dr|Prof|member|colleague|doctor|surgeon|fellow)\b|^[甲乙丙丁]$", re.IGNORECASE)


def _one_family(labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels of one kind — years, sites or persons — the kind most often named (the first on a tie): "總院…去年篩了
    …；分院…" is labelled by its sites, its 去年 one site's year."""
    def family(m: re.Match[str]) -> str:
        return "year" if _YEAR_LABEL.match(m.group(0)) else "person" if _PERSON_LABEL.search(m.group(0)) else "site"
    if not labels:
        return labels
    kinds = [family(m) for m in labels]
    best = max(dict.fromkeys(kinds), key=kinds.count)  # (dict order: the first named wins a tie)
    return [m for m, k in zip(labels, kinds) if k == best]


# A vague count of persons ("幾位主治", "好幾個人", "a few of our attendings", "several colleagues"): how many the labels after it
# name one by one — no fact of any of them
_VAGUE_PERSONS = re.compile(r"(?:好)?(?:幾|几)\s*(?:位|名|個人|个人|個|个)(?=\s*(?:主治|醫師|医师|醫生|医生|同事|同仁|會員|会员|人|的|[\u4e00-\u9fff]))|"
                            r"\b(?:several|a\s+few|a\s+couple)\s+(?:of\s+)?(?:(?:our|my|the)\s+)?(?=(?:attendings?|doctors?|surgeons?|colleagues?|"
                            r"members?|residents?|people|staff|physicians?|VSs?)\b)", re.IGNORECASE)


# The labelled person spoken of in the third person in their own line ("王ＯＯ 月會4次，其中一次他是上台講的", "Dr Lin: 2 monthly
# meetings, he spoke at one"): the part is asked of that person, so the pronoun is its subject — never another person's doing
_OWN_PRONOUN_ZH = re.compile(r"(?<![其吉])(?:他|她)(?![們们人])")
_OWN_PRONOUN_EN = re.compile(r"\b(?:he|she)\b(?!\s*/)", re.IGNORECASE)


def _as_own(body: str) -> str:
    """A labelled person's facts with the pronoun standing for them read as the part's own subject (`_OWN_PRONOUN_ZH`)."""
    return _OWN_PRONOUN_EN.sub("I", _OWN_PRONOUN_ZH.sub("", body))


def _segments(text: str) -> list[str] | None:
    """One part per labelled year, site or person when the message asks the same question of each
    ("113年：…；114年：…。兩年各…？", "總院…；分院…。兩邊各超量幾案？"): each part is the facts after its
    label and the question, read without the words asking for each. None for any other message."""
    labels = _one_family(list(_LABEL.finditer(text)))
    if len(labels) < 2 or len(labels) > 5 or len({m.group(0).replace(" ", "") for m in labels}) < len(labels):
        return None
    # The shared question: the sentences after the last label's facts that ask for each.
    last = text[labels[-1].end():]
    # (a comma too: "…完成 60 例，兩年各扣多少？" — the first end whose rest states no figure)
    ends = [m.end() for m in re.finditer(r"[。;；!！\n，,]|\.(?=\s)", last)]
    question = ""
    for end in ends:
        rest = last[end:].strip()
        # (a comparison asked, with no each-word, is the last sentence alone: "…, plus the annual congress. Who ends up with more?")
        compares = _COMPARES.search(rest) and not re.search(r"[。；;!！\n]|\.(?=\s)", rest.rstrip(" 。.!！?？"))
        if (rest and (_QUESTION_END.search(rest) or _ASKS.search(rest)) and (_EACH.search(rest) or compares)
                and not _figure_beyond_years(_EACH.sub("", rest)) and not _WORD_COUNT.search(_EACH.sub("", rest))):
            question = rest
            last = last[:end]
            break
    preamble = _LEAD_IN.sub("", text[: labels[0].start()].strip())
    n = len(labels)
    number = {2: "2|兩|两|二|two|both", 3: "3|三|three", 4: "4|四|four", 5: "5|五|five"}[n]
    # (a count of the labelled things is no fact before them: "兩年的陽追幫我算：", "three sites:"; a counter goes with its
    # count, a noun saying what they are stays: "兩個放射師的自選片" → "放射師的自選片")
    counted = re.sub(rf"(?<![A-Za-z\d])(?:{number})\s*(?:(?:個|个)?(?:年度|年|院區|院区|院|邊|边|家|位|個案|个案|案|人)"
                     rf"|(?:個|个)?(?=\s*(?:放射師|放射师|醫院|医院|機構|机构|patients?|cases?|sites?|years?|techs?|RTs?|"
                     rf"radiographers?)))", "", preamble, flags=re.IGNORECASE)
    if all(_PERSON_LABEL.search(m.group(0)) for m in labels):
        # (… nor a vague count of the persons the roster then names one by one: "幾位主治的積分，我直接貼名單：", "for a few of
        # our attendings:" — the labels say how many)
        counted = _VAGUE_PERSONS.sub("", counted)
    if not question and counted != preamble and re.search(r"[:：]\s*$", preamble):
        # the question comes first, counting the labelled things ("兩個個案幫我看一下期限：A小姐…；B太太…")
        question = counted.strip(" :：")
        last = text[labels[-1].end():]
    if not question:
        return None
    # the words before the labels, with no figure, say whose facts they are ("放射師的自選片…：- 小林：…"): every part's
    context = "" if question == counted.strip(" :：") else counted.strip(" :：,，")
    preamble = counted if question != counted.strip(" :：") else ""
    bodies = [text[m.start(): (labels[i + 1].start() if i + 1 < len(labels) else labels[-1].end() + len(last))]
              for i, m in enumerate(labels)]
    asked = " ".join(_EACH.sub("", question).split())
    if _figure_beyond_years(preamble) or any(not _FIGURE.search(b) and not (_PERSON_LABEL.search(m.group(0)) and (_EN_COUNT.search(b) or _ZH_COUNT.search(b)))
                                             for m, b in zip(labels, bodies)):
        return None  # facts before the first label, or a label with none of its own: not one calculation each
    # (a preamble naming only the year, "Quick comparison for 2025 CME.", says when every part's facts are: each one's)
    # A parenthesis closing the last facts and saying it is of all of them ("（都是今年）", "(both this year)") is every one's.
    shared = re.search(r"[（(][^（）()]*[）)]\s*[。.]?\s*$", bodies[-1])
    if shared and _ALL_OF_THEM.search(shared.group(0)):
        bodies = [b if i == len(bodies) - 1 else f"{b.strip(' ;；，,。.')}{shared.group(0).strip(' 。.')}"
                  for i, b in enumerate(bodies)]
    if all(_PERSON_LABEL.search(m.group(0)) for m in labels):
        bodies = [_as_own(b) for b in bodies]
    comma = "，" if re.search(r"[\u4e00-\u9fff]", text) else ", "
    # (any count of as many as the labels counts them: "Two recalls to schedule:")
    context = re.sub(rf"(?<![A-Za-z\d])(?:{number})(?![A-Za-z\d])\s*(?:個|个)?", "", context, flags=re.IGNORECASE).strip()
    context = "" if _figure_beyond_years(context) or _EACH.search(context) else context
    said = f"{comma}{context}" if context else ""
    return [" ".join(f"{b.strip(' ;；，,、。.-•*・')}{said}{comma}{asked}".split()) for b in bodies]


# A part changing one fact of the calculation before it ("如果篩了 13000 案呢？", "那如果完成 76 例呢", "what if it were 72%?"):
# the other facts stay the part before's. Not when it is about another one ("另一家", "another site"): those are its own.
WHAT_IF = re.compile(r"如果|若是|假如|假設|假设|要是|改成|換成|换成|變成|变成|\bwhat if\b|\bif\b|\binstead\b|\bsuppose\b",
                     re.IGNORECASE)
# (another person named by who they are to the one asking: "我同事 RFA 200 例呢", "my colleague has 200 RFA", "學長呢")
_ANOTHER = re.compile(r"另一|另外一|其他|別家|别家|別的|别的|同事|同仁|學長|学长|學姊|學姐|学姐|學弟|学弟|學妹|学妹|朋友|"
                      r"\banother\b|\bother\b|\bdifferent\b|\bcolleagues?\b|\bco-?workers?\b|\bpartners?\b|\bfriends?\b|"
                      r"\bboss\b|\bDr\.?\s+[A-Z]", re.IGNORECASE)
# A what-if that adds a thing to the part before's rather than changing one of its figures ("if I also count a 3rd one",
# "如果再加一篇通訊作者的", "要是再多去 2 次月會"): the part before's facts and this one's, read together.
# (one more of the same kind: "如果多請一位上班 180 天的", "再聘一位", "if we hire one more RT for 180 days", "an extra tech")
ADDS_TO_BEFORE = re.compile(r"再加|加上|再多|多加|還有|还有|(?:多|再|加)(?:請|请|聘|找|派|排)?(?:一|1)\s*(?:位|名|個|个|台|臺|人)|"
                            r"\balso\b|\bplus\b|\badd(?:ed|ing)?\b|\bon top of\b|\bas well\b|\bone more\b|\ban extra\b|"
                            r"\ban additional\b|\bhire[sd]?\b", re.IGNORECASE)


# A part asking the question before it again of another value or kind, its own question left out ("那一個半小時的呢", "如果是
# case report 呢", "要是第二作者呢", "and what if it's just a case report", "what about a 1.5-hour one?", "how about 72%?"): the
# facts it does not restate are the part before's (never another one's: `same_one`).
_VARIANT_OPENS = re.compile(r"^\s*(?:(?:and|but|so|ok|okay|also)\s*,?\s+)?(?:what\s+if|what\s+about|how\s+about|and\s+if|what\s+would\s+it\s+be\s+if)\b|"
                            r"^\s*(?:那|那麼|那么|可是|但|但是)?\s*(?:如果|若是|假如|假設|假设|要是|換成|换成|改成|變成|变成)|"
                            r"^\s*(?:那|那麼|那么)(?=[^，,。；;？?]{1,24}呢\s*[？?]*\s*$)", re.IGNORECASE)
# (an English variant asks by its opening alone, its mark left off: "and what if it's just a case report")
_VARIANT_ASKS = re.compile(r"^\s*(?:(?:and|but|so|ok|okay|also)\s*,?\s+)?(?:what\s+if|what\s+about|how\s+about|what\s+would)\b",
                           re.IGNORECASE)


def asks_a_variant(words: str) -> bool:
    """Does a part ask the question before it again of another value or kind of the same one (`_VARIANT_OPENS`)?"""
    m = _VARIANT_OPENS.match(words)
    # (a supposition asking a question of its own is no variant: "and if it turns out cancer, do we have to track surgery?")
    return m is not None and same_one(words) and not _ASKS.search(words[m.end():])


# (… or asks what the rule requires next, with a "what" word: "如果是乳癌後面還要追什麼？", "若確診要做哪些事", "要是沒過怎麼辦",
# "if it's cancer, what else do we have to track?" — `_ASKS` holds the English "what" already)
_ASKS_WHAT = re.compile(r"什麼|什么|甚麼|哪些|怎麼辦|怎么办|怎麼做|怎么做")


def asks_beyond_supposing(words: str) -> bool:
    """Does a what-if part ask something of its own besides what it supposes ("那個月如果都是在巡迴車上做的，會被抽片審查嗎",
    "if it were all on the van, would that trigger a spot review?") — not only "what if …" ("What if the same happens again?",
    "如果上次已經被要求過了呢")?"""
    rest = WHAT_IF.sub(" ", words)
    return bool(_ASKS.search(rest) or _ASKS_WHAT.search(rest))


def adds_to_before(words: str) -> bool:
    """Does a what-if part add a thing to the part before's facts (`ADDS_TO_BEFORE`), not change one of them?"""
    return (bool(WHAT_IF.search(words)) and bool(ADDS_TO_BEFORE.search(words)) and not _ANOTHER.search(words)
            and not _LABEL.search(words))


def supposes_lateness(words: str) -> bool:
    """Does a part's own text only suppose the deadline missed, with no figure of its own ("如果真的來不及呢", "what if I
    miss it?")? Such a part changes no fact of the part before: the date calculation's late end answers it."""
    return bool(WHAT_IF.search(words)) and bool(DEADLINE_MISSED.search(words)) and not re.search(r"\d", words)


def changes_one_fact(words: str) -> bool:
    """Does a part's text change a fact of the part before (a what-if), not speak of another person, site or year?"""
    return ((bool(WHAT_IF.search(words)) or asks_a_variant(words)) and _FIGURE.search(words) is not None
            and not _ANOTHER.search(words) and not _LABEL.search(words))


def supposes_a_figure(words: str) -> bool:
    """Does a what-if word have a figure in its own clause ("如果是 190 例呢", "what if it were 12,000", "200 instead?") — not a
    condition with no figure beside a fact stated in another clause ("證書 2027-06-30 到期 — 如果核准，最晚何時補送？": its
    date is its own fact, no figure of the part before changed)?"""
    for m in WHAT_IF.finditer(words):
        starts = [e.end() for e in _CLAUSE_OR_DASH.finditer(words, 0, m.start())]
        end = _CLAUSE_OR_DASH.search(words, m.end())
        if re.search(r"\d", words[(starts[-1] if starts else 0): (end.start() if end else len(words))]):
            return True
    return False


_DIGITS = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\d])")


def parallel_text(model: str, target: str, slot_terms: list[re.Pattern[str]]) -> str | None:
    """A year's (site's, person's) facts stated like the one before them but shorter ("113年疑似陽性180人完成140人；114年
    一樣180人但只完成121人"): the target's figures written into the model's words, in order, under the target's own label
    ("114年疑似陽性180人完成121人"). The model's clauses past the target's figures are left out (a subsidy stated for one
    year only). None unless both open with a label, the figures line up, and every word of the target naming a fact
    (`slot_terms`) names it where the model does too — a figure is never moved to another fact than its own words say."""
    lab_m, lab_t = _LABEL.match(model), _LABEL.match(target)
    if lab_m is None or lab_t is None:
        return None
    head = model[lab_m.end():]
    figs_t = list(_DIGITS.finditer(target, lab_t.end()))
    figs_m = list(_DIGITS.finditer(head))
    if not figs_t or len(figs_t) > len(figs_m):
        return None
    if len(figs_t) < len(figs_m):  # leave out the model's clauses holding its later figures, when whole clauses do
        cut = figs_m[len(figs_t) - 1].end()
        ends = [m.start() for m in re.finditer(r"[，,；;]", head) if m.start() >= cut]
        if not ends or any(f.start() < ends[0] for f in figs_m[len(figs_t):]):
            return None
        rest = head[ends[0]:]
        tail = next((m.end() for m in re.finditer(r"[，,；;]", rest[1:]) if not _DIGITS.search(rest[m.end():])), None)
        head = head[:ends[0]] + (rest[tail:] if tail is not None else "")
        figs_m = list(_DIGITS.finditer(head))
        if len(figs_m) != len(figs_t):
            return None

    def named(words: str) -> set[int]:
        return {i for i, p in enumerate(slot_terms) if p.search(words)}

    out, last_m, last_t = [], 0, lab_t.end()
    for fm, ft in zip(figs_m, figs_t):
        if not named(target[last_t:ft.start()]) <= named(head[last_m:fm.start()]):
            return None
        out.append(head[last_m:fm.start()] + ft.group(0))
        last_m, last_t = fm.end(), ft.end()
    if named(target[last_t:]) - named(head[last_m:]):
        return None
    return target[:lab_t.end()] + "".join(out) + head[last_m:]


# A part opening on another one of the same kind ("另外一個是 550 案呢", "另一位 480 案？", "and the other one with 550?",
# "what about another RT at 505?"): the person (site) is another, the facts those of the part before
_ANOTHER_OPENS = re.compile(r"^\s*(?:那|那麼|那么|還有|还有)?\s*(?:另外|另)\s*(?:一|1)?\s*(?:個|个|位|名|台|臺|家|組|组)|"
                            r"^\s*(?:and\s+)?(?:(?:what|how)\s+about\s+)?(?:the\s+other|another)\b", re.IGNORECASE)
_NO_UNIT = re.compile(r"\s*(?:[?？。.!！,，;；)）]|呢|嗎|吗|$)")


# (English units said several ways: "2 hrs", "a 2-hour", "3h")
_UNIT_FORMS = {"hr": "h", "hrs": "h", "hour": "h", "hours": "h", "case": "cases", "paper": "papers", "point": "points",
               "credit": "credits", "pts": "points", "yr": "years", "yrs": "years", "year": "years"}


def _unit_after(text: str, end: int) -> str | None:
    """The first word after a figure (its unit: 案, 例, %, cases), or None when none follows it."""
    if _NO_UNIT.match(text, end):
        return None
    m = re.match(r"\s*-?\s*(?:[個个](?=[\u4e00-\u9fff]))?([\u4e00-\u9fff%]|[A-Za-z]+)", text[end:])
    return _UNIT_FORMS.get(m.group(1).lower(), m.group(1).lower()) if m else None


_CLAUSE_SEP = re.compile(r"[、，,；;]")
_OTHERS_CLAUSE_END = re.compile(r"[、，,；;?？—–]|\s-\s")


def another_like(model: str, target: str) -> str | None:
    """Another one stated like the part before but shorter ("…拍了551案，會被抽片審查嗎？" then "另外一個是550案呢"): the
    model's words with the target's figures in place of its own — None unless the target opens on another one and states
    no date. Each figure of the target takes the place of the model's next figure of its unit (a figure with no unit only
    when the model has one figure); a model's figure the target does not restate is the first one's, never the other's:
    its clause is left out ("TACE 310 例、專科 9 年…" then "另外一位是 280 例呢" → "TACE 280 例…", the years asked again)."""
    opening = _ANOTHER_OPENS.match(target)
    return None if opening is None else _in_model_words(model, target, opening.end(), keep=False)


_ONE_OF = re.compile(r"其中|當中|当中|之中|\bone of\b|\bof (?:them|those|these)\b|\bonly (?:one|some)\b", re.IGNORECASE)


def variant_text(model: str, target: str) -> str | None:
    """The question before asked again of another value of the same one ("…大概 2.5 小時，這樣算幾分？" then "那 1.5 小時的
    呢", "…90 cases, enough? what about 120?"): the model's words with the target's figures in place of its own of the same
    unit, its other figures kept (the same one's) — None unless the target asks a variant (`asks_a_variant`) and its figures
    line up."""
    opening = _VARIANT_OPENS.match(target)
    if opening is None or not same_one(target) or _ONE_OF.search(target):
        return None  # ("如果其中一位改成 300 天呢": one of several changed — which list item is the reader's to ask)
    return _in_model_words(model, target, opening.end(), keep=True)


def _in_model_words(model: str, target: str, start: int, *, keep: bool) -> str | None:
    """The model's words with the target's figures (from `start`) in place of its own of their unit; the model's figures not
    restated kept (`keep`) or their clauses left out. None when a figure has no place or a date is written."""
    if re.search(r"\d[-/]\d", model + target):
        return None
    figs_m, figs_t = list(_DIGITS.finditer(model)), list(_DIGITS.finditer(target, start))
    if not figs_t or len(figs_t) > len(figs_m):
        return None
    placed: dict[int, str] = {}  # model figure index → the target's figure in its place
    for ft in figs_t:
        unit = _unit_after(target, ft.end())
        if unit is None and len(figs_m) != 1:
            return None
        k = next((k for k, fm in enumerate(figs_m) if k not in placed and k > max(placed, default=-1)
                  and (unit is None or _unit_after(model, fm.end()) == unit)), None)
        if k is None:
            return None
        placed[k] = ft.group(0)
    out, last = [], 0
    for k, fm in enumerate(figs_m):
        if k in placed:
            out.append(model[last:fm.start()] + placed[k])
            last = fm.end()
            continue
        if keep:
            continue
        # (the clause holding a figure not restated: from the separator before it to the next one)
        before = max((m.start() for m in _CLAUSE_SEP.finditer(model, last, fm.start())), default=None)
        after = _OTHERS_CLAUSE_END.search(model, fm.end())
        if before is None or after is None:
            return None
        out.append(model[last:before])
        last = after.start()
    return "".join(out) + model[last:]


# A part saying it is of the same one as the part before ("同時申請消融", "同樣年資", "一樣的條件", "same years", "at the same time",
# "me too"): the facts it does not restate are the part before's.
_SAME_ONE = re.compile(r"同時|同时|同樣|同样|一樣|一样|同一段|相同|\bsame\b|\bat the same time\b|\bas well\b|\btoo\b|\balso\b",
                       re.IGNORECASE)


def says_same_one(words: str) -> bool:
    """Does a part say it is of the same one as the part before (`_SAME_ONE`) — no other person, site or year (`same_one`)?"""
    return bool(_SAME_ONE.search(words)) and same_one(words)


def same_one(words: str) -> bool:
    """Does a part speak of the same one as the part before — no other person, site or year named (`_ANOTHER`, a label)?"""
    return not _ANOTHER.search(words) and not _LABEL.search(words) and not _ANOTHER_OPENS.match(words)


def opens_on_another(words: str) -> bool:
    """Does a part open on another one of the same kind ("另外一個是 550 案呢", "the other one with 550?")?"""
    return bool(_ANOTHER_OPENS.match(words))


def split_parts(text: str) -> tuple[list[str] | None, bool]:
    """The questions a message asks, in order, when it asks more than one (else None), and whether
    they were numbered (numbered parts, and one part per labelled year / site / person asked for each, are
    always separate questions)."""
    lines = text  # a line break ends the facts of a year or a site
    text = " ".join(text.split())
    numbered = _numbered(text) or _segments(lines)
    return (numbered, True) if numbered else (_questions(text), False)


def segmented(text: str) -> bool:
    """Is the message split by its labelled years / sites / persons (not by numbers or question marks)?"""
    return _numbered(" ".join(text.split())) is None and _segments(text) is not None


def segmented_by_person(text: str) -> bool:
    """Is the message split by labelled persons ("甲醫師…；乙醫師…", "Dr Lin: …; Dr Chou: …")? Their facts are never one
    calculation (one person's credits are not the other's), as a year's may be."""
    labels = _one_family(list(_LABEL.finditer(text)))
    return segmented(text) and bool(labels) and all(_PERSON_LABEL.search(m.group(0)) for m in labels)


def join_parts(question: str, lang: str, answers: list[Answer]) -> Answer:
    """One answer for a multi-part question: each part's answer in order, everything else merged."""
    label = (lambda i: f"【第 {i} 題】") if lang == "zh-TW" else (lambda i: f"[Part {i}]")
    # The first lines answer every part at a glance; each part's full answer follows.
    heads = "\n".join(f"{i}) {a.answer.splitlines()[0]}" for i, a in enumerate(answers, 1))
    rest = "\n\n".join(f"{label(i)}\n{a.answer}" for i, a in enumerate(answers, 1))
    text = f"{heads}\n\n{rest}"
    routes = {a.route for a in answers}
    route = "clarify" if "clarify" in routes else "calculator" if "calculator" in routes else "retrieval"

    def merged(name: str) -> list:
        out: list = []
        for a in answers:
            for item in getattr(a, name):
                if item not in out:
                    out.append(item)
        return out

    def unused() -> list[str]:
        # the same words left out by two parts for two reasons ("夠600": the mark part 1 was not asked against, the rule's
        # line part 2 asks about): the later part's reason, said once — the part asking of it comes after the one it uses
        out: dict[str, str] = {}
        for item in merged("unused"):
            words = re.match(r"(「[^」]*」|\u201c[^\u201d]*\u201d)[：:]", item)
            key = words.group(1) if words else item
            out.pop(key, None)
            out[key] = item
        return list(out.values())

    citations = list({c.id: c for a in answers for c in a.citations}.values())
    # ("two ladies to chase: (1) … (2) …": the count of the parts before them is how many there are, read as such)
    counted = parts_count_said(question, len(answers))
    heading = [Reading(fact="how many parts", value=len(answers), text=counted)] if counted else []
    differs = parts_count_differs(question, len(answers))
    asked: list[str] = []
    if differs:
        # ("三位會員：(1) … (2) …": one of those said is not listed) — the parts are answered, the count asked about
        asked = [f"您說「{differs}」，但只列了 {len(answers)} 項：還有一項的資料是什麼？" if lang == "zh-TW" else
                 f"You say “{differs}” but list {len(answers)}: what are the facts of the other one?"]
        text = f"{asked[0]}\n\n{text}"
        route = "clarify"
    return Answer(question=question, lang=lang, route=route, answer=text, citations=citations,
                  tool_calls=[c for a in answers for c in a.tool_calls], assumptions=merged("assumptions"),
                  missing=merged("missing") + asked, reading=heading + [r for a in answers for r in a.reading], unused=unused(),
                  steps=[s for a in answers for s in a.steps], retrieved=merged("retrieved"), parts=answers)


def own_words(pieces: list[str]) -> list[str]:
    """What each part says of its own: its text after the longest beginning it shares with another part (the facts
    stated once for several questions, "…17,800 screenings. Follow-up: … Over volume?" / "… Any deduction?")."""
    out = []
    for i, piece in enumerate(pieces):
        shared = max((len(os.path.commonprefix([piece, other])) for j, other in enumerate(pieces) if j != i), default=0)
        out.append(piece[shared:])
    return out


def assign(choices: list[list[tuple[str, str, float]]], named: list[set[str]] | None = None) -> list[int]:
    """Which reading each part takes, given each part's readings as (tool, arguments key, score), its
    own best first: the best, unless two parts would compute the very same call ("…夠展延嗎？最早什麼
    時候可以送？" both reading the certificate date). Then the part that loses least by it takes its
    next reading of another calculation no other part makes; on a tie, the part whose own words (`named`: the
    tools each part's own words name, `own_words`) do not name the call it would leave, then one whose words name the
    calculation it would take, then a later part; a part with no other reading keeps its own. Returns the index of
    each part's reading."""
    named = named or [set() for _ in choices]
    picked = [0 if c else -1 for c in choices]
    for _ in range(len(choices)):
        calls = [(c[k][0], c[k][1]) if k >= 0 else None for c, k in zip(choices, picked)]
        dup = next((i for i, call in enumerate(calls) if call is not None and calls.count(call) > 1), None)
        if dup is None:
            break
        tools = {c[0] for c in calls if c is not None}
        options = []
        for i, call in enumerate(calls):
            if call != calls[dup]:
                continue
            k = next((k for k, (tool, _, _) in enumerate(choices[i]) if tool not in tools), None)
            # (a part whose own words name the call it would leave and not the one it would take asks about the same
            # facts: "合理量多少？有沒有哪些案子會被不給付？" — one calculation answers both, never a stray reading of another)
            if k is not None and not (call[0] in named[i] and choices[i][k][0] not in named[i]):
                options.append((choices[i][picked[i]][2] - choices[i][k][2], call[0] in named[i],
                                choices[i][k][0] not in named[i], -i, i, k))
        if not options:
            break
        *_, i, k = min(options)
        picked[i] = k
    return picked


@dataclass(frozen=True)
class Chain:
    """One calculator's result that is another's missing input, when a message asks both ("今年幾分？六年
    加起來夠展延嗎？"): `field` of `source`'s result fills the last entry of `target`'s list `slot`, which
    the reader asked for (`short_ask`). `year`: only when every figure of the result is of the current year
    (the entry asked for is this year's); anything else is not chained, and the question back stays."""

    source: str
    field: str
    target: str
    slot: str
    label: tuple[str, str]
    # words of the target part saying the result holds for every entry ("如果六年每年都這樣"): the result of one year
    # (named or not) fills each entry, given to the reader as `reply`
    every: re.Pattern[str] | None = None
    reply: str = "{value}"

    def fits(self, words: str) -> bool:
        """Does the target part's wording ask for this chain (an `every` chain only where its words are said)?"""
        return self.every is None or self.every.search(words) is not None

    def value(self, result: dict[str, Any], today: datetime.date, words: str = "") -> Any:
        """The chained value, or None when the result is not (only) this year's — for an `every` chain, not one year's;
        one year's result pointed back at by the target's words ("with that 2025 total as year 6", "上面那個分數當第六年",
        "把這個總分算進去") is the entry asked for, whatever year it is of."""
        years = set(result.get("by_year") or {})
        if self.every is not None or POINTED_RESULT.search(words):
            return result.get(self.field) if len(years) == 1 else None
        return result.get(self.field) if years == {str(today.year)} else None

    def reply_text(self, value: Any) -> str:
        return self.reply.format(value=f"{value:g}" if isinstance(value, float) else str(value))

    def note(self, lang: str, part: int, value: Any) -> str:
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        return (self.label[0] if lang == "zh-TW" else self.label[1]).format(part=part, value=shown)


# "(2) 如果六年每年都這樣，展延夠不夠？", "if every year were like that, could I renew?": one year's result said to hold for each
EVERY_YEAR_SAME = re.compile(r"每\s*(?:一|1)?\s*年\s*(?:都|也)?\s*(?:是)?\s*(?:這樣|这样|一樣|一样|如此|相同|同樣|同样|差不多|照這樣|照这样)"
                             r"|(?:六|6)\s*年\s*(?:都|也)?\s*(?:這樣|这样|一樣|一样|如此|照這樣|照这样)"
                             r"|\b(?:each|every) year\b[^.?!,;]{0,16}?\b(?:like (?:that|this)|the same|similar)\b"
                             r"|\b(?:same|like (?:that|this)) (?:every|each) year\b|\ball (?:6|six) years\b[^.?!,;]{0,12}?\b(?:like (?:that|this)|the same)\b",
                             re.IGNORECASE)

# The target part pointing back at the result of another part: "with that 2025 total as year 6", "using the total above",
# "plug that number in", "上面那個(分數/總分)", "這個分數", "剛剛算的", "前面算出來的", "把它當第六年"
POINTED_RESULT = re.compile(
    r"\b(?:that|this|the above|the previous|the earlier|the same|my)\s+(?:(?:19|20)\d{2}\s+|year['’]?s\s+)?(?:total|result|score|sum|number|figure|"
    r"credits?|points?|amount)\b(?:\s+(?:above|from (?:part )?\(?(?:1|one)\)?|from before))?[^.?!;]{0,40}?"
    r"\b(?:as|for|in|into)\s+(?:(?:the\s+)?(?:year|yr)\s*\d|(?:the\s+)?(?:last|final|sixth|6th|latest|current)\s+(?:year|one|entry)|year\s+(?:six|6))"
    r"|\b(?:the\s+)?(?:total|result|score|figure)\s+(?:above|from (?:part )?\(?(?:1|one)\)?|I just (?:got|asked|worked out))\b"
    r"|\b(?:plug|put|use|count|add)\s+(?:that|this|it)\s+(?:(?:total|result|number|figure)\s+)?(?:in|into|as)\b"
    r"|(?:上面|上述|前面|剛剛|刚刚|剛才|刚才|第\s*[1一]\s*題|第\s*[1一]\s*题)(?:那個|那个|這個|这个|的)?(?:算出來的|算出来的|算的)?(?:總分|总分|分數|分数|積分|积分|結果|结果|總數|总数|數字|数字)"
    r"|(?:那個|那个|這個|这个|那|這|这)(?:\s*(?:19|20)\d{2}\s*年?(?:的)?)?\s*(?:總分|总分|分數|分数|積分|积分|結果|结果|總數|总数)"
    r"[^。？?！!；;]{0,12}?(?:當|当|作為|作为|算作|算成|算|放)(?:成|作|做)?\s*(?:第\s*[6六]\s*年|最後一年|最后一年|今年|第六個|那一年)",
    re.IGNORECASE)

CHAINS: tuple[Chain, ...] = (
    Chain("tsa_credit_tally", "total", "tsa_renewal_check", "yearly_credits",
          ("今年的積分取自第 {part} 題的計算結果：{value} 分（作為六年中的最後一年）。",
           "This year's credits from part {part}: {value} (taken from its calculation, as the last of the six years).")),
    Chain("tsa_credit_tally", "total", "tsa_renewal_check", "yearly_credits",
          ("六年每一年的積分都取自第 {part} 題的計算結果：{value} 分（如您所說每年都一樣）。",
           "Each of the six years' credits from part {part}: {value} (every year the same, as you say)."),
          every=EVERY_YEAR_SAME, reply="每年都 {value} 分"),
)


# Calculations whose one call makes checks of separate facts, each answering a question of its own: a radiographer's
# month against the monthly cap (and the van's spot review), and one day on the van against the van's daily cap. Each
# group names its inputs, the first the fact the check is of (without it the group is no check of its own).
CHECKS: dict[str, tuple[tuple[str, ...], ...]] = {
    "hpa_radiographer_volume": (("monthly_screenings",), ("daily_screenings_on_van", "radiographers_on_van")),
}


def separate_checks(tool: str, args: dict[str, Any], text: str = "") -> list[dict[str, Any]]:
    """The arguments of each separate check one call makes ("這個月做了 530 案…另外某天車上 3 人做了 126 案"), in the
    order the message states them; [] when the call makes fewer than two."""
    groups = CHECKS.get(tool, ())
    found = [{k: args[k] for k in g if args.get(k) is not None} for g in groups]
    found = [a for a, g in zip(found, groups) if g[0] in a]
    if len(found) < 2:
        return []
    return sorted(found, key=lambda a: first_said(a, text)) if text else found


def chain_for(target: str, missing_slots: set[str]) -> list[Chain]:
    """The chains that can fill a part of `target` still missing one of `missing_slots`."""
    return [c for c in CHAINS if c.target == target and c.slot in missing_slots]


def first_said(args: dict[str, Any], text: str) -> int:
    """Where the first number (or date) of a call's arguments is written in `text` after its lead-in (its length when
    none is): the order in which a message states its calculations, so its parts are answered in that order."""
    lead = _LEAD_IN.match(text)  # "2 things pls: …": the count of the questions is no figure of any of them
    body = text[lead.end():] if lead else text
    found = [m.start() for value in _numbers_of(args)
             for m in [re.search(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d])", body)] if m]
    found += [m.start() for year in _date_years_of(args)
              for m in [re.search(rf"(?<![\d.])(?:{year}|{year - 1911})(?![\d])", body)] if m]
    return min(found, default=len(body))


_ISO_DATE = re.compile(r"((?:19|20)\d{2})-\d{2}-\d{2}")


def _date_years_of(obj: Any) -> list[int]:
    """The years of the dates among a call's arguments ("issue_date": 2022-05-20 → 2022): a date is stated where
    its year is written (2022/5/20, 2022-05-20 or ROC 111), so a part asking about a date is placed where it is said."""
    if isinstance(obj, dict):
        return [y for v in obj.values() for y in _date_years_of(v)]
    if isinstance(obj, list):
        return [y for v in obj for y in _date_years_of(v)]
    if isinstance(obj, datetime.date):
        return [obj.year]
    m = _ISO_DATE.fullmatch(obj) if isinstance(obj, str) else None
    return [int(m.group(1))] if m else []


def _numbers_of(obj: Any) -> list[float]:
    if isinstance(obj, dict):
        return [n for v in obj.values() for n in _numbers_of(v)]
    if isinstance(obj, list):
        return [n for v in obj for n in _numbers_of(v)]
    return [float(obj)] if isinstance(obj, (int, float)) and not isinstance(obj, bool) else []



# A clause: up to a comma, a list mark or a sentence end (not a decimal point: "NT$3.2M", "359.5").
_CLAUSE_END = re.compile(r"[，,；;。？?！!\n]|\.(?=\s|$)")
# (or a dash between clauses: "expires 2027-06-30 — when can I …?")
_CLAUSE_OR_DASH = re.compile(_CLAUSE_END.pattern + r"|[—–]|\s-\s")


def choice_parts(text: str, choices: list[re.Pattern[str]]) -> list[str] | None:
    """One part per choice of a calculation the message names two of with facts of each ("自選片 …，抽選片 …。各是
    幾等？", "self-selected …; sampled …. Grades?"): each part is the message's clauses of that choice (a clause naming
    none goes with the choice before it), and every clause that states no figure of a choice — a question, the lead-in
    — with the other choices' words left out ("自選跟抽選各是幾等" → "自選各是幾等"). None when a clause with figures
    names two choices, figures come before any choice is named, or a choice has no figure of its own."""
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    owner: list[int | None] = []  # the choice each clause is of (None: every part's)
    current: int | None = None
    for a, b in clauses:
        clause = text[a:b]
        named = [i for i, p in enumerate(choices) if p.search(clause)]
        figure = bool(_FIGURE.search(_EACH.sub("", clause)))  # "兩項各是幾等": how many are asked, no figure
        if len(named) > 1:
            if figure:
                return None
            owner.append(None)
        elif named:
            current = named[0]
            owner.append(current)
        elif figure:
            if current is None:
                return None  # figures before any choice is named: whose they are is asked
            owner.append(current)
        else:
            owner.append(current if current is not None and not (_QUESTION_END.search(clause) or _ASKS.search(clause))
                         else None)
    firsts = {}  # each choice with a figure of its own → its first clause (the parts come in the order said)
    for k, (o, (a, b)) in enumerate(zip(owner, clauses)):
        if o is not None and _FIGURE.search(text[a:b]):
            firsts.setdefault(o, k)
    used = sorted(firsts, key=firsts.get)
    if len(used) < 2:
        return None
    # The words before the first choice named, in its clause, with no figure ("Facility self-selected: …", "阿珍自選片…"):
    # whose evaluation it is, every part's.
    first = next(k for k, o in enumerate(owner) if o is not None)
    a0 = clauses[first][0]
    lead_end = choices[owner[first]].search(text, a0).start()
    lead = text[a0:lead_end] if not _FIGURE.search(text[a0:lead_end]) else ""
    parts = []
    for i in used:
        pieces = [] if i == owner[first] else [lead]
        for o, (a, b) in zip(owner, clauses):
            clause = text[a:b]
            if o is None:
                for j, p in enumerate(choices):
                    if j != i:  # "自選跟抽選各是幾等" → "自選各是幾等"
                        clause = re.sub(rf"(?:\s*(?:跟|和|與|与|及|或|、|/|and|or)\s*)?(?:{p.pattern})(?:\s*(?:跟|和|與|与|及|或|、|/|and|or)\s*)?",
                                        " ", clause, flags=re.IGNORECASE)
                clause = _EACH.sub("", clause)
            elif o != i:
                continue
            pieces.append(clause)
        parts.append("".join(pieces).strip())
    return parts


def has_figure(text: str) -> bool:
    """Does the text state a figure (a digit, or a Chinese number of ten or more)?"""
    return _FIGURE.search(text) is not None


# A part naming its day only by another part's ("another lady screened the same day", "同一天篩檢的另一位", "on that same date"):
# the day written in the nearest part before it that has one.
SAME_DAY = re.compile(r"\b(?:on\s+)?(?:the\s+|that\s+)?(?:very\s+)?same\s+(?:day|date)\b|\bthat\s+same\s+(?:day|date)\b|"
                      r"同一天|同一日|同天|同日|同一個日子|同一个日子|同個日期|同一個日期|同一个日期", re.IGNORECASE)


def carry_same_day(pieces: list[str], today: datetime.date) -> list[str]:
    """Each part that names its day only as another part's ("screened the same day") with that day written in, taken from
    the nearest part before it that writes one (SPEC §3 `parts`: a part is answered from its own words — here the words it
    points at); a part with a date of its own, or with no part before it that has one, is left as it is."""
    from bot.parsing.text import Query  # noqa: PLC0415 - light; kept with its only user
    from bot.reader.mentions import dates  # noqa: PLC0415

    out = list(pieces)
    for i, piece in enumerate(pieces):
        if not i or not SAME_DAY.search(piece) or dates(Query(piece, today)):
            continue
        before = next((found for p in pieces[:i][::-1] if (found := dates(Query(p, today)))), None)
        if before is None:
            continue
        day = before[0].text

        def written(m: re.Match[str], day: str = day, piece: str = piece) -> str:
            if not m.group(0)[:1].isascii():
                # "同一天篩檢" → "2026/7/1 篩檢"; a figure right before it is set off ("category 3同一天" → "category 3 2026/7/1",
                # never "category 32026/7/1")
                return f" {day}" if re.search(r"\d\s*$", piece[:m.start()]) else day
            # "screened the same day" → "screened on 2026-08-31"; "from that same date" → "from 2026-08-31"
            if m.group(0).lower().startswith("on") or not re.search(r"\b(?:on|from|of|at|for)\s*$", piece[:m.start()], re.IGNORECASE):
                return f"on {day}"
            return day

        out[i] = SAME_DAY.sub(written, piece, count=1)
    return out


# A part naming a figure only as another part's ("同樣補助金額的話扣多少", "用一樣的補助", "with the same subsidy", "same grant again"):
# the figure written beside that measure in the nearest part before it, written in — like `carry_same_day`, a part is answered
# from its own words and the words it points at. The measure is matched by what it shares with the earlier part's words (a Han
# bigram, an English word), never by a list of measures.
# (never "at the same time", "the same way": an idiom, no measure)
SAME_FIGURE = re.compile(r"(?:同樣|同样|一樣|一样|相同|同一)(?:的)?\s*(?P<zh>[\u4e00-\u9fff]{2,6})|"
                         r"\b(?:the\s+)?same\s+(?!(?:time|times|way|thing|things|question|questions)\b)(?P<en>[a-z]+)",
                         re.IGNORECASE)
_AMOUNT = r"(?:NT\$|\$|新台幣|新臺幣)?\s*\d[\d,]*(?:\.\d+)?\s*(?:[kKmM](?![a-z])|萬|万|億|亿|元|塊)?"
_EN_FILLER = frozenset({"amount", "figure", "number", "one", "thing", "again", "as", "the", "for", "with"})


def _figure_of(measure: str, text: str, zh: bool) -> str | None:
    """The figure written next to `measure` (or to a part of it) in `text`: "補助 5,000,000" for 補助金額, "NT$2.5M subsidy"."""
    keys = [measure[i:i + 2] for i in range(len(measure) - 1)] if zh else \
        [w for w in measure.lower().split() if w not in _EN_FILLER and len(w) > 2]
    for key in keys:
        k = re.escape(key) if zh else rf"\b{re.escape(key[:max(4, len(key) - 2)])}\w*"
        m = re.search(rf"{k}[^\d，,。？?；;\n]{{0,6}}?({_AMOUNT})", text, re.IGNORECASE) or \
            re.search(rf"({_AMOUNT})\s*(?:的)?\s*{k}", text, re.IGNORECASE)
        if m and re.search(r"\d", m.group(1)):
            return m.group(1).strip()
    return None


def carry_same_figure(pieces: list[str]) -> list[str]:
    """Each part naming a measure only as "the same" as another part's, with no figure of its own for it, and the nearest
    part before it that writes a figure beside that measure: the phrase becomes the measure and that figure."""
    out = list(pieces)
    for i, piece in enumerate(pieces):
        if not i:
            continue
        for m in SAME_FIGURE.finditer(piece):
            zh = m.group("zh") is not None
            measure, end = (m.group("zh"), m.end("zh")) if zh else (m.group("en"), m.end("en"))
            if zh:  # the measure's words end at the first particle or verb ("補助金額的話扣多少" → 補助金額)
                cut = re.search(r"[的了呢嗎吗吧話话扣算來来下時时要會会就也還还是]", measure)
                measure = measure[:cut.start()] if cut else measure
                end = m.start("zh") + len(measure)
                if len(measure) < 2:
                    continue
            # (a rate after it, "same subsidy but 71%", is another figure)
            if re.match(rf"\s*(?:of|:|：|是|為|为)?\s*{_AMOUNT}(?!\s*[%％]|\d)", piece[end:], re.IGNORECASE) \
                    and re.search(r"\d", piece[end:end + 12]):
                continue  # the figure is written there after all
            # (a part holding the very words is no part they point at: words every part shares, a preamble — "Can I apply for
            # two domains at the same time: (1)…; (2)…" — point at none of them)
            figure = next((f for p in pieces[:i][::-1] if m.group(0) not in p and (f := _figure_of(measure, p, zh))), None)
            if figure is None:
                continue
            out[i] = piece[:m.start()] + f"{measure} {figure}" + piece[end:]
            break
    return out
