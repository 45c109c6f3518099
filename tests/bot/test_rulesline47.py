"""Round 47 (rules questions): routing, ranking and the direct first line.

1. A question whose every figure is the rule's own, quoted — a cap pointed at ("每年30分那個上限", "the 30-a-year cap") or a
   value put for confirmation ("也算30分嗎", "does it still count as 30?") — asks the rule; near miss: a figure of one's own
   beside the same words ("我六年每年都是30分", "國際會議去了兩次") still computes.
2. What counts: a named item's required count asked beside one rough count of one's own and nothing else quotes the
   requirement (near miss: the count exact with the years given computes); whether a kind counts and its value asked with
   no figure is the rule's (near miss: a count of one's own computes); a meeting named as where a role is held is the
   role's scope.
3. The first line: an A-not-A ask with an alternative that only restricts is a yes / no; an item checked too, named with a
   part pointed at or in mainland words; which copy to attach asked as a choice is a documents question; a period put as
   the time allowed longer than the clause's bound is a no; "is a separate list" in brackets is an aside; which kinds of
   people a part covers is answered by that part's list. The first line is never contradicted by its quote.
4. Scope: another life-support card's renewal with the ATLS asked to count toward that card is the card's rules; the
   on-site test said short ("現場測完") and its grades coached are ours.
"""

from __future__ import annotations

import datetime
import re

import pytest

from bot.parsing.text import Query
from evals.first_line import first_line
from knowledge.textnorm import fold

TODAY = datetime.date(2026, 11, 25)


def _q(text: str) -> Query:
    return Query(text, TODAY)


def _line_and_ids(a) -> tuple[str, list[str]]:
    return first_line(a.answer), [c.id for c in a.citations]


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


# ── 1. the rule's own figures quoted ──

@pytest.mark.parametrize(("question", "quoted"), [
    ("國外醫學會議辦在高雄的話一樣是30分嗎？會不會被一年30分的上限限制？", True),
    ("国际会议在台湾办也能拿30分吗？每年30分那个上限也算进去吗", True),
    ("If the international congress is held in Taipei does it still count as 30? And is it under the 30-a-year cap?", True),
    ("我六年積分每年都是30分，夠展延嗎？", False),  # (one's own six years)
    ("今年國際會議去了兩次，每年30分那個上限會卡住嗎？", False),  # (a count of one's own beside the cap)
    ("國際會議去了好幾次，也算30分嗎？", False),  # (a count said vaguely: one's own)
])
def test_rule_figures_only(question: str, quoted: bool) -> None:
    from bot.routing import rule_figures_only

    assert rule_figures_only(_q(question)) is quoted


def test_cap_pointed_at_is_the_rules() -> None:
    from bot.routing import CAP_SAID, RULE_VALUE_PUT

    assert CAP_SAID.search("每年30分那個上限卡住嗎")
    assert CAP_SAID.search("30分的那條上限")
    assert RULE_VALUE_PUT.search("也算30分嗎")
    assert RULE_VALUE_PUT.search("一樣是60分嗎")
    assert RULE_VALUE_PUT.search("does it still count as 30?")
    assert not RULE_VALUE_PUT.search("每年30分，六年夠展延嗎")


@pytest.mark.parametrize(("question", "route"), [
    ("國外醫學會議辦在高雄的話一樣是30分嗎？會不會被一年30分的上限限制？", None),
    ("我六年積分每年都是30分，夠展延嗎？", "calculator"),
    ("今年國際會議去了兩次，每年30分那個上限會卡住嗎？最後算幾分", "calculator"),
])
def test_quoted_figures_route(question: str, route: str | None) -> None:
    from bot.routing import decide_calculation

    decision = decide_calculation(_q(question))
    assert (decision.route if decision else None) == route


def test_quoted_cap_answered_from_the_rule(ask) -> None:
    a = ask("国际会议如果办在台湾，也算30分吗？会被每年30分那个上限卡住吗")
    line, ids = _line_and_ids(a)
    assert a.route == "retrieval" and not a.tool_calls
    assert "tsa-cme/5.4.n2" in ids[:3], ids
    assert "180" not in line and "30" in line, line


# ── 2. what counts ──

@pytest.mark.parametrize(("question", "route"), [
    ("腫瘤栓塞要做到多少例？我TACE大約一百二十例，不確定夠不夠", None),
    ("How many cases does the ablation category need? I've got roughly 160 RFA and MWA combined, not sure it's enough.", None),
    ("消融要幾例？我RFA跟MWA合起來150例，專科10年，夠不夠", "calculator"),  # (exact, with the years)
    ("消融差不多做了 150 例，能申请消融的指导老师吗", "clarify"),  # (whether one may apply: the years asked)
])
def test_requirement_beside_rough_count(question: str, route: str | None) -> None:
    from bot.routing import decide_calculation

    decision = decide_calculation(_q(question))
    assert (decision.route if decision else None) == route


