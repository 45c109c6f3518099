"""Compare two `regbot eval --json` reports case by case: every recorded field but the latency must be identical
(usage: scripts/compare_eval_records.py BEFORE.json AFTER.json; exit 1 on any difference)."""
import json, sys

def records(path):
    data = json.loads(open(path, encoding="utf-8").read())
    out = {}
    for c in data["cases"]:
        rec = {k: v for k, v in c.items() if k != "latency_ms"}
        key = (c.get("source"), c["id"])
        assert key not in out, key
        out[key] = rec
    return out

a, b = records(sys.argv[1]), records(sys.argv[2])
print(f"{sys.argv[1]}: {len(a)} cases, {sum(r['passed'] for r in a.values())} passed")
print(f"{sys.argv[2]}: {len(b)} cases, {sum(r['passed'] for r in b.values())} passed")
if a.keys() != b.keys():
    print("case sets differ:", len(a.keys() - b.keys()), "only before,", len(b.keys() - a.keys()), "only after")
diff = [k for k in a.keys() & b.keys() if a[k] != b[k]]
core = [k for k in diff if any(a[k].get(f) != b[k].get(f) for f in ("passed", "route", "calls"))
        or [x["kind"] for x in a[k]["failures"]] != [x["kind"] for x in b[k]["failures"]]]
print(f"records differing (any field but latency): {len(diff)}; in id/passed/failure kinds/route/calls: {len(core)}")
for k in sorted(diff)[:20]:
    print(" ", k, {f: (a[k].get(f), b[k].get(f)) for f in a[k] if a[k].get(f) != b[k].get(f)})
sys.exit(1 if diff or a.keys() != b.keys() else 0)
