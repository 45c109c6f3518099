"""Ask-level checks of the runner, driven by a hand-written fake engine and retriever."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.answer import Answer, Citation, Conversation, PendingCall, ToolCall
from evals.runner import run_cases
from evals.schema import Case


def cite(*ids):
    return [Citation(id=i, label=i, quote="…") for i in ids]


class FakeEngine:
    """Answers from a table keyed by question; a follow-up's key is `question >> followup`."""

    def __init__(self, answers):
        self.answers = answers
        self.calls = []

    def answer(self, question, conversation=None, *, today=None):
        self.calls.append((question, conversation, today))
        key = question if not conversation else f"{conversation.turns[-1].question} >> {question}"
        made = self.answers[key]
        return made.model_copy(update={"question": question})


class RetrievingAnswer(Answer):
    retrieved: list[str] = []


@dataclass
class _Clause:
    id: str


@dataclass
class _Hit:
    clause: _Clause
    score: float


class FakeRetriever:
    def __init__(self, rankings):
        self.rankings = rankings

    def search(self, query, k):
        return [_Hit(_Clause(cid), 1.0 / (i + 1)) for i, cid in enumerate(self.rankings[query][:k])]


def case(**kw):
    kw.setdefault("id", "c")
    kw.setdefault("category", "calculator")
    return Case.model_validate(kw)


CALC = RetrievingAnswer(
    question="", lang="zh-TW", route="calculator", answer="本會年會 1 次 × 60 分 = 60 分",
    citations=cite("tsa-cme/5.1"), retrieved=["tsa-cme/5.1", "tsa-cme/5.2"],
    tool_calls=[ToolCall(name="tsa_credit_tally",
                         args={"activities": [{"kind": "tsa_annual_meeting", "year": 2026}]},
                         result={"total": 60, "by_year": {"2026": 60}, "citations": ["tsa-cme/5.1"]})],
)


def run(cases, answers=None, rankings=None):
    return run_cases(cases, engine=FakeEngine(answers or {}), retriever=FakeRetriever(rankings or {}), progress=False)


def test_a_right_calculator_answer_passes_every_check():
    c = case(question="年會", expect={
        "route": "calculator", "lang": "zh-TW",
        "tool": {"name": "tsa_credit_tally", "args": {"offshore_island": False,
                                                      "activities": [{"kind": "tsa_annual_meeting", "count": 1, "year": 2026}]}},
        "result": {"total": 60, "by_year.2026": 60},
        "gold_ids": ["tsa-cme/5.1"], "cite_all": ["tsa-cme/5.1"], "must_include": ["60 分"], "must_not_include": ["120"]})
    res = run([c], {"年會": CALC}).results[0]
    assert res.failures == []
    assert res.checks == {"route_accuracy": 1.0, "tool_accuracy": 1.0, "tool_args_accuracy": 1.0,
                          "pinned_output_match": 1.0, "recall@1": 1.0, "recall@3": 1.0, "recall@5": 1.0, "mrr": 1.0,
                          "gold_cited": 1.0, "cite_match": 1.0, "citation_valid": 1.0, "citation_precision": 1.0,
                          "has_citation": 1.0, "text_match": 1.0, "lang_accuracy": 1.0,
                          "fully_right": 1.0, "confidently_wrong": 0.0, "refused_in_scope": 0.0}


def test_args_are_compared_after_filling_the_tool_defaults():
    """`count: 1` and `offshore_island: false` are defaults: listed or not, they match."""
    pytest.importorskip("calculators.registry")
    c = case(question="年會", expect={"tool": {"name": "tsa_credit_tally", "args": {
        "offshore_island": False, "activities": [{"kind": "tsa_annual_meeting", "count": 1, "year": 2026.0}]}}})
    assert run([c], {"年會": CALC}).results[0].passed


def test_each_wrong_thing_is_one_failure_with_expected_and_actual():
    c = case(question="年會", expect={
        "route": "retrieval", "lang": "en",
        "tool": {"name": "tsa_credit_tally", "args": {"offshore_island": True}},
        "result": {"total": 120, "caps_applied": []},
        "gold_ids": ["tsa-cme/5.15"], "cite_any": ["tsa-cme/5.15"], "must_include": ["120"]})
    res = run([c], {"年會": CALC}).results[0]
    kinds = {f.kind: f for f in res.failures}
    assert set(kinds) == {"route", "tool_args", "pinned_output", "gold_not_in_top3", "gold_not_cited", "citation", "text", "lang"}
    assert kinds["route"].expected == {"route": "retrieval"} and kinds["route"].actual == {"route": "calculator"}
    assert kinds["tool_args"].expected == {"offshore_island": True}
    assert kinds["pinned_output"].expected == {"total": 120, "caps_applied": []}
    assert kinds["pinned_output"].actual == {"total": 60, "caps_applied": "<missing>"}
    assert kinds["lang"].actual == "zh-TW"
    assert res.checks["tool_accuracy"] == 1.0 and res.checks["recall@3"] == 0.0


