"""One generic reader: mentions bound to a tool's declared slots, checked by the tool's input model.

The reader knows no tool: everything about one (its words, slots, units, enum values, the questions to ask)
comes from its `Vocabulary` (calculators/vocab_*.py); every range and threshold is the input model's.
"""

from __future__ import annotations

from bot.extract.base import Extraction, Need, Note
from bot.parsing.text import Query
from bot.reader.brackets import approx_restated, asked_again, items_pointed, list_sizes, list_totals, pointers, rest_bounds, same_restated, unit_restated
from bot.reader.guesses import (calendar_remark, claimed_result, grade_supposed, guessed_dates, guessed_line, offered, restated_result,
                               supposed_result)
from bot.reader.counted import note as counted_note, not_inputs, reason as counted_reason
from bot.reader.check import bind_reply, check, drop_lone, fill, keep_one_of, split
from bot.reader.items import kind_labels, named_kinds, bind_items
from bot.reader.lists import bind_lists
from bot.reader.missed import missed_counts
import calendar
from bot.parsing.dates import find_dates
from bot.parsing.periods import period_annotations
import re
from typing import Any

from bot.reader.mentions import QUALIFIERS, Mention, aggregate_before, asked_line, short_of_line, bound_of, nearly_count, clause_of, compiled, dates, difference_of, numbers, target_of, terms, total_before
from bot.reader.numbers import bind_numbers, bind_parts
from bot.reader.others import others_figures, others_spans
from bot.reader.reading import Reading, as_number, choice_labels, field_labels
from bot.reader.words import bind_dates, bind_enums, bind_flags, bind_item_dates, today_said
from calculators.vocab import Slot, Vocabulary


def read(q: Query, vocab: Vocabulary) -> Extraction | None:
    """The tool call the question states for this vocabulary's tool, or None when it is not this tool's."""
    each = _each_choice(q, vocab)
    if each is not None:
        return each
    r = Reading(q, vocab)
    if not _may_trigger(r):
        return None  # what binding would find cannot make the trigger hold: the answer below, without the binding
    guesses = [n for n in numbers(q) if guessed_line(q.text, n.start, n.end)]
    guesses += [n for n in numbers(q) if supposed_result(q.text, n.start) and n not in guesses]
    guesses += [n for n in numbers(q) if claimed_result(q.text, n) and n not in guesses]  # "He's convinced it's 240"
    guesses += offered(q.text, numbers(q), guesses)  # the rule's table row or its figure asked back
    guesses += [n for n in numbers(q) if n not in guesses and grade_supposed(q.text, n)]
    # ("372、355、348、361，平均將近 360": their approximate reckoning of what the figures come to)
    guesses += [n for n in numbers(q) if n not in guesses and restated_result(q.text, n, numbers(q))]
    calendar = [n for n in numbers(q) if calendar_remark(q.text, n) and n not in guesses]  # "那年二月好像有29號？"
    # "今年(1/1~12/31)", "去年（1-12月）", "2025 (Jan 1 – Dec 31)": a range restating that the figures are a whole year's —
    # no figure of the case, set aside with why before any binding (`bot.parsing.periods`)
    r.periods = period_annotations(q.text)
    period = [n for n in numbers(q) if r.in_period(n) and n not in guesses + calendar]
    # "錯過兩次月會", "missed 2 monthly meetings": occasions not attended, no count of any activity (for a tool whose
    # activities can be said not to have happened, `Slot.denied`)
    missed = [n for n in missed_counts(q) if n not in guesses + calendar + period] if any(s.denied for s in vocab.slots) else []
    told = [n for n in others_figures(q) if n not in guesses + calendar + period]  # "學姊說她寫了5篇也才拿60": not theirs
    # brackets saying again what was said before them (bot/reader/brackets.py): the approximate figure an exact one in
    # brackets follows, a total of the counts just listed, how many figures a list holds — set aside before any binding
    # (and before a breakdown is looked for: "roughly 180 RFA cases (exactly 176)" is no part of 180)
    taken = guesses + told + calendar + period + missed
    approx = [(n, m) for n, m in approx_restated(q) if n not in taken and m not in taken]
    # ("nearly 100 PAE cases (actual count 97)": an approximation said as a bound is bound nowhere — it is set aside at once
    # and the exact figure read in its place by the words around it)
    restated: list[tuple[Mention, str]] = [(n, "approx_exact") for n, _ in approx if bound_of(q.text, n.start, n.end) is not None]
    approx = [(n, m) for n, m in approx if all(n is not x for x, _ in restated)]
    restated += [(n, "list_total") for n in list_totals(q) if n not in taken]
    for why, found in (("list_size", list_sizes), ("pointer", pointers), ("items_pointed", items_pointed), ("unit_restated", unit_restated),
                       ("asked_again", asked_again), ("rest_bound", rest_bounds), ("same_restated", same_restated)):
        restated += [(n, why) for n in found(q) if n not in taken and all(n is not x for x, _ in restated)]
    said_again = [n for n, _ in restated]
    parts = _breakdowns(q, vocab, guesses + missed + said_again + [x for pair in approx for x in pair])
    own_sum, sum_wrong = _own_sum_terms(q, vocab)
    summed = [n for n in own_sum if n not in guesses + parts]
    sum_wrong = [(run, total) for run, total in sum_wrong if not any(n in guesses + parts for n in (*run, total))]
    targets = [n for n in numbers(q) if target_of(q.text, n.start, n.end) and n not in guesses]
    r.targets = [n for n in numbers(q) if target_of(q.text, n.start, n.end)]  # (a line also offered back, a guess, is one)
    # (not after a pair of the person's own figures: "兩組 345、341，差 5 分" is their gap, checked by the ledger — unless
    # the gap is said to be short of a line, "100, 95, 90 … (=580), so I'm 20 short")
    diffs = [n for n in numbers(q) if difference_of(q.text, n.start, n.end, n.unit) and n not in guesses + targets
             and (not _PAIR_BEFORE.search(q.text[max(q.text.rfind(ch, 0, n.start) for ch in "。；;？?！!\n") + 1:n.start])
                  or short_of_line(q.text, n.end))]
    bounds = [n for n in _bounds_restated(q) if n not in guesses + targets + diffs + parts]
    # "ICU 還有 32 床", "科裡 6 台 angio": a figure counting what no input of this tool takes — set aside before any binding
    framed = [m.span() for pattern, _ in vocab.framing for m in compiled(pattern).finditer(q.text)]
    others = not_inputs([n for n in numbers(q) if n not in guesses + targets + diffs + parts + bounds + calendar + period + said_again + missed
                         + [m for _, m in approx]
                         and not any(a <= n.start < b for a, b in framed)], q.text, vocab)
    r.used.update(n.start for n in targets + guesses + diffs + parts + bounds + calendar + period + told + _stated_totals(q, parts))
    r.set_aside += [(a, b, "period_named") for a, b in r.periods]  # (the whole range: the ledger's mentions of it overlap it)
    r.set_aside += [(n.start, n.end, "someone_else") for n in told]  # before any binding: no slot and no item takes them
    r.used.update(n.start for n in missed)
    r.set_aside += [(n.start, n.end, "not_attended") for n in missed]
    r.guessed.update(n.start for n in guesses)
    # "月會3次，另外在區域醫院進修2個月": the training the rule does not credit, set aside with why, the rest computed
    for n, note in _unmet(q, vocab):
        r.used.add(n.start)
        r.set_aside.append((n.start, n.end, "condition_unmet"))
        if Note(*note) not in r.notes:
            r.notes.append(Note(*note))
    if others:
        r.used.update(n.start for n, _, _ in others)
        r.set_aside += [(n.start, n.end, counted_reason(what)) for n, what, _ in others]
        r.notes.append(counted_note(q.text, others))
    _set_aside_bounds(r, bounds)
    _set_aside_restated(r, restated)
    # (the exact figure of an approximate one waits, out of every binding's reach, to take its place once it is bound)
    r.used.update(m.start for _, m in approx)
    r.set_aside += [(m.start, m.end, "approx_exact_pending") for _, m in approx]
    r.exact_of = {n.start: float(m.value) for n, m in approx}  # type: ignore[arg-type]
    if summed:  # "120+90+50+30 =290": the terms of the person's own sum, the total after "=" the figure
        r.used.update(n.start for n in summed)
        r.set_aside += [(n.start, n.end, "part_of_total") for n in summed]
        shown = "+".join(n.text for n in summed)
        r.summed = [(n.start, _EQUALS_AFTER.match(r.q.text, n.end).end() if _EQUALS_AFTER.match(r.q.text, n.end) else n.end) for n in summed]
        r.notes.append(Note(f"「{shown}」是您自己加總的算式，各項已包含在等號後的合計內，以合計計算。",
                            f"“{shown}” is your own sum; its terms are in the total after the equals sign, which is used."))
    _ask_sum_mismatch(r, sum_wrong)
    if parts:  # set aside before any binding: no slot and no item takes them
        r.set_aside += [(n.start, n.end, "breakdown") for n in parts]
        r.notes.append(Note("括號裡的數字是前面總數的細分，已包含在總數內，不另計。",
                            "The figures in brackets break down the count before them; they are part of it, not counted again."))  # "平均差一點點到360": the line compared against, no figure of any slot
    bind_enums(r)
    bind_flags(r)
    bind_dates(r)
    bind_lists(r)
    item_needs = _bind_items(r)
    bind_parts(r)
    bind_numbers(r)
    bind_item_dates(r)
    _bind_since(r)
    bind_reply(r)
    _exact_for_approx(r, approx)
    _drop_aggregates(r)
    keep_one_of(r)
    if not r.any(vocab.trigger) or r.any(vocab.block):
        return None
    drop_lone(r)
    fill(r)
    for s in vocab.slots:
        if s.kind == "map" and s.split:
            split(r, s)
    _set_aside_targets(r, targets)
    _set_aside_guesses(r, guesses + _guessed_dates(r))
    _set_aside(r, [m for m in dates(r.q) if today_said(r.q.text, m, r.q.today)], "today_said", "是今天的日期，不是您案件的日期，未列入計算。",
               " is today's date, not a date of your case; it is left out.")
    _set_aside(r, calendar, "calendar", "是關於曆法的說明，不是您的數字，未列入計算；日期依實際曆法計算。",
               " is a remark on the calendar, not one of your figures; it is left out, and the dates follow the real calendar.")
    _told_note(r, told)
    _set_aside_differences(r, diffs)
    _own_flags(r)
    _restated(r, targets + guesses + parts)
    _all_of_them(r)
    _approximate(r)
    if r.q.restarted and r.facts():
        said = r.q.restarted
        r.notes.append(Note(f"您收回了先前的說法（「{said}」），以之後重新說的為準。",
                            f"You took back what you said first (“{said}”); what you said after it is used."))
    checked = check(r)
    split_keys = {s.name: s.split for s in vocab.slots if s.kind == "map" and s.split}
    # a split map's number is asked per key: not before the key itself is known
    checked = [n for n in checked if not (n.key in split_keys and split_keys[n.key] not in r.args)]
    needs = item_needs + r.mismatch
    needs += [n for n in checked if not any(m.key == n.key for m in needs + r.split_needs)] + r.split_needs
    # a count placed nowhere, or a figure the person says they lack, is still about their own case
    facts = r.facts() or (1 if r.unread or r.lacking else 0)
    items = sum(len(r.args.get(s.name) or ()) for s in vocab.slots if s.kind == "items")
    score = vocab.base + vocab.per_fact * facts + vocab.per_item * items + sum(v for clause, v in vocab.bonus if r.holds(clause))
    needs = _each_if_missing(r, needs)
    needs = _said_lacking(r, needs)
    aside = _framing(r)
    asked = len(r.mismatch)
    rests = _rest_below(r, aside)
    if len(r.mismatch) > asked:
        needs += [n for n in r.mismatch[asked:] if not any(m.key == n.key for m in needs)]
    if rests:
        needs = [n for n in needs if n.key not in rests]
        facts = r.facts()
        score = vocab.base + vocab.per_fact * facts + vocab.per_item * items + sum(v for clause, v in vocab.bonus if r.holds(clause))
    ext = Extraction(vocab.tool, r.args, needs, r.notes, invalid=r.invalid, score=score, facts=facts)
    ext.extra_calls = [] if needs else [{k: v for k, v in {**r.args, **call}.items() if v is not _UNSET} for call in r.extra]
    ext.set_aside = list(r.set_aside) + aside
    return ext

