"""Binding numbers to number slots and map keys: the nearest word in the clause, qualifiers applied."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from bot.extract.base import Need, Note
from bot.reader.counted import NO_INPUT_REASONS, figure_words
from bot.reader.guesses import guessed_line, supposed_result
from bot.reader.mentions import (A_NOT_A_ZH, FILL, QUALIFIERS, Mention, after_subset, aggregate_before, bound_of, clause_of, compiled, joins, listed_before, negated, numbers, one_of_the_years, spreads, target_of,
                                 terms, total_before)
from bot.reader.reading import Reading, as_number, choice_labels, field_labels, model_problems, rejected, units_ok
from calculators.vocab import Slot

def _within(side: str, value: float, line: float) -> bool:
    """Does `value` lie on the side `side` of the bound `line` ("<" 75: 68 does)?"""
    return {"<": value < line, "<=": value <= line, ">": value > line, ">=": value >= line}.get(side, False)


# between a figure and the same figure said again in brackets right after it ("六成八（68%）", "about 68% (68)")
_BRACKET_AGAIN = re.compile(r"\s*(?:[%％])?\s*[（(]\s*(?:約|约|大約|大约|即|也就是|about|approx\.?|i\.e\.,?)?\s*")


def _targets(r: Reading) -> list[tuple[Slot, str | None, str]]:
    """What a number can be bound to: (slot, map key or None, its words); "*" is a map's `rest`."""
    out: list[tuple[Slot, str | None, str]] = []
    for s in r.vocab.slots:
        if s.kind == "number":
            out.append((s, None, r.pattern(s.terms)))
        elif s.kind == "map":
            out += [(s, str(c.value), r.pattern(c.terms)) for c in s.choices]
            if s.rest or s.all_keys:
                out.append((s, "*", "|".join(f"(?:{w})" for w in (r.pattern(s.rest), s.all_keys) if w)))
    return out

def outermost(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Where words overlap the longest wins (非腫瘤栓塞 is not 腫瘤栓塞)."""
    spans = [(w.start, w.end) for g in groups for w in g]
    return [[w for w in g if not any(s <= w.start and w.end <= e and (e - s) > (w.end - w.start) for s, e in spans)]
            for g in groups]

def _distance(t: str, n: Mention, w: Mention, s: Slot) -> int | None:
    """How far a word is from a number it may name: before it in the same clause, or just after it (past the
    words naming what it counts: "480 screenings a month")."""
    if s.kind == "map" and _PAPERS_COUNTED.match(t, n.end):
        return None  # "my papers are on RFA (2 SCI first author)": the figure counts papers, never a key's cases
    if w.end <= n.start:
        return joins(t, w.end, n.start, s.gap)
    if w.start >= n.end:
        if s.after_link:
            link = t[n.end:w.start]
            if not compiled(rf"^(?:{s.after_link})$").match(link):
                return None
            # "359（緻密型）": a label opened in brackets right after the figure is its own only when the brackets hold
            # the label alone ("345（非緻密型 372）" opens the next figure's label)
            return 0 if not _OPENS.search(link) or _LABEL_CLOSES.match(t, w.end) else None
        if _split_in_bracket(t, n.end, w.start):
            return None  # "2 SCI papers (first author on one, third on the other)": the bracket's words name its parts
        if s.kind == "map" and _QUALIFIED_OTHER.search(t, n.end, w.start):
            return None  # "栓塞 120 例，論文都是消融的", "120 TACE cases; papers on ablation": the word after qualifies the papers
        end = n.end
        if s.unread and (m := compiled(rf"^\s*(?:{s.unread})\b").match(t[n.end:w.start])):
            end += m.end()
        if n.unit == "%" and joins(t, n.end, w.start, 40) is not None and (
                _RATE_OF.match(t[n.end:w.start]) or _RATE_NOUN.match(t[n.end:w.start]) and _RATE_PREP.match(t, w.start)):
            return 1  # "45% discordance on the suspicious ones", "5% on the negatives": the rate's label after a preposition
        if s.kind == "map" and _LIST_MARK.search(t, n.end, w.start) and _OWN_LABEL.search(t[_item_start(t, n.start):n.start]) \
                and not _HEADED_LIST.search(t, 0, n.start):  # (a list after "切片引流：" is that heading's: its words are sub-labels)
            return None  # "IVC filter 15、栓塞出血的 30": the figure has its own label; the next item's key is not its
        return joins(t, end, w.start, s.gap_after)
    return None


# papers or talks named between a figure and a key after it: the key is what the papers are about, never the figure's
_QUALIFIED_OTHER = re.compile(r"論文|论文|文章|期刊|paper|article|publication|\bSCI\b|演講|演讲|talks?\b|lectures?\b", re.IGNORECASE)
# a figure followed right away by papers' words ("2 SCI", "3 篇論文", "2 papers"): a count of papers
_PAPERS_COUNTED = re.compile(r"\s*(?:篇|篇論文|篇论文|\bSCI\b|papers?\b|articles?\b|publications?\b)", re.IGNORECASE)
_LIST_MARK = re.compile(r"[、／/]")
# a list headed by its key and a colon, up to the figure ("切片引流：超音波導引 150、CT 導引 120"): no clause break between
_HEADED_LIST = re.compile(r"[：:][^，,。；;：:\n]*$")
# the words of a label of the figure's own, right before it in its list item ("IVC filter 15", "下腔靜脈濾網 15")
_OWN_LABEL = re.compile(r"[A-Za-z\u4e00-\u9fff]{2,}[^、／/\d]*$")


def _item_start(t: str, at: int) -> int:
    """Where the list item holding position `at` starts (after the last 、 / separator before it)."""
    return max(t.rfind(ch, 0, at) for ch in "、，,；;。／/:：\n") + 1

_OPENS = re.compile(r"[（(]")
# a bracket that splits the count before it into parts, each with its own figure ("on 1 … on the other", "一篇…另一篇")
# (an ordinal's digit is a place, no figure: "1 SCI (1st author)", "(2nd au)")
_PART_FIGURE = re.compile(r"\d(?![\d]*(?:st|nd|rd|th)\b)|\bthe other\b|\bthe rest\b|另一|其他|其餘|其余", re.IGNORECASE)


def _split_in_bracket(t: str, start: int, word: int) -> bool:
    """A word after a figure sits in a bracket opened after it that splits the figure into parts ("2 SCI papers (first
    author on one, third author on the other)"): the word labels a part, not the figure."""
    opened = _OPENS.search(t, start, word)
    if opened is None:
        return False
    close = re.compile(r"[）)]").search(t, word)
    return _PART_FIGURE.search(t, opened.end(), close.start() if close else len(t)) is not None
_LABEL_CLOSES = re.compile(r"[^（()）\d，,。；;]{0,8}[）)]")
# (… the reading step named between the preposition and the group: "62% discrepancy on re-read of suspected-positive cases",
# "9% disagreement in the second reading of the negatives", "50% mismatch at audit of the positives")
_RATE_OF = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:(?:on|in|at|during|after)\s+(?:the\s+|a\s+|our\s+)?"
                      r"(?:re-?reads?|re-?reading|second\s+reads?|second\s+reading|double[- ]reads?|double[- ]reading|reviews?|audits?)"
                      r"\s+of\s+|(?:on|for|in|among|with|of)\s+)(?:the\s+|my\s+|our\s+|all\s+|his\s+|her\s+)?$", re.IGNORECASE)
_RATE_NOUN = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,2}$")
_RATE_PREP = re.compile(r"(?:on|for|in|among|with|of)\s", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"^\s*(?:案|例|件|人|位|cases?|screenings?)?\s*(?:in total|in all|altogether|total)\b", re.IGNORECASE)


def _totals_first(r: Reading, t: str, nums: list[Mention], bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
                  taken: set[int]) -> None:
    """A number stated as a total ("共 220 案", "90 in total") after a breakdown ("category 0 有 120、3 有 60…") is
    the total of the slot whose words come last before it in its sentence — for slots that take totals."""
    slots = [s for s in r.vocab.slots if s.kind == "number" and s.totals and (not s.when or r.any(s.when))]
    for n in nums:
        if not slots or not (total_before(t, n.start) or _TOTAL_AFTER.match(t[n.end:])):
            continue
        sentence_start = n.start - len(_sentence(t, n.start, n.end).split(t[n.start:n.end])[0])
        near = [(w.end, s) for s in slots if units_ok(s, n.unit) and (s.name, None) not in bound and not _part_total(t, n, s)
                for w in terms(t[:n.start], "", r.pattern(s.terms)) if w.start >= sentence_start]
        # ("追完的 171 位，今年補助總共 1,850,000": the total is of the slot named last before it — a slot that takes no
        # totals, the subsidy, named after the counts' words keeps it)
        others = [w.end for o in r.vocab.slots if o.kind == "number" and o not in slots and o.terms
                  for w in terms(t[:n.start], "", r.pattern(o.terms)) if w.start >= sentence_start]
        if near and others and max(others) > max(x[0] for x in near):
            continue
        if near:
            _, s = max(near, key=lambda x: x[0])
            bound[(s.name, None)] = [(n, float(n.value))]  # type: ignore[arg-type]
            taken.add(n.start)

def _part_total(t: str, n: Mention, s: Slot) -> bool:
    """The total is one part's of a breakdown, its label in its own list item ("…、4 和 5 加起來 35 個", "cat 4/5 total
    20"): never the slot's whole."""
    if not s.parts:
        return False
    item = max(t.rfind(ch, 0, n.start) for ch in "、,，;；") + 1
    return compiled(s.parts).search(t, item, n.start) is not None


# "completion 120 of 180 cases", "95 out of 130", "130 案中 95 案", "130 例里有 95 例": a part of a whole, said together
# ("45 of our 100", "30 out of the 80", "60 of all 90", "20 of those 50": a determiner before the whole)
_PART_OF_WHOLE = re.compile(r"\s*(?:out\s+of|of)(?:\s+(?:our|the|my|their|its|his|her|those|these|all(?:\s+(?:our|the|those))?))?\s*$", re.IGNORECASE)
_WHOLE_THEN_PART = re.compile(r"\s*(?:例|案|人|位|件)?\s*(?:中|之中|當中|裡|里|裡面|里面)\s*(?:有|的)?\s*$")
# "120 個個案中完成 84 個", "95 位個案裡已追完 60 位": the whole's classifier and noun, then the part's own words (the slot's)
_WHOLE_NOUN_THEN = re.compile(r"\s*(?:個|个)?\s*(?:個案|个案|案例|病例|個人|个人|例|案|人|位|件)?\s*(?:中|之中|當中|当中|裡|里|裡面|里面)\s*"
                              r"(?:有|的)?\s*(?:已經|已经|已)?\s*")


_A_NOT_A = re.compile(A_NOT_A_ZH)
_NOT_DONE = re.compile(r"沒|没|未|尚未|還沒|还没|不到|\bnot\b|n't\b|\bnever\b|\byet to\b|\bpending\b|\boutstanding\b|\bremain", re.IGNORECASE)


# Two lists paired in order by a word saying so ("91、83、85 依序是劑量、假體、壓迫", "劑量、假體、壓迫分別為 91、83、85",
# "dose, phantom and compression were 91, 83 and 85 respectively")
_IN_ORDER = re.compile(r"依序(?:是|為|为|分別為|分别为)?|依次(?:是|為|为)?|分別(?:是|為|为)|分别(?:是|为)|按順序(?:是|為)?"
                       r"|\brespectively\b|\bin (?:that )?order\b", re.IGNORECASE)
_RUN_SEP = re.compile(r"^\s*(?:[、,，/和及與与跟]|,?\s*and\b|\s)\s*$", re.IGNORECASE)
_RUN_EDGE = re.compile(r"^\s*(?:分|points?|pts)?\s*[:：]?\s*(?:(?:were|are|was|is|got|scored|came (?:out|back)(?: at| as)?)\s+)?$",
                       re.IGNORECASE)


def _joined_run(t: str, spans: list[Any], first: int, forward: bool) -> list[Any]:
    """The spans joined to `spans[first]` by list separators alone, going forward or back (in text order)."""
    run = [spans[first]]
    step = 1 if forward else -1
    i = first + step
    while 0 <= i < len(spans):
        a, b = (run[-1], spans[i]) if forward else (spans[i], run[0])
        if not _RUN_SEP.match(t[a.end:b.start]):
            break
        if forward:
            run.append(spans[i])
        else:
            run.insert(0, spans[i])
        i += step
    return run


def _in_order(r: Reading, t: str, targets: list[tuple[Slot, str | None, str]], words: list[list[Mention]], nums: list[Mention],
              bound: dict[tuple[str, str | None], list[tuple[Mention, float]]], taken: set[int]) -> None:
    """A map's figures and its keys said as two lists of the same length, paired in order by 依序 / 分別 / respectively
    (`_IN_ORDER`): each figure goes to the key in its place — never to the key nearest it."""
    free = [n for n in nums if n.start not in taken]
    for s in {s.name: s for s, key, _ in targets if s.kind == "map" and key not in (None, "*")}.values():
        keyed = sorted(((w, key) for (s_i, key, _), ws in zip(targets, words) if s_i.name == s.name and key not in (None, "*")
                       for w in ws), key=lambda x: x[0].start)
        keys = [dataclasses.replace(w, name=str(key)) for w, key in keyed]
        for m in _IN_ORDER.finditer(t):
            c_start, c_end = m.span()
            before_n = [i for i, n in enumerate(free) if n.end <= c_start and not t[n.end:c_start].strip(" 分")]
            after_k = [i for i, k in enumerate(keys) if k.start >= c_end and _RUN_EDGE.match(t[c_end:k.start])]
            before_k = [i for i, k in enumerate(keys) if k.end <= c_start]
            after_n = [i for i, n in enumerate(free) if n.start >= c_end and _RUN_EDGE.match(t[c_end:n.start])]
            if before_n and after_k:  # figures, then the keys they are
                figs, names = _joined_run(t, free, before_n[-1], False), _joined_run(t, keys, after_k[0], True)
            elif before_k and after_n and _RUN_EDGE.match(t[keys[before_k[-1]].end:c_start]):  # keys, then their figures
                names, figs = _joined_run(t, keys, before_k[-1], False), _joined_run(t, free, after_n[0], True)
            elif before_n and before_k:  # "dose, phantom and compression were 91, 83 and 85 respectively"
                figs = _joined_run(t, free, before_n[-1], False)
                lead = [i for i, k in enumerate(keys) if k.end <= figs[0].start and _RUN_EDGE.match(t[k.end:figs[0].start])]
                if not lead:
                    continue
                names = _joined_run(t, keys, lead[-1], False)
            else:
                continue
            if len(figs) < 2 or len(figs) != len(names) or len({k.name for k in names}) != len(names) \
                    or any(not units_ok(s, n.unit) for n in figs):
                continue
            for n, k in zip(figs, names):
                bound.setdefault((s.name, k.name), []).append((n, float(n.value)))  # type: ignore[arg-type]
                taken.add(n.start)
            return