def test_counts_and_value_asked_together() -> None:
    from bot.routing import ASKS_COUNTS

    assert ASKS_COUNTS.search("does ATLS count and how many credits?")
    assert ASKS_COUNTS.search("would the refresher count, and what is it worth?")
    assert not ASKS_COUNTS.search("the follow-up count and the rate")


@pytest.mark.parametrize(("question", "route"), [
    ("Would the ATLS refresher count, and how much is it worth? took it in March", None),
    ("ATLS算不算外科積分？算幾分？我去年有上", None),
    ("ATLS 上了兩次，算不算？總共幾分", "calculator"),
])
def test_counts_and_value_route(question: str, route: str | None) -> None:
    from bot.routing import decide_calculation

    decision = decide_calculation(_q(question))
    assert (decision.route if decision else None) == route


def test_required_count_quoted(ask) -> None:
    line, ids = _line_and_ids(ask("腫瘤栓塞要做到多少例？我TACE大約一百二十例，不確定夠不夠"))
    assert ids[0] == "tsir-instructor/2.2" and "300" in line, (line, ids)


@pytest.mark.parametrize("question", [
    "If I moderate a session at an overseas IR meeting, what is that worth toward my instructor renewal?",
    "在國外的介入醫學會議擔任座長，換證可以算幾分？",
])
def test_role_at_a_meeting_names_the_role(question: str) -> None:
    from bot.rules_answer import _tsir_activity_named
    from knowledge.corpus import load_corpus

    corpus = load_corpus()
    assert _tsir_activity_named(question, corpus.get("tsir-instructor/5.3"))
    assert not _tsir_activity_named(question, corpus.get("tsir-instructor/5.4"))


def test_attended_and_talked_are_two_activities() -> None:
    from bot.rules_answer import _tsir_activity_named
    from knowledge.corpus import load_corpus

    # (the meeting attended and the talk given: two point rules named, neither alone)
    assert not _tsir_activity_named("I attended CIRSE and gave a talk. points?", load_corpus().get("tsir-instructor/5.3"))


def test_moderator_abroad_first_line(ask) -> None:
    line, ids = _line_and_ids(ask("Chairing a session at an overseas IR congress — how much does that count toward renewing the instructor cert?"))
    assert ids[0] == "tsir-instructor/5.3" and "40" in line, (line, ids)


# ── 3. the first line ──

@pytest.mark.parametrize(("question", "kind"), [
    ("醫院自己辦的外科課程有沒有算在繼續教育裡？還是只限外科醫學會辦的才算", "yes_no"),
    ("外科部自己開的課程有沒有在範圍裡？還是一定要學會主辦才行", "yes_no"),
    ("SCI文章申請認定時，要附整篇文章還是第一頁就行？", "documents"),
    ("For the SCI paper credits, do I attach the whole paper or just the first page?", "documents"),
    ("是不是每次都查？還是看情況", "choice"),  # (near miss: a second course, no restriction)
])
def test_answer_kind(question: str, kind: str) -> None:
    from bot.rules_answer import answer_kind

    assert answer_kind(question) == kind


def test_taiwan_words() -> None:
    from knowledge.textnorm import taiwan_words

    assert taiwan_words(fold("影像存储服务器")) == "影像儲存伺服器"
    assert taiwan_words("影像儲存") == "影像儲存"


def test_item_pointed_at_in_mainland_words_is_on_the_list() -> None:
    from bot.rules_answer import items_on_list
    from knowledge.corpus import load_corpus

    clause = load_corpus().get("hpa-mammo/1.2.1.4")
    assert items_on_list(fold("现场测试会不会连影像存储那块也一起查？"), clause, strict=False) is True
    assert items_on_list(fold("现场测试会不会连CT那块也一起查？"), clause, strict=False) is False


@pytest.mark.parametrize(("piece", "longer"), [
    ("do they really get 2 years to attend the case conference?", True),
    ("那是兩年內參加就行嗎?", True),
    ("do they get 1 year to attend?", False),
    ("半年內參加就行嗎?", False),  # (no figure in 年 put)
])
def test_period_put_longer(piece: str, longer: bool) -> None:
    from bot.rules_answer import period_put_longer

    said = "須於下次後續審查前（間隔逾 1 年則 1 年內）參加判片座談會 (within 1 year if it is later)"
    assert period_put_longer(piece, fold(said)) is longer