_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a Republic year said with 年 ("民國105年", "105 年")
_ROC_YEAR_IN = re.compile(r"(?<!\d)([89]\d|1[0-4]\d)(?=\s*年)")


_MONTH_NUM = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_BEFORE = re.compile(r"\b(" + "|".join(_MONTH_NUM) + r")[a-z]*\.?,?\s+$", re.IGNORECASE)


def _sentence_end(t: str, at: int) -> int:
    end = re.search(r"[。；;!?！？\n]|\.(?=\s|$)", t[at:])
    return at + end.start() if end else len(t)


# "放射專科 2016/7/15 拿到的", "專科證書民國105年7月15日", "board certified on July 15, 2016": the day the years began, said
# as a full date in any form the date parser reads — shown to the slot's `since` words as its year (the same shapes as a year
# said alone), then reckoned to the day
_CJK = re.compile(r"[\u3400-\u9fff]")
_ON_BEFORE = re.compile(r"\b(?:on|dated)\s+(?:the\s+)?$", re.IGNORECASE)
_APPLY_DAY = re.compile(r"申請|申请|送件|送審|送审|提出|報名|报名|\bapply(?:ing)?\b|\bapplication\b|\bsubmit(?:ting)?\b|\bfile\b|\bfiling\b",
                        re.IGNORECASE)


def _dates_as_years(t: str) -> tuple[str, list[tuple[int, int, Any]]]:
    """The text with every full date written as its year, same length ("2016/7/15" → "2016年", "on July 15, 2016" → "in
    2016"), and (start, end, found date) of each in the masked text."""
    out, full = list(t), []
    for fd in find_dates(t):
        start = fd.start
        cjk = bool(_CJK.search(t, max(0, fd.start - 6), min(len(t), fd.end + 6)))
        if not cjk and (on := _ON_BEFORE.search(t, max(0, fd.start - 10), fd.start)) is not None:
            start = on.start()
        word = f"{fd.date.year}年" if cjk else f"in {fd.date.year}"
        if len(word) > fd.end - start:
            continue
        out[start:fd.end] = list(word.ljust(fd.end - start))
        full.append((start, fd.end, fd))
    return "".join(out), full


def _bind_between_days(r: Reading, s: Slot, t: str, m: re.Match, day: Any, full: list[tuple[int, int, Any]]) -> None:
    """The years between the full date they began and the one they are reckoned to: a later full date in its sentence,
    or one said as the application's anywhere after it ("申請日抓 2026/11/25", "applying on 25 Nov 2026"); else today.
    Read to the day (the line compared by the calendar: the anniversary reached or not)."""
    r.used.add(day.start)
    later = [(a, b, d) for a, b, d in full if a >= m.end() - (m.end() - day.end) and d.date > day.date and d.start > day.end]
    to = next(((a, b, d) for a, b, d in later if d.start < _sentence_end(t, day.end)
               or _APPLY_DAY.search(t, max(0, d.start - 12), d.start)), None)
    end = to[2].date if to is not None else r.q.today
    begin = day.date
    if end <= begin or (end - begin).days > 70 * 366:
        return
    exact = round((end - begin).days / 365.25, 2)
    for b in s.breaks:  # (the line reached on the anniversary: the figure kept on its side of the line)
        reached = _add_years(begin, int(b)) <= end if b == int(b) else exact >= b
        if reached and exact < b:
            exact = float(b)
        elif not reached and exact >= b:
            exact = round(b - 0.01, 2)
    # (the day they began is read — the years worked out from it; the day reckoned to is set aside as said)
    r.set_aside.append((day.start, day.end, "date_span", f"{s.name} from", begin.isoformat()))
    if to is not None:
        r.used.add(to[2].start)
        r.set_aside.append((to[2].start, to[2].end, "day_reckoned_to"))
    said = t[day.start:day.end]
    r.args[s.name] = int(exact) if exact == int(exact) else exact
    r.read.append(s.name)
    r.notes.append(Note(f"「{said}」：算到 {end.isoformat()}，共 {(end - begin).days} 天，計 {exact:g} 年。",
                        f"“{said}”: {(end - begin).days} days up to {end.isoformat()}, so {exact:g} years."))


def _add_years(d: Any, n: int) -> Any:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # (29 February)
        return d.replace(year=d.year + n, day=28)


def _bind_since(r: Reading) -> None:
    """"Specialist since 2006", "board certified in 2010", "2012 年拿到專科": the year the counted years began, no figure of
    them said — the years are this year minus it (full years done lie one below that and it). Read where every value in that
    range gives the same verdict at the slot's `breaks`, said so; where the range straddles a break ("since 2018" against 8
    years) nothing is read, so the years are asked."""
    t = r.q.text
    masked, full = _dates_as_years(t)
    for s in r.vocab.slots:
        if s.kind != "number" or not s.since or s.name in r.args:
            continue
        for m in compiled(s.since).finditer(masked):
            y = _YEAR_IN.search(masked, m.start(), m.end()) or _ROC_YEAR_IN.search(masked, m.start(), m.end())
            if y is None or y.start() in r.used:
                continue
            # (a Republic year, "民國105年拿到專科", "專科是105年3月拿的": its Gregorian year)
            year = int(y.group(1)) + 1911 if y.re is _ROC_YEAR_IN else int(y.group(0))
            day = next((d for a, b, d in full if a <= y.start() < b), None)
            if day is not None:
                _bind_between_days(r, s, t, m, day, full)
                break
            v = r.q.today.year - year
            if not 0 < v <= 70:
                continue
            # ("board in June 2019, applying Dec 2026": the date the years are reckoned to, said after it in its sentence —
            # this year's is today's reckoning, set aside as said; another year's is no reckoning to today: left, asked)
            to = [x for x in _YEAR_IN.finditer(t, m.end(), _sentence_end(t, m.end())) if x.start() not in r.used]
            if any(int(x.group(0)) != r.q.today.year for x in to):
                continue
            r.set_aside += [(x.start(), x.end(), "date_reckoned_to") for x in to]
            # (the month said with the year — "got my boards in June 2019", up to "Dec 2026" or today's month: the years to
            # within a month, read where no break lies within a month of them)
            began = _MONTH_BEFORE.search(t, max(0, y.start() - 12), y.start())
            if began is not None:
                end_month = next((_MONTH_NUM[e.group(1).lower()[:3]] for x in to
                                  if (e := _MONTH_BEFORE.search(t, max(0, x.start() - 12), x.start())) is not None), r.q.today.month)
                months = (r.q.today.year - year) * 12 + end_month - _MONTH_NUM[began.group(1).lower()[:3]]
                exact = round(months / 12, 2)
                said = t[m.start():m.end()].strip()
                r.used.add(y.start())
                if months <= 0 or any(abs(exact - b) < 1 / 12 for b in s.breaks):
                    break  # (asked: the day of the month decides)
                r.args[s.name] = int(exact) if exact == int(exact) else exact
                r.read.append(s.name)
                r.notes.append(Note(f"「{said}」：算到 {r.q.today.year} 年 {end_month} 月，共 {months} 個月，計 {exact:g} 年。",
                                    f"“{said}”: {months} months up to {calendar.month_abbr[end_month]} {r.q.today.year}, "
                                    f"so {exact:g} years."))
                break
            if any(v - 1 < b <= v for b in s.breaks):
                r.used.add(y.start())  # (asked: the verdict hangs on the month the years began)
                said = t[m.start():m.end()].strip()
                r.notes.append(Note(f"「{said}」：到今年約 {v - 1} 至 {v} 年，剛好在 {as_number(max(b for b in s.breaks if v - 1 < b <= v))} "
                                    "年的門檻上，結論要看實際年資，所以請您確認。",
                                    f"“{said}”: {v - 1} to {v} years by this year, right at the "
                                    f"{as_number(max(b for b in s.breaks if v - 1 < b <= v)):g}-year line, so the verdict "
                                    "turns on the exact years; please confirm them."))
                break
            r.args[s.name] = v
            r.read.append(s.name)
            r.used.add(y.start())
            said = t[m.start():m.end()].strip()
            under = all(b > v for b in s.breaks)
            more = ("；實際差距可能再多到 1 年" if under else "", "; the shortfall may be up to a year more" if under else "")
            r.notes.append(Note(f"「{said}」：以今年 {r.q.today.year} 減 {year}，計 {v} 年（實際滿 {v - 1} 至 {v} 年，"
                                f"範圍內的任何數字結論都相同{more[0]}）。",
                                f"“{said}”: {r.q.today.year} − {year} = {v} years (full years done are {v - 1} to {v}; "
                                f"any value in that range gives the same verdict{more[1]})."))
            break


