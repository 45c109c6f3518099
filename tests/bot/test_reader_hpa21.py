"""HPA classes of the twenty-first round (reader, HPA vocabulary) — each tested with wordings of its own (zh-TW, zh-CN,
en), never the bank's sentence. Confidently wrong first: a quantifier over all the field test items ("六項全是 85") was
not read, and only an item named in a bracketed aside was graded."""

from __future__ import annotations

import pytest
from tests.bot.conftest import calculator_calls as _calls

_ALL5 = ("dose_hvl_output_aec", "phantom_image", "compression", "field_alignment", "reading_system")
_ALL6 = _ALL5 + ("exposure_index_cr",)


# --- 1. one score said of every QC item ("各項都是", "全部", "all six items", "every item") fills every item ----------

@pytest.mark.parametrize(("question", "value", "keys"), [
    ("品管實地測試各項都是 78 分，DR 機，評幾等？", 78, _ALL5),
    ("CR 机台现场测试 6 项全部 90 分（曝露指标也是 90），评等？", 90, _ALL6),
    ("實地測試每一項都是 83 分，機器是 CR 的，評等？", 83, _ALL6),
    ("all six QC field test items came back at 86 on our CR unit — grade?", 86, _ALL6),
    ("Every field test item scored 74 on the DR machine, what grade is that?", 74, _ALL5),
])
def test_a_score_said_of_every_item_fills_every_item(ask, question, value, keys):
    calls = _calls(ask(question))
    assert calls == [("hpa_qc_grade", {"scores": {k: value for k in keys}})] or (
        len(calls) == 1 and calls[0][1]["scores"] == {k: value for k in keys}), calls


@pytest.mark.parametrize(("question", "value", "own"), [
    ("實地測試全部 88 分，只有假體影像 72，評等是？", 88, ("phantom_image", 72)),
    ("all of the QC items were 90 except compression at 71 (DR unit). grade?", 90, ("compression", 71)),
])
def test_an_item_named_on_its_own_keeps_its_own_score(ask, question, value, own):
    calls = _calls(ask(question))
    scores = calls[0][1]["scores"]
    assert scores[own[0]] == own[1] and all(v == value for k, v in scores.items() if k != own[0]), scores
    assert set(scores) == set(_ALL5), scores


def test_the_rest_with_no_item_named_still_fills_nothing(ask):
    # "其他都 90" with nothing named before it is said of no item: no figure of every item
    a = ask("品管實地測試，其他都 90，評等？")
    assert not any(c.name == "hpa_qc_grade" and len(c.args.get("scores", {})) >= 5 for c in a.tool_calls), a.tool_calls


# --- 2. a month-day with no year whose day this year is still to come and nearer than last year's: the year is asked
# (was confidently wrong: last year's day was taken silently-ish, its deadline long past); a reply giving the year reads it

@pytest.mark.parametrize("question", [
    "12/28 篩的一位 category 0，複檢期限是哪天？",
    "12月30日筛检的 4 类，确诊要在哪天前完成？",
    "screened 12/29, BI-RADS 5 — what date is the confirmed diagnosis due?",
])
def test_a_day_without_its_year_still_to_come_this_year_is_asked(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:300])
    assert "2025-12" in a.answer and "2026-12" in a.answer, a.answer[:300]  # both readings shown, neither chosen


@pytest.mark.parametrize(("reply", "day"), [("2026 年", "2026-12-28"), ("今年的", "2026-12-28"), ("去年", "2025-12-28"),
                                            ("民國 114 年", "2025-12-28"), ("this year", "2026-12-28")])
def test_the_reply_giving_the_year_reads_it(engine, reply, day):
    from tests.bot.conftest import ask_and_reply
    _, b = ask_and_reply(engine, "12/28 篩的一位 category 0，複檢期限是哪天？", reply)
    assert [(c.name, c.args.get("screening_date")) for c in b.tool_calls] == [("hpa_followup_deadline", day)], b.answer[:300]


def test_a_day_without_its_year_nearer_in_the_past_is_still_read_as_past(ask):
    a = ask("10/02 篩的 category 3，複檢期限？")
    assert [c.args.get("screening_date") for c in a.tool_calls] == ["2026-10-02"], a.answer[:300]


# --- 3. a category said as the reading ("判0", "評為 4", "判定 3") with a which-day cue ("幾號前") is the deadline tool's

@pytest.mark.parametrize(("question", "category"), [
    ("2026/10/03 拍的片子判 3，幾號前要回來複查", 3),
    ("2026年9月1日筛检，评为 4，确诊要在哪天前", 4),
    ("115/11/02 照的，判定 0，要在幾號前叫回來", 0),
])
def test_a_category_said_as_the_reading_is_read(ask, question, category):
    calls = _calls(ask(question))
    assert [(n, a["category"]) for n, a in calls] == [("hpa_followup_deadline", category)], calls


