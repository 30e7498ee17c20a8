"""The uninstaller's list of what the installer put in place: a Delete for each file of the
bundle and an RMDir for each of its folders, deepest first (an RMDir without /r removes a
folder only when it is empty). The uninstaller removes exactly these, never a file the
person put beside them, whatever folder they chose.

    python packaging/windows/file_list.py dist/ct05-desktop build/uninstall_files.nsh
"""

from __future__ import annotations

import sys
from pathlib import Path


def nsis_path(relative: Path) -> str:
    """$INSTDIR\\a\\b, with NSIS's own '$' doubled (a file's name may hold one)."""
    return "$INSTDIR\\" + "\\".join(relative.parts).replace("$", "$$")


def file_list(bundle: Path) -> str:
    files = sorted(p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file())
    folders = sorted(
        (p.relative_to(bundle) for p in bundle.rglob("*") if p.is_dir()),
        key=lambda p: (-len(p.parts), str(p)),
    )
    lines = ["; made by packaging/windows/file_list.py from the bundle: do not edit"]
    lines += [f'Delete "{nsis_path(f)}"' for f in files]
    lines += [f'RMDir "{nsis_path(d)}"' for d in folders]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    bundle, out = Path(sys.argv[1]), Path(sys.argv[2])
    if not (bundle / "_internal").is_dir():
        raise SystemExit(f"not a bundle: {bundle}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(file_list(bundle), encoding="utf-8-sig", newline="\r\n")
    print(f"ok   {out}: the uninstaller removes the bundle's files and folders only")
