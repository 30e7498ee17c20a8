#!/usr/bin/env bash
# Installs CT05 Desktop in a virtual environment (with the libraries Qt needs for a screen)
# and starts the window. Pass --db PATH to open another database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --display
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
exec .venv/bin/ct05-desktop "$@"
