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


EXTRACTORS = [radiographer_volume]
