"""Binding enums, flags and dates: which words of the vocabulary the question uses, and where its dates are."""

from __future__ import annotations

import datetime
import re
from typing import Any

from bot.extract.base import Need, Note
from bot.parsing.dates import find_ambiguous_dates, find_years
from bot.reader.mentions import QUALIFIERS, Mention, clause_of, compiled, dates, negated, occurs, past_day, terms
from bot.reader.reading import Reading, field_labels
from bot.reader.guesses import guessed_dates
from calculators.vocab import Slot


# A flag's words denied for every item ("none of them were case reports", "neither is a case report", "沒有一篇是病例報告",
# "都不是個案報告", "無一是", "without any case report"), beyond a negation right before the word (`negated`).
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:none|neither|nor)\b(?:\s+of\s+(?:them|these|those|which|the(?:\s+\w+){1,2}))?\s*(?:(?:is|are|was|were|being|counts?\s+as)\s+)?"
    r"|\bwithout\s+(?:any\s+)?|\b(?:is|are|was|were)\s+(?:not|never)\s+(?:any\s+)?"
    r"|(?:沒有|没有|沒|没|無|无)(?:任何)?(?:一|1)\s*(?:篇|個|个|次|件)?(?:是|算|屬於|属于)?|(?:都|全都|全部都|也都|皆)(?:不是|不算|非)|皆非|並非|并非)"
    r"\s*(?:an?\s+|the\s+)?$", re.IGNORECASE)


def said_not(text: str, start: int) -> bool:
    """The word at `start` is negated ("not a case report", "非人為") or denied of every item ("none are case reports")."""
    return negated(text, start) or _DENIED_BEFORE.search(text[max(0, start - 30):start]) is not None


# A place denied of the person ("not on Penghu anymore", "no longer in Kinmen", "I don't work in Matsu", "已經不在金門", "沒有在澎湖執業")
_NOT_THERE = re.compile(r"(?:\b(?:not|no\s+longer|never)|n't)\s+(?:(?:work(?:ing)?|practi[sc](?:e|ing)|based|posted|stationed|living|"
                        r"live|located|there|anymore|any\s+more)\s+)*(?:on|in|at)\s+(?:the\s+)?$|"
                        r"(?:不在|不是在|沒有在|没有在|沒在|没在|已經不在|已经不在)\s*$", re.IGNORECASE)
# … or said of the past only ("used to work on Penghu", "moved from Kinmen", "formerly at Magong", "以前在金門", "之前在澎湖")
_WAS_THERE = re.compile(r"\b(?:used\s+to\s+(?:be|work|practi[sc]e|live)(?:\s+\w+)?|formerly|previously|moved\s+(?:away\s+)?from|"
                        r"transferred\s+(?:out\s+)?from|left|was\s+(?:based|posted|stationed|working|practi[sc]ing))\s+(?:(?:on|in|at)\s+)?$|"
                        r"(?:以前|之前|過去|过去|曾經|曾经|從前|从前)[^，,。；;]{0,4}(?:在|於|于)?\s*$|(?:離開|离开|從|从)\s*$", re.IGNORECASE)


def _elsewhere(text: str, m: Mention, words: tuple[str, str, Any]) -> bool:
    """The flag's word names something else here (`Slot.elsewhere`): its words right before it or right after it."""
    before, after, _ = words
    return bool(before and compiled(rf"(?:{before})\s*$").search(text, max(0, m.start - 40), m.start)
                or after and compiled(rf"\s*(?:{after})").match(text, m.end))


def bind_enums(r: Reading) -> None:
    for slot in r.vocab.slots:
        if slot.kind != "enum":
            continue
        named = {c.value for c in slot.choices if c.terms and occurs(r.pattern(c.terms), r.q.text)}
        if slot.exclusive and len(named) > 1:
            continue  # both kinds named: which one is asked, never guessed
        for choice in slot.choices:
            if choice.terms and occurs(r.pattern(choice.terms), r.q.text) and (not choice.when or r.any(choice.when)):
                if _hedged_choice(r, slot, choice.terms):
                    r.hedged[slot.name] = choice.value  # "好像是自選片": not certain — asked unless the result is the same
                    r.unsure.append(slot.name)
                    break
                r.args[slot.name] = choice.value
                if choice.note:
                    r.notes.append(Note(*choice.note))
                else:
                    r.read.append(slot.name)
                break
        else:
            # A choice with no words is what the question is read as when it names none (shown as a note).
            # (one with a `when` only where it holds: "a set named by its breast type, no evaluation named")
            fallback = next((c for c in slot.choices if not c.terms and c.note and (not c.when or r.any(c.when))), None)
            if fallback is not None:
                r.args[slot.name] = fallback.value
                r.notes.append(Note(*fallback.note))  # type: ignore[misc]

# A yes / no said as a question or both ways and then not known ("was it operator error? don't know", "human error or not,
# no idea", "是人為疏失嗎我也不知道", "是不是人為的，不曉得", "人為疏失與否不確定"): unknown, never read as yes
_EITHER_WAY = re.compile(r"[^。；;\n.!！]{0,12}?(?:\?|？|嗎|吗|\bor not\b|與否|与否|還是不是|还是不是|或不是)", re.IGNORECASE)
_EITHER_BEFORE = re.compile(r"(?:是不是|是否|\bwhether\b|\bif\b)[^，,。；;\n]{0,6}$", re.IGNORECASE)
_NOT_KNOWN = re.compile(r"[\s，,、:：—–-]*(?:我|我們|我们|I|we)?\s*(?:也|都|真的|實在|实在)?\s*(?:不知道|不曉得|不晓得|不清楚|不確定|不确定|搞不清楚|說不準|说不准|沒把握|"
                        r"don'?t know|do not know|dunno|idk|no idea|not sure|unsure|can'?t tell|hard to say|who knows|unclear|not certain)",
                        re.IGNORECASE)