# Trigger atoms that ask what the binding found; every other atom reads the question's text alone.
_BOUND_ATOMS = ("@fact", "@target", "@slot:", "@said:", "@true:", "@gt:", "@ge:", "@lt:", "@short:", "@unread", "@only:")


def _may_trigger(r: Reading) -> bool:
    """Can `vocab.trigger` hold once the question is bound? False when every clause has an atom that reads only the
    text and is false: binding cannot change it, so `read` would return None after all its work (a rules question pays
    the reader once per vocabulary: this skips ~40 % of that work, same result)."""
    return any(all(a.lstrip("!").startswith(_BOUND_ATOMS) or r._atom(a) for a in clause) for clause in r.vocab.trigger)


_UNSET = object()  # an extra call's value that hides the first call's: the fact is not this item's
_ALL_ITEMS = re.compile(r"都|皆|均|兩位|两位|兩個|两个|二位|三位|各|大家|\b(?:both|all|each|every|either)\b", re.IGNORECASE)
_TITLE = r"(?:醫師|醫生|医师|医生|老師|老师|放射師|放射师|技師|技师|主任|學長|学长|學姊|学姐)"
# (an English sentence's full stop too — not a title's: "flagged. Dr B 58%", "Dr. Chen")
_NAME_SEP = re.compile(r"[，,。；;：:、\n？?！!()（）]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.(?=\s)")


def _item_name(r: Reading, start: int, end: int) -> str | None:
    """The name an item of a repeat is said under ("王醫師 陽性 58%…" → 王醫師, "Dr Chen: pos 41%" → Dr Chen): the words
    before its first figure, less the slots' own words, back to the last separator."""
    lead = r.q.text[start:end]
    for s in r.vocab.slots:
        if s.terms:
            lead = compiled(r.pattern(s.terms)).sub(" ", lead)
    pieces = [" ".join(p.split()) for p in _NAME_SEP.split(lead)]
    name = next((p for p in reversed(pieces) if p), "")
    name = re.sub(r"\d+(?:\.\d+)?\s*%?", "", name).strip()
    if re.fullmatch(rf"[\u4e00-\u9fff]{{1,3}}{_TITLE}|[\u4e00-\u9fff]{{2,4}}", name):
        return name
    if re.fullmatch(r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][a-z]+|(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+[A-Z]", name):
        return name  # ("Dr B": a one-letter label after a title)
    return None


def _own_flags(r: Reading) -> None:
    """"王醫師 陽性 58% 陰性 9%；陳醫師 陽性 41% 陰性 16%，陳醫師上次已被要求參加座談會": several items, one call each, and
    a yes/no fact said of one of them by name (or inside one item's words, before the next item) is that item's alone —
    the others keep what they said (nothing: their default). Said before the items, after them with no name, or of
    all of them (都 / both / each), it stays every item's. Said both ways ("A first time flagged … B already told last
    review"), each way is the item it is written in; where the two cannot be told apart by item, it is asked."""
    if len(r.item_spans) < 2 or len(r.extra) != len(r.item_spans) - 1:
        return
    t = r.q.text
    bounds = [0] + [e for _, e in r.item_spans[:-1]]
    names = [_item_name(r, b, s) for b, (s, _) in zip(bounds, r.item_spans)]
    for flag, spans in list(r.flag_at.items()):
        if flag not in r.args or not spans:
            continue
        found = _flag_owner(r, names, spans[0])
        if flag in r.flag_other:
            _flag_both_ways(r, flag, _flag_owner(r, names, spans[0], True), _flag_owner(r, names, r.flag_other[flag][0], True))
            continue
        if found is None:
            continue
        owner, said = found
        value = r.args[flag]
        if owner == 0:
            for call in r.extra:
                call[flag] = _UNSET
        else:
            del r.args[flag]
            r.extra[owner - 1][flag] = value
        words = said.strip(" ,.;:，、；。：")
        r.notes.append(Note(f"「{words}」只適用於其中一筆，其餘各筆未讀到這項。",
                            f"“{words}” is read as one item's only; the others said nothing of it."))


def _flag_owner(r: Reading, names: list[str | None], span: tuple[int, int], both: bool = False) -> tuple[int, str] | None:
    """The item a flag's words at `span` are said of, with the words from the item's end up to them: the one they name,
    else the one whose words they sit inside (before the next item) — with `both` (said both ways), also the last one
    when they follow its figures in their sentence. None when said of all of them, before the items or after them
    with no name."""
    t = r.q.text
    a, b = span
    before = max((e for _, e in r.item_spans if e <= a), default=0)
    said = t[before:b]
    if _ALL_ITEMS.search(_sentence_clause(t, a, b)):
        return None
    named = [i for i, n in enumerate(names) if n and _names(n, said)]
    if len(named) == 1:
        return named[0], said
    if not named and r.item_spans[0][0] < a < r.item_spans[-1][0]:
        return max(i for i, (s, _) in enumerate(r.item_spans) if s < a), said  # inside one item's words
    if not named and both and a > r.item_spans[-1][0] and not _SENTENCE_STOP.search(t, r.item_spans[-1][1], a):
        return len(r.item_spans) - 1, said  # said both ways: the words right after the last item's, in its sentence
    return None


_SENTENCE_STOP = re.compile(r"[。；;？?！!\n]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.(?=\s)")


def _sentence_clause(t: str, a: int, b: int) -> str:
    """The clause around a span, an English sentence's full stop ending it too ("… case conf. outcome for each?" is
    another sentence: its "each" says nothing of the flag's words)."""
    left = max(t.rfind(ch, 0, a) for ch in "，,。；;？?！!\n") + 1
    stops = [m.start() for m in _SENTENCE_STOP.finditer(t, left, a)]
    left = stops[-1] + 1 if stops else left
    rights = [i for i in (t.find(ch, b) for ch in "，,。；;？?！!\n") if i != -1]
    right = min(rights) if rights else len(t)
    stop = _SENTENCE_STOP.search(t, b, right)
    return t[left:stop.start() if stop else right]


def _names(name: str, said: str) -> bool:
    """`said` names the item called `name`: the whole name, or its last word (3 letters or more; a one-letter label —
    "Dr B" → "but B was told" — as a word of its own, in capitals)."""
    last = name.split()[-1]
    if name in said or len(last) >= 3 and last in said:
        return True
    return len(last) == 1 and last.isupper() and re.search(rf"(?<![A-Za-z]){last}(?![A-Za-z])", said) is not None


def _flag_both_ways(r: Reading, flag: str, no: tuple[int, str] | None, yes: tuple[int, str] | None) -> None:
    """A flag said no (`no`) and yes (`yes`), each with the item it is said of: each item takes its own, the others
    nothing; said of no two distinct items, it is asked — never one way picked for all."""
    if no is None or yes is None or no[0] == yes[0]:
        del r.args[flag]
        r.flag_at.pop(flag, None)
        if flag not in r.unsure:
            r.unsure.append(flag)
        return
    calls = [r.args] + r.extra
    for i, call in enumerate(calls):
        call[flag] = False if i == no[0] else True if i == yes[0] else _UNSET
    if r.args[flag] is _UNSET:
        del r.args[flag]
    for _, said in (no, yes):
        words = said.strip(" ,.;:，、；。：")
        r.notes.append(Note(f"「{words}」只適用於其中一筆。", f"“{words}” is read as one item's only."))


# "兩組都 339", "both sets 339", "各 365 天": one figure said of several — the figures said one by one after it restate it
_SEVERAL = re.compile(r"都|皆|均|各|兩組|两组|兩個|两个|兩位|两位|\b(?:both|all|each|every|either)\b", re.IGNORECASE)
_PERSON_UNITS = ("位", "名", "人")


def _holders(r: Reading) -> list[tuple[Slot, str | None, float]]:
    """(slot, map key or None, value) of every number a slot holds."""
    out: list[tuple[Slot, str | None, float]] = []
    for s in r.vocab.slots:
        v = r.args.get(s.name)
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, (int, float)):
            out.append((s, None, float(v)))
        elif isinstance(v, dict):
            out += [(s, str(k), float(x)) for k, x in v.items() if isinstance(x, (int, float)) and not isinstance(x, bool)]
        elif isinstance(v, list):
            out += [(s, None, float(x)) for x in v if isinstance(x, (int, float)) and not isinstance(x, bool)]
            if s.kind == "items":  # an item's own figures (its count, its hours)
                out += [(s, None, float(x)) for item in v if isinstance(item, dict) for x in item.values()
                        if isinstance(x, (int, float)) and not isinstance(x, bool)]
    return out


