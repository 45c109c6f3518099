"""Numbers a calculator question states that the reader or the coverage ledger left unaccounted (a question back
with every fact given) or bound to the wrong fact — each class tested with wording of our own (zh-TW, zh-CN, en):
a head count that "each" / 都 spreads over a list, a calendar year inside a phrase, how many questions a message
asks, a figure said roughly beside the exact ones, the one person a figure is hers alone, a negation or a
restatement in brackets, an A-not-A question, and a case report that is a paper, not a case."""

from __future__ import annotations

import datetime

import pytest

from bot.ledger import account
from bot.parsing.dates import find_years
from bot.parsing.text import Query
from bot.reader.mentions import counts_questions
from tests.bot.conftest import TODAY, ask_and_reply as _ask, calculator_calls as _calls


# --- 1. a head count that "each" / 都 spreads over the list --------------------------------------------------------

@pytest.mark.parametrize(("question", "days"), [
    ("Our clinic had 3 certified mammo techs in 2024, each worked 250 days. 9,800 screenings that year - over the cap?",
     [250, 250, 250]),
    ("我們診所兩個放射師都做滿一年（365天），全年篩檢 9000 件，會不會超量？", [365, 365]),
    ("我们三个放射师都做满一年（365天），全年筛检 15000 件，超量了吗？", [365, 365, 365]),
])
def test_a_head_count_spread_by_each_is_every_ones_figure(engine, question, days):
    (name, args), = _calls(_ask(engine, question))
    assert name == "hpa_facility_volume"
    assert args["radiographer_work_days"] == days


def test_a_head_count_the_list_does_not_fill_is_still_asked(engine):
    """Three people and the days of one: a question back, never a list of one."""
    a = _ask(engine, "We have 3 qualified rad techs; one worked 200 days. 7,000 screenings this year. Over?")
    assert a.route == "clarify" and not a.tool_calls


# --- 2. a calendar year inside a phrase ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "year"), [
    ("she worked all 300 days of 2025 (holidays counted)", 2025),
    ("2026 so far: the annual meeting and 3 monthly meetings", 2026),
    ("Fine. 2025 I had one SCI paper as first author.", 2025),
])
def test_a_year_inside_a_phrase_is_a_year(text, year):
    assert [y.year for y in find_years(text, TODAY)] == [year]


def test_a_number_of_a_thousands_is_no_year():
    assert find_years("345 of 2000 screenings were recalled", TODAY) == []


def test_the_year_of_the_days_is_no_unread_number(engine):
    (name, args), = _calls(_ask(engine, "Our single RT worked all 310 days of 2025; the site did 4,900 screens. Over?"))
    assert name == "hpa_facility_volume" and args["radiographer_work_days"] == [310]


# --- 3. how many questions the message asks -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["幫我看兩件事：第一", "两件事情：", "Three quick questions: first", "另外 2 題"])
def test_a_count_of_questions_is_framing(text):
    q = Query(text, TODAY)
    assert any(counts_questions(q.text, i) for i in range(len(q.text)) if q.text[i].isdigit())


@pytest.mark.parametrize("text", ["這個月拍了 505 件", "2 cases in question", "三件都完成"])
def test_a_count_of_cases_is_no_count_of_questions(text):
    q = Query(text, TODAY)
    assert not any(counts_questions(q.text, i) for i in range(len(q.text)))


@pytest.mark.parametrize("question", [
    "想問兩件事：第一，今年年會一次、月會四次，一共幾分？第二，抽選片 352、361 是幾等？",
    "问两件事：第一，今年年会一次、月会四次，一共几分？第二，抽选片 352、361 是几等？",
    "Two questions: first, this year I went to the annual meeting once and 4 monthly meetings - credits? "
    "Second, sampled sets 352 and 361 - what grade?",
])
def test_how_many_questions_is_no_fact_of_a_part(engine, question):
    calls = dict(_calls(_ask(engine, question)))
    assert [a["count"] for a in calls["tsa_credit_tally"]["activities"]] == [1, 4]
    assert calls["hpa_image_grade"]["scores"] == [352, 361]


# --- 4. a figure said roughly beside the exact ones ---------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "QC results: dose/HVL 72, the rest all in the low 90s (phantom 91, compression 93, field 92, reading 90). Grade?",
    "品保：劑量 72，其他都 90 幾（假體 91、壓迫 93、照野 92、閱片 90），這台幾等？",
    "品保：剂量 72，其他都 90 多（假体 91、压迫 93、照野 92、阅片 90），这台几等？",
])
def test_a_round_figure_of_the_given_ones_is_no_fact(engine, question):
    (name, args), = _calls(_ask(engine, question))
    assert name == "hpa_qc_grade"
    assert sorted(args["scores"].values()) == [72, 90, 91, 92, 93]


@pytest.mark.parametrize("scores", [{"dose_hvl_output_aec": 72}, {"dose_hvl_output_aec": 72, "phantom_image": 80},
                                    {"dose_hvl_output_aec": 72, "phantom_image": 88}])
def test_a_round_figure_alone_is_still_asked(scores):
    """"in the high 80s" with no figure of that span said: unaccounted — never read as 80, nor as a figure in its span."""
    q = Query("dose 72, phantom in the high 80s", TODAY)
    ledger = account(q.text, q.today, [{"scores": scores}])
    assert [m.values[0] for m in ledger.unaccounted] == [80]


