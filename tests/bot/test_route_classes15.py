"""Routing classes of the fifteenth round's development data (SPEC §3). Wordings are our own, never the eval sentences;
every test asserts in its own body with the real engine (real index, real calculators).

- one's own patient's screening dated and her follow-up deadline asked, the category not said: the category is asked for
  (a question back), never every category's period quoted as if it answered;
- a grade asked as a choice between two ("B or C?", "算 B 還是 A", "is she an A") of scores not given, or given only vaguely
  ("大概三百四五十", "I have the scores somewhere"): the scores are asked for; with the score written, computed;
- one's own count placed at the limit or past it ("at the cap or over?", "剛好到上限還是超過", "卡在上限了嗎"): computed.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import ask_and_reply


# --- the follow-up deadline: the date given, the category not said ---------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Patient screened on Sept 14, when is her follow-up due?",
    "這位個案10月5日做篩檢，追蹤期限到哪天？",
    "病人11月3日做了乳房摄影筛检，追踪截止日是哪天？",
    "My patient had her mammogram on 2026-10-20. Follow-up deadline?",
    "我們有位阿姨 2026/9/30 篩檢，複檢最晚要在哪天前完成？",
    "lady we screened on 8/12 — by when does she need her recall?",
])
def test_a_dated_screening_without_its_category_asks_for_the_category(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    assert "category" in answer.answer.lower()


def test_the_category_replied_completes_the_deadline(engine):
    first, reply = ask_and_reply(engine, "這位個案10月5日做篩檢，追蹤期限到哪天？", "category 3")
    assert first.route == "clarify"
    assert reply.route == "calculator", reply.answer[:200]
    assert [c.name for c in reply.tool_calls] == ["hpa_followup_deadline"]
    assert reply.tool_calls[0].args["category"] == 3
    assert reply.tool_calls[0].args["screening_date"] == "2026-10-05"


@pytest.mark.parametrize("question", [
    "screened on Oct 2 with category 3, deadline?",
    "這位個案10月5日篩檢，category 0，複檢最晚哪天？",
])
def test_a_dated_screening_with_its_category_is_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_followup_deadline"]


@pytest.mark.parametrize("question", [
    "category 0 的個案要在多久內完成複檢？",
    "What is the follow-up deadline for a category 4 result?",
])
def test_the_deadline_rule_asked_stays_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


# --- a grade asked as a choice, the scores not given ------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Her sampled-image average — I don't have the number with me. Is she an A or a B?",
    "我的抽選片有好幾張，平均大概三百五上下吧，這樣算 A 還是 B？",
    "抽选片分数我没带在身上，她是A等还是B等？",
    "Will he be a C? his sampled image average hasn't come back yet",
    "our radiographer's sampled films — can't find the score sheet. B or C?",
    "他抽選片的成績還沒拿到，會是 B 還是 C？",
])
def test_a_grade_choice_without_scores_asks_for_them(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question, grade", [
    ("我們放射師抽選片平均 352，是A還是B？", "B"),
    ("sampled average 341 for our tech — B or C?", "B"),
    ("抽選片平均 365 分，算 A 還是 B？", "A"),
])
def test_a_grade_choice_with_the_score_is_computed(ask, question, grade):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_image_grade"]
    assert answer.tool_calls[0].result["grade"] == grade


@pytest.mark.parametrize("question", [
    "What's the difference between grade A or B for sampled images?",
    "抽選片B等或C等各要做什麼？",
    "如果抽選片評到 B 或 C，要去上什麼課？",
    "If she ends up a B or a C on the sampled films, what does she have to attend?",
])
def test_grades_named_in_a_rules_question_stay_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]


# --- one's own count placed at the limit or past it ------------------------------------------------------------------------

@pytest.mark.parametrize("question, daily, techs", [
    ("mammo van today: 2 techs on the roster and 80 screens. at the cap or over?", 80, 2),
    ("Screening bus had 3 radiographers listed and we did 121 exams today - at or over the daily max?", 121, 3),
    ("乳攝車今天三位放射師報備，做了 120 案，是剛好到上限還是超過？", 120, 3),
    ("乳摄车今天登记 2 名放射师，拍了 80 例，卡在上限了吗？", 80, 2),
    ("van day, 3 techs registered, 119 women screened: hitting the limit yet?", 119, 3),
])
def test_an_own_count_at_the_limit_or_over_is_computed(ask, question, daily, techs):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_radiographer_volume"]
    assert answer.tool_calls[0].args["daily_screenings_on_van"] == daily
    assert answer.tool_calls[0].args["radiographers_on_van"] == techs


# --- a paper's points toward "renewal", no society named: never the surgical tally ------------------------------------------

@pytest.mark.parametrize("question", [
    "renewal credits for an SCI case report where I'm just a middle author?",
    "I'm second author on an SCI original article — what does it count for my renewal?",
    "non-SCI full paper, I'm the corresponding author: how many points does it add toward renewal?",
    "换证积分：SCI病例报告我是通讯作者，算几分？",
    "換證的話，我一篇非SCI論文是第一作者，可以抵幾分？",
])
def test_a_papers_renewal_points_are_not_the_surgical_tally(ask, question):
    answer = ask(question)
    assert "tsa_credit_tally" not in [c.name for c in answer.tool_calls], answer.answer[:200]
    assert answer.route in ("retrieval", "calculator", "clarify")


@pytest.mark.parametrize("question", [
    "I published an SCI paper as first author this year, how many TSA credits?",
    "外科專科醫師展延：今年SCI論文第一作者一篇，幾分？",
    "今年發表一篇SCI論文，我是第一作者，外科積分幾分？",
])
def test_a_papers_surgical_credits_are_still_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["tsa_credit_tally"]
    assert answer.tool_calls[0].result["total"] == 50


# --- neighbours: the ATLS course's hosts are ours; a glossed society name, a clinical choice, a radiation licence exam --------

@pytest.mark.parametrize("question", [
    "Took the ATLS course the critical care society co-hosts — credits per course?",
    "Advanced Trauma Life Support course with the Trauma Association: points per session?",
    "ATLS run together with the trauma society, how many credits each time?",
    "did the ATLS with the Society of Emergency and Critical Care twice this year, how many points is that each?",
    "ATLS course held with the trauma society last month - what's it worth in our CME?",
])
def test_the_atls_courses_hosts_named_in_english_stay_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "trauma society annual meeting — how many points do they give for their own board?",
    "The trauma society's annual congress, how many credits toward their own certificate?",
])
def test_the_trauma_societys_own_rules_stay_out(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "Is there a cardiology (心臟科) association instructor credential, and what does it require?",
    "心臟血管 (cardiovascular) 學會的指導醫師證書要多少例？",
    "does the neurosurgery (神經外科) society have its own instructor certificate? how many cases?",
    "the urology (泌尿科) association's instructor certificate — what are its case numbers?",
    "plastic surgery (整形外科) society instructor certificate — how many cases do they want?",
])
def test_another_society_named_with_a_gloss_is_out_of_scope(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "I did 12 RFA (射頻燒灼) cases — how many more for the ablation instructor?",
    "renewal points for a CIRSE (歐洲介入) oral presentation?",
])
def test_a_glossed_term_of_ours_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "For a 42-year-old with dense breasts, should we get an MRI instead of the recall mammogram?",
    "BI-RADS 0 的 35 歲病人，要不要改做乳房超音波而不做診斷性乳攝？",
    "Is it worth adding a breast ultrasound for a woman in her 40s with extremely dense breasts?",
    "40岁致密型乳房的女性，改用磁振造影筛检会不会比较好？",
    "worth ordering an MRI instead of tomosynthesis for this cat 0 lady?",
])
def test_a_clinical_choice_of_examination_is_out_of_scope(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "cat 0 patient got an MRI instead of a diagnostic mammogram at another hospital — does it count as follow-up completed?",
    "病人改做MRI，這樣算完成追蹤嗎？",
])
def test_an_examination_counted_in_our_follow_up_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "輻射防護人員證照怎麼考？要先上什麼課？",
    "輻防員的證照考試多久辦一次？",
    "how do I sign up for the radiation protection officer licence exam?",
    "辐射防护人员证书考试的及格分数是多少？",
    "Our mammography unit needs its annual radiation safety inspection — how do I get the radiation protection licence?",
])
def test_the_radiation_protection_licence_exam_is_out_of_scope(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


# --- a part naming its day as another part's ("screened the same day") ---------------------------------------------------------

@pytest.mark.parametrize("question, date, categories", [
    ("1) patient screened 2026-09-10 with category 4 — diagnosis due by? 2) her sister was screened the same day, category 3 — due when?",
     "2026-09-10", [4, 3]),
    ("(1) 2026/7/1 篩檢 category 0 的個案，複檢最晚哪天？(2) 同一天篩檢的另一位是 category 3，期限呢？", "2026-07-01", [0, 3]),
    ("① 病人 2026年9月3日 篩檢 category 4，確診期限？② 同一天篩檢的另一位 category 0，複檢期限？", "2026-09-03", [4, 0]),
    ("(a) 10/2 篩檢 cat 0 的阿姨，複檢最晚幾號？(b) 同日篩檢、category 3 的那位呢？", "2026-10-02", [0, 3]),
    ("(a) woman screened on 2026-06-15, category 3: deadline? (b) another woman screened that same date, cat 4 — deadline?", "2026-06-15", [3, 4]),
])
def test_a_part_screened_the_same_day_takes_that_day(ask, question, date, categories):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:300]
    parts = answer.parts
    assert [p.route for p in parts] == ["calculator", "calculator"], answer.answer[:300]
    assert [p.tool_calls[0].args["screening_date"] for p in parts] == [date, date]
    assert [p.tool_calls[0].args["category"] for p in parts] == categories


def test_a_part_with_its_own_date_keeps_it(ask):
    answer = ask("(a) screened 2026-08-31, cat 3, deadline? (b) another one screened 2026-09-02, not the same day, cat 0 — deadline?")
    parts = answer.parts
    assert [p.tool_calls[0].args["screening_date"] for p in parts] == ["2026-08-31", "2026-09-02"]


# --- one's own paper "got" out, its worth asked, the authorship not said: asked for -----------------------------------------

@pytest.mark.parametrize("question", [
    "Got a non-SCI article published last month — what's it worth in surgical credits?",
    "got a case report into an SCI journal this year; how many TSA points is that worth?",
    "got my SCI original article accepted in 2026 - how much is it worth toward TSA CME?",
    "got one SCI review paper out in 2026, how much is it worth in TSA credits?",
    "Just got a non-SCI case report published this year. what's that worth for my surgical CME?",
])
def test_an_own_paper_got_out_without_its_authorship_asks_for_it(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    assert "author" in answer.answer.lower()


def test_an_own_paper_with_its_authorship_is_computed(ask):
    answer = ask("got an SCI paper out this year as first author, how much TSA CME is it worth?")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].result["total"] == 50


def test_a_papers_worth_asked_in_general_stays_the_rules(ask):
    answer = ask("How much is an SCI paper worth in TSA credits?")
    assert answer.route == "retrieval", answer.answer[:200]


# --- a fact of one's own said both ways or past recall: asked, never read as one of the two ----------------------------------

@pytest.mark.parametrize("question", [
    "陽性複判差異 55%，上次審查好像有叫他去座談會，又好像沒有，這次會怎樣？",
    "positive discrepancy 54% this round; I think he was told to attend the conference last time, or maybe not. What happens now?",
    "reader's positive discrepancy is 52%; can't remember whether he was required to attend the seminar at the last review. suspended?",
    "阳性复判差异 56%，上次审查似乎有要求他参加座谈会，又似乎没有，会被停权吗？",
    "pos discrepancy 58%. not sure if she was told to go to the case conference last time — what's the outcome?",
])
def test_a_fact_said_both_ways_is_asked_not_assumed(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


def test_the_fact_said_plainly_is_computed(ask):
    answer = ask("陽性複判差異 53%，上次審查已經要求他去座談會，會不會被停權？")
    assert answer.route == "calculator", answer.answer[:200]
    assert answer.tool_calls[0].args["previously_required"] is True


# --- the method asked, then one's own facts and one's own figure asked of them: the figure is the question ------------------

@pytest.mark.parametrize("question, tool", [
    ("外科積分怎麼算？我今年參加本會年會 1 次、月會 3 次，總共幾分？", "tsa_credit_tally"),
    ("学分怎么计算？我今年参加了2次国外医学会，帮我算一下", "tsa_credit_tally"),
    ("How are the credits calculated? I went to 2 overseas meetings and 1 annual meeting this year — what's my total?", "tsa_credit_tally"),
    ("自選片怎麼算？我們兩位放射師，緻密型 352、361，非緻密型 348、366，機構幾等？", "hpa_image_grade"),
    ("積分要怎麼計算？今年我去了 2 次本會月會跟 1 次國外醫學會，幫我算一下", "tsa_credit_tally"),
])
def test_the_method_asked_beside_an_own_figure_is_computed(ask, question, tool):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == [tool]


@pytest.mark.parametrize("question", [
    "機構自選片要怎麼算？我們有兩位放射師，緻密型分別 350、366，幫我看機構是幾等",
    "學分怎麼算？我今年去了好幾次本會月會，總共幾分？",
])
def test_the_method_asked_beside_an_incomplete_own_case_asks_back(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


def test_the_method_asked_alone_stays_the_rules(ask):
    answer = ask("外科積分怎麼算？")
    assert answer.route == "retrieval", answer.answer[:200]


# --- a part that names no certificate is the certificate its sibling parts are about ------------------------------------------

@pytest.mark.parametrize("question, doc", [
    ("(1) instructor renewal points: 1 SCI full article first author, 2 domestic lectures, 100 CME; (2) cert issued 2021-05-20, "
     "when can I apply to renew?", "tsir-instructor"),
    ("1) 指導老師換證：國內演講 2 次、教育積分 120 分，夠嗎？ 2) 證書 2021 年 3 月 1 日核發，什麼時候可以申請換證？", "tsir-instructor"),
    ("(a) TSA credits this year: annual meeting 1, monthly meetings 4 — total? (b) certificate issued 2020-12-01, when's my "
     "renewal window?", "tsa-cme"),
    ("(a) 外科積分：今年年會 1 次、月會 2 次，幾分？(b) 證書 2021/1/10 核發，何時可以申請？", "tsa-cme"),
    ("1) TSIR renewal: 3 overseas IR meetings and 90 CME points — short? 2) my cert was issued 2021-02-02; when does the window "
     "open?", "tsir-instructor"),
])
def test_a_window_part_takes_the_certificate_of_its_siblings(ask, question, doc):
    answer = ask(question)
    windows = [c for p in answer.parts for c in p.tool_calls if c.name == "renewal_window"]
    assert [c.args["doc"] for c in windows] == [doc], answer.answer[:300]


@pytest.mark.parametrize("question", [
    "Does the trauma society give its own credits for the ATLS course?",
    "Will the critical care society count my ATLS toward their own board renewal?",
])
def test_the_atls_hosts_own_rules_stay_out(ask, question):
    answer = ask(question)
    assert answer.route == "out_of_scope", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "a radiographer's two self-selected sets differ a lot — is the facility grade from the better set or the average?",
    "自選片兩組分數差很多，機構評等是看比較好的那組還是平均？",
])
def test_a_grade_asked_with_better_stays_ours(ask, question):
    answer = ask(question)
    assert answer.route != "out_of_scope", answer.answer[:200]