def _restated(r: Reading, targets: list[Mention]) -> None:
    """A figure said again, where the calculation holds it once: "both sets scored 339 (non-dense 339, dense 339)",
    "可以報備 4 個放射師嗎？我們想排 4 位輪班". The mention that names no slot of its own is the restatement when it says
    the figure of several at once (都 / both / 各) or counts the same people again (位 / 名 / 人 where the slot counts
    people) — set aside, said so, never asked back. Anything less ("月會 2 次、研討會 2 次" where 研討會 was not read) is
    left for the ledger to ask about: a second fact with the same count never vanishes."""
    t = r.q.text
    holders = _holders(r)
    if not holders:
        return
    aside = {a for a, *_ in r.set_aside} | {n.start for n in targets}
    said = [n for n in numbers(r.q) if n.start not in aside]
    by_value: dict[float, list[Mention]] = {}
    for n in said:
        by_value.setdefault(float(n.value), []).append(n)  # type: ignore[arg-type]
    for value, ms in by_value.items():
        held = [(s, k) for s, k, x in holders if abs(x - value) < 1e-9]
        extra = len(ms) - len(held)
        if not held or extra <= 0:
            continue
        words = []
        for s, k in held:
            words.append(r.pattern(s.terms) if s.terms else "")
            if k is not None:
                words += [r.pattern(c.terms) for c in s.choices if str(c.value) == k and c.terms]
        words = [w for w in words if w]

        def named(n: Mention) -> bool:
            left = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n(（、") + 1
            # (the words after it only up to its clause's end: "duodenal 15. Board-certified for 15 years" — the next
            # sentence's words name its own figure)
            after = re.split(r"[，,。；;？?！!\n]|\.(?=\s|$)", t[n.end:n.end + 8], maxsplit=1)[0]
            near = t[max(left, n.start - 24):n.start] + " " + after
            return any(compiled(w).search(near) for w in words)

        others = [w for s in r.vocab.slots if all(s is not h for h, _ in held) and s.terms and s.kind in ("number", "list", "map")
                  for w in (r.pattern(s.terms),)]
        units = {u for s, _ in held for u in (*s.units, *s.own_units)}

        def several(n: Mention) -> bool:
            left = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1
            return _SEVERAL.search(t, left, n.start) is not None and len(held) > 1

        def people(n: Mention) -> bool:
            return n.unit in _PERSON_UNITS and bool(units & set(_PERSON_UNITS))

        # the one said of several at once goes first, then one naming no slot that counts the same people again,
        # then the later ones naming the slot again
        first = [n for n in ms if several(n)]
        unnamed = [n for n in ms if not named(n) and people(n) and n not in first]
        again = [n for n in ms if named(n) and n not in first][len(held):] if all(named(n) or several(n) for n in ms) else []
        for n in (first + unnamed + again)[:extra]:
            clause = clause_of(t, n.start, n.end)
            if (n.unit or "") not in units or any(compiled(w).search(clause) for w in others):
                continue  # another unit, or it names another figure's words: not this one said again
            r.set_aside.append((n.start, n.end, "restated"))
            r.notes.append(Note(f"「{clause.strip()}」裡的 {as_number(value)} 是前面已讀到的同一個數字，重述而已，不另計。",
                                f"In “{clause.strip()}”, {as_number(value):g} restates a figure already read; it is not counted again."))


_ALL_AFTER = re.compile(r"\s*(?:篇|次|場|场|個|个|項|项|份)?\s*(?:都|全都|全部|皆|均|也都)")
_ALL_BEFORE = re.compile(r"\b(?:all|both|each of(?: the| these| those)?|every one of(?: the)?)\s+(?:of\s+(?:the|these|those|my)\s+)?$", re.IGNORECASE)


def _all_of_them(r: Reading) -> None:
    """"2 篇 oral 跟 1 張 poster，三篇都是我第一作者", "2 orals and a poster — all 3 as first author": a count said of every
    item at once, equal to the items' counts added up, restates them (the fact said is of each): set aside, said so.
    One item said twice, once of all of it ("貼了四張壁報，四篇都是一作", "4 posters, all 4 as first author"): whichever of the
    two the item took, the other restates it."""
    t = r.q.text
    aside = {a for a, *_ in r.set_aside}

    def said_of_all(n: Mention) -> bool:
        return bool(_ALL_AFTER.match(t, n.end) or _ALL_BEFORE.search(t, max(0, n.start - 24), n.start))

    for s in (x for x in r.vocab.slots if x.kind == "items"):
        items = r.args.get(s.name) or []
        count = next((f.name for f in s.fields if f.kind == "number"), None)
        if not items or count is None:
            continue
        total = sum(float(it.get(count) or 1) for it in items if isinstance(it, dict))
        for n in numbers(r.q):
            if n.start in aside or n.start in r.used or float(n.value) != total:  # type: ignore[arg-type]
                continue
            if len(items) == 1:
                twin = [x for x in numbers(r.q) if x.start != n.start and float(x.value) == total  # type: ignore[arg-type]
                        and x.start in r.used and _sentence_of(t, x.start) == _sentence_of(t, n.start)]
                if not (said_of_all(n) or any(said_of_all(x) for x in twin)) or not twin:
                    continue
            elif not said_of_all(n):
                continue
            r.set_aside.append((n.start, n.end, "restated"))
            clause = clause_of(t, n.start, n.end).strip()
            r.notes.append(Note(f"「{clause}」裡的 {as_number(total)} 是前面各項加起來的數目，重述而已，不另計。",
                                f"In “{clause}”, {as_number(total):g} is the items above counted together; it is not counted again."))


def _sentence_of(t: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    return max(t.rfind(ch, 0, at) for ch in "。；;？?！!\n") + 1


# "~60", "約 320 例", "大概 6 次左右", "about 72%", "roughly 300 cases", "320-ish": a figure the person says is approximate
# (a tilde is "about" only where no word runs into it: "人超多～三個放射師", "好累~3 個人" end an exclamation, the figure after
# it is said as it is; "~60", "做了~150 例", "RFA ~150" keep it)
_APPROX_BEFORE = re.compile(r"(?:(?:(?<![\u4e00-\u9fff~～])|(?<=[了過过有是共計计做約约近剩達达為为到]))[~～](?![~～])|≈|約|约|大約|大约|大概|差不多|將近|将近|\b(?:about|around|roughly|approximately|approx\.?|"
                            r"some|nearly|almost|circa|ca\.|like)\s*)\s*$", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^\s*(?:%|例|案|次|場|场|篇|天|分|件|人|位|名|歲|岁|cases?|procedures?|points?|days?|times?)?\s*"
                           r"(?:左右|上下|出頭|出头|多一點|多一点|-?ish\b|or so\b|give or take\b)", re.IGNORECASE)


def approximate_figures(q: Query) -> list[Mention]:
    """The figures the person says are approximate ("~60", "約 320 例", "大概 6 次左右", "about 72%", "320-ish")."""
    t = q.text
    return [n for n in numbers(q)
            if _APPROX_BEFORE.search(t, max(0, n.start - 14), n.start) or _APPROX_AFTER.match(t[n.end:n.end + 12])
            or nearly_count(t, n.start, n.end) and bound_of(t, n.start, n.end) is None]


def _approximate(r: Reading) -> None:
    """"只有 ~60 例", "大概 6 次左右", "about 72%": an approximate figure the calculation takes is read as the figure said,
    and the approximation is stated as an assumption (the result is as exact as the figure)."""
    t = r.q.text
    aside = {x[0] for x in r.set_aside}
    held = {x for _, _, x in _holders(r)}
    for n in approximate_figures(r.q):
        if n.start in aside or float(n.value) not in held:  # type: ignore[arg-type]
            continue
        v = as_number(float(n.value))  # type: ignore[arg-type]
        said = clause_of(t, n.start, n.end).strip()
        r.notes.append(Note(f"「{said}」是約略的數字，以 {v} 計算；實際數字不同時結果可能不同。",
                            f"“{said}” is approximate; it is taken as {v:g}, and the result may differ if the real figure does."))


def _drop_aggregates(r: Reading) -> None:
    """"抽選片 360、359，平均 359.5", "scores 352 and 347, average 349.5": the person's own average or total of the figures
    they listed is no figure of the list — taken out of it (the ledger checks it against the figures, and asks when it
    disagrees). Only beside two figures or more of the same list: "4 組平均 338" alone is the figure given."""
    for n in (n for n in numbers(r.q) if aggregate_before(r.q.text, n.start)):
        for s in (s for s in r.vocab.slots if s.kind in ("list", "map") and s.name in r.args):
            value = r.args[s.name]
            lists = [value] if isinstance(value, list) else [v for v in value.values() if isinstance(v, list)] \
                if isinstance(value, dict) else []
            # the figure said as an item as well ("362、358、366，平均是 362") stays, once per time it is said as one
            items_said = sum(1 for x in numbers(r.q) if float(x.value) == float(n.value)  # type: ignore[arg-type]
                             and not aggregate_before(r.q.text, x.start))
            for lst in lists:
                if len(lst) >= 3 and sum(float(x) == float(n.value) for x in lst) > items_said:  # type: ignore[arg-type]
                    # the one said last: the average comes after the figures ("362、358、366，平均是 362")
                    del lst[max(i for i, x in enumerate(lst) if float(x) == float(n.value))]  # type: ignore[arg-type]
                    r.used.discard(n.start)


def _set_aside_targets(r: Reading, targets: list[Mention]) -> None:
    """A number the person compares their figures against ("平均差一點點到360", "離 600 還差", "just short of 85") is
    read as that — the line, never one of the figures — and shown as set aside, with a note saying so."""
    if not targets:
        return
    # (a line a yes / no question asks about, "夠 100 例了嗎", is tagged: the ledger says whether it is the rule's own line)
    r.set_aside += [(n.start, n.end, "asked_line") if asked_line(r.q.text, n.start, n.end) else (n.start, n.end) for n in targets]
    said = "、".join(f"「{clause_of(r.q.text, n.start, n.end).strip()}」" for n in targets)
    said_en = ", ".join(f"“{clause_of(r.q.text, n.start, n.end).strip()}”" for n in targets)
    r.notes.append(Note(f"{said}裡的 {'、'.join(f'{float(n.value):g}' for n in targets)} 是拿來比較的目標，不是您的分數或件數，未列入計算。",
                        f"In {said_en}, {', '.join(f'{float(n.value):g}' for n in targets)} is the line you compare against, "
                        "not one of your figures; it is left out of the calculation."))


_BRACKET = re.compile(r"[(（]([^()（）]{1,60})[)）]")
# the words beside the one figure of a bracket that says it exactly ("（兩週）", "(about 3 weeks)", "（才 287 例）")
_EXACT_FILLER = re.compile(r"\s*(?:約|约|大約|大约|大概|實際|实际|其實|其实|才|只有|共|是|about|around|roughly|approx\.?|actually|exactly|~|～|左右|而已|only|just|\s)*\s*",
                           re.IGNORECASE)


def _bounds_restated(q: Query) -> list[Mention]:
    """"不到一個月（兩週）", "less than a month (2 weeks)", "快 300 例（287 例）": a bound said of a figure, then the figure
    itself in brackets right after it, with its unit — the bound only describes the figure; the figure in brackets is
    the one read (a bound it contradicts, in the same unit, is left as it was)."""
    t = q.text
    said = numbers(q)
    out: list[Mention] = []
    for n in said:
        side = bound_of(t, n.start, n.end)
        b = _BRACKET.match(t, n.end + len(t[n.end:]) - len(t[n.end:].lstrip()))
        if side is None or b is None:
            continue
        inside = [m for m in said if b.start(1) <= m.start and m.end <= b.end(1)]
        if len(inside) != 1 or inside[0].unit is None or not _EXACT_FILLER.fullmatch(t[b.start(1):inside[0].start] + t[inside[0].end:b.end(1)]):
            continue
        exact, line = float(inside[0].value), float(n.value)  # type: ignore[arg-type]
        if inside[0].unit == n.unit and not {"<": exact < line, "<=": exact <= line, ">": exact > line, ">=": exact >= line}[side]:
            continue
        out.append(n)
    return out


def _set_aside_bounds(r: Reading, bounds: list[Mention]) -> None:
    """The bounds `_bounds_restated` found: set aside before any binding, with a note naming the figure read instead."""
    for n in bounds:
        r.set_aside.append((n.start, n.end, "bound_exact"))
        b = _BRACKET.match(r.q.text, n.end + len(r.q.text[n.end:]) - len(r.q.text[n.end:].lstrip()))
        said, exact = clause_of(r.q.text, n.start, n.end).strip(), b.group(1).strip() if b else ""
        r.notes.append(Note(f"「{said}」是範圍，括號裡的「{exact}」是確切的數字，以它計算。",
                            f"“{said}” is a range; “{exact}” in brackets is the exact figure, and it is the one used."))


def _replace_first(value: Any, old: float, new: float) -> tuple[Any, bool]:
    """`value` with the first number equal to `old` in it (a number, a list, a map, items) made `new`."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (new, True) if abs(float(value) - old) < 1e-9 else (value, False)
    if isinstance(value, list):
        out = list(value)
        for i, x in enumerate(out):
            out[i], done = _replace_first(x, old, new)
            if done:
                return out, True
        return value, False
    if isinstance(value, dict):
        out_d = dict(value)
        for k, x in out_d.items():
            out_d[k], done = _replace_first(x, old, new)
            if done:
                return out_d, True
        return value, False
    return value, False


def _exact_for_approx(r: Reading, approx: list[tuple[Mention, Mention]]) -> None:
    """"~350 TACE cases (exact: 352)", "RFA 約 180 例（實際 176 例）": the approximate figure was bound where its words put it;
    the exact one in brackets takes its place there, and the approximate one is set aside, said so. Where the approximate
    one was bound nowhere, the exact one is left to be asked about."""
    t = r.q.text
    for n, m in approx:
        r.set_aside = [x for x in r.set_aside if not (x[0] == m.start and tuple(x[2:]) == ("approx_exact_pending",))]
        line, exact = float(n.value), float(m.value)  # type: ignore[arg-type]
        if m.unit == "年" and not exact.is_integer():
            exact = round(exact, 2)  # ("9 年 8 個月" in years to two decimals, as a years figure read in place: 9.67)
        new = int(exact) if exact.is_integer() else exact
        for name in [x for x in r.args if x in r.read] + [x for x in r.args if x not in r.read]:
            if n.start in r.exact_summed:
                break  # added in its place by a summed map already (`_exact_in_sum`)
            r.args[name], done = _replace_first(r.args[name], line, new)
            if done:
                break
        else:
            r.used.discard(m.start)
            continue
        r.used.add(n.start)
        r.set_aside.append((n.start, n.end, "approx_exact"))
        said = clause_of(t, n.start, n.end).strip()
        r.notes.append(Note(f"「{said}」裡的 {as_number(line)} 是約略的數字，括號裡的 {as_number(exact)} 是確切的數字，以它計算。",
                            f"In “{said}”, {as_number(line):g} is approximate; the exact {as_number(exact):g} in brackets is the one used."))


def _set_aside_restated(r: Reading, restated: list[tuple[Mention, str]]) -> None:
    """The brackets `bot/reader/brackets.py` found saying again what was said: set aside before any binding, said so."""
    t = r.q.text
    for n, why in restated:
        r.used.add(n.start)
        r.set_aside.append((n.start, n.end, why))
        said = clause_of(t, n.start, n.end).strip()
        zh, en = _RESTATED_NOTES.get(why, _RESTATED_NOTES["list_size"])
        value = as_number(float(n.value))  # type: ignore[arg-type]
        r.notes.append(Note(zh.format(said=said, n=value), en.format(said=said, n=f"{value:g}")))


# What each kind of restated figure is, said in the note that sets it aside (`{said}` its clause, `{n}` the figure).
_RESTATED_NOTES: dict[str, tuple[str, str]] = {
    "approx_exact": ("「{said}」裡的 {n} 是約略的數字，括號裡的是確切的數字，以它計算。",
                     "In “{said}”, {n} is approximate; the exact figure in brackets is the one used."),
    "list_total": ("「{said}」裡的 {n} 是前面各項加起來的總數，重述而已，不另計。",
                   "In “{said}”, {n} is the items just listed counted together; it is not counted again."),
    "unit_restated": ("「{said}」括號裡的 {n} 是前面同一段期間換個單位重述，不另計。",
                      "In “{said}”, the {n} in brackets restates the length before it in another unit; it is not counted again."),
    "same_restated": ("「{said}」括號裡的 {n} 是前面同一個數字再說一次（確切數字或出處），只計一次。",
                      "In “{said}”, the {n} in brackets says the figure before it again (exact, or where it comes from); it is counted once."),
    "asked_again": ("「{said}」裡的 {n} 是前面已說過的數字，您問它是否符合規定；由計算結果回答，不另計。",
                    "In “{said}”, {n} is the figure you gave before, asked whether it passes; the result answers it, and it is "
                    "not counted again."),
    "rest_bound": ("「{said}」裡的 {n} 是其餘各項的概括，確切分數在括號裡，以括號裡的計算。",
                   "In “{said}”, {n} sums up the other items; their exact figures in brackets are the ones used."),
    "pointer": ("「{said}」裡的 {n} 指的是前面列出的那個數字，是說明，不另計。",
                "In “{said}”, {n} points back to the figure listed before; it explains it and is not counted again."),
    "items_pointed": ("「{said}」裡的 {n} 是問題所指的前面那幾項活動有幾項，不是其中一項的次數，不另計。",
                      "In “{said}”, {n} is how many of the activities named before the question is about; it is no count of "
                      "any of them."),
    "list_size": ("「{said}」裡的 {n} 是前面列出的數字有幾個，不是其中一個數字，不另計。",
                  "In “{said}”, {n} says how many figures the list before it holds; it is not one of them."),
}


def _breakdowns(q: Query, vocab: Vocabulary, taken: list[Mention]) -> list[Mention]:
    """"4 invited talks on ablation (2 in TW, 2 abroad)": figures in brackets that add up to the count before them, in its
    clause, are that count's parts — no figure of any other slot (never summed into the cases). Only where the brackets
    name none of the vocabulary's words (a breakdown by kind — "3 meetings (2 seminars, 1 overseas)" — is read as items)."""
    t = q.text
    said = [n for n in numbers(q) if n not in taken]
    words = [vocab.terms.get(w, w) for s in vocab.slots for w in (s.terms, *(c.terms for c in s.choices)) if w]
    words += [f.terms for s in vocab.slots for f in s.fields if f.terms]
    words += [c.terms for s in vocab.slots for f in s.fields for c in f.choices if c.terms]
    out: list[Mention] = []
    for b in _BRACKET.finditer(t):
        inside = [n for n in said if b.start(1) <= n.start and n.end <= b.end(1)]
        left = max(t.rfind(ch, 0, b.start()) for ch in "，,。；;？?！!\n") + 1
        before = [n for n in said if left <= n.start and n.end <= b.start()]
        # ("did ATLS twice (one renewal)", "月會 3 次（1 次線上）": one figure in the bracket, fewer than the count just
        # before it, said of some of them in words naming nothing the calculation reads — which of them, already counted)
        # (never a total said, "(3 altogether)", nor a part of a length, "one 4 hours (3 …)")
        one_part = (len(inside) == 1 and bool(before) and inside[0].unit in (None, before[-1].unit)
                    and before[-1].unit in (None, "次", "篇", "場", "场", "張", "张", "個", "个")
                    and not compiled(QUALIFIERS["total"]).search(b.group(1))
                    and 0 < float(inside[0].value) < float(before[-1].value)  # type: ignore[arg-type]
                    and b.start() - before[-1].end <= 40 and not re.search(r"\d", t[before[-1].end:b.start()]))
        if not one_part and (len(inside) < 2 or any(n.unit not in (None, inside[0].unit) for n in inside)):
            continue
        if not one_part and (not before or abs(sum(float(n.value) for n in inside) - float(before[-1].value)) > 1e-9):  # type: ignore[arg-type]
            continue
        inside_words = b.group(1)
        kinds = [c for s in vocab.slots if s.kind == "items" for c in s.choices]
        def named(text: str) -> set[object]:
            return {c.value for c in kinds if any(w and compiled(vocab.terms.get(w, w)).search(text) for w in (c.terms, c.names))}
        said_kinds = named(inside_words)
        if said_kinds:
            # "國外介入會議 4 次（2 次 CIRSE、2 次 JSIR）": the meetings counted, named by kind of the same one — parts still
            if not said_kinds <= named(t[left:b.start()]):
                continue
            inside_words = "".join(ch if not any(c.value in said_kinds and any(w and compiled(vocab.terms.get(w, w)).search(ch)
                                                                                for w in (c.terms, c.names)) for c in kinds) else " "
                                   for ch in re.split(r"([、,，/;；]|\s+)", inside_words))
        if any(compiled(vocab.terms.get(w, w)).search(inside_words) for w in words
               if not any(w in (c.terms, c.names) for c in kinds if c.value in said_kinds)):
            continue
        if _years_listed(vocab, t[left:b.start()], inside):
            continue  # "6年合計590(105/98/102/95/90/100)": the years' figures are the list, the total a check (`_stated_totals`)
        out += inside
    return out


# how many years a total is said to cover, in the words before it ("6年合計", "my 6-year total", "over the 6 years")
_YEARS_SPAN = re.compile(r"(\d+)\s*(?:個|个)?\s*年(?![度會会级級])|\b(\d+)[- ]?(?:years?|yrs?)\b", re.IGNORECASE)


def _years_listed(vocab: Vocabulary, before: str, inside: list[Mention]) -> bool:
    """"學會系統顯示我6年合計590(105/98/102/95/90/100)", "my 6-year total is 590 (105/98/…)": figures in brackets after a
    total said of as many years as there are figures, where the calculation takes a list of figures in their unit — one
    figure a year, the list itself; never parts of one figure ("去年120(年會60、月會60)" names no span of that many years)."""
    if not any(s.kind == "list" and all((n.unit or "") in s.units for n in inside) for s in vocab.slots):
        return False
    return any(int(next(g for g in m.groups() if g)) == len(inside) for m in _YEARS_SPAN.finditer(before))


# "120+90+50+30 =290", "RFA 80 + MWA 45 = 125 例": the person's own sum written out, its result after the equals sign
_PLUS = re.compile(r"\s*[+＋]\s*")
_EQUALS_AFTER = re.compile(r"\s*(?:例|案|件|台|cases?)?\s*(?:[=＝]|→|->)\s*", re.IGNORECASE)
# the plus between two terms of a sum, with the next term's short label: one to three English words ("ureteral",
# "duodenal stent") or up to six Chinese characters ("切片")
_SUM_PLUS = re.compile(r"\s*(?:例|案|件|台|cases?)?\s*[+＋]\s*(?:(?:[A-Za-z][A-Za-z-]{0,15}\s*){1,3}|[\u4e00-\u9fff]{1,6}\s*)?", re.IGNORECASE)


def _own_sum_terms(q: Query, vocab: Vocabulary) -> tuple[list[Mention], list[tuple[list[Mention], Mention]]]:
    """The terms of a sum the person writes out with its result ("120+90+50+30 =290"), where the terms add up to it: the
    result is the figure, the terms are in it. Only for a calculation that takes single figures (a list of yearly figures
    or of activities reads each term as an item, and the ledger checks the sum); a sum that does not add up is left as it
    is asked: returned apart, each run of terms with the result it disagrees with."""
    if any(s.kind in ("list", "items") for s in vocab.slots):
        return [], []
    t = q.text
    nums = [n for n in numbers(q) if not n.kind == "date"]
    out: list[Mention] = []
    wrong: list[tuple[list[Mention], Mention]] = []
    i = 0
    while i < len(nums):
        run = [nums[i]]
        j = i + 1
        # (a word between a term and its plus names it: "引流 120 + 切片 90", "biliary 70 + ureteral 35 + duodenal 15" —
        # a short label, no clause break)
        while j < len(nums) and _SUM_PLUS.fullmatch(t[run[-1].end:nums[j].start]):
            run.append(nums[j])
            j += 1
        if len(run) >= 2 and j < len(nums) and _EQUALS_AFTER.fullmatch(t[run[-1].end:nums[j].start]) \
                and len({n.unit for n in run} - {None}) <= 1:
            if abs(sum(float(n.value) for n in run) - float(nums[j].value)) < 1e-9:  # type: ignore[arg-type]
                out += run
            else:  # "70 + 35 + 15 = 130": the sum and its result disagree — which one is meant is asked, never both added
                wrong.append((run, nums[j]))
            i = j + 1
            continue
        i = j if j > i + 1 else i + 1
    return out, wrong


def _ask_sum_mismatch(r: Reading, wrong: list[tuple[list[Mention], Mention]]) -> None:
    """A written-out sum whose terms do not add up to the result after its equals sign ("70 + 35 + 15 = 130 cases"): its
    terms set aside (the result is read as the figure, so the call is still recognised) and which figure is meant asked
    (the terms' sum or the stated result), never both added."""
    for run, total in wrong:
        # (neither used nor set aside: the terms stay the person's own figures, unread where no call forms, so the question
        # is still their calculation — "…120+90+50+30 =300，…那項還差幾例？" is asked, never answered with the rule's 300)
        shown = "+".join(f"{float(n.value):g}" for n in run)  # type: ignore[arg-type]
        whole = sum(float(n.value) for n in run)  # type: ignore[arg-type]
        said = float(total.value)  # type: ignore[arg-type]
        r.mismatch.append(Need("sum", f"您寫的 {shown} 加起來是 {whole:g}，不是 {said:g}；請問正確的數字是 {whole:g} 還是 {said:g}？",
                               f"{shown} adds up to {whole:g}, not {said:g}; which is right, {whole:g} or {said:g}?"))


# "共210分（教育積分150＋國外會議4次60）", "total 210 (150 CME + 4 overseas meetings)", "合計 185：SCI 一作 1 篇、…": the
# person's own total, then in brackets or after a colon the figures it is made of
_BREAKDOWN_AFTER = re.compile(r"\s*(?:分|points?|pts|credits?|例|案|次|篇|cases?)?\s*(?:[(（]([^()（）]*)[)）]|[:：]([^。；;?？!！\n]*))",
                              re.IGNORECASE)


_TOTAL_SAID = re.compile(r"(?:總共|一共|合計|總計|共計|加起來|\bin total\b|\baltogether\b|\bin all\b|\ball told\b)"
                         r"[^\d,，。；;:：()（）]{0,16}$", re.IGNORECASE)  # "in total I have 215", "總共我算有 210"


def _stated_totals(q: Query, parts: list[Mention]) -> list[Mention]:
    """A total the person states before the figures it is made of (brackets or a colon right after it, two figures or more
    inside that no breakdown reading took): a check of the result, never a figure of any slot — left unbound, so the
    ledger compares it with the result (and asks when it differs)."""
    t = q.text
    out: list[Mention] = []
    for n in numbers(q):
        if not (total_before(t, n.start) or _TOTAL_SAID.search(t, max(0, n.start - 24), n.start)) or n in parts:
            continue
        m = _BREAKDOWN_AFTER.match(t, n.end)
        if m is None:
            continue
        a, b = m.span(1) if m.group(1) is not None else m.span(2)
        inside = [x for x in numbers(q) if a <= x.start and x.end <= b and x not in parts]
        if len(inside) >= 2:
            out.append(n)
    return out


_PAIR_BEFORE = re.compile(r"\d(?:\.\d+)?\s*(?:分|%|points?)?\s*(?:[、/,，]|和|及|跟|與|与|\band\b)\s*\d", re.IGNORECASE)


def _told_note(r: Reading, told: list[Mention]) -> None:
    """The note for figures said of another person (set aside before binding: `others_figures`), quoting their words."""
    if not told:
        return
    said = list(dict.fromkeys(r.q.text[a:b].strip(" ,，") for a, b in others_spans(r.q.text) if any(a <= n.start < b for n in told)))
    r.notes.append(Note("、".join(f"「{w}」" for w in said) + "說的是別人的情形，不是您的數字，未列入計算。",
                        ", ".join(f"“{w}”" for w in said) + " is about someone else, not one of your figures; it is left out of the calculation."))


def _set_aside_differences(r: Reading, diffs: list[Mention]) -> None:
    """"差一例是不是就不行", "short by one — does that fail?", "還缺 2 篇": a difference the person supposes from the line,
    not one of their figures — set aside (the calculation says how far they are), never added to a count."""
    _set_aside(r, diffs, "own_difference", "是與門檻的差距，不是您的件數或分數，未列入計算；差多少由計算結果說明。",
               " is the gap to the line, not one of your figures; it is left out, and the result shows the gap.")


def _set_aside_guesses(r: Reading, guesses: list[Mention]) -> None:
    """"平均應該不到 320 吧", "probably over 60%?", "滿60了沒": the person's guess of a line, or a line asked — not one of
    their figures. Set aside (unused, its reason: the calculation decides), never asked back; a fact it leaves missing
    is asked as any missing fact is."""
    _set_aside(r, guesses, "own_guess", "是您對門檻或結果的猜測，不是您的數字，未列入計算；是否達到由計算結果判斷。",
               " is your guess of the line or the result, not one of your figures; it is left out, and the result decides it.")


def _guessed_dates(r: Reading) -> list[Mention]:
    """"recall due by? we think Apr 30 but not sure": a month and day the person guesses the result is, as a mention to set
    aside (a date is none of `numbers`), unless a binding took it."""
    return [Mention("partial_date", a, b, r.q.text[a:b]) for a, b in guessed_dates(r.q.text)
            if not any(s < b and a < e for s, e, _ in r.set_aside)]


def _set_aside(r: Reading, mentions: list[Mention], reason: str, zh: str, en: str) -> None:
    """Set the mentions aside with their reason and say so once, quoting the clause of each."""
    if not mentions:
        return
    r.set_aside += [(n.start, n.end, reason) for n in mentions]
    clauses = list(dict.fromkeys(clause_of(r.q.text, n.start, n.end).strip() for n in mentions))  # (each clause once)
    said = "、".join(f"「{c}」" for c in clauses)
    said_en = ", ".join(f"“{c}”" for c in clauses)
    r.notes.append(Note(said + zh, said_en + en))


# "陽性沒有資料", "沒抽到陽性個案", "no data for positives", "positive: n/a": no such figure exists (never "還沒出來", "忘了",
# "not back yet": a figure that exists and is asked for)
_NO_DATA = re.compile(r"沒有資料|沒資料|無資料|没有资料|没资料|无资料|沒有數據|没有数据|無數據|无数据|沒有(?:這|这)?(?:項|项)?(?:數字|数字)|"
                      r"沒(?:有)?抽到|没(?:有)?抽到|\bno data\b|\bn/?a\b|\bnot applicable\b|\bnone (?:were |was )?(?:sampled|drawn)\b",
                      re.IGNORECASE)


def _said_lacking(r: Reading, needs: list[Need]) -> list[Need]:
    """"陰性複判差異 15.5%，陽性沒有資料", "negative 18%, no data for the positives": a fact the result stands without
    (`Slot.partial`) that the person says does not exist — not asked: the result from the facts given goes out, with what
    the missing one may still change, said so. A figure not at hand yet ("還沒出來", "not back yet") is asked, as before."""
    t = r.q.text
    kept: list[Need] = []
    for n in needs:
        slot = next((s for s in r.vocab.slots if s.name == n.key and s.partial and s.terms), None)
        said = terms(t, "", r.pattern(slot.terms)) if slot is not None else []
        if slot is None or r.invalid or not r.holds(("@fact",)) \
                or not any(_NO_DATA.search(clause_of(t, m.start, m.end)) for m in said):
            kept.append(n)
            continue
        zh, en = field_labels(r, slot.name)
        r.notes.append(Note(f"您說沒有「{zh}」的資料，計算只用已提供的數字。", f"You say the {en.lower()} is not available; "
                            "the calculation uses the figures given."))
        if isinstance(slot.partial, tuple):
            r.notes.append(Note(*slot.partial))
    return kept


def _each_if_missing(r: Reading, needs: list[Need]) -> list[Need]:
    """"證書 117/5/31 到期，何時申請？" with no certificate named: one call per certificate, said so (the slot's
    `each_if_missing`), instead of a question — when that choice is the only fact missing."""
    slot = next((s for s in r.vocab.slots if s.each_if_missing and [n.key for n in needs] == [s.name]), None)
    if slot is None or r.invalid:
        return needs
    values = list(dict.fromkeys(choice_labels(r, slot.name)) or dict.fromkeys(str(c.value) for c in slot.choices))
    r.args[slot.name] = values[0]
    r.extra = [{slot.name: v} for v in values[1:]]
    r.notes.append(Note(*slot.each_if_missing))
    return []

# (a space after a count of months parts two trainings as a comma would: "出國受訓3個月 回國後在區域醫院進修2個月")
_CLAUSE_CUT = re.compile(r"[，,。；;？?！!\n]|(?<=\d個月|\d个月)[ \u3000]+(?=[\u4e00-\u9fff])|(?<=\d\s個月|\d\s个月)[ \u3000]+(?=[\u4e00-\u9fff])")


def _unmet(q: Query, vocab: Vocabulary) -> list[tuple[Mention, tuple[str, str]]]:
    """The numbers of clauses naming an activity in a case its rule's condition excludes (`Vocabulary.unmet`), each with
    the note saying why — with other facts beside them only: a question about that activity alone is the rule's (its
    restriction answers it)."""
    if not vocab.unmet:
        return []
    from bot.rules_answer import case_excluded  # noqa: PLC0415 - the rules answer's families of excluded values
    from knowledge.corpus import load_corpus  # noqa: PLC0415

    t, corpus = q.text, load_corpus()
    found: list[tuple[Mention, tuple[str, str]]] = []
    cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(t)), len(t) + 1]
    for a, b in zip(cuts, cuts[1:]):
        clause = t[a:b - 1]
        for words, cid, note in vocab.unmet:
            rule = corpus.get(cid)
            if rule is not None and compiled(words).search(clause) and case_excluded(rule.text, clause):
                found += [(n, note) for n in numbers(q) if a <= n.start < a + len(clause)]
    taken = {n.start for n, _ in found}
    return found if found and any(n.start not in taken for n in numbers(q)) else []


