"""Round 39 (zhread39): numbers a person reads at once that the reader left unread, each class with phrasings written for
this test (none is a blind bank's), zh-TW / zh-CN / English where the class exists, and near misses that must not change:

1. The person's total said as a line it passed ("總分有過600", "加起來早就破600了", "the total is past 600") is no item of a list
   of yearly figures (ordinal labels 第一年 … 第六年 stay labels); how many years came to nothing, said of a list read with
   that many zeros ("總數夠但中間有一年掛零", "有兩年是0分", "one year was a zero"), is the list said again. A count of zero
   years that disagrees with the list, or a passed total the figures do not reach, is still asked.
2. The item just counted done again ("初訓一次、後來 refresher 又一次", "下半年又去了三次", "又复训了一次", "once more"): more
   of the same item. A part of it ("其中又有1次是講者"), another role ("又二作一篇") or another paper of unknown role
   ("又發了一篇") is not.
3. A bracket breaking down the count before it ("三篇我是第一作者（口頭兩篇、壁報一篇，壁報那篇是病例報告）", "年會發表三篇，
   我是第一作者（口頭一篇、壁報兩篇）"): the parts are in the count, never added; the words between the count and the bracket
   are the count's (its role); a flag pointed at in the bracket ("壁報那篇是病例報告") is carved out of it. A case report said
   outside the bracket ("另外還有一篇壁報是病例報告") is still one more; a breakdown that does not add up is asked.
4. A self-correction with how the figure was checked said between the retraction and the new value ("啊不對我翻了一下簽到單是
   ７次", "不對，我翻了一下簽到單是6次", "no wait, I checked the sign-in sheet and it was 6"), and 月會 typed as 月曾: the new value.
   An unsure correction ("好像是6次還是7次", "6 or 7") is asked; "上個月曾去過" stays a month.
5. The person's own sum written out with its result ("120+90+50+30 =290", "RFA 120 + MWA 60 = 180 例"): the result is the
   figure, the terms are in it. A sum that does not add up is asked.
6. What one radiographer did on her own ("一個人拍了 530 個", "一个人拍了 480 个") beside a van's day with its head count: two
   checks of one tool, never a head count of 1 against the van's.
"""

from __future__ import annotations

import datetime

import pytest

from tests.bot.conftest import calculator_call

TODAY = datetime.date(2026, 12, 5)


def _ask(engine, question):
    return engine.answer(question, None, today=TODAY)


def _items(call, kinds=None):
    return sorted((it["kind"], it.get("count", 1), it.get("role"), bool(it.get("case_report")))
                  for it in call.args["activities"] if kinds is None or it["kind"] in kinds)


# ----------------------------------------------------- 1. ordinal year labels, a passed total, years at zero

@pytest.mark.parametrize(("question", "credits"), [
    ("六年積分：第一年120、第二年95、第三年0、第四年140、第五年160、第六年110，總分有沒有過600，可以展延嗎？",
     [120, 95, 0, 140, 160, 110]),
    ("六年积分：第一年130、第二年100、第三年那年生孩子是0、第四年150、第五年120、第六年140，加起来早就破600了，能展延吗？",
     [130, 100, 0, 150, 120, 140]),
    ("Six years of credits: year one 120, year two 95, year three 0 (I was abroad), year four 140, year five 160, year six "
     "110 — the total is past 600, can I renew?", [120, 95, 0, 140, 160, 110]),
])
def test_a_total_said_as_a_line_passed_is_no_yearly_figure(engine, question, credits):
    call = calculator_call(_ask(engine, question), "tsa_renewal_check")
    assert call.args["yearly_credits"] == credits
    assert call.result["eligible"] is False


@pytest.mark.parametrize(("question", "credits"), [
    ("六年积分：0、150、200、180、0、220，总分够了但有两年是0分，能展延吗？", [0, 150, 200, 180, 0, 220]),
    ("6年積分 130、0、160、150、140、120，有一年是0，這樣總分有到600但可以展延嗎", [130, 0, 160, 150, 140, 120]),
    ("My six yearly totals: 150, 120, 0, 200, 180, 90. Plenty overall, but one year was a zero — does that block renewal?",
     [150, 120, 0, 200, 180, 90]),
])
def test_how_many_years_came_to_nothing_is_the_list_said_again(engine, question, credits):
    a = _ask(engine, question)
    call = calculator_call(a, "tsa_renewal_check")
    assert call.args["yearly_credits"] == credits
    assert call.result["eligible"] is False
    assert not any(m.startswith("unread:") for m in a.missing)


