#!/usr/bin/env bash
# Installs what the tests need (system libraries, a virtual environment, the project with its
# dev extras), then runs every check: ruff format, ruff lint, mypy, pytest (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --pages  # LibreOffice: the appendix's pages are counted
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
bash scripts/check.sh
