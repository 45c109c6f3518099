"""Multi-part questions, round 33 (SPEC §3 `parts`, reading rules): a question asked again of another value or kind, the
excess asked right after "over?", a yes / no asked of a radiographer's limits, a rule's bound asked with 幾, a span of years
written with an arrow, the six years said between a technique and its count.

Every phrasing here is new (zh-TW, zh-CN, en), written for the class by the parts helper, not taken from an eval bank.
Real engine (conftest: real index on disk, real calculators, no model).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _activities(answer):
    return answer.tool_calls[0].args["activities"]


# ------------------------------------------------------------------ the question before, asked again of another figure

@pytest.mark.parametrize(("question", "first", "second"), [
    ("院內學術討論會開了大概三個小時，算幾分？那一個半小時的呢", 10, 5),
    ("院内学术讨论会开了大概三个小时，算几分？那一个半小时的呢？", 10, 5),
    ("參加一場院外講習會兩個半小時，可以拿幾分？如果只有兩小時呢", 10, 5),
    ("Went to an outside seminar that ran 3 hours, how many credits? what about a 1.5 hr one?", 10, 5),
    ("Went to 2 hospital seminars of 1 hour each, how many credits? and what about 2.5-hour ones", 10, 20),
    ("今年外科月會去了 4 次，積分多少？那 6 次呢？", 80, 120),
])
def test_a_figure_asked_again_is_read_in_the_words_before(engine, question, first, second):
    """"…三個小時，算幾分？那一個半小時的呢": the second question is the first asked of another length — a part of its own,
    read in the first part's words with its figure in place, never one calculation adding both, never refused."""
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], answer.answer[:300]
    assert [p.tool_calls[0].result["total"] for p in answer.parts] == [first, second], answer.answer[:300]
    assert len(_activities(answer.parts[1])) == 1


@pytest.mark.parametrize("question", [
    "兩位放射師都上班 365 天，篩了 13,500 案，有超量嗎？那如果其中一位只上了 300 天呢？",
    "Two RTs, 365 days each, 13,500 screens. Over? what if one of them only did 300 days?",
])
def test_a_figure_of_one_of_several_is_never_put_in_for_all(engine, question):
    """"那如果其中一位只上了 300 天呢": one of the two changed — written in for the figure both share it would make both 300
    days, a confidently wrong volume."""
    answer = engine.answer(question, today=TODAY)
    for part in answer.parts[1:]:
        for call in part.tool_calls:
            assert call.args["radiographer_work_days"] != [300, 300], answer.answer[:300]


# ------------------------------------------------------------------ the question before, asked again of another kind

@pytest.mark.parametrize(("question", "figures"), [
    ("Got a surgical paper into an SCI journal as 2nd author, how many credits? and what if it's only a case report",
     ("25", "half")),
    ("外科 SCI 論文一篇，我是第二作者，幾分？要是 case report 呢", ("25", "減半")),
    ("外科 SCI 论文一篇，我是第二作者，几分？如果只是病例报告呢", ("25", "減半")),
    ("一篇外科 SCI 論文我是第二作者，幾分？如果是通訊作者呢？", ("25", "50")),
    ("Surgical SCI paper, I'm second author — how many credits? what if I were the corresponding author?", ("25", "50")),
])
def test_a_kind_or_role_supposed_is_never_read_into_the_facts(engine, question, figures):
    """"…how many credits? and what if it's only a case report" (its mark left off or not): the same paper supposed another
    kind or role — never read into the stated facts (the case report halving the paper asked about, the corresponding author
    read as a second paper), the message answered whole from the rule, its first line giving both figures
    (test_routing_round10)."""
    answer = engine.answer(question, today=TODAY)
    for call in answer.tool_calls:
        assert sum(a.get("count", 1) for a in call.args["activities"]) == 1, answer.answer[:300]
        assert not call.args["activities"][0].get("case_report"), answer.answer[:300]
    assert "tsa-cme/5.7" in [c.id for c in answer.citations], answer.answer[:300]
    first = answer.answer.splitlines()[0]
    assert all(f in first for f in figures), first


# ------------------------------------------------------------------ the excess asked right after "over?"

