"""Multi-part questions, round 29 (issue 9, SPEC §3 `parts`): classes of messages asking several things at once.

Every phrasing here is new (zh-TW, zh-CN, en), written for the class by the parts helper, not taken from an eval bank.
Real engine (conftest: real index on disk, real calculators, no model).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import TODAY


def _calls(answer):
    """Each part's calculator calls as (name, args)."""
    return [[(c.name, c.args) for c in p.tool_calls] for p in answer.parts]


def _result(answer, part, tool):
    return next(c.result for c in answer.parts[part].tool_calls if c.name == tool)


# ------------------------------------------------------------------ facts stated once, for two calculations

@pytest.mark.parametrize(("question", "annual", "month", "over"), [
    ("兩位放射師全年都上班 365 天，今年篩了 12,000 案；其中一位 9 月做了 530 案。1) 年量超過了嗎 2) 她那個月超過了嗎",
     12000, 530, True),
    ("两位放射师全年都上班 365 天，今年筛了 13,000 案；其中一位 5 月做了 505 案。① 年量有没有超 ② 她那个月有没有超", 13000, 505, True),
    ("Two radiographers, 365 days each, 12,800 screenings this year; one of them did 530 in May. (1) Over the annual "
     "volume? (2) Was she over the monthly cap that month?", 12800, 530, True),
    ("放射師兩名都做滿一年 365 天，全年 14,000 案；其中一位 3 月單月做了 480 案。1. 年量有沒有超 2. 她那個月有沒有超",
     14000, 480, False),
    ("Two techs, 365 and 365 days. Facility did 12,100 screens this year. Also one of them did 512 in April — over the "
     "monthly limit?", 12100, 512, True),
])
def test_a_block_of_facts_feeds_each_part_its_own_calculation(engine, question, annual, month, over):
    """The facility's year and one radiographer's month, stated before the parts: the year goes to the annual volume, the
    month ("那個月", "that month", "one of them") to the monthly cap — each part computed, none asking about the other's
    figure."""
    answer = engine.answer(question, today=TODAY)
    assert [[name for name, _ in p] for p in _calls(answer)] == [["hpa_facility_volume"], ["hpa_radiographer_volume"]], \
        answer.answer
    assert answer.parts[0].tool_calls[0].args["annual_screenings"] == annual
    assert answer.parts[1].tool_calls[0].args == {"monthly_screenings": month}
    assert _result(answer, 1, "hpa_radiographer_volume")["over_monthly_cap"] is over


@pytest.mark.parametrize(("question", "lead"), [
    ("放射師兩名都做滿一年 365 天，全年 11,000 案。1. 年量有沒有超 2. 放射師每月上限是多少", "沒有"),
    ("兩位放射師全年 365 天，全年 14,000 案，年量有沒有超", "有"),
])
def test_a_yes_no_asked_without_its_question_mark_leads_with_the_right_word(engine, question, lead):
    """"有沒有超" ending a part with no question mark asks whether the cap is exceeded: the lead word follows the result."""
    answer = engine.answer(question, today=TODAY)
    first = (answer.parts[0] if answer.parts else answer).answer
    assert first.startswith(lead), first


# ------------------------------------------------------------------ a what-if adding one more, or restating one item of a list

@pytest.mark.parametrize("question", [
    "機構一年篩了 9000 案，只有一位放射師全年上班 365 天。超量了嗎？如果多請一位上班 180 天的呢？",
    "机构一年筛了 9000 案，只有一位放射师全年上班 365 天。超量了吗？如果再聘一位上班 200 天的呢？",
    "兩位放射師都上班 365 天，篩了 13,500 案，有超量嗎？如果其中一位改成只上班 300 天呢？",
])
def test_a_what_if_that_cannot_be_read_with_the_facts_before_is_asked_never_computed_alone(engine, question):
    """"如果多請一位上班 180 天的呢" adds a radiographer; "其中一位改成 300 天" changes one of two: computed with the one
    figure as the whole list it would be a confidently wrong volume — the part is asked (or read with the facts before)."""
    answer = engine.answer(question, today=TODAY)
    assert len(answer.parts) == 2, answer.answer
    second = answer.parts[1]
    for call in second.tool_calls:
        assert len(call.args["radiographer_work_days"]) == 2, answer.answer
    assert second.route in ("clarify", "calculator"), answer.answer