def test_args_any_and_optional_args():
    ok = case(question="年會", expect={"tool": {"name": "tsa_credit_tally", "args": {"year": 2026},
                                                "args_any": {"offshore_island": [True, False]}, "optional": ["year"]}})
    assert run([ok], {"年會": CALC}).results[0].passed
    wrong = case(question="年會", expect={"tool": {"name": "tsa_credit_tally", "args_any": {"offshore_island": [True]}}})
    res = run([wrong], {"年會": CALC}).results[0]
    assert [f.kind for f in res.failures] == ["tool_args"]


def test_a_missing_tool_call_fails_tool_args_and_result():
    c = case(question="q", expect={"tool": {"name": "hpa_qc_grade", "args": {"x": 1}}, "result": {"worst": "A"}})
    res = run([c], {"q": CALC}).results[0]
    assert res.checks["tool_accuracy"] == 0.0 and res.checks["tool_args_accuracy"] == 0.0
    assert res.checks["pinned_output_match"] == 0.0
    assert res.failures[0].actual == ["tsa_credit_tally"]


def test_clarify_then_followup_checks_both_routes_and_the_missing_facts():
    clar = Answer(question="", lang="zh-TW", route="clarify", answer="請問參加了哪些活動？",
                  citations=cite("tsa-cme/5"), missing=["活動 (activities)"])
    c = case(id="cl", category="clarify", question="我今年積分多少？", followup="年會 1 次", expect={
        "first_route": "clarify", "route": "calculator", "missing_any": ["activities"], "result": {"total": 60}})
    engine = FakeEngine({"我今年積分多少？": clar, "我今年積分多少？ >> 年會 1 次": CALC})
    res = run_cases([c], engine=engine, progress=False).results[0]
    assert res.passed, res.failures
    assert res.checks["clarify_accuracy"] == 1.0 and res.checks["route_accuracy"] == 1.0
    conv = engine.calls[1][1]
    assert isinstance(conv, Conversation) and conv.pending_clarify is not None
    # The same follow-up against a bot that never asked fails the first route and the clarify check.
    engine = FakeEngine({"我今年積分多少？": CALC, "我今年積分多少？ >> 年會 1 次": CALC})
    res = run_cases([c], engine=engine, progress=False).results[0]
    assert {f.kind for f in res.failures} == {"route", "clarify"}


def test_out_of_scope_counts_answers_that_invent_a_rule():
    oos = Answer(question="", lang="en", route="out_of_scope", answer="I only cover TSA, TSIR and HPA rules.")
    c1 = case(id="o1", category="out_of_scope", question="weather?", expect={"route": "out_of_scope"})
    c2 = case(id="o2", category="out_of_scope", question="other society?", expect={"route": "out_of_scope"})
    r = run([c1, c2], {"weather?": oos, "other society?": CALC})
    assert r.metrics["out_of_scope"]["out_of_scope_accuracy"] == 0.5
    assert r.metrics["out_of_scope"]["answered_with_rule"] == 1.0  # a count, not a mean
    assert "has_citation" not in r.results[0].checks  # out-of-scope answers need no citation


def test_citation_checks_unknown_ids_and_cited_outside_retrieved():
    ans = CALC.model_copy(update={"citations": cite("tsa-cme/5.1", "tsa-cme/99"), "retrieved": ["tsa-cme/5.1"]})
    res = run([case(question="q")], {"q": ans}).results[0]
    assert res.checks["citation_valid"] == 0.0 and res.checks["citation_precision"] == 0.5
    assert {f.kind for f in res.failures} == {"unknown_citation", "cited_not_retrieved"}


def test_an_answer_without_citations_fails_the_contract():
    ans = CALC.model_copy(update={"citations": []})
    res = run([case(question="q")], {"q": ans}).results[0]
    assert [f.kind for f in res.failures] == ["no_citation"]


