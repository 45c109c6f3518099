#!/usr/bin/env bash
# Rewrites constraints.txt from the current .venv (run after scripts/setup.sh when a dependency changed).
set -euo pipefail
cd "$(dirname "$0")/.."
{
  sed -n '1,/^# fresh machine/p' constraints.txt
  .venv/bin/python -m pip freeze --exclude-editable | grep -v -i '^torch=='
} > constraints.txt.new
mv constraints.txt.new constraints.txt
