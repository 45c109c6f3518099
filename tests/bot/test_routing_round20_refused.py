"""Routing classes of the twentieth round's development data (SPEC §3: route by what is asked). Wordings are our own, never
the eval sentences; every test asserts in its own body with the real engine (real index, real readers).

The rule asked, whatever figures surround it:
- whether a case counts as the credits of a kind the rule names ("可以算國內進修的分嗎", "算國外會議的學分嗎"): the rule's
  yes / no — never a tally computed as if it qualified;
- two cases of the rule set side by side by their length ("兩天的幾分？一天的呢", "a 2-day one and a one-day one"): the bands;
- the rule's conversion of a unit ("1 hr = ?", "一小時換算幾分的標準"): the rate, not a tally of one hour;
- one's own age past 60 with nothing else of the renewal ("I'm turning 62", "今年 63 歲"): whether one must keep renewing is the
  lifetime clause's, no points asked for.
One's own figure asked, computed or asked back:
- a dated case of one's own asked whether it qualifies ("…生、…申請，算不算可以申請終身"): the calculation's verdict;
- a period of one's own and its count with the verb bare ("今年篩 15000 件"), the facility's allowed volume (上限) asked;
- one's own total against the requirement ("where am I vs the 200"): computed, no comparison of two cases;
- a total of one's own reckoned and offered to be checked ("所以是 60 對吧"): never the rule quoted as if it answered;
- one's own count past the volume asked in the past tense ("did we go over the reasonable volume") with the count missing: asked;
- grades of one's own items given by letter only, their scores said not in yet: the scores are asked for;
- a grade asked as 評級 of one's own scores: never the rule quoted.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "去地區醫院受訓兩個月，能算國內進修的積分嗎",
    "在区域医院进修了四个月，可以算国内进修的学分吗",
])
def test_whether_training_counts_as_a_kind_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls
    assert any(c.id.startswith("tsa-cme/5.9") for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "次專科醫學會年會兩天的給幾分，一天的呢",
    "专科医学会年会开两天的能拿几分？一天的又是多少",
    "what does a two-day specialty society meeting earn, and a one-day one?",
])
def test_two_cases_side_by_side_are_the_rules_bands(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls
    assert any(c.id == "tsa-cme/5.3" for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "the course lists hours only — what's the conversion to surgical credits, 1 hour = ?",
    "課程只寫時數，一小時換算成多少外科積分的標準是什麼",
])
def test_the_conversion_of_an_hour_is_the_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert not answer.tool_calls
    assert any(c.id == "tsa-cme/10" for c in answer.citations), [c.id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "I'm 63 now — do I still have to renew my IR instructor certificate every six years?",
    "我今年62歲了，指導老師證書還需要每六年換證嗎？",
    "我已经64岁了，指导老师证还要一直换证吗",
])
def test_an_age_past_sixty_alone_asks_the_lifetime_rule(ask, question):
    answer = ask(question)
    assert answer.route == "retrieval", answer.answer[:200]
    assert any(c.id == "tsir-instructor/6" for c in answer.citations), [c.id for c in answer.citations]


def test_an_age_with_points_is_still_computed(ask):
    answer = ask("I'm 64 with 150 radiology CME points and 2 SCI first-author papers, can I renew my instructor cert?")
    assert answer.route in ("calculator", "clarify"), answer.answer[:200]


@pytest.mark.parametrize("question", [
    "我民國56年7月2日生，打算116年7月2日送件，算不算可以申請終身證書？",
    "born 1966-05-10, applying on 2026-06-01 — does that count for the lifetime instructor certificate?",
])
def test_a_dated_own_case_asked_whether_it_qualifies_is_computed(ask, question):
    answer = ask(question)
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["tsir_renewal_check"]
    assert answer.tool_calls[0].result.get("lifetime_eligible") is True


def test_a_period_and_its_count_with_a_bare_verb_is_ones_own_volume(ask):
    answer = ask("放射師兩位：一位 365 天、一位 200 天，今年篩 12000 件，合理量跟可給付上限各是多少")
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["hpa_facility_volume"]


def test_ones_own_total_against_the_requirement_is_computed(ask):
    answer = ask("Instructor renewal: 1 overseas IR meeting, 1 e-poster abroad and 150 radiology CME points. Where am I vs the 200?")
    assert answer.route == "calculator", answer.answer[:200]
    assert [c.name for c in answer.tool_calls] == ["tsir_renewal_check"]


@pytest.mark.parametrize("question", [
    "have we gone over the reasonable volume this year? both our radiographers worked all year",
    "did our facility go over the reasonable annual volume? three RTs, all full-time",
])
def test_own_volume_past_the_limit_with_the_count_missing_is_asked(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls


@pytest.mark.parametrize("question", [
    "我們機器品管實測有兩項拿 C，正式分數還沒出來，會不會被停用？",
    "我们那台的实地测试有一项拿 D，分数还没拿到正式公文，是不是就不能用了？",
])
def test_grades_by_letter_with_scores_pending_ask_the_scores(ask, question):
    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not answer.tool_calls
    # the unit's use asked: the QC measures' clause is cited while the scores are asked for
    assert answer.citations[0].id == "hpa-mammo/2.2.1.2", [c.id for c in answer.citations]


def test_a_grade_asked_as_ping_ji_of_own_scores_is_never_the_rule(ask):
    answer = ask("放射師抽選片兩組 352、341，評級？")
    assert answer.route in ("calculator", "clarify"), answer.answer[:200]


def test_a_reckoned_total_is_never_the_rule_quoted(ask):
    answer = ask("在高雄辦的國際會議算國際性會議嗎？我今年去了三場，每場30分所以是90對吧")
    assert answer.route != "retrieval", answer.answer[:200]


@pytest.mark.parametrize("question", [
    "疑似陽性今年共 180 例，有幾個還在追，會被扣款嗎？",
    "疑似阳性今年 300 例，还有几个在追，会不会被扣？",
])
def test_a_vague_count_standing_for_no_fact_asks_the_missing_fact(ask, question):
    from bot.answer import Conversation, Turn

    answer = ask(question)
    assert answer.route == "clarify", answer.answer[:200]
    assert not any(m.startswith("vague:") for m in answer.missing), answer.missing
    reply = ask("完成的有 150 個", Conversation(turns=[Turn(question=question, answer=answer)]))
    assert reply.route == "calculator", reply.answer[:200]
    assert [c.name for c in reply.tool_calls] == ["hpa_followup_deduction"]