@pytest.mark.parametrize("question", [
    "六年分數：150、120、0、200、180、90，總數夠但中間有兩年掛零，會不會擋？",  # one zero in the list, two said
    "六年積分：第一年120、第二年95、第三年0、第四年140、第五年160、第六年110，另外今年還有一場 30 分的課，可以展延嗎？",
])
def test_a_count_of_zero_years_that_disagrees_or_another_figure_is_still_asked(engine, question):
    assert _ask(engine, question).route == "clarify"


def test_a_passed_total_is_checked_against_the_figures(engine):
    a = _ask(engine, "六年積分 150、120、0、200、180、90，總分有過700，可以展延嗎？")
    assert calculator_call(a, "tsa_renewal_check").result["total"] == 740


# ----------------------------------------------------- 2. the same activity again

@pytest.mark.parametrize(("question", "items", "total"), [
    ("今年ATLS上了一次，年底又复训了一次，一共几分？", [("atls", 2, None, False)], 60),
    ("This year I took ATLS once in March, then the refresher once more in October. How many credits?",
     [("atls", 2, None, False)], 60),
    ("月會上半年去了兩次，下半年又去了三次，總共幾分？", [("tsa_monthly_meeting", 5, None, False)], 100),
    ("今年月會去了3次，後來又去了2次，總共幾分？", [("tsa_monthly_meeting", 5, None, False)], 100),
])
def test_the_item_just_counted_done_again_adds_to_its_count(engine, question, items, total):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert _items(call) == items
    assert call.result["total"] == total


@pytest.mark.parametrize(("question", "items"), [
    ("今年月會去了3次，其中又有1次是講者，總共幾分？", [("tsa_monthly_meeting", 3, None, False), ("tsa_monthly_speaker", 1, None, False)]),
    ("今年月會去了3次，年會又去了1次，總共幾分？", [("tsa_annual_meeting", 1, None, False), ("tsa_monthly_meeting", 3, None, False)]),
    ("今年SCI一作一篇，又二作一篇，總共幾分？", [("paper_sci", 1, "first", False), ("paper_sci", 1, "second", False)]),
    ("2025年月會去了3次，2026年又去了2次，總共幾分？", [("tsa_monthly_meeting", 2, None, False), ("tsa_monthly_meeting", 3, None, False)]),
])
def test_a_part_another_kind_or_another_role_is_not_the_same_again(engine, question, items):
    assert _items(calculator_call(_ask(engine, question), "tsa_credit_tally")) == items


def test_another_paper_of_no_role_said_again_is_asked(engine):
    assert _ask(engine, "今年SCI一作一篇，又發了一篇，總共幾分？").route == "clarify"


# ----------------------------------------------------- 3. a bracket breaking down the count before it

@pytest.mark.parametrize(("question", "total"), [
    ("年會發表三篇我是第一作者(口頭兩篇、壁報一篇，壁報那篇是病例報告)，幾分？", 25),
    ("年會發表三篇，我是第一作者（口頭一篇、壁報兩篇，其中一篇壁報是病例報告），幾分？", 25),
    ("今年年会发表了三篇，我是第一作者（口头两篇、壁报一篇，壁报那篇是病例报告），一共几分？", 25),
    ("TSA annual meeting: 3 presentations as first author (2 orals, 1 poster; the poster was a case report). Credits?", None),
])
def test_a_flag_in_a_breakdown_bracket_is_carved_out_of_the_count(engine, question, total):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert _items(call, {"presentation"}) == [("presentation", 1, "first", True), ("presentation", 2, "first", False)]
    if total is not None:
        assert call.result["total"] == total


def test_a_breakdown_bracket_after_the_role_adds_nothing(engine):
    call = calculator_call(_ask(engine, "年會發表三篇，我是第一作者（口頭一篇、壁報兩篇），幾分？"), "tsa_credit_tally")
    assert _items(call) == [("presentation", 3, "first", False)]
    assert call.result["total"] == 30


def test_a_breakdown_by_a_choice_that_matters_stays_its_items(engine):
    a = _ask(engine, "近兩年座長 4 次（國外 1 次、國內 3 次），放射積分 100，換證夠嗎？")
    call = calculator_call(a, "tsir_renewal_check")
    assert call.result["points"] == 200


def test_a_case_report_said_outside_the_bracket_is_one_more(engine):
    call = calculator_call(_ask(engine, "年會發表三篇我是第一作者(口頭兩篇、壁報一篇)，另外還有一篇壁報是病例報告，幾分？"), "tsa_credit_tally")
    assert sum(it.get("count", 1) for it in call.args["activities"]) == 4


