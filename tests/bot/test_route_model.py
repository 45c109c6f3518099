"""Round 46: the route model (bot/route_model.py) — own figure / a rule / another subject, read by a classifier trained
on the labelled questions, overruling the cue router only where it is confident (docs/route_model.md)."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest

from bot import route_model
from bot.engine import _model_overrules
from bot.parsing.text import Query
from bot.routing import Decision

ROOT = Path(__file__).resolve().parents[2]
TODAY = datetime.date(2026, 11, 25)


def test_scoring_matches_scikit_learn():
    """The numpy scoring gives scikit-learn's own probabilities for the same fitted classifier."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_route_model as tr

    from bot.route_arbiter import tfidf_text

    texts = ["月會去了三次幾分", "年會一次月會兩次總共多少", "規定一年最多幾分", "幾天前要申請", "內科醫學會的積分",
             "家醫科換證要幾分", "我的完成率 55% 扣多少", "上限是多少分", "骨科學會的年會", "月會每次幾分"]
    labels = ["own", "own", "rules", "rules", "oos", "oos", "own", "rules", "oos", "rules"]
    tr_min_df = tr.MIN_DF
    try:
        tr.MIN_DF = 1
        vec, lr = tr.fit(texts, labels)
    finally:
        tr.MIN_DF = tr_min_df
    model = route_model.RouteModel(tr.weights(vec, lr))
    for text in ["月會三次", "一年上限", "內科換證", "完全無關的句子 xyz"]:
        want = dict(zip(lr.classes_, lr.predict_proba(vec.transform([tfidf_text(text)]))[0], strict=True))
        got = model.probabilities(text)
        assert got == pytest.approx(want, abs=1e-3)


def test_artefact_matches_its_training_data():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_route_model as tr
    from train_router import data_hash

    art = json.loads(route_model.ARTEFACT.read_text(encoding="utf-8"))
    assert set(art["classes"]) == set(route_model.ROUTES)
    assert not any("heldout" in s for s in art["sources"])
    assert not set(tr.NOT_TRAINED) & set(art["sources"])
    rows = tr.rows_of(art["sources"], fold=False)
    assert data_hash([(q, art["classes"].index(y)) for q, y in rows]) == art["data_hash"], \
        "rerun scripts/train_route_model.py"


def test_turned_off(monkeypatch):
    monkeypatch.setenv("REGBOT_ROUTE_MODEL", "off")
    assert route_model.confident("家醫科專科醫師換證要幾分") is None
    monkeypatch.setenv("REGBOT_ROUTE_MODEL", "on")
    assert route_model.confident("家醫科專科醫師換證要幾分") == "oos"


def test_not_sure_is_none():
    assert route_model.confident("月會", threshold=1.0) is None
    assert route_model.confident("   ") is None


# --- the overrides, on the cue router's decision ------------------------------------------------------------------------


def test_a_calculation_or_question_back_is_never_overruled():
    # one's own stated figure and one's own rate asked without it: the cue router's, whatever the model reads
    for text, route in [("陰性複判差異 23%，他還能繼續判讀嗎", "calculator"), ("我們的追蹤完成率會被扣多少？", "clarify")]:
        decision = Decision(route, None)
        for model_route in ("rules", "oos", "own"):
            assert _model_overrules(Query(text, TODAY), decision, model_route) == (decision, None)


def test_a_rules_answer_read_as_another_subject_is_refused():
    assert _model_overrules(Query("家醫科換證要幾分", TODAY), None, "oos") == (None, "oos")


def test_a_rules_answer_read_as_ones_own_needs_two_facts_read():
    # two items of one's own: calculated
    q = Query("今年：專科醫學會年會一天的去了兩次，還有國外研討會一場，會外上限30對吧，最後認多少", TODAY)
    decision, why = _model_overrules(q, None, "own")
    assert why == "own" and decision.route == "calculator" and decision.extraction.facts >= 2
    # one item is as often the rule's own per-item value: left to the rules
    assert _model_overrules(Query("月會一次給幾分", TODAY), None, "own") == (None, None)


