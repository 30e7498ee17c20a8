"""Two writers on one database (issue 11): a write takes its lock before it checks, so
what it checks is what it writes over; a second writer waits, visibly, then writes or
says who holds the file; nothing is half-written."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.sources import CLI, FORM
from ct05_desktop.storage.database import StorageError
from ct05_desktop.storage.window_lock import lock_path
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.locks import lock_year
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database

Change = ValueChange


def audit_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


@pytest.fixture
def held(db_path: Path, session: Session) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock (a raw connection in BEGIN IMMEDIATE)."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_second_writer_waits_visibly_then_writes(
    session: Session, held: sqlite3.Connection
) -> None:
    waited: list[float] = []

    def waiting(seconds: float) -> None:
        waited.append(seconds)
        if len(waited) == 2:
            held.execute("COMMIT")  # the other program finishes while this one waits

    session.db.on_wait = waiting
    result = save_values(session, [Change("SL", 2019, "members_total", "10")], FORM)
    assert result.ok and result.changed == 1
    assert len(waited) >= 2


@pytest.mark.parametrize("window", [True, False])
def test_a_writer_held_too_long_is_told_who_may_hold_it(
    session: Session, db_path: Path, held: sqlite3.Connection, window: bool
) -> None:
    if window:  # a window's lock file beside the database (as QLockFile writes it)
        lock_path(db_path).write_text(f"{os.getpid()}\nct05-desktop\n{socket.gethostname()}\n")
    before = audit_count(db_path)
    session.db.write_wait = 0.3
    with pytest.raises(StorageError) as caught:
        save_values(session, [Change("SL", 2019, "members_total", "10")], FORM)
    assert caught.value.code == "db_write_held"
    words = caught.value.words("vi")
    if window:
        assert f"tiến trình {os.getpid()}" in words
        assert f"process {os.getpid()}" in caught.value.words("en")
    else:
        assert "không cửa sổ CT05 Desktop nào" in words
    held.execute("ROLLBACK")
    assert audit_count(db_path) == before


def test_a_stale_window_lock_file_names_no_window(session: Session, db_path: Path) -> None:
    from ct05_desktop.storage.window_lock import window_holding

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    lock_path(db_path).write_text(f"{gone.stdout.strip()}\nct05\n{socket.gethostname()}\n")
    assert window_holding(db_path) is None  # that process has ended
    lock_path(db_path).write_text(f"{os.getpid()}\nct05\n{socket.gethostname()}\n")
    assert window_holding(db_path) is not None


class Writer(threading.Thread):
    """A writer with a session of its own, on a thread of its own (as the window's
    operations are): prepare(session) first, then call(session); its result in .result."""

    def __init__(
        self, path: Path, call: Callable[[Session], Any], prepare: Callable[[Session], Any]
    ) -> None:
        super().__init__()
        self.path, self.call, self.prepare = path, call, prepare
        self.result: Any = None

    def run(self) -> None:
        with Session(self.path) as session:
            self.prepare(session)
            self.result = self.call(session)


def pause_inside(inside: threading.Event, go: threading.Event) -> Callable[[Session], None]:
    """Make a session's value write stop inside its transaction, once written: inside is
    set there; the write goes on (and commits) once go is set."""

    def prepare(session: Session) -> None:
        write = session.repo.write_values

        def paused(*args: Any, **kwargs: Any) -> int:
            changed = write(*args, **kwargs)
            inside.set()
            assert go.wait(30)
            return changed

        session.repo.write_values = paused  # type: ignore[method-assign]

    return prepare


def tell_waiting(waiting: threading.Event) -> Callable[[Session], None]:
    def prepare(session: Session) -> None:
        session.db.on_wait = lambda seconds: waiting.set()

    return prepare


def test_two_writers_cannot_store_a_part_above_its_whole(session: Session, db_path: Path) -> None:
    """One writer sets the total to 10 while another stores 40 registered: the second is
    checked against the first's committed total, not the one before it."""
    inside, go, waiting = threading.Event(), threading.Event(), threading.Event()
    total = Change("SL", 2019, "members_total", "10")
    first = Writer(db_path, lambda s: save_values(s, [total], FORM), pause_inside(inside, go))
    first.start()
    assert inside.wait(30)
    part = Change("SL", 2019, "members_registered", "40")
    second = Writer(db_path, lambda s: save_values(s, [part], FORM), tell_waiting(waiting))
    second.start()
    assert waiting.wait(30)  # the second writer waits for the first
    go.set()
    first.join(30)
    second.join(30)
    assert first.result.ok
    assert [e.code for e in second.result.errors] == ["part_above_whole"]
    assert session.repo.entered_values([2019], ["SL"]) == {("SL", 2019, "members_total"): 10}


