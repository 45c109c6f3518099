"""Figures that count something no input of the tool takes: beds, machines, rooms, staff, or a number that names
(an extension, a room, a floor) — and figures the person marks as no input of theirs: a count said not to be included
("另外診斷性 2,300 件不算"), staff away ("2 people on leave"), the year a job began ("working here since 2019").

"ICU 還有 32 床滿床", "科裡 6 台 angio", "we have 3 C-arms", "我們科 12 位主治", "分機 5123": the thing counted is said
right after the number (its classifier or noun) — or the number names a line or a room. Which of them no input takes is
decided by the tool's own vocabulary: a classifier that no slot declares as a unit ("床" anywhere, "位" where no slot
counts people), or a machine said as one (機器 / scanner, or "angio" / CT said as what a place has) where a slot takes the
classifier for something else ("台" counts procedures for an instructor). The figure is set aside, visibly, and the
calculation goes ahead; a figure whose classifier an input takes and whose noun says nothing else is left as it was
(bound, or asked about).
"""

from __future__ import annotations

import re

from bot.extract.base import Note
from bot.reader.mentions import SUBSET_WORDS, Mention, compiled
from calculators.vocab import Slot, Vocabulary

Text = tuple[str, str]

_BEDS: Text = ("床位", "beds")
_MACHINES: Text = ("機器設備", "machines")
_ROOMS: Text = ("房間", "rooms")
_STAFF: Text = ("人員", "staff")
_OPERATIONS: Text = ("手術或處置的台數", "operations or procedures")
_NAMES: Text = ("編號（分機、房號、床號、樓層）", "a number that names something (an extension, a room, a floor, a bed)")
_AWAY: Text = ("請假或不在的人員", "staff away or on leave")
_EXCLUDED: Text = ("您說不計入的數量", "a count you said is not included")
_TENURE: Text = ("開始任職的年份（背景）", "the year a job began (background)")
# the set-aside reason of each kind (the ledger's and the answer's `unused` reason); the rest are "not_input"
_CONTRACT: Text = ("約聘或任職期間的長度", "the length of a contract or post")
_REASONS = {_EXCLUDED: "excluded", _TENURE: "background_year", _CONTRACT: "term_length"}
# A contract's or post's length ("半年約聘" — folded to "6個月約聘" —, "一年的合約", "on 6-month contracts", "a one-year
# contract"): where no input takes months or years, the days or counts said beside it are what count
_CONTRACT_AFTER = re.compile(r"\s*(?:的)?\s*(?:約聘|约聘|合約|合约|契約|契约|聘期|約|约(?!\d)|短期|\b(?:contracts?|terms?|appointments?|postings?)\b)",
                             re.IGNORECASE)
NO_INPUT_REASONS = ("not_input", "excluded", "background_year")

_MACHINE_CL = r"(?:台|臺|部|架|組|组)"
# a machine named as one: never a procedure ("3 台機器", "two scanners", "a C-arm")
# (… or a device named by what it does and 機 / generator / system: "一台冷凍機", "兩台微波機", "2 microwave generators",
# "one cryo system" — never 機構 / 機會 / 機率 / 機制 / 機關 / 機場 / 機轉, a place or an idea, nor "1 號機", a machine's name)
_MACHINE = (r"(?:[A-Za-z\u4e00-\u9fff]{0,4}?(?:機器|机器|機台|机台|儀器|仪器|設備|设备|攝影機|摄影机|掃描儀|扫描仪|X\s*光機|X\s*光机)"
            r"|(?![A-Za-z]\s?(?:機|机))(?:(?![號号一二三四五六七八九十兩两])[A-Za-z\u4e00-\u9fff]){1,4}?\s?(?:機|机)(?![構构會会率制關关場场轉转])"
            r"|(?:[A-Za-z-]+\s+){0,2}?\b(?:machines?|scanners?|c-?arms?|units?\s+of\s+equipment|generators?|consoles?|"
            r"(?:ablation|cryo\w*|microwave|rf|rfa|mwa|ire|laser)\s+(?:systems?|units?|devices?))\b)")
# a machine whose name is a procedure's too ("50 台 angio" may be fifty angiograms): a machine only as what a place has
_MACHINE_OR_PROCEDURE = r"(?:angio(?:graphy)?|DSA|CT|MRI?|c-?arm|血管攝影|血管摄影|電腦斷層|电脑断层|磁振造影|超音波|超声波)"
_HAS_BEFORE = re.compile(r"(?:(?:科|院|部門|部门|中心|單位|单位|室|醫院|医院)(?:裡面|里面|裡|里|內|内)?|我們|我们|(?:共|總共|总共|一共|擁|拥)?有|"
                         r"\b(?:we\s+have|there\s+are|has|have|our\s+(?:department|dept|unit|hospital)(?:\s+has)?)\b)[\s:：]*$",
                         re.IGNORECASE)