# --- 5. the one person a figure is hers alone ---------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "小華這個月一個人就拍了 480 個乳攝，有沒有超過每月上限？",
    "小李这个月一个人拍了 530 个乳房摄影，超过每月上限了吗？",
])
def test_one_person_is_no_count(engine, question):
    (name, args), = _calls(_ask(engine, question))
    assert name == "hpa_radiographer_volume" and args["monthly_screenings"] in (480, 530)


# --- 6. a negation or a restatement in brackets, an A-not-A question ----------------------------------------------

def test_a_negation_in_an_unclosed_clause_of_brackets_is_the_brackets(engine):
    (name, args), = _calls(_ask(engine, "2 SCI papers this year as a middle author (not 1st, 2nd or corresponding). Credits?"))
    assert args["activities"][0]["count"] == 2 and args["activities"][0]["role"] == "other"


@pytest.mark.parametrize("question", [
    "This year: 3 three-hour CME workshops at a district hospital (about 3 h each). Credits?",
    "今年院外研討會 2 場，每場 3 小時（約 3 小時），幾分？",
])
def test_a_restatement_in_brackets_with_a_word_is_no_new_fact(engine, question):
    (name, args), = _calls(_ask(engine, question))
    assert args["activities"][0]["hours"] == 3


@pytest.mark.parametrize("text", ["2位放射師全年365天、年篩 13000 案有沒有超量", "2位放射师全年365天、年筛 13000 案有没有超量"])
def test_an_a_not_a_question_negates_no_figure(text):
    q = Query(text, TODAY)
    ledger = account(q.text, q.today, [{"radiographer_work_days": [365, 365], "annual_screenings": 13000}])
    assert ledger.complete, ledger.unaccounted


# --- 7. a case report is a paper ----------------------------------------------------------------------------------

def test_a_case_report_counted_twice_is_not_one_case():
    """"one SCI … and one non-SCI case report" with one count read: the second "one" is a paper left unread, not "the one
    case the question is about"."""
    q = Query("I have one SCI paper as second author and one non-SCI case report as first author.", TODAY)
    ledger = account(q.text, q.today, [{"activities": [{"kind": "paper_non_sci", "count": 1, "role": "first",
                                                          "case_report": True, "year": 2026}]}])
    assert len(ledger.unaccounted) == 1 and "case report" in ledger.unaccounted[0].words


# --- 8. a head count of staff named with words of their own, and a list of people's figures ------------------------

@pytest.mark.parametrize(("question", "staff", "screened"), [
    ("van today: 2 RTs on board, 77 women screened. did we go over the daily cap?", 2, 77),
    ("Mammo van tomorrow: 126 screenings booked, 3 registered mammo techs on the van. Over the daily limit?", 3, 126),
])
def test_a_head_count_of_staff_is_the_staff_not_the_screenings(engine, question, staff, screened):
    (name, args), = _calls(_ask(engine, question))
    assert name == "hpa_radiographer_volume"
    assert args == {"daily_screenings_on_van": screened, "radiographers_on_van": staff}


@pytest.mark.parametrize(("question", "figures"), [
    ("上個月兩位放射師：阿明520、小芳480，誰超過每人每月上限？", [520, 480]),
    ("上个月三位放射师的量：小王505、小张470、小刘498（合计1473），谁超过每月上限？", [505, 470, 498]),
    ("Last month our 3 techs: Amy 512, Ben 478, Cody 495 (total 1485). Anyone over the monthly cap?", [512, 478, 495]),
])
def test_a_list_of_peoples_figures_is_one_calculation_each(engine, question, figures):
    calls = _calls(_ask(engine, question))
    assert [a["monthly_screenings"] for _, a in calls] == figures


def test_a_stated_total_that_disagrees_with_the_peoples_figures_is_asked(engine):
    a = _ask(engine, "上個月三位放射師的量：小王505、小張470、小劉498（合計1500），誰超過每月上限？")
    assert a.route == "clarify" and not a.tool_calls


# --- 9. 跟 / 與 join the figures of a list ------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "key", "value"), [
    ("機構自選片：兩位放射師，非緻密型分別 352 跟 347，緻密型分別 361、366。醫院評幾等？", "scores",
     {"non_dense": [352, 347], "dense": [361, 366]}),
    ("机构自选片：两位放射师，非致密型分别 352 与 347，致密型分别 361、366。医院评几等？", "scores",
     {"non_dense": [352, 347], "dense": [361, 366]}),
    ("兩位放射師工作天數 365 跟 300 天，年篩檢 9000 案，有沒有超量？", "radiographer_work_days", [365, 300]),
])
def test_gen_and_yu_join_a_list(engine, question, key, value):
    (name, args), = _calls(_ask(engine, question))
    assert args[key] == value


@pytest.mark.parametrize("question", [
    "消融和腫瘤栓塞兩項一起申請：消融 190 例，TACE 310 例，專科 10 年，都夠嗎？",
    "消融跟肿瘤栓塞这两项都想申请：RFA 190 例，TACE 310 例，专科 10 年，够吗？",
])
def test_how_many_domains_are_applied_for_is_no_case_count(engine, question):
    """兩項 counts the domains asked about (項 is a unit of its own): never added to a domain's cases (310 + 2)."""
    a = engine.answer(question, today=datetime.date(2026, 11, 25))
    cases = {c.args["domain"]: c.args["cases_last_6_years"] for c in a.tool_calls}
    assert cases == {"ablation": 190, "tumor_embolization": 310}
