"""Round 51 (rulesroute51): rules questions sent to a question back or out of scope.

1. One side's re-read rate given and what its band brings asked in general ("這樣要做什麼", "what happens now"): the other
   side's rate can only make it stricter, up to a stop, so it stays asked back with the known part said first (the merge
   check took out this branch's quoting of the band's clause alone: it reversed rounds 12, 16 and 24 and led "不會：" on a
   stop the unsaid rate decides). Both rates given, or a previous review named: computed.
2. How the rule picks or decides ("怎麼決定", "怎麼選出來", "如何判定") beside counts of one's staff and sets, no score given:
   the method's clause (二(三)1 備註1), never the scores asked back.
3. The regulation's own amendment clause ("辦法要修改要經過哪個會通過"): ours — a bare 學會 after a verb of passing through
   names no other body. Near miss: another society's own rules stay out.
4. The mammography unit's exposure QA professional (二(一)3) named by its title: a role our review defines. Near miss: a
   medical physicist's licence CE stays out.
Phrasings written for this test; the blind banks' questions are not among them.
"""

from __future__ import annotations

import pytest

from bot import routing, scope
from bot.parsing.text import Query


def _first(a) -> str:
    return a.answer.split("\n")[0]


def _cited(a) -> list[str]:
    return [c.id for c in a.citations]


# ----------------------------------------------------------------------------------------- 1. one rate, its consequence asked

@pytest.mark.parametrize("question", [
    "主任的疑似陽性複判差異是 43%，這樣要做什麼？",
    "陰性個案複判差異 19%，那醫師要做什麼？",
    "Our reader's negative re-read discrepancy was 11%. What happens now?",
    "one reader got 54% on the suspected-positive re-reads. what does he need to do before the next review?",
])
def test_one_rate_consequence_shows_the_least_and_asks_the_other(ask, question: str) -> None:
    """(merge check) The other side's rate can only make it stricter — up to a stop (丙) — so it is asked back, with what the
    one rate already brings said first (rounds 12, 16, 24: `_sanction_open`, the known part), never one band's clause as the
    whole answer."""
    a = ask(question)
    assert a.route == "clarify", (a.route, _first(a))
    assert _first(a).startswith(("依目前提供的數字", "From the figures given so far")), _first(a)


@pytest.mark.parametrize("question", [
    "陰性複判差異 18%，要停判嗎？",                 # the sanction alone: the other rate and the previous review decide it
    "陽性複判差異 53%，陰性還沒出來，這樣會怎樣？",   # the other side said pending
    # (merge check) the stop asked beside the consequence: the stop turns on the unsaid rate — asked back, never "不會："
    "positive re-read discordance 47% — what happens, does she have to stop reading?",
    # (merge check) a rate under every band: only the other side's rate can bring a measure
    "陽性複判不一致率 33%，這樣會怎樣？",
    "suspected-positive discrepancy came in at 30%, what happens now?",
])
def test_one_rate_still_asked_back(ask, question: str) -> None:
    assert ask(question).route == "clarify"


@pytest.mark.parametrize("question", [
    "陽性複判差異 46%、陰性 17%，這樣會怎樣？",
    "上次後續審查已被要求參加座談會，這次陰性複判差異 16%，會怎樣？",
])
def test_whole_case_still_computed(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "calculator", (a.route, a.missing)
    assert any(c.name == "hpa_reread_action" for c in a.tool_calls)


# ----------------------------------------------------------------------------------------- 2. how the rule picks or decides

@pytest.mark.parametrize("text", ["怎麼挑代表", "怎麼決定評等", "如何判定", "是怎麼選出來"])
def test_method_of_picking_is_a_rule_cue(text: str) -> None:
    assert routing.RULE_CUES.search(text)


def test_how_decided_is_no_own_grade_asked() -> None:
    assert not routing.OWN_FIGURE_ASKED.search("機構的評等是如何決定的")
    assert routing.OWN_FIGURE_ASKED.search("我們的評等是什麼")


@pytest.mark.parametrize("question", [
    "我們有五位放射師，每人交緻密、非緻密各一組，醫院的自選片評等是怎麼決定的？",
    "三個技術師各交兩組自選片，代表機構的那組怎麼挑？",
])
def test_method_beside_counts_is_the_rules(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "retrieval", (a.route, a.missing)
    assert "hpa-mammo/2.3.1.n1" in _cited(a)[:3]


# ----------------------------------------------------------------------------------------- 3. the amendment clause

def test_bare_society_after_passing_verb_names_no_body() -> None:
    assert scope.out_of_scope_marker(Query("這套積分辦法要改，得經過學會哪個會？")) is None


@pytest.mark.parametrize("question", [
    "這套積分辦法要修改，得經過學會哪個會？",  # (a bare 改 ranks the preamble's 修正 first: retrieval, not scope)
    "If the society amends these CME credit rules, who must approve the amendment?",
])
def test_amendment_clause_is_ours(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "retrieval", (a.route, _first(a))
    assert "tsa-cme/11" in _cited(a)[:3]


@pytest.mark.parametrize("question", [
    "眼科醫學會的積分辦法修改要經過哪個會通過？",
    "Who approves amendments to the pediatrics society's CME rules?",
])
def test_other_societys_amendment_stays_out(ask, question: str) -> None:
    assert ask(question).route == "out_of_scope"


# ----------------------------------------------------------------------------------------- 4. the exposure QA role

@pytest.mark.parametrize("text", ["曝露品質保證專業人員", "曝露品保人員", "the exposure quality assurance person", "exposure QA professional"])
def test_exposure_qa_role_anchors(text: str) -> None:
    assert scope.ANCHOR.search(text)


@pytest.mark.parametrize("question", [
    "我們的曝露品保人員要符合什麼資格？",
    "Our physicist (the exposure quality assurance person): what qualifications and experience does he need, and where is that set?",
])
def test_exposure_qa_role_is_ours(ask, question: str) -> None:
    a = ask(question)
    assert a.route == "retrieval", (a.route, _first(a))
    assert "hpa-mammo/2.1.3" in _cited(a)[:3]


@pytest.mark.parametrize("question", [
    "How many CE credits does a medical physicist need for licence renewal?",
    "醫事物理師的繼續教育積分要多少？",
])
def test_physicist_licence_stays_out(ask, question: str) -> None:
    assert ask(question).route == "out_of_scope"
