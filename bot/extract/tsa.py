"""台灣外科醫學會繼續教育積分認定辦法 (tsa-cme): question → tsa_credit_tally.

The tally's words are declared in calculators/vocab_tsa.py (`TALLY`); the steps the generic reader does not
take yet (several activities in one clause, years per activity, the speaker's meetings, 'also attended') are here.
"""

from __future__ import annotations

import re
from typing import Any

from bot.extract.base import (
    PERSONAL, SUBSET_CASE_REPORT, Extraction, Need, Note, bare_numbers, followup_text, has, segments, subset_count,
)
from bot.parsing.dates import find_years
from bot.parsing.text import Query
from calculators.vocab_tsa import (
    ACTIVITY_KINDS, ALSO_ATTENDED, AUTHOR_ROLES, CASE_REPORT, MEETING_KINDS, OFFSHORE, PAPER_WORDS, ROLE_KINDS, TALLY_ASK,
    TALLY_BLOCK, TALLY_CUES, TALLY_TOPIC,
)

KINDS = list(ACTIVITY_KINDS)
ROLES = list(AUTHOR_ROLES)


def _kind_of_meeting_dropped(clause: str, slots: list[tuple[int, int, str]]) -> bool:
    """Did the clause name a meeting only as the place of a presentation ("在年會發表壁報")?"""
    kinds = {k for *_, k in slots}
    return any(has(p, clause) for k, p in KINDS if k in MEETING_KINDS and k not in kinds and k != "domestic_seminar") \
        or (has(dict(KINDS)["domestic_seminar"], clause) and "domestic_seminar" not in kinds)


def _slots(clause: str) -> list[tuple[int, int, str]]:
    """Activity keywords in a clause as (start, end, kind), in order, overlaps resolved by KINDS order."""
    found: list[tuple[int, int, str]] = []
    for kind, pattern in KINDS:
        for m in re.finditer(pattern, clause, re.IGNORECASE):
            if kind == "paper_sci" and not has(PAPER_WORDS + r"|作者|author|[一二三]作|\d+\s*篇", clause):
                continue
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            if kind == "tsa_annual_meeting" and any(k in ("specialty_annual_meeting", "other_surgical_society_meeting")
                                                    for *_, k in found):
                continue
            found.append((m.start(), m.end(), kind))
    found.sort()
    if len(found) > 1:  # "ATLS 課程": the course is the ATLS course, not a course credited by hours
        found = [f for f in found if f[2] != "hours"] or found
    if any(k == "presentation" for *_, k in found):
        # "在年會發表壁報": the meeting says where it was presented, not that an attendance is claimed
        found = [f for f in found if not (f[2] in MEETING_KINDS and re.search(r"(?:在|於|\bat(?: the| an| a)?)\s*[^\s，,]{0,12}\s*$", clause[: f[0]], re.I))]
    # One activity per kind per clause ("國際會議…international meeting" named twice is one).
    out: list[tuple[int, int, str]] = []
    for slot in found:
        if not any(k == slot[2] for *_, k in out):
            out.append(slot)
    return out


def _role_of(clause: str) -> str | None:
    for role, pattern in ROLES:
        if has(pattern, clause):
            return role
    return None


def _numbers(q: Query, start: int, end: int) -> list[tuple[float, str | None]]:
    return [(x.value, x.unit) for x in q.quantities if start <= x.start < end]


