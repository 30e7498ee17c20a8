#!/usr/bin/env bash
# The tests under coverage, the window's pool threads and the command line's subprocesses
# counted too ([tool.coverage.run] in pyproject.toml); prints the total and the files
# below 90%.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen
"$PY" -m coverage erase
"$PY" -m coverage run -m pytest -q -p no:cacheprovider "$@"
"$PY" -m coverage combine -q
"$PY" -m coverage report --fail-under=0 | awk 'NR <= 2 || $NF+0 < 90 || /TOTAL/'
