"""Opening the database: foreign keys, WAL on a local disk, migrations, a backup first;
every write transaction taken whole at its start (BEGIN IMMEDIATE)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.files.output_file import hold, nearest_existing, release
from ct05_desktop.storage.backup import (
    DAILY,
    MIGRATION,
    BackupFailed,
    due_today,
    make_backup,
    read_only,
)
from ct05_desktop.storage.migrations import MIGRATIONS
from ct05_desktop.storage.window_lock import NO_WINDOW, window_holding

LOG = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000  # a read or a write statement waits this long for a lock
WRITE_WAIT_S = 30.0  # a write transaction waits this long for another writer to finish
_TRY_MS = 250
# quick_check at every open up to this size (a district's decade: a few MB, some ms); a
# province's larger file is checked once a day, when its daily backup is checked whole
QUICK_CHECK_MAX_BYTES = (
    32 * 1024 * 1024
)  # one attempt to start a write transaction, between two reports of waiting


class StorageError(Refusal):
    """An expected problem with the database file, told to the user in plain words
    (db_damaged, db_unopenable)."""


class Ct05Database(Database):
    """sqlite-utils' Database whose outermost transaction starts with BEGIN IMMEDIATE: the
    write lock is taken before anything is read, so what a write checks (locks, approvals,
    a part against its whole) is what it writes over, and a second writer waits at the
    start instead of failing halfway when its read would have to become a write. While it
    waits, on_wait(seconds) is told (it may raise to give up: a Cancel); after
    write_wait seconds the wait ends with a refusal that says who may hold the file."""

    path: Path | None = None
    write_wait: float = WRITE_WAIT_S
    on_wait: Callable[[float], None] | None = None
    on_wait_over: Callable[[], None] | None = None  # told once a wait ends, either way
    backup_fault: OSError | None = None  # why the day's backup could not be written

    def close(self) -> None:
        if self.path is not None:
            release(self.path)
            self.path = None
        super().close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: a savepoint inside the outer transaction
            with super().atomic():
                yield self
            return
        self._begin_immediate()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def _begin_immediate(self) -> None:
        start = time.monotonic()
        told = False
        self.conn.execute(f"PRAGMA busy_timeout = {_TRY_MS}")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                        raise
                    waited = time.monotonic() - start
                    if waited >= self.write_wait:
                        raise self._held(waited) from exc
                    if self.on_wait is not None:
                        told = True
                        self.on_wait(waited)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if told and self.on_wait_over is not None:
                self.on_wait_over()

    def _held(self, waited: float) -> StorageError:
        holder = None if self.path is None else window_holding(self.path)
        return StorageError(
            "db_write_held",
            seconds=round(waited),
            holder=NO_WINDOW if holder is None else holder.phrase(),
        )


def _is_network_path(path: Path) -> bool:
    text = str(path)
    return text.startswith("\\\\") or text.startswith("//")


def connect(path: Path | str) -> Ct05Database:
    """A connection with foreign keys on, and WAL journaling when the file is local."""
    path = Path(path)
    try:
        db = Ct05Database(path)
        db.path = path
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not _is_network_path(path):
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _unopenable(path, exc) from exc
    hold(path)  # no output (a report, an export) may be written over it while open
    return db


def migrate(db: Database, path: Path | None = None) -> Path | None:
    """Apply pending migrations; back the file up first when it already holds data.

    Returns the backup's path when one was made.
    """
    pending = MIGRATIONS.pending(db)
    if not pending:
        return None
    backup: Path | None = None
    if db.table_names() and path is not None:
        backup = make_backup(db, path, MIGRATION).path
    MIGRATIONS.apply(db)
    return backup


def check_identity(path: Path, quick_check: bool = False) -> None:
    """Refuse a file that is not a CT05 database (an SQLite file of another program), that
    a newer version of the program wrote (its schema has migrations this one does not
    know), or (quick_check) that SQLite's quick_check finds damaged. Read without writing
    anything: another program's file is left as it was."""
    name = str(path)
    try:
        _roll_back_hot_journal(path)
        peek = read_only(path)
        try:
            tables = {r[0] for r in peek.execute("SELECT name FROM sqlite_master")}
            only = {
                r[0] for r in peek.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not tables:
                return  # a new database
            if quick_check and peek.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise StorageError("db_damaged", name=name)
            if MIGRATIONS.migrations_table not in tables:
                raise StorageError("db_foreign", name=name)
            applied = {
                r[0]
                for r in peek.execute(
                    f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ?",
                    [MIGRATIONS.name],
                )
            }
        finally:
            peek.close()
    except sqlite3.DatabaseError as exc:
        raise _unopenable(path, exc) from exc
    if not applied:
        # a first init killed within its first migration leaves the (empty) record of
        # migrations and nothing else: recognised, the migrations are run again
        if only <= {MIGRATIONS.migrations_table, "sqlite_sequence"}:
            return
        raise StorageError("db_foreign", name=name)
    known = {m.name for m in MIGRATIONS._migrations}  # every migration this version has
    if applied - known:
        raise StorageError("db_newer", name=name)


def _roll_back_hot_journal(path: Path) -> None:
    """A write killed halfway (a first init killed in its first migration, a power cut)
    leaves its rollback journal beside the file: a read-only look cannot undo it, and
    called the file read-only. Opened for writing once, SQLite puts the file back as it
    was before that write, as any program using it would."""
    journal = Path(f"{path}-journal")
    if journal.is_file() and journal.stat().st_size > 0:
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


# SQLite's result codes (the primary ones: an extended code's low byte) by what they mean
# to a person; an error made without a code (a test's) is known by SQLite's own message
_KINDS = {
    5: "busy",  # SQLITE_BUSY
    6: "busy",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "unopenable",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "unopenable",  # SQLITE_CANTOPEN
    26: "damaged",  # SQLITE_NOTADB
}
_MESSAGES = {  # SQLite's own words for those codes
    "database is locked": 5,
    "database table is locked": 6,
    "attempt to write a readonly database": 8,
    "disk i/o error": 10,
    "database disk image is malformed": 11,
    "database or disk is full": 13,
    "unable to open database file": 14,
    "file is not a database": 26,
    "file is encrypted or is not a database": 26,  # older SQLite's words
}


def _code(exc: sqlite3.Error) -> int | None:
    """The error's primary result code (from its message when it was made without one)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    return _MESSAGES.get(str(exc).strip().lower())


def sqlite_kind(exc: sqlite3.Error) -> str | None:
    """What an SQLite error means to a person (busy, read_only, full, unopenable,
    damaged), by its result code; None for any other (a bug)."""
    code = _code(exc)
    return None if code is None else _KINDS.get(code)


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file is damaged or not a database at all."""
    return sqlite_kind(exc) == "damaged"


def _unopenable(path: Path, exc: sqlite3.DatabaseError) -> StorageError:
    if is_damage(exc):
        return StorageError("db_damaged", name=str(path))
    return StorageError("db_unopenable", name=str(path), detail=sqlite_detail(exc))


_DETAILS = {  # why SQLite cannot use a file, by its code
    sqlite3.SQLITE_CANTOPEN: phrase("sqlite_cantopen"),
    sqlite3.SQLITE_IOERR: phrase("sqlite_ioerr"),
    sqlite3.SQLITE_READONLY: phrase("sqlite_readonly"),
    sqlite3.SQLITE_BUSY: phrase("sqlite_held"),
    sqlite3.SQLITE_LOCKED: phrase("sqlite_held"),
}


def sqlite_detail(exc: sqlite3.Error) -> Phrase | str:
    """Why SQLite cannot use a file, in words; its own English kept only when unforeseen."""
    code = _code(exc)
    return _DETAILS.get(code, str(exc)) if code is not None else str(exc)


def check_file(path: Path, create: bool) -> None:
    """Refuse, before SQLite opens (and perhaps creates) anything: no file where a
    database must already be, a folder, a pipe or a device, an empty file, a file or
    folder the user may not write, a file where a folder of the path should be."""
    name = str(path)
    if not path.exists():
        if not create:
            raise StorageError("db_missing", name=name)
        # missing folders are made (as for any file written); a file in the way is named
        folder = nearest_existing(path.parent)
        if not folder.is_dir():
            raise StorageError("not_a_folder", name=str(folder))
        if not os.access(folder, os.W_OK):
            raise StorageError("db_read_only")
        return
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise StorageError("db_not_a_file", name=name)
    if path.stat().st_size == 0:
        raise StorageError("db_empty_file", name=name)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageError("db_read_only")


_DAILY = threading.Lock()


def open_database(path: Path | str, create: bool = True, daily_backup: bool = True) -> Ct05Database:
    """Open a CT05 database (creating it when create and there is none), bring its
    schema up to date, and make the day's first backup when it holds data (unless
    daily_backup is False: the window opens at once and makes it on a thread of its own,
    a big database's copy taking seconds)."""
    path = Path(path)
    check_file(path, create)
    if path.exists():
        check_identity(path, quick_check=path.stat().st_size <= QUICK_CHECK_MAX_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    try:
        had_data = bool(db.table_names())
        migrate(db, path)
        if had_data and daily_backup and due_today(path):
            with _DAILY:  # two sessions opened together (the window's threads): one copy
                if due_today(path):
                    _daily_backup(db, path)
    except BackupFailed as exc:
        db.close()
        raise StorageError("db_damaged", name=str(path)) from exc
    except BaseException:
        db.close()
        raise
    return db


def _daily_backup(db: Database, path: Path) -> None:
    """The day's first backup; a folder it cannot be written in (a full disk, a file named
    like the folder) is logged and the database opens all the same: the clerk's work is
    not stopped for want of a copy. A copy that fails its check says the database is
    damaged (BackupFailed, told by the caller)."""
    try:
        make_backup(db, path, DAILY)
    except OSError as exc:  # told in words by whoever opened it (workflows.faults)
        LOG.info("the day's backup of %s could not be written", path, exc_info=True)
        if isinstance(db, Ct05Database):
            db.backup_fault = exc