def _hedged(t: str, start: int, end: int) -> bool:
    """The flag's words asked (a question mark, 嗎, "or not", 是不是 …) and then said not to be known."""
    asked = _EITHER_WAY.match(t, end) or _EITHER_BEFORE.search(t, max(0, start - 12), start)
    if not asked:
        return False
    after = asked.end() if asked.re is _EITHER_WAY else end
    rest = re.match(r"[^。；;\n.!！?？]{0,8}[?？]?", t[after:])
    return _NOT_KNOWN.match(t, after + (rest.end() if rest and _NOT_KNOWN.match(t, after + rest.end()) else 0)) is not None \
        or _NOT_KNOWN.match(t, after) is not None


# A yes / no of one's own said with a hedge ("上次審查好像也有被要求", "印象中有被要求過", "應該有吧", "I think they were told to
# attend last time", "maybe the last review required it"): not certain — never read as said (asked, or shown where the result
# does not turn on it). Issue 9: a reading that is not certain is shown or asked.
_HEDGE = re.compile(
    r"好像|好象|似乎|印象中|印象裡|印象里|依稀|彷彿|仿佛|不太確定|不太确定|不太記得|不太记得|記不清|记不清|沒把握|没把握|說不準|说不准|"
    r"也許|也许|或許|或许|(?:可能|大概)(?=\s*(?:有|是|被|沒|没|也|已|曾))|應該(?:有|是|也有|也是|曾)[^，,。；;？?！!]*吧|(?:有|是|過|过)吧|"
    r"\b(?:maybe|perhaps|probably|possibly|i\s+think|i\s+believe|i\s+guess|iirc|if\s+i\s+(?:remember|recall)(?:\s+(?:right|correctly))?|"
    r"if\s+memory\s+serves|(?:might|may|could)\s+have|not\s+(?:entirely\s+|totally\s+|completely\s+|100%\s+)?(?:sure|certain))\b",
    re.IGNORECASE)
# … or said plainly, with a clause of its own right before or after saying the person is not sure ("上次有被要求，我不太確定",
# "不確定，上次好像有", "last review required it, I'm not 100% sure"): the remark is of the fact beside it
_UNSURE_REMARK = re.compile(
    r"\s*(?:但|不過|不过|可是|只是|\bbut\b|\bthough\b)?\s*(?:我|i'?m|i\s+am|i)?\s*(?:也|真的|有點|有点|其實|其实|實在|实在)?\s*"
    r"(?:不太確定|不太确定|不確定|不确定|不敢確定|不敢确定|不太記得|不太记得|不記得了?|不记得了?|記不清(?:楚)?了?|记不清(?:楚)?了?|沒把握|没把握|"
    r"忘了|說不準|说不准|not\s+(?:entirely\s+|totally\s+|completely\s+|100%\s+)?(?:sure|certain)(?:\s+(?:about\s+)?(?:that|it))?|"
    r"(?:can'?t|cannot|don'?t|do\s+not)\s+(?:remember|recall)(?:\s+(?:exactly|for\s+sure))?)\s*"
    r"(?:耶|欸|啦|了|喔|哦|呢|\bthough\b|\btbh\b|\bhonestly\b)?\s*[.!。！]?\s*",
    re.IGNORECASE)
_CLAUSE_END = "，,。；;？?！!\n"


def _neighbour_clauses(t: str, start: int, end: int) -> tuple[str, str]:
    """The clauses right before and right after the clause around t[start:end]."""
    left = max(t.rfind(ch, 0, start) for ch in _CLAUSE_END)
    right = min((i for i in (t.find(ch, end) for ch in _CLAUSE_END) if i != -1), default=len(t))
    before_left = max(t.rfind(ch, 0, left) for ch in _CLAUSE_END) if left > 0 else -1
    after_right = min((i for i in (t.find(ch, right + 1) for ch in _CLAUSE_END) if i != -1), default=len(t))
    return (t[before_left + 1:left] if left > 0 else ""), (t[right + 1:after_right] if right < len(t) else "")


# an English sentence's end inside a clause ("Case count is maybe 60. Can I still apply …"): a full stop after a word or a figure,
# then a space and a capital
_EN_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)])\.(?=\s+[A-Z])")


def _own_sentence(t: str, start: int, end: int, clause: str) -> str:
    """The part of `clause` (around t[start:end]) in the span's own English sentence: a hedge of another sentence ("Case count
    is maybe 60.") is not said of this one."""
    left = t.find(clause, max(0, start - len(clause)))
    if left < 0 or not clause:
        return clause
    lo = max((m.end() for m in _EN_SENTENCE_END.finditer(t, left, start)), default=left)
    hi = min((m.start() for m in _EN_SENTENCE_END.finditer(t, end, left + len(clause))), default=left + len(clause))
    return t[lo:hi]


def hedged_fact(t: str, start: int, end: int) -> bool:
    """Is the yes / no said at t[start:end] said as not certain: a hedge in its clause (`_HEDGE`), or a clause of its own
    right beside it that says only that the person is not sure (`_UNSURE_REMARK`)?"""
    if _HEDGE.search(_own_sentence(t, start, end, clause_of(t, start, end))):
        return True
    return any(c.strip() and _UNSURE_REMARK.fullmatch(c) for c in _neighbour_clauses(t, start, end))


