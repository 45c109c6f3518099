"""After binding: replies, alternatives, inputs that cannot change the result, calls per key, and the check
by the tool's input model (a rejected value is `invalid`, a missing one a `Need`)."""

from __future__ import annotations

import re

from bot.extract.base import Need, Note
from bot.reader.mentions import ABSENT, clause_of, compiled, numbers, occurs, terms
from bot.reader.numbers import outermost
from bot.reader.reading import Reading, as_number, choice_labels, field_labels, model_problems, rejected, units_ok
from calculators.registry import Calculation
from calculators.vocab import Slot


def fill(r: Reading) -> None:
    """A missing input whose value cannot change the result (the calculator's other path holds): use it, say so."""
    for s in r.vocab.slots:
        if s.fill and not s.split and s.name not in r.args and r.any(s.fill[0]):
            r.args[s.name] = s.fill[1]
            r.notes.append(Note(*s.fill[2]))

# papers or talks named earlier in the clause of a key's word ("論文都是消融的", "2 SCI papers on ablation"): the word says
# what the papers are about, never the key the cases are counted under
_PAPERS_BEFORE = re.compile(r"(?:論文|论文|文章|paper|article|publication|演講|演讲|\btalks?\b|\blectures?\b)[^，,。；;:：\d]*$", re.IGNORECASE)


def _about_papers(t: str, at: int) -> bool:
    """The key's word at `at` qualifies papers or talks named before it in its clause."""
    return _PAPERS_BEFORE.search(t, max(0, at - 30), at) is not None


def _said_with_note(r: Reading, name: str) -> bool:
    """The enum's value came from words of the question that a note reads as it ("the stenting domain" with biliary stents
    named: non-vascular stenting, `vocab_tsir.SHARED_DOMAINS`) — the key asked, as one read plainly is."""
    value = r.args.get(name)
    slot = next((x for x in r.vocab.slots if x.name == name and x.kind == "enum"), None)
    return value is not None and slot is not None and any(
        c.value == value and c.terms and c.note and occurs(r.pattern(c.terms), r.q.text) and (not c.when or r.any(c.when))
        for c in slot.choices)


def split(r: Reading, s: Slot) -> None:
    """A map whose keys are calls: one call per key named (or the one asked about), its number the map's input."""
    t = r.q.text
    values: dict[str, float] = dict(r.args.pop(s.name, None) or {})
    r.read = [x for x in r.read if x != s.name]
    found = outermost([terms(t, "", r.pattern(c.terms)) for c in s.choices])
    positions = {str(c.value): kept[0] for c, ws in zip(s.choices, found)
                 if (kept := [w.start for w in ws if not _about_papers(t, w.start)])}
    asked = r.args.get(s.split) if s.split in r.read or _said_with_note(r, s.split) else None
    orphan = values.pop("?", None)
    if asked is not None:
        keys = [asked]
    else:
        keys = sorted(set(values) | set(positions), key=lambda k: positions.get(k, len(t)))
    if not keys:
        return
    if orphan is not None:
        values[keys[0]] = values.get(keys[0], 0) + orphan
    if s.name in r.reply_split and not values:
        values[keys[0]] = r.reply_split[s.name]
    calls, read = [], 0
    filled = False
    for key in keys:
        value = values.get(key)
        if value is None:
            if s.fill and r.any(s.fill[0]):
                value = s.fill[1]
                filled = True
            else:
                if s.ask and not r.split_needs:
                    zh, en = choice_labels(r, s.split).get(key, (key, key))
                    r.split_needs.append(Need(s.name, s.ask[0].format(key=zh), s.ask[1].format(key=en)))
                continue
        else:
            read += 1
        calls.append({s.split: key, s.name: as_number(value)})
    # "血管介入 60 例；膽道支架的題目我講過 3 次": a number said of one key counts in that key's call only.
    for other in (x for x in r.vocab.slots if x.same_key and x.same_key[0] == s.name and r.keyed.get(x.name)):
        value = r.args.get(other.name)
        for call in calls if value is not None else ():
            call[other.name] = value
            if call[s.split] not in r.keyed[other.name] and value:
                call[other.name] = 0
                zh, en = choice_labels(r, s.split).get(call[s.split], (call[s.split], call[s.split]))
                r.notes.append(Note(f"［{zh}］" + other.same_key[2][0].format(value=as_number(value)),
                                    f"[{en}] " + other.same_key[2][1].format(value=as_number(value))))
    if filled and s.fill:
        r.notes.append(Note(*s.fill[2]))
    r.item_facts[s.name] = read
    if read:
        r.read.append(s.name)
    first = calls[0] if calls else {s.split: keys[0]}
    r.args.update(first)
    r.extra = calls[1:]


