#!/usr/bin/env bash
# Every check, in one command (run after scripts/test.sh has installed the environment).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
export PATH="$PWD/.venv/bin:$PATH"  # the acceptance test runs the ct05 command
[[ -x $py ]] || py=python3
echo "== ruff format";  $py -m ruff format --check src tests benchmarks packaging
echo "== ruff check";   $py -m ruff check src tests benchmarks packaging
echo "== mypy";         $py -m mypy
echo "== pytest";       QT_QPA_PLATFORM=offscreen $py -m pytest -q
