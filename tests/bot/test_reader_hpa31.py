"""HPA classes of the thirty-first round — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's
sentence: several cases each dated by a day without its year ("A 10/1 拍的 4 類；B 9/30 拍的 3 類（今年）"), …"""

from __future__ import annotations

import pytest

from tests.bot.conftest import calculator_calls as _calls


# --- 1. several cases, each dated by a day written without its year: each case its own day, never one day for all -------

@pytest.mark.parametrize(("question", "expected"), [
    ("兩位的追蹤期限：甲 10/3 拍的 4 類；乙 8/20 拍的 3 類（都是今年）",
     [(4, "2026-10-03"), (3, "2026-08-20")]),
    ("追踪期限帮我算：一位 10月2日 拍的 BI-RADS 5，一位 9月15日 拍的 cat 0，都是今年",
     [(5, "2026-10-02"), (0, "2026-09-15")]),
    ("Deadlines for two women, both this year: one screened on 11/2 with cat 0, the other screened on 10/5 with BI-RADS 5.",
     [(0, "2026-11-02"), (5, "2026-10-05")]),
    ("Two deadlines please: patient A screened 10/1, BI-RADS 4; patient B screened 7/30, cat 3.",  # both plainly past
     [(4, "2026-10-01"), (3, "2026-07-30")]),
])
def test_each_case_takes_its_own_day_without_a_year(ask, question, expected):
    calls = _calls(ask(question))
    assert [c[0] for c in calls] == ["hpa_followup_deadline"] * len(expected)
    assert [(c[1]["category"], c[1]["screening_date"]) for c in calls] == expected


def test_a_case_whose_day_may_be_either_year_is_asked(ask):
    # (12/20 asked on 25 November: last year's is nearly a year back, this year's still to come — the year is asked)
    a = ask("兩位：甲 12/20 拍的 4 類；乙 9/30 拍的 3 類，追蹤期限？")
    assert a.route == "clarify" and not a.tool_calls


# --- 2. how many people sent sets, how many sets of each type: who the scores are of, never a score ----------------------

@pytest.mark.parametrize(("question", "scores", "grade"), [
    ("機構自選片評估：三位技師各交一組非緻密、一組緻密。非緻密 352、366、349；緻密 344、358、350。醫院幾等？",
     {"non_dense": [352, 366, 349], "dense": [344, 358, 350]}, "B"),
    ("医院自选片：2 名放射师各送一组非致密一组致密，非致密 361、370，致密 363、366，机构评几等",
     {"non_dense": [361, 370], "dense": [363, 366]}, "A"),
    ("Hospital self-selected evaluation: 3 radiologic technologists each submitted 1 non-dense and 1 dense set. "
     "Non-dense 330, 338, 335; dense 341, 329, 336. Facility grade?",
     {"non_dense": [330, 338, 335], "dense": [341, 329, 336]}, "C"),
])
def test_the_people_and_sets_counted_are_no_score(ask, question, scores, grade):
    a = ask(question)
    ((tool, args),) = _calls(a)
    assert tool == "hpa_image_grade" and args["subject"] == "facility"
    assert {k: sorted(v) for k, v in args["scores"].items()} == {k: sorted(v) for k, v in scores.items()}
    assert a.tool_calls[0].result["grade"] == grade


def test_the_techs_counted_leave_only_the_missing_type_asked(engine):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "2 of our techs sent self-selected sets for the facility evaluation; the best dense "
                                          "set got 348. Facility grade?", "the best non-dense set was 371")
    assert first.route == "clarify" and not any("2 of our techs" in m for m in first.missing)
    ((tool, args),) = _calls(second)
    assert tool == "hpa_image_grade" and args["scores"] == {"non_dense": 371, "dense": 348}


# --- 3. a count pointing back at the test items just named ("假體和照野那兩項"): which items, no score -------------------