# ------------------------------------------------------------------------------------------ binding

def bind_reply(r: Reading) -> None:
    """A reply to a clarifying question: its bare numbers fill the slots that were asked for, in order."""
    q = r.q
    if not q.followup_start or not q.expected:
        return
    reply = [n for n in numbers(q) if n.start >= q.followup_start]
    for key in q.expected:
        split = next((s for s in r.vocab.slots if s.name == key and s.kind == "map" and s.split), None)
        if split is not None:
            fits = [n for n in reply if n.unit is None]
            if fits and not r.args.get(key):
                reply.remove(fits[0])
                r.reply_split[key] = float(fits[0].value)  # type: ignore[arg-type]
            continue
        keyed = next((s for s in r.vocab.slots if s.kind == "map" and not s.split and s.reply and not s.many
                      and any(str(c.value) == key for c in s.choices)), None)
        if keyed is not None:
            # "field alignment was 72": the reply gives the map key that was asked for
            fits = [n for n in reply if n.unit is None or units_ok(keyed, n.unit)]
            have = r.args.get(keyed.name) if isinstance(r.args.get(keyed.name), dict) else {}
            if fits and key not in have:
                candidate = {**r.args, keyed.name: {**have, key: as_number(float(fits[0].value))}}  # type: ignore[arg-type]
                if not rejected(r, candidate, keyed.name):
                    reply.remove(fits[0])
                    r.args = candidate
                    r.read.append(keyed.name)
            continue
        slot = next((s for s in r.vocab.slots if s.name == key and s.kind == "number" and s.reply), None)
        if slot is None or key in r.args:
            continue
        fits = [n for n in reply if n.unit is None or units_ok(slot, n.unit)]
        if fits:
            reply.remove(fits[0])
            candidate = {**r.args, key: as_number(float(fits[0].value) * dict(slot.scale).get(fits[0].unit or "", 1))}  # type: ignore[arg-type]
            if rejected(r, candidate, key):
                continue  # a reply that is no valid value is asked again
            r.args = candidate
            r.read.append(key)

def drop_lone(r: Reading) -> None:
    """A slot that is no fact on its own: without another fact it neither counts nor, at its default, stays."""
    lone = [s for s in r.vocab.slots if not s.alone and s.name in r.args]
    if not lone or r.holds(("@fact",)):
        return
    for s in lone:
        r.read = [n for n in r.read if n != s.name]
        if r.args[s.name] == r.vocab.model.model_fields[s.name].default:
            r.args.pop(s.name)

def keep_one_of(r: Reading) -> None:
    """One of the alternative groups of inputs (`Vocabulary.one_of`): the first one read whole, else the first one read in
    part ("疑似陽性 80 例、完成 47 例" before the rate they make, "完成率 58.75%" before a count said alone)."""
    groups = [g for g in r.vocab.one_of if any(s in r.args for s in g)]
    groups.sort(key=lambda g: not all(s in r.args for s in g))
    for g in groups[1:]:
        for s in g:
            r.args.pop(s, None)


# ---------------------------------------------------------------------------------------- checking

# One more item of a list named with no figure and said not at hand ("a third set I can't find the sheet for", "the last
# one isn't back yet", "還有一組找不到", "另一組分數還沒出來")
_ITEM_ABSENT = re.compile(r"(?:\b(?:a|the)\s+(?:second|third|fourth|fifth|last|other|remaining)\s+(?:set|one|score|film|image)s?\b|\bone more (?:set|score)\b"
                          r"|(?:還有|还有|另|最後|最后|第[二三四五六2-6])\s*(?:一|1)?\s*(?:組|组|張|张))"
                          r"[^.;。；？?!！\d]{0,40}?(?:can'?t find|cannot find|couldn'?t find|lost|missing|isn'?t (?:back|in)|not (?:back|in) yet"
                          r"|pending|找不到|不見|不见|遺失|遗失|還沒出來|还没出来|還沒拿到|还没拿到|還沒有|还没有)", re.IGNORECASE)


