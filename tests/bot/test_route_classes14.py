"""Routing classes of the fourteenth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real calculators).

- a person's own figure beside the rule's limit ("這個月拍了 470 支，還在上限內吧", "did 505 this month — under the monthly limit?")
  is a calculation whenever a calculator takes the figure: the limit word does not pull it to the clause; the limit asked
  with no figure of one's own ("每月上限是多少", "is the monthly limit 500?") stays the rule's;
- a fact of one's own missing is asked for, never filled in nor answered with the clause: English says its own case without
  "I" ("published a paper … what does that give me", "cat 3 patient, screened sometime in March"), a measure said low with no
  figure ("our rate was low"), a value still awaited or not remembered ("還在等成績", "the last year I can't remember");
- English rules questions on credits stay rules answers (object pronouns and subjectless verbs are no case of one's own when
  no fact is stated); a late application asked about ("any way to still renew late") is the rule's grace, not a date to ask;
- neighbours: another screening programme named by its organ and test ("低劑量肺部CT篩檢", "lung CT screening") and a disease
  society's own credits ("乳癌醫學會年會幾個學分", "Breast Cancer Society meeting CME") are out of scope; a specialty society's
  meeting asked of our society ("…外科學會這邊算幾分") stays ours.
"""

from __future__ import annotations

import pytest


# --- a person's own figure beside the rule's limit -----------------------------------------------------------------------

@pytest.mark.parametrize("question, field, value", [
    ("這個月拍了 470 支乳攝，應該還在上限範圍內吧？", "monthly_screenings", 470),
    ("这个月筛了 499 例，应该还在上限以内吧？", "monthly_screenings", 499),
    ("本月我照了 510 例乳攝，每月上限是多少？有超嗎", "monthly_screenings", 510),
    ("乳攝車今天做了 118 例，車上報備 3 位放射師，一天最多能做幾例？", "daily_screenings_on_van", 118),
    ("did 505 mammograms this month, still under the monthly limit right?", "monthly_screenings", 505),
    ("我們今天在乳攝車上做了 95 例，兩位放射師，一天的上限是多少？", "daily_screenings_on_van", 95),
])
def test_an_own_figure_beside_the_limit_is_computed(ask, question, field, value):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_radiographer_volume"]
    assert answer.tool_calls[0].args[field] == value


@pytest.mark.parametrize("question", [
    "放射師三位，整年都在（各 365 天），今年篩了 18,500 案，合理量跟可給付的上限各是多少？",
    "两名放射师各 365 天，全年做了 12,600 例，合理量和给付上限分别多少？",
])
def test_an_own_volume_beside_the_payable_limit_is_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_facility_volume"]


@pytest.mark.parametrize("question", [
    "每月上限是多少案？",
    "我想確認每月上限是不是 500 案？",
    "is the monthly limit 500 cases?",
    "What is the daily cap per radiographer on the van?",
    "乳摄车一天最多可以做几例？",
])
def test_the_limit_asked_with_no_own_figure_stays_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


# --- a missing fact of one's own is asked for ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "published a non-SCI paper this year, what does that give me?",
    "had a case report accepted in an SCI journal, how many credits is that for me?",
    "got 2 SCI papers out this year, how many credits do they give me?",
    "just published an SCI article — what's it worth to us?",
    "wrote a non-SCI paper this year, credits for me?",
])
def test_english_own_paper_without_authorship_asks_for_it(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "cat 3 patient, screened sometime in March — when is her recall due?",
    "category 0 case screened early last month, what's the deadline?",
    "BI-RADS 4 lady, screened a few weeks ago. what is the deadline for her diagnosis?",
    "a cat 5 patient was screened last spring, by when must the diagnosis be done?",
    "cat 0 pt screened sometime in the summer — what's the recall deadline?",
])
def test_english_own_patient_without_a_screening_date_asks_for_it(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "we need to know our deduction, completion rate was low",
    "our follow-up completion rate came in below target, how much will they deduct?",
    "completion rate was really poor this year — what's our deduction?",
    "追蹤完成率今年沒達標，會扣多少？",
    "追踪完成率没有达标，要扣多少钱？",
])
def test_an_own_measure_said_low_without_its_figure_asks_for_it(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "六年裡有五年每年都超過 100 分，最後一年不記得了，能展延嗎？",
    "六年里五年都有 120 分以上，剩下那年记不清了，可以展延吗？",
    "five of my six years had over 100 credits each, the other one I can't remember. can I renew?",
    "三位放射師非緻密型 352、361、347，緻密型的還在等成績，機構自選片怎麼評？",
    "三名放射师非致密型 355、362、341，致密型的成绩还在等，机构自选片怎么评？",
])
def test_a_value_awaited_or_not_remembered_is_asked_for(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


# --- rules questions on credits stay rules answers -----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "how many credits does a poster give me?",
    "what's an SCI paper worth in credits for us?",
    "do overseas congresses get me more credits than domestic ones?",
    "got a question: do monthly meeting credits double for island doctors?",
    "any credits for moderating a session at the annual meeting?",
    "how many credits is an ATLS course worth?",
])
def test_english_credit_rules_questions_stay_retrieval(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "missed my TSA certificate renewal deadline by a couple of weeks, can I still renew late?",
    "is there any way to file a late renewal for the surgical board certificate?",
    "past the renewal window already — can we still apply?",
    "證書過期了還能補申請展延嗎？",
    "错过了展延期限，还可以补申请吗？",
])
def test_a_late_application_asked_about_is_the_rules_grace(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "請問我們院的年篩檢量有沒有超量是誰在算？",
    "我們機構年量有沒有超過，是依據什麼計算的？",
    "我们的年筛检量超量是根据什么算的？",
    "is our annual volume over the limit? who works it out and based on what?",
    "年量超量是誰在審？依據什麼算？",
])
def test_who_computes_and_on_what_basis_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_who_acts_on_a_full_qc_case_is_the_verdicts(ask):
    answer = ask("實測五項：劑量 92、壓迫 95、照野 90、閱片 93，假體 78，擺位問題屬人為因素，要誰去參加什麼？")
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_qc_grade"]