def test_engine_crash_and_missing_engine_fail_the_case_not_the_run():
    class Boom:
        def answer(self, *a, **k):
            raise RuntimeError("kaput")

    r = run_cases([case(question="q", expect={"route": "calculator"})], engine=Boom(), progress=False)
    assert r.results[0].failures[0].kind == "engine_error" and "kaput" in r.results[0].failures[0].actual


def test_retrieval_cases_rank_with_the_retriever_and_cite_with_the_engine():
    ranking = ["tsa-cme/5.2", "tsa-cme/5.1", "tsa-cme/5.3", "tsa-cme/5.4", "tsa-cme/5.5"]
    c = case(id="r1", category="retrieval", lang="en", question="annual meeting", expect={"gold_ids": ["tsa-cme/5.1"]})
    r = run([c], {"annual meeting": CALC}, {"annual meeting": ranking})
    res = r.results[0]
    assert res.ranking == ranking
    assert (res.checks["recall@1"], res.checks["recall@3"], res.checks["mrr"]) == (0.0, 1.0, 0.5)
    assert res.checks["gold_cited"] == 1.0
    assert r.by_lang["retrieval"]["en"]["mrr"] == 0.5
    # rank_only: no engine at all.
    r = run_cases([c], engine=None, retriever=FakeRetriever({"annual meeting": ranking}), progress=False, rank_only=True)
    assert r.results[0].passed and "gold_cited" not in r.results[0].checks


def test_recall_at_k_is_a_hit_when_any_gold_id_is_in_the_top_k():
    c = case(id="r2", category="retrieval", question="q", expect={"gold_ids": ["a/1", "a/2"]})
    res = run_cases([c], retriever=FakeRetriever({"q": ["x", "y", "z", "w", "a/2"]}), progress=False,
                    rank_only=True).results[0]
    assert (res.checks["recall@1"], res.checks["recall@3"], res.checks["recall@5"]) == (0.0, 0.0, 1.0)
    assert res.checks["mrr"] == 0.2
    assert [f.kind for f in res.failures] == ["gold_not_in_top3"]


def test_metrics_aggregate_per_category_and_language():
    cases = [case(id=f"c{i}", category="routing", lang=lang, question=q, expect={"route": "calculator"})
             for i, (lang, q) in enumerate([("en", "a"), ("en", "b"), ("zh-CN", "c")])]
    answers = {"a": CALC, "b": CALC.model_copy(update={"route": "retrieval"}), "c": CALC}
    r = run(cases, answers)
    assert r.metrics["routing"]["route_accuracy"] == pytest.approx(2 / 3)
    assert r.by_lang["routing"]["en"]["route_accuracy"] == 0.5
    assert r.by_lang["routing"]["zh-CN"]["pass_rate"] == 1.0
    assert r.metrics["all"]["cases"] == 3
    assert r.metrics["routing"]["latency_p95_ms"] >= r.metrics["routing"]["latency_p50_ms"] >= 0


WRONG = CALC.model_copy(update={"tool_calls": [CALC.tool_calls[0].model_copy(update={"result": {"total": 120}})]})
ASK = RetrievingAnswer(question="", lang="zh-TW", route="clarify", answer="幾次？", citations=cite("tsa-cme/5.1"),
                       missing=["count: 幾次？"])


def test_a_wrong_figure_is_confidently_wrong_and_not_fully_right():
    c = case(question="年會", expect={"route": "calculator", "tool": {"name": "tsa_credit_tally"},
                                     "result": {"total": 60}})
    res = run([c], {"年會": WRONG}).results[0]
    assert res.checks["fully_right"] == 0.0 and res.checks["confidently_wrong"] == 1.0


def test_a_question_back_is_neither_right_nor_confidently_wrong():
    c = case(question="年會", expect={"route": "calculator", "tool": {"name": "tsa_credit_tally"},
                                     "result": {"total": 60}})
    res = run([c], {"年會": ASK}).results[0]
    assert res.checks["fully_right"] == 0.0 and res.checks["confidently_wrong"] == 0.0


def test_clarify_then_followup_is_checked_on_both_turns():
    c = case(category="clarify", question="年會", expect={
        "route": "clarify", "tool": {"name": "tsa_credit_tally"}, "missing": ["how many"],
        "followup": "1 次", "followup_result": {"total": 60}})
    res = run([c], {"年會": ASK, "年會 >> 1 次": CALC}).results[0]
    assert res.checks["clarify_no_default"] == 1.0 and res.checks["followup_pinned"] == 1.0
    bad = run([c], {"年會": WRONG, "年會 >> 1 次": CALC}).results[0]  # a default filled in, no question asked
    assert bad.checks["clarify_no_default"] == 0.0