def _reply_scored(r: Reading, s: Slot) -> bool:
    """Did a reply to the question back give a figure the slot now holds (the item that was not at hand)?"""
    if not r.q.followup_start:
        return False
    held = r.args.get(s.name)
    values = [v for x in (held.values() if isinstance(held, dict) else [held]) for v in (x if isinstance(x, list) else [x])]
    return any(float(n.value) in values for n in numbers(r.q) if n.start >= r.q.followup_start)  # type: ignore[arg-type]


def check(r: Reading) -> list[Need]:
    """Validate the candidate arguments with the tool's input model: a value it rejects is `invalid`, a slot
    it misses (or one the vocabulary asks for in this question) is a `Need`."""
    needs_extra: list[Need] = []
    placeholders = {s.name: s.choices[0].value for s in r.vocab.slots
                    if s.kind == "enum" and s.choices and s.name not in r.args}
    missing: list[str] = []
    for _ in range(len(r.vocab.slots) + 1):
        problems = model_problems(r, {**placeholders, **r.args})
        # an items slot with no item read that the model wants: missing (asked for), not a rejected value
        empty = {s.name for s in r.vocab.slots if s.kind == "items" and r.args.get(s.name) == []}
        bad = [(f, key, msg) for f, key, kind, msg in problems if f in r.args and kind != "missing" and f not in empty]
        if bad:
            for f, key, msg in bad:
                slot = r.vocab_slot(f) if any(s.name == f for s in r.vocab.slots) else None
                text = slot.bad if slot and slot.bad else (f"{field_labels(r, f)[0]}：{msg[0]}", f"{field_labels(r, f)[1]}: {msg[1]}")
                if not any(n.key == (key or f) for n in r.invalid):
                    r.invalid.append(Need(key or f, *text))
                if key is not None and isinstance(r.args.get(f), dict):
                    r.args[f].pop(key, None)
                    if r.args[f]:
                        continue
                r.args.pop(f, None)
            continue
        if r.invalid:
            break  # a rejected value is asked about first
        missing = [f for f, _, _, _ in problems if (f not in r.args or f in empty) and f not in missing]
        break
    required = [f for f, info in r.vocab.model.model_fields.items() if info.is_required()]
    # a yes/no the person says they do not know ("是人為疏失嗎我也不知道", "not sure if it was operator error"): where the
    # calculation takes it as optional, it goes out without it — its result gives the rule for either answer — said so;
    # a fact the calculation cannot go without is asked
    # (only a field whose unknown is a state of its own, None by default — "omit if unknown" —, never one whose default is an
    # answer: leaving that out would be a guess)
    hedged = [f for f in r.unsure if f not in required and r.vocab_slot(f).kind == "flag" and f not in r.args
              and r.vocab.model.model_fields[f].default is None]
    for f in hedged:
        zh, en = field_labels(r, f)
        note = Note(f"您說不確定「{zh}」，計算不假設是或否；結果中取決於這一點的規定，兩種情形都列出。",
                    f"You are not sure about “{en}”; the calculation assumes neither answer — where the result depends "
                    "on it, the rule for either case is given.")
        if note not in r.notes:
            r.notes.append(note)
    # a yes / no said unsure whose answer cannot change this result (both rates under 丁's lines: "上次好像有被要求", 30% / 5%):
    # the calculation goes out at the stated default, shown as an assumption — asked only where the result turns on it
    moot = [f for f in r.unsure if f not in hedged and f not in r.args and (
        r.vocab_slot(f).kind == "flag" and f not in required or f in r.hedged) and same_either_way(r, f)]
    for f in moot:
        if f in r.hedged:
            r.args[f] = r.hedged[f]  # the choice said, the result the same for every other
        if (note := _moot_note(r, f)) not in r.notes:
            r.notes.append(note)
    missing += [f for f in r.unsure if f not in missing and f not in hedged and f not in moot]
    maps_read = {s.name for s in r.vocab.slots if s.kind == "map" and s.name in r.read}
    missing += [f for f in required if f not in r.args and f not in missing]
    missing = [f for f in missing if not any(n.key == f for n in r.invalid) and not (f in maps_read and r.invalid)]
    # (the fields the model alone asks for — one it takes any one of, named first — not a slot this question asks for itself)
    by_model = [f for f in missing if f not in required
                and not ((slot := next((x for x in r.vocab.slots if x.name == f), None)) and slot.ask_when and r.any(slot.ask_when))]
    when_asked: list[str] = []
    for s in r.vocab.slots:
        if r.args.get(s.name) in (None, [], {}) and s.name not in missing and s.name not in hedged and s.ask_when \
                and r.any(s.ask_when) and not r.any(s.ask_unless):
            missing.append(s.name)
            when_asked.append(s.name)
    if by_model and when_asked and _completes(r, {**placeholders, **r.args}, when_asked):
        # ("乳攝車一天可以排多少人？": the radiographers on the van, which the question turns on, are asked — not the model's
        # first pick among the inputs it takes any one of, the month's count)
        missing = [f for f in missing if f not in by_model]
    for s in r.vocab.slots:
        # a map key whose figure the person says they lack ("假體影像分數我忘了抄", "isn't in the report yet") or
        # gives only as a bound the result depends on: asked for, never left out of the result
        if s.kind == "map" and not s.split and "分" in s.units:  # a map of scores: each item asked by name
            names = {**{str(c.value): c.label for c in s.choices if c.label}, **choice_labels(r, s.name)}
            said = [m for c in s.choices for m in terms(r.q.text, str(c.value), r.pattern(c.terms))]
            lacking = [(s.name, m.name) for m in said if compiled(ABSENT).search(clause_of(r.q.text, m.start, m.end))]
            # "in the 70s", "七十幾分": the exact score asked for that item (a figure said, no fact read)
            rough = [(s.name, m.name) for m in said if _VAGUE_SCORE.search(clause_of(r.q.text, m.start, m.end))]
            for name, key in dict.fromkeys(rough):
                if name == s.name and key not in (r.args.get(s.name) or {}) and not any(n.key == key for n in needs_extra):
                    zh, en = names.get(key, (key, key))
                    needs_extra.append(Need(key, f"「{zh}」的確切分數是多少？", f"What exactly did the {en} score?"))
            for name, key in dict.fromkeys(lacking + r.absent):
                if name == s.name and key not in (r.args.get(s.name) or {}) and not any(n.key == key for n in needs_extra):
                    zh, en = names.get(key, (key, key))
                    needs_extra.append(Need(key, f"「{zh}」的分數是多少？", f"What did the {en} score?"))
                    r.lacking += 1
        # a further item of a score list said without its figure ("352, 368, and a third set I can't find the sheet for",
        # "還有一組的分數還沒拿到"): the list is short by one — asked for, never averaged or graded without it
        if s.kind == "map" and s.many and r.args.get(s.name) and _ITEM_ABSENT.search(r.q.text[:r.q.followup_start or None]) \
                and not _reply_scored(r, s) and not any(n.key == s.name for n in needs_extra):
            needs_extra.append(Need(s.name, "還有一組分數您說還沒有（找不到或還沒出來）；那一組的分數是多少？",
                                    "One more set's score is not at hand, you say; what did that set score?"))
            r.lacking += 1
    for s in r.vocab.slots:
        # a map key the question makes needed ("我們是 CR 系統": the CR item) but gives no number for
        if s.kind == "map" and isinstance(r.args.get(s.name), dict) and not r.invalid:
            names = choice_labels(r, s.name)
            for c in s.choices:
                if c.when and str(c.value) not in r.args[s.name] and r.any(c.when) and not any(n.key == str(c.value) for n in needs_extra) \
                        and not any(str(c.value) in (call.get(s.name) or {}) for call in r.extra):  # another unit's item
                    zh, en = names.get(str(c.value), (str(c.value), str(c.value)))
                    needs_extra.append(Need(str(c.value), f"「{zh}」的分數是多少？", f"What did the {en} score?"))
    unread: list[Need] = []
    if r.unread:
        # A count placed nowhere is asked about (which slot is it?), on the first slot of its kind still missing.
        n, _ = r.unread[0]
        slot = next((s for s in r.vocab.slots if s.unread_ask and s.name not in r.args and (not s.when or r.any(s.when))), None)
        if slot is not None and slot.unread_ask:
            given = f"{float(n.value):g}"  # type: ignore[arg-type]
            unread = [Need(slot.name, slot.unread_ask[0].format(given=given), slot.unread_ask[1].format(given=given))]
            missing = [f for f in missing if f != slot.name and not (r.vocab_slot(f).unread_ask if f in {x.name for x in r.vocab.slots} else None)]
    order = [s.name for s in r.vocab.slots]
    needs = []
    for f in sorted(set(missing), key=lambda f: order.index(f) if f in order else len(order)):
        slot = r.vocab_slot(f) if f in order else None
        zh, en = slot.ask if slot and slot.ask else (f"請提供{field_labels(r, f)[0]}。", f"Please give the {field_labels(r, f)[1].lower()}.")
        if slot and slot.split:  # a per-key question ("How many {key} cases"): the key read, else the key in general
            key = r.args.get(slot.split)
            label = choice_labels(r, slot.split).get(str(key)) if key is not None else None
            zh, en = zh.format(key=label[0] if label else "該"), en.format(key=label[1] if label else "such")
        needs.append(Need(f, zh, en))
    # the one item asked by name where no score of the map was read ("假體影像七十幾分"): that item's question, not the map's
    asked_keys = {n.key for n in needs_extra}
    needs = [n for n in needs if not (asked_keys and (slot := next((x for x in r.vocab.slots if x.name == n.key), None)) is not None
                                      and slot.kind == "map" and not r.args.get(slot.name)
                                      and asked_keys <= {str(c.value) for c in slot.choices})]
    return needs + needs_extra + unread


