#!/usr/bin/env bash
# Resolves packaging/requirements.in into a hash-pinned lock for each platform the bundle
# is built on (Linux with glibc 2.36 or later, here and in CI, Windows in .github/workflows/windows-package.yml),
# with uv. Needs the network; the locks are committed, and the builds install from them
# with --require-hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv build/lock-venv
build/lock-venv/bin/python -m pip install -q "uv==0.13.9"
for target in "linux x86_64-manylinux_2_36" "windows x86_64-pc-windows-msvc"; do
  set -- $target
  build/lock-venv/bin/uv pip compile packaging/requirements.in --python-version 3.11 \
    --python-platform "$2" --generate-hashes --index-url https://pypi.org/simple \
    --custom-compile-command "bash packaging/lock.sh" -o "packaging/requirements-$1.txt"
done