@pytest.mark.parametrize("question", [
    "One RT worked 365 days and we did 9,000 screens. Over the volume? What if we hire one more RT for 180 days?",
    "Only one radiographer, 365 days, 9,000 screenings this year. Over? And if we add an extra tech for 180 days?",
])
def test_a_what_if_hiring_one_more_adds_to_the_list(engine, question):
    answer = engine.answer(question, today=TODAY)
    assert answer.parts[1].route == "calculator", answer.answer
    assert answer.parts[1].tool_calls[0].args["radiographer_work_days"] == [365, 180]
    assert answer.parts[1].tool_calls[0].result["excess_cases"] == 0


# ------------------------------------------------------------------ a fact of the same one, stated in the part before

@pytest.mark.parametrize(("question", "years", "shortfall"), [
    ("(1) 專科 12 年，近六年 TACE 250、TARE 60，腫瘤栓塞指導老師夠嗎？ (2) 同時申請消融，RFA 120 + MWA 40 呢", 12, 20),
    ("(1) 专科 10 年，PAE 110 例，非肿瘤栓塞够吗？(2) 同时申请消融，RFA 150 例呢", 10, 30),
    ("a) 11 yrs as specialist, 320 TACE — tumor embolization instructor ok? b) also ablation with 150 RFA?", 11, 30),
])
def test_a_part_saying_it_is_the_same_one_takes_the_years_stated_before(engine, question, years, shortfall):
    """"同時申請消融", "also ablation": the same physician — the years as specialist said in part 1 are part 2's, said so."""
    answer = engine.answer(question, today=TODAY)
    second = answer.parts[1]
    assert second.route == "calculator", answer.answer
    assert second.tool_calls[0].args["years_as_specialist"] == years
    assert second.tool_calls[0].args["domain"] == "ablation"
    assert second.tool_calls[0].result["shortfall"] == shortfall
    assert second.assumptions, "the years taken from part 1 are said"


@pytest.mark.parametrize("question", [
    "(1) 專科 9 年，PAE 120 例，非腫瘤栓塞可以申請嗎？(2) 我同事 RFA 200 例呢？",
    "(1) 专科 9 年，PAE 120 例，非肿瘤栓塞可以申请吗？(2) 我学长 RFA 200 例呢？",
    "(1) 9 yrs specialist, 120 PAE, non-tumor embolization ok? (2) my colleague has 200 RFA — ablation ok?",
])
def test_another_person_never_takes_the_years_of_the_one_before(engine, question):
    """A colleague's cases ("我同事", "my colleague"): the years stated were the asker's — asked, never carried over."""
    answer = engine.answer(question, today=TODAY)
    second = answer.parts[1]
    assert second.route == "clarify", answer.answer
    assert not second.tool_calls


# ------------------------------------------------------------------ a rules question beside a calculation

@pytest.mark.parametrize(("question", "tool", "clause"), [
    ("國外進修 2 個月、醫學中心進修 1 個月，積分多少？另外進修不滿一個月怎麼算？", "tsa_credit_tally", "tsa-cme/5.9"),
    ("国外进修 3 个月，积分多少？进修不满一个月又怎么算？", "tsa_credit_tally", "tsa-cme/5.9"),
    ("Training abroad 2 months this year — how many credits? And how is training of less than a month counted?",
     "tsa_credit_tally", "tsa-cme/5.9"),
    ("品管壓迫 66、假體 88，最差幾等？另外 D 級的機器還能繼續篩檢嗎？", "hpa_qc_grade", "hpa-mammo/2.2.1.2"),
    ("我今年月會去了 6 次，其中 2 次當講者，幾分？另外積分是以哪一年度來認定的？", "tsa_credit_tally", None),
])
def test_a_rules_question_beside_a_calculation_is_a_part_of_its_own(engine, question, tool, clause):
    """"…積分多少？另外進修不滿一個月怎麼算？": the credits computed from the facts, the rule for less than a month quoted — the
    second question is never dropped into the first's calculation."""
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "retrieval"], answer.answer
    assert [c.name for c in answer.parts[0].tool_calls] == [tool]
    if clause:
        assert clause in [c.id for c in answer.parts[1].citations], answer.answer


# ------------------------------------------------------------------ a what-if that changes nothing read

@pytest.mark.parametrize("question", [
    "Re-read: positive 45%, negative 9%. Tier? What if it happens again at the next review?",
    "Re-read discrepancy: positive 52%, negative 12%. What tier? What if the same happens again at the next review?",
    "複判陽性 45%、陰性 9%，哪一級？如果下次又一樣呢？",
])
def test_a_what_if_read_as_the_very_call_before_is_asked(engine, question):
    """A what-if whose words change no figure that was read ("what if it happens again") would repeat part 1's answer as
    its own: what it changes is asked."""
    answer = engine.answer(question, today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "clarify"], answer.answer
    assert not answer.parts[1].tool_calls