def _moot_note(r: Reading, f: str) -> Note:
    """The assumption shown for a fact said unsure that the result does not turn on (`same_either_way`)."""
    zh, en = field_labels(r, f)
    if f in r.hedged:
        czh, cen = choice_labels(r, f).get(str(r.hedged[f]), (str(r.hedged[f]), str(r.hedged[f])))
        return Note(f"您不確定「{zh}」（說的是{czh}）；不論哪一種，結果都相同，所以計算不取決於這一點。",
                    f"You are not sure about “{en}” (you said {cen}); the result is the same for every choice, so the "
                    "calculation does not turn on it.")
    return Note(f"您說不確定「{zh}」；不論是或否，結果都相同，所以計算不需要這一點（依預設值計算）。",
                f"You are not sure about “{en}”; the result is the same either way, so the calculation does not "
                "turn on it (worked at the default).")


_NOT_OUTCOME = {"citations", "assumptions", "assumptions_en", "breakdown"}


def _outcome(calc: Calculation) -> object:
    """What an answer turns on: the tool's class of result (a grade, a tier) where it has one, else its whole result."""
    outcome = calc.outcome()
    return calc.result.model_dump(exclude=_NOT_OUTCOME) if outcome is None else outcome


def same_either_way(r: Reading, flag: str) -> bool:
    """Would the tool's result be the same with the yes / no `flag` true and false (an enum: each of its choices), all else
    as read (every call)? False where the other facts are not complete enough to calculate."""
    from calculators.errors import CalculatorInputError  # noqa: PLC0415
    from calculators.registry import calculate  # noqa: PLC0415 - the reader runs a tool only for this check

    outcomes = []
    slot = r.vocab_slot(flag)
    values = [c.value for c in slot.choices] if slot.kind == "enum" else [True, False]
    for value in values:
        try:
            outcomes.append([_outcome(calculate(r.vocab.tool, {**r.args, **call, flag: value})) for call in [r.args, *r.extra]])
        except (CalculatorInputError, ValueError, TypeError):
            return False
    return all(o == outcomes[0] for o in outcomes)


def _completes(r: Reading, args: dict, asked: list[str]) -> bool:
    """Would the facts `asked` (numbers, yes / no or dates, any value) leave the model nothing missing?"""
    kinds = {s.name: s.kind for s in r.vocab.slots}
    if any(kinds.get(f) not in ("number", "flag", "date") for f in asked):
        return False
    stand_in = {"flag": True, "date": r.q.today.isoformat(), "number": 1}
    trial = {**args, **{f: stand_in[kinds[f]] for f in asked}}
    return not any(kind == "missing" or f not in trial for f, _, kind, _ in model_problems(r, trial))


# A score said only by its tens ("somewhere in the 70s", "70-something", "80 多分", "七十幾分"): which band it falls in is
# not known — the exact score is asked for that item
_VAGUE_SCORE = re.compile(r"(?<![\d.])[1-9]0(?:['’]?s\b|\s*-?\s*(?:something|odd|ish)\b|\s*(?:幾|几|多)(?!少))|"
                          r"[一二三四五六七八九]十(?:幾|几|多)(?!少)", re.IGNORECASE)
