"""TSA / TSIR reader classes of the thirty-first round, each tested with wordings of its own (zh-TW, zh-CN, en): a bracket
that says what a figure includes and closes before the next figure ("90 drainages (incl PCN/PTCD) and 40 pain blocks")
is that figure's own — the figures after it are no part of it and are added; a whole, a part of it, and the rest said
with its own detail ("其中 2 篇一作、4 篇二作", "2 of them as first author and the rest as a co-author"): the rest is the
whole's remainder with that detail; a list of a detail's values for the items counted ("三場研討會，1小時、3小時、
4小時各一場", "seminars (1 h, 3 h and 4 h)", "1、3、4 小時"): one item per value; a part of a count in brackets opening
with 有 is never added; SCI papers said to be on another domain's techniques do not count for the domain applied for; a
domain asked about after another ("消融呢？", "what about ablation?") is that domain."""

from __future__ import annotations

import datetime

import pytest

TODAY = datetime.date(2026, 11, 25)


def _only_call(a, name: str) -> dict:
    """The arguments of the answer's one call, which must be of tool `name`."""
    assert a.route == "calculator", (a.route, a.answer[:300])
    assert [c.name for c in a.tool_calls] == [name], ([c.name for c in a.tool_calls], a.answer[:300])
    return a.tool_calls[0].args


# --- 1. an inclusion bracket closed before the next figure: the figures after it are added, never its parts ---------------

@pytest.mark.parametrize(("question", "cases"), [
    ("Specialist 10 yrs. Last 6 yrs: 150 biopsies, 100 drainages (including PCN and PTCD) and 60 pain control procedures. "
     "Can I apply as localization/biopsy/drainage/pain instructor?", 310),
    ("專科10年，近六年切片150例、引流100例（含PCN、PTCD）、疼痛控制60例，可以申請定位切片引流疼痛控制的指導老師嗎？", 310),
    ("专科9年，最近6年活检120例、引流90例（包括PCN和PTCD）以及疼痛治疗50例，能申请定位/切片/引流/疼痛控制的指导老师吗？", 260),
])
def test_inclusion_bracket_closed_before_next_figure(engine, question, cases):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_instructor_eligibility")
    assert args["domain"] == "localization_biopsy_drainage_pain"
    assert args["cases_last_6_years"] == cases


@pytest.mark.parametrize(("question", "cases"), [
    ("專科10年，近六年消融190例（含MWA 60例），可以申請消融指導老師嗎？", 190),
    ("专科10年，近六年消融190例（包括微波60例），能申请消融指导老师吗？", 190),
])
def test_figure_inside_the_bracket_still_a_part(engine, question, cases):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_instructor_eligibility")
    assert args["cases_last_6_years"] == cases


# --- 2. a whole, a part of it, and the rest said with its own detail: joined by "and" / 、, or the rest with no count ----

def _sci_by_role(args: dict) -> dict:
    """The TSIR renewal's SCI full articles, count by author role."""
    out: dict = {}
    for x in args["activities"]:
        if x["kind"] == "sci_full_article":
            out[x["role"]] = out.get(x["role"], 0) + x.get("count", 1)
    return out


@pytest.mark.parametrize(("question", "roles", "points"), [
    ("Instructor renewal: 5 SCI full articles, 1 of them as corresponding author and 4 as second author. Points?",
     {"corresponding": 1, "other": 4}, 40 + 60),
    ("Instructor renewal: 5 SCI full articles, 3 of them as first author and the rest as a co-author. Points?",
     {"first": 3, "other": 2}, 120 + 30),
    ("Instructor renewal: 5 SCI full articles, 3 of them as first author, the remaining as third author. Points?",
     {"first": 3, "other": 2}, 120 + 30),
    ("指導老師換證：SCI 原著 5 篇，其中 3 篇第一作者、2 篇第三作者，幾分？", {"first": 3, "other": 2}, 120 + 30),
    ("指導老師換證：SCI 原著 5 篇，其中 1 篇通訊作者，其餘都是二作，幾分？", {"corresponding": 1, "other": 4}, 40 + 60),
    ("指导老师换证：SCI 原著 5 篇，其中 2 篇第一作者和 3 篇第三作者，多少分？", {"first": 2, "other": 3}, 80 + 45),
    ("指导老师换证：SCI 原著 5 篇，其中 2 篇通讯作者，剩下的是二作，多少分？", {"corresponding": 2, "other": 3}, 80 + 45),
])
def test_part_and_rest_with_own_detail(engine, question, roles, points):
    a = engine.answer(question, None, today=TODAY)
    args = _only_call(a, "tsir_renewal_check")
    assert _sci_by_role(args) == roles
    assert a.tool_calls[0].result["points"] == points


