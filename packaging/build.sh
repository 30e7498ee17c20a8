#!/usr/bin/env bash
# Builds the one-folder bundle dist/ct05-desktop/ (the window ct05-desktop and the command
# line ct05, the data and the compiled translations), then checks it with
# packaging/smoke_test.py. A build environment of its own (.venv-build), PyInstaller pinned.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
python3 -m venv .venv-build
.venv-build/bin/python -m pip install -q --upgrade pip
.venv-build/bin/python -m pip install -q . "pyinstaller==6.22.3"
rm -rf build/qm build/pyinstaller dist/ct05-desktop
mkdir -p build/qm
for ts in resources/i18n/*.ts; do  # compiled here: the bundle carries .qm, never .ts
  .venv-build/bin/pyside6-lrelease -silent "$ts" -qm "build/qm/$(basename "${ts%.ts}").qm"
done
.venv-build/bin/pyinstaller packaging/pyinstaller/ct05.spec --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller
du -sh dist/ct05-desktop
.venv-build/bin/python packaging/smoke_test.py dist/ct05-desktop
