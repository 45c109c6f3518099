#!/usr/bin/env bash
# Creates .venv, installs regbot with its test extras, builds the index and
# answers a sample question on the embedded defaults (no tokens, no downloads).
# Usage: bash scripts/setup.sh [--no-demo]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# The stamp skips a reinstall when neither pyproject.toml nor constraints.txt has changed.
stamp=.venv/.regbot-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first, pinned: the CPU build on this machine's disk, not a CUDA build.
  .venv/bin/python -m pip install -q "torch==2.13.0"
  # the versions CI was last green with (constraints.txt): a fresh machine answers the same questions the same way
  .venv/bin/python -m pip install -q -c constraints.txt -e ".[dev]"
  touch "$stamp"
fi
if [ "${1:-}" != "--no-demo" ]; then
  .venv/bin/regbot index
  .venv/bin/regbot ask "今年參加本會年會1次、月會3次，積分多少？"
  .venv/bin/regbot ask "乳攝車每名放射師一天最多可以拍幾案？"
fi
