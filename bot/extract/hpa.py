"""預防保健服務之乳房 X 光攝影醫療機構資格後續審查作業 (hpa-mammo): question → the seven HPA tools.
All of this regulation's vocabulary lives here."""

from __future__ import annotations

import re
from typing import Any

from bot.extract.base import Extraction, Need, Note, followup_text, has
from bot.parsing.text import Query

TOPIC = r"乳房|乳攝|乳腺|mammo|breast|放射師|radiographer|篩檢|screening|追蹤完成率|follow-?up|複判|判讀|re-?read|品管|qc|健康署|hpa|巡迴車|乳攝車|\bvan\b"

# A count as written: "16,000" (thousands in groups of three) or "520"; never a trailing comma ("120, completed 85").
COUNT = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)"


def _fmt(v: float) -> str:
    return f"{v:g}"


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def head_of(t: str) -> int | None:
    """The number of radiographers the text states ("2 位放射師", "two radiographers"), if any."""
    head = re.search(r"(\d+)\s*(?:位|名|個)\s*(?:符合資格(?:之|的)?)?(?:放射師|放射士)|(\d+)\s+(?:qualified\s+)?radiographers", t, re.I)
    return int(head.group(1) or head.group(2)) if head else None


def facility_volume(q: Query) -> Extraction | None:
    """hpa_facility_volume: radiographers' work days and annual screenings → excess (二(一)2(3)乙)."""
    t = q.text
    if not has(r"合理量|超量|篩檢量|篩檢數|工作天數|工作日|work(?:ing)? days|reasonable volume|annual (?:screening|volume)|"
               r"screenings? (?:a|per|this|last) year|年篩|篩了|全勤|都有上班"
               r"|worked\s+(?:all\s+)?\d+(?:\.\d+)?(?:\s*(?:,|and|&)\s*\d+(?:\.\d+)?)*\s*days|\d+\s*days? each", t):
        return None
    if has(r"乳攝車|巡迴車|\bvan\b", t) and not has(r"工作天數|work(?:ing)? days", t):
        return None
    if not has(r"放射師|放射士|radiographer|technologist|篩|screen|mammo|乳攝|乳房", t):
        return None  # "two meetings, one day each": days with nothing of the facility's volume
    days: list[float] = []
    # "3 位放射師各 300 天" (the last one written wins: a reply corrects the question)
    m = ([*re.finditer(r"(\d+)\s*(?:(?:位|名)\s*(?:放射師|放射士)?|個?\s*(?:放射師|放射士)|radiographers?)[^，,。；\d]{0,12}?"
                       r"(?:各|每人|都|each|all)[^，,。；\d]{0,10}?(\d+(?:\.\d+)?)\s*(?:天|days?)", t, re.I)] or [None])[-1]
    full_year = re.search(r"(\d+)\s*(?:位|名|個)?\s*(?:放射師|放射士|radiographers?)[^，,。；\d]{0,8}?(?:全年|整年|一整年|full[- ]time all year|all year|the whole year|full year)", t, re.I)
    notes: list[Note] = []
    if m:
        days = [float(m.group(2))] * int(m.group(1))
    elif full_year:
        days = [365.0] * int(full_year.group(1))
        notes.append(Note("「全年工作」視為每人 365 天（含例假日）。", "Working the whole year is read as 365 days each (holidays included)."))
    else:
        # "工作天數分別為 365、300、200 天": a list, the unit written once at the end
        listed = re.search(r"\bworked(?: for)?\s+((?:\d+(?:\.\d+)?\s*(?:,|and|&)\s*)+\d+(?:\.\d+)?)\s*days", t, re.I) or \
            re.search(r"(?:工作天數|工作日數|work(?:ing)? days)[^\d，。；]{0,10}((?:\d+(?:\.\d+)?\s*(?:天|days?)?\s*(?:[、,，/和及]|and)\s*)+\d+(?:\.\d+)?)", t, re.I)
        days = ([float(v) for v in re.findall(r"\d+(?:\.\d+)?", listed.group(1))] if listed
                else [x.value for x in q.quantities if x.unit == "天"])
        # "1 位全年、1 位工作 180 天": a radiographer who worked the whole year, next to the listed days
        singles = re.findall(r"(?:(?<!\d)1|另1|另一)\s*(?:位|名)[^，,。；\d]{0,6}?(?:全年|整年|全職|all year|full[- ]time)", t, re.I)
        if singles:
            days = [365.0] * len(singles) + days
            notes.append(Note("「全年工作」視為 365 天（含例假日）。", "Working the whole year is read as 365 days (holidays included)."))
    if q.followup_start and "radiographer_work_days" in q.expected:
        # the reply to "list each one's days": its figures replace the ones read from the question
        reply_days = [x.value for x in q.quantities if x.start >= q.followup_start and x.unit in ("天", None)]
        each_in_reply = any(x and x.start() >= q.followup_start for x in (m, full_year))  # "2 位各 300 天" already read
        if reply_days and not each_in_reply:
            # The question's whole-year radiographers stay; the reply gives the others' days.
            before = [x.value for x in q.quantities if x.start < q.followup_start and x.unit == "天"]
            whole_year = [d for d in days if d == 365.0 and d not in before]
            days = whole_year + reply_days if whole_year and head_of(t) == len(whole_year) + len(reply_days) else reply_days
    # The head count stated must match the days read: compute nothing for a radiographer left out.
    head_count = head_of(t)
    screenings = None
    sm = re.search(rf"(?:篩檢|檢查|攝影|screening|screened|exams?)[^，,。；\d]{{0,12}}?({COUNT}(?:\.\d+)?)\s*(?:案|例|件|人|cases?)?", t, re.I) \
        or re.search(rf"({COUNT})\s*(?:案|例|件|cases?|screenings|exams)", t, re.I)
    if sm:
        value = float(sm.group(1).replace(",", ""))
        if value not in days:
            screenings = value
    needs: list[Need] = []
    invalid: list[Need] = []
    args: dict[str, Any] = {}
    if days and head_count is not None and head_count != len(days):
        needs.append(Need("radiographer_work_days",
                          f"您提到 {head_count} 位放射師，但只讀到 {len(days)} 位的工作天數；請逐位列出該年度各工作幾天（含例假日）。",
                          f"You mention {head_count} radiographers but I read work days for {len(days)}; "
                          "please list each one's days worked that year (holidays included)."))
    elif days:
        if any(d > 366 or d < 0 for d in days):
            invalid.append(Need("radiographer_work_days", "每位放射師的年工作天數（含例假日）不能超過 366 天。",
                                "A radiographer's work days in a year (holidays included) cannot exceed 366."))
        else:
            args["radiographer_work_days"] = [_num(d) for d in days]
    else:
        needs.append(Need("radiographer_work_days", "機構每位符合資格的放射師（士）該年度各工作幾天（含例假日）？",
                          "How many days (holidays included) did each qualified radiographer work that year?"))
    if screenings is not None:
        args["annual_screenings"] = _num(screenings)
    else:
        needs.append(Need("annual_screenings", "機構該年度的乳房 X 光攝影篩檢數量是多少案？", "How many screening mammograms did the facility do that year?"))
    facts = len(args)
    return Extraction("hpa_facility_volume", args, needs, notes, invalid=invalid, score=2.0 + facts, facts=facts)