def _framing(r: Reading) -> list[tuple[int, int]]:
    """Numbers inside the words that frame the question (who it is about, the period of a count), not facts:
    set aside with the vocabulary's note, unless a slot took their value."""
    framed = [m.span() for pattern, _ in r.vocab.framing for m in compiled(pattern).finditer(r.q.text)]
    # a slot's value that a number outside every framing phrase gives came from that number ("SCI 1 篇一作、1 篇我是
    # 第三作者": the second 1 is still set aside); one only a framed number gives may have been read from it
    free = {float(n.value) for n in numbers(r.q) if not any(a <= n.start < b for a, b in framed)}  # type: ignore[arg-type]
    taken = {float(v) for v in r.args.values() if isinstance(v, (int, float)) and not isinstance(v, bool)} - free
    spans: list[tuple[int, int]] = []
    for pattern, note in r.vocab.framing:
        found = [n for m in compiled(pattern).finditer(r.q.text) for n in numbers(r.q)
                 if m.start() <= n.start < m.end() and float(n.value) not in taken]  # type: ignore[arg-type]
        found += [d for m in compiled(pattern).finditer(r.q.text) for d in dates(r.q)
                  if d.kind != "bad_date" and m.start() <= d.start < m.end()]
        if found:
            spans += [(n.start, n.end) for n in found]
            r.notes.append(Note(*note))
    return spans