@pytest.mark.parametrize(("question", "parts"), [
    ("去年兩位放射師各上班 365 天，全年篩了 14,000 案，有超量嗎？超多少案不給付？", 0),
    ("去年两位放射师各上班 365 天，全年筛了 14,000 案，超量了吗？超出几案？", 0),
    ("two RTs, 365 days each, 14,000 screens last year. over the cap? by how much?", 0),
    ("兩位放射師各上班 365 天，全年 14,000 案，有超量嗎？超多少案？另外其中一位三月拍了 520 案，有超過個人上限嗎", 2),
])
def test_the_excess_asked_after_over_is_the_same_question(engine, question, parts):
    """"有超量嗎？超多少案不給付？": how much over is asked of the same facts — one calculation answers both, never a second
    part computing the very same call again."""
    answer = engine.answer(question, today=TODAY)
    assert len(answer.parts) == parts, answer.answer[:300]
    facility = [c for c in answer.tool_calls if c.name == "hpa_facility_volume"]
    assert len(facility) == 1 and facility[0].result["excess_cases"] == 800, answer.answer[:300]


# ------------------------------------------------------------------ a yes / no asked of a radiographer's limits

@pytest.mark.parametrize(("question", "lead"), [
    ("巡迴車的放射師上個月拍了 570 案，健康署可以隨時抽片嗎？", "可以"),
    ("巡回车的放射师上个月拍了 570 案，会被抽片审查吗？", "會"),
    ("van radiographer did 570 screens last month — can the HPA pull her films for a spot review?", "Yes"),
    ("這個月她拍了 470 案，有沒有超過每月上限？", "沒有"),
])
def test_a_yes_no_on_the_radiographers_limits_leads_with_its_answer(engine, question, lead):
    """"…570 案，健康署可以隨時抽片嗎？": every limit checked says the same (over the cap and liable to review, or within
    both) — the first line answers the yes / no before the figure."""
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer[:300]
    assert answer.answer.startswith(lead), answer.answer[:300]


def test_limits_that_disagree_give_no_yes_no():
    """520 a month is over the cap but no spot review: no one yes / no answers both (`favourable` is None)."""
    from calculators.registry import get_tool

    from bot.engine import calculate
    assert get_tool("hpa_radiographer_volume") is not None
    assert calculate("hpa_radiographer_volume", {"monthly_screenings": 520}).favourable() is None
    assert calculate("hpa_radiographer_volume", {"monthly_screenings": 470}).favourable() is True
    assert calculate("hpa_radiographer_volume", {"monthly_screenings": 570}).favourable() is False


# ------------------------------------------------------------------ a rule's bound asked with 幾

@pytest.mark.parametrize("question", [
    "乳攝車一天每位放射師最多可以拍幾個？",
    "乳摄车一天每个放射师最多能拍几个",
    "每輛乳攝車最多可以報備幾個放射師？",
    "一台巡迴車最多報幾個人",
])
def test_a_bound_with_its_verb_before_the_count_asks_the_rule(engine, question):
    """"最多可以拍幾個", "最多報幾個人": 幾 is what is asked of the rule's limit, no vague count of the person's — the clause
    answers it, never a question back for the number."""
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "retrieval", answer.answer[:300]
    assert "hpa-mammo/2.4.1" in [c.id for c in answer.citations]
    assert not any(m.startswith("vague:") for m in answer.missing)


# ------------------------------------------------------------------ a span of years written with an arrow

@pytest.mark.parametrize("question", [
    "My yearly credits 2021→2026 are 120, 100, 90, 110, 80, 70. Can I renew?",
    "credits 2021 -> 2026: 120, 100, 90, 110, 80, 70 — enough to renew?",
    "2021→2026 每年積分分別是 120、100、90、110、80、70，可以展延嗎",
])
def test_a_span_of_years_with_an_arrow_is_no_figure(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer[:300]
    assert answer.tool_calls[0].args["yearly_credits"] == [120, 100, 90, 110, 80, 70]
    assert answer.tool_calls[0].result["total"] == 570


# ------------------------------------------------------------------ the six years said between a technique and its count

@pytest.mark.parametrize(("question", "cases"), [
    ("腫瘤栓塞六年 280 台，專科 10 年，可以申請指導老師嗎", 280),
    ("肿瘤栓塞六年 320 件，专科 10 年，可以申请指导老师吗", 320),
    ("PAE 六年 90 台，專科 10 年，夠申請指導老師嗎", 90),
])
def test_the_years_between_a_technique_and_its_count_frame_it(engine, question, cases):
    """"腫瘤栓塞六年 280 台": the six years the count is of, said between the technique and the count — the count is the
    technique's, never left unread."""
    answer = engine.answer(question, today=TODAY)
    assert answer.route == "calculator", answer.answer[:300]
    assert answer.tool_calls[0].args["cases_last_6_years"] == cases
    assert answer.tool_calls[0].args["years_as_specialist"] == 10