def _hedged_choice(r: Reading, slot: Slot, words: str) -> bool:
    """Is every mention of an enum choice's words said as not certain (`hedged_fact`), none of them a reply to a question back?"""
    said = terms(r.q.text, slot.name, r.pattern(words))
    return bool(said) and all(hedged_fact(r.q.text, m.start, m.end) and not (r.q.followup_start and m.start >= r.q.followup_start)
                              for m in said)


def bind_flags(r: Reading) -> None:
    for slot in r.vocab.slots:
        if slot.kind != "flag":
            continue
        t = r.q.text
        asked = bool(r.q.followup_start) and slot.name in r.q.expected
        if asked:
            t = t[r.q.followup_start:]  # the reply to the question about this flag answers it
        said = terms(t, slot.name, r.pattern(slot.terms))
        if slot.elsewhere is not None and said:
            other = [m for m in said if _elsewhere(t, m, slot.elsewhere)]
            said = [m for m in said if m not in other]
            if other and not said:
                words = "、".join(dict.fromkeys(f"「{m.text}」" for m in other))
                words_en = ", ".join(dict.fromkeys(f"“{m.text}”" for m in other))
                r.notes.append(Note(slot.elsewhere[2][0].format(said=words), slot.elsewhere[2][1].format(said=words_en)))
        either = said + terms(t, slot.name, r.pattern(slot.false_terms)) if slot.false_terms else said
        # (a hedge counts when every mention is hedged: "我在金門…，離島好像可以加倍？" says the island plainly first — the
        # hedge is on the rule asked about, not on the fact)
        if any(compiled(QUALIFIERS["unsure"]).search(clause_of(t, m.start, m.end)) or _hedged(t, m.start, m.end) for m in either) \
                or (either and all(hedged_fact(t, m.start, m.end) for m in either)):
            r.unsure.append(slot.name)  # "前次有沒有被要求我不記得了": asked, not read either way
            continue
        if asked and not either and (m := _YES_NO.match(_REPLY_LEAD.sub("", t.strip()))):
            r.args[slot.name] = m.group(1) is not None
            r.read.append(slot.name)
            continue
        # "not the machine's fault": a negated false word says nothing against the flag
        denied = [m for m in terms(t, "", r.pattern(slot.false_terms)) if not negated(t, m.start)] if slot.false_terms else []
        if slot.elsewhere is not None and (gone := [m for m in said if _NOT_THERE.search(t, max(0, m.start - 40), m.start)]):
            # ("I'm not on Penghu anymore", "no longer based in Kinmen", "已經不在金門了"): the place denied
            said = [m for m in said if m not in gone]
            if not said:
                r.args[slot.name] = False
                r.flag_at[slot.name] = [(m.start, m.end) for m in gone]
                r.read.append(slot.name)
                continue
        if slot.elsewhere is not None and (before := [m for m in said if _WAS_THERE.search(t, max(0, m.start - 40), m.start)]):
            # ("I used to work on Penghu", "moved from Kinmen to Taipei last year", "以前在金門服務"): where the person was,
            # perhaps not in the period counted — asked, never read either way
            if len(before) == len(said):
                r.unsure.append(slot.name)
                continue
        if slot.elsewhere is not None and (plain := {m.text.lower() for m in said if not said_not(t, m.start)}):
            # (words that are names — places —: "I'm in Kinmen, not Penghu" denies the other name, never the one said)
            said = [m for m in said if not said_not(t, m.start) or m.text.lower() in plain]
        if denied or any(said_not(t, m.start) for m in said):
            r.args[slot.name] = False
        elif said:
            r.args[slot.name] = True
        else:
            continue
        shift = r.q.followup_start if asked else 0
        r.flag_at[slot.name] = [(m.start + shift, m.end + shift) for m in (denied or said)]
        yes = [m for m in said if not said_not(t, m.start)] if denied else []
        if yes:  # "A first time flagged, B already told last review": both ways said, each perhaps one item's
            r.flag_other[slot.name] = [(m.start + shift, m.end + shift) for m in yes]
        r.read.append(slot.name)

# A day the person offers as their guess of the result ("應該是 3月30日？", "是不是 5/31 吗", "so it's 3/30, right?"): the
# calculation says what it is — never a date of their case
# "看到辦法是110年5月14日修改的", "the rules were amended on 2021-05-14", "規定（2021/5/14 修訂）": the regulation's own date —
# no date of the person's (set aside, said so), whatever slot words stand near it
_RULE_WORDS = r"(?:辦法|办法|規定|规定|法規|法规|條文|条文|要點|要点|作業|作业|\b(?:regulations?|rules?|guidelines?|bylaws?)\b)"
_RULE_CHANGED = (r"(?:修改|修正|修訂|修订|更新|公告|發布|发布|施行|生效|訂定|订定|上路|\b(?:amended|revised|updated|published|"
                 r"issued|effective|took\s+effect|came\s+into\s+(?:force|effect)|changed)\b)")
_RULE_DATE_BEFORE = re.compile(_RULE_WORDS + r"[^，,。；;？?！!\n\d]{0,14}$", re.IGNORECASE)
_RULE_DATE_AFTER = re.compile(r"[^，,。；;？?！!\n\d]{0,4}" + _RULE_CHANGED, re.IGNORECASE)
_RULE_CHANGED_BEFORE = re.compile(_RULE_WORDS + r"[^，,。；;？?！!\n\d]{0,14}" + _RULE_CHANGED + r"[^，,。；;？?！!\n\d]{0,8}$", re.IGNORECASE)


