#!/usr/bin/env bash
# The .deb's Depends: every system library the bundle's programs and libraries link,
# found by dpkg-shlibdeps (Debian's own tool) with the version each needs at least. The
# libraries the bundle carries are its own (searched in their folders, not depended on).
# Usage: bash packaging/linux/depends.sh dist/ct05-desktop   (prints the Depends value)
set -euo pipefail
bundle=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: ct05-desktop\n\nPackage: ct05-desktop\nArchitecture: amd64\n' >"$work/debian/control"
elves=()
while IFS= read -r -d '' path; do  # ELF files only (a script may be executable too)
  [[ "$(head -c 4 "$path")" == $'\x7fELF' ]] && elves+=("$path")
done < <(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
mapfile -t folders < <(find "$bundle" -name '*.so*' -printf '-l%h\n' | sort -u)
found=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info "${folders[@]}" -e "${elves[@]}" 2>/dev/null)
echo "${found#shlibs:Depends=}"
