"""Round 59 (firstline59): the first line of a rules answer answers the question asked.

1. A wh-ask put to two things in one sentence ("what's the requirement for X and for Y?", "how many credits is X worth,
   and how many for Y?", "X跟Y各要幾例", "X和Y分別幾分") is two asks, each answered from its own clause; a yes / no put to
   two things ("can I claim X and Y?") stays one ask.
2. A yes / no met by a restriction the person's own place does not meet ("在區域醫院進修能不能申請？" against "限在醫學
   中心進修"): no. The A-not-A that asks (能不能, 可不可以) denies no place — "在醫學中心進修可不可以申請" is never a no.
3. A note stating a duty of its own ("…，CR 須加測曝露指標之確認") says yes to what it requires ("is there an extra test
   for CR units?"); a duty or inclusion on another kind of unit (CR) is no yes for the kind asked (DR). The person's own
   count in the context ("One of our units…") is no figure put to the rule.
4. A duty asked ("am I required to accept trainees who want to observe?") met first by clauses holding none of its acts:
   the duty clause further down that holds most of them answers.
5. "Only X, or Y too?" naming agencies after a who-ask: the who-ask is no course; the text's body answers, never the
   heading's two parts ("兩者都在內——實地測試、書面考核").
6. A web site asked after another ask: the whole message's line, giving no address, does not stand for it.
7. The text's own row for the period the person states ("for 2 yrs" against "一年扣抵 100 分,二年扣抵 200 分") is given.
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

from bot.rules_answer import DirectLine, _stated_values, other_kind_ruled, stated_period_row
from bot.rules_asks import _later_line_read, separate_asks
from knowledge.corpus import load_corpus
from knowledge.retrieve import Hit
from knowledge.textnorm import fold
from tests.bot.first_line_support import line_for, supported_line_for

CORPUS = load_corpus()
TRAINING = ["tsa-cme/5.9.2", "tsa-cme/5.9", "tsa-cme/3"]
CR_NOTE = ["hpa-mammo/2.2.1.1.n1", "hpa-mammo/1.2.1.2", "hpa-mammo/1.2.1.3"]
CR_ITEM = ["hpa-mammo/1.2.1.2", "hpa-mammo/2.2.1.1.n1", "hpa-mammo/1.2.1.3"]
DUTY = ["tsir-instructor/1", "tsir-instructor/7", "tsir-instructor/0", "tsir-instructor/3"]
MISSION = ["tsa-cme/5.14", "tsa-cme/10", "tsa-cme/11.n1"]


# 1. two things asked the same
@pytest.mark.parametrize(("question", "asks"), [
    ("For the instructor cert, what's the case count for biopsy work and for tumour ablation?",
     ["For the instructor cert, what's the case count for biopsy work?",
      "For the instructor cert, what's the case count for tumour ablation?"]),
    ("how many credits for the annual meeting and how many for the monthly meeting?",
     ["how many credits for the annual meeting?", "how many credits for the monthly meeting?"]),
    ("How many points is a first-author SCI paper worth, and how many for a non-SCI one?",
     ["How many points is a first-author SCI paper worth?", "how many for a non-SCI one?"]),
    ("腫瘤消融跟支架置放各要幾例？", ["腫瘤消融要幾例？", "支架置放要幾例？"]),
    ("年會和月會分別幾分？", ["年會幾分？", "月會幾分？"]),
    ("指導老師認證的話，腫瘤栓塞和非腫瘤栓塞分別要多少例", ["指導老師認證的話，腫瘤栓塞要多少例", "非腫瘤栓塞要多少例"]),
])
def test_a_wh_ask_put_to_two_things_is_two_asks(question, asks):
    assert separate_asks(question) == asks


@pytest.mark.parametrize("question", [
    "Can I claim credits for the annual meeting and for the monthly meeting?",  # (a yes / no: one ask)
    "Do I need a certificate of attendance and a copy of the agenda?",
    "年會和月會都可以算積分嗎？",  # (no 各 / 分別: one ask)
    "各項積分要附什麼證明？",  # (各項 is no pair)
    "What is the cap for papers in SCI journals?",
])
def test_one_ask_stays_one(question):
    assert separate_asks(question) == [question]


# 2. a restriction the person's own place does not meet
@pytest.mark.parametrize("question", [
    "在区域医院进修外科两个月能不能申请学分？还是一定要医学中心",
    "在區域醫院進修可不可以算積分",
    "地區醫院進修能不能算積分",
])
def test_another_place_than_the_restriction_admits_is_a_no(question):
    assert supported_line_for(question, TRAINING, "zh-TW").startswith("不")


@pytest.mark.parametrize("question", ["在醫學中心進修兩個月可不可以申請積分？", "在醫學中心進修能不能算積分"])
def test_the_admitted_place_asked_with_a_not_a_is_never_a_no(question):
    assert not supported_line_for(question, TRAINING, "zh-TW").startswith("不")


def test_a_not_a_denies_no_place():
    assert _stated_values(fold("在醫學中心進修可不可以申請積分")) == ({"medical centre"}, set())
    assert _stated_values(fold("不是在醫學中心進修，可以申請嗎")) == (set(), {"medical centre"})  # (a real denial stays)


# 3. a note's own duty; another kind of unit
@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("One of our units is still a CR setup. Is there any extra test item just for CR machines during the site visit?",
     "en", "Yes"),
    ("1 of our units is still a CR setup. Is there any extra test item just for CR machines during the site visit?",
     "en", "Yes"),  # (the engine writes "one" as 1: the person's count, no figure put to the rule)
    ("我們還有一台CR，現場測試CR有沒有要多測什麼項目？", "zh-TW", "有"),
])
def test_a_note_stating_a_duty_says_yes_to_it(question, lang, lead):
    assert supported_line_for(question, CR_NOTE, lang).startswith(lead)


@pytest.mark.parametrize(("question", "lang", "clauses"), [
    ("Do DR units also need the exposure index check?", "en", CR_NOTE),
    ("Does a DR unit also need the exposure index check?", "en", CR_ITEM),
    ("我們是DR的機器，也要做曝露指標的確認嗎？", "zh-TW", CR_NOTE),
    ("我們是DR的機器，也要做曝露指標的確認嗎？", "zh-TW", CR_ITEM),
])
def test_a_duty_on_cr_is_no_yes_for_dr(question, lang, clauses):
    text = supported_line_for(question, clauses, lang)
    assert not text.startswith(("Yes", "有：", "需要：", "要：", "會：", "是：")), text
    assert "CR" in text


def test_other_kind_ruled():
    assert other_kind_ruled("CR 須加測曝露指標之確認", "Do DR units need it?")
    assert not other_kind_ruled("CR 須加測曝露指標之確認", "Do CR units need it?")
    assert not other_kind_ruled("CR 須加測曝露指標之確認", "Is there an extra test?")  # (no kind named: nothing set apart)
    assert not other_kind_ruled("CR 須加測曝露指標之確認", "Dr. Lin asks: is there an extra test?")  # (the title)


def test_a_note_that_only_defines_says_no_yes():
    # ("抽選片…分數" notes define how a score is formed: no duty to say yes with)
    text = line_for("自選片分數是平均嗎？", ["hpa-mammo/2.1.2.2.1.n1"], "zh-TW")
    assert not text.startswith(("需要", "要"))


# 4. the duty clause further down
@pytest.mark.parametrize(("question", "lang", "lead"), [
    ("Once I'm a certified instructor, am I required to accept trainees who want to observe my cases?", "en", "Yes"),
    ("Once certified as an instructor, must I accept trainees who ask to observe cases?", "en", "Yes"),
])
def test_the_duty_clause_below_answers(question, lang, lead):
    text = supported_line_for(question, DUTY, lang)
    assert text.startswith(lead) and "tsir-instructor/3" in text


def test_a_duty_clause_below_holding_few_acts_does_not_answer():
    # (renewal asked: 第三條's duty holds none of its acts — the best hit stands)
    text = line_for("Do I have to renew my instructor certificate every six years?", DUTY, "en")
    assert "tsir-instructor/3" not in text


# 5. "only X, or Y too?" naming agencies after a who-ask
@pytest.mark.parametrize("question", [
    "乳腺X光机的现场测试到底是谁派人来做？只有国健署吗，还是原能会也会来？",
    "實地測試是誰來做？只有國健署的人嗎，還是原能會也會派人？",
])
def test_agencies_asked_are_no_parts_of_the_heading(question):
    text = supported_line_for(question, ["hpa-mammo/1.2", "hpa-mammo/1.2.1", "hpa-mammo/1.2.2"], "zh-TW")
    assert "兩者都在內" not in text and "原子能委員會" in text


def test_parts_asked_still_are_both_in_it():
    text = supported_line_for("只有實地測試嗎？還是書面考核也會審？", ["hpa-mammo/1.2", "hpa-mammo/1.2.1", "hpa-mammo/1.2.2"],
                              "zh-TW")
    assert "實地測試" in text and "書面考核" in text


# 6. a web site asked after another ask
def test_the_whole_line_with_no_address_does_not_stand_for_a_where_ask():
    hits = [Hit(clause=CORPUS.get(c), score=0.05 - i * 0.001, via=["lexical", "dense"])
            for i, c in enumerate(["hpa-mammo/1.1.2", "hpa-mammo/2.1.2.3.1"])]
    whole = DirectLine("每名通過資格審查之放射師每月乳房 X 光攝影篩檢數量上限為 500 案（二(一)2(3)甲）。",
                       ["hpa-mammo/2.1.2.3.1"], True, "number")
    asks = ["放射師一個月最多拍幾張？", "篩檢量在哪個網站查"]
    line = _later_line_read(asks, 1, hits, lambda _: hits, CORPUS, "zh-TW", whole, {"hpa-mammo/2.1.2.3.1"} - {"x"})
    assert "boc.hpa.gov.tw" in line.text


# 7. the text's own row for the period stated
@pytest.mark.parametrize(("question", "row"), [
    ("I'm going abroad with a medical mission team for 2 yrs. does that reduce what i need for renewal?", "二年扣抵 200 分"),
    ("If I serve two years on an overseas medical mission, how many renewal credits does that knock off?",
     "二年扣抵 200 分"),
    ("去駐外醫療團一年，展延積分可以扣抵嗎", "一年扣抵 100 分"),
    ("去駐外醫療團三年，展延積分可以扣抵嗎", None),  # (以此類推: no row of its own — the line gives none)
    ("112年去駐外醫療團，展延積分可以扣抵嗎", None),  # (a year of the calendar, no period)
])
def test_the_row_for_the_period_stated(question, row):
    assert stated_period_row(question, CORPUS.get("tsa-cme/5.14").text) == row


def test_the_row_is_given_in_the_line():
    text = supported_line_for("I'm going abroad with a medical mission team for 2 yrs. does that reduce what i need for "
                              "specialist cert renewal?", MISSION, "en")
    assert "200" in text