def test_a_lock_taken_during_an_import_comes_after_all_of_it(
    session: Session, db_path: Path, tmp_path: Path
) -> None:
    """The lock waits for the import under way; nothing of that year is written after it,
    and the next import into the year is refused whole."""
    csv = tmp_path / "v.csv"
    rows = ["SL.ML,2020,members_total,100", "SL.MS,2020,members_total,200"]
    csv.write_text("org_code,year,indicator,value\n" + "\n".join(rows) + "\n", "utf-8")
    inside, go, waiting = threading.Event(), threading.Event(), threading.Event()
    importing = Writer(db_path, lambda s: import_csv(s, csv), pause_inside(inside, go))
    importing.start()
    assert inside.wait(30)
    locking = Writer(db_path, lambda s: lock_year(s, 2020, CLI), tell_waiting(waiting))
    locking.start()
    assert waiting.wait(30)  # the lock waits for the import
    go.set()
    importing.join(30)
    locking.join(30)
    assert locking.result is True and not importing.result.problems
    with sqlite3.connect(db_path) as conn:
        lock_id = conn.execute("SELECT max(id) FROM audit WHERE action = 'lock'").fetchone()[0]
        after = conn.execute(
            "SELECT count(*) FROM audit WHERE year = 2020 AND id > ? AND action = 'value'",
            [lock_id],
        ).fetchone()[0]
        written = conn.execute("SELECT count(*) FROM org_values WHERE year = 2020").fetchone()[0]
    assert after == 0 and written == 2
    before = audit_count(db_path)
    csv.write_text("org_code,year,indicator,value\nSL.ML,2020,members_total,101\n", "utf-8")
    assert import_csv(session, csv).problems
    assert audit_count(db_path) == before


def test_a_lock_from_the_command_line_during_a_large_import(tmp_path: Path) -> None:
    """Two real processes: `ct05 import` of a year's 10,400 values and `ct05 lock` of that
    year started meanwhile. Either the lock came first and nothing was written, or every
    value was written before the lock: never some after it."""
    from ct05_desktop.domain.orgs import Org

    db = tmp_path / "ct05.db"
    with Session(db) as s:
        init_database(s)
        district = next(o for o in s.tree() if o.level == "district")
        communes = [Org(f"X{n:03}", f"Xã {n}", "grassroots", district.code) for n in range(400)]
        s.repo.upsert_orgs(communes, CLI)
        codes = [c for c in s.catalogue.codes if not s.catalogue[c].is_stock]
    values = [f"{o.code},2021,{c},{n % 7}" for n, o in enumerate(communes) for c in codes]
    csv = tmp_path / "big.csv"
    csv.write_text("org_code,year,indicator,value\n" + "\n".join(values) + "\n", "utf-8")
    cli = [sys.executable, "-m", "ct05_desktop.cli", "--db", str(db)]
    importing = subprocess.Popen(
        [*cli, "import", str(csv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    locking = subprocess.run([*cli, "lock", "2021"], capture_output=True, text=True, timeout=120)
    importing.communicate(timeout=120)
    assert locking.returncode == 0, locking.stderr
    with sqlite3.connect(db) as conn:
        lock_id = conn.execute("SELECT max(id) FROM audit WHERE action = 'lock'").fetchone()[0]
        late = conn.execute(
            "SELECT count(*) FROM audit WHERE year = 2021 AND action = 'value' AND id > ?",
            [lock_id],
        ).fetchone()[0]
        written = conn.execute("SELECT count(*) FROM org_values WHERE year = 2021").fetchone()[0]
    assert len(values) == 10_400
    assert late == 0
    assert written in (0, len(values))
