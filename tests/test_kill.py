"""kill -9 while the command line writes (issue 11): a report saved over an existing one,
an import of a few thousand figures. Killed at moments spread over the command's run,
it leaves the report a workbook Excel opens (the old one or the new one), and the
database whole, opened by the program, holding the state before the import or after
it, never part of it. Half the moments are taken in the part of the run where it
writes, which is short beside the program's start.

A report killed while it writes leaves its temporary file ('.ct05-….tmp', hidden beside
the report): nothing can remove it once the process is gone. The next write into that
folder removes it once it is an hour old (output_file.sweep_stale); a younger one may
be another window's write still going on."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.workflows.session import Session

from .test_cli_faults import DB, ct05, db_state, many_values

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX only")
TRIALS = 10
TEMPORARY = re.compile(r"^\.ct05-[a-z0-9_]{8}\.tmp$")


def timed(folder: Path, look: Callable[[], object], *args: str) -> tuple[float, float]:
    """Run `ct05 ARGS` whole, looking at what it writes all along: how long it takes,
    and how long it writes (from when what look() sees first changes to when it last
    does)."""
    start = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "ct05_desktop.cli", "--db", DB, *args],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen, first, last = look(), None, None
    while process.poll() is None:
        now = look()
        if now != seen:
            last = time.monotonic() - start
            first = last if first is None else first
            seen = now
        time.sleep(0.0005)
    duration = time.monotonic() - start
    assert process.returncode == 0
    return duration, 0.0 if first is None or last is None else last - first


def files_of(folder: Path, *patterns: str) -> Callable[[], object]:
    """What is written there: the names, sizes and times of the files matching patterns."""

    def look() -> object:
        found = []
        for path in sorted(p for pattern in patterns for p in folder.glob(pattern)):
            try:
                status = path.stat()
            except FileNotFoundError:  # renamed or removed meanwhile
                continue
            found.append((path.name, status.st_size, status.st_mtime_ns, status.st_ino))
        return found

    return look


def killed_after(
    folder: Path, delay: float, look: Callable[[], object] | None, *args: str
) -> int | None:
    """Start `ct05 ARGS`, SIGKILL it delay seconds after its start or (look given) after
    it starts to write (what look() sees changes). Its exit code when it had finished
    already, None when it was killed."""
    seen = None if look is None else look()
    process = subprocess.Popen(
        [sys.executable, "-m", "ct05_desktop.cli", "--db", DB, *args],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while look is not None and process.poll() is None and look() == seen:
        time.sleep(0.0002)
    time.sleep(delay)
    finished = process.poll()
    if finished is None:
        os.kill(process.pid, signal.SIGKILL)
    code = process.wait(timeout=60)
    return finished if finished is not None else (None if code == -signal.SIGKILL else code)


def kill_trials(
    folder: Callable[[int], Path], look: Callable[[Path], Callable[[], object]], *args: str
) -> Iterator[tuple[int, float, int | None]]:
    """TRIALS runs of `ct05 ARGS`, each in folder(n), killed at a random moment: half of
    them one in each fifth of the run (its start, its middle and its end are all hit),
    half one in each fifth of the time it writes, counted from when it starts to (that
    time is short, and a run's start varies more: a moment of the whole run seldom
    falls in it). folder(-1): the run that measures. Yields n, the delay, the outcome."""
    duration, writing = timed(folder(-1), look(folder(-1)), *args)
    rng = random.Random(" ".join(args))
    half = TRIALS // 2
    for n in range(TRIALS):
        if n < half:
            delay, watch = duration * (n + rng.random()) / half, None
        else:
            delay, watch = writing * (n - half + rng.random()) / half, look(folder(n))
        yield n, delay, killed_after(folder(n), delay, watch, *args)


def test_a_report_killed_while_saved_over_leaves_a_workbook(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    assert ct05(folder, "demo").returncode == 0
    report = ("report", "--year", "2019", "--out", "r.xlsx")
    assert ct05(folder, *report).returncode == 0  # every trial writes over it

    def writes(folder: Path) -> Callable[[], object]:  # the report and its temporary
        return files_of(folder, "r.xlsx", ".ct05-*")

    killed = 0
    for _, delay, outcome in kill_trials(lambda n: folder, writes, *report):
        killed += outcome is None
        book = openpyxl.load_workbook(folder / "r.xlsx")  # the old one or the new one
        assert book.sheetnames[0] == "Tóm tắt", delay
        others = {p.name for p in folder.iterdir()} - {"r.xlsx", "backups"}
        left = {name for name in others if not name.startswith(DB)}
        assert all(TEMPORARY.match(name) for name in left), (delay, left)
    assert killed, "no trial was killed before it finished"
    # what a killed write left, once an hour old, goes at the next write in the folder
    hours_ago = time.time() - 2 * 3600
    for path in folder.glob(".ct05-*"):
        os.utime(path, (hours_ago, hours_ago))
    assert ct05(folder, *report).returncode == 0
    assert list(folder.glob(".ct05-*")) == []


def test_an_import_killed_leaves_the_old_state_or_the_new(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    assert ct05(pristine, "demo").returncode == 0
    (pristine / "values.csv").write_text(many_values(), encoding="utf-8")
    old = db_state(pristine / DB)

    def trial(n: int) -> Path:  # a copy of the database as it was, for each run
        folder = tmp_path / f"trial{n}"
        if not folder.exists():
            shutil.copytree(pristine, folder)
        return folder

    def writes(folder: Path) -> Callable[[], object]:  # the database and its journal,
        return files_of(folder, f"{DB}*", "backups/*")  # the backup made just before

    import_ = ("import", "values.csv")
    ends = []
    for n, delay, outcome in kill_trials(trial, writes, *import_):
        if n == 0:  # the run that measured, whole
            new = db_state(trial(-1) / DB)
            assert old[0] == new[0] == [("ok",)] and old != new
        after = db_state(trial(n) / DB)  # integrity_check included: [("ok",)]
        assert after in (old, new), (delay, outcome)
        with Session(trial(n) / DB, create=False) as session:  # the program opens it
            assert session.tree()
        assert db_state(trial(n) / DB) == after
        ends.append("new" if after == new else "old")
    assert len(ends) == TRIALS