def _activities(q: Query) -> tuple[list[dict[str, Any]], list[Need], list[Note], int]:
    """Read the activity list clause by clause; context (year, meeting, paper kind) carries forward."""
    text = q.text
    years = find_years(text, q.today)
    acts: list[dict[str, Any]] = []
    needs: list[Need] = []
    notes: list[Note] = []
    facts = 0
    last_kind: str | None = None
    last_paper_kind: str | None = None
    implicit_count: set[int] = set()  # id() of activities whose count the user did not write
    personal = PERSONAL.search(text) is not None or "本人" in text
    pieces: list[tuple[int, int, str, str, str | None]] = []  # (start, end, text, kind or "", clause's role)
    for start, clause in segments(text):
        slots = _slots(clause)
        if any(k == "presentation" for *_, k in slots) and _kind_of_meeting_dropped(clause, slots) \
                and not has(ALSO_ATTENDED, text):
            notes.append(Note("在會議上發表只計發表積分（第五條第六款）；若也出席了該會議，請另外說明以計入出席積分（兩者可重複得分）。",
                              "A presentation at a meeting is counted as a presentation (5.6); if you also attended that meeting, "
                              "say so and the attendance is counted too (both may be credited)."))
        if len(slots) <= 1:
            pieces.append((start, start + len(clause), clause, slots[0][2] if slots else "", _role_of(clause)))
            continue
        # Several activities in one clause ("年會一次月會兩次"): cut before each later keyword, but a
        # count written right before a keyword ("和4場講習會") travels with that keyword.
        cuts = [0]
        for (ps, pe, _), (ns, _ne, _k) in zip(slots, slots[1:]):
            cut = ns
            for x in q.quantities:
                xs, xe = x.start - start, x.end - start
                between = clause[pe:max(pe, xs)]
                travels = x.unit == "場" or has(r"和|及|與|跟|加上|\band\b|&|\+", between)
                if pe <= xs and xe <= ns and ns - xe <= 6 and travels:
                    cut = min(cut, xs)
            cuts.append(cut)
        cuts.append(len(clause))
        for (a, b), slot in zip(zip(cuts, cuts[1:]), slots):
            pieces.append((start + a, start + b, clause[a:b], slot[2], _role_of(clause)))
    for start, end, clause, kind_found, clause_role in pieces:
        kind = kind_found or None
        role = _role_of(clause) or (clause_role if kind in ROLE_KINDS else None)
        nums = _numbers(q, start, end)
        open_paper = next((a for a in reversed(acts) if a["kind"] in ROLE_KINDS and "role" not in a), None)
        if kind is None and role and open_paper is not None:
            open_paper["role"] = role  # "…一篇非 SCI 論文，是通訊作者": the role of the paper just named
            facts += 1 if personal else 0
            continue
        if kind is None and role and last_paper_kind:
            kind = last_paper_kind  # "SCI 第一作者 2 篇、第二作者 1 篇": the second clause inherits SCI
        if kind == "tsa_monthly_speaker" and last_kind not in ("tsa_monthly_meeting", "tsa_monthly_speaker") \
                and not has(r"月會|monthly", text):
            kind = None  # a speaker outside a monthly meeting is not 5.2's speaker credit
        if kind is None and has(r"(\d+(?:\.\d+)?)\s*小時", clause) and has(r"課程|上課|course", text) and \
                not any(a["kind"] in ("domestic_seminar", "hours") and "hours" not in a for a in acts):
            kind = "hours"
        if kind is None:
            facts += _attach(acts, clause, nums)  # "會期兩天", "每場 1.5 小時", "是病例報告" complete the last activity
            continue
        act: dict[str, Any] = {"kind": kind}
        year = [y.year for y in years if y.start < end]
        if len({y.year for y in years}) == 1:
            act["year"] = years[0].year  # one year named anywhere: it is the year of every activity
        elif year:
            act["year"] = year[-1]
        counts = [v for v, u in nums if u in ("次", "篇", "場", "件", "個")]
        plain = [v for v, u in nums if u is None and 0 < v < 100]
        if kind not in ("training_abroad", "training_domestic", "hours"):
            count = counts[0] if counts else (plain[0] if plain else None)
            if count is not None and count >= 1:
                act["count"] = int(count)
                facts += 1
            else:
                act["count"] = 1
                implicit_count.add(id(act))
                # "參加年會可以拿幾分" names no count of the user's own: a rules question, not a fact;
                # "今年去了年會" / "attended the annual meeting" states one attendance of the user's own.
                if has(r"(?:去|參加|出席)(?:了|過)|\battended\b|\bwent to\b", clause):
                    facts += 1
        elif counts:
            act["count"] = int(counts[0])
        facts += _attach([act], clause, nums, fresh=True)
        if role and kind in ROLE_KINDS:
            act["role"] = role
            # "我…第一作者" is the user's own authorship; "第一作者跟第二作者各有幾分" asks for the rule
            facts += 1 if personal else 0
        acts.append(act)
        last_kind = kind
        if kind in ("paper_sci", "paper_non_sci"):
            last_paper_kind = kind
    # "在月會擔任講者 2 次": each meeting spoken at was also attended (5.2 credits both).
    speaker = next((a for a in acts if a["kind"] == "tsa_monthly_speaker"), None)
    meeting = next((a for a in acts if a["kind"] == "tsa_monthly_meeting"), None)
    if speaker and meeting and id(meeting) in implicit_count and speaker["count"] > meeting["count"]:
        meeting["count"] = speaker["count"]
        notes.append(Note("擔任演講者的月會場次也計為出席月會（第五條第二款：出席與演講各計 20 分）。",
                          "Each monthly meeting you spoke at is also counted as attended (5.2: attending and "
                          "speaking earn 20 credits each)."))
    # A reply to "how many hours / days / months? which role?" completes the activities that lacked it.
    reply = bare_numbers(q)
    for a in acts:
        for key in _needs_of(a):
            if key in q.expected and reply and key != "role":
                a[key] = int(reply.pop(0)) if key == "days" else reply.pop(0)
    follow_role = _role_of(followup_text(q))
    for a in acts:
        if a["kind"] in ROLE_KINDS and "role" not in a:
            if follow_role:
                a["role"] = follow_role
            elif a["kind"] == "presentation":
                a["role"] = "presenter"
                notes.append(Note("發表論文演講／壁報視為由您本人發表（第一作者或發表者）。",
                                  "The presentation is taken to be given by you (first author or presenter)."))
    # "會議本身也算" / "attended it too": the meeting a presentation was given at is attended as well (5.4 / 5.6
    # may both be credited), once, in the presentation's year.
    talk = next((a for a in acts if a["kind"] == "presentation"), None)
    if talk is not None and has(ALSO_ATTENDED, text):
        meeting = next((k for k, p in KINDS if k in MEETING_KINDS and k != "domestic_seminar" and has(p, text)), None)
        if meeting and not any(a["kind"] == meeting for a in acts):
            acts.append({k: v for k, v in {"kind": meeting, "year": talk.get("year"), "count": 1}.items() if v is not None})
            facts += 1
    subset = SUBSET_CASE_REPORT.search(text)
    if subset:
        part = subset_count(subset)
        whole = next((a for a in acts if a["kind"] in ("paper_sci", "paper_non_sci") and a.get("case_report")
                      and a.get("count", 1) > part), None)
        if whole is not None:  # 2 papers, 1 of them a case report: 1 full paper + 1 case report
            acts.insert(acts.index(whole), {**whole, "count": whole["count"] - part, "case_report": False})
            whole["count"] = part
    for a in acts:
        for key in _needs_of(a):
            if not any(n.key == key for n in needs):
                needs.append(NEEDS[key])
    return acts, needs, notes, facts


