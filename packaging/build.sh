#!/usr/bin/env bash
# Builds the one-folder bundle dist/ct05-desktop/ (the window ct05-desktop and the command
# line ct05, the data and the compiled translations), checks it with
# packaging/smoke_test.py, then packs it as a .deb (packaging/linux/build_deb.sh). A build
# environment of its own (.venv-build), every package in it pinned with its hash.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh --packaging
python3 -m venv .venv-build
# every package from the hash-pinned lock (packaging/lock.sh), then the program itself
.venv-build/bin/python -m pip install -q --require-hashes -r packaging/requirements-linux.txt
.venv-build/bin/python -m pip install -q --no-deps .
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
# proves the script (both languages); the real one is built on Windows (.github/workflows).
# Compiled as Windows' makensis would read it with a Western ANSI code page by default:
# the file's BOM must win, or the check of its Vietnamese inside stops the build.
.venv-build/bin/python packaging/windows/file_list.py dist/ct05-desktop build/uninstall_files.nsh
for charset in UTF8 CP1252; do
  (cd packaging/windows && makensis -V2 -INPUTCHARSET "$charset" -DFAST -DVERSION="$version" \
    "-DEXPECT_VI=Dữ liệu của bạn" -DFILELIST=../../build/uninstall_files.nsh \
    -DOUT=../../build/CT05-Desktop-Setup-check.exe ct05.nsi)
done
echo "ok   makensis compiled packaging/windows/ct05.nsi (Vietnamese, English), read as UTF-8"