def test_a_condition_the_question_excludes_is_never_calculated():
    # 5.9(2) counts training at a medical centre only: a regional hospital's three months is the rule's to answer
    q = Query("我去年在區域醫院進修三個月、月會兩次，這樣算幾分", TODAY)
    decision, why = _model_overrules(q, None, "own")
    assert why is None or all(i.get("kind") != "training_domestic" for i in decision.extraction.args.get("activities", []))


def test_a_follow_up_is_never_overruled():
    q = Query("月會幾次？", TODAY, followup="3 次")
    decision = Decision("calculator", None)
    assert _model_overrules(q, decision, "rules") == (decision, None)


# --- end to end: phrasings of our own, not the banks' ------------------------------------------------------------------

# The instructor rules' purpose asked by someone writing a training plan was this file's overruled example (the scope
# check read residency training); round 49 taught the cue router that a question naming our regulation's purpose stays
# in scope (tests/bot/test_scope49.py), so it is kept here, and no phrasing of ours is overruled end to end any more
# (searched: ask_route4*, ask_scope4*, ask_rulesroute*, ask_routemodel46 — docs/route_model.md "Round 49").
KEPT = [
    ("這個指導老師認證辦法是為了什麼目的訂的？我要寫在訓練計畫裡", "retrieval"),
    ("今年參加了整形外科醫學會的年會一天、月會三次，這樣幾分", "calculator"),
    ("外院研討會跟演講一年最多可以認幾分", "retrieval"),
    ("病理科專科醫師證書展延要多少積分", "out_of_scope"),
    ("我們這台乳攝車上有兩位放射師，一天拍了九十案，有超過嗎？", "calculator"),
]


@pytest.mark.parametrize(("question", "route"), KEPT)
def test_near_misses_keep_their_route(engine, monkeypatch, question, route):
    monkeypatch.setenv("REGBOT_ROUTE_MODEL", "on")
    assert engine.answer(question, today=TODAY).route == route


def test_refusal_says_it_may_be_wrong():
    from bot.compose import render_out_of_scope

    assert "請寫明是哪一份" in render_out_of_scope("unlike_ours", "zh-TW")
    assert "naming which one" in render_out_of_scope("unlike_ours", "en")


# --- round 47: per-direction thresholds, the unit tests' phrasings trained on ------------------------------------------


def test_each_direction_has_its_threshold(monkeypatch):
    monkeypatch.setattr(route_model, "THRESHOLDS", {"keep": 0.99, "refuse": 0.9, "own": 0.95})
    assert route_model.Reading("oos", 0.92).overrules("refuse")
    assert not route_model.Reading("oos", 0.92).overrules("keep")  # only own or rules keep a question in scope
    assert not route_model.Reading("rules", 0.95).overrules("keep")  # below keep's own threshold
    assert route_model.Reading("own", 0.96).overrules("own")
    assert not route_model.Reading("own", 0.94).overrules("own")
    assert not route_model.Reading("rules", 1.0).overrules("refuse")


def test_a_reading_below_its_threshold_overrules_nothing(monkeypatch):
    monkeypatch.setattr(route_model, "THRESHOLDS", {"keep": 1.01, "refuse": 0.9, "own": 0.9})
    q = Query("家醫科換證要幾分", TODAY)
    assert _model_overrules(q, None, route_model.Reading("oos", 0.85)) == (None, None)
    assert _model_overrules(q, None, route_model.Reading("oos", 0.95)) == (None, "oos")


def test_the_unit_tests_phrasings_are_well_formed():
    """evals/route_model_unit_tests.jsonl (scripts/route_phrasings_from_tests.py): one route each, from a test file."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_route_model as tr

    rows = tr.unit_rows()
    assert rows, "run scripts/route_phrasings_from_tests.py"
    assert all(r["route"] in tr.COARSE and r["test"].startswith("tests/") for r in rows)
    assert not any("test_route_model.py" in r["test"] for r in rows)  # the model's own tests turn it on
    assert len({r["question"] for r in rows}) == len(rows)
