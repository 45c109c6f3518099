"""HPA classes of the twenty-fifth round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence."""

from __future__ import annotations

import pytest

from bot.routing import decide_calculation
from bot.vague import find_vague
from bot.parsing.text import Query
from calculators.hpa_mammo import PREVIOUS_NOT_SAID, RereadActionInput, hpa_reread_action

from .conftest import TODAY
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a question whether reading stops is answered from the rates (丙 is theirs alone); only a question about the ----
#        three-month suspension (丁's own outcome) asks whether the previous review already required the seminar -------

@pytest.mark.parametrize(("question", "tier"), [
    ("複判差異陽性 58%、陰性 12%，醫師要馬上停止判讀嗎？", "required"),
    ("阳性复判差异 52%，阴性 19%，是不是要立即停止判读？", "required"),
    ("Reader re-read: positive 57%, negative 16%. Must she stop reading right away?", "required"),
    ("陽性 64%、陰性 5%，會立即停止判讀嗎", "stop"),
])
def test_a_stop_reading_question_is_computed_from_the_two_rates(ask, question, tier):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_reread_action" and "previously_required" not in calls[0][1], calls
    assert a.tool_calls[0].result["tier"] == tier
    # the stated default 丁 turns on is shown, never silent
    assert any("停權三個月" in s or "three months" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "陽性複判差異 56%、陰性 9%，會被停權嗎？",
    "阳性 54%，阴性 10%，会不会停权三个月？",
    "Positive re-read 55%, negative 8%. Will he be suspended?",
    "positives 52%, negatives 6% - is that the 3-month ban on reading?",
])
def test_a_suspension_question_still_asks_the_previous_requirement(question):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "clarify", d
    assert "previously_required" in [n.key for n in d.extraction.needs]


def test_the_previous_requirement_default_is_shown_only_where_it_decides():
    # 丁 would change the tier: the default is an assumption
    assert tuple(PREVIOUS_NOT_SAID) in _assumed(positive_discrepancy_pct=55, negative_discrepancy_pct=6)
    assert tuple(PREVIOUS_NOT_SAID) in _assumed(positive_discrepancy_pct=30, negative_discrepancy_pct=21)
    # under 50% / 15%, or the requirement said either way: nothing to assume
    assert tuple(PREVIOUS_NOT_SAID) not in _assumed(positive_discrepancy_pct=45, negative_discrepancy_pct=15)
    assert tuple(PREVIOUS_NOT_SAID) not in _assumed(positive_discrepancy_pct=55, negative_discrepancy_pct=6,
                                             previously_required=False)
    assert tuple(PREVIOUS_NOT_SAID) not in _assumed(positive_discrepancy_pct=55, previously_required=True)


def _assumed(**args):
    result = hpa_reread_action(RereadActionInput(**args))
    return list(zip(result.assumptions, result.assumptions_en, strict=True))


# --- 2. a day said without its year that already passed this year is this year's: next year's is never "this year's" --

@pytest.mark.parametrize(("question", "category", "screened"), [
    ("4/20 篩檢的個案結果 category 0，複檢最晚哪天？", 0, "2026-04-20"),
    ("5月8号筛查，报告3类，复查截止哪天？", 3, "2026-05-08"),
    ("screened on 6/2, came back cat 4 — confirm by when?", 4, "2026-06-02"),
])
def test_a_yearless_day_already_past_this_year_is_read_in_this_year(ask, question, category, screened):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_followup_deadline", calls
    assert calls[0][1]["category"] == category and calls[0][1]["screening_date"] == screened, calls
    assert any("未寫年份" in n or "No year" in n for n in a.assumptions), a.assumptions


def test_a_yearless_day_still_to_come_this_year_and_nearer_is_still_asked(ask):
    # asked on 2026-11-25: last year's 12/28 is eleven months back, this year's a month ahead — which year is not clear
    a = ask("12/28 篩的 category 0，複檢期限？")
    assert a.route == "clarify" and any("沒寫年份" in m or "no year" in m for m in a.missing), (a.route, a.missing)


# --- 3. the count over the line asked ("多出來幾個案子", "超出来几例") is what is asked, never a vague fact --------------

@pytest.mark.parametrize("text", [
    "三位放射師各 365 天，年篩 20000 案，超過合理量嗎？多出來幾個案子",
    "两个技师各 300 天，年筛 11500，超出来几例？",
    "年篩量 9000，多出來的有幾件",
])
def test_the_count_over_the_line_is_asked_not_vague(text):
    assert find_vague(text) == []


def test_a_vague_count_said_as_a_fact_is_still_vague():
    assert find_vague("我們去了幾次月會，總共幾分？") == ["幾次"]
    assert find_vague("上個月多出來的那幾天篩了幾十例，超過上限嗎？") != []


@pytest.mark.parametrize(("question", "excess"), [
    ("兩位放射師各 300 天，年篩量 11000，有沒有超過合理量 10%？多出來幾個案子", 151),
    ("两位技师各 300 天，年筛 11000 例，超出来几例？", 151),
])
def test_the_excess_asked_is_computed(ask, question, excess):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_facility_volume" and a.tool_calls[0].result["excess_cases"] == excess, calls


# --- 4. describing words between a head count and an English staff noun ("4 qualified rads") keep the group ----------

