"""HPA classes of the thirty-second round — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's
sentence: the rule's table row or figure offered as the person's guess ("是算 -5% 還是 -10%", "不是 2 個月嗎"), a remark on
the calendar ("二月有29號嗎"), follow-up written short ("f/u completion"), a reader's pair written short ("pos 61%, neg 0%")
and "not flagged", people named by joined labels sharing one value ("A 跟 B 全年 365 天"), the van's day asked with its
staff unnamed, someone's own result said past the line or come in with no figure, a field QC item's B or C with the
seminar's duty asked, the method asked then one's own figures, pairs under a heading ("(非緻密/緻密)：340/322、…")."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a row of the rule's table, or its figure, offered as the person's guess: set aside, never asked back ----------------

@pytest.mark.parametrize(("question", "rate", "pct"), [
    ("我們追蹤完成率 66%，是 -10% 還是 -15% 那一級？", 66, 10),
    ("随访完成率 72%，算扣 5% 还是扣 10%？", 72, 5),
    ("completion rate 61% — is that the 15% or the 20% bracket?", 61, 15),
    ("FU completion 74.5%, please say it's not the -10% row", 74.5, 5),
])
def test_a_tier_offered_is_no_figure(ask, question, rate, pct):
    a = ask(question)
    ((tool, args),) = _calls(a)
    assert tool == "hpa_followup_deduction" and args == {"completion_rate_pct": rate}
    assert a.tool_calls[0].result["deduction_pct"] == pct
    assert a.unused and not a.missing
    assert not a.answer.startswith(("No.", "Yes.", "是。", "否。"))  # a choice between two tiers is no yes / no


@pytest.mark.parametrize(("question", "category", "months", "deadline"), [
    ("category 0 不是 6 個月內嗎？她 2026/9/15 篩的，最晚哪天要複檢？", 0, 2, "2026-11-15"),
    ("3类不就是2个月吗？今年8月1日筛的，最晚什么时候复检", 3, 6, "2027-02-01"),
    ("BI-RADS 4 screened 2026-10-10 — isn't it 6 months? when's the deadline?", 4, 2, "2026-12-10"),
])
def test_the_period_asked_back_is_no_figure(ask, question, category, months, deadline):
    a = ask(question)
    ((tool, args),) = _calls(a)
    assert tool == "hpa_followup_deadline" and args["category"] == category
    assert (a.tool_calls[0].result["months"], a.tool_calls[0].result["deadline"]) == (months, deadline)


@pytest.mark.parametrize(("question", "deadline"), [
    ("cat 0，115/12/31 篩的，最晚哪天回來？（二月有29號嗎）", "2027-02-28"),
    ("今年12月30号筛的4类，确诊期限？二月好像只有28天", "2027-02-28"),
    ("cat 4 screened 2025-12-30 — Feb only has 28 days that year, right? deadline?", "2026-02-28"),
])
def test_a_remark_on_the_calendar_is_no_figure(ask, question, deadline):
    a = ask(question)
    ((tool, _),) = _calls(a)
    assert tool == "hpa_followup_deadline" and a.tool_calls[0].result["deadline"] == deadline
    assert a.unused


# --- 2. the same measure written short: "f/u completion", "pos … neg …", "not flagged" ------------------------------------

def test_follow_up_written_short(ask):
    ((tool, args),) = _calls(ask("FU completion 68% — deduction?"))
    assert tool == "hpa_followup_deduction" and args == {"completion_rate_pct": 68}


@pytest.mark.parametrize(("question", "expected"), [
    ("Reader A: pos 52%, neg 3%. Reader B: pos 20%, neg 17%. Neither was flagged last time. Tiers?",
     [(52, 3, "required"), (20, 17, "required")]),
    ("Dr K pos 45% neg 10%, not flagged at the last review — what now?", [(45, 10, "recommended")]),
])
def test_a_readers_pair_written_short(ask, question, expected):
    a = ask(question)
    calls = _calls(a)
    assert [(args["positive_discrepancy_pct"], args["negative_discrepancy_pct"]) for _, args in calls] == [e[:2] for e in expected]
    assert all(args.get("previously_required") is False for _, args in calls)
    assert [c.result["tier"] for c in a.tool_calls] == [e[2] for e in expected]


# --- 3. people named by joined labels share the value said of them ---------------------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("院內三個放射師，A 跟 B 全年 365 天，C 183 天，去年總共做了 17000 件，超量的部分是幾件？", [365, 365, 183]),
    ("四位放射師，甲乙丙全年，丁 200 天，去年篩了 22000 件，超量幾件？", [365, 365, 365, 200]),
    ("三个放射师，A和B全年365天，C 90天，去年筛了16000例，超了多少？", [365, 365, 90]),
    ("Amy and Ben full year, Cal 100 days; 15000 screenings last year. Over the limit?", [365, 365, 100]),
    ("3 RTs: 200 days, full year (365), 150 days; 12000 screenings for the year. Over?", [200, 365, 150]),
])
def test_joined_labels_share_their_value(ask, question, days):
    ((tool, args),) = _calls(ask(question))
    assert tool == "hpa_facility_volume" and args["radiographer_work_days"] == days


def test_labels_of_a_sum_are_asked(ask):
    a = ask("院內三個放射師，A 跟 B 加起來 500 天，C 183 天，去年做了 17000 件，超量幾件？")
    assert a.route == "clarify" and not a.tool_calls


# --- 4. a fact the answer turns on, not given: asked, never the rule quoted as if it answered ------------------------------

@pytest.mark.parametrize("question", [
    "我們的乳攝車一天最多能拍幾個？車上有好幾個技師輪",
    "我们巡回车一天可以筛多少人？车上有几个放射师",
    "How many women can our screening van take per day? We rotate a few techs on it.",
])
def test_the_vans_day_asks_its_staff(ask, question):
    a = ask(question)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_radiographer_volume"
    # (how many radiographers, asked outright or as what the vague count is — never the month's count)
    assert a.missing and all(m.startswith(("radiographers_on_van", "vague:")) for m in a.missing)


def test_the_vans_day_rule_alone_is_quoted(ask):
    assert ask("乳攝車一天可以排多少人？").route == "retrieval"


@pytest.mark.parametrize(("question", "tool"), [
    ("陳醫師的複判報告說他超過門檻了，他要做什麼？", "hpa_reread_action"),
    ("Our reader's reread is back and she's over the threshold. What does she have to do?", "hpa_reread_action"),
    ("上次後續審查就被要求去判片座談會了，這次複判差異會不會被停權？", "hpa_reread_action"),
    ("The field test report for our unit just arrived. Will the unit be pulled from screening?", "hpa_qc_grade"),
])
def test_ones_own_result_without_its_figures_is_asked(ask, question, tool):
    a = ask(question)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == tool


@pytest.mark.parametrize("question", [
    "實地測試壓迫裝置拿 C，負責醫師一定要去品管討論會嗎？",
    "品管实测有一项拿 B，要不要派人去上品管讨论会？",
    "Field test: the compression item got a C. Does our physician have to attend the QC meeting?",
])
def test_a_field_qc_letter_asks_its_cause(ask, question):
    a = ask(question)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_qc_grade"
    assert any(m.startswith("human_factor") for m in a.missing)


def test_a_field_qc_letter_with_its_cause_is_the_rules(ask):
    assert ask("實地測試壓迫裝置拿 C，是操作失誤造成的，負責醫師一定要去品管討論會嗎？").route == "retrieval"


def test_the_cause_asked_completes(engine):
    first, second = ask_and_reply(engine, "品管實測有一項拿 C，其他都 A，負責醫師是不是一定要去品管討論會？", "是照野 74 分，擺位失誤")
    assert first.route == "clarify"
    ((tool, args),) = _calls(second)
    assert tool == "hpa_qc_grade" and args["human_factor"] is True and second.tool_calls[0].result["worst"] == "C"


# --- 5. the method asked, then one's own figures: the method put to them ---------------------------------------------------

@pytest.mark.parametrize("question", [
    "機構自選片怎麼評？我們兩位放射師非緻密型 355、349。",
    "How's the facility self-selected grade worked out? Our two RTs' dense sets: 341 and 352.",
    "医院的自选片评等怎么算？我们致密型最高那组 358 分，这样是A吗",
])
def test_the_method_then_ones_own_figures_asks_the_rest(ask, question):
    a = ask(question)
    assert a.route == "clarify" and a.pending_call is not None and a.pending_call.name == "hpa_image_grade"


@pytest.mark.parametrize(("question", "scores", "grade"), [
    ("機構自選片幾等？三位放射師（非緻密/緻密）：350/341、362/339、347/355",
     {"non_dense": [350, 362, 347], "dense": [341, 339, 355]}, "B"),
    ("Facility self-selected grade? Our RTs, non-dense/dense: 371/366, 358/362", {"non_dense": [371, 358], "dense": [366, 362]}, "A"),
])
def test_pairs_under_a_heading(ask, question, scores, grade):
    a = ask(question)
    ((tool, args),) = _calls(a)
    assert tool == "hpa_image_grade" and args["scores"] == scores and a.tool_calls[0].result["grade"] == grade
