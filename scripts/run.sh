#!/usr/bin/env bash
# Starts CT05 Desktop; the first time (or after pyproject.toml changed) it installs it in a
# virtual environment, with the libraries Qt needs for a screen. Later starts need no
# network: an office is often offline. A newer checkout whose update needs the network
# while there is none starts the version already installed, and says so. Pass --db PATH
# to open another database.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/ct05-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ -x .venv/bin/ct05-desktop && -f $stamp && "$(cat "$stamp")" == "$wanted" ]]; then
  exec .venv/bin/ct05-desktop "$@"  # installed and current: start, nothing fetched
fi
installed=false
[[ -x .venv/bin/ct05-desktop ]] && installed=true
update() {
  bash scripts/system-deps.sh --display
  python3 -m venv .venv
  if $installed; then  # a quick try: offline, the installed version starts at once
    .venv/bin/python -m pip install -q --retries 0 --timeout 5 -e . 2>/dev/null
  else
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e .  # editable: a newer checkout runs as it is
  fi
}
if ! update; then
  if $installed; then
    echo "CT05 Desktop: bản cập nhật cần kết nối mạng một lần để cài thêm thư viện;" \
      "chương trình vẫn mở với các thư viện đã cài. Khi có mạng, chạy lại lệnh này." >&2
    exec .venv/bin/ct05-desktop "$@"
  fi
  echo "CT05 Desktop: chưa cài được (lần đầu cần kết nối mạng). Hãy kết nối mạng rồi chạy lại." >&2
  exit 1
fi
echo "$wanted" > "$stamp"
exec .venv/bin/ct05-desktop "$@"