def _rest_below(r: Reading, aside: list[tuple[int, int]]) -> set[str]:
    """A whole in a slot's `rest_below` words ("SCI 有 2 篇") with parts of it set aside by the framing later in its sentence
    ("其中 1 篇我是二作"), the slot not read: its rest is the slot's at most — read as it, with the note, when it is below the
    slot's figure (no authorship of the rest changes the verdict); else left for the question back."""
    t, read_so = r.q.text, set()
    for s in r.vocab.slots:
        if s.rest_below is None or s.name in r.args:
            continue
        words, below, note = s.rest_below
        for n in numbers(r.q):
            if n.start in r.used or any(a <= n.start < b for a, b in aside) or (s.units and n.unit not in s.units) \
                    or not compiled(words).search(t[max(0, _sentence_of(t, n.start), n.start - 12):n.end + 6]):
                continue
            end = next((m.start() for m in re.finditer(r"[。；;？?！!\n]", t) if m.start() >= n.end), len(t))
            parts = [m for m in numbers(r.q) if n.end <= m.start < end and any(a <= m.start < b for a, b in aside)]
            whole, part = float(n.value), sum(float(m.value) for m in parts)  # type: ignore[arg-type]
            rest = whole - part
            if not parts or rest < 0:
                continue
            if rest >= below:
                # ("SCI 3 篇，其中 1 篇是二作": the other two's authorship decides — asked, never taken either way)
                if s.unread_ask and not any(x.key == s.name for x in r.mismatch):
                    r.mismatch.append(Need(s.name, s.unread_ask[0].format(given=as_number(whole)),
                                           s.unread_ask[1].format(given=as_number(whole))))
                    r.used.add(n.start)
                break
            r.args[s.name] = int(rest) if rest == int(rest) else rest
            r.used.add(n.start)
            r.read.append(s.name)
            r.notes.append(Note(note[0].format(whole=as_number(whole), part=as_number(part), rest=as_number(rest)),
                                note[1].format(whole=as_number(whole), part=as_number(part), rest=as_number(rest))))
            read_so.add(s.name)
            break
    return read_so