def test_a_breakdown_that_does_not_add_up_is_asked(engine):
    assert _ask(engine, "年會發表三篇我是第一作者(口頭兩篇、壁報兩篇，壁報那篇是病例報告)，幾分？").route == "clarify"


# ----------------------------------------------------- 4. a correction with how it was checked; 月曾

@pytest.mark.parametrize("question", [
    "今年月會去了5次，喔不對，我查了一下出席紀錄應該是6次，年會1次，總共幾分？",
    "今年月会去了5次，哦不对我看了下签到表是6次，年会1次，一共几分？",
    "今年去了5次月會，不對，我翻了一下簽到單是6次，年會1次，總共幾分？",
    "This year I went to 5 monthly meetings, no wait, I checked the sign-in sheet and it was 6, plus the annual meeting "
    "once. Credits?",
])
def test_a_correction_with_how_it_was_checked_takes_the_new_value(engine, question):
    call = calculator_call(_ask(engine, question), "tsa_credit_tally")
    assert _items(call) == [("tsa_annual_meeting", 1, None, False), ("tsa_monthly_meeting", 6, None, False)]
    assert call.result["total"] == 180


@pytest.mark.parametrize("question", [
    "今年月會去了5次，啊不對我翻了一下簽到單好像是6次還是7次，年會1次，總共幾分？",
    "This year I went to 5 monthly meetings, no wait, I checked the sign-in sheet and it was 6 or 7, plus the annual "
    "meeting once. Credits?",
])
def test_an_unsure_correction_is_asked(engine, question):
    assert _ask(engine, question).route == "clarify"


@pytest.mark.parametrize(("text", "written"), [
    ("今年月曾去了６次", "今年月會去了６次"),
    ("月曾三次", "月會三次"),
    ("學會年曾參加1次", "學會年會參加1次"),
    ("上個月曾去過年會", "上個月曾去過年會"),
    ("3月曾去", "3月曾去"),
    ("今年曾去過", "今年曾去過"),
    ("這個月曾經去", "這個月曾經去"),
])
def test_hui_typed_as_ceng_after_the_meeting_word(text, written):
    from bot.parsing.text import standard_forms

    assert standard_forms(text) == written


# ----------------------------------------------------- 5. the person's own sum with its result

@pytest.mark.parametrize(("question", "domain", "cases", "eligible"), [
    ("定位切片引流：120+90+50+30=290 例，專科11年，還差幾例？", "localization_biopsy_drainage_pain", 290, False),
    ("消融近六年 RFA 120 + MWA 60 = 180 例，專科 9 年，可以申請指導老師嗎？", "ablation", 180, True),
    ("Ablation in the last 6 years: RFA 120 + MWA 60 = 180, specialist 9 years. Can I apply as instructor?", "ablation", 180, True),
])
def test_the_result_of_an_own_sum_is_the_figure(engine, question, domain, cases, eligible):
    a = _ask(engine, question)
    call = calculator_call(a, "tsir_instructor_eligibility")
    assert call.args["domain"] == domain and call.args["cases_last_6_years"] == cases
    assert call.result["eligible"] is eligible


def test_an_own_sum_that_does_not_add_up_is_asked(engine):
    a = _ask(engine, "引流+切片+PCN+PTCD 加起來 120+90+50+30 =300，專科11年，定位切片引流那項還差幾例？")
    assert a.route == "clarify"


# ----------------------------------------------------- 6. one radiographer on her own, and a van's day

@pytest.mark.parametrize(("question", "monthly", "daily", "on_van"), [
    ("我們技術員阿美這個月一個人就做了 560 案，會不會超過？另外乳攝車那天只有 2 位放射師，一天拍了 85 人，可以嗎？", 560, 85, 2),
    ("小李这个月一个人拍了 480 个，有没有超？另外巡回车上次 4 个放射师一天做了 170 人，这样行吗？", 480, 170, 4),
    ("One tech did 540 screenings on her own this month — over the cap? Also our van had 3 radiographers aboard and "
     "screened 125 in one day, OK?", 540, 125, 3),
])
def test_one_radiographer_on_her_own_is_no_head_count_of_the_van(engine, question, monthly, daily, on_van):
    call = calculator_call(_ask(engine, question), "hpa_radiographer_volume")
    assert call.args == {"monthly_screenings": monthly, "daily_screenings_on_van": daily, "radiographers_on_van": on_van}


def test_one_person_on_the_van_is_still_its_head_count(engine):
    call = calculator_call(_ask(engine, "乳攝車上只有一個人，一天拍了 45 人，可以嗎？"), "hpa_radiographer_volume")
    assert call.args["radiographers_on_van"] == 1