@pytest.mark.parametrize(("question", "days"), [
    ("4 qualified rads, all full year (365 d each). 25000 screenings this year. Over the reasonable volume?", [365] * 4),
    ("3 certified MRTs, 300 days each; we screened 6000 this year. over the limit?", [300] * 3),
    ("2 experienced rads, 200 days each, 5000 screenings this year — over the reasonable volume?", [200] * 2),
])
def test_describing_words_before_an_english_staff_noun_keep_the_group(ask, question, days):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_facility_volume" and calls[0][1]["radiographer_work_days"] == days, calls


# --- 5. "only one radiographer on the van" is the van's head count; "one tech hit 551" still names one of them --------

@pytest.mark.parametrize(("question", "on_van", "daily"), [
    ("Only one radiographer on our screening bus today and she did 45 women. Over the cap?", 1, 45),
    ("Just 1 tech on the van today, 43 screened. Is that over the daily cap?", 1, 43),
    ("One RT was on the van today, 38 women screened — over the cap?", 1, 38),
    ("乳攝車今天只有一位放射師，篩了 44 人，超過上限了嗎？", 1, 44),
])
def test_one_radiographer_on_the_van_is_the_head_count(ask, question, on_van, daily):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_radiographer_volume", calls
    assert calls[0][1]["radiographers_on_van"] == on_van and calls[0][1]["daily_screenings_on_van"] == daily, calls


def test_one_tech_named_with_a_monthly_count_is_still_one_of_them(ask):
    calls = _calls(ask("1 tech hit 530 screenings this month, over the cap?"))
    assert calls[0][1].get("monthly_screenings") == 530 and "radiographers_on_van" not in calls[0][1], calls


# --- 6. one rate said exactly on its figure, asking which tier it falls in: answered from that rate, the other open ----

@pytest.mark.parametrize(("question", "key", "value", "tier"), [
    ("陰性複判差異剛好 20%，這樣是乙款還是丙款？", "negative_discrepancy_pct", 20, "required"),
    ("阳性复判差异正好 50%，算甲还是乙？", "positive_discrepancy_pct", 50, "recommended"),
    ("Negative re-read discrepancy exactly 7% - is that already the recommended tier?", "negative_discrepancy_pct", 7,
     "recommended"),
    ("陽性差異 40% 整，有到甲款嗎？", "positive_discrepancy_pct", 40, "recommended"),
])
def test_one_rate_on_its_boundary_is_answered_with_the_other_open(ask, question, key, value, tier):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_reread_action" and calls[0][1][key] == value, calls
    assert a.tool_calls[0].result["tier"] == tier
    assert any("另一項" in s or "other one" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize("question", [
    "陰性複判差異 17%，會怎樣？",  # no boundary asked about: the other rate is still asked
    "Positive re-read discrepancy 46%; the negative figure isn't back yet. What now?",
])
def test_one_rate_off_its_boundary_still_asks_for_the_other(question):
    d = decide_calculation(Query(question, TODAY))
    assert d is not None and d.route == "clarify", d


# --- 7. the people who handed the figures in, then a comma ("緻密型只有兩位交，348、371"): the figures are still the label's --

@pytest.mark.parametrize(("question", "non_dense", "dense"), [
    ("醫院自選片：非緻密型三位交了，355、362、349；緻密型兩位交，341、358，醫院幾等？", [355, 362, 349], [341, 358]),
    ("医院自选片：非致密型三位 351、364、339；致密型只有两位交了，347、372，医院评几等？", [351, 364, 339], [347, 372]),
    ("本院自選片 非緻密型 3 位放射師 350、361、344，緻密型只有 2 位送，339、366，機構評等？", [350, 361, 344], [339, 366]),
])
def test_the_people_who_handed_figures_in_then_a_comma_keep_the_label(ask, question, non_dense, dense):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_image_grade" and calls[0][1]["subject"] == "facility", calls
    assert calls[0][1]["scores"] == {"non_dense": non_dense, "dense": dense}, calls


def test_a_comma_after_a_figure_still_ends_its_label():
    from bot.reader.mentions import joins
    text = "緻密型只有2位交，348"  # (as the reader sees it: numerals normalised)
    assert joins(text, 3, text.index("348"), 30) is not None
    text = "緻密型 340，348"  # another figure before the comma: a boundary as before
    assert joins(text, 3, text.index("348"), 30) is None


# --- 8. one rate over its 乙 line with the previous requirement said to be none: answered as the reply saying so would --

@pytest.mark.parametrize(("question", "key", "value"), [
    ("陰性複判差異 17%，第一次被抽到，會怎樣？", "negative_discrepancy_pct", 17),
    ("阳性复判差异 56%，上次没被要求过，怎么处理？", "positive_discrepancy_pct", 56),
    ("Positive re-read discrepancy 58%, first time flagged. What happens?", "positive_discrepancy_pct", 58),
])
def test_one_rate_with_no_previous_requirement_said_is_answered_with_the_other_open(ask, question, key, value):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1][key] == value and calls[0][1]["previously_required"] is False, calls
    assert a.tool_calls[0].result["tier"] == "required"
    assert any("另一項" in s or "other one" in s for s in a.assumptions), a.assumptions


def test_one_rate_with_the_previous_requirement_said_yes_still_asks_the_other():
    # 丁 turns on the other rate now (over 50% / 15%): asked, never assumed
    d = decide_calculation(Query("上次審查已被要求參加座談會，這次陰性複判差異 11%，會被停權嗎？", TODAY))
    assert d is not None and d.route == "clarify" and "positive_discrepancy_pct" in [n.key for n in d.extraction.needs]
