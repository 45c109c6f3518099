"""Round 50 (rulesrank50): the right clause first, and the first line from it.

(a) 換證 with no society named points to the IR instructor's renewal points (`knowledge.lookup.prefer_named_doc`):
    between the two societies' activity point rules the IR one leads; the surgical one is still quoted beside it as a rule
    that may apply (surgeons say 換證 too) — only a named regulation drops the other (merge check).
(b) Something put on a website (公開 / 公告 / 挂到網站 / publish online) adds no look-up term (查詢): the look-up clause
    (可至…系統查詢) is not lifted over 公告於指定網站.
(c) The answer's ranking puts first the clauses its confident first line is read from (`_line_clauses_first`).
(d) The breach of a duty (違者…) rules on the case of one who did not do it (`_breach_ruled`).
(e) The rule's cap asked beside one's own joint count routes to the rules (`_rule_cap_asked`).
Phrasings written for this test; none is from a blind bank.
"""

from __future__ import annotations

import pytest

import datetime

from bot.clarify import Query
from bot.engine import _line_clauses_first
from bot.routing import _rule_cap_asked, decide_calculation
from bot.rules_answer import _breach_ruled, direct_line
from knowledge.lexical import expand_query, intent_terms
from knowledge.lookup import prefer_named_doc
from tests.bot.test_rules_answer import CORPUS, hits

_TODAY = datetime.date(2026, 12, 6)

# ------------------------------------------------------------------------ (a) 換證 points to the IR point rules

_BOTH = [("tsa-cme/5.7", 0.10), ("tsir-instructor/5.1", 0.095), ("tsir-instructor/1.2.2", 0.09)]


@pytest.mark.parametrize("question", ["換證的話 SCI case report 第三作者幾分", "换证时SCI全文其他作者可以抵几分",
                                      "SCI 病例報告掛名，換證算多少"])
def test_renewal_word_picks_ir_point_rule(question: str) -> None:
    assert prefer_named_doc(question, _BOTH)[0][0] == "tsir-instructor/5.1"


@pytest.mark.parametrize("question", ["外科專科換證 SCI 第二作者幾分", "展延的話 SCI 論文一篇幾分", "SCI 論文第二作者幾分"])
def test_surgical_or_no_renewal_word_keeps_order(question: str) -> None:
    assert prefer_named_doc(question, _BOTH)[0][0] == "tsa-cme/5.7"


def test_renewal_word_moves_only_to_a_point_rule() -> None:
    ranked = [("tsa-cme/5.7", 0.10), ("tsir-instructor/1.2.2", 0.095), ("tsir-instructor/4", 0.094)]
    assert prefer_named_doc("換證 SCI 幾分", ranked) == ranked
    posting = [("tsa-cme/5.14", 0.10), ("tsir-instructor/5.1", 0.099)]
    assert prefer_named_doc("駐外兩年換證可以抵多少", posting) == posting


def test_no_other_regulation_rival_for_the_pointed_one() -> None:
    line = direct_line("SCI case report 我是其他作者，換證能抵幾分", hits("tsir-instructor/5.1", "tsa-cme/5.7"), CORPUS,
                       "zh-TW")
    assert line.cited == ["tsir-instructor/5.1"] and "8" in line.text


# ------------------------------------------------------------------------ (b) publishing on a website is no look-up

@pytest.mark.parametrize("question", ["評等分數會不會公告在網站上", "审查分数会挂到网站上公开吗", "成績會放到網站嗎",
                                      "Will they publish our grades on the website?"])
def test_published_online_adds_no_lookup(question: str) -> None:
    assert "查詢" not in intent_terms(question) + expand_query(question)


@pytest.mark.parametrize("question", ["篩檢量可以在網站上查嗎", "去哪个网站查筛检量", "Can we look up our count online?",
                                      "Is there a website to check our screening numbers?"])
def test_looked_up_online_keeps_lookup(question: str) -> None:
    assert "查詢" in intent_terms(question) + expand_query(question)


# ------------------------------------------------------------------------ (c) the first line's clauses rank first

def test_line_clauses_first() -> None:
    ranked = ["tsir-instructor/2", "tsir-instructor/1.2", "tsir-instructor/2.3", "tsir-instructor/1.2.1"]
    assert _line_clauses_first(ranked, ["tsir-instructor/1.2.1"])[:2] == ["tsir-instructor/1.2.1", "tsir-instructor/2"]
    assert _line_clauses_first(ranked, []) == ranked
    assert _line_clauses_first(ranked, ["tsa-cme/5.1"]) == ranked  # (a clause not ranked is not made up)
    # (several cited: in their ranked order, as the answer quotes them)
    assert _line_clauses_first(ranked, ["tsir-instructor/1.2.1", "tsir-instructor/1.2"])[:3] == \
        ["tsir-instructor/1.2", "tsir-instructor/1.2.1", "tsir-instructor/2"]


# ------------------------------------------------------------------------ (d) a duty's breach rules on the skipped case