def test_each_part_of_a_multi_part_question_must_be_right():
    parts = [{"route": "calculator", "tool": {"name": "tsa_credit_tally"}, "result": {"total": 60}},
             {"route": "calculator", "tool": {"name": "tsa_credit_tally"}, "result": {"total": 60}}]
    c = case(question="兩題", expect={"route": "calculator", "parts": parts})
    both = CALC.model_copy(update={"parts": [CALC, CALC]}) if "parts" in Answer.model_fields else None
    if both is not None:
        assert run([c], {"兩題": both}).results[0].checks["fully_right"] == 1.0
    one = run([c], {"兩題": CALC}).results[0]  # only the first part answered
    assert one.checks["parts_right"] == 0.0 and one.checks["fully_right"] == 0.0
    wrong = run([c], {"兩題": WRONG}).results[0]
    assert wrong.checks["confidently_wrong"] == 1.0


def test_a_question_back_is_for_the_calculation_it_names():
    c = case(category="clarify", question="年會", expect={"route": "clarify", "tool": {"name": "tsa_credit_tally"}})
    asking = ASK.model_copy(update={"pending_call": PendingCall(name="tsa_credit_tally", args={})})
    assert run([c], {"年會": asking}).results[0].checks["tool_accuracy"] == 1.0
    other = ASK.model_copy(update={"pending_call": PendingCall(name="tsa_renewal_check", args={})})
    assert run([c], {"年會": other}).results[0].checks["tool_accuracy"] == 0.0


def test_a_list_of_objects_matches_in_any_order_a_list_of_numbers_in_order():
    from evals.runner import values_match
    a = [{"kind": "atls", "count": 1, "year": 2025}, {"kind": "atls", "count": 1, "year": 2026}]
    assert values_match(a, list(reversed(a)), 1e-6)
    assert not values_match(a, [a[0], a[0]], 1e-6)
    assert not values_match([100, 0, 120], [0, 100, 120], 1e-6)  # yearly credits: the order is the years'


def test_a_pinned_dict_pins_the_keys_it_names():
    from evals.runner import pinned_mismatches

    result = {"grades": {"reading_system": "B", "phantom_image": "A"}, "worst": "B"}
    assert pinned_mismatches({"grades": {"reading_system": "B"}, "worst": "B"}, result, 0.01) == []
    assert pinned_mismatches({"grades": {"reading_system": "A"}}, result, 0.01) == [("grades.reading_system", "A", "B")]
    assert pinned_mismatches({"grades": {"exposure_index_cr": "A"}}, result, 0.01) == [("grades.exposure_index_cr", "A", "<missing>")]


def test_a_single_calculation_answered_in_parts_is_judged_on_all_its_parts():
    lifetime = ToolCall(name="tsir_renewal_check", args={"birth_date": "1966-12-10"},
                        result={"lifetime_eligible": False, "points": 0, "shortfall": 200})
    points = ToolCall(name="tsir_renewal_check", args={"cme_points": 120},
                      result={"lifetime_eligible": None, "points": 120, "shortfall": 80})
    part = lambda call: CALC.model_copy(update={"tool_calls": [call], "citations": cite("tsir-instructor/5")})  # noqa: E731
    c = case(question="終身？不行的話差幾分", expect={
        "route": "calculator", "tool": {"name": "tsir_renewal_check", "args": {"cme_points": 120}},
        "result": {"points": 120, "shortfall": 80, "lifetime_eligible": False}})
    both = part(lifetime).model_copy(update={"tool_calls": [lifetime, points], "parts": [part(lifetime), part(points)]})
    res = run([c], {"終身？不行的話差幾分": both}).results[0]
    assert res.checks["tool_args_accuracy"] == 1.0 and res.checks["pinned_output_match"] == 1.0
    assert res.checks["fully_right"] == 1.0 and res.checks["confidently_wrong"] == 0.0
    # a field no part has right is still wrong, and two calls with no parts are judged on the first
    wrong = ToolCall(name="tsir_renewal_check", args={"cme_points": 100},
                     result={"lifetime_eligible": False, "points": 100, "shortfall": 100})
    bad = both.model_copy(update={"tool_calls": [lifetime, wrong], "parts": [part(lifetime), part(wrong)]})
    res = run([c], {"終身？不行的話差幾分": bad}).results[0]
    assert res.checks["pinned_output_match"] == 0.0 and res.checks["confidently_wrong"] == 1.0
    flat = both.model_copy(update={"parts": []})
    assert run([c], {"終身？不行的話差幾分": flat}).results[0].checks["pinned_output_match"] == 0.0


