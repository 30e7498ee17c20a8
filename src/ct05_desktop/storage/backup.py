"""Backups through SQLite's online backup API, never a file copy of a live database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database


def backup_to(db: Database, dest: Path | str) -> Path:
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(dest)
    try:
        db.conn.backup(target)
    finally:
        target.close()
    return dest
