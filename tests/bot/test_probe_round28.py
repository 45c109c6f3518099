"""Round 28 probe: wrong readings found with fresh questions written blind from the rules (issue 9).

Each class is covered by several phrasings (zh-TW, zh-CN, en) written for these tests, not by an eval sentence."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply as _ask


def _call(answer, tool: str):
    """The one call of `tool` in a calculator answer."""
    assert answer.route == "calculator", (answer.route, answer.missing, answer.answer[:300])
    calls = [c for c in answer.tool_calls if c.name == tool]
    assert len(calls) == 1, [(c.name, c.args) for c in answer.tool_calls]
    return calls[0]


# Class 1: the whole-year word naming the period of a listed run of work days ("全年工作天數 365、300、200",
# "整年的上班日數分別是 …", "full-year work days 365, 300 and 200") was read as a fourth radiographer's 365 days, and the
# answer asked about "4 radiographers' days" when 3 were said. The word is the run's year; the figures are the items.
@pytest.mark.parametrize("question", [
    "三位放射師全年工作天數 365、300、200 天，今年篩檢 16000 例，有超過嗎？",
    "三位放射師全年工作 365、300、200 天，今年篩檢 16000 例，超量嗎？",
    "3 位放射師整年的上班日數分別是 365、300、200，今年篩檢 16000 例，超量幾例？",
    "三位放射师全年工作天数 365、300、200 天，年筛检 16000 例，超量吗？",
    "Three radiographers, full-year work days 365, 300 and 200; 16,000 screenings this year. Over?",
])
def test_whole_year_word_before_a_run_of_days_is_the_runs_year(engine, question):
    call = _call(_ask(engine, question), "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == [365, 300, 200]
    assert call.result["excess_cases"] == 359


@pytest.mark.parametrize(("question", "days"), [
    ("三位放射師都是全年，今年篩檢 16000 例，超量嗎？", [365, 365, 365]),
    ("3 位整年（365 天），1 位 92 天，今年篩檢 20000 例，超量嗎？", [365, 365, 365, 92]),
])
def test_whole_year_word_said_of_the_people_is_still_their_365(engine, question, days):
    call = _call(_ask(engine, question), "hpa_facility_volume")
    assert call.args["radiographer_work_days"] == days


# Class 2: a length said as the total of several seminars or meetings ("國內研討會兩場共五小時", "3 場合計 6 小時",
# "two seminars, 5 hours in total", "次專科學會年會兩次共三天") was read as each one's length: 2 × 5 hours gave 2 × 10
# credits, when a split of 1 + 4 hours gives 5 + 10. The split decides each one's credits, so each one's length is asked.
@pytest.mark.parametrize(("question", "field"), [
    ("國內研討會兩場共五小時，外科學分幾分？", "hours"),
    ("今年參加兩場國內研討會，總共 5 小時，學分？", "hours"),
    ("3 場國內研討會合計 6 小時，外科學分多少？", "hours"),
    ("今年参加国内研讨会两场，加起来一共 5 个小时，学分多少？", "hours"),
    ("Two domestic seminars this year, 5 hours in total. TSA credits?", "hours"),
    ("I attended 3 domestic seminars, 7 hours altogether. How many credits?", "hours"),
    ("次專科學會年會兩次共三天，外科學分？", "days"),
])
def test_a_length_said_as_the_total_of_several_is_asked_per_item(engine, question, field):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, [c.args for c in a.tool_calls])
    assert any(m.startswith(field) and ("合計" in m or "total" in m) for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "total"), [
    ("國內研討會兩場，每場 3 小時，學分？", 20),
    ("Two domestic seminars of 3 hours each. Credits?", 20),
    ("國內研討會一場 5 小時，學分？", 10),
    ("國內研討會兩場，一場 2 小時、一場 2.5 小時，外科學分？", 15),
    # a total within 5.5's two hours leaves each one within it: no split changes the credits
    ("國內研討會兩場共 1.5 小時，學分？", 10),
])
def test_each_ones_length_or_a_total_no_split_changes_is_still_read(engine, question, total):
    assert _call(_ask(engine, question), "tsa_credit_tally").result["total"] == total


# Class 3: two neighbouring one-character numerals before a counter ("兩三次", "三四場", "一兩次", "五六篇", "兩三個月") are a
# rough range, but were read as the two-digit number their digits spell: "月會去了兩三次" gave 23 meetings, 460 credits.
# They are now written as a range (2到3次), which is asked about where the figure decides the answer; a year's digits
# ("民國一一五年") are still its number.
@pytest.mark.parametrize(("text", "written"), [
    ("月會兩三次", "月會2到3次"),
    ("國內研討會三四場", "國內研討會3到4場"),
    ("国际会议一两次", "国际会议1到2次"),
    ("論文五六篇", "論文5到6篇"),
    ("國外進修兩三個月", "國外進修2到3個月"),
    ("民國一一五年", "民國115年"),
    ("去了兩次", "去了2次"),
])
def test_neighbouring_numerals_are_a_range(text, written):
    from bot.parsing.numbers import normalize_numerals
    assert normalize_numerals(text) == written


@pytest.mark.parametrize("question", [
    "今年外科月會去了兩三次，學分多少？",
    "今年国际会议去了一两次，外科学分？",
    "國內研討會三四場，每場都超過兩小時，外科學分？",
    "國外進修兩三個月，外科學分？",
])
def test_a_range_said_in_numerals_is_no_two_digit_count(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, [c.args for c in a.tool_calls])
    assert not any(c.name == "tsa_credit_tally" for c in a.tool_calls)


def test_a_roc_year_in_numerals_keeps_its_digits(engine):
    call = _call(_ask(engine, "民國一一五年外科月會兩次，幾分？"), "tsa_credit_tally")
    assert call.args["activities"] == [{"kind": "tsa_monthly_meeting", "count": 2, "year": 2026}]


# Class 4: a re-read discrepancy written as a share of one without % ("陽性 0.45、陰性 0.05", "positive 0.55") was read as
# 0.45 % — tier "none" for what is most likely 45 % (甲). 0.45 may be either, and the tier turns on it: asked.
@pytest.mark.parametrize("question", [
    "複閱陽性不一致率 0.45、陰性 0.05，要怎麼處理？",
    "复阅阳性不一致率 0.3，阴性 0.18，怎么处理？",
    "Positive discrepancy 0.55 and negative 0.1 — which tier?",
])
def test_a_discrepancy_under_one_without_percent_is_asked(engine, question):
    a = _ask(engine, question)
    assert a.route == "clarify", (a.route, [c.result.get("tier") for c in a.tool_calls])
    assert any("%" in m and m.endswith(("？", "?")) for m in a.missing), a.missing


@pytest.mark.parametrize(("question", "tier"), [
    ("複閱陽性不一致率 45%、陰性 0.5%，結果？", "recommended"),
    ("複閱陽性 45、陰性 5，結果？", "recommended"),
    ("Re-read discrepancy: positive 62%, negative 10%. What happens?", "stop"),
])
def test_a_discrepancy_with_its_percent_or_over_one_is_read(engine, question, tier):
    assert _call(_ask(engine, question), "hpa_reread_action").result["tier"] == tier


# Class 5: six yearly totals written newest first ("由近到遠：0、120、…", "从最近一年往前是 …", "most recent first: 0, 150,
# …", "in reverse order") were read oldest first: the year with 0 was named as the first year when it was the last. They
# are turned round, and the answer says so.
@pytest.mark.parametrize(("question", "zero_years"), [
    ("六年學分由近到遠：0、120、130、120、130、110，可以換證嗎？", [6]),
    ("六年学分从最近一年往前是 130、120、110、100、90、0，能换证吗？", [1]),
    ("Credits for the last six years, most recent first: 0, 150, 150, 150, 150, 150. Can I renew?", [6]),
    ("My six yearly totals in reverse order: 100, 0, 120, 130, 140, 150. Renew?", [5]),
    ("六年學分從今年往回算：100、0、120、130、140、150，可以換證嗎？", [5]),
])
def test_yearly_totals_written_newest_first_are_turned_round(engine, question, zero_years):
    a = _ask(engine, question)
    assert _call(a, "tsa_renewal_check").result["zero_years"] == zero_years
    assert any("由近到遠" in s or "most recent first" in s for s in a.assumptions), a.assumptions


def test_yearly_totals_without_an_order_word_stay_oldest_first(engine):
    assert _call(_ask(engine, "六年學分 0、120、130、120、130、110，可以換證嗎？"), "tsa_renewal_check").result["zero_years"] == [1]
