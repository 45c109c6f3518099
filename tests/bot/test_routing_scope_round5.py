"""Rules, calculation or out of scope (SPEC §3, issues 9 and 10): classes of the fifth round's development data.

- a bound or a band ("below 60%", "over 15%", "50%~60% 之間") is the rule's threshold even in the person's words:
  computing at the bound itself gives the wrong band;
- the rule's rate for one unit asked without a verb ("一篇幾分", "how many credits per poster");
- a short check of one's own against the limit ("超了嗎", "還是超過了") is a calculation beside "上限是多少";
- a requirement lowered by a circumstance ("那 600 分可以少一點嗎", "門檻會降低嗎") asks the rule;
- scope: 外科 with no field before it is ours whatever verb precedes it; a fee or payment our rules set is not
  billing; the texts' own headings (書面考核, 抽片, 報到) are ours; and the neighbours that borrowed our words
  (another specialty's recertification, the radiology board's own certificate, a licence, a union, another
  modality's or programme's screening, a worker's dose limit, labour law, a choice between techniques, PCI).

Wordings are our own (zh-TW, zh-CN, en), not the eval questions.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.routing import bounds_only, decide_calculation
from bot.scope import neighbour_kind
from tests.bot.conftest import TODAY


def decide(question: str) -> tuple[str, str | None]:
    d = decide_calculation(Query(question, TODAY))
    return (d.route, d.extraction.tool) if d is not None else ("rules", None)


# ---------------------------------------------------------------- a bound is the rule's threshold
@pytest.mark.parametrize("question", [
    "If our follow-up completion rate slips under 60%, how much subsidy do we lose?",
    "我們醫院的追蹤完成率要是低於 60%，補助會被扣多少？",
    "我们的追踪完成率掉到 60% 以下了，会扣多少补助？",
    "our reader's negative-case discrepancy is now above 15% — what is the consequence?",
    "我們判讀醫師的陽性複判差異介於 50%~60% 之間，還可以繼續判讀嗎？",
    "the positive re-read discrepancy of our reader sits between 50% and 60%; must he do anything?",
])
def test_a_bound_in_the_persons_words_is_the_rules_threshold(question):
    assert bounds_only(Query(question, TODAY))
    assert decide(question) == ("rules", None)


@pytest.mark.parametrize(("question", "tool"), [
    # a value of one's own beside the bound: computed with the value
    ("我們的追蹤完成率 55%，低於 60% 會扣多少？", "hpa_followup_deduction"),
    ("Our completion rate was 58%, below 60%. How much is deducted from the subsidy?", "hpa_followup_deduction"),
])
def test_a_value_of_ones_own_beside_a_bound_is_still_computed(question, tool):
    assert not bounds_only(Query(question, TODAY))
    assert decide(question) == ("calculator", tool)


# ---------------------------------------------------------------- the rule's rate for one unit
@pytest.mark.parametrize("question", [
    "我在外科年會貼了壁報，是第一作者，一篇幾分？",
    "我是通讯作者，非SCI论文一篇多少分？",
    "I'm first author on a non-SCI paper: how many points per paper?",
    "how many credits for each poster if I'm the presenter?",
])
def test_the_rate_for_one_unit_asks_the_rule(question):
    assert decide(question) == ("rules", None)


@pytest.mark.parametrize("question", [
    "How much is the fee to get our seminar accredited for CME?",
    "我們辦研討會要申請外科積分認定，費用多少？",
])
def test_a_fee_the_rule_sets_is_no_calculation(question):
    assert decide(question) == ("rules", None)


def test_screening_fees_cut_for_ones_own_volume_are_still_a_calculation():
    assert decide("Our two radiographers worked 300 and 250 days this year; will any screening fees be cut?")[0] != "rules"


def test_a_sum_of_ones_own_beside_a_rate_is_still_computed():
    assert decide("今年月會我去了 6 次，每場幾分？加起來總共幾分？") == ("calculator", "tsa_credit_tally")


# ---------------------------------------------------------------- a check against the limit
@pytest.mark.parametrize("question", [
    "她這個月已經做了 560 個乳攝篩檢，每月上限多少？超了嗎？",
    "巡迴車今天兩位放射師拍了 90 人，上限是幾人？是剛好還是超過了？",
    "我这个月拍了 530 例筛检，上限是多少？超了没？",
])
def test_a_check_against_the_limit_is_computed(question):
    assert decide(question) == ("calculator", "hpa_radiographer_volume")


def test_the_limit_alone_is_still_the_rules():
    assert decide("每位放射師每個月的篩檢上限是多少？") == ("rules", None)


# ---------------------------------------------------------------- a requirement lowered
@pytest.mark.parametrize("question", [
    "我派駐國外醫療團一年半，展延的 600 分門檻能降低嗎？",
    "駐外兩年回來，換證那 600 分可以少一點嗎？",
    "I served two years with an overseas medical mission; can the 600-point requirement be lowered, and by how much?",
])
def test_a_requirement_lowered_asks_the_rule(question):
    assert decide(question) == ("rules", None)


# ---------------------------------------------------------------- the rule's figure, period, paperwork, lapse
@pytest.mark.parametrize("question", [
    "SCI 第二作者的文章可以算進那兩篇嗎？",  # the rule's two papers, pointed at with 那
    "通讯作者的 SCI 可以算进那两篇里吗？",
    "non-SCI paper: what am I supposed to mark on the reprint when I send it in?",  # paperwork
    "what happens if I totally forget to apply for renewal before my surgical cert expires?",  # a lapse
    "如果忘了在效期內送展延，會怎樣？",
    "I practise on Matsu. Heard the offshore-island docs get a bonus when attending monthly meetings - what is it exactly?",
])
def test_the_rules_figure_paperwork_and_a_lapse_ask_the_rule(question):
    assert decide(question) == ("rules", None)


@pytest.mark.parametrize(("question", "route"), [
    ("我那 3 篇 SCI 都是一作，申請消融指導老師夠嗎？專科 6 年，消融 80 例", "calculator"),  # 我那: the person's own
    ("我六年只有 520 分，如果沒展延會怎樣？", "clarify"),  # a lapse with a figure of one's own
    ("When can I apply for renewal? My certificate expires 2027-06-30.", "calculator"),
])
def test_ones_own_figures_beside_those_words_are_still_computed(question, route):
    assert decide(question)[0] == route


# ---------------------------------------------------------------- one's own activity without its amount
@pytest.mark.parametrize("question", [
    "暑假跑去德國進修，這樣能拿多少積分？",
    "刚从美国进修回来，能加几分？",
    "上個月到台大見習，可以算幾分？",
])
def test_an_activity_of_ones_own_without_its_amount_asks_for_it(question):
    assert decide(question) == ("clarify", "tsa_credit_tally")


@pytest.mark.parametrize("question", ["去美國進修可以拿積分嗎？", "出國進修一個月算幾分？", "到國外醫院進修三個月，積分要怎麼算？"])
def test_training_asked_in_general_stays_the_rules(question):
    assert decide(question) == ("rules", None)


@pytest.mark.parametrize("question", [
    "外科專科證書的展延，什麼時候可以送件？",
    "介入指导老师证书什么时候可以申请换证？",
    "TSIR instructor cert: when's the window to send in the renewal?",
])
def test_the_renewal_window_without_a_date_asks_for_the_date(question):
    assert decide(question) == ("clarify", "renewal_window")


@pytest.mark.parametrize(("question", "route"), [
    ("外科專科證書最早什麼時候可以申請展延？", "rules"),  # the earliest moment: the rule's
    ("How far ahead of expiry can I apply to renew?", "rules"),
    ("指導老師證書什麼時候到期？", "rules"),  # not the window
    ("我的外科專科證書 2027-06-30 到期，什麼時候可以申請展延？", "calculator"),  # the date given
])
def test_the_window_leaves_the_earliest_moment_expiry_and_dated_questions_alone(question, route):
    assert decide(question)[0] == route


def test_a_patients_screening_deadline_is_ours_not_clinical(tmp_path):
    question = "Our patient is BI-RADS category 4 — what's the latest date for her diagnosis?"
    assert neighbour_kind(Query(question, TODAY), tmp_path) is None
    assert neighbour_kind(Query("這個病人 BI-RADS 4，要不要直接切片？", TODAY), tmp_path) == "clinical"


# ---------------------------------------------------------------- scope: ours
@pytest.mark.parametrize("question", [
    "想依照外科醫學會辦法回覆主任，離島醫師的年會積分怎麼算？",  # a verb before 外科醫學會
    "出國支援兩年，回來換外科專醫證書的積分會打折嗎？",
    "外科積分除了學會自己舉辦的課程，教學醫院辦的也能算嗎？",  # 除了學會: no body named
    "The head of department is a member. If she signs + stamps it, is the application fee waived?",  # our fee
    "我們今年篩檢量超過合理量，超出的那些篩檢費還能請領嗎？",  # our excess volume
    "Our van went over the reasonable annual volume; are the extra screenings still reimbursed?",
])
def test_our_society_fees_and_payments_are_ours(question, tmp_path):
    assert neighbour_kind(Query(question, TODAY), tmp_path) is None


@pytest.mark.parametrize("question", [
    "書面考核要準備哪些資料？",
    "抽片會抽到多久以前拍的片子？",
    "上課證明可以報到時就先給學員嗎？",
    "how far back do they go when they pull films for the review?",
])
def test_the_texts_own_headings_are_in_scope(ask, question):
    assert ask(question).route == "retrieval"


# ---------------------------------------------------------------- scope: neighbours
@pytest.mark.parametrize(("question", "kind"), [
    ("How many CME points do family medicine specialists need to renew their board certificate?", "other_certificate"),
    ("internal medicine board renewal: how many credits a year?", "other_certificate"),
    ("My internal medicine specialist recert is due; do radiology courses count?", "other_certificate"),
    ("放射線專科醫師證書本身（不是指導老師那張）換證要幾分？", "other_certificate"),
    ("醫事放射師換照需要多少繼續教育積分？", "licence"),
    ("护理师公会的继续教育学分怎么认定？", "other_body"),
    ("乳房超音波篩檢每天可以做幾位？", "other_screening"),
    ("Is there a daily cap for breast MRI screening?", "other_screening"),
    ("國健署口腔癌篩檢陽性個案追蹤率太低會扣補助嗎？扣的比例跟乳房攝影一樣嗎？", "other_screening"),
    ("What is the occupational dose limit in mSv for mammography staff?", "radiation_protection"),
    ("放射師一年的職業劑量上限是多少？", "radiation_protection"),
    ("Under labour law, how much overtime pay is owed for a 12-hour van shift?", "other_regulation"),
    ("For a 2 cm liver tumour, is cryoablation or microwave the better option?", "clinical"),
    ("心導管 PCI 的資格一年要做幾台？", "other_certificate"),
    ("Can the screening subsidy be used for the van driver's overtime?", "other_regulation"),  # what a grant may pay
    ("乳攝車在鄉下被開了罰單，可以用國健署補助報銷嗎？", "other_regulation"),
])
def test_neighbours_that_borrow_our_words_are_refused(question, kind, tmp_path):
    assert neighbour_kind(Query(question, TODAY), tmp_path) == kind


@pytest.mark.parametrize("question", [
    "乳攝篩檢之後要不要加做超音波才算完成追蹤？",  # our follow-up, ultrasound named as its act
    "指導老師的血管介入個案可以算 PCI 嗎？",  # our instructor named
    "For the instructor's ablation cases, does cryoablation or microwave count?",
    "追蹤完成率 63%，補助 400 萬會被扣多少？",  # our deduction of the subsidy
])
def test_near_neighbours_that_are_ours_stay_in(question, tmp_path):
    assert neighbour_kind(Query(question, TODAY), tmp_path) is None


def test_a_deduction_of_our_subsidy_is_computed_not_refused_as_billing(ask):
    answer = ask("完成率 62%，補助 300 萬，扣多少錢？")
    assert answer.route == "calculator"
