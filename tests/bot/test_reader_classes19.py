"""Classes of the nineteenth round where a figure the person supposes, restates or says of several things was read as an
input (or left the question unread) — each tested with wordings of its own (zh-TW, zh-CN, en), never the bank's sentence.
Confidently wrong first: a rounding the person hoped for ("四捨五入算360嗎") was read as one more score."""

from __future__ import annotations

import pytest
from tests.bot.conftest import calculator_calls as _calls


# --- 1. a result the person supposes — a rounding hoped for, a deduction feared — is no input (was confidently wrong) -----

@pytest.mark.parametrize(("question", "scores"), [
    ("抽選片兩張 352 跟 347，平均 349.5，四捨五入會變 350 嗎？等第是？", [352, 347]),
    ("sampled films 361 and 358, average 359.5 - does that round up to 360? what grade?", [361, 358]),
])
def test_a_rounding_hoped_for_is_no_score(ask, question, scores):
    calls = _calls(ask(question))
    assert calls == [("hpa_image_grade", {"subject": "radiographer", "kind": "sampled", "scores": scores})]


@pytest.mark.parametrize(("question", "args", "deduction"), [
    ("追蹤完成率 69.9%，會不會被扣 10%？", {"completion_rate_pct": 69.9}, 10),
    ("完成率 74.95%，四捨五入算 75% 吧？這樣扣多少", {"completion_rate_pct": 74.95}, 5),
    ("our follow-up completion was 59.99% - I really hope that rounds to 60 and we only get docked 15%", {"completion_rate_pct": 59.99}, 20),
])
def test_a_deduction_feared_or_hoped_is_no_input(ask, question, args, deduction):
    a = ask(question)
    calls = _calls(a)
    assert calls[0] == ("hpa_followup_deduction", args)
    assert a.tool_calls[0].result["deduction_pct"] == deduction
    assert a.unused  # the supposed figure is listed as not used, never asked about


# --- 2. a part and its whole written as a fraction after the rate's word ("完成率 57/95") ------------------------------

@pytest.mark.parametrize(("question", "done", "cases"), [
    ("今年追蹤完成率只有 66/110，會扣到 15% 嗎", 66, 110),
    ("完成率 81/108，扣款比例是多少？", 81, 108),
    # the whole's noun between, the part's own word after 中, and an A-not-A question that negates nothing
    ("今年 90 位個案裡已追完 63 位，補助 200 萬，扣多少？", 63, 90),
    ("追蹤完成率：150 個個案中完成 100 個，這樣有沒有到 65%？", 100, 150),
])
def test_a_completion_fraction_is_done_over_cases(ask, question, done, cases):
    calls = _calls(ask(question))
    assert calls[0][1]["completed_cases"] == done
    assert calls[0][1]["suspected_positive_cases"] == cases


# --- 3. a remark on the calendar beside a date calculation is no input -------------------------------------------------

@pytest.mark.parametrize("question", [
    "category 0 on 2031-12-31, when is the recall due? 2032 is a leap year I think",
    "篩檢日 2023-12-30，結果 category 0，複檢期限是哪天？（2024年是閏年吧）",
])
def test_a_leap_year_remark_is_no_input(ask, question):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "hpa_followup_deadline"
    assert any("calendar" in u or "曆法" in u for u in a.unused)


# --- 4. one figure said of both self-selected sets ---------------------------------------------------------------------

@pytest.mark.parametrize(("question", "value"), [
    ("自選片兩組都 352，幾等？", 352),
    ("自选片两组都是 361 分，几等？", 361),
    ("self-selected: both sets came back 338. grade?", 338),
])
def test_one_figure_said_of_both_sets_is_each_sets(ask, question, value):
    calls = _calls(ask(question))
    assert calls[0][0] == "hpa_image_grade"
    assert calls[0][1]["kind"] == "self_selected"
    assert sorted(calls[0][1]["scores"]) == [value, value] or calls[0][1]["scores"] == {"non_dense": value, "dense": value}


def test_one_set_alone_is_still_asked(ask):
    a = ask("自選片其中一組 350 分，幾等？")
    assert a.route == "clarify"


# --- 5. every year the same except several years named, a zero said in words -----------------------------------------

@pytest.mark.parametrize(("question", "credits"), [
    ("80 every year except year 2 which was zero and year 5 where I got 300. enough to renew?", [80, 0, 80, 80, 300, 80]),
    ("每年都 120 分，除了第2年是 60 分、第4年 0 分，可以展延嗎", [120, 60, 120, 0, 120, 120]),
    ("150 each year but year 1 was 90 and year 6 was 200 - can I renew?", [90, 150, 150, 150, 150, 200]),
])
def test_every_year_but_several_named(ask, question, credits):
    calls = _calls(ask(question))
    assert calls == [("tsa_renewal_check", {"yearly_credits": credits})]


