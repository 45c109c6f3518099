"""Multi-part questions (SPEC §3 `parts`): split a message into the questions it asks.

Two shapes are recognised, both by their form, not their topic: numbered parts ("1) … 2) …",
"(a) … (b) …", "①…②…", "一、…二、…") and several questions in a row, each ending in a question
mark ("…夠換證嗎？還有什麼時候可以送？"). Facts stated before the first part (a preamble) belong to
every part; a question with no figure of its own also gets the statements before it, so "什麼時候
可以送？" is read with the certificate date given earlier.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer

_MARKER = re.compile(
    r"(?:(?<=^)|(?<=[\s，,；;。:：？?！!]))(?:\(?(?:[1-9]|[a-dA-D])[)）.]|（(?:[1-9]|[a-dA-D])）|[①②③④⑤]|[一二三四五][、.]|[Qq][1-9][:：.]?)\s*"
)
_QUESTION_END = re.compile(r"[？?]")
_FIGURE = re.compile(r"\d")
# A sentence ends at 。；; or an English full stop (not a decimal point: "NT$3.2M").
_SENTENCE_END = re.compile(r"(?<=[。;；])|(?<=\.)(?=\s)")


# "兩個問題：", "Two things." — a count of the questions asked, no fact of them.
_LEAD_IN = re.compile(r"^(?:兩|两|二|三|two|three)\s*(?:個|个)?\s*(?:問題|问题|things?|questions?)\s*[:：.]?\s*", re.IGNORECASE)


def _numbered(text: str) -> list[str] | None:
    marks = list(_MARKER.finditer(text))
    if len(marks) < 2:
        return None
    preamble = text[: marks[0].start()].strip()
    preamble = _LEAD_IN.sub("", preamble)
    bodies = [text[m.end(): (marks[i + 1].start() if i + 1 < len(marks) else len(text))].strip(" ;；，,")
              for i, m in enumerate(marks)]
    if any(not b for b in bodies):
        return None
    return [f"{preamble} {b}".strip() if preamble else b for b in bodies]


def _questions(text: str) -> list[str] | None:
    pieces: list[str] = []
    start = 0
    for m in _QUESTION_END.finditer(text):
        pieces.append(text[start: m.end()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail and pieces:
        pieces[-1] = f"{pieces[-1]} {tail}"
    pieces = [p for p in pieces if p]
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


def continued_note(lang: str, before: int, name: str) -> str:
    """The note on a part read as the calculation of the part before it (part `before`, counted from 1)."""
    return (f"這一題沒有說是哪一項計算，依第 {before} 題的計算（{name}）來讀。" if lang == "zh-TW" else
            f"This part names no calculation of its own, so it is read as part {before}'s ({name}).")


def split_parts(text: str) -> tuple[list[str] | None, bool]:
    """The questions a message asks, in order, when it asks more than one (else None), and whether
    they were numbered (numbered parts are always separate questions)."""
    text = " ".join(text.split())
    numbered = _numbered(text)
    return (numbered, True) if numbered else (_questions(text), False)


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

    citations = list({c.id: c for a in answers for c in a.citations}.values())
    return Answer(question=question, lang=lang, route=route, answer=text, citations=citations,
                  tool_calls=[c for a in answers for c in a.tool_calls], assumptions=merged("assumptions"),
                  missing=merged("missing"), reading=[r for a in answers for r in a.reading], unused=merged("unused"),
                  steps=[s for a in answers for s in a.steps], retrieved=merged("retrieved"), parts=answers)


def assign(choices: list[list[tuple[str, str, float]]]) -> list[int]:
    """Which reading each part takes, given each part's readings as (tool, arguments key, score), its
    own best first: the best, unless two parts would compute the very same call ("…夠展延嗎？最早什麼
    時候可以送？" both reading the certificate date). Then the part that loses least by it takes its
    next reading of another calculation no other part makes (a later part on a tie); a part with no
    other reading keeps its own. Returns the index of each part's reading."""
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
            if k is not None:
                options.append((choices[i][picked[i]][2] - choices[i][k][2], -i, i, k))
        if not options:
            break
        _, _, i, k = min(options)
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

    def value(self, result: dict[str, Any], today: datetime.date) -> Any:
        """The chained value, or None when the result is not (only) this year's."""
        years = set(result.get("by_year") or {})
        return result.get(self.field) if years == {str(today.year)} else None

    def note(self, lang: str, part: int, value: Any) -> str:
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        return (self.label[0] if lang == "zh-TW" else self.label[1]).format(part=part, value=shown)


CHAINS: tuple[Chain, ...] = (
    Chain("tsa_credit_tally", "total", "tsa_renewal_check", "yearly_credits",
          ("今年的積分取自第 {part} 題的計算結果：{value} 分（作為六年中的最後一年）。",
           "This year's credits from part {part}: {value} (taken from its calculation, as the last of the six years).")),
)


def chain_for(target: str, missing_slots: set[str]) -> list[Chain]:
    """The chains that can fill a part of `target` still missing one of `missing_slots`."""
    return [c for c in CHAINS if c.target == target and c.slot in missing_slots]


def first_said(args: dict[str, Any], text: str) -> int:
    """Where the first number of a call's arguments is written in `text` (its length when none is): the order
    in which a message states its calculations, so its parts are answered in that order."""
    found = [m.start() for value in _numbers_of(args)
             for m in [re.search(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d])", text)] if m]
    return min(found, default=len(text))


def _numbers_of(obj: Any) -> list[float]:
    if isinstance(obj, dict):
        return [n for v in obj.values() for n in _numbers_of(v)]
    if isinstance(obj, list):
        return [n for v in obj for n in _numbers_of(v)]
    return [float(obj)] if isinstance(obj, (int, float)) and not isinstance(obj, bool) else []

