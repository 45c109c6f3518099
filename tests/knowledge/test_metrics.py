import pytest

from knowledge.metrics import first_hit_rank, mrr, recall_at_k, summarize

RANKED = ["hpa-mammo/2.5.4", "hpa-mammo/2.5", "tsa-cme/5.1"]


@pytest.mark.parametrize(
    ("gold", "k", "expected"),
    [
        (["hpa-mammo/2.5"], 1, 0.0),  # a child in first place does not count for its parent
        (["hpa-mammo/2.5"], 2, 1.0),
        (["tsa-cme/5.1", "hpa-mammo/2.5"], 2, 1.0),  # any gold id is enough
        (["tsa-cme/5.12"], 3, 0.0),
        (["tsa-cme/5"], 3, 0.0),  # nor does a child count for the article
    ],
)
def test_recall_at_k(gold, k, expected):
    assert recall_at_k(RANKED, gold, k) == expected


def test_mrr_and_first_hit_rank():
    assert first_hit_rank(RANKED, ["tsa-cme/5.1"]) == 3
    assert mrr(RANKED, ["tsa-cme/5.1"]) == pytest.approx(1 / 3)
    assert mrr(RANKED, ["nope/1"]) == 0.0
    assert first_hit_rank([], ["a"]) is None


def test_summarize_means_over_cases():
    out = summarize([["a", "b"], ["c", "d"]], [["b"], ["x"]], ks=(1, 3))
    assert out == {"cases": 2.0, "recall@1": 0.0, "recall@3": 0.5, "mrr": 0.25}
    with pytest.raises(ValueError):
        summarize([["a"]], [])


def test_the_eval_runner_scores_with_these_functions():
    import evals.runner

    assert evals.runner.recall_at_k is recall_at_k and evals.runner.mrr is mrr  # one definition, not two
    assert recall_at_k(["a", "b"], ["b"], 1) == 0.0 and recall_at_k(["a", "b"], ["b"], 2) == 1.0
    assert mrr(["a", "b"], ["b"]) == 0.5
