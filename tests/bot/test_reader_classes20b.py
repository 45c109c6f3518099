"""Classes of the twentieth round (second reader team) where a figure was left unread or read wrongly — each tested
with wordings of its own (zh-TW, zh-CN, en), never the bank's sentence."""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply, calculator_calls as _calls


# --- 1. a comma list written without spaces ("120,110,100") is one figure per item ---------------------------------

@pytest.mark.parametrize(("question", "credits"), [
    ("six yearly numbers 101,99,130,85,92,100 - enough for the 600?", [101, 99, 130, 85, 92, 100]),
    ("六年積分分別是 88,120,105,97,110,90，夠展延 600 分嗎", [88, 120, 105, 97, 110, 90]),
    ("外科专科展延：六年学分 130,95,100,80,90,100，够不够？", [130, 95, 100, 80, 90, 100]),
])
def test_a_comma_list_without_spaces_is_one_figure_each(ask, question, credits):
    calls = _calls(ask(question))
    assert calls == [("tsa_renewal_check", {"yearly_credits": credits})]


# --- 2. the month of a relative year restated by the full date ("今年12月…115年12月10日") ---------------------------

@pytest.mark.parametrize("question", [
    "我民國70年3月2日生，明年1月要送指導老師換證，預定 116年1月20日 交件，能申請終身嗎？",
    "本人 1966/8/8 出生，今年12月打算申請，预计 2026年12月18日 送件，可以直接拿终身证书吗？",
])
def test_a_month_restated_by_the_date_is_no_fact(ask, question):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsir_renewal_check"
    assert set(calls[0][1]) >= {"birth_date", "application_date"}


def test_a_month_the_date_does_not_restate_is_asked(ask):
    a = ask("我民國70年3月2日生，明年3月要送指導老師換證，預定 116年1月20日 交件，能申請終身嗎？")
    assert a.route == "clarify"


# --- 3. "not first/corr author": another author, the count stands ------------------------------------------------

@pytest.mark.parametrize(("question", "count"), [
    ("TSIR renewal: gave 1 talk abroad, plus 3 SCI full papers on which I'm not first/corresponding author", 3),
    ("介入換證積分：國外演講 1 次、SCI 全文 2 篇（我非一作/通訊），共幾分", 2),
    ("指导老师换证：国外演讲 1 次，SCI 全文 4 篇，不是一作或通讯，积分多少", 4),
])
def test_neither_first_nor_corresponding_is_another_author(ask, question, count):
    calls = _calls(ask(question))
    papers = [x for x in calls[0][1]["activities"] if x["kind"] == "sci_full_article"]
    assert papers == [{"kind": "sci_full_article", "count": count, "role": "other"}]


# --- 4. a figure between two figures of the same domain, in one list, is that domain's too -------------------------

@pytest.mark.parametrize(("question", "cases"), [
    ("biopsy/drainage work: 120 under ultrasound, 140 fluoroscopic, 60 pain blocks; board-certified 12 yrs. localization/biopsy/drainage/pain instructor OK?", 320),
    ("切片引流：超音波導引 150、CT 導引 120、疼痛阻斷 40，專科 10 年，能當定位切片引流疼痛的指導老師嗎", 310),
])
def test_a_figure_inside_one_domains_list_is_that_domains(ask, question, cases):
    calls = _calls(ask(question))
    assert calls[0][0] == "tsir_instructor_eligibility"
    assert calls[0][1]["domain"] == "localization_biopsy_drainage_pain"
    assert calls[0][1]["cases_last_6_years"] == cases


def test_a_figure_between_two_domains_is_not_placed(ask):
    a = ask("RFA 150, 40 under CT, TACE 200, specialist 15 years - ablation instructor?")
    assert not any(c.args.get("cases_last_6_years") in (190, 240, 390) for c in a.tool_calls)


# --- 5. "some talks: two of 1 hr and one of 4 hours": the items after the colon give the count, no vague count --------

@pytest.mark.parametrize(("question", "items"), [
    ("I went to some talks at other hospitals: two lasting 1 hr each and one that ran 3 hours. Surgical CME?",
     [{"kind": "domestic_seminar", "count": 2, "hours": 1}, {"kind": "domestic_seminar", "count": 1, "hours": 3}]),
    ("去了幾場外院演講：兩場各一小時、一場四小時，外科積分多少",
     [{"kind": "domestic_seminar", "count": 2, "hours": 1}, {"kind": "domestic_seminar", "count": 1, "hours": 4}]),
    ("去听了几场院外演讲：两场各 1 小时，一场 3 小时，外科学分多少",
     [{"kind": "domestic_seminar", "count": 2, "hours": 1}, {"kind": "domestic_seminar", "count": 1, "hours": 3}]),
])
def test_some_then_the_items_is_no_vague_count(ask, question, items):
    calls = _calls(ask(question))
    assert calls == [("tsa_credit_tally", {"activities": items})]


def test_some_with_no_items_after_is_still_asked(ask):
    a = ask("went to a few lectures at other hospitals last month, 2 hours each. How much surgical CME?")
    assert a.route == "clarify"


# --- 6. one screening day, several people each with a category ("兩個人，一個判 category 0、一個判 4") --------------

@pytest.mark.parametrize(("question", "categories"), [
    ("115/1/20 筛检的两个人，一个是 category 3、一个被判 4，各自期限？", [3, 4]),
    ("2026/9/9 篩了三位：一位 category 0、一位判 3、一位判 5，期限各是？", [0, 3, 5]),
])
def test_one_day_several_people_each_with_a_category(ask, question, categories):
    calls = _calls(ask(question))
    assert [c[1]["category"] for c in calls] == categories
    assert len({c[1]["screening_date"] for c in calls}) == 1


