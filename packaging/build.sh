#!/usr/bin/env bash
# Builds the one-folder bundle dist/ct05-desktop/ (the window ct05-desktop and the command
# line ct05, the data and the compiled translations), checks it with
# packaging/smoke_test.py, then packs it as a .deb (packaging/linux/build_deb.sh). A build
# environment of its own (.venv-build), PyInstaller pinned.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --packaging
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
.venv-build/bin/python packaging/notices.py dist/ct05-desktop  # LICENSE.txt, the notices
du -sh dist/ct05-desktop
.venv-build/bin/python packaging/smoke_test.py dist/ct05-desktop
version=$(.venv-build/bin/python -c "import ct05_desktop; print(ct05_desktop.__version__)")
deb=$(bash packaging/linux/build_deb.sh "$version")
dpkg-deb --info "$deb" | grep -E "Package|Version|Installed-Size"
dpkg-deb --contents "$deb" | grep -E "usr/bin/ct05|applications|hicolor" >/dev/null
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/ct05-desktop.desktop && echo "ok   the menu entry is valid"
fi
ls -la "$deb"
# Debian's checks: an error fails the build (the bundle's nature is overridden, with why,
# in packaging/linux/lintian-overrides)
if ! lint=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1); then
  echo "$lint" >&2
  echo "fail lintian finds errors in the .deb" >&2
  exit 1
fi
echo "$lint" | grep -E "^[WE]: " || true  # warnings: shown, not failed on
echo "ok   lintian finds no error"
bash packaging/linux/check_deb.sh "$deb"  # dpkg -i, run, dpkg -r (as root only)
# the Windows installer's script, compiled against this bundle as a stand-in payload: it
# proves the script (both languages); the real one is built on Windows (.github/workflows)
(cd packaging/windows && makensis -V2 -DFAST -DVERSION="$version" \
  -DOUT=../../build/CT05-Desktop-Setup-check.exe ct05.nsi)
echo "ok   makensis compiled packaging/windows/ct05.nsi (Vietnamese, English)"
