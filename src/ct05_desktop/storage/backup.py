"""Backups you can use (domain.md §10): made by SQLite's online backup API (never a file copy of
a live database) into a `backups` folder beside the database, each written to a temporary
name, checked with integrity_check, then renamed; at the first open of a day and before
every bulk change; rotated so that the folder does not grow without end.

Kept after each backup: the newest 5 whatever their age; the newest of each of the last 7
days that have one; the newest of each of the last 4 weeks; the newest of each of the
last 12 months. Everything older is deleted."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.files.output_file import replaced_on_success

FOLDER = "backups"
SEQUENCE = "backup_sequence"  # the settings row of a backup's place among its folder's
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 5, 7, 4, 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.db$")

# why a backup was made (stored in its file name, told in words by the window and CLI)
DAILY, MANUAL, IMPORT, RESTORE, DEMO, MIGRATION, ORGS = (
    "daily",
    "manual",
    "import",
    "restore",
    "demo",
    "migration",
    "orgs",
)


class BackupFailed(Refusal):
    """The copy just written did not pass integrity_check (the database it was copied from
    may be damaged); nothing was kept. Told as a damaged database; the callers name it."""

    def __init__(self, detail: str) -> None:
        super().__init__("db_damaged", name="")
        self.detail = detail


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime  # by the clock, as its name says
    reason: str
    sequence: int = 0  # its place among the backups, kept inside it (0: made before)

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write the file (another program's file is left as it
    was)."""
    return sqlite3.connect(read_only_uri(path.resolve().as_uri()), uri=True)


def copy_database(source: Path, target: Path | str) -> None:
    """The database file at source (opened read-only) copied whole into the file at
    target by SQLite's backup API."""
    reading = read_only(source)
    try:
        writing = sqlite3.connect(target)
        try:
            reading.backup(writing)
        finally:
            writing.close()
    finally:
        reading.close()


def read_only_uri(file_uri: str) -> str:
    """SQLite's read-only URI of a file's URI. A Windows share (or a drive mapped to one,
    which resolve() turns into a share) is file://server/share/… by Python and must be
    file:////server/share/… for SQLite, which takes no host in a URI."""
    if file_uri.startswith("file://") and not file_uri.startswith("file:///"):
        file_uri = "file:////" + file_uri[len("file://") :]
    return f"{file_uri}?mode=ro"


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def backup_to(db: Database, dest: Path | str, sequence: int = 0) -> Path:
    """Copy the database into dest whole: to a temporary file beside it, checked, flushed,
    then renamed over dest (a crash or a full disk leaves what was there). sequence: the
    backup's place among the folder's, written inside the copy."""
    dest = Path(dest)
    with replaced_on_success(dest) as temporary:
        target = sqlite3.connect(temporary)
        try:
            db.conn.backup(target)
            has_settings = target.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'settings'"
            ).fetchone()[0]
            if sequence and has_settings:  # (a database before its first migration has none)
                target.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                    [SEQUENCE, str(sequence)],
                )
                target.commit()
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            found = target.execute("PRAGMA integrity_check").fetchall()
        finally:
            target.close()
        if found != [("ok",)]:
            raise BackupFailed("; ".join(str(r[0]) for r in found[:5]))
    return dest


def make_backup(db: Database, db_path: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    """A backup into the folder beside the database, then the folder rotated."""
    made = (now or dt.datetime.now()).replace(microsecond=0)
    stamp = made.strftime(_STAMP)
    listed = list_backups(db_path)  # each one opened once, for its sequence
    same_second = [b for b in listed if b.made == made]
    n = f"-{len(same_second)}" if same_second else ""  # numbered in order within a second
    dest = backups_folder(db_path) / f"{db_path.stem}-{stamp}{n}-{reason}.db"
    sequence = 1 + max((b.sequence for b in listed), default=0)
    backup_to(db, dest, sequence)
    made_now = Backup(dest, made, reason, sequence)
    rotate(db_path, made, [made_now, *listed])
    return made_now


def list_backups(db_path: Path) -> list[Backup]:
    """This database's backups in its folder, newest first: by the sequence each holds
    (a backup made while the clock said 2028 does not head the list for ever), then by
    the time its name says (backups made before the sequence, after every one made since)."""
    found = [(n, replace(b, sequence=_sequence_in(b.path))) for n, b in _named(db_path)]
    found.sort(key=lambda f: (f[1].sequence, f[1].made, f[0]), reverse=True)
    return [b for _, b in found]


def _named(db_path: Path) -> list[tuple[int, Backup]]:
    """The backups in the folder as their names say (none opened), each with its number
    within its second."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_path.stem or not path.is_file():
            continue
        made = dt.datetime.strptime(match["stamp"], _STAMP)
        found.append((int(match["n"] or 0), Backup(path, made, match["reason"])))
    return found


def _sequence_in(path: Path) -> int:
    """The sequence a backup holds (0: none, or not readable)."""
    try:
        peek = read_only(path)
        try:
            row = peek.execute("SELECT value FROM settings WHERE key = ?", [SEQUENCE]).fetchone()
        finally:
            peek.close()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def due_today(db_path: Path, today: dt.date | None = None) -> bool:
    """No backup was made today yet (the first open of the day makes one)."""
    today = today or dt.date.today()
    return not any(b.made.date() == today for _, b in _named(db_path))  # by name: no opening


def rotate(
    db_path: Path, now: dt.datetime | None = None, listed: list[Backup] | None = None
) -> list[Path]:
    """Delete the backups the rule above does not keep; returns what was deleted. listed:
    the folder's backups newest first, when the caller has them already."""
    now = now or dt.datetime.now()
    # chosen among those made by now: backups dated later (a clock set back) are kept
    # aside, and cannot push out the one just made
    listed = list_backups(db_path) if listed is None else listed
    backups = [b for b in listed if b.made <= now]  # newest first
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    for width, key in (
        (KEEP_DAYS, lambda b: b.made.date()),
        (KEEP_WEEKS, lambda b: tuple(b.made.isocalendar())[:2]),
        (KEEP_MONTHS, lambda b: (b.made.year, b.made.month)),
    ):
        seen: list[object] = []
        for backup in backups:
            period = key(backup)
            if period in seen:
                continue
            seen.append(period)
            if len(seen) > width:
                break
            keep.add(backup.path)
    gone = [b.path for b in backups if b.path not in keep]
    for path in gone:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # open in another program: tried again at the next backup
            continue
    return gone