@pytest.mark.parametrize("question", [
    "品管實測：劑量 90、假體 78、壓迫 86、照野 75、閱片 88。假體跟照野這兩項都是放射師擺位沒擺好。幾等？",
    "质控实测：剂量 92，假体 80，压迫 87，照野 74，阅片 90，假体和照野那两项是技师操作失误，几等，要做什么",
    "QC field test: dose 90, phantom 80, compression 88, field alignment 76, reading system 91. Those two items "
    "(phantom and field) were operator error. Grade?",
])
def test_a_count_of_the_items_pointed_back_at_is_no_score(ask, question):
    ((tool, args),) = _calls(ask(question))
    assert tool == "hpa_qc_grade" and len(args["scores"]) == 5 and args.get("human_factor") is True


# --- 4. the count carried through the follow-up, its verb before it ("got 190 of them through their work-up"): completed --

@pytest.mark.parametrize(("question", "suspected", "completed"), [
    ("We had 260 suspected positives and got 190 of them through their work-up. Subsidy NT$2,000,000. Deduction?", 260, 190),
    ("Of 300 cat 0/3/4/5 cases we got about 220 through the diagnostic work-up, subsidy 1.5M, how much do we lose?", 300, 220),
])
def test_the_count_got_through_the_follow_up_is_completed(ask, question, suspected, completed):
    ((tool, args),) = _calls(ask(question))
    assert tool == "hpa_followup_deduction"
    assert (args["suspected_positive_cases"], args["completed_cases"]) == (suspected, completed)


def test_the_completed_said_alone_asks_for_the_suspected_positives(engine):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, "This year we got 150 of our recalled ladies through their follow-up. Any deduction "
                                          "coming from HPA?", "there were 210 suspected positives; subsidy NT$1,200,000")
    assert first.route == "clarify" and [n.split(":")[0] for n in first.missing] == ["suspected_positive_cases"]
    ((tool, args),) = _calls(second)
    assert tool == "hpa_followup_deduction" and (args["suspected_positive_cases"], args["completed_cases"]) == (210, 150)


# --- 5. the exact day asked ("when exactly … done by") of a case screened on a day not said: the day is asked ------------

@pytest.mark.parametrize("question", [
    "one of our ladies came back cat 0 sometime in October - when exactly does the recall have to be done by?",
    "A woman we screened a few weeks ago was BI-RADS 3; exactly when is her recall due?",
    "Our patient got a category 4 last month: when does the diagnosis have to be completed by?",
])
def test_the_exact_day_asked_without_the_screening_day_asks_for_it(ask, question):
    a = ask(question)
    assert a.route == "clarify" and not a.tool_calls
    assert any(m.startswith("screening_date") for m in a.missing)


def test_the_screening_day_given_in_the_reply_gives_the_day(engine):
    from tests.bot.conftest import ask_and_reply

    _, second = ask_and_reply(engine, "one of our ladies came back cat 3 sometime in September — when exactly does the recall "
                                      "have to be done by?", "September 12 this year")
    ((tool, args),) = _calls(second)
    assert tool == "hpa_followup_deadline" and args == {"category": 3, "screening_date": "2026-09-12"}
    assert second.tool_calls[0].result["deadline"] == "2027-03-12"


# --- 6. a radiographer's leave said as the reason of her days, the reasonable volume asked: ours, her days asked ----------

@pytest.mark.parametrize("question", [
    "Two radiographers, 14,000 screenings this year; one took sick leave for a while. Over the reasonable volume?",
    "3 rad techs did 18,500 screening mammos this year, one was on maternity leave part of it — are we over the screening volume?",
    "3 rad techs did 18,500 screening mammos this year — are we over the screening volume?",  # no days said at all
])
def test_a_leave_beside_the_reasonable_volume_asks_the_days(ask, question):
    a = ask(question)
    assert a.route == "clarify" and any(m.startswith("radiographer_work_days") for m in a.missing)


def test_leave_asked_on_its_own_stays_the_employers(ask):
    assert ask("How many days of maternity leave can a radiographer take?").route == "out_of_scope"


# --- 7. a number, a comma, then a date ("cat 3，115.1.31 篩"): the comma separates, it is no thousands comma --------------