def _part_of_whole(r: Reading, t: str, nums: list[Mention], bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
                   taken: set[int]) -> None:
    """"120 of 180", "180 案中 120 案": a count and the whole it is part of, for a slot that has a `complement` (the whole):
    the part is the slot's, the whole the complement's — when both fit their units and the part is no more than the whole."""
    for s in (x for x in r.vocab.slots if x.kind == "number" and x.complement):
        whole_slot = r.vocab_slot(s.complement)
        for a, b in zip(nums, nums[1:]):
            if a.start in taken or b.start in taken or (s.name, None) in bound or (whole_slot.name, None) in bound:
                continue
            gap = t[a.end:b.start]
            if _PART_OF_WHOLE.fullmatch(gap) or re.fullmatch(r"\s*/\s*", gap) and a.unit is None:
                part, whole = a, b  # "120 of 180", "120/180"
            elif _WHOLE_THEN_PART.fullmatch(gap) or ((lead := _WHOLE_NOUN_THEN.match(gap)) is not None and s.terms
                                                     and compiled(rf"(?:{r.pattern(s.terms)})\s*").fullmatch(gap, lead.end())):
                part, whole = b, a  # "180 案中 120 案", "120 個個案中完成 84 個"
            else:
                continue
            if not (units_ok(s, part.unit) and units_ok(whole_slot, whole.unit)) or float(part.value) > float(whole.value):  # type: ignore[arg-type]
                continue
            # "40 of 180 were lost", "200 案中 30 案沒完成": the part is of those that did not get there — not read here
            said = _sentence(t, min(a.start, b.start), max(a.end, b.end))
            said = _A_NOT_A.sub(" ", said)  # ("…完成 84 個，有沒有算在那檔？": an A-not-A question negates nothing)
            if s.rest_done and compiled(s.rest_done[0]).search(said) or _NOT_DONE.search(said):
                continue
            bound[(s.name, None)] = [(part, float(part.value))]  # type: ignore[arg-type]
            bound[(whole_slot.name, None)] = [(whole, float(whole.value))]  # type: ignore[arg-type]
            taken.update((part.start, whole.start))

def _modified_whole(r: Reading, t: str, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
                    word_of: dict[int, Mention]) -> None:
    """"追蹤完成的疑似陽性有 180 案", "已完成追蹤的可疑個案 90 例": the whole's word modified by the part's words and 的 names
    the part — the number is the part's (a slot with a `complement`), and the whole is still to be said."""
    for s in (x for x in r.vocab.slots if x.kind == "number" and x.complement):
        whole = (s.complement, None)
        if (s.name, None) in bound or len(bound.get(whole, [])) != 1:
            continue
        n, v = bound[whole][0]
        w = word_of.get(n.start)
        if w is None or w.end > n.start:
            continue
        if compiled(rf"(?:{r.pattern(s.terms)})\s*(?:的|之)\s*$").search(t, max(0, w.start - 12), w.start):
            bound[(s.name, None)] = bound.pop(whole)


def _map_items(r: Reading, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """"1 號機 劑量 86、假體 85…；2 號機 劑量 78、假體 83…": a map whose keys are said again, item by item — a key said
    again starts the next item; one call per item (its own map), everything else shared."""
    for s in (x for x in r.vocab.slots if x.kind == "map" and not x.many and not x.split and not x.sum):
        entries = sorted(((n.start, key, n, v) for (name, key), got in bound.items() if name == s.name and key not in (None, "*")
                          for n, v in got), key=lambda e: (e[0], str(e[1])))
        items: list[dict[str, tuple[Mention, float]]] = [{}]
        for _, key, n, v in entries:
            if key in items[-1] and items[-1][key][0] is not n:
                items.append({})
            items[-1].setdefault(str(key), (n, v))
        repeated = {k for k in items[0] if sum(k in item for item in items) > 1}
        if len(items) < 2 or len(repeated) < 2 or any(len(item) < 2 for item in items):
            continue  # one item said twice ("own station 74 … the partner's 88"): not several units, left as it was
        if (s.name, "*") in bound:
            r.mismatch.append(Need(s.name, "問題裡有幾組各自的分數；請逐組列出每一項（例如「1 號機：…；2 號機：…」）。",
                                   "The question gives several sets of figures; please list every item of each set "
                                   "(e.g. “unit 1: …; unit 2: …”)."))
            return
        for key in [k for (name, k) in bound if name == s.name and k is not None]:
            if key in items[0]:
                bound[(s.name, key)] = [items[0][key]]
            else:
                bound.pop((s.name, key))
        for i, item in enumerate(items[1:]):
            while len(r.extra) <= i:
                r.extra.append({})
            r.extra[i][s.name] = {k: as_number(v) for k, (_, v) in item.items()}

def _repeat(r: Reading, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]], nums: list[Mention],
            taken: set[int]) -> None:
    """Several items each with their own figures ("王 陽性 42%/陰性 6%、李 陽性 61%/陰性 10%", "一個 category 3，一個
    category 4", "480、505、500 案"): one call per item when every slot given more than once is given the same number of
    times; a figure given once (the screening date) is every item's. Else the question is asked, never one item taken."""
    t = r.q.text
    _map_items(r, bound)
    for k, got in list(bound.items()):
        s = r.vocab_slot(k[0])
        if k[1] is None and s.kind == "number":  # "480 and 515 screenings": the list before a figure read goes with it
            before = [n for n in nums if n.start < got[0][0].start and n.start not in taken and units_ok(s, n.unit)]
            while before and _LIST_JOIN.match(t[before[-1].end:got[0][0].start]) and not _counts_people(r, before[-1]):
                n = before.pop()
                got.insert(0, (n, float(n.value)))  # type: ignore[arg-type]
                taken.add(n.start)
    many = {k: v for k, v in bound.items() if k[1] is None and len(v) > 1 and r.vocab_slot(k[0]).kind == "number"}
    if many and all(len({v for _, v in got}) == 1 for got in many.values()):
        for k in many:  # "3 radiographers registered, all 3 on board": one figure said again, no second item
            bound[k] = bound[k][:1]
        return
    if not many:
        return
    counts = {len(v) for v in many.values()}
    # a figure of the same kind given once beside several (positive 45% and 52%, negative 5%) pairs with none of them
    once = [k for k, v in bound.items() if k[1] is None and len(v) == 1 and r.vocab_slot(k[0]).kind == "number"
            and not r.vocab_slot(k[0]).counted]
    if len(counts) != 1 or once:
        r.mismatch.append(Need(next(iter(many))[0], "問題裡有幾筆各自的數字，但數目對不起來；請逐筆列出（例如「甲：…；乙：…」）。",
                               "The question gives figures for several items, but they do not pair up; please list each "
                               "item's figures on its own (e.g. “A: …; B: …”)."))
        for k in many:
            bound[k] = bound[k][:1]
        return
    k = counts.pop()
    first = min(n.start for got in many.values() for n, _ in got)
    heads = [n for n in numbers(r.q) if n.start < first and float(n.value) == k  # type: ignore[arg-type]
             and n.unit in (None, "位", "名", "個", "人", "件") and not any(n is m for got in bound.values() for m, _ in got)]
    if heads:  # "三位判讀醫師…": how many items there are
        r.set_aside.append((heads[0].start, heads[0].end))
        r.notes.append(Note(f"共 {k} 筆，各自計算。", f"{k} items, each worked out on its own."))
    r.item_spans = [(min(got[i][0].start for got in many.values()), max(got[i][0].end for got in many.values()))
                    for i in range(k)]
    for k, got in many.items():
        s = r.vocab_slot(k[0])
        for i, (n, v) in enumerate(got[1:]):
            while len(r.extra) <= i:
                r.extra.append({})
            r.extra[i][s.name] = as_number(v * dict(s.scale).get(n.unit or "", 1))
        bound[k] = got[:1]


# "快 10 年", "將近 10 年", "almost 10 years": just under the figure (within one unit of it), never anywhere below it
_NEARLY_BEFORE = re.compile(r"(?:(?<![很較较])快(?:要)?|將近|将近|接近|差不多|\balmost|\bnearly|\bclose to)\s*$", re.IGNORECASE)


def _one_side(t: str, n: Mention, side: str, v: float, breaks: tuple[float, ...]) -> bool:
    """Does every value a rough figure allows clear every break, the figure itself with them (the verdict the same across
    it, and no shortfall to state that the range would blur)? Over it (">", ">=", "10多年", "over 10 years"): no break
    above the figure. Nearly it ("快 10 年", "almost 10 years"): every break a unit or more below it. Anything else
    ("不到 5 年", "快 8 年", "7年多") is asked, as before."""
    if side in (">", ">="):
        return not any(b > v for b in breaks)
    if side == "<" and _NEARLY_BEFORE.search(t, max(0, n.start - 8), n.start):
        return all(b <= v - 1 for b in breaks)
    return False


# "專科第 8 年", "第八年的主治": the year one is in, not years completed — anywhere from one under the figure up to it
_ORDINAL_YEAR = re.compile(r"第\s*$")
_YEAR_AFTER = re.compile(r"^\s*(?:年|个年头|個年頭)")


def _ordinal_year(t: str, n: Mention, s: Slot) -> bool:
    """Is the number a year counted by its ordinal ("第8年") in a slot counting years?"""
    return "年" in s.units and bool(_ORDINAL_YEAR.search(t, max(0, n.start - 3), n.start)) \
        and (n.unit == "年" or bool(_YEAR_AFTER.match(t[n.end:])))