def rule_dated(t: str, m: Mention) -> bool:
    """Is the date the regulation's own (when it was amended, published or took effect), not one of the person's?"""
    before = t[max(0, m.start - 30):m.start]
    return bool(_RULE_DATE_BEFORE.search(before) and _RULE_DATE_AFTER.match(t, m.end) or _RULE_CHANGED_BEFORE.search(before))


_GUESS_DAY_BEFORE = re.compile(r"(?:應該|应该|是不是|是否|所以|那就|就是|也就是)\s*(?:是|就是|在|到)?\s*$|\b(?:so|is)\s+(?:it'?s|it is|that)?\s*$",
                               re.IGNORECASE)
_GUESS_DAY_AFTER = re.compile(r"^\s*(?:前|之前|以前)?\s*(?:嗎|吗|吧|對吧|对吧|對嗎|对吗|[?？]|,?\s*right\b)", re.IGNORECASE)


# Today's date said in passing ("(today is Nov 25 2026)", "today's date: 2026-11-25", "今天是 2026/11/25", "現在是115年11月25日"):
# the calendar the answer is given on, no date of the case — set aside when it is the answer's own today (another day
# said as today is left as it was: asked)
_TODAY_BEFORE = re.compile(r"(?:\b(?:today|today'?s date|the date today|current date|now)\s*(?:is|was|'s|being|=|:)?|\bas of (?:today,?\s*)?|"
                           r"(?:今天|今日|現在|现在|目前)\s*(?:是|為|为|:|：)?)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*|星期.|週.|周.)?\s*$",
                           re.IGNORECASE)


def today_said(text: str, m: Mention, today: datetime.date) -> bool:
    """A date said to be today's, and it is the answer's today ("today is Nov 25 2026"): no date of the case."""
    return m.kind == "date" and m.value == today and _TODAY_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


def _guessed_day(text: str, m: Mention) -> bool:
    """A date said as the person's guess of the result, asked back (`_GUESS_DAY_BEFORE` … `_GUESS_DAY_AFTER`)."""
    before = text[max(0, m.start - 12):m.start]
    before = before[max(before.rfind(ch) for ch in "，,。；;？?！!\n") + 1:]
    return (_GUESS_DAY_BEFORE.search(before) is not None and _GUESS_DAY_AFTER.match(text, m.end) is not None) \
        or any(a <= m.start and m.end <= b for a, b in guessed_dates(text))  # ("we think Apr 30 but not sure")


# the words a yes / no reply may open with before its answer ("查了，確實有", "确实有", "I checked, yes")
_REPLY_LEAD = re.compile(r"^(?:(?:查了|查過了|查过了|問了|问了|確認了|确认了|看了|\bi\s+checked\b|\bchecked\b)[，,.\s]*)?"
                         r"(?:確實|确实|真的|的確|的确|確定|确定|\bactually\b)?\s*", re.IGNORECASE)
_YES_NO = re.compile(r"(有|是|對|要|yes|yep|yeah|correct|true)|(沒有|沒|不是|否|不|no|nope|false)", re.IGNORECASE)

def _readings(text: str) -> dict[tuple[int, int], datetime.date]:
    """The two days a date written "03/04/2027" may be: {(month, day): date} (day first, then month first)."""
    a, b, y = (int(x) for x in re.split(r"[/.-]", text))
    return {(b, a): datetime.date(y, b, a), (a, b): datetime.date(y, a, b)}


def _ambiguous_answered(found: list[Mention], ambiguous: set[str], reply_at: int) -> list[Mention]:
    """A date asked about as day/month or month/day ("03/04/2021") answered in the reply ("3 April", "2021-04-03"): the
    reading the reply names, in the place the date was said (its words still say which date it is); the reply's own
    date is no other date."""
    out = list(found)
    for m in [x for x in found if x.kind == "bad_date" and x.text in ambiguous and x.start < reply_at]:
        options = _readings(m.text)
        said = next((x for x in out if x.start >= reply_at and (
            x.kind == "partial_date" and x.value in options or x.kind == "date" and x.value in options.values())), None)
        if said is None:
            continue
        day = options[said.value] if said.kind == "partial_date" else said.value
        out = [Mention("date", m.start, m.end, m.text, value=day) if x is m else x for x in out if x is not said]
    return out


# Today named, its date following as a gloss ("今天（2026-11-25）", "今天是 2026/11/25", "today (2026-11-25)", "today, 2026-11-25").
_TODAY_GLOSSED = re.compile(r"(?:今天|今日|today)\s*(?:[（(]\s*|(?:是|為|为|is|[:：,，])\s*)$", re.I)


