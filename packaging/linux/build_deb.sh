#!/usr/bin/env bash
# The Debian package of the bundle: /opt/ct05-desktop (the folder PyInstaller made), the
# programs ct05-desktop and ct05 on the PATH, the menu entry and its icon. The user's
# database lives in ~/.local/share/CT05Desktop: removing the package leaves it there.
# Usage: bash packaging/linux/build_deb.sh VERSION   (after packaging/build.sh's bundle)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$1
root=build/deb/ct05-desktop_${version}_amd64
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps"
cp -a dist/ct05-desktop "$root/opt/ct05-desktop"
ln -s /opt/ct05-desktop/ct05-desktop "$root/usr/bin/ct05-desktop"
ln -s /opt/ct05-desktop/ct05 "$root/usr/bin/ct05"
install -m 644 packaging/linux/ct05-desktop.desktop "$root/usr/share/applications/"
install -m 644 resources/icons/ct05-256.png "$root/usr/share/icons/hicolor/256x256/apps/ct05-desktop.png"
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: ct05-desktop
Version: ${version}
Architecture: amd64
Maintainer: CT05 Desktop <ct05-desktop@localhost>
Installed-Size: ${size}
Depends: libc6, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0, libxcb-xkb1
Section: office
Priority: optional
Description: Directive 05-CT/TW reporting for Party committee offices
 CT05 Desktop: enter each unit's yearly figures and records, consolidate them over the
 organisation tree and write the report in the Party's format (Word and Excel), offline.
CONTROL
mkdir -p dist
dpkg-deb --build --root-owner-group "$root" "dist/ct05-desktop_${version}_amd64.deb" >/dev/null
echo "dist/ct05-desktop_${version}_amd64.deb"
