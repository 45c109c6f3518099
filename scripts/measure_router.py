"""Measure the route arbiter on the validation files only (never trained on: scripts/train_router.py VALIDATION).

Runs `regbot eval` on the four validation files once per arbiter setting (REGBOT_ROUTE_ARBITER = off | e5 | tfidf)
and prints, for each: credit_rules_routed, route accuracy (rules; calculator + clarify; all in scope), the rules first
line, calculator fully_right and confidently_wrong, and the cases whose route differs from the cue router's alone.

    python scripts/measure_router.py [--kinds off e5 tfidf] [--out docs/route_arbiter.md]

Run one at a time on a shared machine (each setting is one eval of ~330 questions).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from train_router import VALIDATION  # noqa: E402


def run_eval(kind: str, out: Path) -> dict:
    """One eval of the validation files; `kind` is off, e5, tfidf, or KIND@P (a threshold P other than the router's)."""
    name, _, p = kind.partition("@")
    env = dict(os.environ, REGBOT_ROUTE_ARBITER=name)
    env.pop("REGBOT_ROUTE_ARBITER_P", None)
    if p:
        env["REGBOT_ROUTE_ARBITER_P"] = p
    regbot = Path(sys.executable).with_name("regbot")
    cmd = [str(regbot), "eval", "--no-progress", "--json", str(out)]
    for v in VALIDATION:
        cmd += ["--cases", v]
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return json.loads(out.read_text(encoding="utf-8"))


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 3) if xs else None


def figures(run: dict) -> dict:
    cases = run["cases"]
    rules = [c for c in cases if c["category"] == "rules"]
    calc = [c for c in cases if c["category"] == "calculator"]
    own = [c for c in cases if c["category"] in ("calculator", "clarify")]
    inscope = rules + own
    return {
        "credit_rules_routed": _mean([c["checks"]["credit_rules_routed"] for c in cases if "credit_rules_routed" in c["checks"]]),
        "route_rules": _mean([c["checks"].get("route_accuracy", 0.0) for c in rules]),
        "route_calc_clarify": _mean([c["checks"].get("route_accuracy", 0.0) for c in own]),
        "route_all": _mean([c["checks"].get("route_accuracy", 0.0) for c in inscope]),
        "rules_first_line": _mean([c["checks"].get("first_line_answers", 0.0) for c in rules]),
        "calc_fully_right": _mean([c["checks"].get("fully_right", 0.0) for c in calc]),
        "confidently_wrong": sum(c["checks"].get("confidently_wrong", 0.0) for c in calc),
        "pass_rate": _mean([1.0 if c["passed"] else 0.0 for c in cases]),
        "n": {"rules": len(rules), "calculator": len(calc), "clarify": len(own) - len(calc),
              "credits": sum("credit_rules_routed" in c["checks"] for c in cases)},
    }


def zone_rows(rows: list[tuple[str, int]]) -> list[tuple[int, str, int, str]]:
    """(row index, question, label, cue route) of the rows the cue router decides inside the arbiter's zone."""
    from bot.parsing.text import Query
    from bot.routing import _decided, arbiter_zone

    out = []
    for i, (question, y) in enumerate(rows):
        q = Query(question)
        d = _decided(q)
        if arbiter_zone(q, d):
            out.append((i, question, y, d.route))
    return out


def zone_report() -> None:
    """The zone on the training rows (5-fold out-of-fold P(rule) for tf-idf; e5 on its sample's zone rows): how many
    rule-asked rows the zone holds, and how many of each class a threshold would flip — the threshold is chosen here,
    on training data, never on the validation files."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    import train_router as tr
    from bot.route_arbiter import tfidf_text

    rows = tr.training_rows()
    texts = [q for q, _ in rows]
    y = np.array([lab for _, lab in rows])
    zone = zone_rows(rows)
    zi = np.array([i for i, *_ in zone])
    print(f"training rows {len(rows)}; in the zone {len(zone)}: rule-asked {int(y[zi].sum())}, own {len(zi) - int(y[zi].sum())}")
    p_tf = np.zeros(len(rows))
    for trn, te in StratifiedKFold(5, shuffle=True, random_state=tr.SEED).split(texts, y):
        vec, lr = tr.fit_tfidf([texts[i] for i in trn], y[trn])
        p_tf[te] = lr.predict_proba(vec.transform([tfidf_text(texts[i]) for i in te]))[:, 1]
    pick = tr.e5_sample(y)
    x = tr.embed([texts[i] for i in pick], Path("/tmp/route39/cache") if Path("/tmp/route39/cache").exists() else None)
    p_e5 = np.full(len(rows), np.nan)
    for trn, te in StratifiedKFold(5, shuffle=True, random_state=tr.SEED).split(x, y[pick]):
        lr = tr.fit_e5(x[trn], y[pick][trn])
        p_e5[pick[te]] = lr.predict_proba(x[te])[:, 1]
    for name, p in (("tfidf", p_tf), ("e5", p_e5)):
        zp = p[zi]
        ok = ~np.isnan(zp)
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            flip = zp[ok] >= t
            print(f"  {name} P>={t}: flips rule-asked {int((flip & (y[zi][ok] == 1)).sum())}/{int((y[zi][ok] == 1).sum())},"
                  f" own {int((flip & (y[zi][ok] == 0)).sum())}/{int((y[zi][ok] == 0).sum())}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", nargs="+", default=["off", "e5", "tfidf"])
    ap.add_argument("--keep", type=Path, default=None, help="a folder to keep each run's eval JSON in")
    ap.add_argument("--zone", action="store_true", help="report the zone and thresholds on the training rows instead")
    args = ap.parse_args()
    if args.zone:
        zone_report()
        return 0
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for kind in args.kinds:
            runs[kind] = run_eval(kind, folder / f"validation-{kind.replace('@', '-')}.json")
    table = {k: figures(r) for k, r in runs.items()}
    keys = [k for k in table[args.kinds[0]] if k != "n"]
    print("validation (" + ", ".join(VALIDATION) + "): " + json.dumps(table[args.kinds[0]]["n"]))
    print("| metric | " + " | ".join(args.kinds) + " |")
    print("|---|" + "---|" * len(args.kinds))
    for k in keys:
        print(f"| {k} | " + " | ".join(str(table[kind][k]) for kind in args.kinds) + " |")
    base = {c["id"]: c for c in runs[args.kinds[0]]["cases"]}
    for kind in args.kinds[1:]:
        for c in runs[kind]["cases"]:
            b = base.get(c["id"])
            if b is not None and (b["route"] != c["route"] or b["passed"] != c["passed"]):
                print(f"  {kind}: {c['id']} ({c['category']}) {b['route']} -> {c['route']}"
                      f"  passed {b['passed']} -> {c['passed']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