def test_breach_rules_on_skipped_duty() -> None:
    text = CORPUS.get("hpa-mammo/2.3.2.1").text
    assert _breach_ruled(text, {"品管", "討論"})
    assert not _breach_ruled(text, {"手術", "確診"})
    assert not _breach_ruled("負責醫師須參加討論會。", {"品管", "討論"})  # (no sanction stated)
    assert not _breach_ruled(text, {"乳攝"})  # (one shared word names no act not done)
    # the duty's subject and its time frame are not the act: a radiographer's credits short for the review, a clinic
    # with no radiologist of its own, skipped no seminar
    assert not _breach_ruled(text, {"放射師", "後續審查", "要求"})
    assert not _breach_ruled(text, {"放射科", "醫師", "後續審查"})


def test_breach_named_by_the_act_not_done() -> None:
    """"…參加…品管討論會，未參加者應停止攝影": 未參加者 is the breach of the duty the sentence just stated."""
    assert _breach_ruled(CORPUS.get("hpa-mammo/2.1.2.2.2").text, {"品管", "討論"})


@pytest.mark.parametrize("question", ["放射師拿B等，如果沒去品管討論會會怎樣", "our tech got a B on clinical images and skipped the QC seminar, what happens?"])
def test_own_grade_breach_clause_stays_first(question: str) -> None:
    line = direct_line(question, hits("hpa-mammo/2.1.2.2.2", "hpa-mammo/2.3.2.1", scores=(1.0, 0.97)), CORPUS,
                       "en" if question.isascii() else "zh-TW")
    assert line.cited[:1] == ["hpa-mammo/2.1.2.2.2"]


@pytest.mark.parametrize(("question", "gold"), [
    ("放射師繼續教育學分沒達到後續審查表的要求，多久內要補完？", "hpa-mammo/2.1.2.1"),
    ("負責醫師的乳攝繼續教育時數沒湊滿，後審被退件，還有多久可以補", "hpa-mammo/2.1.1.1"),
    ("我們診所自己沒有放射科醫師，片子都傳去合作醫院讀，那閱片的評估算誰的？", "hpa-mammo/1.2.1.5")])
def test_breach_clause_does_not_take_a_lacking_subject(question: str, gold: str) -> None:
    line = direct_line(question, hits(gold, "hpa-mammo/2.3.2.1", scores=(1.0, 0.97)), CORPUS, "zh-TW")
    assert line.cited[:1] != ["hpa-mammo/2.3.2.1"]


@pytest.mark.parametrize("question", [
    "Hospital got a C on clinical images and the lead physician skipped the QC seminar. Consequence?"])
def test_facility_breach_clause_answers(question: str) -> None:
    line = direct_line(question, hits("hpa-mammo/2.3.2.1", "hpa-mammo/2.1.2.2.2", scores=(1.0, 0.97)), CORPUS,
                       "en" if question.isascii() else "zh-TW")
    assert line.cited == ["hpa-mammo/2.3.2.1"]


# ------------------------------------------------------------------------ (e) the rule's cap asked beside a joint count

@pytest.mark.parametrize("question", ["oral跟poster加起來4篇，可以全部申請嗎？上限幾篇", "口头报告和壁报加起来6篇，最多能申请几篇？",
                                      "年會口頭報告跟壁報合起來5篇，每人上限是幾篇"])
def test_cap_asked_beside_joint_count_is_the_rules(question: str) -> None:
    q = Query(question, _TODAY)
    assert _rule_cap_asked(q)
    assert decide_calculation(q) is None


@pytest.mark.parametrize("question", ["口頭報告跟壁報加起來5篇，總共可以拿幾分？", "年會跟月會加起來去了8次，夠嗎？"])
def test_own_sum_beside_joint_count_is_asked_back(question: str) -> None:
    q = Query(question, _TODAY)
    assert not _rule_cap_asked(q)
    assert decide_calculation(q) is not None


@pytest.mark.parametrize("question", ["我這次年會發表了5篇poster，上限幾篇？", "这个会我一作的壁报有4篇，每人最多能申请几篇？"])
def test_items_cap_asked_beside_own_count_is_the_rules(question: str) -> None:
    assert decide_calculation(Query(question, _TODAY)) is None


@pytest.mark.parametrize("question", ["這個月篩了520支，上限是多少？", "我今年發表了5篇poster，總共幾分？上限是多少"])
def test_volume_check_or_sum_stays_computed(question: str) -> None:
    decision = decide_calculation(Query(question, _TODAY))
    assert decision is not None and decision.route == "calculator"


# ----------------------------------------------------------------------------------- a'. 換證 alone still shows both
# (merge check) 換證 is the IR rules' word, so their point rule leads; surgeons say 換證 of their certificate too, so with no
# society named the surgical point rule is still quoted as one that may apply — only a named regulation drops the other.

def test_renewal_said_as_huanzheng_alone_keeps_the_surgical_rule_beside(ask):
    first = ask("SCI病例報告，我是第三作者，換證可以抵幾分？").answer.strip().splitlines()[0]
    assert first.startswith("兩條規定都可能適用") and "8 分" in first and "第五條第七款" in first, first


def test_a_named_regulation_quotes_no_other(ask):
    first = ask("指導老師換證，SCI病例報告第三作者可以抵幾分？").answer.strip().splitlines()[0]
    assert "兩條規定" not in first and "8 分" in first, first
