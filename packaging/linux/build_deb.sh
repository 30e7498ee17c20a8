#!/usr/bin/env bash
# The Debian package of the bundle: /opt/ct05-desktop (the folder PyInstaller made), the
# programs ct05-desktop and ct05 on the PATH, the menu entry and its icon, the copyright
# file (the program's MIT licence; the bundled software's notices beside the programs) and
# a changelog. The user's database lives in ~/.local/share/CT05Desktop: removing the
# package leaves it there. Depends: what the bundle links (packaging/linux/depends.sh).
# The maintainer is the office or person who publishes it: DEB_MAINTAINER="Name <mail>".
# Usage: bash packaging/linux/build_deb.sh VERSION   (after packaging/build.sh's bundle)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$1
maintainer=${DEB_MAINTAINER:-"CT05 Desktop <maintainer@ct05-desktop.invalid>"}  # set by whoever publishes
root=build/deb/ct05-desktop_${version}_amd64
doc="$root/usr/share/doc/ct05-desktop"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$doc" "$root/usr/share/lintian/overrides"
cp -a dist/ct05-desktop "$root/opt/ct05-desktop"
find "$root/opt" -type f -name '*.so*' -exec chmod 644 {} +  # loaded, never run
ln -s /opt/ct05-desktop/ct05-desktop "$root/usr/bin/ct05-desktop"
ln -s /opt/ct05-desktop/ct05 "$root/usr/bin/ct05"
install -m 644 packaging/linux/ct05-desktop.desktop "$root/usr/share/applications/"
install -m 644 resources/icons/ct05-256.png "$root/usr/share/icons/hicolor/256x256/apps/ct05-desktop.png"
install -m 644 packaging/linux/lintian-overrides "$root/usr/share/lintian/overrides/ct05-desktop"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: CT05 Desktop"
  echo "Comment: The program bundles Python, Qt 6, PySide6 and other libraries in"
  echo " /opt/ct05-desktop; their licences, and how to replace the Qt libraries, are in"
  echo " /opt/ct05-desktop/THIRD_PARTY_NOTICES.txt."
  echo
  echo "Files: *"
  echo "Copyright: 2026 CT05 Desktop contributors"
  echo "License: MIT"
  sed -e 's/^$/./' -e 's/^/ /' LICENSE
  echo
  echo "Files: opt/ct05-desktop/_internal/PySide6/* opt/ct05-desktop/_internal/shiboken6/*"
  echo "Copyright: The Qt Company Ltd. and other contributors"
  echo "License: LGPL-3"
  echo " On Debian systems, the complete text of the GNU Lesser General Public License"
  echo " version 3 is in /usr/share/common-licenses/LGPL-3."
} >"$doc/copyright"
chmod 644 "$doc/copyright"
date=$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")
printf 'ct05-desktop (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$version" "$version" "$maintainer" "$date" | gzip -9n >"$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"
size=$(du -sk "$root" | cut -f1)
depends=$(bash packaging/linux/depends.sh dist/ct05-desktop)
cat > "$root/DEBIAN/control" <<CONTROL
Package: ct05-desktop
Version: ${version}
Architecture: amd64
Maintainer: ${maintainer}
Installed-Size: ${size}
Depends: ${depends}
Section: misc
Priority: optional
Description: Directive 05-CT/TW reporting for Party committee offices
 CT05 Desktop: enter each unit's yearly figures and records, consolidate
 them over the organisation tree and write the report in the Party's
 format (Word and Excel), offline.
CONTROL
mkdir -p dist
dpkg-deb --build --root-owner-group "$root" "dist/ct05-desktop_${version}_amd64.deb" >/dev/null
echo "dist/ct05-desktop_${version}_amd64.deb"
