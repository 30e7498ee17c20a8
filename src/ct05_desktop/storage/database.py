"""Opening the database: foreign keys, WAL on a local disk, migrations, a backup first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.storage.backup import backup_to
from ct05_desktop.storage.migrations import MIGRATIONS


class StorageError(Refusal):
    """An expected problem with the database file, told to the user in plain words
    (db_damaged, db_unopenable)."""


def _is_network_path(path: Path) -> bool:
    text = str(path)
    return text.startswith("\\\\") or text.startswith("//")


def connect(path: Path | str) -> Database:
    """A connection with foreign keys on, and WAL journaling when the file is local."""
    path = Path(path)
    try:
        db = Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
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


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and bring the schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    migrate(db, path)
    return db