@pytest.mark.parametrize(("question", "lead"), [
    ("陽性差異55%，下次後續審查在兩年後，那是兩年內參加就行嗎？", ("不", "No")),
    ("Reader in the 50-60% positive band, next review 2 years away. Do they really get 2 years to attend the seminar?", ("No",)),
])
def test_period_longer_than_the_bound_is_a_no(ask, question: str, lead: tuple[str, ...]) -> None:
    a = ask(question)
    line, ids = _line_and_ids(a)
    assert ids[0] == "hpa-mammo/2.1.1.2.2" and line.startswith(lead), (line, ids)
    assert re.search(r"1 (?:年|year)", line) and re.search(r"一年內|1 年內", a.citations[0].quote)  # (the quote's bound)


def test_separate_list_is_an_aside() -> None:
    from bot.routing import set_aside

    assert "audit" not in set_aside("What does the on-site test cover? (the staff CE credit audit is a separate list)")
    assert "查核" not in set_aside("實地測試包含哪些項目？（人員積分查核那塊我另外列）")
    assert "credits" in set_aside("Are the staff credits a separate requirement from the QC test?")  # (no brackets)


def test_kinds_of_people_answered_by_the_list(ask) -> None:
    a = ask("審查標準裡面管「人」的那部分有哪幾種職類？就醫師跟放射師嗎？")
    line, ids = _line_and_ids(a)
    assert ids[0] == "hpa-mammo/2.1", (line, ids)
    assert "判讀醫師" in line and "放射師" in line, line


@pytest.mark.parametrize(("question", "first", "lead"), [
    ("醫院自己辦的外科課程有沒有算在繼續教育裡？還是只限外科醫學會辦的才算", "tsa-cme/3", "有"),
    ("现场测试会不会连影像存储服务器也一起查？", "hpa-mammo/1.2.1.4", "會"),
    ("投稿SCI的論文申請積分，要附整篇文章還是第一頁就好？", None, None),
])
def test_first_line_lead_and_clause(ask, question: str, first: str | None, lead: str | None) -> None:
    line, ids = _line_and_ids(ask(question))
    if first:
        assert ids[0] == first, (line, ids)
    if lead:
        assert line.startswith(lead), line
    if first is None:
        assert "抽印本" in line and ids[0].startswith("tsa-cme/5.7"), (line, ids)


@pytest.mark.parametrize("question", [
    "国际会议如果办在台湾，也算30分吗？会被每年30分那个上限卡住吗",
    "腫瘤栓塞要做到多少例？我TACE大約一百二十例，不確定夠不夠",
    "陽性差異55%，下次後續審查在兩年後，那是兩年內參加就行嗎？",
    "Would the ATLS refresher count, and how much is it worth? took it in March",
])
def test_first_line_figures_are_quoted(ask, question: str) -> None:
    """Every figure of the first line is in the clauses it cites (never a figure of the question's, nor arithmetic)."""
    a = ask(question)
    line = re.sub(r"[a-z-]+/[0-9.n]+", "", first_line(a.answer))  # (the clause ids it names: tsa-cme/5.13)
    quoted = " ".join(c.quote for c in a.citations)
    from knowledge.corpus import load_corpus

    corpus = load_corpus()
    texts = quoted + " ".join(corpus.full_text(c.id) + (corpus.get(c.id).gist_en or "") for c in a.citations)
    assert _numbers(line) <= _numbers(texts) | {"1", "2"}, (line, a.citations)  # (article numbers: 第一條 / (2))


# ── 4. scope ──

@pytest.mark.parametrize(("question", "out"), [
    ("How many hours do I need to renew my BLS provider card, and does the ATLS course count toward it?", True),
    ("ACLS證照要更新要上幾小時？ATLS可以抵ACLS的時數嗎", True),
    ("My ACLS card expires soon; does the ATLS course count for TSA credits, and how many?", False),
    ("For renewal, does ATLS count? I did it last year.", False),
    ("Would the ATLS refresher count, and how much is it worth?", False),
])
def test_other_card_renewal(question: str, out: bool) -> None:
    from bot.scope import neighbour_kind

    assert bool(neighbour_kind(_q(question), topic=False)) is out


@pytest.mark.parametrize("question", [
    "機器現場測完有沒有分等級、然後依等級給輔導？",
    "实地测过之后会不会分等级？等级差的有辅导吗",
])
def test_on_site_test_said_short_is_ours(question: str) -> None:
    from bot.scope import IN_SCOPE

    assert IN_SCOPE.search(_q(question).cues)
