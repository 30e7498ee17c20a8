"""Checks a built bundle as a user's machine would run it (issue 12):

    python packaging/smoke_test.py dist/ct05-desktop

`ct05 --version`, `init`, `demo`, a report as .xlsx and as .docx, the window up offscreen
for a few seconds on that database (no first-run question: it has a tree), the compiled
translations there and their sources not, no QtQuick/QML/WebEngine, a size budget, the
bundle unchanged by running it, and on Linux every library resolved by ldd. Prints each
check; exits 1 at the first that fails."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

BUDGET_MB = 170  # the Linux folder (issue 12)
# the Windows folder: Qt's DLLs and opengl32sw (20 MB) are larger; not yet measured (no
# Windows machine where it was set): the workflow prints the size against it
WINDOWS_BUDGET_MB = 250
FORBIDDEN = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "QtQuick", "QtQml", "libqgtk3")
WINDOWS = sys.platform == "win32"


def fail(what: str) -> None:
    print(f"FAIL {what}")
    raise SystemExit(1)


def ok(what: str) -> None:
    print(f"ok   {what}")


def fingerprint(bundle: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.relative_to(bundle)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def program(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if WINDOWS else name)


def run(bundle: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(program(bundle, "ct05")), *args], capture_output=True, text=True, env=env, timeout=120
    )
    if done.returncode != 0:
        fail(f"ct05 {' '.join(args)}: {done.stderr.strip()[-500:]}")
    return done


def check_cli(bundle: Path, work: Path, env: dict[str, str]) -> Path:
    version = run(bundle, "--version", env=env).stdout.strip()
    if not version.startswith("ct05 "):
        fail(f"ct05 --version said {version!r}")
    ok(f"ct05 --version: {version}")
    db = work / "ct05.db"
    run(bundle, "--db", str(db), "init", env=env)
    run(bundle, "--db", str(db), "demo", env=env)
    ok("ct05 init, demo")
    for suffix in ("xlsx", "docx"):
        out = work / f"bao-cao-2019.{suffix}"
        run(bundle, "--db", str(db), "report", "--year", "2019", "--out", str(out), env=env)
        with zipfile.ZipFile(out) as opened:
            if opened.testzip() is not None or not opened.namelist():
                fail(f"the .{suffix} report is not a whole file")
        ok(f"ct05 report --out {out.name} ({out.stat().st_size // 1024} KB)")
    return db


def check_window(bundle: Path, db: Path, env: dict[str, str], seconds: float = 4.0) -> None:
    window = subprocess.Popen(
        [str(program(bundle, "ct05-desktop")), "--db", str(db)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(seconds)
    if window.poll() is not None:
        fail(
            f"the window ended by itself (code {window.returncode}): {window.stderr.read()[-500:]}"
        )
    window.kill()
    _, err = window.communicate(timeout=30)
    if "Traceback" in err:
        fail(f"the window printed a traceback: {err[-500:]}")
    ok(f"the window stayed up {seconds:.0f} s offscreen")


def check_contents(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file()]
    names = [p.name for p in files]
    if not any(n == "ct05_vi.qm" for n in names) or not any(n == "qt_vi.qm" for n in names):
        fail("the compiled translations (ct05_vi.qm, qt_vi.qm) are missing")
    if any(n.endswith(".ts") and n.startswith(("ct05_", "qt_vi")) for n in names):
        fail("a translation's source (.ts) is in the bundle")
    ok("translations compiled, sources left out")
    if "huong-dan.md" not in names or "ct05-256.png" not in names:
        fail("the user guide (huong-dan.md) or the icon (ct05-256.png) is missing")
    ok("the user guide and the icon are there")
    notices = bundle / "THIRD_PARTY_NOTICES.txt"
    if not (bundle / "LICENSE.txt").is_file() or not notices.is_file():
        fail("LICENSE.txt or THIRD_PARTY_NOTICES.txt is missing beside the programs")
    said = notices.read_text(encoding="utf-8")
    for needed in ("LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE", "openpyxl", "Python "):
        if needed not in said:
            fail(f"the third-party notices do not mention {needed}")
    ok("the licence and the third-party notices (Qt's LGPL-3.0 among them) are there")
    found = [str(p.relative_to(bundle)) for p in files if any(f in p.name for f in FORBIDDEN)]
    if found:
        fail(f"unused Qt parts in the bundle: {found[:5]}")
    ok("no QtQuick, QML, WebEngine or GTK theme")
    size = sum(p.stat().st_size for p in files if not p.is_symlink()) / 1024 / 1024
    budget = WINDOWS_BUDGET_MB if WINDOWS else BUDGET_MB
    if size > budget:
        fail(f"the bundle is {size:.0f} MB, over its budget of {budget} MB")
    ok(f"size {size:.0f} MB in {len(files)} files (budget {budget} MB)")


def check_libraries(bundle: Path) -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = []
    for path in bundle.rglob("*"):
        if path.is_file() and (".so" in path.name or os.access(path, os.X_OK)):
            done = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
            missing += [
                f"{path.name}: {line.strip()}"
                for line in done.stdout.splitlines()
                if "not found" in line
            ]
    if missing:
        fail(f"libraries not found: {missing[:5]}")
    ok("ldd resolves every library")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    bundle = Path(argv[0]).resolve()
    if not program(bundle, "ct05").exists() or not program(bundle, "ct05-desktop").exists():
        fail(f"{bundle} has no ct05 and ct05-desktop programs")
    before = fingerprint(bundle)
    with tempfile.TemporaryDirectory(prefix="ct05-smoke-") as folder:
        work = Path(folder)
        env = {  # a user of its own: settings, caches and logs kept out of the real one
            **os.environ,
            "HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_CACHE_HOME": str(work / "cache"),
            "XDG_DATA_HOME": str(work / "data"),
            "APPDATA": str(work / "appdata"),
            "LOCALAPPDATA": str(work / "localappdata"),
        }
        env.pop("CT05_DB", None)
        env.pop("PYTHONPATH", None)
        db = check_cli(bundle, work, env)
        check_window(bundle, db, env)
    check_contents(bundle)
    check_libraries(bundle)
    if fingerprint(bundle) != before:
        fail("running the programs changed the bundle (files written beside them)")
    ok("the bundle is unchanged after running")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