_DONE_BEFORE = re.compile(r"(?:做|作|打|排|開|开|執行|执行|完成|\b(?:did|done|performed|ran|do)\b)\s*(?:了|過|过)?\s*$", re.IGNORECASE)
_GUIDED_AFTER = re.compile(r"\s*(?:-\s*)?(?:導引|引導|导引|引导|guided|下)", re.IGNORECASE)
_BED_AFTER = re.compile(r"\s*(?:張|张)?\s*(?:病)?床(?!號|号|邊|边|旁)|\s*(?:[A-Za-z-]+\s+)?beds?\b", re.IGNORECASE)
_ROOM_AFTER = re.compile(r"\s*(?:間|间)\s*[\u4e00-\u9fff]{0,4}?(?:室|房|診間|诊间)|\s*(?:間|间)(?=\s*[，,。；;？?！!\s]|$)"
                         r"|\s*(?:[A-Za-z-]+\s+)?(?:rooms?|suites?|theatres?|theaters?)\b", re.IGNORECASE)
_PERSON_UNITS = ("位", "名", "人")
_STAFF_AFTER = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}?(?:nurses?|residents?|staff|colleagues?|fellows?|attendings?|VSs?|doctors?|"
                          r"physicians?|surgeons?|radiologists?|techs?|technologists?|radiographers?|people|persons?)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:分機|分机|房號|房号|床號|床号|\b(?:ext\.?|extension|room|bed|rm\.?|floor|suite|office)\s*(?:#|no\.?)?"
                          # ("辦公室在7樓702", "7F-702", "3 樓 305 室"): a room number after its floor
                          r"|\d\s*(?:樓|楼|F\b|/F\b)\s*(?:的|之|[-–])?|\d(?:st|nd|rd|th)\s+floor\s*,?\s*(?:room\s*)?)\s*$",
                          re.IGNORECASE)
# "7樓", "3F", "5/F", "on the 7th floor": a floor; "702 室", "3 號房": a room
_NAME_AFTER = re.compile(r"\s*(?:號|号)\s*(?:房|床|診|诊|病房|手術室|手术室)|\s*(?:樓|楼)(?!梯|下|上)|\s*(?:F|/F)\b|(?:st|nd|rd|th)?\s+floor\b"
                         r"|\s*(?:號|号)?\s*(?:室|辦公室|办公室)(?![\u4e00-\u9fff]?(?:人|位|個|个))", re.IGNORECASE)
# "2 people on leave", "兩位請產假", "one tech out sick", "3 個人休假": people away — never who did the work asked about
_AWAY_AFTER = re.compile(r"\s*(?:個|个|位|名)?\s*(?:人|同仁|同事|(?:[A-Za-z-]+\s+){0,2}?(?:people|persons?|staff|techs?|technologists?|"
                         r"radiographers?|RTs?|nurses?|colleagues?|doctors?)\b)?\s*(?:都|也|正在|在)?\s*(?:(?:were|are|was|is|went)\s+)?"
                         r"(?:請假|请假|休假|請產假|请产假|請病假|请病假|放假|留職停薪|留职停薪|on\s+(?:leave|vacation|holiday|"
                         r"maternity(?:\s+leave)?|sick\s+leave)|off\s+sick|out\s+sick|absent)", re.IGNORECASE)
# "2,300 件不算", "200 diagnostic ones don't count", "（不含診斷性 2,300 件）", "excluding the 150 diagnostic": a count the person
# says is not part of what is asked — never a part of a count ("其中 2 次不算", "2 of them don't count": a part is an input)
_EXCLUDED_AFTER = re.compile(r"\s*[^\d，,。；;？?！!()（）:：]{0,14}?(?:[，,]\s*(?:這些|这些|那些|都|也|\bwhich\b|\bthose\b|\bthese\b|\bthey\b)"
                             r"[^\d，,。；;？?！!()（）]{0,10}?)?"
                             r"(?:不算(?!少|多|太|很|高|低|差|長|长|短|大|小|是)|不計(?!其)|不计(?!其)|不列入|不納入|不纳入|不包括在內|不包括在内|除外|(?:do|does|did)\s*(?:n['’]?t|not)\s+count|"
                             r"(?:are|were|is|was)\s*(?:n['’]?t|not)\s+(?:counted|included)|excluded)", re.IGNORECASE)
