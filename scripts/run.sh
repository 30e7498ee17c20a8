#!/usr/bin/env bash
# Starts CT05 Desktop; the first time (or after pyproject.toml changed) it installs it in a
# virtual environment, with the libraries Qt needs for a screen. Later starts need no
# network: an office is often offline. Pass --db PATH to open another database.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/ct05-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ -x .venv/bin/ct05-desktop && -f $stamp && "$(cat "$stamp")" == "$wanted" ]]; then
  exec .venv/bin/ct05-desktop "$@"  # installed and current: start, nothing fetched
fi
bash scripts/system-deps.sh --display
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .  # editable: a newer checkout runs without reinstalling
echo "$wanted" > "$stamp"
exec .venv/bin/ct05-desktop "$@"