def _bounds(r: Reading, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """A bound read where a value goes ("都 85 以上", "over 90", "低於 60") is never read as that figure: a lower bound
    above every one of a map's `breaks` (the top grade, which changes no result) leaves the item out, said in a note; a
    rough figure of a number slot whose every value clears its `breaks` (`_one_side`) is read as said, said so; any other
    bound is asked for — a score item by name, else the slot."""
    t = r.q.text
    noted = False
    for key, got in list(bound.items()):
        s = r.vocab_slot(key[0])
        kept = []
        for n, v in got:
            side = bound_of(t, n.start, n.end)
            if side is None and s.breaks and key[1] is None and _ordinal_year(t, n, s):
                # "專科第 8 年": in the eighth year, so more than 7 and at most 8 years done — read as said, the range named;
                # where the range straddles a break ("第 8 年" against 8 years) the verdict on that line is said to hang on it
                over, under = all(b <= v - 1 for b in s.breaks), all(b > v for b in s.breaks)
                kept.append((n, v))
                r.set_aside.append((n.start, n.end, "rough"))
                said, lo, hi = clause_of(t, n.start, n.end).strip(), as_number(v - 1), as_number(v)
                if over or under:
                    more = ("" if over else "；實際差距可能再多到 1 年", "" if over else "; the shortfall may be up to a year more")
                    r.notes.append(Note(f"「{said}」是第幾年而非滿幾年（滿 {lo} 至 {hi} 年），以 {hi} 年計；"
                                        f"範圍內的任何數字結論都相同{more[0]}。",
                                        f"“{said}” counts the year you are in, not full years ({lo:g} to {hi:g}); "
                                        f"taken as {hi:g}, and any value in that range gives the same verdict{more[1]}."))
                else:
                    line = as_number(min(b for b in s.breaks if v - 1 < b <= v))
                    r.notes.append(Note(f"「{said}」是第幾年而非滿幾年（滿 {lo} 至 {hi} 年），以滿 {hi} 年計；"
                                        f"若尚未滿 {line} 年，年資 {line} 年這一項就還未達到。",
                                        f"“{said}” counts the year you are in, not full years ({lo:g} to {hi:g}); taken as "
                                        f"{hi:g} full years — if you have not yet completed {line:g}, the {line:g}-year requirement "
                                        "is not yet met."))
            elif side is None:
                kept.append((n, v))
            elif key[1] == "*" and side in (">=", ">") and rest_run_after(t, n) is not None:
                # "其他都85以上(87、91、86、88、90)", "the rest all above 85 (87, 91, …)": the bound sums up the other items,
                # whose own scores follow in brackets — kept as the rest's mention (never its figure) for `_rest_in_top_band`
                kept.append((n, v))
                r.set_aside.append((n.start, n.end))
            elif s.breaks and key[1] is not None and side in (">=", ">") and not any(b > v for b in s.breaks):
                # "都 85 以上": every value it allows is in the best band, which never changes the result: the item
                # is left out of the figures (never read as exactly 85), said so
                if not noted:
                    said = clause_of(t, n.start, n.end).strip()
                    r.notes.append(Note(f"「{said}」是範圍不是確切分數；範圍內都在最高等級，不影響結果，未列入計算。",
                                        f"“{said}” is a bound, not a score; every value it allows is in the top grade, "
                                        "which does not change the result, so it is left out of the figures."))
                    noted = True
                r.set_aside.append((n.start, n.end))
                r.bounded.add((s.name, str(key[1])))  # no "其他都 90" either: the person said where it is
            elif s.breaks and key[1] is None and side is not None and _one_side(t, n, side, v, s.breaks):
                # "專科十多年", "快 10 年", "over 10 years": every value the rough figure allows is on one side of every
                # break — the verdict is the same across it: read as the figure said, said so
                kept.append((n, v))
                r.set_aside.append((n.start, n.end, "rough"))  # (bound, and read as the figure: the ledger takes it so)
                said = clause_of(t, n.start, n.end).strip()
                r.notes.append(Note(f"「{said}」是約略的數字，以 {as_number(v)} 計；範圍內的任何數字結論都相同。",
                                    f"“{said}” is a rough figure, taken as {as_number(v):g}; any value in its range gives the same verdict."))
            elif key[1] == "*" and "分" in s.units:
                r.absent += [(s.name, str(c.value)) for c in s.choices if (s.name, str(c.value)) not in bound
                             and (not c.when or r.any(c.when))]
            elif key[1] is not None and "分" in s.units:
                r.absent.append((s.name, key[1]))  # the result may depend on the exact score: that item asked for
            elif s.name not in r.unsure:
                r.unsure.append(s.name)
                r.bounds_only.setdefault(s.name, []).append((side, v))
            elif s.name in r.bounds_only:
                r.bounds_only[s.name].append((side, v))
        if kept:
            bound[key] = kept
        else:
            bound.pop(key)

# "3 RTs", "2 qualified rad techs", "3 registered mammo technologists": a head count of staff, whatever words say which (on
# the same line: a score ending a pasted row is no head count of the label opening the next, "dense 341\nRT Tsai: …")
_HEAD_COUNT = re.compile(r"[^\S\n]*(?:(?:qualified|certified|registered|licensed|full-time|part-time|senior|staff|rad|radiology|"
                         r"mammo(?:graphy)?)\s+){0,3}(?:(?:RTs?|techs?|technologists?|radiographers?)\b|放射師|放射士|放射技師|放射师|"
                         r"放射技術師|放射技术师|技術師|技术师|技術員|技术员|技師|技师)",
                         re.IGNORECASE)


# "車上 3 人做了 125 案", "3 位一起拍了 130 例", "3 people did 125 screenings": the people who did the work counted — a
# head count (the count of what they did comes right after the verb), never a count of people screened (a verb of imaging:
# "疑似陽性 150 人完成 120 人" is 150 people followed up, of whom 120 completed)
_DOERS = re.compile(r"\s*(?:(?:一起|共同|總共|总共|合計|合计|共)\s*)?(?:做|拍|照|篩|筛|操作|負責|负责)\s*(?:了|過|过)?\s*"
                    r"(?:共|總共|总共)?\s*\d|\s*(?:people|persons|of us|of them)\s+(?:together\s+)?"
                    r"(?:did|shot|performed|screened|handled|took|imaged|examined)\s+\d", re.IGNORECASE)


def _counts_people(r: Reading, n: Mention) -> bool:
    """The number is followed right away by the noun a `counted` slot counts ("3 位放射師", "2 radiographers"), or by
    staff named with words of their own ("3 RTs", "2 qualified rad techs") — a head count of staff, whether a slot counts
    them or not ("Annual volume check: 3 qualified RTs" is no count of screenings)."""
    after = r.q.text[n.end:n.end + 12]
    # (a slot's head count is never over its bound: "乳攝車跑了 110 個人" counts the people screened, not staff)
    counted = [o for o in r.vocab.slots if o.counted and (o.max_value is None or float(n.value) <= o.max_value)]  # type: ignore[arg-type]
    # a classifier the numeral reader leaves in the text ("1 個技術員", "兩名放射師") is still the noun's
    return any(compiled(rf"^\s*(?:個|个|位|名)?\s*(?:{r.pattern(o.terms)})").match(after) for o in counted) \
        or (n.unit in (None, "位", "名", "個") and _HEAD_COUNT.match(r.q.text, n.end) is not None and "\n" not in r.q.text[n.start:n.end]) \
        or (n.unit in ("人", "位", "名", None) and _DOERS.match(r.q.text, n.end) is not None) \
        or (n.unit in ("人", "位", "名") and any(  # "我們想報4人", "登記 3 位": a head count's own words right before it
            r.q.text[w.end():n.start].strip() == "" for o in counted if not {"例", "案", "件"} & set(o.units)  # (people, not cases)
            for w in compiled(r.pattern(o.terms)).finditer(r.q.text, max(0, n.start - 12)) if w.end() <= n.start))

def _counts_another(r: Reading, s: Slot, n: Mention) -> bool:
    """The number is followed by the noun another slot counts ("560 screenings"): no count of this slot's kind."""
    after = r.q.text[n.end:n.end + 40]
    return any(o is not s and o.unread and compiled(rf"^\s*(?:{o.unread})").match(after) for o in r.vocab.slots)

def _cases_after(r: Reading, s: Slot, n: Mention) -> bool:
    """The unitless number is followed, a few words on, by another map's count word (`Slot.orphan`: "~40 stent cases",
    "40 biliary stent procedures"): a count for that map, never a figure of this number slot (the papers' role before it)."""
    after = r.q.text[n.end:n.end + 40]
    return any(o is not s and o.kind == "map" and o.orphan
               and compiled(rf"^\s*(?:[a-z&/-]+\s+){{0,4}}(?:{o.orphan})\b").match(after) is not None for o in r.vocab.slots)


# "300 suspicious cases", "120 positive screenings": a bare number followed by the things it counts (a word of their kind at
# most between) is a count of them — never a rate, whatever word near it names the rate ("suspicious" / 可疑 is the
# re-read's positive rate and the follow-up's suspected cases alike)
_COUNTS_THINGS = re.compile(r"\s*(?:[A-Za-z-]+\s+)?(?:cases?|patients?|screenings?|women|people|persons|exams?|mammograms?|"
                            r"films?|recalls?)\b", re.IGNORECASE)


# ("可疑個案 300", "suspicious cases: 300": a figure over 100 right after the word for cases counts them)
_CASES_BEFORE = re.compile(r"(?:個案|个案|案例|案數|案数|例數|例数|\bcases)\s*(?:數|数)?\s*(?:有|是|為|为|共|[:：=])?\s*$", re.IGNORECASE)


def _no_rate(s: Slot, n: Mention, t: str) -> bool:
    """Is the number no rate for a percentage slot (`s` takes "%"): written without % and followed by the things it counts
    (`_COUNTS_THINGS`), or over 100 right after the word for cases (`_CASES_BEFORE`)? A figure with its % stays the
    slot's, over 100 too (the input model says why it is wrong), and so does a bare one otherwise ("positive 120")."""
    if "%" not in s.units or n.unit is not None:
        return False
    return _COUNTS_THINGS.match(t, n.end) is not None or (
        float(n.value) > 100 and _CASES_BEFORE.search(t, max(0, n.start - 12), n.start) is not None)  # type: ignore[arg-type]


def _counted_first(r: Reading, targets: list[tuple[Slot, str | None, str]], nums: list[Mention]) -> tuple[str, set[int]]:
    """Numbers followed by the noun they count ("2 位放射師") are that slot's; the text with them blanked out,
    so they separate no label from its number ("今天 2 位放射師拍了 90 案": the day's count is 90)."""
    t = r.q.text
    counted: set[int] = set()
    for s, key, pattern in targets:
        if not s.counted or (s.when and not r.any(s.when)):
            continue
        for n in nums:
            if s.max_value is not None and float(n.value) > s.max_value:  # type: ignore[arg-type]
                continue  # "乳攝車今天跑了 110 個人": people screened — no head count is ever that large
            if _linked_before(t, n, [terms(t, "", p2) for s2, _, p2 in targets if s2 is not s], -1):
                continue  # "f/u completed for 160 suspicious cases": the count is the completed ones
            after = [w for w in terms(t, "", pattern) if w.start >= n.end and joins(t, n.end, w.start, 1) is not None]
            if after and any(w2.start <= after[0].start and w2.end > after[0].end for s2, _, p2 in targets if s2 is not s
                             for w2 in terms(t, "", p2)):
                continue  # "160 suspicious-result cases completed their follow-up": another slot's longer words take the noun in
            if units_ok(s, n.unit) and (bool(after)
                                        or n.unit in (None, "位", "名", "個") and _HEAD_COUNT.match(t, n.end) is not None
                                        or n.unit in ("人", "位", "名", None) and _DOERS.match(t, n.end) is not None):
                counted.add(n.start)
                t = t[:n.start] + " " * (n.end - n.start) + t[n.end:]
    return t, counted

_LISTED_AFTER = re.compile(r"\s*[(（]([^()（）]{1,120})[)）]")


def _rest_listed(t: str, targets: list[tuple[Slot, str | None, str]], words: list[list[Mention]]) -> list[list[Mention]]:
    """"everything else (phantom, compression, field alignment, reading station) was 90", "其他項目（假體、壓迫、照野）都是
    88": the keys named in brackets right after a map's `rest` words say which the rest are — they take no figure of
    their own; the rest words run through the brackets (so the figure after them is the rest's)."""
    out = [list(ws) for ws in words]
    for i, (s, key, _) in enumerate(targets):
        if key != "*":
            continue
        for w in list(out[i]):
            m = _LISTED_AFTER.match(t, w.end)
            if m is None or re.search(r"\d", m.group(1)):
                continue  # "其他項目(劑量 90、假體 86…)都OK": keys with figures of their own are no list of the rest
            out[i][out[i].index(w)] = dataclasses.replace(w, end=m.end())
            for j, (s2, key2, _) in enumerate(targets):
                if s2 is s and key2 not in (None, "*"):
                    out[j] = [x for x in out[j] if not (m.start(1) <= x.start and x.end <= m.end(1))]
    return out


# a bracketed aside of words only, right after a word ("醫療團（外交部那個）", "mission (the gov't one)"): what the thing is,
# said by the way ("(with MOFA, in Africa)") — no figure, no word of any input, no sentence break inside
_WORD_ASIDE = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff'’])\s*[（(][^()（）。；;:：\n]{1,24}[)）]")


def _word_asides(t: str, spans: list[tuple[int, int]], figures: list[int]) -> list[tuple[int, int]]:
    """The spans of word-only asides in brackets that hold no word of an input (`spans`) and no figure (`figures`, where
    the numbers start; "the gov't one" is a pronoun, no figure): read as not there, so the words before them reach the
    figure after them ("I was with the medical mission (the gov't one) for 7 months")."""
    return [m.span() for m in _WORD_ASIDE.finditer(t)
            if not any(m.start() <= a < m.end() for a, _ in spans) and not any(m.start() <= a < m.end() for a in figures)]


_LINK_END = re.compile(r"\b(?:for|on)\s*$", re.IGNORECASE)
_LINK_GAP = re.compile(r"\s*(?:(?:about|around|only|just)\s+)?", re.IGNORECASE)


def _linked_before(t: str, n: Mention, words: list[list[Mention]], i: int) -> bool:
    """"f/u completed for 160 suspicious cases": another slot's word ends right before the number in a preposition
    linking it to the count ("completed for", "done on") — the count is that slot's, the noun after it only what it is of."""
    return any(w.end <= n.start and _LINK_END.search(t[w.start:w.end]) and _LINK_GAP.fullmatch(t[w.end:n.start])
               for j, ws in enumerate(words) if j != i for w in ws)


def bind_numbers(r: Reading) -> None:
    """Each number goes to the slot (or map key) whose word is nearest in its clause."""
    targets = _targets(r)
    if not targets:
        return
    t = r.q.text
    words = _rest_listed(t, targets, outermost([terms(t, "", pattern) for _, _, pattern in targets]))
    spans = [(w.start, w.end) for ws in words for w in ws]
    framed = [m.span() for pattern, _ in r.vocab.framing for m in compiled(pattern).finditer(t)]
    nums = [n for n in numbers(r.q) if not any(s <= n.start and n.end <= e for s, e in spans) and n.start not in r.used
            and not any(s <= n.start < e for s, e in framed)]  # "one of our radiographers": who, not how many
    if r.q.followup_start and not any(w.start >= r.q.followup_start for ws in words for w in ws):
        nums = [n for n in nums if n.start < r.q.followup_start or n.unit is not None]  # a bare reply: bind_reply's
    bound: dict[tuple[str, str | None], list[tuple[Mention, float]]] = {}
    taken: set[int] = set()
    prev: tuple[Mention, tuple[str, str | None] | None] | None = None
    t, counted = _counted_first(r, targets, nums)
    labelled_after: set[int] = set()  # words a figure right before them took as its label ("38% positive")
    unit_only: set[int] = set()  # numbers a slot took by their unit alone, no word of it near
    word_of: dict[int, Mention] = {}  # the word each number was bound by
    for n in numbers(r.q):  # a framing number ("3 位放射師", "one of our") separates no label from its number
        if any(s <= n.start < e for s, e in framed):
            t = t[:n.start] + " " * (n.end - n.start) + t[n.end:]
    # "引流+切片+PCN+PTCD 加起來 120+90+50+30 =290": the terms of the person's own sum are not there at all — its label
    # reaches the total after the equals sign
    if r.summed:
        first, last = min(a for a, _ in r.summed), max(b for _, b in r.summed)
        t = t[:first] + FILL * (last - first) + t[last:]
    for s_, e_ in framed:  # a framing aside in brackets ("Suspected positives (0, 3, 4, 5) were 120") is not there at all
        if t[s_:s_ + 1] in "(（" and t[e_ - 1:e_] in ")）":
            t = t[:s_] + FILL * (e_ - s_) + t[e_:]
    for s_, e_ in _word_asides(t, spans, [n.start for n in numbers(r.q)]):  # "the overseas medical mission (the gov't one) for 7 months": no distance
        t = t[:s_] + FILL * (e_ - s_) + t[e_:]
    _totals_first(r, t, nums, bound, taken)
    _part_of_whole(r, t, nums, bound, taken)
    _in_order(r, t, targets, words, nums, bound, taken)
    for n in nums:
        if n.start in taken:
            continue
        if n.start in counted:
            s_c = next(s for s, _, _ in targets if s.counted and (not s.when or r.any(s.when)) and units_ok(s, n.unit))
            bound.setdefault((s_c.name, None), []).append((n, float(n.value)))  # type: ignore[arg-type]
            taken.add(n.start)
            continue
        best: tuple[tuple[int, int, int], tuple[str, str | None]] | None = None
        best_word: Mention | None = None
        for i, (s, key, _) in enumerate(targets):
            if not units_ok(s, n.unit) or (s.min_value is not None and float(n.value) < s.min_value):  # type: ignore[arg-type]
                continue
            if s.max_value is not None and float(n.value) > s.max_value:  # type: ignore[arg-type]
                continue  # "one tech hit 551": a head count is never that large
            if s.when and not r.any(s.when):
                continue
            if s.kind == "number" and not s.breaks and (_ordinal_year(t, n, s)
                                                        or one_of_the_years(t, n.start, n.end, float(n.value), n.unit)):  # type: ignore[arg-type]
                continue  # "第三年我去駐外醫療團半年", "中間有一年…整整12個月": the year something happened in, never a length of years
            if s.kind == "number" and s.pick == "first" and not s.adds and bound.get((s.name, None)) and not after_subset(t, n.start) \
                    and (not r.vocab.repeat or s.counted):
                continue  # a slot of one number already has it: the next number goes to its next-best slot
            if _no_rate(s, n, t):
                continue  # "follow-up: 300 suspicious cases": a count of cases, never a re-read rate
            if s.counted and _counts_another(r, s, n):
                continue  # "radiographer did 560 screenings": the noun after the number is what it counts
            if s.kind == "number" and n.unit is None and _cases_after(r, s, n):
                continue  # "first author but only ~40 stent cases": a figure a map's count word follows counts cases
            if not s.counted and _counts_people(r, n) and not _linked_before(t, n, [words[i]], -1) \
                    and not any(w.start >= n.end and not t[n.end:w.start].strip() for w in words[i]):
                continue  # "3 位放射師十月…": a head count, never a count of this slot's kind
                # (not where this slot's longer words take the noun in: "160 suspicious cases completed follow-up")
            for w in words[i]:
                if w.end <= n.start and w.start in labelled_after:
                    continue  # "38% positive / 6% negative": the word the figure before took as its label is not this one's
                d = _distance(t, n, w, s)
                # The noun a number counts right after it ("2 位放射師") first, then a word before the number
                # (its label), then one after it ("40 completed").
                if d is not None and s.counted and w.start >= n.end and d <= 1 and not _linked_before(t, n, words, i):
                    rank = (-1, d, i)
                else:
                    rank = (0 if w.end <= n.start or s.after_link else 1, d, i) if d is not None else None
                if rank is not None and (best is None or rank < best[0]):
                    best = (rank, (s.name, key))
                    best_word = w
            if n.unit in s.own_units and best is None:
                best = ((999, 2, i), (s.name, key))
                unit_only.add(n.start)
        # "非緻密 330/341 緻密 325/319": a figure joined to the one before by a bare slash goes on that figure's key of a map
        # of lists — never to the next key's word after it (that word heads the figures after it)
        if best is not None and best[0][0] == 1 and prev is not None and prev[1] is not None and prev[1][1] is not None \
                and r.vocab_slot(prev[1][0]).many and _PAIR.match(t[prev[0].start + len(prev[0].text):n.start]) \
                and units_ok(r.vocab_slot(prev[1][0]), n.unit):
            best = ((0, 0, 0), prev[1])
        if best is None and prev is not None and prev[1] is not None:
            s_prev = r.vocab_slot(prev[1][0])
            if (s_prev.many or r.vocab.repeat and s_prev.kind == "number") and units_ok(s_prev, n.unit) \
                    and (_LIST_JOIN.match(t[prev[0].end:n.start]) or _named_run(t, prev[0], n)):
                best = ((0, 0, 0), prev[1])  # "330、340", "小美 510、阿華 495": the list goes on
        prev = (n, best[1] if best is not None else None)
        if best is not None and best_word is not None and best_word.start >= n.end and best[0][0] in (-1, 1) \
                and not t[n.end:best_word.start].strip():
            labelled_after.add(best_word.start)
        if best is not None:
            bound.setdefault(best[1], []).append((n, float(n.value)))  # type: ignore[arg-type]
            taken.add(n.start)
            if best_word is not None:
                word_of[n.start] = best_word
            # "劑量、假體、壓迫每項都 85 分", "compression, field and reading all 95": an "each" / "all" qualifier
            # gives the number to every listed key of the map.
            keyed = [(w.start, w.end) for j, (s_j, _, _) in enumerate(targets) if s_j.name == best[1][0] for w in words[j]]
            for i, (s, key, _) in enumerate(targets):
                if s.kind == "map" and s.name == best[1][0] and key not in (best[1][1], "*") and units_ok(s, n.unit):
                    if any(w.end <= n.start and (joins(t, w.end, n.start, s.gap) is not None and spreads(t, w.end, n.start)
                                                 or listed_before(t, w.end, n.start, keyed))
                           for w in words[i]) and not bound.get((s.name, key)):
                        bound.setdefault((s.name, key), []).append((n, float(n.value)))  # type: ignore[arg-type]
    _modified_whole(r, t, bound, word_of)
    for key, got in list(bound.items()):
        # "6-year totals 150, … and 6 months on a medical mission": a figure the slot's words name wins over one it took
        # by its unit alone (that one is no figure of the slot: it stays unread)
        worded = [g for g in got if g[0].start not in unit_only]
        if worded and len(worded) < len(got) and r.vocab_slot(key[0]).kind == "number":
            bound[key] = worded
            taken.difference_update(g[0].start for g in got if g[0].start in unit_only)
    _headed_pairs(r, nums, bound, taken)
    _pairs_go_on(r, nums, bound, taken)
    _place_unread(r, nums, taken, bound)
    _other_keys_aside(r, bound)
    _bounds(r, bound)
    _named_rounds(r, bound)
    if r.vocab.repeat:
        _repeat(r, bound, nums, taken)
    for s in r.vocab.slots:
        if s.kind == "number":
            got = bound.get((s.name, None))
            if not got and s.fallback_units:
                only = [n for n in nums if (n.unit or "") in s.fallback_units and n.start not in taken]
                if len(only) > 1:
                    # "聽說完成率不到七成五要扣錢，我們大概六成八（68%）": a line it is said to be under (a bound, no figure) and the
                    # same figure again in brackets right after it are no second figure of the unit
                    only = [n for n in only if bound_of(t, n.start, n.end) is None and not target_of(t, n.start, n.end)]
                    only = [n for i, n in enumerate(only)
                            if not (i and float(only[i - 1].value) == float(n.value)  # type: ignore[arg-type]
                                    and _BRACKET_AGAIN.fullmatch(t, only[i - 1].end, n.start))]
                # ("The completion rate of our screens was less than 75%": a lone figure of the unit said as a bound is no
                # figure either — the slot is asked, never read at its line)
                if len(only) == 1 and bound_of(t, only[0].start, only[0].end) is not None:
                    only = []
                if len(only) == 1:
                    got = [(only[0], float(only[0].value))]  # type: ignore[arg-type]
                    if s.name in r.bounds_only and all(_within(side, float(only[0].value), v)  # type: ignore[arg-type]
                                                       for side, v in r.bounds_only[s.name]):
                        # "聽說完成率不到七成五要扣錢，我們大概六成八": the line was the rule's (or theirs) and the figure said
                        # after it lies within it — the figure is read, the line no question
                        r.unsure.remove(s.name)
            if got:
                n, value = got[0] if s.pick == "first" else got[-1]
                part = [g for g in got if after_subset(t, g[0].start)]
                whole = [g for g in got if g not in part and part and g[0].start < part[0][0].start]
                if s.adds and whole and _own_words_before(r, s, whole[-1][0]):
                    # "講過 4 次（有 1 次是座長）": the whole said in the slot's own words — its part is one of them, not added
                    n, value = whole[-1]
                    for m, v in part:
                        r.set_aside.append((m.start, m.end))
                        r.notes.append(Note(f"{as_number(v)} 次是前面 {as_number(value)} 次的一部分，不另外相加。",
                                            f"The {as_number(v)} are part of the {as_number(value)} said before them; not added again."))
                elif part and len(got) > 1:
                    n, value = part[0]  # "SCI 3 篇，其中 2 篇我是通訊作者": the part the slot's words name
                    if s.adds:
                        value = sum(v for _, v in part)
                elif s.adds and len(got) > 2 and any(2 * v == sum(x for _, x in got) for _, v in got):
                    n, value = next(g for g in got if 2 * g[1] == sum(x for _, x in got))  # "兩篇，一篇一作一篇通訊": the total
                elif s.adds and len(got) > 1:
                    value = sum(v for _, v in got)  # "講過 3 次，另外當過 1 次座長": 4
                    r.notes.append(Note(f"{field_labels(r, s.name)[0]}：{' + '.join(f'{as_number(v)}' for _, v in got)} = {as_number(value)}。",
                                        f"{field_labels(r, s.name)[1]}: {' + '.join(f'{as_number(v)}' for _, v in got)} = {as_number(value)}."))
                if s.same_key:
                    r.keyed[s.name] = _keys_named(r, s, n)
                if s.same_key and (_other_key(r, s, n) or _said_none_here(r, s)):
                    r.notes.append(Note(s.same_key[2][0].format(value=as_number(value)), s.same_key[2][1].format(value=as_number(value))))
                    r.set_aside.append((n.start, n.end))
                    continue
                if s.fraction_asked and 0 < value < 1 and n.unit != "%":
                    # "陽性 0.45、陰性 0.05": a share of one, or a percentage under one — the tier differs, so it is asked
                    r.mismatch.append(Need(s.name, f"{field_labels(r, s.name)[0]}寫的是 {value:g}，沒有 %：是 {value * 100:g}% 還是 {value:g}%？",
                                           f"The {field_labels(r, s.name)[1].lower()} is written {value:g} with no %: "
                                           f"is it {value * 100:g}% or {value:g}%?"))
                if s.fraction and 0 < value <= 1 and n.unit != "%":
                    r.notes.append(Note(f"{field_labels(r, s.name)[0]} {value:g} 視為比例，即 {value * 100:g}%。",
                                        f"A {field_labels(r, s.name)[1].lower()} of {value:g} is read as a fraction: {value * 100:g}%."))
                    value = round(value * 100, 4)
                value *= dict(s.scale).get(n.unit or "", 1)
                if n.unit == "年" and not float(value).is_integer():
                    # "7 yrs 10 mos" (7.8333 years): in months exact, in years to two decimals
                    value = round(value, 6) if dict(s.scale).get("年") else round(value, 2)
                if s.complement and (_negated_words(r, s, n) or _lost_then_rest(r, s, n)):
                    whole = r.args.get(s.complement)
                    if not isinstance(whole, (int, float)) or whole < value:
                        continue  # "95 案沒完成" with no total to take it from: not this slot's value
                    if any(g[0] is not n and not _negated_words(r, s, g[0]) and float(g[1]) != whole - value for g in got):
                        # "完成 80 案，其中 10 案還沒完成": the figure said and the whole less the part not done disagree —
                        # which one holds is asked, never picked
                        if s.name not in r.unsure:
                            r.unsure.append(s.name)
                        continue
                    zh, en = field_labels(r, s.name)
                    v, w, left = as_number(value), as_number(whole), as_number(whole - value)
                    r.notes.append(Note(f"{v} 讀為不屬於「{zh}」的數目：{zh} = {w} − {v} = {left}。",
                                        f"{v} is read as the number NOT in “{en}”: {en} = {w} − {v} = {left}."))
                    value = whole - value
                r.args[s.name] = as_number(value)
                pairs = (s.read_as,) if s.read_as and isinstance(s.read_as[0], str) else (s.read_as or ())
                for words, note in pairs:
                    if compiled(r.pattern(words)).search(clause_of(t, n.start, n.end)):
                        r.notes.append(Note(*note))  # "做了 15 年" read as the specialist's years: said so
                        break
                r.read.append(s.name)
            elif s.rest_done and s.complement:
                _rest_done(r, s, nums, taken)
        elif s.kind == "map":
            _fill_map(r, s, bound, nums, taken)
            if s.or_list:
                # "340、352、338（總共 1030）": the person's own total or average beside two figures or more is no figure of
                # the list (the ledger checks it against them); "平均 340" alone is the figure given
                no_input = {x[0] for x in r.set_aside if len(x) > 2 and x[2] in NO_INPUT_REASONS}
                listed = [n for n in numbers(r.q) if units_ok(s, n.unit) and not target_of(r.q.text, n.start, n.end)
                          and n.start not in r.guessed and n.start not in no_input
                          and not guessed_line(r.q.text, n.start, n.end) and not supposed_result(r.q.text, n.start)
                          # ("a few came back under 340": a strict bound said of some of them is no score)
                          and bound_of(r.q.text, n.start, n.end) not in ("<", ">")
                          and not any(a <= n.start < e for a, e in framed)
                          and (s.min_value is None or float(n.value) >= s.min_value)]  # type: ignore[arg-type]
                own = [n for n in listed if aggregate_before(r.q.text, n.start) or total_before(r.q.text, n.start)]
                _map_or_list(r, s, [n for n in listed if n not in own] if len(listed) - len(own) >= 2 else listed)

def _own_words_before(r: Reading, s: Slot, n: Mention) -> bool:
    """The slot's own words are said before the figure in its clause ("講過這個題目 4 次", "lectured 4 times")."""
    t = r.q.text
    left = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1
    return bool(s.terms) and compiled(r.pattern(s.terms)).search(t, left, n.start) is not None


def _lost_then_rest(r: Reading, s: Slot, n: Mention) -> bool:
    """The count is said of those that did not get there (`rest_done[0]` right beside it in its clause: "30 例失聯") and the
    rest are said to have, later in its sentence (`rest_done[1]`: "其他都完成追蹤") — even in one clause joined by 、."""
    if not s.rest_done:
        return False
    t = r.q.text
    clause = clause_of(t, n.start, n.end)
    at = clause.find(t[n.start:n.end])
    lost = [m for m in compiled(s.rest_done[0]).finditer(clause) if abs(m.start() - at) <= 16 and not negated(clause, m.start())]
    right = _SENTENCE_END.search(t, n.end)
    return bool(lost) and compiled(s.rest_done[1]).search(t[n.end:right.start() if right else len(t)]) is not None


def _rest_done(r: Reading, s: Slot, nums: list[Mention], taken: set[int]) -> None:
    """"96 位，有 3 位失聯，其他都完成追蹤" — a count said of those that did not get there (`rest_done[0]` right after or
    before it in its clause), with the rest said to have (`rest_done[1]` later in the sentence): the slot is the
    complement's value minus it, said so. Without the rest said to have got there, nothing is read (it is asked)."""
    t = r.q.text
    whole = r.args.get(s.complement)
    if not isinstance(whole, (int, float)):
        return
    found = []
    for n in nums:
        if n.start in taken or not units_ok(s, n.unit) or float(n.value) >= whole:  # type: ignore[arg-type]
            continue
        if _lost_then_rest(r, s, n):
            found.append(n)
    if len(found) != 1:
        return  # none, or several such counts: asked, never one picked
    n = found[0]
    value, left = as_number(float(n.value)), as_number(whole - float(n.value))  # type: ignore[arg-type]
    zh, en = field_labels(r, s.name)
    r.notes.append(Note(f"其中 {value} 未完成、其餘都完成：{zh} = {as_number(whole)} − {value} = {left}。",
                        f"{value} did not complete and the rest did: {en} = {as_number(whole)} − {value} = {left}."))
    taken.add(n.start)
    r.args[s.name] = left
    r.read.append(s.name)


def _negated_words(r: Reading, s: Slot, n: Mention) -> bool:
    """The slot's own words nearest the number in its clause are negated ("95 案沒完成追蹤", "95 not completed").

    Only the nearest: a list in one clause says each item's own ("已完成 309 例、未完成 103 例": 309 is done, 103 not;
    "309 completed and 103 not completed")."""
    t = r.q.text
    left = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1
    clause = clause_of(t, n.start, n.end)
    at, end = n.start - left, n.end - left
    words = terms(clause, "", r.pattern(s.terms))
    if not words:
        return False
    near = min(words, key=lambda w: w.start - end if w.start >= end else at - w.end if w.end <= at else 0)
    return negated(clause, near.start)


# (…or the items counted off one by one: "一個 330 一個 338", "1 組 340、另 1 組 339", "one 352, the other 349")
_ONE_MORE = r"(?:(?:另外?|還有|还有)?\s*(?:1|一)\s*(?:個|个|組|组|位|名|份|張|张)\s*(?:是|為|为|=|:)?|(?:(?:and|,)\s*)?(?:one|another|the other(?: one)?)(?:\s+(?:is|was|at|had|got|scored))?)"
_LIST_JOIN = re.compile(rf"^\s*(?:(?:[、和及與与跟/]|,\s*|,?\s*and\b|\s)\s*(?:{_ONE_MORE})?|{_ONE_MORE})\s*$", re.IGNORECASE)
# "小美510、阿華495", "Amy 512, Ben 498": a person's name before each figure of a list
_NAME = r"(?:[\u4e00-\u9fff]{1,3}|[A-Z][a-z]+)\s*[:：]?\s*"
_NAMED_JOIN = re.compile(rf"^\s*(?:[、,，;；]|,?\s*and\b)\s*{_NAME}$")
_NAMED_FIRST = re.compile(rf"(?:^|[、,，;；:：(（]|\s)\s*{_NAME}$")


def _named_run(t: str, prev: Mention, n: Mention) -> bool:
    """The figure after a name follows one after a name too, joined by a list separator: the list of people goes on."""
    return _NAMED_JOIN.match(t[prev.end:n.start]) is not None and _NAMED_FIRST.search(t[max(0, prev.start - 8):prev.start]) is not None

# "非緻密350/緻密366，阿芳 372/358": a pair of keys said once with a slash, then more pairs the same way without them
# (… or joined by a list word: "非緻密 355、緻密 362；小林 368/341", "non-dense 355 and dense 362; Ben 368 / 341")
_PAIR_KEYS = re.compile(r"^\s*(/|、|[,，]|和|跟|\band\b)\s*[^\d，,。；;、\n]{1,10}$", re.IGNORECASE)
_PAIR = re.compile(r"^\s*/\s*$")
# (a bare pair after pairs said with their keys may be joined by a word: "小陳 349和338", "Chen 349 and 338")
_BARE_PAIR = re.compile(r"^\s*(?:/|和|與|与|跟|&|\band\b)\s*$", re.IGNORECASE)
# (… or by a full stop: "Amy: non-dense 355 / dense 362. Ben: 368 / 341.", "小林 非緻密355/緻密362。阿芳 368/341")
_NEXT_ITEM = re.compile(r"^\s*(?:[、,，;；。]|\.(?=\s)|\n)\s*(?:[-*•]\s*)?[^\d，,。；;、\n/]{0,8}$")


def _pairs_go_on(r: Reading, nums: list[Mention], bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
                 taken: set[int]) -> None:
    """"小林 非緻密350/緻密366，阿芳 372/358，志明 341/340", "- A nd 366 / d 341\n- B 358 / 352": the keys of a map of lists
    said once for the first pair, and each next pair (a name, two figures joined by a slash) in the same order."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "map" and x.many):
        got = sorted(((n, key) for (name, key), xs in bound.items() if name == s.name and key not in (None, "*")
                      for n, _ in xs), key=lambda e: e[0].start)
        # (a pair joined by a list word holds the second key's word alone: "355、緻密 362", never "341，B 非緻密 368")
        words = {str(c.value): r.pattern(c.terms) for c in s.choices if c.terms}
        pairs = [(a, ka, b, kb) for (a, ka), (b, kb) in zip(got, got[1:]) if ka != kb and (m := _PAIR_KEYS.match(t[a.end:b.start]))
                 and (m.group(1) == "/" or kb in words and compiled(rf"\s*(?:{words[kb]})\s*[:：]?\s*").fullmatch(t, a.end + m.end(1), b.start))]
        if not pairs or len({(ka, kb) for _, ka, _, kb in pairs}) > 1:
            continue  # no pair said with its keys, or pairs said in different orders: no order to follow
        # (the pairs said with their keys may be several, "小王 非緻密355/緻密341，小李 非緻密368/緻密352，小陳 349和338":
        # the bare pairs go on from the last of them)
        a, ka, b, kb = pairs[-1]
        # (a bare figure the list before it took by running on — "非緻密 355、緻密 362；小王 368/341": 368 read as one more
        # dense set — is a pair's too: it is taken back from there; a figure said with a key's word of its own is not bare)
        mine = {n.start for (name, key), xs in bound.items() if name == s.name and key not in (None, "*") for n, _ in xs}
        key_words = "|".join(f"(?:{r.pattern(c.terms)})" for c in s.choices if c.terms)
        rest = [n for n in nums if n.start > b.end and (n.start not in taken or n.start in mine) and units_ok(s, n.unit)]
        last = b
        # (a number's span may end in the blank after it: the gap is read from the end of its own digits)
        # (each bare pair joined by a slash or a joining word, or by the list word the keyed pair was joined by)
        joined = _PAIR_KEYS.match(t[a.end:b.start]).group(1)  # type: ignore[union-attr]
        while len(rest) >= 2 and _NEXT_ITEM.match(t[last.start + len(last.text):rest[0].start]) \
                and (_BARE_PAIR.match(t[rest[0].end:rest[1].start])
                     or re.fullmatch(rf"\s*{re.escape(joined)}\s*", t[rest[0].end:rest[1].start]) is not None) \
                and not (key_words and compiled(key_words).search(t, last.end, rest[1].start)):
            x, y = rest[0], rest[1]
            for key in [k for k in bound if k[0] == s.name]:
                bound[key] = [g for g in bound[key] if g[0].start not in (x.start, y.start)]
                if not bound[key]:
                    del bound[key]
            bound.setdefault((s.name, ka), [])
            bound.setdefault((s.name, kb), [])
            bound[(s.name, ka)].append((x, float(x.value)))  # type: ignore[arg-type]
            bound[(s.name, kb)].append((y, float(y.value)))  # type: ignore[arg-type]
            taken.update({x.start, y.start})
            last, rest = y, rest[2:]


# "(非緻密/緻密)：340/322、333/345", "non-dense/dense: 340/322, 333/345": the keys' words joined by a slash as a heading, then
# the pairs in that order (each two figures joined by a slash, the pairs by list separators)
_HEADING_END = re.compile(r"^\s*[)）\]]?\s*[:：=]?\s*(?:分別是|分别是|分別為|分别为|依序|respectively)?\s*[:：]?\s*$", re.IGNORECASE)
_PAIR_SEP = re.compile(r"^\s*(?:[、,，;；]|\band\b)\s*(?:[^\d，,。；;、/\n]{0,8}?[:：]?\s*)?$", re.IGNORECASE)


def _headed_pairs(r: Reading, nums: list[Mention], bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
                  taken: set[int]) -> None:
    """"我們4個放射師 (非緻密/緻密)：340/322、333/345、351/329": a map of lists whose two keys head the pairs once, slashed
    in the order every pair follows — each pair's first figure is the first key's, its second the second's."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "map" and x.many):
        words = [(m, str(c.value)) for c in s.choices if c.terms for m in terms(t, str(c.value), r.pattern(c.terms))]
        words.sort(key=lambda e: e[0].start)
        for (a, ka), (b, kb) in zip(words, words[1:]):
            if ka == kb or not re.fullmatch(r"\s*/\s*", t[a.end:b.start]):
                continue
            after = [n for n in nums if n.start >= b.end and units_ok(s, n.unit)]
            if not after or not _HEADING_END.match(t[b.end:after[0].start]):
                continue
            pairs: list[tuple[Mention, Mention]] = []
            i = 0
            while i + 1 < len(after) and _PAIR.match(t[after[i].start + len(after[i].text):after[i + 1].start]) \
                    and (not pairs or _PAIR_SEP.match(t[pairs[-1][1].end:after[i].start])):
                pairs.append((after[i], after[i + 1]))
                i += 2
            if len(pairs) < 2:
                continue
            mine = {n.start for pair in pairs for n in pair}
            for key in list(bound):
                bound[key] = [g for g in bound[key] if g[0].start not in mine]
                if not bound[key]:
                    del bound[key]
            for x, y in pairs:
                bound.setdefault((s.name, ka), []).append((x, float(x.value)))  # type: ignore[arg-type]
                bound.setdefault((s.name, kb), []).append((y, float(y.value)))  # type: ignore[arg-type]
            taken.update(mine)
            return


_ROUND_BREAK = re.compile(r"[;；。\n，,、|:：]|\.(?=\s)|\band\b|\bthen\b")


def _named_rounds(r: Reading, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """"Amy non-dense 362 / dense 358; Ben non-dense 349 / dense 364", "小林 非緻密 350、緻密 366；阿芳 非緻密 372、緻密 358":
    a map of lists whose keys are said round by round (every key once a round, two rounds or more), each next round after
    a break and a name of its own (the words left between the rounds once the keys' words are taken out) — one item each,
    one call each, where the input model takes one round and not the rounds together (a facility's sets, taken together,
    stay together). Anything less (the keys said in runs: "非緻密 350、355；緻密 340、345") stays as it was."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "map" and x.many):
        entries = sorted(((n, str(key), v) for (name, key), xs in bound.items() if name == s.name and key not in (None, "*")
                          for n, v in xs), key=lambda e: e[0].start)
        keys = list(dict.fromkeys(k for _, k, _ in entries))
        d = len(keys)
        if d < 2 or len(entries) % d or len(entries) // d < 2:
            continue
        rounds = [entries[i:i + d] for i in range(0, len(entries), d)]
        if any({k for _, k, _ in rnd} != set(keys) for rnd in rounds):
            continue
        words = [r.pattern(c.terms) for c in s.choices if c.terms]
        named = True
        for a, b in zip(rounds, rounds[1:]):
            gap = t[a[-1][0].end:b[0][0].start]
            left = gap
            for w in words:
                left = compiled(w).sub(" ", left)
            left = re.sub(r"\b(?:sets?|scores?|was|were|is|got|had|for|the|her|his|and|then|組|型|分)\b", " ", left, flags=re.I)
            if not (_ROUND_BREAK.search(gap) and re.search(r"[A-Za-z\u4e00-\u9fff]{2,}|[甲乙丙丁戊]|[A-Z]\b", left)):
                named = False
                break
        if not named:
            continue
        together = {k: [as_number(v) for _, kk, v in entries if kk == k] for k in keys}
        one = [{k: as_number(v) for _, k, v in rnd} for rnd in rounds]
        if not rejected(r, {**r.args, s.name: together}, s.name) or any(rejected(r, {**r.args, s.name: x}, s.name) for x in one):
            continue
        for k in keys:
            bound[(s.name, k)] = [next((n, v) for n, kk, v in rounds[0] if kk == k)]
        for i, x in enumerate(one[1:]):
            while len(r.extra) <= i:
                r.extra.append({})
            r.extra[i][s.name] = x
        r.item_spans = [(rnd[0][0].start, rnd[-1][0].end) for rnd in rounds]
        r.notes.append(Note(f"共 {len(rounds)} 位，各自計算。", f"{len(rounds)} people, each worked out on their own."))


def _map_or_list(r: Reading, s: Slot, nums: list[Mention]) -> None:
    """A map read by key, or all the numbers as a list: whichever shape the input model accepts."""
    shapes: list[tuple[Any, bool]] = []
    if s.name in r.args:
        by_key = r.args.pop(s.name)
        if all(isinstance(v, list) and len(v) == 1 for v in by_key.values()):
            shapes.append(({k: v[0] for k, v in by_key.items()}, False))  # the simplest shape first
        shapes.append((by_key, False))
    if nums:
        shapes.append(([as_number(float(n.value)) for n in nums], True))  # type: ignore[arg-type]
    r.read = [x for x in r.read if x != s.name]
    for value, is_list in shapes:
        if not any(f == s.name and kind != "missing" for f, _, kind, _ in model_problems(r, {**r.args, s.name: value})):
            r.args[s.name] = value
            r.read.append(s.name)
            if is_list and s.list_note and r.any(s.list_note_when):
                r.notes.append(Note(*s.list_note))
            return
    # "both 360 exactly", "兩組都 360", "each set 352": one figure said of every set at once — each set's, said so
    both_when = s.both_when if s.both_when is not None else (s.short_ask[0] if s.short_ask else None)
    if len(nums) == 1 and both_when is not None and r.any(both_when) and _said_of_both(r.q.text, nums[0]):
        value = as_number(float(nums[0].value))  # type: ignore[arg-type]
        if not any(f == s.name and kind != "missing" for f, _, kind, _ in model_problems(r, {**r.args, s.name: [value] * 2})):
            r.args[s.name] = [value] * 2
            r.read.append(s.name)
            said = clause_of(r.q.text, nums[0].start, nums[0].end).strip()
            r.notes.append(Note(f"「{said}」讀為兩組都是 {value} 分。", f"“{said}” is read as both sets scoring {value:g}."))
            return
    # "自選片其中一組拿 355 分": one figure where the shape the model takes holds one more (`short_ask`) — that one is asked,
    # the figure given kept in the question (a fact of the person's own case, never a guess of the other)
    if len(nums) == 1 and s.short_ask and r.any(s.short_ask[0]) and not any(
            f == s.name and kind != "missing" for f, _, kind, _ in model_problems(r, {**r.args, s.name: [as_number(float(nums[0].value))] * 2})):
        given = f"{as_number(float(nums[0].value))}"  # type: ignore[arg-type]
        r.mismatch.append(Need(s.name, s.short_ask[1][0].format(values=given), s.short_ask[1][1].format(values=given)))
        r.item_facts[s.name] = 1

# "both 360", "兩組都 360", "each 352", "都是 341": one figure said of every set at once (within its clause, before it or right
# after it: "360 both", "360 each")
_BOTH_BEFORE = re.compile(r"(?:\bboth\b|\beach\b|\ball\b|兩組都|两组都|兩組各|两组各|都是|都|各|皆|均)[^\d，,。；;？?！!]{0,20}$", re.IGNORECASE)
_BOTH_AFTER = re.compile(r"\s*(?:分|points?|pts)?\s*(?:\bboth\b|\beach\b|apiece|都|各)", re.IGNORECASE)


def _said_of_both(text: str, n: Mention) -> bool:
    """Is the one figure said of every set at once ("both 360 exactly", "兩組都 360")?"""
    left = max(text.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1
    return _BOTH_BEFORE.search(text[left:n.start]) is not None or _BOTH_AFTER.match(text, n.end) is not None


def _keys_named(r: Reading, s: Slot, n: Mention) -> set[str]:
    """The keys of the `same_key` map that the number's clause names ("膽道支架的題目我講過 3 次" → stenting)."""
    assert s.same_key is not None
    map_slot = r.vocab_slot(s.same_key[0])
    t = r.q.text
    # (an English sentence ends at a full stop before a space, a question or exclamation mark, or a dash between spaces:
    # "I lectured on TACE at 3 IR meetings. ablation instructor?" names TACE alone)
    start = max([t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!"] + [m.end() - 1 for m in _CLAUSE_END.finditer(t, 0, n.start)]) + 1
    end = _CLAUSE_END.search(t, n.end)
    ends = [i for i in (t.find(ch, n.end) for ch in "，,。；;？?！!") if i != -1] + ([end.start()] if end else [])
    stop = min(ends) if ends else len(t)
    # (… and the clause right after it where it says what they were on: "3 篇 SCI，內容都是 UAE 跟 PAE", "…, all on TACE")
    if (topic := _TOPIC_AFTER.match(t, stop)) is not None:
        after = [i for i in (t.find(ch, topic.end()) for ch in "，,。；;？?！!") if i != -1] + \
            ([e.start()] if (e := _CLAUSE_END.search(t, topic.end())) is not None else [])
        stop = min(after) if after else len(t)
    clause = t[start:stop]
    return {str(c.value) for c in map_slot.choices if compiled(r.pattern(c.terms)).search(clause)}


_TOPIC_AFTER = re.compile(r"[，,。.;；]\s*(?:而且|都|全都)?\s*(?:內容|内容|主題|主题|題目|题目|topics?\b|(?:they\s+are|all|both)\s+(?:on|about)\b)",
                          re.IGNORECASE)


_CLAUSE_END = re.compile(r"\.(?=\s)|\s[-—–]\s")


def _other_key(r: Reading, s: Slot, n: Mention) -> bool:
    """The number's clause names keys of a map, and not the one the question asks about."""
    assert s.same_key is not None
    enum_slot = r.vocab_slot(s.same_key[1])
    if enum_slot.name not in r.read:
        return False
    named = _keys_named(r, s, n)
    return bool(named) and r.args.get(enum_slot.name) not in named


# The things a same_key slot counts said to be none in the key asked, pointed at as "this / that one" ("my papers are both
# on stenting, none in that area", "論文都是支架的，這個領域沒有", "这块没有论文", "the talks weren't for this one"): the
# figure said of them (in another part's facts, or a preamble every part shares) is no input of this one — set aside,
# never inherited. The slot negated is the one whose words stand nearest the negation in its sentence.
_HERE = r"(?:that|this|the\s+(?:second|latter))\s+(?:area|domain|field|one|category|topic|subspecialty|specialty)"
_NONE_HERE = re.compile(
    rf"\b(?:none|nothing|zero|no\s+(?:\w+\s+){{0,2}}?(?:papers?|articles?|publications?|talks?|lectures?))\s+(?:of\s+them\s+)?"
    rf"(?:in|on|for|from|about|within)\s+{_HERE}\b|"
    rf"\b(?:are|were|is|was)(?:n't|\s+not)\s+(?:in|on|for|about)\s+{_HERE}\b|\bnot\s+for\s+{_HERE}\b|"
    r"(?:這|这|那)(?:個|个|一)?(?:領域|领域|塊|块|方面|項|项|類|类|部分)(?:的)?\s*(?:論文|论文|文章|SCI|演講|演讲|講師|讲师)?\s*"
    r"(?:都|則|则|就|並|并|完全|一篇都|一次都)?\s*(?:沒有|没有|沒|没|無|无)(?:寫|写|發|发|講|讲)?(?:過|过)?\s*"
    r"(?:論文|论文|文章|SCI|發表|发表|演講|演讲|講過|讲过)?(?=\s*(?:[，,。；;？?！!、]|也|跟|和|$))|"
    r"不是(?:這|这|那)(?:個|个|一)?(?:領域|领域|塊|块|方面|項|项|類|类)",
    re.IGNORECASE)
_SENTENCE_MARK = re.compile(r"[。？?！!；;\n]|\.(?=\s)|[(（]\s*\d\s*[)）]")


def _said_none_here(r: Reading, s: Slot) -> bool:
    """Are the things `s` counts said to be none in the key asked (`_NONE_HERE`), `s` the same_key slot named nearest it?"""
    t = r.q.text
    slots = [x for x in r.vocab.slots if x.same_key]
    for m in _NONE_HERE.finditer(t):
        start = max([0] + [e.end() for e in _SENTENCE_MARK.finditer(t, 0, m.start())])
        stop = next((e.start() for e in _SENTENCE_MARK.finditer(t, m.end())), len(t))
        nearest: tuple[int, Slot] | None = None
        for x in slots:
            # (its own words, the words of its kind, and the words naming its things whatever their count: "論文", "papers")
            for words in (x.terms, x.unread, x.rest_below[0] if x.rest_below else ""):
                for w in compiled(r.pattern(words)).finditer(t, start, stop) if words else ():
                    gap = m.start() - w.end() if w.end() <= m.start() else w.start() - m.end() if w.start() >= m.start() else 0
                    if nearest is None or gap < nearest[0]:
                        nearest = (gap, x)
        if nearest is not None and nearest[1] is s:
            return True
    return False


def _other_keys_aside(r: Reading, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """"消融指導老師：RFA 120 例，另外 TACE 兩百多例": a map split into one call per key, the key asked about named — the
    figures said of its other keys are no input of the call asked (another domain's cases): set aside, said so, never
    asked back (a rough one among them included)."""
    for s in (x for x in r.vocab.slots if x.kind == "map" and x.split and x.split in r.read):
        asked = str(r.args.get(s.split))
        labels = choice_labels(r, s.split)
        for key in [k for k in bound if k[0] == s.name and k[1] not in (None, "?", "*", asked)]:
            got = bound.pop(key)
            other, mine = labels.get(str(key[1]), (key[1], key[1])), labels.get(asked, (asked, asked))
            for n, _ in got:
                r.set_aside.append((n.start, n.end, "other_key"))
                said = figure_words(r.q.text, n, n.end, reach=16)
                r.notes.append(Note(f"「{said}」是「{other[0]}」的數字，不是所問的「{mine[0]}」，不計入。",
                                    f"“{said}” is a figure of {other[1]}, not of {mine[1]} asked about; it is not counted."))

def _place_unread(r: Reading, nums: list[Mention], taken: set[int],
                  bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """Counts of a slot's kind that no word placed: a reply naming a slot's words places them; else they are asked about."""
    t, q = r.q.text, r.q
    for n in nums:
        if n.start in taken or _counts_people(r, n):
            continue  # "上個月我們三位放射師的量：…": a head count is no count of screenings
        kind = next((s for s in r.vocab.slots if s.kind == "number" and s.unread and units_ok(s, n.unit)
                     and compiled(rf"^\S*?\s*(?:{s.unread})").match(t[n.start:]) and float(n.value) != 1), None)
        if kind is None and r.vocab.repeat and not q.followup_start and float(n.value) > 1:
            # "On Oct 12 the van did 126": a bare figure in a sentence naming one period only is that period's count
            said = [s for s in r.vocab.slots if s.kind == "number" and s.unread and (s.name, None) not in bound
                    and (not s.when or r.any(s.when)) and units_ok(s, n.unit)
                    and compiled(r.pattern(s.terms)).search(_sentence(t, n.start, n.end))]
            if len(said) == 1:
                bound[(said[0].name, None)] = [(n, float(n.value))]  # type: ignore[arg-type]
                taken.add(n.start)
                last = n
                for m in (m for m in nums if m.start > n.start and m.start not in taken):  # "小美 510、阿華 495": the list goes on
                    if not units_ok(said[0], m.unit) or not (_LIST_JOIN.match(t[last.end:m.start]) or _named_run(t, last, m)):
                        break
                    bound[(said[0].name, None)].append((m, float(m.value)))  # type: ignore[arg-type]
                    taken.add(m.start)
                    last = m
            continue
        if kind is None:
            continue
        reply = t[q.followup_start:] if q.followup_start and n.start < q.followup_start else ""
        placed = next((s for s in r.vocab.slots if s.kind == "number" and s.unread and reply and (s.name, None) not in bound
                       and (not s.when or r.any(s.when)) and compiled(r.pattern(s.terms)).search(reply)), None)
        if placed is None and not reply:
            # "the van had 3 radiographers today and screened 130 women": the sentence names one period only
            named = [s for s in r.vocab.slots if s.kind == "number" and s.unread and (s.name, None) not in bound
                     and (not s.when or r.any(s.when)) and units_ok(s, n.unit)]
            said = [s for s in named if _sentence_names(r, s, n)]
            placed = said[0] if len(said) == 1 and len(named) >= 1 else None
            if placed is None and not said:
                # "van has 2 rads and the township signed up 85 women. over the per-day limit?": the sentence names no
                # period, the question asks one period's cap and names no other — that period's count
                asked = [s for s in named if s.unread_when and r.any(s.unread_when)]
                placed = asked[0] if len(asked) == 1 else None
        if placed is not None:
            bound[(placed.name, None)] = [(n, float(n.value))]  # type: ignore[arg-type]
            taken.add(n.start)
        else:
            r.unread.append((n, kind))

_SENTENCE_END = re.compile(r"[。；;？?！!\n]|\.(?=\s|$)")


def _sentence_names(r: Reading, s: Slot, n: Mention) -> bool:
    """The sentence of a figure names the slot's words outside a bracket splitting that figure into parts ("2 SCI papers
    (first author on one, third author on the other)": the first author is one part's, not the figure's)."""
    t = r.q.text
    left = max((m.end() for m in _SENTENCE_END.finditer(t, 0, n.start)), default=0)
    return any(not (m.start() >= n.end and _split_in_bracket(t, n.end, left + m.start()))
               for m in compiled(r.pattern(s.terms)).finditer(_sentence(t, n.start, n.end)))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span (commas do not end it)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return text[left:right.start() if right else len(text)]

def _fill_map(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
              nums: list[Mention] | None = None, taken: set[int] | None = None) -> None:
    if s.sum:
        _sum_map(r, s, bound, nums or [], taken if taken is not None else set())
        return
    _preferred(r, s, bound)
    _void_keys(r, s, bound)
    found: dict[str, Any] = {str(c.value): ([as_number(v) for _, v in got] if s.many else as_number(got[0][1] if s.pick == "first" else got[-1][1]))
                             for c in s.choices if (got := bound.get((s.name, str(c.value))))}
    rest = bound.get((s.name, "*"))
    summary = bool(rest) and bound_of(r.q.text, rest[0][0].start, rest[0][0].end) is not None
    if rest and not found and not summary and _said_of_all(r, s, rest[0][0]):
        _fill_all(r, s, found, rest[0])
    elif rest and found and _rest_in_top_band(r, s, rest[0][0], found):
        pass  # "其他項目都 A（90、88、91、87）": the other items placed in the table's order, or left out — said so
    elif rest and summary:
        # "其他都85以上(87、80、91)": the bracketed scores do not all clear the top band, so which item has which may change
        # the result — each of the other items asked, never the bound read as their score
        r.absent += [(s.name, str(c.value)) for c in s.choices if str(c.value) not in found and (not c.when or r.any(c.when))]
    elif rest and found:
        value = as_number(rest[0][1])
        others = [c for c in s.choices if str(c.value) not in found and (not c.when or r.any(c.when))
                  and (s.name, str(c.value)) not in r.bounded]
        if not others:
            # "the rest all 90+ (dose 93, compression 94, …)": every other item's own figure is given — the summary of
            # them is no figure of its own, set aside and said so
            n = rest[0][0]
            said = clause_of(r.q.text, n.start, n.end).strip()
            after = [v for c in s.choices for m, v in bound.get((s.name, str(c.value)), []) if m.start > n.start]
            if re.match(r"\s*(?:分|points?)?\s*(?:\+|以上|or (?:more|above|higher)|and up)", r.q.text[n.end:], re.IGNORECASE) \
                    and any(v < float(n.value) for v in after):  # type: ignore[arg-type]
                r.mismatch.append(Need(s.name, f"「{said}」和後面逐項寫的分數對不起來；請逐項確認每一項的分數。",
                                       f"“{said}” does not match the item scores given after it; please confirm each item's score."))
            r.set_aside.append((n.start, n.end))
            r.notes.append(Note(f"「{said}」是對其他各項的概括；各項分數已逐項寫出，以逐項分數計算。",
                                f"“{said}” sums up the other items; each one's own score is given, and those are used."))
        found.update({str(c.value): value for c in others})
        names = choice_labels(r, s.name)
        if others:
            r.notes.append(Note(f"「其他項目」視為{'、'.join(names.get(str(c.value), (str(c.value),) * 2)[0] for c in others)}，各 {value} 分。",
                                f"'Everything else' is read as {', '.join(names.get(str(c.value), (str(c.value),) * 2)[1] for c in others)}, {value} each."))
    if found and (not s.many or len(found) == len(s.choices)):
        r.args[s.name] = found
        r.read.append(s.name)

_BRACKETED_RUN = re.compile(r"\s*[（(]\s*\d+(?:\.\d+)?(?:\s*[、,，/]\s*\d+(?:\.\d+)?)+\s*[)）]")


# the bound's own words after its figure ("85以上", "85 分以上", "85+", "85 or above") before a bracketed run of scores
_SUMMARY_TAIL = re.compile(r"\s*(?:分|points?)?\s*(?:以上|\+|or\s+(?:more|above|higher|better)|and\s+(?:up|above))?", re.IGNORECASE)


def rest_run_after(t: str, n: Mention) -> re.Match[str] | None:
    """The bracketed run of figures right after a figure summing up the other items ("其他都85以上(87、91、86)", "the rest
    all above 85 (87, 91, 86)"), or None."""
    return _BRACKETED_RUN.match(t, _SUMMARY_TAIL.match(t, n.end).end())


def _rest_in_top_band(r: Reading, s: Slot, n: Mention, found: dict[str, Any]) -> bool:
    """"其他項目都 A（90、88、91、87）", "the rest all A (90, 88, 91)": the other items' scores said in brackets with no item
    named, every one in the top band (at or above each of the map's `breaks`) — which item has which score cannot change
    the result. As many figures as other items: placed in the order the items are listed (the rule's table), said so;
    any other number of figures: set aside, the other items left out, said so. False (nothing done) for any other rest."""
    t = r.q.text
    opening = max(t.rfind("（", 0, n.start + 1), t.rfind("(", 0, n.start + 1))
    run = _BRACKETED_RUN.match(t, opening) if opening >= 0 and not t[opening + 1:n.start].strip() else rest_run_after(t, n)
    if not s.breaks or run is None:
        return False
    inside = [m for m in numbers(r.q) if run.start() <= m.start < run.end()]
    if len(inside) < 2 or any(float(m.value) < max(s.breaks) for m in inside):  # type: ignore[arg-type]
        return False
    r.used.update(m.start for m in inside)
    said = t[max((x.end() for x in re.finditer(r"[，,；;。\n？?！!]", t[:opening])), default=0):run.end()].strip()
    others = [c for c in s.choices if str(c.value) not in found and (not c.when or r.any(c.when))
              and (s.name, str(c.value)) not in r.bounded]
    if len(others) == len(inside):
        found.update({str(c.value): as_number(float(m.value)) for c, m in zip(others, inside)})  # type: ignore[arg-type]
        names = choice_labels(r, s.name)
        zh = "、".join(names.get(str(c.value), (str(c.value),) * 2)[0] for c in others)
        en = ", ".join(names.get(str(c.value), (str(c.value),) * 2)[1] for c in others)
        r.notes.append(Note(f"「{said}」：括號裡的分數依評等表的項目順序視為{zh}；都在最高等級，哪一項是哪個分數都不影響結果。",
                            f"“{said}”: the scores in brackets are taken in the order of the rule's table as {en}; all are "
                            "in the top grade, so which item has which cannot change the result."))
        return True
    r.set_aside += [(m.start, m.end) for m in inside]
    r.notes.append(Note(f"「{said}」：其他項目的分數都在最高等級，哪一項是哪個分數都不影響結果，未列入計算。",
                        f"“{said}”: the other items' scores are all in the top grade; which item has which cannot change the "
                        "result, so they are left out of the figures."))
    return True


def _void_keys(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """A key whose choice does not apply where its `void_when` holds ("我們是 DR 機 … 曝露指標 65": the CR-only item): its
    figures are set aside with the choice's note, never bound — no grade of an item the unit is not tested on."""
    for c in s.choices:
        got = bound.get((s.name, str(c.value)))
        if got and c.void_when and r.any(c.void_when):
            del bound[(s.name, str(c.value))]
            r.set_aside += [(n.start, n.end) for n, _ in got]
            r.voided += len(got)  # (still facts of the person's case: the question stays this tool's)
            if c.void_note:
                r.notes.append(Note(*c.void_note))


def _preferred(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]]) -> None:
    """A key said twice, one number named by the slot's `prefer` words where their condition holds ("自己的閱片站 74 分，
    影像送合作醫院判讀，合作醫院閱片工作站 88 分"): that one is the key's by the rule; the others set aside, said so.
    Two such numbers, or none: nothing is chosen here (the reading asks as before)."""
    t = r.q.text
    said = numbers(r.q)

    def before(n: Mention) -> str:  # the words since the number before it ("…, whose workstation scored 89")
        return t[max([m.end for m in said if m.end <= n.start] + [0, n.start - 60]):n.start]

    for key, words, when, note in s.prefer:
        got = bound.get((s.name, key)) or []
        if len(got) < 2 or (when and not r.any(when)):
            continue
        named = [(n, v) for n, v in got if compiled(words).search(before(n))]
        if len(named) != 1:
            continue
        others = [n for n, _ in got if n is not named[0][0]]
        bound[(s.name, key)] = named
        r.set_aside += [(n.start, n.end) for n in others]
        used, other = as_number(named[0][1]), "、".join(f"{as_number(float(n.value))}" for n in others)  # type: ignore[arg-type]
        r.notes.append(Note(note[0].format(used=used, other=other), note[1].format(used=used, other=other.replace("、", ", "))))


def _said_of_all(r: Reading, s: Slot, n: Mention) -> bool:
    """Is the map's shared number said of every key ("六項全是 85", "all six items at 85") — its `all_keys` words before
    it in its clause — rather than of the keys not named ("其他都 90")?"""
    if not s.all_keys:
        return False
    t = r.q.text
    left = n.start - len(clause_of(t, n.start, n.end).split(t[n.start:n.end])[0])
    return any(m.end() <= n.start and joins(t, m.end(), n.start, s.gap) is not None
               for m in compiled(rf"(?:{s.all_keys})").finditer(t, left))


def _fill_all(r: Reading, s: Slot, found: dict[str, Any], said: tuple[Mention, float]) -> None:
    """One number said of every key: each key whose `when` holds gets it, said so in a note."""
    n, v = said
    value = as_number(v)
    keys = [c for c in s.choices if (not c.when or r.any(c.when)) and (s.name, str(c.value)) not in r.bounded]
    found.update({str(c.value): value for c in keys})
    names = choice_labels(r, s.name)
    phrase = clause_of(r.q.text, n.start, n.end).strip()
    r.notes.append(Note(f"「{phrase}」視為每一項（{'、'.join(names.get(str(c.value), (str(c.value),) * 2)[0] for c in keys)}）各 {value} 分。",
                        f"“{phrase}” is read as every item ({', '.join(names.get(str(c.value), (str(c.value),) * 2)[1] for c in keys)}) "
                        f"at {value} each."))


# "130 in 6 years (biliary 100, ureteral 30)", "共 200 例（RFA 150、MWA 50）": a figure, then in brackets right after it (its
# period or unit between) the parts it is made of
_BRACKET_AFTER = re.compile(r"(?:[^，,。；;？?！!\d(（]|\d+\s*(?:years?|yrs?|年|個月|months?)){0,24}?[（(]([^）)]*)[）)]", re.IGNORECASE)


def _broken_down(t: str, counted: list[tuple[Mention, str]]) -> list[tuple[str, float]]:
    """(key, value) of each figure counted that only breaks down a figure counted before it: two figures or more in the
    brackets right after that figure, adding up to it exactly — the same cases said again by technique, never added twice."""
    out: list[tuple[str, float]] = []
    for n, _ in counted:
        b = _BRACKET_AFTER.match(t, n.end)
        if b is None:
            continue
        inside = [(m, k) for m, k in counted if b.start(1) <= m.start < b.end(1)]
        if len(inside) >= 2 and abs(sum(float(m.value) for m, _ in inside) - float(n.value)) < 1e-9:  # type: ignore[arg-type]
            out += [(k, float(m.value)) for m, k in inside]  # type: ignore[arg-type]
    return out


# the filler between a count's word said before it and the figure ("案例大概 40", "個案數約 120", "cases: about 90", "case
# count ~40", "procedures roughly 75"), a qualifier that only weighs it too ("個案才 100", "個案數只有 250", "cases only 90",
# "case count is just 120": the figure as said, nothing taken off)
# (… or hedged, "case count is maybe 60", "個案可能 60", "cases probably ~90": the figure as said, rough)
_ORPHAN_FILL = (r"(?:數|数|量|總數|總共|共|有|大概|大約|約|差不多|將近|快|也才|也只有|才|只有|只|僅有|僅|仅有|仅|就|可能|應該|应该|"
                r"count|total|number|so far|about|around|roughly|approx\.?|maybe|perhaps|probably|"
                r"approximately|nearly|almost|only|just|merely|barely|~|～|:|：|=|is|are|were)")


def _orphan_before(t: str, start: int, orphan: str) -> bool:
    """A map's count word said right before a figure, only filler between ("案例大概 40", "cases: ~90"): the figure is a
    count of the map even with no key near it (as "40 例" after it is)."""
    return bool(compiled(rf"(?:{orphan})\s*(?:{_ORPHAN_FILL}\s*)*$").search(t[max(0, start - 24):start]))


def _exact_in_sum(r: Reading, n: Mention, v: float) -> float:
    """The figure a summed map adds for `n`: the exact one in brackets after an approximate one ("dialysis PTA about 80
    cases (exactly 84), leg PTA 20": 84 is added), noted in `r.exact_summed`; else `v`."""
    if n.start not in r.exact_of:
        return v
    r.exact_summed.add(n.start)
    return r.exact_of[n.start]


def _sum_map(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
             nums: list[Mention], taken: set[int]) -> None:
    """Counts by key, added up ("RFA 130、MWA 55": ablation 185); a stated total (共 300 例) is the key's total."""
    t = r.q.text
    found: dict[str, float] = {}
    last: list[tuple[Mention, str]] = []
    outside: list[tuple[Mention, str]] = []
    rests: dict[int, tuple[float, str | None]] = {}
    parts = _parts_of_counted(r, s, bound, [n for n in nums if n.start not in taken and units_ok(s, n.unit) and _a_count(t, s, n)],
                              outside, rests)
    for c in s.choices:
        got = sorted(((n, _exact_in_sum(r, n, v)) for n, v in bound.get((s.name, str(c.value)), []) if n.start not in parts),
                     key=lambda x: x[0].start)
        for i, (n, v) in enumerate(got):
            # ("RFA 130、MWA 60，消融共 190 例": the key's own total said after its counts — never one more count of it)
            said_total = total_before(t, n.start) or _TOTAL_AFTER.match(t[n.end:]) is not None  # ("… 190 in total")
            listed = [(m, w) for m, w in got[:i] if not _SENTENCE_END.search(t, m.end, n.start)] if said_total else []
            if listed and _key_total(r, s, n, listed):
                found[str(c.value)] = found.get(str(c.value), 0) - sum(w for _, w in listed) + v
            elif not listed or not _total_disagrees(r, s, n, [m for m, _ in listed]):
                found[str(c.value)] = found.get(str(c.value), 0) + v
            last.append((n, str(c.value)))
    totals: dict[str, float] = {}
    orphans: list[tuple[Mention, str]] = []
    for n in nums:
        if n.start in taken or not units_ok(s, n.unit) or after_subset(t, n.start):
            continue  # "150 例，其中 30 例是當助手": a part of a count already said is never added to it
        if not _a_count(t, s, n):
            continue
        if n.start in rests:
            # ("栓塞共 150 例，其中出血栓塞 80、PAE 30，其餘是 TACE"): a whole no key took, its parts counted under their keys —
            # what is left of it is the rest's key's, or, the rest unnamed, a count of no key (as the whole was)
            rest, rest_key = rests[n.start]
            if rest:
                found[rest_key or "?"] = found.get(rest_key or "?", 0) + rest
                (last if rest_key else orphans).append((n, rest_key or "?"))
            taken.add(n.start)
            continue
        before = [k for m, k in last if m.end <= n.start and n.start - m.start <= 30]
        if total_before(t, n.start) and before:
            if not _total_disagrees(r, s, n, [m for m, k in last if k == before[-1]]):
                totals[before[-1]] = float(n.value)  # type: ignore[arg-type]
        else:
            found["?"] = found.get("?", 0) + float(n.value)  # type: ignore[arg-type]
            orphans.append((n, "?"))
        taken.add(n.start)
    found.update(totals)
    for n, key in _between_same_key(r, s, nums, taken, last):
        found[key] = found.get(key, 0) + float(n.value)  # type: ignore[arg-type]
        last.append((n, key))
        taken.add(n.start)
    for (key, v) in _broken_down(t, last + orphans):
        found[key] = found.get(key, 0) - v  # the parts in brackets of a figure already counted: no cases of their own
        if not found[key]:
            found.pop(key)
    _take_off_outside(r, s, nums, taken, last, found, {n.start for n, _ in outside})
    if found:
        r.args[s.name] = {k: as_number(v) for k, v in found.items()}
        r.read.append(s.name)


def _key_total(r: Reading, s: Slot, total: Mention, listed: list[tuple[Mention, float]]) -> bool:
    """A key's total said after its counts, in their sentence, that stands for them: the counts add up to it, or the one count
    listed is a part of it ("RFA 130，消融共 190 例": the other 60 unnamed) — that one set aside as a part, said so. False
    where two counts or more do not add up to it (`_total_disagrees`: the counts are used)."""
    whole = sum(w for _, w in listed)
    if abs(whole - float(total.value)) < 1e-9:  # type: ignore[arg-type]
        return True
    if len(listed) > 1 or whole > float(total.value):  # type: ignore[arg-type]
        return False
    part = listed[0][0]
    r.set_aside.append((part.start, part.end, "part_of_total"))
    r.notes.append(Note(f"「{part.text}」是後面合計 {float(total.value):g} 例的一部分，不另計。",  # type: ignore[arg-type]
                        f"“{part.text}” is part of the total of {float(total.value):g} said after it; not counted again."))  # type: ignore[arg-type]
    return True


def _total_disagrees(r: Reading, s: Slot, total: Mention, items: list[Mention]) -> bool:
    """"定位 80、切片 140、引流 50、疼痛控制 20，共 300 例": a total said right after two counts of the key or more, in their
    sentence, that they do not add up to is the person's own sum, a check — the counts are used, the total set aside and
    said so (never the total picked over the counts it was worked out from)."""
    t = r.q.text
    listed = [m for m in items if m.end <= total.start and not _SENTENCE_END.search(t, m.end, total.start)]
    whole = sum(float(m.value) for m in listed)  # type: ignore[arg-type]
    if len(listed) < 2 or abs(whole - float(total.value)) < 1e-9:  # type: ignore[arg-type]
        return False
    r.set_aside.append((total.start, total.end, "total_mismatch"))
    shown = "、".join(f"{float(m.value):g}" for m in listed)  # type: ignore[arg-type]
    r.notes.append(Note(f"列出的 {shown} 加起來是 {whole:g}，與所寫的合計 {float(total.value):g} 不符；以各項相加的 {whole:g} 計算"  # type: ignore[arg-type]
                        "（若另有未列出的個案，請補上）。",
                        f"The counts listed ({', '.join(f'{float(m.value):g}' for m in listed)}) add up to {whole:g}, not the "  # type: ignore[arg-type]
                        f"{float(total.value):g} stated; the {whole:g} they add up to is used (if there are cases not listed, "  # type: ignore[arg-type]
                        "please add them)."))
    return True


# a subset said of the figure before it: 其中 / 包括 / of which …, or its part in brackets ("190 例（含 MWA 60 例）")
_SUBSET_LEAD = re.compile(rf"(?:{QUALIFIERS['subset']})|[（(]\s*(?:含|包含|包括|incl\w*)", re.IGNORECASE)
# a bracket closed before the figure ("90 drainages (incl PCN/PTCD) and 40 pain blocks"): its words are of the figure
# before it, never a subset lead of the figures after it
_CLOSED_BRACKET = re.compile(r"[（(][^()（）]*[)）]")


def _subset_lead_between(t: str, lo: int, hi: int) -> bool:
    """A subset word (`_SUBSET_LEAD`) between `lo` and `hi`, outside any bracket that closes before `hi`."""
    span = _CLOSED_BRACKET.sub(lambda m: " " * len(m.group(0)), t[lo:hi])
    return _SUBSET_LEAD.search(span) is not None


# a clause that opens with what the figure before it includes ("血管介入 90 例，包括洗腎通路 40 例", "…, including 40 AV-access")
_INCLUDING = re.compile(r"\s*(?:含|包含|包括|including\b|incl\.?)", re.IGNORECASE)


def _a_count(t: str, s: Slot, n: Mention) -> bool:
    """A figure no key's words took that still counts for the map: said in cases ("120 例"), or with the map's count
    word right after it ("250 embolization cases") or right before it ("案例大概 40")."""
    return bool(n.unit == "例" or (s.orphan and (compiled(rf"^\s*(?:[a-z&/-]+\s+){{0,4}}(?:{s.orphan})").match(t[n.end:n.end + 32])
                                                 or _orphan_before(t, n.start, s.orphan))))


# the rest of a whole said to be of one kind ("其餘是 TACE", "剩下的都是 RFA", "the rest were TACE", "the others TACE")
_REST_IS = re.compile(r"[，,；;]\s*(?:而|and\s+)?(?:其餘|其余|剩下|剩餘|剩余|其他|the\s+rest|the\s+remaining|the\s+others?|rest)(?:的|\s+of\s+them)?\s*"
                      r"(?:都|全|全部)?\s*(?:是|為|为|屬於|属于|were|are|was|being|:)?\s*", re.IGNORECASE)


def _clause_end(t: str, at: int) -> int:
    """Where the clause running at `at` ends: its comma or stop, or the end of the text."""
    m = re.compile(r"[，,；;。？?！!\n]").search(t, at)
    return m.start() if m else len(t)


def _rest_named(r: Reading, s: Slot, at: int) -> str | None:
    """The key whose words name the rest of a whole right after its last part ("，其餘是 TACE"), or None."""
    m = _REST_IS.match(r.q.text, at)
    if m is None:
        return None
    return next((str(c.value) for c in s.choices if compiled(r.pattern(c.terms)).match(r.q.text, m.end())), None)


def _parts_of_counted(r: Reading, s: Slot, bound: dict[tuple[str, str | None], list[tuple[Mention, float]]],
                      unkeyed: list[Mention], outside: list[tuple[Mention, str]],
                      rests: dict[int, tuple[float, str | None]] | None = None) -> set[int]:
    """Starts of the figures bound to a key that are a part of a figure of the same key said before them ("TACE 200 例，
    其中 50 例是 TARE", "消融 190 例（含 MWA 60 例）", "250 tumour embolizations, of which 80 TARE"): after a subset word in
    their own clause, with that key's figure earlier in the sentence — never added to it. Each is set aside and said in a
    note; parts as large as the whole together cannot be its parts: the slot is asked (`unsure`), never picked. A count
    no key took (`unkeyed`: "栓塞止血 120 例，其中 PAE 40 例") is a whole of any key's part. A part said to fall outside
    the rule's period (`Slot.outside`) is put in `outside`, for `_take_off_outside` to take off its key."""
    t = r.q.text
    keyed = sorted(((n, v, str(c.value)) for c in s.choices for n, v in bound.get((s.name, str(c.value)), [])),
                   key=lambda e: e[0].start)
    seen = {n.start for n, _, _ in keyed}
    wholes: list[tuple[Mention, str]] = [(n, "*") for n in unkeyed if n.start not in seen and not after_subset(t, n.start)]
    taken: dict[int, float] = {}  # a whole's start → its parts so far
    out: set[int] = set()
    out_parts: dict[int, set[int]] = {}  # a whole's start → its parts' starts
    notes_of: dict[int, list[Note]] = {}  # a whole's start → the notes said of its parts
    for n, v, key in keyed:
        whole = [m for m, k in sorted(wholes, key=lambda e: e[0].start) if k in (key, "*") and m.end <= n.start and _sentence(t, m.start, m.end) == _sentence(t, n.start, n.end)]
        left = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1
        if not whole or not (_subset_lead_between(t, max(left, whole[-1].end), n.start)
                             or (left > whole[-1].end and _INCLUDING.match(t, left))):
            wholes.append((n, key))
            continue
        w = whole[-1]
        out.add(n.start)
        if s.outside is not None and compiled(s.outside[0]).search(t, n.end, n.end + 40):
            outside.append((n, key))  # "TACE 120 例，其中 TACE 30 例是六年前做的": a part outside the period, taken off
            continue
        taken[w.start] = taken.get(w.start, 0) + v
        if rests is not None and next(k for m, k in wholes if m is w) == "*" and taken[w.start] <= float(w.value) \
                and (rest_key := _rest_named(r, s, _clause_end(t, n.end))) is not None \
                and any(k != rest_key for m, _, k in keyed if m.start in out_parts.get(w.start, ()) or m is n) \
                and not any(n.end <= m.start < _clause_end(t, n.end) for m, _, _ in keyed):
            # ("栓塞共 150 例，其中出血栓塞 80、PAE 30，其餘是 TACE"): the whole named no kind and its rest is said to be
            # another kind — the whole is no count of one key: each part counts under its own key, the rest under the one named
            out.discard(n.start)
            done = [(m, x) for m, x, k in keyed if m.start in out_parts.get(w.start, ())] + [(n, v)]
            for m, _ in done:
                out.discard(m.start)
                if (m.start, m.end) in r.set_aside:
                    r.set_aside.remove((m.start, m.end))
            for note in notes_of.pop(w.start, []):
                r.notes.remove(note)
            rests[w.start] = (float(w.value) - taken[w.start], rest_key)  # type: ignore[arg-type]
            label = choice_labels(r, s.split or s.name).get(rest_key, (rest_key, rest_key))
            parts_zh = "、".join(f"{as_number(x)}" for _, x in done)
            r.notes.append(Note(f"前面的 {as_number(float(w.value))} 例沒有說是哪一類：其中 {parts_zh} 例各計入所屬領域，"  # type: ignore[arg-type]
                                f"其餘 {as_number(rests[w.start][0])} 例是「{label[0]}」。",
                                f"The {as_number(float(w.value))} cases said first name no domain: the {', '.join(f'{as_number(x)}' for _, x in done)} "  # type: ignore[arg-type]
                                f"of them count in their own domains, the other {as_number(rests[w.start][0])} are {label[1]}."))
            continue
        out_parts.setdefault(w.start, set()).add(n.start)
        r.set_aside.append((n.start, n.end))
        if taken[w.start] >= float(w.value):  # type: ignore[arg-type]
            if s.name not in r.unsure:
                r.unsure.append(s.name)
            continue
        label = choice_labels(r, s.split or s.name).get(key, (key, key))
        note = Note(f"{as_number(v)} 例是前面「{label[0]}」{as_number(float(w.value))} 例的一部分，不另外相加。",  # type: ignore[arg-type]
                    f"The {as_number(v)} cases are part of the {as_number(float(w.value))} {label[1]} cases "  # type: ignore[arg-type]
                    f"said before them; not added again.")
        r.notes.append(note)
        notes_of.setdefault(w.start, []).append(note)
    return out


_PART_OF_THEM = re.compile(r"\s*(?:例|cases?|procedures?)?\s*(?:of\s+(?:them|those|these|the\s+\d+)|of\s+which)\b", re.IGNORECASE)


def _take_off_outside(r: Reading, s: Slot, nums: list[Mention], taken: set[int], counted: list[tuple[Mention, str]],
                      found: dict[str, float], keyed: set[int] | None = None) -> None:
    """"膽道支架一共 100 例，不過其中 20 例是 6 年前做的", "120 TACEs, 30 of them more than six years ago": a part of a key's
    count said to fall outside the rule's period (`Slot.outside`) is taken off that key (the last counted before it, in its
    sentence) and set aside, said in a note — never added, never left to stand for the whole."""
    if s.outside is None:
        return
    t = r.q.text
    words, note = s.outside
    for n in nums:
        if n.start not in (keyed or set()) and (n.start in taken or not units_ok(s, n.unit)
                                     or not (after_subset(t, n.start) or _PART_OF_THEM.match(t, n.end))):
            continue  # (`keyed`: a part named by its technique, "其中 TACE 30 例是六年前做的", taken off all the same)
        if not compiled(words).search(t, n.end, n.end + 40) or not compiled(words).search(_sentence(t, n.start, n.end)):
            continue
        whole = [(m, k) for m, k in counted if m.end <= n.start and k in found and _sentence(t, m.start, m.end) == _sentence(t, n.start, n.end)]
        if not whole or float(n.value) >= found[whole[-1][1]]:  # type: ignore[arg-type]
            continue
        key = whole[-1][1]
        before = found[key]
        found[key] = before - float(n.value)  # type: ignore[arg-type]
        taken.add(n.start)
        r.set_aside.append((n.start, n.end))
        label = choice_labels(r, s.split or s.name).get(key, (key, key))
        fmt = {"whole": as_number(before), "part": as_number(float(n.value)), "value": as_number(found[key])}  # type: ignore[arg-type]
        r.notes.append(Note(note[0].format(key=label[0], **fmt), note[1].format(key=label[1], **fmt)))


# the words between two figures of one list: a separator, then the next figure's own words (no figure, no sentence end)
_LIST_STEP = re.compile(r"[^\d。；;？?！!\n]*?(?:[、,，/+＋]|\band\b|和|及|跟)\s*$", re.IGNORECASE)


def _between_same_key(r: Reading, s: Slot, nums: list[Mention], taken: set[int],
                      counted: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """"biopsies + drainages: 180 US-guided, 95 CT-guided, 30 pain blocks": a figure of the slot's unit that no key's words
    took, in one list between two figures counted for the same key (only separators and words naming no other key between)
    — one more part of that key, by technique or by guidance. Between two keys, or at a list's end, it stays unplaced."""
    t = r.q.text
    words = {str(c.value): compiled(r.pattern(c.terms)) for c in s.choices if c.terms}
    placed = sorted(counted, key=lambda e: e[0].start)
    out: list[tuple[Mention, str]] = []
    for n in nums:
        if n.start in taken or not units_ok(s, n.unit) or after_subset(t, n.start):
            continue
        before = [(m, k) for m, k in placed if m.end <= n.start]
        after = [(m, k) for m, k in placed if m.start >= n.end]
        if not before or not after or before[-1][1] != after[0][1]:
            continue
        (a, key), (b, _) = before[-1], after[0]
        steps = (t[a.start + len(a.text.rstrip()):n.start], t[n.start + len(n.text.rstrip()):b.start])
        if any(not _LIST_STEP.match(x) for x in steps) or any(w.search(x) for k, w in words.items() if k != key for x in steps):
            continue
        out.append((n, key))
    return out


_COUNTER = r"(?:個|个|例|案|人|位|件|名|cases?|women|ladies|patients)?"
_PART_GAP = re.compile(r"\s*" + _COUNTER + r"\s*(?:[、,，;；/]|和|及|跟|與|与|\band\b|\+)\s*", re.IGNORECASE)
_PART_TOTAL = re.compile(r"^\s*" + _COUNTER + r"\s*(?:[、,，;；]\s*)?(?:" + QUALIFIERS["total"] + r")\s*(?:是|為|为|有|=|:|：)?\s*$", re.IGNORECASE)


def bind_parts(r: Reading) -> None:
    """"category 0 有 120 個、category 3 有 40 個、4 有 25 個、5 有 15 個，共 200 個": a number slot's value said as
    its parts, each count right after one of the slot's `parts` labels — their sum, or the total said right after them
    when it agrees (a total that does not agree is asked, never picked). The parts and the total are this slot's."""
    t = r.q.text
    for s in (x for x in r.vocab.slots if x.kind == "number" and x.parts):
        said = [n for n in numbers(r.q) if n.start not in r.used and units_ok(s, n.unit)]
        runs: list[list[Mention]] = []
        for n in said:
            # (two categories said as one part with their sum: "4 和 5 加起來 35 個", "cat 4 and 5 together 20")
            label = compiled(rf"(?:{s.parts})\s*(?:(?:加起來|加起来|合計|合计|一共|總共|总共|\btogether\b|\bcombined\b)\s*)?"
                             r"(?:有|是|為|为|共|:|：|=)?\s*$").search(t, max(0, n.start - 24), n.start)
            if label is None:
                continue
            if runs and _PART_GAP.fullmatch(t[runs[-1][-1].end:label.start()]):
                runs[-1].append(n)
            else:
                runs.append([n])
        run = next((x for x in runs if len(x) >= 2), None)
        if run is None:
            continue
        after = next((n for n in numbers(r.q) if n.start >= run[-1].end), None)
        total = after if after is not None and units_ok(s, after.unit) and _PART_TOTAL.search(t[run[-1].end:after.start]) \
            and len(t[run[-1].end:after.start]) <= 12 else None
        whole = sum(float(n.value) for n in run)  # type: ignore[arg-type]
        r.used.update(n.start for n in run)
        if total is not None:
            r.used.add(total.start)
            if abs(float(total.value) - whole) > 1e-9:  # type: ignore[arg-type]
                shown = "、".join(f"{float(n.value):g}" for n in run)  # type: ignore[arg-type]
                r.mismatch.append(Need(s.name, f"分項 {shown} 加起來是 {whole:g}，但合計寫 {float(total.value):g}；請確認正確的總數。",  # type: ignore[arg-type]
                                       f"The parts {', '.join(f'{float(n.value):g}' for n in run)} add up to {whole:g}, "  # type: ignore[arg-type]
                                       f"but the total says {float(total.value):g}; which is right?"))  # type: ignore[arg-type]
                continue
        r.args[s.name] = as_number(whole)
        r.read.append(s.name)
        if total is None:
            shown = "、".join(f"{float(n.value):g}" for n in run)  # type: ignore[arg-type]
            r.notes.append(Note(f"分項 {shown} 相加，共 {whole:g}。", f"The parts {', '.join(f'{float(n.value):g}' for n in run)} "  # type: ignore[arg-type]
                                f"are added up: {whole:g} in all."))