_EXCLUDED_BEFORE = re.compile(r"(?:[（(]\s*(?:另外|另|且)?\s*(?:不含|不包括|不包含|不計|不计)[^\d，,。；;？?！!()（）]{0,10}?"
                              r"|\b(?:excluding|not\s+counting|not\s+including)\s+(?:the\s+|another\s+|an?\s+extra\s+)?)$", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(rf"(?:{SUBSET_WORDS})[^\d]{{0,4}}$", re.IGNORECASE)
# ("2 of which don't count", "5 次，其中 2 次不算": a part of the count is said between — the part is an input)
_PART_WORDS = re.compile(rf"{SUBSET_WORDS}|\bsome\b|有些|有的", re.IGNORECASE)
# ("另外診斷性 2,300 件不算", "（診斷性 1,800 件不算）", "plus 200 diagnostic that don't count"): said as a set of its own —
# never "3 ATLS courses, 1 doesn't count" (one of the three)
_SEPARATE_BEFORE = re.compile(r"(?:另外|另有|此外|額外|额外|其他|其它|\b(?:plus|also|separately|another|extra|besides|apart\s+from|aside\s+from)\b|[（(])"
                              r"[^，,。；;？?！!()（）\d]{0,12}$", re.IGNORECASE)
_ASKED_AFTER = re.compile(r"[^。；;!！\n,，)）]{0,20}?(?:嗎|吗|[？?]|\bdo(?:es)?\s+(?:it|they|those)\b)")
# "working at Kinmen hospital since 2019", "2019 年起在金門服務", "自 2019 年到職": the year a job or a posting began
_SINCE_BEFORE = re.compile(r"(?:\bsince|\bfrom|從|从|自)\s*(?:民國|民国)?\s*$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s*(?:年)?\s*(?:起|開始|开始|以來|以来|到職|到职|到任)")
_JOB = re.compile(r"\b(?:work(?:s|ed|ing)?|employed|stationed|posted|based|joined|serv(?:e|es|ed|ing)|hired|been\s+(?:here|there|around))\b|"
                  r"工作|上班|服務|服务|任職|任职|到職|到职|到任|派駐|派驻", re.IGNORECASE)
# "我2019年進來當R的", "2015 年升主治", "2010 年畢業", "joined in 2015", "started residency in 2019", "R1 in 2019", "graduated
# in 2010": the year a post, a training or a career began — the person's background, said with the start itself (no
# "since" needed). Never an activity's year ("2019 年去了年會").
_BEGAN_AFTER = re.compile(r"\s*年?\s*(?:(?:的)?(?:時候|时候)?\s*)?(?:就)?\s*(?:進來|进来|進醫院|进医院|進本院|进本院|進科|进科|到院|入職|入职|報到|报到|"
                          r"畢業|毕业|升(?:上)?主治|升(?:上)?VS|當(?:上)?R|当(?:上)?R|當(?:上)?住院醫師|当(?:上)?住院医师|當(?:上)?主治|"
                          r"当(?:上)?主治|拿到專科|拿到专科|考上專科|考上专科|開始當|开始当|開始執業|开始执业)", re.IGNORECASE)
_BEGAN_BEFORE = re.compile(r"\b(?:joined(?:\s+(?:here|(?:the|this|our|my)\s+(?:hospital|department|dept|team|unit|group|practice|program(?:me)?)))?|started\s+(?:residency|training|here|"
                           r"working(?:\s+here)?|as\s+an?\s+\w+)|graduated(?:\s+from\s+\w+(?:\s+\w+)?)?|hired|R1|PGY|intern(?:ship)?|"
                           r"became\s+(?:an?\s+)?(?:attending|VS|consultant|resident)|class\s+of)\s*(?:in\s+|back\s+in\s+)?$", re.IGNORECASE)

_OPERATION_AFTER = re.compile(r"\s*(?:刀|手術|手术|\b(?:operations?|surger(?:y|ies)|cases?)\b)", re.IGNORECASE)
# "有 2 台是我在排", "其中 1 台", "2 of them": a part of a count of machines said right before it
_PART_BEFORE = re.compile(r"(?:有|其中|當中|当中|裡面|里面|\bof\s+(?:them|which)\b)\s*$", re.IGNORECASE)
# "4 台 angio、2 台 CT": the next machine of a list of them
_LISTED_BEFORE = re.compile(r"(?:、|,|，|和|跟|及|與|与|\band\b|\bplus\b)\s*$", re.IGNORECASE)


def declared_units(vocab: Vocabulary) -> set[str]:
    """Every unit any input of the tool takes (an item's fields included)."""
    def of(s: Slot) -> set[str]:
        out = {*s.units, *s.own_units, *s.fallback_units, *(u for u, _ in s.scale), *(u for u, _ in s.classifiers)}
        for f in s.fields:
            out |= of(f)
        return out
    return {u for s in vocab.slots for u in of(s)} - {""}


def _named_by_slot(vocab: Vocabulary, words: str) -> bool:
    """Do the words name an input of the tool (a slot's or an enum choice's words)?"""
    def pats(s: Slot) -> list[str]:
        out = [vocab.terms.get(s.terms, s.terms)] + [c.terms for c in s.choices]
        return out + [p for f in s.fields for p in pats(f)]
    return any(p and compiled(p).search(words) for s in vocab.slots for p in pats(s))


def _counts(text: str, n: Mention, vocab: Vocabulary, units: set[str]) -> tuple[Text, int] | None:
    """What the number counts when no input of the tool can take it, and where the words saying so end; else None."""
    after = text[n.end:n.end + 24]
    before = text[max(0, n.start - 16):n.start]
    if re.search(r"第\s*$", before) or re.match(r"[北南中東东灣湾大語语]", after):
        return None  # an ordinal ("第 1 名"), or no classifier at all ("2 臺北…": a place)
    if _NAME_BEFORE.search(before) and n.unit is None:
        return _NAMES, n.end
    if m := _NAME_AFTER.match(after):
        return _NAMES, n.end + m.end()
    if n.unit in (None, *_PERSON_UNITS) and (m := _AWAY_AFTER.match(after) or None):
        return _AWAY, n.end + m.end()
    if (got := _excluded(text, n)) is not None:
        return got
    if n.unit is not None and n.unit not in units and _duration_unit(n.unit) and (m := _CONTRACT_AFTER.match(after) or None):
        return _CONTRACT, n.end + m.end()
    # (only where no input is a period in years or a date: "a specialist since 2015" is an instructor's years)
    if _calendar_year(n) and "年" not in units and not any(s.kind == "date" for s in vocab.slots) and (
            _JOB.search(_sentence(text, n.start)) and (_SINCE_BEFORE.search(before) or _SINCE_AFTER.match(after))
            or _BEGAN_AFTER.match(after) or _BEGAN_BEFORE.search(text[max(0, n.start - 40):n.start])):
        return _TENURE, n.end
    if n.unit is None and (m := _BED_AFTER.match(after) or None):
        return _BEDS, n.end + m.end()
    if n.unit is None and (m := _ROOM_AFTER.match(after) or None):
        return _ROOMS, n.end + m.end()
    if n.unit in _PERSON_UNITS or n.unit is None and _STAFF_AFTER.match(after):
        # (people: only where no input counts people — a radiographer's head count is an input of the volume tools)
        m = _STAFF_AFTER.match(after) or re.match(r"\s*[^\s，,。；;？?！!、]{0,6}", after)
        if units & set(_PERSON_UNITS) or _named_by_slot(vocab, m.group(0)):  # type: ignore[union-attr]
            return None
        return _STAFF, n.end + (m.end() if m else 0)
    # (the thing counted on the number's own line: "閱片 91\n二號機：…" names the next machine, counts none)
    cl = re.match(rf"[^\S\n]*{_MACHINE_CL}?[^\S\n]*", after) if n.unit in (None, "台") else None
    if cl is None:
        return None
    rest = after[cl.end():]
    if (m := re.match(_MACHINE, rest, re.IGNORECASE)) and not _GUIDED_AFTER.match(rest, m.end()):
        return _MACHINES, n.end + cl.end() + m.end()
    m = re.match(_MACHINE_OR_PROCEDURE + r"(?![A-Za-z])", rest, re.IGNORECASE)
    if m and n.unit == "台" and not _GUIDED_AFTER.match(rest, m.end()) and _HAS_BEFORE.search(before) and not _DONE_BEFORE.search(before):
        return _MACHINES, n.end + cl.end() + m.end()
    noun = re.match(r"\s*[^\s，,。；;？?！!、]{0,8}", rest).group(0)  # type: ignore[union-attr]
    if n.unit == "台" and "台" not in units and not _named_by_slot(vocab, noun):
        # (a classifier no input takes, naming nothing the tool counts: "開了 30 台刀", "2 台刀房的 C-arm")
        m = _OPERATION_AFTER.match(rest)
        if m or _DONE_BEFORE.search(before):
            return _OPERATIONS, n.end + cl.end() + (m.end() if m else len(noun))
        return _MACHINES, n.end
    return None


def _excluded(text: str, n: Mention) -> tuple[Text, int] | None:
    """A count the person says is not included ("2,300 件不算", "excluding the 150 diagnostic"), outside a question and
    never a part of a count said before it; else None."""
    if _SUBSET_BEFORE.search(text, max(0, n.start - 12), n.start) or n.unit == "calendar_year":
        return None
    m = _EXCLUDED_AFTER.match(text, n.end)
    if m is not None and not _ASKED_AFTER.match(text, m.end()) and not _PART_WORDS.search(m.group(0)) \
            and _SEPARATE_BEFORE.search(text, max(0, n.start - 16), n.start):
        return _EXCLUDED, m.end()
    if _EXCLUDED_BEFORE.search(text, max(0, n.start - 24), n.start):
        return _EXCLUDED, n.end
    return None


def _duration_unit(unit: str) -> bool:
    """A unit of months or years (a length of time longer than a day)."""
    return re.fullmatch(r"個月|个月|月|年|months?|years?|yrs?", unit, re.IGNORECASE) is not None


def _calendar_year(n: Mention) -> bool:
    return n.unit in (None, "calendar_year", "年") and isinstance(n.value, (int, float)) and 1950 <= float(n.value) <= 2100


def _sentence(text: str, pos: int) -> str:
    """The sentence around `pos` (to its full stop, question mark or line end)."""
    left = max([text.rfind(ch, 0, pos) for ch in "。；;？?！!\n"] + [text.rfind(". ", 0, pos)]) + 1
    rights = [i for i in [text.find(ch, pos) for ch in "。；;？?！!\n"] + [text.find(". ", pos)] if i != -1]
    return text[left:min(rights) if rights else len(text)]


def reason(what: Text) -> str:
    """The set-aside reason of a kind of figure no input takes."""
    return _REASONS.get(what, "not_input")


def not_inputs(nums: list[Mention], text: str, vocab: Vocabulary) -> list[tuple[Mention, Text, int]]:
    """The figures among `nums` that count something no input of the tool takes, with what they count and where the
    words saying so end; a part of a count of machines said right after it ("科裡 6 台 angio，有 2 台是我在排") is one too."""
    units = declared_units(vocab)
    found: list[tuple[Mention, Text, int]] = []
    for n in nums:
        got = _counts(text, n, vocab, units)
        after = re.match(rf"\s*(?:{_MACHINE}|{_MACHINE_OR_PROCEDURE}(?![A-Za-z]))", text[n.end:n.end + 24], re.IGNORECASE)
        if got is None and n.unit == "台" and found and found[-1][1] == _MACHINES and _same_sentence(text, found[-1][0].end, n.start):
            if _PART_BEFORE.search(text, max(0, n.start - 8), n.start):
                got = _MACHINES, n.end
            elif after and _LISTED_BEFORE.search(text, max(0, n.start - 8), n.start):
                got = _MACHINES, n.end + after.end()
        if got is not None:
            found.append((n, *got))
    return found


def _same_sentence(text: str, a: int, b: int) -> bool:
    return re.search(r"[。；;？?！!\n]|\.(?=\s)", text[a:b]) is None


def note(text: str, found: list[tuple[Mention, Text, int]]) -> Note:
    """The note saying which figures were left out, and what they count."""
    said = [(figure_words(text, n, end), what) for n, what, end in found]
    zh = "、".join(f"「{w}」" for w, _ in said)
    en = ", ".join(f"“{w}”" for w, _ in said)
    kinds_zh = "、".join(dict.fromkeys(k[0] for _, k in said))
    kinds_en = ", ".join(dict.fromkeys(k[1] for _, k in said))
    return Note(f"{zh}說的是{kinds_zh}，這項計算沒有這樣的輸入，不是計算的一部分，未列入。",
                f"{en}: {kinds_en} — no input of this calculation takes them; not part of the calculation.")


def figure_words(text: str, n: Mention, end: int, reach: int = 8) -> str:
    """The number with the words before it in its clause (up to `reach` characters) and the words after it up to `end`."""
    left = max(text.rfind(ch, 0, n.start) for ch in "，,。；;？?！!\n、(（") + 1
    left = max(left, n.start - reach)
    while left > 0 and left < n.start and re.match(r"[A-Za-z]", text[left - 1]) and re.match(r"[A-Za-z]", text[left]):
        left += 1  # (never half an English word)
    return text[left:end].strip()
