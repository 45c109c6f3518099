"""Train the route model: which of three a question is — one's own figure (own), what a rule says (rules) or another
subject than our three regulations (oos). Issues 9 and 10; measured in docs/route_model.md.

Labelled questions: every case in evals/cases/*.yaml and evals/blind/*.yaml with a question and an expected route
(calculator / clarify → own, retrieval → rules, out_of_scope → oos); follow-up replies skipped, a question labelled two
ways dropped, evals/heldout never read. One classifier: character 1-3-gram tf-idf of the folded question (as the router
reads it) → multinomial logistic regression. The weights go to bot/route_model.json (nothing downloaded at run time);
bot/route_model.py scores a question with numpy alone.

    python scripts/train_route_model.py                         # rebuild bot/route_model.json
    python scripts/train_route_model.py --check                 # the training data's hash against the artefact's
    python scripts/train_route_model.py --leave-out F [F …]     # measure: train without the files F, report on them

Needs scikit-learn (the dev extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_router import data_hash, folded  # noqa: E402 - the arbiter's text folding and hash, shared

ARTEFACT = ROOT / "bot" / "route_model.json"
SOURCES = ("evals/cases", "evals/blind")  # never evals/heldout
NOT_TRAINED = ("evals/cases/ask_routemodel46.yaml",)  # the model's own test phrasings
# the unit tests' phrasings with the cue router's route (scripts/route_phrasings_from_tests.py): the boundaries earlier
# rounds fixed one by one, which the blind banks rarely phrase (docs/route_model.md, round 47)
UNIT_TESTS = ROOT / "evals" / "route_model_unit_tests.jsonl"
COARSE = {"calculator": "own", "clarify": "own", "retrieval": "rules", "out_of_scope": "oos"}
NGRAMS = (1, 3)
MIN_DF = 2
MAX_FEATURES = 50000
C = 32.0


def label(case) -> str | None:  # noqa: ANN001 - an evals.schema case
    """own / rules / oos, or None (no route)."""
    route = case.expect.route if case.expect and case.expect.route else {"rules": "retrieval"}.get(case.category, case.category)
    return COARSE.get(route)


def training_files(leave_out: tuple[str, ...] = ()) -> list[str]:
    skip = set(NOT_TRAINED) | set(leave_out)
    return [str(p.relative_to(ROOT)) for folder in SOURCES for p in sorted((ROOT / folder).glob("*.yaml"))
            if str(p.relative_to(ROOT)) not in skip]


def unit_rows() -> list[dict]:
    """The unit tests' phrasings: {"question", "route", "test"} each (empty when the file is absent)."""
    if not UNIT_TESTS.exists():
        return []
    return [json.loads(x) for x in UNIT_TESTS.read_text(encoding="utf-8").splitlines() if x.strip()]


def rows_of(files: list[str], fold: bool = True, *, with_tests: bool = True,
            leave_tests: frozenset[str] | set[str] = frozenset()) -> list[tuple[str, str]]:
    """(question, label) of the files, and (`with_tests`) of the unit tests' phrasings but those of the test files
    `leave_tests`, sorted and de-duplicated; a question labelled two ways is dropped. `fold=False` keeps the questions as
    written (what the data hash is taken over)."""
    from evals.schema import load_file

    seen: dict[str, set[str]] = {}
    for rel in files:
        for case in load_file(ROOT / rel):
            if not case.question or case.followup:
                continue
            y = label(case)
            if y is not None:
                seen.setdefault(folded(case.question) if fold else case.question.strip(), set()).add(y)
    for row in unit_rows() if with_tests else []:
        if row["test"] not in leave_tests:
            seen.setdefault(folded(row["question"]) if fold else row["question"].strip(), set()).add(COARSE[row["route"]])
    return sorted((q, next(iter(ys))) for q, ys in seen.items() if len(ys) == 1)


def fit(texts: list[str], y: list[str]):  # noqa: ANN201 - (vectoriser, classifier)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from bot.route_arbiter import tfidf_text

    vec = TfidfVectorizer(analyzer="char", ngram_range=NGRAMS, min_df=MIN_DF, max_features=MAX_FEATURES,
                          sublinear_tf=True, lowercase=False, dtype=np.float64)
    x = vec.fit_transform([tfidf_text(t) for t in texts])
    lr = LogisticRegression(C=C, max_iter=4000).fit(x, y)
    return vec, lr


def weights(vec, lr) -> dict:  # noqa: ANN001 - a fitted TfidfVectorizer and LogisticRegression
    """The classifier as bot/route_model.py reads it."""
    vocab = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    return {"classes": [str(c) for c in lr.classes_], "ngrams": list(vec.ngram_range),
            "grams": [g for g, _ in vocab],
            "idf": [round(float(vec.idf_[i]), 4) for _, i in vocab],
            "bias": [round(float(b), 6) for b in lr.intercept_],
            "weights": [[round(float(w[i]), 4) for _, i in vocab] for w in lr.coef_]}


def build() -> dict:
    files = training_files()
    rows = rows_of(files)
    vec, lr = fit([q for q, _ in rows], [y for _, y in rows])
    art = weights(vec, lr)
    return {
        "about": "route model: own / rules / oos for a question (scripts/train_route_model.py)",
        "data_hash": data_hash([(q, art["classes"].index(y)) for q, y in rows_of(files, fold=False)]),
        "n_train": len(rows),
        "counts": dict(Counter(y for _, y in rows)),
        "sources": files,
        "unit_tests": sum(1 for _ in unit_rows()),  # the unit tests' phrasings (UNIT_TESTS), also trained on
        "min_df": MIN_DF, "max_features": MAX_FEATURES, "C": C,
        **art,
    }


def leave_out(files: list[str], thresholds: tuple[float, ...] = (0.8, 0.85, 0.9, 0.95)) -> None:
    """Train without `files`; print, per threshold, how often the model is confident on them and right."""
    from bot.route_arbiter import tfidf_text
    from evals.schema import load_file

    rows = rows_of(training_files(tuple(files)))
    vec, lr = fit([q for q, _ in rows], [y for _, y in rows])
    test = [(folded(c.question), label(c)) for f in files for c in load_file(ROOT / f) if c.question and label(c)]
    probs = lr.predict_proba(vec.transform([tfidf_text(q) for q, _ in test]))
    print(f"trained on {len(rows)}; {len(test)} questions left out")
    for th in thresholds:
        sure = [(lr.classes_[int(np.argmax(p))], y) for p, (_, y) in zip(probs, test, strict=True) if p.max() >= th]
        right = sum(a == b for a, b in sure)
        print(f"  P >= {th}: confident on {len(sure)}, right {right} ({right / max(len(sure), 1):.3f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare the training data's hash with the artefact's")
    ap.add_argument("--leave-out", nargs="+", default=None, help="measure on these case files, trained without them")
    ap.add_argument("--out", type=Path, default=ARTEFACT)
    args = ap.parse_args()
    if args.leave_out:
        leave_out(args.leave_out)
        return 0
    if args.check:
        art = json.loads(args.out.read_text(encoding="utf-8"))
        rows = rows_of(art["sources"], fold=False)
        now = data_hash([(q, art["classes"].index(y)) for q, y in rows])
        print(f"artefact {art['data_hash']}  data {now}  {'same' if art['data_hash'] == now else 'DIFFERENT: retrain'}")
        return 0 if art["data_hash"] == now else 1
    art = build()
    args.out.write_text(json.dumps(art, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB): {art['n_train']} questions {art['counts']}, "
          f"hash {art['data_hash']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