NEEDS = {k: Need(k, *TALLY_ASK[k]) for k in ("months", "hours", "days", "role")}


def _needs_of(act: dict[str, Any]) -> list[str]:
    """The details an activity still lacks for its kind (SPEC §4.1)."""
    kind = act["kind"]
    wanted = {"training_abroad": "months", "training_domestic": "months", "hours": "hours",
              "domestic_seminar": "hours", "specialty_annual_meeting": "days"}.get(kind)
    out = [wanted] if wanted and wanted not in act else []
    if kind in ROLE_KINDS and "role" not in act:
        out.append("role")
    return out


def _attach(acts: list[dict[str, Any]], clause: str, nums: list[tuple[float, str | None]], *, fresh: bool = False) -> int:
    """Put the details a clause gives (hours, days, months, case report) on the last activity that takes them."""
    found = 0
    hours = [v for v, u in nums if u == "小時"]
    days = [v for v, u in nums if u == "天"]
    months = [v for v, u in nums if u == "個月"]
    for a in reversed(acts):
        kind = a["kind"]
        if hours and kind in ("domestic_seminar", "hours") and "hours" not in a:
            a["hours"] = hours[-1]
            found += 1
        if kind == "specialty_annual_meeting" and "days" not in a:
            if days or has(r"(?:兩|二|2)\s*天以上|two days|2 days or more", clause):
                a["days"] = int(days[-1]) if days else 2
                found += 1
            elif has(r"一天|1 ?day|one day|單日", clause):
                a["days"] = 1
                found += 1
        if months and kind in ("training_abroad", "training_domestic") and "months" not in a:
            a["months"] = months[0]
            found += 1
        if kind in ROLE_KINDS and has(CASE_REPORT, clause):
            a["case_report"] = True
        if found or fresh or kind in ROLE_KINDS and has(CASE_REPORT, clause):
            break
    return found


def credit_tally(q: Query) -> Extraction | None:
    """tsa_credit_tally: credits from activities the user lists."""
    t = q.lower
    cues = sum(1 for p in TALLY_CUES if has(p, t))
    acts, needs, notes, facts = _activities(q)
    if not acts and not cues:
        return None
    if has(TALLY_BLOCK, t):
        return None  # another regulation's points (TSIR renewal points are "抵" credits)
    args: dict[str, Any] = {"activities": acts}
    if has(OFFSHORE, t):
        args["offshore_island"] = True
        facts += 1 if acts else 0
    if not acts:
        needs = [Need("activities", *TALLY_ASK["activities"])]
    score = 1.0 + cues + 0.5 * len(acts) + (1 if has(TALLY_TOPIC, t) else 0)
    return Extraction("tsa_credit_tally", args, needs, notes, score=score, facts=facts)


EXTRACTORS = [credit_tally]
