#!/usr/bin/env bash
# Installs the .deb with dpkg -i, runs both programs from the PATH as an ordinary user
# would (user nobody, a home of its own, the window offscreen for a few seconds), removes
# the package and checks that /opt/ct05-desktop is gone while the user's database is still
# there (the package has no script that could touch it). Needs root (dpkg) and setpriv;
# anywhere else it says so and does nothing.
# Usage: bash packaging/linux/check_deb.sh dist/ct05-desktop_VERSION_amd64.deb
set -euo pipefail
deb=$1
if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null || ! command -v setpriv >/dev/null; then
  echo "skip the .deb install check: it needs root, dpkg and setpriv"
  exit 0
fi
if dpkg -s ct05-desktop >/dev/null 2>&1; then
  echo "fail ct05-desktop is already installed on this machine: not touching it" >&2
  exit 1
fi
home=$(mktemp -d)
chown 65534:65534 "$home"
cleanup() {
  dpkg -s ct05-desktop >/dev/null 2>&1 && dpkg -r ct05-desktop >/dev/null
  rm -rf "$home"
}
trap cleanup EXIT
dpkg -i "$deb" >/dev/null
[ -x /opt/ct05-desktop/ct05 ] || { echo "fail /opt/ct05-desktop/ct05 missing" >&2; exit 1; }
user=(setpriv --reuid=65534 --regid=65534 --clear-groups --
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
as_user() { "${user[@]}" "$@"; }
as_user ct05 --version
as_user ct05 init >/dev/null
db="$home/.local/share/CT05Desktop/ct05.db"
[ -s "$db" ] || { echo "fail no database at $db after 'ct05 init'" >&2; exit 1; }
# the window from the menu's command: it must still be running after 4 s (it did not
# crash on start), then it is stopped; started directly so that $! is the program itself
"${user[@]}" ct05-desktop >"$home/window.log" 2>&1 &
pid=$!
sleep 4
if ! kill -0 "$pid" 2>/dev/null; then
  echo "fail ct05-desktop exited at once:" >&2
  cat "$home/window.log" >&2
  exit 1
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
dpkg -r ct05-desktop >/dev/null
[ ! -e /opt/ct05-desktop ] || { echo "fail /opt/ct05-desktop left after dpkg -r" >&2; exit 1; }
[ ! -e /usr/bin/ct05 ] || { echo "fail /usr/bin/ct05 left after dpkg -r" >&2; exit 1; }
[ -s "$db" ] || { echo "fail the user's database is gone after dpkg -r" >&2; exit 1; }
echo "ok   dpkg -i, ct05 and ct05-desktop from the PATH, dpkg -r keeps the user's database"