def bind_dates(r: Reading) -> None:
    slots = [s for s in r.vocab.slots if s.kind == "date"]
    if not slots:
        return
    t, v = r.q.text, r.vocab
    default = next((s for s in slots if s.default), None)
    found = [m for m in dates(r.q) if not r.in_period(m)]
    ambiguous = set(find_ambiguous_dates(t))
    if ambiguous and r.q.followup_start:
        found = _ambiguous_answered(found, ambiguous, r.q.followup_start)

    def bare_in_reply(m: Mention) -> bool:
        """A date in the reply to a question back that no slot's words name ("1966-03-10, applying on 2027-05-01": the
        first): bound after the named ones, so it takes the one date still missing."""
        return bool(r.q.followup_start) and m.start >= r.q.followup_start and not any(
            s.terms and _nearest(t, m, r.pattern(s.terms), s.near, after=s.near_after, dates=found, floor=r.q.followup_start) is not None
            for s in slots)

    for m in sorted(found, key=bare_in_reply):
        if m.kind == "bad_date" or _guessed_day(t, m) or today_said(t, m, r.q.today):
            continue
        if rule_dated(t, m):
            r.set_aside.append((m.start, m.end, "rule_date"))
            continue
        shifted = next((s for s in slots if s.shift and s.name not in r.args and (
            compiled(rf"(?:{s.shift[0]})\s*$").search(t[max(0, m.start - 24):m.start])
            or compiled(rf"^\s*(?:{s.shift[1]})").search(t[m.end:m.end + 10]))), None)
        if shifted is not None and shifted.shift and m.kind == "date":
            day = m.value
            try:
                moved = day.replace(year=day.year + shifted.shift[2])  # type: ignore[union-attr]
            except ValueError:  # 29 February
                moved = day.replace(year=day.year + shifted.shift[2], day=28)  # type: ignore[union-attr]
            r.args[shifted.name] = moved.isoformat()
            r.read.append(shifted.name)
            r.notes.append(Note(shifted.shift[3][0].format(date=day.isoformat(), moved=moved.isoformat()),  # type: ignore[union-attr]
                                shifted.shift[3][1].format(date=day.isoformat(), moved=moved.isoformat())))  # type: ignore[union-attr]
            continue
        # the day the person calls today, its date said with it ("今天（2026-11-25）就要遞申請", "今天是2026/11/25", "today
        # (2026-11-25)"): the date of the slot that today would fill (`Slot.today_when`), never the clock's today
        glossed = next((s for s in slots if s.today_when and s.name not in r.args), None)
        if glossed is not None and m.kind == "date" and _TODAY_GLOSSED.search(t[max(0, m.start - 12):m.start]):
            r.args[glossed.name] = m.value.isoformat()  # type: ignore[union-attr]
            r.read.append(glossed.name)
            continue
        # (the date's own words too: "2026年11月申請(11/20)" names an application date inside it)
        context = t[max(0, m.start - 8):m.start] + " " + t[m.start:m.end] + " " + t[m.end:m.end + 6]
        near_slot = [(dist, i, s) for i, s in enumerate(slots) if s.terms
                     if (dist := _nearest(t, m, r.pattern(s.terms), s.near, after=s.near_after, dates=found,
                                          floor=r.q.followup_start)) is not None]
        if v.date_skip and compiled(v.date_skip).search(context):
            continue  # a birth date is no date of this tool
        if v.date_other and compiled(v.date_other).search(context) and not any(d <= 8 for d, _, _ in near_slot):
            continue  # an application date, not the certificate's
        # Words right after a date name it ("2026/5/1 到期"); otherwise the nearest slot words within reach.
        # ("2020/2/29 核發，效期 6 年": the first words after it, 核發, name it — not the later 效期)
        after = [(da, i, s) for _, i, s in near_slot if default is not None
                 and (da := _nearest(t, m, r.pattern(s.terms), 8, only_after=True, dates=found)) is not None]
        # a date labelled by a slot's words before it in its own clause ("證書核發日是110年5月14日，效期到什麼時候？",
        # "issue date: 2021-05-14, when does it expire?"): that label names it; words after a comma open the next clause
        labelled = [s for s in slots if s.terms and _LABELLED_BEFORE(t, m, r.pattern(s.terms))]
        if len(labelled) == 1 and _CLAUSE_AFTER.match(t, m.end):
            after = [x for x in after if x[2] is labelled[0]] or [(0, slots.index(labelled[0]), labelled[0])]
        # a slot a date before already took is no longer open: the date goes to the nearest words of a slot still open
        # ("1965年7月10日出生，打算2026年12月1日交換證申請": 出生 took the first date; 申請 names the second)
        after = [x for x in after if x[2].name not in r.args] or after
        near_slot = [x for x in near_slot if x[2].name not in r.args] or near_slot
        slot = min(after, key=lambda x: (x[0], x[1]))[2] if after else \
            min(near_slot, key=lambda x: (x[0], x[1]))[2] if near_slot else default
        slot = _asked_date(r, slots, m) or slot
        if (slot is None or slot.name in r.args) and r.q.followup_start and m.start >= r.q.followup_start \
                and not compiled(rf"^\s*(?:{'|'.join(r.pattern(x.terms) for x in slots if x.terms)})").match(t[m.end:m.end + 8]):
            # a bare date in the reply to a question back ("55年12月15日"): the one date still missing, when only one is
            open_slots = [x for x in slots if x.name not in r.args and (not r.q.expected or x.name in r.q.expected)]
            slot = open_slots[0] if len(open_slots) == 1 else slot
        if slot is None or slot.name in r.args:
            continue
        if m.kind == "partial_date" and (day := _in_year_said(r, slot, m)) is not None:
            r.args[slot.name] = day.isoformat()
        elif m.kind == "partial_date" and slot.ahead and _question_year(r, m) is None:
            day = _ahead_day(r, slot, m, found)
            if day is None:
                continue
            r.args[slot.name] = day.isoformat()
        elif m.kind == "partial_date":
            if not (slot.past or slot.ahead):
                continue
            said = _question_year(r, m)
            day = _day_in(said, m) if said is not None else past_day(*m.value, r.q.today)  # type: ignore[misc]
            if day is None:
                continue
            if said is not None:
                r.notes.append(_year_said_note(r, slot, m, day))
            elif (ahead := _nearer_ahead(day, r.q.today)) is not None:
                year = _reply_year(r, m, found)
                if year is None:
                    r.mismatch.append(_which_year(r, slot, m, day, ahead))
                    continue
                if year < 0:
                    continue  # the reply gives the whole date: it fills the slot
                day = day.replace(year=year)  # (a day this month-day has in every year: past_day found it in one)
            else:
                r.notes.append(_no_year_note(r, slot, m, day))
            r.args[slot.name] = day.isoformat()
        else:
            r.args[slot.name] = m.value.isoformat()  # type: ignore[union-attr]
        if slot is default and not after and not near_slot and len(slots) > 1:
            zh, en = field_labels(r, slot.name)  # no words say which date it is: the default, said so
            r.notes.append(Note(f"「{m.text}」旁沒有說明是哪一個日期，視為{zh}；若不是，請說明。",
                                f"Nothing says which date “{m.text}” is; it is read as the {en.lower()} — say so if it is not."))
        r.read.append(slot.name)
    _year_given_instead(r, slots)
    for s in slots:
        if s.today_when and s.name not in r.args and r.any(s.today_when):
            today = r.q.today.isoformat()
            r.args[s.name] = today
            r.notes.append(Note(f"{field_labels(r, s.name)[0]}以今天（{today}）計算。",
                                f"The {field_labels(r, s.name)[1].lower()} is taken to be today ({today})."))
    for m in found:
        if m.kind == "bad_date" and m.text in ambiguous:
            # ("03/04/2027": 3 April or March 4 — the order is the person's to say, never guessed)
            slot = next((s for s in slots if s.name not in r.args and s.terms and _nearest(
                t, m, r.pattern(s.terms), s.near, after=s.near_after, dates=found) is not None), None) \
                or next((s for s in slots if s.name not in r.args), default or slots[0])
            a, b, y = (int(x) for x in re.split(r"[/.-]", m.text))
            one, two = datetime.date(y, b, a), datetime.date(y, a, b)  # day first, month first
            r.invalid.append(Need(slot.name, f"「{m.text}」可讀成 {one.isoformat()}（日/月）或 {two.isoformat()}（月/日），請問是哪一天？",
                                  f"'{m.text}' reads as {one.day} {one:%B} {y} (day/month) or {two:%B} {two.day}, {y} (month/day): "
                                  "which one is it?"))
    if not any(m.kind == "date" for m in found) and v.invalid_date and default is not None:
        for m in found:
            if m.kind == "bad_date" and m.text not in ambiguous:
                r.invalid.append(Need(default.name, v.invalid_date[0].format(date=m.text), v.invalid_date[1].format(date=m.text)))

