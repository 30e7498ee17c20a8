"""A restore's copy, made so that nothing another program commits can fall between the
safety backup and the copy-in: the backup is first staged in a file of its own beside the
database and brought up to this version's schema; then, inside ONE write transaction on
the live database, the safety backup is read (by a second connection: the committed state,
which no one else can change while the lock is held) and every table is replaced by the
staged one's rows. A writer that was busy when the restore began has committed before the
lock is granted, so its work is in the safety backup; one that comes after waits for the
restore, and writes over the restored data.

The full-text indexes are not copied: the triggers of the tables they index keep them
(the rows deleted leave them, the rows inserted enter them)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.storage.backup import copy_database
from ct05_desktop.storage.migrations import MIGRATIONS

INCOMING = "incoming"


def staged_copy(backup: Path, beside: Path) -> Path:
    """The backup copied (SQLite's backup API) into a new file in the folder beside, and
    migrated to this version: the tables the live database has, in the same shape."""
    # named as the program's temporary files are: one a killed restore left is swept away
    # an hour later by the next write into the folder (output_file.sweep_stale)
    staging = beside / f".ct05-{uuid.uuid4().hex[:8]}.tmp"
    try:
        copy_database(backup, staging)
        db = Database(staging)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            MIGRATIONS.apply(db)
        finally:
            db.close()
    except BaseException:
        remove_staged(staging)
        raise
    return staging


def remove_staged(staging: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{staging}{suffix}").unlink(missing_ok=True)


def copied_tables(db: Database) -> list[tuple[str, list[str], bool]]:
    """The live database's tables a restore replaces: (name, columns, whether its rowid is
    a hidden column to copy too: the full-text triggers key on it), the full-text indexes
    and their shadow tables left to the triggers."""
    rows = db.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    out = []
    for name, sql in rows:
        if name in virtual or any(name.startswith(f"{v}_") for v in virtual):
            continue
        info = db.execute(f'PRAGMA main.table_info("{name}")').fetchall()
        columns = [r[1] for r in info]
        keys = [r for r in info if r[5]]
        aliased = len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"  # the rowid itself
        hidden_rowid = "WITHOUT ROWID" not in str(sql).upper() and not aliased
        out.append((name, columns, hidden_rowid))
    return out


def replace_content(db: Database) -> None:
    """Every table's rows replaced by those of the attached staged copy (INCOMING); call
    inside the write transaction. Foreign keys are checked at its commit, when all the
    tables are whole again."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    tables = copied_tables(db)
    for name, _, _ in tables:
        db.execute(f'DELETE FROM main."{name}"')
    for name, columns, rowid in tables:
        listed = ", ".join(f'"{c}"' for c in columns)
        keys = f"rowid, {listed}" if rowid else listed
        db.execute(f'INSERT INTO main."{name}" ({keys}) SELECT {keys} FROM {INCOMING}."{name}"')
    has_sequence = db.execute(
        f"SELECT count(*) FROM {INCOMING}.sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone()[0]
    live_sequence = db.execute(
        "SELECT count(*) FROM main.sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone()[0]
    if live_sequence:
        db.execute("DELETE FROM main.sqlite_sequence")
        if has_sequence:
            db.execute(f"INSERT INTO main.sqlite_sequence SELECT * FROM {INCOMING}.sqlite_sequence")