# The period a screening count is given for: a month (the 500 cap) or one day on the van (40 per radiographer).
MONTH_CUE = (r"每個?月|一個月|1\s*個月|這個?月|本月|當月|上個?月|該月|單月|月(?:平均|均)|/\s*月|per month|a month|monthly|"
             r"this month|last month|in (?:a|one) month|each month|every month|/\s*month")
DAY_CUE = (r"1\s*天|一天|每天|每日|單日|今天|今日|昨天|昨日|當天|當日|同一天|這天|那天|一整天|/\s*(?:天|日)|"
           r"(?:上|這|本|下)?(?:週|周|星期|禮拜)[一二三四五六日天]|\d{1,2}\s*月\s*\d{1,2}\s*[日號]|\d{1,2}/\d{1,2}(?!\d)|"
           r"per day|a day|daily|today|yesterday|that day|in (?:a|one|1) day|on (?:a|one|1) day|each day|every day|/\s*day|"
           r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
CASE_UNIT = r"案|例|件|人次|位民眾|cases?|screenings?|exams?|mammograms?|women|patients"
STAFF = re.compile(r"(\d+)\s*(?:位|名|個|人)?\s*(?:放射師|放射士|radiographers?|technologists?)"
                   r"|(?:放射師|放射士|radiographers?)[^，,。；\d]{0,6}(\d+)\s*(?:位|名|人)", re.I)


def _counts(text: str, cue: str) -> re.Match[str] | None:
    """A screening count tied to a period: '每月 520 案', '這個月做了 520 案', '90 cases today'."""
    return re.search(rf"(?:{cue})[^，,。；\d]{{0,16}}?({COUNT})\s*(?:{CASE_UNIT}|人)?"
                     rf"|({COUNT})\s*(?:{CASE_UNIT})[^，,。；\d]{{0,8}}?(?:{cue})", text, re.I)


def radiographer_volume(q: Query) -> Extraction | None:
    """hpa_radiographer_volume: monthly cap, mobile van daily cap and head count (二(一)2(3)甲, 二(四))."""
    t = q.text
    van = has(r"乳攝車|巡迴車|\bvan\b|mobile", t)
    staff = STAFF.search(t)
    # The head count is not a screening count: blank it out before reading counts
    # ("今天 2 位放射師拍了 90 案" → the day's count is 90, not 2).
    counts_text = STAFF.sub(lambda m: " " * len(m.group(0)), t)
    monthly = _counts(counts_text, MONTH_CUE)
    daily = _counts(counts_text, DAY_CUE)
    case_numbers = [m for m in re.finditer(rf"({COUNT})\s*(?:{CASE_UNIT})", counts_text, re.I)]
    if not (has(r"放射師|放射士|radiographer|乳攝車|巡迴車|\bvan\b", t)
            and (monthly or daily or case_numbers or (van and staff) or has(r"上限|cap|limit|超過|超量|exceed", t))):
        return None
    if has(r"合理量|工作天數|work(?:ing)? days|年篩檢|annual", t) and not van:
        return None
    if not (monthly or daily or van) and has(r"去年|今年|全年|年度|last year|this year|a year|per year|in a year", t):
        return None  # a year's count is the facility's annual volume (二(一)2(3)乙), not a monthly cap
    args: dict[str, Any] = {}
    used: set[int] = set()

    def value(m: re.Match[str]) -> float:
        group = 1 if m.group(1) else 2
        used.add(m.start(group))
        return float(m.group(group).replace(",", ""))

    if monthly:
        args["monthly_screenings"] = _num(value(monthly))
    if daily and van and (not monthly or daily.start() != monthly.start()):
        args["daily_screenings_on_van"] = _num(value(daily))
    if staff and van:
        args["radiographers_on_van"] = int(staff.group(1) or staff.group(2))
    elif van and "radiographers_on_van" in q.expected and q.followup_start:
        # the reply to "how many radiographers were on the van?": "3" / "3 位" / "3 人"
        heads = [x.value for x in q.quantities if x.start >= q.followup_start and x.unit in (None, "位", "名", "人")]
        if heads and float(heads[0]).is_integer():
            args["radiographers_on_van"] = int(heads[0])
    needs: list[Need] = []
    per_person = has(r"每位|每名|每人|每個放射師|一位放射師|1\s*位放射師|per (?:radiographer|person)|each radiographer|a radiographer", t)
    day_count = args.get("daily_screenings_on_van")
    if day_count is not None and "radiographers_on_van" not in args and not per_person and day_count > 40:
        # Over or within 40 × N (and by how much) turns on N: ask rather than assume one radiographer.
        needs.append(Need("radiographers_on_van", "當天乳攝車上有幾位放射師（士）？（上限為每人每天 40 案）",
                          "How many radiographers were on the van that day? (The cap is 40 a day each.)"))
    # A screening count the user gave but no period was read for: ask, never answer "not exceeded"
    # for a limit whose count was not read.
    unread = [m for m in case_numbers if m.start(1) not in used]
    reply = followup_text(q)
    if unread and reply:  # "放射師做了 520 案" … "每月" / "一天": the reply names the period
        n = _num(float(unread[0].group(1).replace(",", "")))
        if has(DAY_CUE, reply) and van and "daily_screenings_on_van" not in args:
            args["daily_screenings_on_van"] = n
            unread = unread[1:]
        elif has(MONTH_CUE, reply) and "monthly_screenings" not in args:
            args["monthly_screenings"] = n
            unread = unread[1:]
    given = _fmt(float(unread[0].group(1).replace(",", ""))) if unread else None
    asks_volume = has(r"超量|篩檢量|操作量|數量|拍了|做了|照了|篩了|太多|how many (?:screenings|cases)|volume|too many|too much", t)
    if unread or (asks_volume and "monthly_screenings" not in args and "daily_screenings_on_van" not in args):
        if van and "daily_screenings_on_van" not in args:
            needs.append(Need("daily_screenings_on_van",
                              f"這 {given} 案是乳攝車一天的量還是每月的量？" if given else "乳攝車當天（一天）共操作幾案篩檢？",
                              f"Are the {given} screenings the van's count for one day, or for a month?" if given
                              else "How many screenings did the van do that day?"))
        elif "monthly_screenings" not in args:
            needs.append(Need("monthly_screenings",
                              f"這 {given} 案是放射師一個月的量嗎？請說明每月操作幾案。" if given else "放射師每月操作的篩檢數量是多少案？",
                              f"Are the {given} screenings one month's count? Please give the screenings per month." if given
                              else "How many screenings does the radiographer do a month?"))
    if not args and not needs:
        needs.append(Need("monthly_screenings", "放射師每月（或乳攝車每天）操作的篩檢數量是多少案？",
                          "How many screenings does the radiographer do a month (or a day on the van)?"))
    # An unread count still marks the question as a calculation about the user's own figures (→ clarify).
    facts = len(args) + (1 if unread and not args else 0)
    return Extraction("hpa_radiographer_volume", args, needs, score=1.5 + facts + (1 if van else 0), facts=facts)


EXTRACTORS = [facility_volume, radiographer_volume]