def _year_given_instead(r: Reading, slots: list[Slot]) -> None:
    """"我 2021 年拿到證書" asked back, the reply "2027/9/1 到期": the year said of one date (its slot's words near it) is
    superseded by the whole date the reply gives for the other date the tool takes instead (`Vocabulary.one_of`) — set
    aside, said so (never read as a figure of its own, nor left unread). The slot's words are looked for in the year's clause."""
    start = r.q.followup_start
    if not start:
        return
    t = r.q.text
    for group in r.vocab.one_of:
        given = [g for g in group if g in r.args]
        if len(group) != 1 or given:
            continue
        others = {g for other in r.vocab.one_of if other is not group for g in other if g in r.args}
        slot = next((s for s in slots if s.name == group[0]), None)
        if not others or slot is None or not slot.terms:
            continue
        pattern = compiled(r.pattern(slot.terms))
        for y in find_years(t[:start], r.q.today):
            if pattern.search(clause_of(t[:start], y.start, y.end)) and not any(a < y.end and y.start < b for a, b, *_ in r.set_aside):
                r.set_aside.append((y.start, y.end, "date_given_instead"))


def _asked_date(r: Reading, slots: list[Slot], m: Mention) -> Slot | None:
    """The date slot the question back asked for, for a date in the reply whose own words name no date ("證書上寫
    2021年9月1日" after "核發日期是哪一天？": the issue date); None where the reply names which date it is ("2027/9/1 到期",
    "it expires Sept 1") or the question back asked no single date."""
    start = r.q.followup_start
    if not start or m.start < start:
        return None
    asked = [s for s in slots if s.name in r.q.expected and s.name not in r.args]
    if len(asked) != 1:
        return None
    t = r.q.text
    window = t[max(start, m.start - 24):m.start] + " " + t[m.end:min(len(t), m.end + 12)]
    if any(s.terms and compiled(r.pattern(s.terms)).search(window) for s in slots):
        return None
    return asked[0]


def _in_year_said(r: Reading, slot: Slot, m: Mention) -> Any:
    """A day said without its year for a slot whose year the message states alone (`Slot.year_of`: "我是 1966 年生的" …
    "生日 9 月 10 號"): that day in that year, or None."""
    found = compiled(slot.year_of).search(r.q.text) if slot.year_of else None
    if found is None:
        return None
    year = int(re.sub(r"\D", "", next(g for g in found.groups() if g)))
    year += 1911 if year < 1000 else 0
    month = found.groupdict().get("month")
    if month and int(month) != m.value[0]:  # type: ignore[index]
        return None  # ("55年8月生" … "9月20日"): the month said twice differs — asked, never picked
    if month is None and (said := _MONTH_OF_BIRTH.search(found.group(0))) and _MONTHS.get(said.group(1)[:3].lower()) != m.value[0]:  # type: ignore[index]
        return None
    try:
        return datetime.date(year, *m.value)  # type: ignore[misc]
    except ValueError:
        return None


