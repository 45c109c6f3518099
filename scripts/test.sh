#!/usr/bin/env bash
# Runs the whole test suite (sets up .venv first if needed). Extra args go to pytest (e.g. test files: only those run).
set -euo pipefail
cd "$(dirname "$0")/.."
# .ci/run sets REGBOT_SETUP_DONE=1 after its own setup, so its two lanes do not run setup side by side.
[ "${REGBOT_SETUP_DONE:-}" = 1 ] || bash scripts/setup.sh --no-demo
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when it collected nothing: that is a failure for us, not a pass.
if [ "$rc" -eq 5 ]; then echo "no tests were collected" >&2; exit 1; fi
exit "$rc"