# --- neighbours ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "低剂量肺部CT筛检的阳性个案要几个月内追踪？",
    "肺部電腦斷層篩檢異常的個案多久內要追蹤？",
    "胃鏡篩檢陽性的民眾多久要回診？",
    "lung CT screening positives — how soon is follow-up due?",
    "low-dose chest CT: what is the recall window for a suspicious nodule?",
    "大腸鏡篩檢的追蹤完成率怎麼算？",
])
def test_another_screening_named_by_organ_and_test_is_out_of_scope(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "How many CME credits for attending the Breast Society annual congress?",
    "參加乳癌醫學會年會可以拿幾個學分？",
    "参加了肿瘤医学会的年会，能拿几个学分",
    "how many points does the oncology association's meeting give?",
    "癌症學會的研討會一次算幾個積分？",
])
def test_a_disease_societys_own_credits_are_out_of_scope(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "胸腔外科醫學會年會開兩天，外科學會這邊認幾分？",
    "小儿外科医学会年会只开一天，外科学会那边算几分？",
    "去了消化外科醫學會的年會（一天），在外科學會這邊可以算多少？",
    "went to the breast cancer society meeting, how many TSA points is that?",
    "整形外科醫學會年會兩天，外科學會可以給幾分？",
])
def test_a_specialty_societys_meeting_asked_of_our_society_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "Dr Wang's re-read: positive 50%. what does she need to do?",
    "Dr Chen's positive discrepancy came out 48%, what should she do?",
    "Dr Lin, our reader: negative discrepancy 12%. what does he have to do?",
    "陳醫師陽性複判差異 47%，她要做什麼？",
    "王医师阴性差异 16%，他该怎么做？",
])
def test_one_side_of_a_colleagues_reread_asks_the_other(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "how many credits do I still need to renew? I have 480 so far",
    "目前累積了 450 分，還差幾分才能展延？",
    "we've got 520 credits to date, enough to renew?",
    "到現在有 530 分，可以展延了嗎？",
    "I have 590 points so far, am I short for renewal?",
])
def test_a_running_total_of_ones_own_asks_for_each_year(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "we screened a woman in the van, BI-RADS 0. what's the recall date?",
    "saw a cat 3 lady at the clinic, what's her follow-up date?",
    "category 4 lady screened early last month, by when does she need a diagnosis?",
])
def test_an_own_patients_day_asked_in_other_words_asks_the_screening_date(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    assert any("screening_date" in m for m in answer.missing), answer.missing


@pytest.mark.parametrize("question", [
    "I usually deal with the credits side: do the QC field test grades come with follow-up measures, or is it just a score?",
    "the image evaluation for radiographers — does it come with any measures, or is it only a grade?",
    "複判差異的結果是有後續措施，還是只是一個分數？",
    "实地测试评等有没有后续辅导措施，还是只是一个等级？",
    "does the re-read discrepancy review come with consequences or is it just a number on paper?",
])
def test_what_the_rules_result_is_made_of_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "total over the six years is well above 600, but one year I had zero credits. can I still renew?",
    "六年總分超過 600，但有一年是零分，還能展延嗎？",
    "六年加起来有 650 分，其中一年是 0 分，可以展延吗？",
    "I got 0 credits in one year but 700 overall, can I renew?",
    "有一年掛零，其他年都很多，證書能展延嗎？",
])
def test_a_zero_year_said_with_no_yearly_list_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


# --- whether the rule sets a limit at all, asked beside a figure of one's own ----------------------------------------------

@pytest.mark.parametrize("question", [
    "Is there a cap on monthly screenings per tech? We did 480 in March.",
    "每位放射師每個月有上限嗎？我們三月做了 480 案",
    "每名放射师每月有没有上限？我们上个月做了 470 例",
    "Does the rule have a monthly maximum for each radiographer? Ours did 455 last month.",
    "放射師一個月的篩檢量是否有上限？上個月我做了 430 支",
])
def test_whether_a_limit_exists_is_the_rules_even_beside_an_own_figure(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert "500" in answer.answer.splitlines()[0]


@pytest.mark.parametrize("question, value", [
    ("我們三月做了 480 案，有超過每月上限嗎？", 480),
    ("We did 520 in March per radiographer - are we over the monthly cap?", 520),
    ("这个月一个人做了 505 例，有没有超过上限？", 505),
])
def test_an_own_check_against_the_limit_stays_computed(ask, question, value):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].args["monthly_screenings"] == value


# --- a measure said low or high inside a case supposed ("if …") is the rule's, not one's own result to ask for ------------

@pytest.mark.parametrize("question", [
    "What happens if the follow-up completion rate is too low?",
    "If the image scores are really poor, what does the facility have to do?",
    "如果複判差異太高會怎樣？",
    "假如追踪完成率偏低，会有什么处理？",
    "Suppose a reader's discrepancy came back high — what are the consequences?",
])
def test_a_measure_said_low_in_a_supposed_case_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert answer.tool_calls == []