_MONTHS = {name: i for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_OF_BIRTH = re.compile(r"\bborn\s+in\s+([a-z]{3})[a-z]*\.?\s+\d", re.IGNORECASE)


def _question_year(r: Reading, m: Mention) -> int | None:
    """The one year the question itself names for a day said without its year ("12/31 篩檢的 …（今年）", "1月31号做的 …
    今年的", "last year on 3/5"): every year word of the question (before any reply) naming the same year. None when
    none is named, when several years are, or for a day inside a reply (`_reply_year` reads those)."""
    start = r.q.followup_start or len(r.q.text)
    if m.start >= start:
        return None
    years = {y.year for y in find_years(r.q.text[:start], r.q.today)}
    return years.pop() if len(years) == 1 else None


def _day_in(year: int, m: Mention) -> datetime.date | None:
    """The month and day `m` says in `year` (None for 29 February of a common year)."""
    try:
        return datetime.date(year, *m.value)  # type: ignore[misc]
    except ValueError:
        return None


def _year_said_note(r: Reading, slot: Slot, m: Mention, day: datetime.date) -> Note:
    label_zh, label_en = field_labels(r, slot.name)
    return Note(f"「{m.text}」未寫年份，依問題所說的年度讀為 {day.isoformat()}（{label_zh}）；若不是，請說明。",
                f"“{m.text}” has no year; read in the year the question names, {day.isoformat()} ({label_en.lower()}) — "
                f"say so if it is not.")


def _nearer_ahead(day: datetime.date, today: datetime.date) -> datetime.date | None:
    """A day said without its year read as the latest one up to today (`day`): this year's same day when it is still
    to come and nearer to today than `day` ("12/31" asked on 2026-12-02: 29 days ahead against 336 back) — the year is
    then no longer clear (last year's is long past, this year's not yet here), or None when the past one is nearer or
    is this year's own ("3/15" asked in November: this year's 15 March, never next year's)."""
    if day.year == today.year:
        return None
    try:
        ahead = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None
    return ahead if ahead > today and (ahead - today) < (today - day) else None


# a day said to be done already ("11/20 已經送件", "送出了", "applied on 3/1"): no day to come
_DONE = re.compile(r"已經?\s*(?:送|交|遞|递|申請|申请|提出|報名|报名)|(?:送|交|遞|递)(?:件|出)?了|申請了|申请了|"
                   r"\b(?:applied|submitted|filed|sent|handed)\b", re.IGNORECASE)


def _ahead_day(r: Reading, slot: Slot, m: Mention, found: list[Mention]) -> datetime.date | None:
    """A day to come said without its year (`Slot.ahead`: "11/30要送換證" asked on 2026-11-25 → 2026-11-30): the next such
    day from today, said so; when this year's, gone already, is nearer ("11/20 送件" asked on 11/25) or the clause says it
    is done, the year is asked (a reply's year answers it); None when the day is not this slot's to fill."""
    month, dom = m.value  # type: ignore[misc]
    today = r.q.today
    try:
        day = datetime.date(today.year, month, dom)
        day = day if day >= today else datetime.date(today.year + 1, month, dom)
    except ValueError:  # 29 February
        return None
    behind = day.replace(year=day.year - 1) if day.year > today.year else None
    done = _DONE.search(clause_of(r.q.text, m.start, m.end) or r.q.text[m.start:m.end + 12]) is not None
    if done or (behind is not None and today - behind < day - today):
        year = _reply_year(r, m, found)
        if year is None:
            label_zh, label_en = field_labels(r, slot.name)
            r.mismatch.append(Need(slot.name, f"「{m.text}」沒寫年份，{label_zh}是哪一年的 {month} 月 {dom} 日？",
                                   f"“{m.text}” has no year: in which year is the {label_en.lower()}?"))
            return None
        return None if year < 0 else day.replace(year=year)
    label_zh, label_en = field_labels(r, slot.name)
    r.notes.append(Note(f"{label_zh}未寫年份，視為 {day.isoformat()}（今天起下一個 {month} 月 {dom} 日）；若不是，請說明。",
                        f"No year was given for the {label_en.lower()}; read as {day.isoformat()} (the next such day from "
                        f"today) — say so if it is not."))
    return day


_REPLY_YEAR = re.compile(r"(?<!\d)(20\d\d|1[01]\d)\s*(?:年|\b)|(今年|去年|this year|last year)", re.IGNORECASE)


def _reply_year(r: Reading, m: Mention, found: list[Mention]) -> int | None:
    """The year a reply to the question back gives a day said without its year ("2026 年", "115", "今年的", "last
    year"); -1 when the reply gives a whole date instead (that date is read on its own); None without a reply or year."""
    start = r.q.followup_start
    if not start or m.start >= start:
        return None
    if any(d.kind == "date" and d.start >= start for d in found):
        return -1
    said = _REPLY_YEAR.search(r.q.text, start)
    if said is None:
        return None
    if said.group(2):
        return r.q.today.year - (1 if said.group(2).lower() in ("去年", "last year") else 0)
    year = int(said.group(1))
    return year + 1911 if year < 1000 else year


def _which_year(r: Reading, slot: Slot, m: Mention, day: datetime.date, ahead: datetime.date) -> Need:
    """The question back when a day without its year may be either year's: both shown, neither chosen."""
    label_zh, label_en = field_labels(r, slot.name)
    return Need(slot.name, f"「{m.text}」沒寫年份：今天以前最近的是 {day.isoformat()}（已將近一年前），今年的 {ahead.isoformat()} "
                           f"則還沒到；請說明{label_zh}是哪一年。",
                f"“{m.text}” has no year: the latest such day up to today is {day.isoformat()} (almost a year ago), and this "
                f"year's, {ahead.isoformat()}, is still to come; which year is the {label_en.lower()}?")


def _no_year_note(r: Reading, slot: Slot, m: Mention, day: Any) -> Note:
    label_zh, label_en = field_labels(r, slot.name)
    month, dom = m.value  # type: ignore[misc]
    return Note(f"{label_zh}未寫年份，視為 {day.isoformat()}（今天以前最近的一個 {month} 月 {dom} 日）。",
                f"No year was given for the {label_en.lower()}; read as {day.isoformat()} (the latest such day up to today).")

# a separator between two dated items ("1966-03-10, applying 2027-05-01") and the rest of a label up to its date ("ing on ")
_SEP_ONLY = re.compile(r"\s*[,，、;；]\s*(?:and\s+|&\s*|及|和|與|与)?")
_LABEL_RUN = re.compile(r"[^\d,，、;；。.!?！？\n]{0,16}")
# a date's label right before it: the words, then 日 / 日期 / date, then 是 / 為 / a colon ("核發日是", "到期日為", "issue date:")
_LABEL_JOIN = re.compile(r"\s*(?:日期|日子|日|date|day)?\s*(?:是|為|为|在|:|：|\bis\b|\bwas\b|\bon\b)?\s*(?:民國|西元)?\s*$",
                         re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\s*[,，;；。]")


def _LABELLED_BEFORE(text: str, m: Mention, pattern: str) -> bool:
    """A slot's words label the date `m` right before it ("核發日是 110年5月14日", "issue date: 2021-05-14")."""
    head = text[max(0, m.start - 24):m.start]
    return any(_LABEL_JOIN.fullmatch(head[w.end:]) for w in terms(head, "", pattern))


def _nearest(text: str, m: Mention, pattern: str, reach: int, *, only_after: bool = False, after: int | None = None,
             dates: list[Mention] = (), floor: int = 0) -> int | None:
    """How far the nearest of `pattern`'s words is from the date `m` within reach, or None. A word after `m` that names
    the date right after it ("birth date 1966-03-10, applying 2027-05-01": applying names the second) is not `m`'s; nor one
    before `floor` (the question's words, for a date of the reply: "…可以申請終身嗎" + "3月15日，…" — its 申請 names no day of
    the reply)."""
    best: int | None = None
    for w in terms(text, "", pattern):
        if w.start < floor <= m.start:
            continue
        if w.end <= m.start and not only_after:
            d, limit = m.start - w.end, reach
        elif w.start >= m.end:
            if _SEP_ONLY.fullmatch(text[m.end:w.start]) and any(
                    o.start >= w.end and _LABEL_RUN.fullmatch(text[w.end:o.start])
                    for o in dates if o is not m):
                continue
            d, limit = w.start - m.end, reach if after is None else after
        elif m.start <= w.start and w.end <= m.end:
            d, limit = 0, reach  # a word said inside the date ("2026年11月申請(11/20)": the day restated after it)
        else:
            continue
        if d <= limit and (best is None or d < best):
            best = d
    return best


def bind_item_dates(r: Reading) -> None:
    """Several items each with a date of its own ("個案A category 0 在 115/3/15 篩檢、個案B category 4 在 115/4/30 篩檢",
    "115/3/15 篩的 category 0、115/4/30 篩的 category 4"): with as many full dates as items, each lying with its own item
    (all after their item's figure, or all before it, in order), each item takes its own — never the first item's date
    for all. Any other count of dates leaves the reading as it was (one date shared; a second one unread is asked)."""
    slots = [s for s in r.vocab.slots if s.kind == "date"]
    if not r.vocab.repeat or len(slots) != 1 or slots[0].name not in r.args or not r.extra \
            or len(r.item_spans) != len(r.extra) + 1:
        return
    slot = slots[0]
    found = sorted((m for m in dates(r.q) if m.kind == "date" and not r.in_period(m)), key=lambda m: m.start)
    if not found:
        # "A 10/1 拍的 4 類；B 9/30 拍的 3 類（都是今年）": days without their year, each read as one alone would be — in the
        # year the question names, else the latest such day when that is clear; a day whose year is open leaves it as it was
        found = [m for m in dates(r.q) if m.kind == "partial_date" and not r.in_period(m)]
        days = [_item_day(r, slot, m) for m in found]
        if not found or any(d is None for d in days):
            return
        found = [Mention("date", m.start, m.end, m.text, value=d) for m, d in zip(found, days)]
    spans = r.item_spans
    if len(found) != len(spans) or len({m.value for m in found}) < 2:
        return
    ends = [s for s, _ in spans[1:]] + [len(r.q.text)]
    starts = [0] + [e for _, e in spans[:-1]]
    after = all(spans[i][1] <= m.start < ends[i] for i, m in enumerate(found))
    before = all(starts[i] <= m.start and m.end <= spans[i][0] for i, m in enumerate(found))
    if not (after or before):
        return
    name = slot.name
    r.args[name] = found[0].value.isoformat()  # type: ignore[union-attr]
    for call, m in zip(r.extra, found[1:]):
        call[name] = m.value.isoformat()  # type: ignore[union-attr]


def _item_day(r: Reading, slot: Slot, m: Mention) -> datetime.date | None:
    """The day an item's date without its year stands for: in the year the question names, else the latest such day up
    to today when no nearer one is still to come (a past slot only); None when the year is open."""
    if not slot.past:
        return None
    said = _question_year(r, m)
    if said is not None:
        return _day_in(said, m)
    day = past_day(*m.value, r.q.today)  # type: ignore[misc]
    return day if day is not None and _nearer_ahead(day, r.q.today) is None else None
