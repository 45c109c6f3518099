"""HPA classes of the twenty-fourth round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence: a set's density said in brackets after its score, 上一次 naming the previous review, a
setting left undone as a human factor, a screening bus as the van, a count asked after what befalls it, days written
'd', the count done named after where it was done, a rounding hoped for, and a rate under every tier citing 甲."""

from __future__ import annotations

import pytest

from bot.parsing.numbers import find_quantities, normalize_numerals
from bot.vague import find_vague
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a set's density in brackets right after its score is that set's -----------------------------------------------

@pytest.mark.parametrize(("question", "non_dense", "dense"), [
    ("放射師自選片：一組 345 分（緻密型），另一組 372 分（非緻密型），評幾等？", 372, 345),
    ("自选片 333（致密）、366（非致密），几等？", 366, 333),
    ("self-selected sets: 371 (dense) and 349 (non-dense). grade?", 349, 371),
])
def test_a_density_in_brackets_after_a_score_labels_that_set(ask, question, non_dense, dense):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_image_grade", calls
    assert calls[0][1]["scores"] == {"non_dense": non_dense, "dense": dense}, calls


def test_a_bracket_opening_the_next_label_is_not_the_figure_before_it(ask):
    # "緻密型 345（非緻密型 372）": the bracket holds another set's label and figure, not 345's type
    calls = _calls(ask("自選片緻密型 345（非緻密型 372），幾等"))
    assert calls[0][1]["scores"] == {"non_dense": 372, "dense": 345}, calls


# --- 2. 上一次 before the review or what it did names the previous review, never a count of one -------------------------

@pytest.mark.parametrize("text", ["上一次後審有被要求去參加", "上一次有被要求去參加", "上一次就已經被要求", "上一次后审被要求",
                                  "上一次被要求参加座谈会"])
def test_the_previous_one_is_no_count(text):
    assert "1" not in normalize_numerals(text)


def test_took_it_once_more_is_still_a_count():
    assert "1次" in normalize_numerals("今年又上一次課")


@pytest.mark.parametrize(("question", "tier"), [
    ("上一次後審有被要求去參加判片座談會，這次陽性差異 46%、陰性 12%，會怎樣", "recommended"),
    ("上一次被要求参加判片座谈会了，这次阳性 44%、阴性 17%，会被停权吗", "stop_and_suspend"),
])
def test_the_previous_review_said_with_shang_yi_ci_is_read(ask, question, tier):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1].get("previously_required") is True, calls
    assert a.tool_calls[0].result["tier"] == tier


# --- 3. a setting left undone or set wrong is a human factor -----------------------------------------------------------

@pytest.mark.parametrize("question", [
    "品管測試：劑量 88、假體 80、壓迫 86、照野 90、閱片 87，假體那項是學弟參數沒調好，要怎麼辦",
    "质控：剂量 86、假体 90、压迫 68、照野 88、阅片 89，压迫器是新来的设错了，这台还能用吗",
    "QC: dose 90, phantom 79, compression 88, field 86, reading 91. the new tech set it up wrong on the phantom test. what now?",
])
def test_a_setting_left_undone_is_a_human_factor(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_qc_grade" and calls[0][1].get("human_factor") is True, calls


def test_a_machine_fault_is_still_no_human_factor(ask):
    calls = _calls(ask("品管測試：劑量 88、假體 80、壓迫 86、照野 90、閱片 87，假體是機器老化造成的，要怎麼辦"))
    assert calls[0][1].get("human_factor") is False, calls


# --- 4. a screening bus is the van ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "daily", "people", "over"), [
    ("乳房篩檢巴士今天出去，車上 3 位放射師，一天做了 130 案，有超過嗎", 130, 3, True),
    ("乳腺巴士上1个放射师，一天拍了45例，超了吗", 45, 1, True),
    ("乳腺筛查巴士上两个放射师，一天拍了 70 例，有没有超标", 70, 2, False),
])
def test_a_screening_bus_is_the_van(ask, question, daily, people, over):
    a = ask(question)
    calls = _calls(a)
    assert calls[0] == ("hpa_radiographer_volume", {"daily_screenings_on_van": daily, "radiographers_on_van": people}), calls
    assert a.tool_calls[0].result["over_van_daily_cap"] is over


# --- 5. a count asked right after what befalls it is asked, not a vague fact -----------------------------------------------

@pytest.mark.parametrize("text", ["全年篩檢 14,000 案，會被扣幾案的費用", "全年筛了 14,000 例，要砍掉几例的钱",
                                  "全年篩檢 16000 案，不給付幾案的費用呢"])
