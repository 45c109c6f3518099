"""Routing and scope, eighteenth round (each class with phrasings of its own, not the eval questions'):

- a deadline asked of a calculation that computes no date ("最慢什麼時候", "期限怎麼算") is the rule's, quoted;
- a re-read tier reported as one's own result ("被判丙級") leaves what follows from it to the rule;
- credits named as what someone would rather do ("寧可去修外科學分也不要去座談會") are a remark beside a review question;
- two cases of the rule compared ("vs a 4-hour one", "same points or not") ask the rule's bands, not a sum;
- whether something counts as a kind the rule names ("可不可以當作國內進修算") is the rule's yes / no;
- whether one's papers spare gathering the case count ("不必再去累積個案數") is the rule's exemption;
- how a kind is credited per unit ("how is that credited per month", "每個月怎麼算") is the rule's rate;
- whether one activity "is enough", with no figure of one's own, asks the rule's requirement;
- a screening of one's own dated relative to today ("from our screening two weeks ago") asks its day back;
- monthly meetings said attended with no count at all ask how many, never one by default;
- a clinical choice asked with 更 / 最 ("哪個更有效") is a neighbour; Simplified 复判 (folded to 復判) and "case數" are ours.
"""

from __future__ import annotations

import pytest

from bot.parsing.text import Query
from bot.scope import out_of_scope_marker
from tests.bot.conftest import ask_and_reply


# ------------------------------------------------------------------ a deadline asked of a calculation with no date


@pytest.mark.parametrize("question", [
    "疑似陽性複判差異 55%，跑片考試最慢什麼時候前要通過？",
    "陰性差異16%，座談會的期限要怎麼算？",
])
def test_a_deadline_asked_of_a_verdict_is_the_rules(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id.startswith("hpa-mammo/2.1.1.2") for c in answer.citations)


# ------------------------------------------------------------------ a re-read tier reported


@pytest.mark.parametrize("question", ["我們複判評估被判丙級，要停止判讀多久？", "复判结果被列为乙级，要参加什么？"])
def test_a_tier_reported_leaves_its_consequence_to_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


# ------------------------------------------------------------------ credits preferred, a remark


def test_credits_someone_would_rather_earn_are_a_remark(ask):
    answer = ask("陰性差異17%，他說寧可去修外科學分也不要去判片座談會，一直不去會怎樣？")
    assert answer.route == "retrieval", answer.answer[:200]
    assert answer.citations and answer.citations[0].id.startswith("hpa-mammo/"), [c.id for c in answer.citations]


# ------------------------------------------------------------------ two cases compared


@pytest.mark.parametrize("question", [
    "a 2-hour hospital seminar compared with a 4-hour one: is there a difference in credits?",
    "one-day specialty congress versus a two-day one — same points or not?",
])
def test_two_cases_compared_ask_the_rules_bands(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_a_total_asked_beside_a_comparison_is_still_computed(ask):
    answer = ask("I went to a 2-hour seminar and a 4-hour one this year, one short vs one long; how many credits in total?")
    assert answer.route == "calculator", answer.answer[:200]


# ------------------------------------------------------------------ counted as a kind, exempted, rated per unit


@pytest.mark.parametrize("question", [
    "在地區醫院進修三個月，可不可以當作國內進修算？",
    "我有三篇 SCI 一作，是不是就不必再去累積個案數了？",
    "I'm starting a 4-month fellowship at a medical centre next spring; how is that credited per month?",
    "我明年要去美國進修半年，進修每個月怎麼算？",
    "月會一次幾分？今年打算只去月會，不知道夠不夠",
])
def test_the_rule_asked_beside_facts_of_ones_own(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls


def test_papers_sparing_the_case_count_cite_the_instructor_rule(ask):
    answer = ask("我有三篇 SCI 一作，是不是就不必再去累積個案數了？")
    assert any(c.id.startswith("tsir-instructor/1") for c in answer.citations), [c.id for c in answer.citations]


# ------------------------------------------------------------------ a screening dated relative to today


@pytest.mark.parametrize("question", [
    "cat 3 from our screening two weeks ago — when is the recall due?",
    "前天篩檢出來一個0類，最晚哪天要複檢？",
])
def test_a_relatively_dated_screening_asks_its_day(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert any(m.startswith("screening_date") for m in answer.missing), answer.missing


# ------------------------------------------------------------------ monthly meetings with no count


def test_monthly_meetings_with_no_count_ask_how_many(engine):
    first, final = ask_and_reply(engine, "去年有參加月會也在月會報告過，合計積分多少？", "月會 7 次，演講 2 次")
    assert first.route == "clarify", first.answer[:200]
    assert not first.tool_calls
    assert final.route == "calculator", final.answer[:200]
    assert final.tool_calls[0].result["total"] == 180


@pytest.mark.parametrize("question", ["went to the monthly meetings this year, how many points is that?",
                                      "今年月會跟年會都有去，這樣我有幾分？"])
def test_monthly_meetings_said_without_a_count_are_asked(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]


@pytest.mark.parametrize("question", ["I went to the monthly meeting last week, how many points?", "今年月會去了一次，年會也有去，總共幾分"])
def test_one_monthly_meeting_said_is_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]


def test_the_monthly_meetings_rate_stays_the_rules(ask):
    assert ask("參加月會可以拿幾分？").route == "retrieval"


# ------------------------------------------------------------------ scope


@pytest.mark.parametrize("question", [
    "乳癌術後，放療跟化療哪個更有效？", "肝转移灶做微波还是射频哪种更好？",
    # how a patient fares after a treatment, which treatment recurs less, a drug regimen
    "乳癌開刀後多久可以開始化療？", "肝癌病人做完栓塞後肚子痛正常嗎？", "After RFA, is some pain and a low fever expected?",
    "冷凍跟射頻哪一個局部復發率比較低？", "which chemo regimen is better for triple-negative disease?",
])
def test_a_clinical_choice_with_geng_is_a_neighbour(question):
    assert out_of_scope_marker(Query(question)) == "clinical"


@pytest.mark.parametrize("question", ["消融術後的個案可以算進指導老師的個案數嗎？", "TACE 後追蹤完成的個案算我們的追蹤完成率嗎？"])
def test_our_measures_after_a_treatment_stay_ours(question):
    assert out_of_scope_marker(Query(question)) is None


@pytest.mark.parametrize("question", ["复判差异评估是怎么分级的？", "case數是抓申請前幾年的？"])
def test_folded_fu_pan_and_case_counts_are_ours(ask, question):
    assert ask(question).route == "retrieval"


@pytest.mark.parametrize(("question", "route"), [
    ("放射專科拿到第5年而已，可以申請介入的指導老師了嗎？", "retrieval"),   # short of 8 years: the rule's conditions answer
    ("specialist for 4 years now, can I apply to be an IR instructor?", "retrieval"),
    ("我想申請指導老師，專科 10 年了，可以嗎？", "clarify"),           # seniority met: the domain's case count decides
    ("radiology specialist 11 years, am I eligible to be an instructor?", "clarify"),
])
def test_years_alone_answer_from_the_rule_only_when_they_fall_short(ask, question, route):
    answer = ask(question)
    assert answer.route == route, answer.answer
    if route == "retrieval":
        assert any(c.id.startswith("tsir-instructor/1") for c in answer.citations), [c.id for c in answer.citations]