def _bind_items(r: Reading) -> list[Need]:
    needs: list[Need] = []
    for s in (x for x in r.vocab.slots if x.kind == "items"):
        got, facts = bind_items(r, s)
        needs += got
        r.item_facts[s.name] = facts
        _lengths_not_taken(r, s)
        _own_subtotals(r, s)
    return needs


_GLUED = re.compile(r"\s*(?:[:：=]|是|有)?\s*$")


def _own_subtotals(r: Reading, s: Slot) -> None:
    """"今年 年會60、月會4次(80)": a bare figure right after an item's kind words (no counter) that is exactly what one item
    of that kind is worth by the tool itself (its total for a count of one) is the person's own reckoning of that one item —
    a count of one; the figure is set aside, said so (the ledger checks the person's total against the result)."""
    from calculators.registry import run_tool  # the tool's own figure for one item: no rule restated here

    t = r.q.text
    count = next((f.name for f in s.fields if f.kind == "number"), None)
    for item in r.args.get(s.name) or []:
        if count is None or not isinstance(item, dict) or not isinstance(item.get(count), (int, float)) or item[count] < 2:
            continue
        said = next((n for n in numbers(r.q) if n.unit is None and n.start in r.used and float(n.value) == float(item[count])  # type: ignore[arg-type]
                     and any(k == item.get("kind") and _GLUED.fullmatch(t[end:n.start]) for _, end, k in named_kinds(r, s, t[:n.start]))), None)
        if said is None:
            continue
        try:
            one = run_tool(r.vocab.tool, {s.name: [{**item, count: 1}]})
        except Exception:  # noqa: BLE001 — an item the tool does not take alone: left as read
            continue
        if float(getattr(one, "total", -1)) != float(item[count]):
            continue
        item[count] = 1
        r.set_aside.append((said.start, said.end, "own_subtotal"))
        clause = clause_of(t, said.start, said.end).strip()
        r.notes.append(Note(f"「{clause}」裡的 {as_number(float(said.value))} 是這一項的積分（您自己算的），讀為 1 次，不是次數。",  # type: ignore[arg-type]
                            f"In “{clause}”, {as_number(float(said.value)):g} is that item's credits as you reckoned them: "  # type: ignore[arg-type]
                            "read as one, not as a count."))