def test_a_number_before_a_comma_and_a_date_is_its_own():
    import datetime

    from bot.parsing.text import Query
    from bot.reader.mentions import numbers

    q = Query("B 是 cat 3，115.1.31 篩的，期限？", datetime.date(2026, 11, 25))
    assert [float(n.value) for n in numbers(q)] == [3.0]


@pytest.mark.parametrize(("question", "expected"), [
    ("兩位：甲是 cat 0，115.1.31 篩；乙是 cat 3，115.1.31 同一天篩。各自期限？", [(0, "2026-03-31"), (3, "2026-07-31")]),
    ("个案判 4 类，115.3.2 筛的，确诊期限？", [(4, "2026-05-02")]),
    ("Patient is BI-RADS 5, 2026/10/20 screened - deadline?", [(5, "2026-12-20")]),
])
def test_the_category_before_a_comma_and_a_date_is_read(ask, question, expected):
    a = ask(question)
    calls = _calls(a)
    assert [(args["category"], c.result["deadline"]) for (_, args), c in zip(calls, a.tool_calls)] == expected
    assert len(calls) == len(expected)


# --- 8. a count of patients with an English noun before the category ("one patient cat 3"): who, no figure ---------------

@pytest.mark.parametrize(("question", "category"), [
    ("one patient cat 3, 2026/9/3 screened: recall deadline?", 3),
    ("2 women with BI-RADS 4, both screened 2026/10/20 — diagnosis deadline?", 4),
])
def test_the_patients_counted_before_the_category_are_no_figure(ask, question, category):
    ((tool, args),) = _calls(ask(question))
    assert tool == "hpa_followup_deadline" and args["category"] == category


# --- 9. the trouble put on the person's handling ("技師操作的問題", "an operator issue"): the human factor ----------------

@pytest.mark.parametrize("question", [
    "品管實測：劑量 90、假體 80、壓迫 88、照野 76、閱片 91；假體跟照野那兩項是放射師操作的問題。幾等？",
    "质控实测：剂量 90，假体 80，压迫 88，照野 76，阅片 91，假体是技师操作的问题，几等",
    "QC field test: dose 90, phantom 80, compression 88, field alignment 76, reading system 91 — the phantom one was an "
    "operator issue. Grade and what to do?",
])
def test_the_handling_of_the_person_is_the_human_factor(ask, question):
    ((tool, args),) = _calls(ask(question))
    assert tool == "hpa_qc_grade" and args.get("human_factor") is True


def test_a_machine_problem_is_no_human_factor(ask):
    ((tool, args),) = _calls(ask("品管實測：劑量 90、假體 80、壓迫 88、照野 76、閱片 91；照野是機器問題，幾等？"))
    assert tool == "hpa_qc_grade" and args.get("human_factor") is not True


# --- 10. a joining day that agrees with the days said in the question ("7/1 才報到，到年底 184 天"): the days are used -------

@pytest.mark.parametrize(("question", "days"), [
    ("三位放射師：兩位全年 365 天，另一位 7/1 才報到，做到年底 184 天；全年篩了 16,800 案，會不會被核減？", [365, 365, 184]),
    ("2 radiographers: one all year (365 days), the other joined 10/1 and worked 92 days to year end; 9,000 screenings. Over?",
     [365, 92]),
])
def test_a_joining_day_that_agrees_with_the_days_is_no_question(ask, question, days):
    ((tool, args),) = _calls(ask(question))
    assert tool == "hpa_facility_volume" and sorted(args["radiographer_work_days"]) == sorted(days)


# --- 11. the cut said as 核減 / 砍 / unpaid: the lead answers whether it happens ---------------------------------------------

@pytest.mark.parametrize(("question", "lead"), [
    ("兩個放射師都全年 365 天，今年篩了 14,000 案，會不會被核減？", "會。"),
    ("两个放射师都全年365天，今年筛了 11000 例，会不会被核减？", "不會。"),
])
def test_a_cut_asked_leads_with_whether_it_happens(ask, question, lead):
    a = ask(question)
    assert a.route == "calculator" and a.answer.startswith(lead)