def test_a_what_if_asking_its_own_question_of_the_same_call_is_answered(engine):
    """"那個月如果都是在巡迴車上做的，會被抽片審查嗎": it asks the spot review of the same month — the same call answers it."""
    answer = engine.answer("放射師阿美 10 月做了 530 案。(1) 有沒有超過每月上限？(2) 那個月如果都是在巡迴車上做的，會被抽片審查嗎？",
                           today=TODAY)
    assert [p.route for p in answer.parts] == ["calculator", "calculator"], answer.answer
    assert answer.parts[1].tool_calls[0].result["van_spot_review"] is False


# ------------------------------------------------------------------ cases lettered A / B, asked for each

@pytest.mark.parametrize(("question", "deadlines"), [
    ("兩位個案：A 是 0 類，10/5 篩檢；B 是 4 類，10/8 篩檢，各自最晚何時要完成？", ["2026-12-05", "2026-12-08"]),
    ("两个个案：A 是 3 类，2026/6/1 筛检；B 是 0 类，2026/9/20 筛检，各自期限是哪天？", ["2026-12-01", "2026-11-20"]),
    ("Two patients — A: category 3, screened 2026-08-01; B: category 0, screened 2026-09-15. Deadline for each?",
     ["2027-02-01", "2026-11-15"]),
    ("個案 A：第 5 類，2026/10/1 篩檢；個案 B：第 3 類，2026/10/2 篩檢。各自的期限？", ["2026-12-01", "2027-04-02"]),
])
def test_cases_lettered_a_and_b_are_each_a_part(engine, question, deadlines):
    """"A 是 0 類…；B 是 4 類…，各自…": one deadline per lettered case — the second is never dropped."""
    answer = engine.answer(question, today=TODAY)
    assert [[c.result["deadline"] for c in p.tool_calls] for p in answer.parts] == [[d] for d in deadlines], answer.answer


# ------------------------------------------------------------------ a part naming no certificate, beside one that does

@pytest.mark.parametrize("question", [
    "Two things: (a) 3 lectures on stenting at IR meetings, only 30 stent cases, 5 yrs post-board — eligible for the "
    "stenting instructor? (b) renewal: 1 SCI case report first author + 190 CME points, do I make 200?",
    "兩件事：(1) 專科 9 年，TACE 320 例，腫瘤栓塞指導老師可以嗎？(2) 換證：SCI 個案報告一作 1 篇、教育積分 190，夠 200 嗎？",
])
def test_a_renewal_part_with_figures_is_the_certificate_the_other_part_is_about(engine, question):
    """"(b) renewal: 1 SCI case report … 190 CME points": the instructor certificate of part (a), computed (210 points) —
    never a rules answer leading "Yes" about a clause."""
    answer = engine.answer(question, today=TODAY)
    second = answer.parts[1]
    assert second.route == "calculator", answer.answer
    assert second.tool_calls[0].name == "tsir_renewal_check"
    assert second.tool_calls[0].result["points"] == 210


# ------------------------------------------------------------------ a what-if keeps the subject of the part before

@pytest.mark.parametrize(("question", "grade"), [
    ("Facility self-selected: tech A nd 368 / d 345, tech B nd 359 / d 350. Our grade? And what if HPA had instead sampled "
     "3 films: 362, 366, 360?", "A"),
    ("機構自選片：非緻密 350、362，緻密 341、338，幾等？如果改成抽選片 330、336、339 呢？", "C"),
    ("机构自选片：非致密 355、361，致密 349、352，几等？如果是抽选片平均 318 呢？", "D"),
])
def test_a_what_if_keeps_the_facility_as_its_subject(engine, question, grade):
    """"…Our grade? And what if HPA had instead sampled …": the facility's evaluation still — never a radiographer's by
    default (whose counselling measures differ), said so."""
    answer = engine.answer(question, today=TODAY)
    call = answer.parts[1].tool_calls[0]
    assert (call.args["subject"], call.args["kind"], call.result["grade"]) == ("facility", "sampled", grade), answer.answer
    assert any("part 1" in a or "第 1 題" in a for a in answer.parts[1].assumptions)


def test_a_part_naming_its_own_subject_keeps_it(engine):
    """"Also my own sampled images …": the person's own (a radiographer's), not the facility of the part before."""
    answer = engine.answer("Facility self-selected sets: non-dense 369 and 362, dense 361 and 357. Facility grade? What if "
                           "my own sampled images averaged from 361, 370, 359 — grade?", today=TODAY)
    assert answer.parts[1].tool_calls[0].args["subject"] == "radiographer", answer.answer
