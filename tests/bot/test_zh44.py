"""Round 44 (zh44): Chinese calculator questions read wrong on questions written blind. Each class with phrasings of its own
(zh-TW, zh-CN, English where the class exists) and the near misses that must not change:

1. A section heading naming a meeting, no figure and no attending in it ("年會投稿的部分：", "年會方面，", "关于年会这块：",
   "As for the annual meeting:"): the topic of the presentations after it, never an annual meeting attended
   (bot/reader/items.py `_topic_headings`). A heading whose section says the meeting was attended ("有去", "attended it too")
   keeps the meeting; a heading of a kind counted after it ("講習會方面，去了兩場") is that kind's.
2. Where one's own case falls short, asked after one's own figures ("差在哪？", "哪裡不夠？", "還要幾例？"): the calculation's
   verdict and shortfall, not two rules compared (bot/routing.py `SHORT_WHERE`, `ENOUGH_ASKED`). Two things compared
   ("年會跟月會的積分差在哪") stay the rules'.
3. A count said as nearly reached ("快150例", "將近兩百例", "almost 200 cases") is that count, approximate — stated as an
   assumption, or asked where the verdict turns inside it; a period nearly reached ("快8年") stays below its figure. A tilde
   run into a word ("人超多～三個放射師", "好忙喔~兩個") ends an exclamation, no "about"; "~130", "篩了～130位" keep it. "一百出頭"
   is a figure and a little more: asked (or settled, the verdict the same across it) like "一百多", and a reply's exact
   figures complete it.
4. Chinese numerals either side of a slash ("陽追完成 一百四十 / 兩百") are the completed and suspected-positive counts; the
   person's own working-out ("算起來 75%", "我算是七成五", "剛好七成") is checked against the result, no fact of its own.
5. The requirement's figure asked by name ("門檻是幾例") beside a count of one's own that leaves the calculation short: the
   rule's figure quoted (180), not withheld behind a question back; the whole case given, the verdict states it.
Phrasings written for this test; none but the class's own shape is from a blind bank.
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import calculator_call, ask_and_reply

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)




def _kinds(call):
    return sorted(it["kind"] for it in call.args["activities"])


# ----------------------------------------------------------- 1. a section heading naming a meeting is no attendance

@pytest.mark.parametrize(("question", "total"), [
    ("年會投稿的部分：我當第一作者的poster 2篇。這樣幾分？", 20),
    ("年會方面，我發表了兩篇壁報，都是第一作者，幾分？", 20),
    ("年会投稿这块：我一作的壁报 2 篇，能拿几分？", 20),
    ("關於年會：口頭報告一篇我是一作，這樣積分多少？", 10),
    ("年會投稿這塊：第一作者的壁報 3 篇，其中一篇是病例報告；另一篇口頭我是第二作者。發表總共幾分？", 25),
    ("As for the annual meeting: 2 posters as first author. How many credits?", 20),
])
def test_a_section_heading_naming_a_meeting_is_no_attendance(engine, question, total):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert set(_kinds(call)) == {"presentation"}, call.args
    assert call.result["total"] == total


def test_the_parts_of_a_heading_count_split_by_a_subset(engine):
    call = calculator_call(_ask(engine, "年會投稿這塊：第一作者的壁報 3 篇，其中一篇是病例報告；另一篇口頭我是第二作者。發表總共幾分？"),
                 "tsa_credit_tally")
    rows = sorted((it["count"], it.get("role"), bool(it.get("case_report"))) for it in call.args["activities"])
    assert rows == [(1, "first", True), (1, "second", False), (2, "first", False)]


@pytest.mark.parametrize(("question", "kinds", "total"), [
    ("年會的部分：有去，另外發表了一篇壁報我是一作，幾分？", ["presentation", "tsa_annual_meeting"], 70),
    ("年會的部分：我有參加，也發表了一篇壁報我是一作，幾分？", ["presentation", "tsa_annual_meeting"], 70),
    ("年會的部分：有去一次，月會 3 次，幾分？", ["tsa_annual_meeting", "tsa_monthly_meeting"], 120),
    ("Regarding the annual meeting, I presented 2 posters as first author and attended it too. Total credits?",
     ["presentation", "tsa_annual_meeting"], 80),
    ("講習會方面，去了兩場四小時的，幾分？", ["domestic_seminar"], 20),
])
def test_a_heading_whose_section_says_attended_keeps_the_meeting(engine, question, kinds, total):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert _kinds(call) == kinds
    assert call.result["total"] == total


# ----------------------------------------------------------- 2. where one's own case falls short: the calculation

@pytest.mark.parametrize(("question", "shortfall"), [
    ("定位切片引流我做了250例，專科15年，差在哪？", 50),
    ("消融做了150例，專科12年，哪裡不夠？還要做幾例才夠？", 30),
    ("我TACE做了280例，專科9年，哪裡不符合？", 20),
    ("血管介入 80 例，专科 10 年，差在哪？还需要几例？", 20),
])
def test_where_short_and_how_many_more_is_the_calculation(engine, question, shortfall):
    call = calculator_call(_ask(engine, question), "tsir_instructor_eligibility")
    assert call.result["eligible"] is False and call.result["shortfall"] == shortfall


@pytest.mark.parametrize("question", [
    "年會跟月會的積分差在哪？我去了3次月會",
    "RFA 跟 MWA 差在哪？門檻一樣嗎？",
])
def test_two_things_compared_stay_the_rules(engine, question):
    a = _ask(engine, question)
    assert a.route == "retrieval" and not a.tool_calls, (a.route, a.answer[:200])


# ----------------------------------------------------------- 3. approximate words

@pytest.mark.parametrize(("question", "cases"), [
    ("專科10年，洗腎通路PTA做了快150例，可以申請血管介入的指導老師嗎", 150),
    ("專科12年，RFA跟微波加起來快兩百例，夠申請燒灼的指導老師嗎？", 200),
    ("专科10年，消融做了将近两百例，可以申请消融的指导老师吗", 200),
    ("10 years as a specialist, almost 200 ablation cases. Can I apply for the ablation instructor certificate?", 200),
])
def test_a_count_nearly_reached_is_that_count_said_approximate(engine, question, cases):
    a = _ask(engine, question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases and call.result["eligible"] is True
    assert any("約略" in x or "approximate" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "專科10年，消融做了快180例，可以申請消融的指導老師嗎",
    "专科9年，TACE做了将近三百例，可以申请肿瘤栓塞的指导老师吗",
])
def test_a_count_nearly_reached_at_the_line_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("rough:") for m in a.missing), a.missing


def test_a_period_nearly_reached_stays_below_it(engine):
    a = _ask(engine, "專科快8年，消融做了200例，可以申請消融的指導老師嗎")
    assert a.route == "clarify" and any("years_as_specialist" in m for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "screened", "staff"), [
    ("巡迴車今天好忙喔~兩個放射師篩了九十位，有沒有超過上限？", 90, 2),
    ("今天乳攝車人超多～三個放射師一共拍了一百二十五位，有超過嗎？", 125, 3),
    ("巡回车今天人好多~两个放射师筛了八十五位，超过上限了吗？", 85, 2),
])
def test_a_tilde_run_into_a_word_is_no_approximation(engine, question, screened, staff):
    a = _ask(engine, question)
    call = calculator_call(a, "hpa_radiographer_volume")
    assert call.args == {"daily_screenings_on_van": screened, "radiographers_on_van": staff}
    assert call.result["over_van_daily_cap"] is True
    assert not any("約略" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "巡迴車今天三個放射師一共篩了～130位，有沒有超過一天的上限？",
    "乳攝車今天 2 個放射師拍了 ~85 位，超過上限了嗎？",
])
def test_a_tilde_before_the_figure_is_still_about(engine, question):
    a = _ask(engine, question)
    calculator_call(a, "hpa_radiographer_volume")
    assert any("約略" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize(("question", "reply", "cases", "eligible"), [
    ("專科十五年，近六年 RFA 一百出頭、MWA 七十例，夠申請燒灼治療的指導老師嗎", "RFA 是 103 例", 173, False),
    ("專科十二年，冷凍消融一百出頭、RFA 八十幾例，消融指導老師夠不夠", "冷凍 104、RFA 82", 186, True),
    ("专科十五年，近六年 RFA 一百出头、MWA 七十几例，够申请消融的指导老师吗", "RFA 101、MWA 72", 173, False),
])
def test_a_figure_and_a_little_more_is_asked_and_the_reply_completes_it(engine, question, reply, cases, eligible):
    first, final = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and any(m.startswith("vague:") and "出" in m for m in first.missing), first.missing
    call = calculator_call(final, "tsir_instructor_eligibility")
    assert call.args["cases_last_6_years"] == cases and call.result["eligible"] is eligible


def test_a_figure_and_a_little_more_far_from_the_line_is_settled(engine):
    a = _ask(engine, "专科12年，TACE 一百出头，够申请肿瘤栓塞的指导老师吗")
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.result["eligible"] is False
    assert any("約略" in x for x in a.assumptions), a.assumptions


def test_a_figure_and_a_little_more_beside_another_missing_fact_asks_the_usual_way(engine):
    first, final = ask_and_reply(engine, "我RFA跟冷凍消融加起來兩百出頭例，想申請消融的指導老師，可以嗎？", "放專12年，確切是 208 例")
    assert any(m.startswith("years_as_specialist") for m in first.missing), first.missing
    assert calculator_call(final, "tsir_instructor_eligibility").args["cases_last_6_years"] == 208


# ----------------------------------------------------------- 4. completed / suspected positives over a slash, in numerals

@pytest.mark.parametrize(("question", "done", "suspected", "deduction"), [
    ("陽追完成 一百四十 / 兩百，剛好七成，扣多少？", 140, 200, 5),
    ("阳追完成 一百三十 / 两百，算下来 65%，要扣多少？", 130, 200, 10),
    ("陽追完成一百五十／兩百，算起來75%，不會扣吧", 150, 200, 0),
    ("陽追完成一百五十/兩百，我算是七成五，應該不扣吧？", 150, 200, 0),
])
def test_a_fraction_in_numerals_is_the_follow_up_counts(engine, question, done, suspected, deduction):
    call = calculator_call(_ask(engine, question), "hpa_followup_deduction")
    assert call.args == {"suspected_positive_cases": suspected, "completed_cases": done}
    assert call.result["deduction_pct"] == deduction


def test_a_working_out_that_disagrees_is_not_taken(engine):
    a = _ask(engine, "陽追完成 一百四十 / 兩百，剛好 75% 應該不扣吧？")
    assert a.route == "clarify" and not a.tool_calls


# ----------------------------------------------------------- 5. the threshold asked by name beside one's own count

@pytest.mark.parametrize("question", [
    "我RFA做了150例，消融的指導老師門檻是多少例？",
    "我RFA跟微波加起來150例，消融的指導老師門檻是幾例？",
    "我射頻跟微波大概一百六十例，消融指導老師的门槛是几例？",
    "I've done about 150 RFA and MWA cases. What's the case threshold for the ablation instructor?",
])
def test_the_threshold_asked_beside_an_own_count_is_the_rule(engine, question):
    a = _ask(engine, question)
    assert a.route == "retrieval", (a.route, a.missing, a.answer[:200])
    assert "180" in a.answer.splitlines()[0]
    assert "tsir-instructor/2.6" in [c.id for c in a.citations]


def test_the_threshold_asked_beside_the_whole_case_is_computed(engine):
    call = calculator_call(_ask(engine, "专科12年，我RFA做了150例，消融的门槛是几例？"), "tsir_instructor_eligibility")
    assert call.result["required_cases"] == 180 and call.result["shortfall"] == 30


def test_the_threshold_asked_with_enough_asked_too_stays_the_check(engine):
    a = _ask(engine, "我RFA做了150例，門檻是幾例？我夠嗎？")
    assert a.route == "clarify" and any("years_as_specialist" in m for m in a.missing), a.missing