_LENGTH_UNITS = ("天", "小時")
# an activity named right after a length ("a 1 hr domestic lecture", "兩小時的演講"): the length is that activity's, not the
# meeting's before it
_ACTIVITY_NOUN = re.compile(r"\s*(?:-?\s*(?:long|hours?|hrs?|days?)\s+)?(?:的\s*)?(?:[\w-]+\s+){0,2}?(?:lectures?|talks?|courses?|"
                            r"seminars?|sessions?|workshops?|symposi\w*|classes|class|meetings?|conferences?|webinars?|演講|講座|課程|"
                            r"研討會|講習|會議|工作坊|課)", re.IGNORECASE)


def _lengths_not_taken(r: Reading, s: Slot) -> None:
    """"ACS clinical congress in the US (5 days)", "國際會議（開了 4 天）", "the overseas congress, 3 days": a length said of an
    item whose kind no field takes a length in that unit (an international meeting's credits do not turn on its days) —
    what the meeting was like, no input and no count: set aside, said so, never asked back."""
    t = r.q.text
    kinds_read = {it.get("kind") for it in r.args.get(s.name) or [] if isinstance(it, dict)}
    aside = {x[0] for x in r.set_aside}
    for n in numbers(r.q):
        if n.unit not in _LENGTH_UNITS or n.start in r.used or n.start in aside:
            continue
        right = t[n.end:n.end + 28]
        right = right[:min([i for i in (right.find(ch) for ch in "，,。；;？?！!\n") if i >= 0] or [len(right)])]
        if named_kinds(r, s, right) or _ACTIVITY_NOUN.match(right):
            _length_beside_taken(r, s, n)
            continue  # "… annual meeting and a 1 hr domestic lecture": the length of the activity named after it
        left = max(t.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n") + 1  # (a bracket opened before it is in its clause)
        named = named_kinds(r, s, t[left:n.start])
        if not named and left and t[left - 1] in "，,":  # "one overseas congress in Japan, 6 days long": the clause before
            named = named_kinds(r, s, t[max(t.rfind(ch, 0, left - 1) for ch in "，,。；;？?！!\n") + 1:left])
        if not named:
            continue
        kind = named[-1][2]  # the kind named last before the length
        if kind not in kinds_read or any(n.unit in f.units and (not f.of_kinds or kind in f.of_kinds) for f in s.fields):
            continue
        r.set_aside.append((n.start, n.end, "attribute"))
        r.used.add(n.start)
        said = clause_of(t, n.start, n.end).strip()
        # (an item's kind is named by the item model's own labels: "本會年會", never its key)
        label = (choice_labels(r, s.name) or kind_labels(r.vocab.model, s.name)).get(str(kind), (str(kind), str(kind)))
        r.notes.append(Note(f"「{said}」是{label[0]}的長度，這類活動的積分不依長度計算，未列入計算。",
                            f"“{said}” is how long the {label[1]} lasted; its credits do not depend on its length, so it is not used."))


# the end of an item's words after its kind: the next clause break outside brackets ("a one-day symposium (about 4 hrs), and …")
_ITEM_END = re.compile(r"[，,。；;？?！!\n](?![^(（]*[)）])|\.(?=\s|$)|\band\b|\bplus\b|另外|以及|還有|还有")


def _length_beside_taken(r: Reading, s: Slot, n: Mention) -> None:
    """"a one-day local trauma symposium (about 4 hrs)", "一天的研討會（約 4 小時）": a length said before an activity whose
    credits go by a length in another unit, which its own words give too and which was read — how long the day was, said
    by the figure the tool takes: the day count is what the event was like, no count and no input (set aside, said so).
    Without that figure ("a one-day symposium") the length is left as it was: the hours are asked."""
    t = r.q.text
    end = _ITEM_END.search(t, n.end)
    words = t[n.end:end.start() if end else len(t)]
    named = named_kinds(r, s, words)
    if not named:
        return
    kind = named[0][2]
    if any(n.unit in f.units and (not f.of_kinds or kind in f.of_kinds) for f in s.fields):
        return  # (a length the kind's own field takes in this unit: the reader's to read)
    taken = [f for f in s.fields if f.kind == "number" and f.of_kinds and kind in f.of_kinds
             and any(u in _LENGTH_UNITS and u != n.unit for u in f.units)]
    said = [m for m in numbers(r.q) if n.end <= m.start < n.end + len(words) and m.start in r.used
            and any(m.unit in f.units for f in taken)]
    items = [it for it in r.args.get(s.name) or [] if isinstance(it, dict) and it.get("kind") == kind]
    if not said or not any(it.get(f.name) == said[0].value for it in items for f in taken):
        return
    r.set_aside.append((n.start, n.end, "days_by_hours"))
    r.used.add(n.start)
    label = (choice_labels(r, s.name) or kind_labels(r.vocab.model, s.name)).get(str(kind), (str(kind), str(kind)))
    length = t[n.start:n.end]
    r.notes.append(Note(f"「{length}」是這場{label[0]}的長度，積分依您說的時數（{t[said[0].start:said[0].end]}）計，天數未列入計算。",
                        f"“{length}” is how long the {label[1]} lasted; it is credited by the hours you gave "
                        f"({t[said[0].start:said[0].end]}), so the day count is not used."))


_SENTENCE_END = re.compile(r"[。；;？?！!\n]|\.(?=\s|$)|[,，]\s*(?=(?:and|but|while|whereas)\b|而|但|至於|至于|另外)", re.IGNORECASE)


def _each_choice(q: Query, vocab: Vocabulary) -> Extraction | None:
    """"Self-selected: non-dense 361, dense 359. And my sampled sets were 366 and 370 — grades?": an `exclusive` enum
    whose choices are each named in sentences of their own, each with its own facts, is one call per choice (in the
    order said), every one read from its own sentences alone. Anything less — a sentence naming two choices, a
    reading that misses a fact or finds none — is None (the question asks which one, as before)."""
    slot = next((s for s in vocab.slots if s.kind == "enum" and s.exclusive), None)
    if slot is None or q.followup_start:
        return None
    t = q.text
    named = lambda text: {c.value for c in slot.choices if c.terms and compiled(vocab.terms.get(c.terms, c.terms)).search(text)}
    if len(named(t)) < 2:
        return None
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(t)), len(t)]
    groups: list[tuple[object, int, int]] = []  # (choice, start, end)
    for a, b in zip(bounds, bounds[1:]):
        if not t[a:b].strip():
            continue
        got = named(t[a:b])
        if len(got) > 1:
            return None
        if got and (not groups or groups[-1][0] != next(iter(got))):
            groups.append((next(iter(got)), a, b))
        elif groups:
            groups[-1] = (groups[-1][0], groups[-1][1], b)  # a sentence naming none goes with the one before
        else:
            return None  # facts before any choice is named: whose they are is asked
    if len({g[0] for g in groups}) != len(groups) or len(groups) < 2:
        return None
    # the question sentence(s) after the last facts ("Which grade for each?") are every call's
    calls: list[Extraction] = []
    for _, a, b in groups:
        part = Query(t[a:b], q.today)
        if part.text != t[a:b]:
            return None  # the piece reads differently alone: no spans to map back
        ext = read(part, vocab)
        if ext is None or not ext.complete or ext.invalid or not ext.facts or ext.extra_calls or ext.tool != vocab.tool:
            return None
        calls.append(ext)
    first = calls[0]
    notes = [n for e in calls for n in e.notes]
    out = Extraction(vocab.tool, dict(first.args), [], list(dict.fromkeys(notes)), score=max(e.score for e in calls),
                     facts=sum(e.facts for e in calls))
    out.extra_calls = [dict(e.args) for e in calls[1:]]
    out.set_aside = [(a + x[0], a + x[1], *x[2:]) for (_, a, _), ext in zip(groups, calls) for x in ext.set_aside]
    return out