def test_a_count_asked_after_what_befalls_it_is_not_vague(text):
    assert find_vague(text) == []


def test_a_vague_count_stated_as_a_fact_is_still_vague():
    assert find_vague("今年參加了幾場研討會，積分夠嗎") or find_vague("我們被扣了好幾案，今年篩檢 14000 案")


def test_the_fee_of_how_many_cases_is_computed(ask):
    calls = _calls(ask("兩個放射師都做滿365天，全年篩檢 14,000 案，會被扣幾案的費用"))
    assert calls[0] == ("hpa_facility_volume", {"radiographer_work_days": [365, 365], "annual_screenings": 14000}), calls


# --- 6. days written as a lower-case d after their figure ----------------------------------------------------------------

def test_days_written_d():
    got = [(q.value, q.unit) for q in find_quantities("one full year (365 d), one 200d")]
    assert got == [(365.0, "天"), (200.0, "天")]


@pytest.mark.parametrize("text", ["3D mammography 2 units", "2d images"])
def test_a_technique_named_d_is_no_days(text):
    assert all(q.unit != "天" for q in find_quantities(text))


def test_a_work_day_list_with_days_written_d(ask):
    calls = _calls(ask("volume check: 3 rads, one full year (365 d), one started in spring so 250 days, the third only 90 days. "
                       "we screened 11,800 this year. how many unpaid?"))
    assert calls[0] == ("hpa_facility_volume", {"radiographer_work_days": [365, 250, 90], "annual_screenings": 11800}), calls


# --- 7. the count done named last, after where they went ---------------------------------------------------------------

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("疑似陽性 120 案，其中 95 案到本院或外院都已完成，補助 200 萬，要扣多少", 120, 95),
    ("疑似阳性 60 例，48 例在外院和本院合计完成，扣款吗", 60, 48),
    ("疑陽 90 位，有 70 位去他院複檢、本院確診合計完成，完成率多少", 90, 70),
])
def test_the_count_done_named_after_where_it_was_done(ask, question, suspected, completed):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_followup_deduction", calls
    assert (calls[0][1]["suspected_positive_cases"], calls[0][1]["completed_cases"]) == (suspected, completed), calls


# --- 8. a rounding hoped for is no score; the average restated then agrees with the sets ---------------------------------

@pytest.mark.parametrize(("question", "scores", "grade"), [
    ("抽選片兩組 340、339，平均 339.5，四捨五入算 340 吧？是 B 還是 C", [340, 339], "C"),
    ("抽选片三组 361、358、360，平均359.67，四舍五入就是360，是A吗", [361, 358, 360], "B"),
])
def test_a_rounding_hoped_for_is_no_score(ask, question, scores, grade):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1]["kind"] == "sampled" and calls[0][1]["scores"] == scores, calls
    assert a.tool_calls[0].result["grade"] == grade


# --- 9. a rate under every tier cites 甲, the item whose floor it is measured against -------------------------------------

@pytest.mark.parametrize("question", ["陽性複判差異 32%、陰性 4%，要參加座談會嗎", "re-read: positives 25%, negatives 6%. anything needed?"])
def test_a_rate_under_every_tier_cites_the_first_tier(ask, question):
    a = ask(question)
    _calls(a)
    assert a.tool_calls[0].result["tier"] == "none"
    assert "hpa-mammo/2.1.1.2.1" in [c.id for c in a.citations]


# --- 10. bare pairs after several pairs said with their keys go on in the keys' order ------------------------------------

@pytest.mark.parametrize(("question", "non_dense", "dense"), [
    ("醫院自選片：A 非緻密355/緻密341，B 非緻密368/緻密352，C 349/338。醫院評幾等", [355, 368, 349], [341, 352, 338]),
    ("facility self-selected sets: Amy non-dense 362/dense 350, Ben non-dense 358/dense 355, Cara 349 and 340. facility grade?",
     [362, 358, 349], [350, 355, 340]),
    ("本院自选片：阿美 非致密 361/致密 347，阿明 非致密 352/致密 344，小芳 350和339，医院几等", [361, 352, 350], [347, 344, 339]),
])
def test_bare_pairs_follow_the_keys_of_the_pairs_before(ask, question, non_dense, dense):
    calls = _calls(ask(question))
    assert calls[0][1]["subject"] == "facility" and calls[0][1]["scores"] == {"non_dense": non_dense, "dense": dense}, calls


def test_bare_pairs_after_pairs_in_different_orders_are_asked(ask):
    a = ask("醫院自選片：A 非緻密355/緻密341，B 緻密352/非緻密368，C 349/338。醫院評幾等")
    assert a.route == "clarify", (a.route, a.answer[:200])