# --- 6. overseas meetings attended, named with words between (TSIR) ---------------------------------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("attended 4 overseas IR society meetings and have 120 radiology CME points - can I renew my TSIR instructor cert?", 4),
    ("went to 2 international interventional oncology congresses, 1 SCI paper as first author, 100 CME points. renew ok?", 2),
])
def test_overseas_meetings_attended_with_words_between(ask, question, count):
    calls = _calls(ask(question))
    name, args = calls[0]
    assert name == "tsir_renewal_check"
    assert {"kind": "international_meeting_attendance", "count": count} in args["activities"]


# --- 7. the van's head count said again with the word it is counted by ------------------------------------------------

@pytest.mark.parametrize(("question", "staff", "daily"), [
    ("乳攝車可以登記幾位放射師？我們打算登記3位，一天大概80例", 3, 80),
    ("乳房攝影車報備5個放射師可以嗎？我們想報5人，每天做150例", 5, 150),
])
def test_the_vans_head_count_said_again(ask, question, staff, daily):
    calls = _calls(ask(question))
    assert calls[0] == ("hpa_radiographer_volume", {"radiographers_on_van": staff, "daily_screenings_on_van": daily})


# --- 8. a rough count restated in brackets as an approximate figure ---------------------------------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("血管介入做了一百多例（大約130例），專科9年，可以申請指導老師嗎？", 130),
    ("腫瘤消融三十幾例(約35例)，專科10年，可以當指導老師嗎", 35),
])
def test_a_rough_count_restated_in_brackets(ask, question, cases):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][1]["cases_last_6_years"] == cases
    assert any("約" in x or "approx" in x for x in a.assumptions)


# --- 9. a meeting's length where its credits do not turn on it is an attribute, no count -----------------------------

@pytest.mark.parametrize(("question", "total"), [
    ("今年去了一次國際會議（開了4天），還有月會3次，總共幾分？", 90),
    ("this year one overseas congress in Japan, 6 days long, and 2 monthly meetings. credits?", 70),
])
def test_a_meetings_length_is_no_input(ask, question, total):
    a = ask(question)
    calls = _calls(a)
    assert calls[0][0] == "tsa_credit_tally"
    assert a.tool_calls[0].result["total"] == total
    assert all(it.get("count", 1) <= 3 for it in calls[0][1]["activities"])


@pytest.mark.parametrize("question", [
    "went to the urology society's one-day annual meeting and a 2 hr local talk on stones. how many credits?",
    "參加了泌尿科醫學會年會一天，還有一場 1.5 小時的院外演講，積分多少",
])
def test_a_length_before_another_activity_is_that_activitys_never_set_aside(ask, question):
    # the length belongs to the activity named after it: never set aside as the meeting's (a dropped seminar was a wrong total)
    a = ask(question)
    assert not any("not depend on its length" in u or "不依長度" in u for u in a.unused)
    if a.tool_calls:
        kinds = [it["kind"] for it in a.tool_calls[0].args["activities"]]
        assert "domestic_seminar" in kinds, kinds


# --- 10. a strict bound said of some of the scores is no score; with the scores given, it describes them ---------------

@pytest.mark.parametrize(("question", "reply", "scores"), [
    ("The HPA reviewed a stack of our hospital's sampled films; some came back under 335. Is the facility a C now?",
     "338, 331, 326", [338, 331, 326]),
    ("衛福部抽了我們醫院一批片子，有幾張低於 330，機構會被評 C 嗎？", "335、325、338", [335, 325, 338]),
])
def test_a_bound_said_of_some_scores_is_no_score_and_the_reply_gives_them(engine, question, reply, scores):
    from tests.bot.conftest import ask_and_reply

    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and not first.tool_calls
    assert [(c.name, c.args["scores"]) for c in second.tool_calls] == [("hpa_image_grade", scores)]
    assert second.tool_calls[0].result["grade"] == "C"


# --- 11. the cap asked with one's own figure checked against it ("…cap again, and is 480 ok?") -------------------------

@pytest.mark.parametrize(("question", "monthly"), [
    ("remind me of the monthly cap per radiographer - is 510 ok?", 510),
    ("what's the per-tech monthly limit, and is 495 fine?", 495),
])
def test_the_cap_asked_with_ones_own_figure_is_checked(ask, question, monthly):
    calls = _calls(ask(question))
    assert calls == [("hpa_radiographer_volume", {"monthly_screenings": monthly})]


# --- 12. "longer than" / "shorter than" are strict bounds: never an item's exact length (was a wrong total) -----------

def test_longer_than_is_a_bound_never_an_items_hours(engine):
    from tests.bot.conftest import ask_and_reply

    _, second = ask_and_reply(engine, "I attended a few outside workshops this year, some ran longer than 3 hours. credits?",
                              "4 in all: three 1-hour ones and one 5-hour one")
    hours = [it.get("hours") for c in second.tool_calls for it in c.args.get("activities", [])]
    assert 3 not in hours