def test_an_item_of_the_gold_article_counts_as_citing_it_but_a_sibling_does_not():
    c = case(question="q", expect={"cite_any": ["tsa-cme/5.9"]})
    item = CALC.model_copy(update={"citations": cite("tsa-cme/5.9.1"), "retrieved": ["tsa-cme/5.9.1"]})
    assert run([c], {"q": item}).results[0].checks["cite_match"] == 1.0
    sibling = CALC.model_copy(update={"citations": cite("tsa-cme/5.10"), "retrieved": ["tsa-cme/5.10"]})
    res = run([c], {"q": sibling}).results[0]
    assert res.checks["cite_match"] == 0.0 and [f.kind for f in res.failures] == ["citation"]


def _rules_case(first_line, polarity=None):
    return case(id="rc", category="rules", question="q", expect={
        "route": "retrieval", "gold_ids": ["tsa-cme/5.1"], "first_line": first_line, "polarity": polarity})


def test_a_rules_question_with_the_persons_own_figure_may_be_answered_by_a_right_calculation():
    res = run([_rules_case(["60", "分"])], {"q": CALC}).results[0]
    assert res.passed and res.checks["answered_by_calculation"] == 1.0
    report = run([_rules_case(["60", "分"])], {"q": CALC})
    assert report.metrics["rules"]["answered_by_calculation"] == 1.0


def test_a_calculation_that_does_not_answer_the_rules_question_still_fails_its_route():
    # the first line lacks the rule's figure the question asked for
    res = run([_rules_case(["20"])], {"q": CALC}).results[0]
    assert not res.passed and "answered_by_calculation" not in res.checks
    assert "route" in {f.kind for f in res.failures}
    # the right figure but no gold clause cited
    other = CALC.model_copy(update={"citations": cite("tsa-cme/5.2")})
    res = run([_rules_case(["60"])], {"q": other}).results[0]
    assert "route" in {f.kind for f in res.failures}


def test_an_item_field_the_case_never_names_and_that_defaults_to_not_given_is_not_compared():
    from evals.runner import args_mismatches
    from evals.schema import ToolExpect
    exp = ToolExpect(name="tsa_credit_tally", args={"activities": [{"kind": "tsa_monthly_meeting", "count": 3}]})
    read_year = {"activities": [{"kind": "tsa_monthly_meeting", "count": 3, "year": 2026}]}
    assert args_mismatches(exp, read_year, 1e-6) == []  # "今年" read as 2026: the case left the year out
    wrong = {"activities": [{"kind": "tsa_monthly_meeting", "count": 2, "year": 2026}]}
    assert args_mismatches(exp, wrong, 1e-6)
    named = ToolExpect(name="tsa_credit_tally", args={"activities": [{"kind": "tsa_monthly_meeting", "count": 3,
                                                                      "year": 2025}]})
    assert args_mismatches(named, read_year, 1e-6)  # a year the case names is compared


def test_items_alike_but_for_their_count_compare_as_one_item_with_the_counts_summed():
    from evals.runner import args_mismatches
    from evals.schema import ToolExpect
    exp = ToolExpect(name="tsir_renewal_check", args={"activities": [
        {"kind": "lecturer_or_moderator", "count": 2, "scope": "international"},
        {"kind": "oral_or_eposter", "count": 1, "scope": "domestic"}], "cme_points": 90})
    split = {"activities": [{"kind": "lecturer_or_moderator", "count": 1, "scope": "international"},
                            {"kind": "lecturer_or_moderator", "count": 1, "scope": "international"},
                            {"kind": "oral_or_eposter", "count": 1, "scope": "domestic"}], "cme_points": 90}
    assert args_mismatches(exp, split, 1e-6) == []  # CIRSE once + SIR once = two international talks
    other_scope = {"activities": [{"kind": "lecturer_or_moderator", "count": 1, "scope": "international"},
                                  {"kind": "lecturer_or_moderator", "count": 1, "scope": "domestic"},
                                  {"kind": "oral_or_eposter", "count": 1, "scope": "domestic"}], "cme_points": 90}
    assert args_mismatches(exp, other_scope, 1e-6)  # items that differ in a field are never merged
    too_few = {"activities": [{"kind": "lecturer_or_moderator", "count": 1, "scope": "international"},
                              {"kind": "oral_or_eposter", "count": 1, "scope": "domestic"}], "cme_points": 90}
    assert args_mismatches(exp, too_few, 1e-6)
