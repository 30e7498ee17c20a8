#!/usr/bin/env bash
# The Debian/Ubuntu libraries Qt needs: for tests (offscreen) and, with --display, for a real
# screen (the xcb platform); with --pages (the tests), also LibreOffice Calc with poppler, to
# print the appendix as PDF pages and count them; with --screens, a real screen's, a virtual
# screen (Xvfb) for scripts/screens.py and LibreOffice Writer too; with --packaging, the tools
# packaging/build.sh uses and every library the bundle links. Installs only what is
# missing; needs root or sudo.
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
if [[ "${1:-}" == "--packaging" ]]; then
  packages+=(desktop-file-utils nsis)  # packaging/build.sh: the menu entry, the .nsi
  # the .deb's Depends, from what the bundle links (dpkg-shlibdeps reads it with objdump)
  packages+=(dpkg-dev binutils lintian)  # and lintian, which the .deb is checked with
  # what the Qt Wayland libraries the bundle carries load (its check runs ldd on each)
  packages+=(libwayland-client0 libwayland-cursor0 libwayland-egl1)
fi
if [[ "${1:-}" == "--pages" || "${1:-}" == "--screens" ]]; then
  # fonts-liberation2: Liberation Serif has the widths of Times New Roman, so the PDF pages
  # break where Word and Excel break them
  packages+=(libreoffice-calc-nogui poppler-utils fonts-liberation2)
fi
if [[ "${1:-}" == "--screens" ]]; then
  packages+=(xvfb xauth libreoffice-writer-nogui)
fi
# the xcb platform's libraries: a real screen, the virtual one, and the bundle (its X11
# plugin is checked with ldd, and the .deb installed with dpkg -i needs them)
if [[ "${1:-}" == "--display" || "${1:-}" == "--screens" || "${1:-}" == "--packaging" ]]; then
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1)
fi
command -v dpkg-query >/dev/null || { echo "not a Debian/Ubuntu system: install Qt's libraries yourself"; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
