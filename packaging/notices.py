"""The third-party notices the bundle, the installer and the .deb carry: the program's own
licence (MIT), then Qt and PySide6 (LGPL-3.0, with how to replace the Qt libraries and
where their sources are), the Python runtime, and every other package the program runs
on, each with its version, its licence and the licence text it ships. Run by the build's
Python (it reads the packages installed there, so the list is what the bundle holds).

    python packaging/notices.py dist/ct05-desktop
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENSES = Path(__file__).resolve().parent / "licenses"
QT = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
# packages of the build environment that the bundle does not carry (their tools only)
NOT_BUNDLED = {"pip", "ct05-desktop"}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
RULE = "=" * 78

QT_TEXT = """\
Qt 6, PySide6 and Shiboken6 (version {version})
Licence: GNU Lesser General Public License version 3 (LGPL-3.0-only), one of the
licences they are offered under (the others: GPL-2.0, GPL-3.0, or Qt's commercial one).
Copyright (C) The Qt Company Ltd. and other contributors.

CT05 Desktop uses the Qt libraries as separate shared libraries, unmodified. You may
replace them with your own build of the same Qt version (or a compatible one):
  - Windows: the Qt6*.dll files and the plugins folder under _internal\\PySide6\\ in the
    program's folder;
  - Linux: the libQt6*.so.6 files under _internal/PySide6/Qt/lib/ and the plugins under
    _internal/PySide6/Qt/plugins/ (in /opt/ct05-desktop/ for the .deb).
Put files of the same names there; the program loads whatever is in that place.

Sources:
  - Qt: https://download.qt.io/official_releases/qt/ (and https://code.qt.io/)
  - PySide6 and Shiboken6: https://download.qt.io/official_releases/QtForPython/
    (and https://code.qt.io/cgit/pyside/pyside-setup.git/)
The full texts of the LGPL-3.0 and of the GPL-3.0 it builds on are at the end of this file.
"""


def requirement_name(requirement: str) -> str:
    return re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def runtime_packages(top: str = "ct05-desktop") -> list[md.Distribution]:
    """The packages the program needs to run, and theirs, in name order."""
    seen: dict[str, md.Distribution] = {}
    todo = [top]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            found = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # a requirement for another platform
        seen[name] = found
        for requirement in found.requires or []:
            if "extra ==" not in requirement:
                todo.append(requirement_name(requirement))
    return [seen[n] for n in sorted(seen) if n not in NOT_BUNDLED]


def key(found: md.Distribution) -> str:
    return str(found.metadata["Name"]).lower().replace("_", "-")


def source_of(found: md.Distribution) -> str:
    """Where the package's source is: its project URL labelled so, or its home page."""
    labelled = {}
    for entry in found.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        labelled[label.strip().lower()] = url.strip()
    for label in ("source", "source code", "repository", "homepage", "home"):
        if labelled.get(label):
            return labelled[label]
    return found.metadata.get("Home-page") or next(iter(labelled.values()), "")


def licence_of(found: md.Distribution) -> str:
    meta = found.metadata
    said = meta.get("License-Expression") or meta.get("License") or ""
    if said and len(said) < 100:
        return said
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []]
    return ", ".join(c for c in classifiers if "License" in c or "Public Domain" in c) or said


def licence_texts(found: md.Distribution) -> list[str]:
    texts = []
    for file in found.files or []:
        if LICENCE_FILE.search(file.name) and "dist-info" in str(file):
            text = found.read_text(str(Path(*file.parts[1:]))) or file.read_text()
            if text:
                texts.append(text.strip())
    return texts


def python_licence() -> str:
    for place in (
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt",
    ):
        if place.is_file():
            return place.read_text(encoding="utf-8").strip()
    raise SystemExit("the Python runtime's LICENSE.txt was not found")


def notices() -> str:
    parts = [
        "CT05 Desktop: third-party notices",
        RULE,
        "CT05 Desktop itself:\n\n" + (ROOT / "LICENSE").read_text(encoding="utf-8").strip(),
    ]
    packages = runtime_packages()
    qt = [p for p in packages if key(p) in QT]
    if qt:
        parts += [RULE, QT_TEXT.format(version=qt[0].version)]
    version = ".".join(map(str, sys.version_info[:3]))
    parts += [RULE, f"Python {version} (the runtime the program runs in)\n\n{python_licence()}"]
    for found in packages:
        if key(found) in QT:
            continue
        name = found.metadata["Name"]
        where = source_of(found)
        head = f"{name} {found.version}\nLicence: {licence_of(found)}"
        if where:
            head += f"\nSource: {where}"
        parts += [RULE, "\n\n".join([head, *licence_texts(found)])]
    if qt:
        for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
            parts += [RULE, (LICENSES / text).read_text(encoding="utf-8").strip()]
    return "\n\n".join(parts) + "\n"


def main(bundle: Path) -> None:
    """The program's licence and the notices into the bundle's folder, beside its programs
    (where a clerk or an office's IT finds them)."""
    (bundle / "LICENSE.txt").write_text(
        (ROOT / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8", newline="\n"
    )
    out = bundle / "THIRD_PARTY_NOTICES.txt"
    out.write_text(notices(), encoding="utf-8", newline="\n")
    print(f"ok   {out.name} and LICENSE.txt in {bundle} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