# --- 4. "one" right after a kind ("positive one", "negative one") names that kind's figure, and "quick one" a question

@pytest.mark.parametrize(("question", "args"), [
    ("re-read: the negative one is 12%, positive one sits at 30%. what measure?",
     {"positive_discrepancy_pct": 30, "negative_discrepancy_pct": 12}),
    ("Simple one: positive re-read discrepancy 45%, negative one fine at 5% — recommended or required?",
     {"positive_discrepancy_pct": 45, "negative_discrepancy_pct": 5}),
])
def test_one_after_a_kind_is_no_count(ask, question, args):
    assert _calls(ask(question)) == [("hpa_reread_action", args)]


# --- 5. a year said as when ("in 2025,", "from our 2026 screening", "during the 2024 cycle") is no figure; "screen-positive"
# names the suspected positives, "N of them have completed" the completed count; "rads" the radiographers

@pytest.mark.parametrize(("question", "args"), [
    ("during the 2025 cycle we had 150 suspected positives and 110 got worked up - deduction?",
     {"suspected_positive_cases": 150, "completed_cases": 110}),
    ("Our 2026 screening flagged 96 recalls; 70 have completed f/u. rate and deduction tier?",
     {"suspected_positive_cases": 96, "completed_cases": 70}),
    ("we had 230 screen-positive cases in 2025, and 170 of those have already finished follow-up; what's our deduction?",
     {"suspected_positive_cases": 230, "completed_cases": 170}),
])
def test_a_year_said_as_when_is_no_figure(ask, question, args):
    assert _calls(ask(question)) == [("hpa_followup_deduction", args)]


def test_rads_are_radiographers(ask):
    calls = _calls(ask("3 rads worked 365, 300 and 200 days; we did 16,500 screens this year. over the cap?"))
    assert calls == [("hpa_facility_volume", {"radiographer_work_days": [365, 300, 200], "annual_screenings": 16500})]


# --- 6. how many people handed the figures in, said between a key and its figures ("只有兩位交", "only 2 submitted"), does
# not cut the key from its figures

@pytest.mark.parametrize(("question", "scores"), [
    ("機構自選片，非緻密型 350、341、360，緻密型僅三位有交 335、344、339，機構幾等？",
     {"non_dense": [350, 341, 360], "dense": [335, 344, 339]}),
    ("机构自选片：非致密 352、347，致密只有两位交了 333、341，机构评等？", {"non_dense": [352, 347], "dense": [333, 341]}),
    ("facility self-selected: non-dense 350, 341 and 360; dense only 2 submitted 335, 344. facility grade?",
     {"non_dense": [350, 341, 360], "dense": [335, 344]}),
])
def test_the_people_who_handed_figures_in_do_not_cut_the_key(ask, question, scores):
    calls = _calls(ask(question))
    assert [(n, a["subject"], a["scores"]) for n, a in calls] == [("hpa_image_grade", "facility", scores)], calls


# --- 7. the facility volume's topic: each one's days listed ("one 365 days, one 300 days"), the cases not paid asked;
# "full-year" is the whole year; a radiographer whose days are still to be checked is asked for

def test_a_radiographer_whose_days_are_unknown_is_asked_for_then_computed(engine):
    from tests.bot.conftest import ask_and_reply
    a, b = ask_and_reply(engine, "4 techs: one 365 days, one 250 days, one 180 days and the fourth I still have to look up. "
                                 "We did 20,000 screens. how many won't be reimbursed?", "the fourth one 120 days")
    assert a.route == "clarify" and not a.tool_calls, (a.route, a.answer[:200])
    assert [(c.name, c.args) for c in b.tool_calls] == [
        ("hpa_facility_volume", {"radiographer_work_days": [365, 250, 180, 120], "annual_screenings": 20000})], b.answer[:300]


def test_full_year_hyphenated_is_the_whole_year(engine):
    from tests.bot.conftest import ask_and_reply
    _, b = ask_and_reply(engine, "2 qualified mammo techs, both full-year. is our annual volume over the reasonable volume?",
                         "13,500 screens")
    assert [(c.name, c.args) for c in b.tool_calls] == [
        ("hpa_facility_volume", {"radiographer_work_days": [365, 365], "annual_screenings": 13500})], b.answer[:300]


@pytest.mark.parametrize("question", [
    "肝膽介入那一項寫 80 例，是三個小項各 80 例，還是全部加起來 80 就可以？",
    "is the 100 cases for each of the four sub-areas, or all of them added up to 100?",
])
def test_all_words_without_a_score_after_them_are_no_qc_scores(ask, question):
    a = ask(question)
    assert not any(c.name == "hpa_qc_grade" for c in a.tool_calls), a.tool_calls