@pytest.mark.parametrize("question", [
    "Instructor renewal: 5 SCI full articles, 2 of them as first author. Points?",
    "指導老師換證：SCI 原著 5 篇，其中 2 篇第一作者，幾分？",
])
def test_part_without_the_rest_still_asks_the_role(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])


# --- 3. a list of a detail's values for the items counted: one item per value ----------------------------------------

def _seminar_hours(args: dict) -> list:
    """The TSA tally's domestic seminars as (count, hours), in hours order."""
    return sorted((x.get("count", 1), x["hours"]) for x in args["activities"] if x["kind"] == "domestic_seminar")


@pytest.mark.parametrize("question", [
    "2023年參加了三場國內研討會，2小時、1小時、5小時各一場，幾分？",
    "2023年参加了三场国内学术研讨会，分别是2小时、1小时、5小时，能算几分？",
    "2023年國內研討會：2小時、1小時、5小時各一場，總共幾分？",
    "In 2023 I attended three domestic seminars (2 h, 1 h and 5 h). How many credits?",
    "In 2023 I went to domestic seminars of 2 hours, 1 hour and 5 hours, one each. credits?",
    "2023年去了3場國內研討會：2、1、5小時，幾分？",
])
def test_list_of_detail_values_one_item_each(engine, question):
    a = engine.answer(question, None, today=TODAY)
    args = _only_call(a, "tsa_credit_tally")
    assert _seminar_hours(args) == [(1, 1), (1, 2), (1, 5)]
    assert a.tool_calls[0].result["total"] == 5 + 5 + 10  # 5.5: up to two hours 5, over two hours 10


@pytest.mark.parametrize("question", [
    "2023年參加了兩場國內研討會，2小時、1小時、5小時，幾分？",
    "In 2023 I attended two domestic seminars (2 h, 1 h and 5 h). credits?",
    "2023年去了2場國內研討會：2、1、5小時，幾分？",
])
def test_list_of_values_not_the_count_is_asked(engine, question):
    a = engine.answer(question, None, today=TODAY)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])


# --- 4. a part of a lecture count said in brackets ("（有 1 次是座長）"): one of the lectures, never added -----------------

@pytest.mark.parametrize("question", [
    "放射專科6年，UAE 做了40例，在國內外介入會議講過這個主題3次（有一次是受邀座長），非腫瘤栓塞指導老師能申請嗎？",
    "放射专科6年，UAE 做了40例，在介入会议上讲过这个主题3次（其中一次是受邀座长），能申请非肿瘤栓塞指导老师吗？",
])
def test_part_of_lectures_in_brackets_not_added(engine, question):
    args = _only_call(engine.answer(question, None, today=TODAY), "tsir_instructor_eligibility")
    assert args["lectures_in_domain"] == 3


# --- 5. SCI papers said to be on another domain's techniques: no SCI path for the domain applied for --------------------

@pytest.mark.parametrize(("question", "sci"), [
    ("專科7年，SCI 第一作者 2 篇，內容都是 TACE。消融近六年 150 例，消融指導老師可以申請嗎？", None),
    ("专科7年，SCI 通讯作者 2 篇，主题是 PAE。消融 150 例，能申请消融指导老师吗？", None),
    ("Specialist 7 yrs, 2 SCI papers as first author, both on TACE. 150 ablations. ablation instructor?", None),
    ("專科7年，SCI 第一作者 2 篇，內容都是 RFA。消融近六年 150 例，消融指導老師可以申請嗎？", 2),
])
def test_sci_papers_on_another_domain(engine, question, sci):
    a = engine.answer(question, None, today=TODAY)
    args = _only_call(a, "tsir_instructor_eligibility")
    assert args["domain"] == "ablation"
    assert args.get("sci_first_or_corresponding") == sci
    assert a.tool_calls[0].result["eligible"] is (sci is not None)


# --- 6. a domain asked about after another ("(2) 消融呢？", "what about ablation?"): that domain, with its own cases -------

@pytest.mark.parametrize("question", [
    "專科9年。(1) TACE 120 例，腫瘤栓塞指導老師可以嗎？(2) 消融呢？RFA 200 例",
    "专科9年。1）TACE 120 例，肿瘤栓塞指导老师能申请吗？2）那消融这块呢？RFA 200 例",
    "Specialist 9 years. (1) tumour embolization instructor with 120 TACE? (2) what about ablation? 200 RFA",
])
def test_domain_asked_after_another(engine, question):
    a = engine.answer(question, None, today=TODAY)
    calls = {c.args["domain"]: c.args for c in a.tool_calls if c.name == "tsir_instructor_eligibility"}
    assert calls.get("tumor_embolization", {}).get("cases_last_6_years") == 120, a.answer[:300]
    assert calls.get("ablation", {}).get("cases_last_6_years") == 200, a.answer[:300]
