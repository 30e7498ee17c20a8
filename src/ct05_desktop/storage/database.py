"""Opening the database: foreign keys, WAL on a local disk, migrations, a backup first;
every write transaction taken whole at its start (BEGIN IMMEDIATE)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.storage.backup import backup_to
from ct05_desktop.storage.migrations import MIGRATIONS
from ct05_desktop.storage.window_lock import NO_WINDOW, window_holding

BUSY_TIMEOUT_MS = 5000  # a read or a write statement waits this long for a lock
WRITE_WAIT_S = 30.0  # a write transaction waits this long for another writer to finish
_TRY_MS = 250  # one attempt to start a write transaction, between two reports of waiting


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
                        self.on_wait(waited)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

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
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            raise StorageError("db_damaged", name=str(path)) from exc
        raise StorageError("db_unopenable", name=str(path), detail=str(exc)) from exc
    return db


def migrate(db: Database, path: Path | None = None) -> Path | None:
    """Apply pending migrations; back the file up first when it already holds data.

    Returns the backup's path when one was made.
    """
    pending = MIGRATIONS.pending(db)
    if not pending:
        return None
    backup: Path | None = None
    has_tables = bool(db.table_names())
    if has_tables and path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-migration-{stamp}{path.suffix}")
        backup_to(db, backup)
    MIGRATIONS.apply(db)
    return backup


def open_database(path: Path | str) -> Ct05Database:
    """Open (creating if needed) and bring the schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    migrate(db, path)
    return db