# --- 7. one of several calls named again by its value ("5那位", "the 4 one") is which one is meant ------------------

@pytest.mark.parametrize(("question", "categories"), [
    ("115/6/1 篩檢，一個 category 0、一個 category 4，各自期限？4 的那個要做切片嗎", [0, 4]),
    ("同一天 2026-07-10 筛的：一位 category 3，一位 category 5，期限各是哪天？3那位要多久回诊", [3, 5]),
    ("two women screened 2026-05-04, one BI-RADS 0 and one BI-RADS 4. deadlines for each? and for the 4 one is it a recall or a diagnosis?", [0, 4]),
])
def test_a_call_named_again_by_its_value_is_no_fact(ask, question, categories):
    calls = _calls(ask(question))
    assert [c[1]["category"] for c in calls] == categories


# --- 8. the screenings said as people ("全年乳攝 9800 人") with a person's days given with a reason --------------------

@pytest.mark.parametrize(("question", "days", "screenings"), [
    ("兩位放射師：一位 365 天，另一位十月才到職只做了 92 天，今年乳攝 7600 人，有超量嗎", [365, 92], 7600),
    ("放射师甲 300 天、乙因为产假只有 200 天，全年乳摄 8200 人，会超量吗", [300, 200], 8200),
])
def test_screenings_said_as_people(ask, question, days, screenings):
    calls = _calls(ask(question))
    assert calls == [("hpa_facility_volume", {"radiographer_work_days": days, "annual_screenings": screenings})]


# --- 9. how many techs the sets came from, said between the set's words and its scores, is no figure ------------------

@pytest.mark.parametrize(("question", "scores"), [
    ("facility self-selected review: dense sets from our 2 techs were 361 and 355; non-dense sets from 2 techs 370 and 368. grade?",
     {"non_dense": [370, 368], "dense": [361, 355]}),
    ("機構自選片：非緻密型 2 位放射師 358、371；緻密型 3 位放射師 366、349、362，機構等第？",
     {"non_dense": [358, 371], "dense": [366, 349, 362]}),
])
def test_a_head_count_between_words_and_scores_is_no_score(ask, question, scores):
    calls = _calls(ask(question))
    assert calls[0][1]["scores"] == scores


# --- 10. "one of last month's screenings" is the case asked about, no count ------------------------------------------

@pytest.mark.parametrize(("question", "category"), [
    ("had a BI-RADS 3 come out of one of this week's screenings — what exact date is the recall due by?", 3),
    ("got a BI-RADS 0 from one of yesterday's screenings, what's the exact date the recall must be done by?", 0),
])
def test_one_of_last_months_screenings_then_the_date(engine, question, category):
    _, reply = ask_and_reply(engine, question, "screened on 2026-11-20")
    assert _calls(reply) == [("hpa_followup_deadline", {"screening_date": "2026-11-20", "category": category})]


# --- 11. a score said by its tens ("in the 70s", "80 多分") asks that item's exact score; the reply completes it -------

@pytest.mark.parametrize(("question", "reply", "score"), [
    ("QC field test: the phantom image came out somewhere in the 80s. which grade?", "it was 83", 83),
    ("我们这次品管实地测试，假体影像分析 80 多分，等第是？", "是 83", 83),
])
def test_a_score_said_by_its_tens_is_asked_exactly(engine, question, reply, score):
    first, second = ask_and_reply(engine, question, reply)
    assert first.route == "clarify" and first.missing and first.missing[0].startswith("phantom_image")
    assert _calls(second) == [("hpa_qc_grade", {"scores": {"phantom_image": score}})]


# --- 12. two other societies' annual meetings, each with its days in brackets: two 5.3 items by days ---------------

@pytest.mark.parametrize(("question", "days"), [
    ("今年去了病理醫學會年會（3天）和急診醫學會年會（1天），外科積分怎麼算？", [3, 1]),
    ("this year I attended the urology society annual meeting (2 days) and the plastic surgery society annual meeting (1 day) - how many surgical CME credits?", [2, 1]),
])
def test_two_specialty_meetings_each_with_days(ask, question, days):
    calls = _calls(ask(question))
    items = calls[0][1]["activities"]
    assert [(it["kind"], it["days"]) for it in items] == [("specialty_annual_meeting", d) for d in days]


# --- 13. a figure glued to an item's words that is what one such item is worth is the person's reckoning, not a count --

@pytest.mark.parametrize(("question", "monthly"), [
    ("今年 年会60、月会2次(40)，一共100对吧", 2),
    ("this year: annual meeting 60, monthly meetings x3 (60), I make it 120, right?", 3),
])
def test_an_items_own_credits_are_no_count(ask, question, monthly):
    a = ask(question)
    calls = _calls(a)
    kinds = {it["kind"]: it["count"] for it in calls[0][1]["activities"]}
    assert kinds == {"tsa_annual_meeting": 1, "tsa_monthly_meeting": monthly}


def test_the_same_kind_pointed_back_at_with_a_bound_is_no_second_item(ask):
    calls = _calls(ask("去年去日本見習兩週，這種不到一個月的國外進修可以算幾分？"))
    assert len(calls[0][1]["activities"]) == 1


def test_a_call_named_by_a_list_value_is_no_error(ask):
    a = ask("facility self-selected: non-dense 362, 358; dense 355, 351. grade? and for the dense 355 one?")
    assert a.route in ("calculator", "clarify")
