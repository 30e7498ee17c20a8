"""Backups and restore (domain.md §10), for the command line and the window alike: a backup
now (into the folder beside the database, or into a file of the user's choosing), the
list of backups, a backup before every bulk change, and a restore that checks the file
first, backs up the current state, and changes nothing when it refuses."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.template_signature import (
    EARLIER_KEYS,
    KEY_SETTING,
    kept_keys,
    template_keys,
)
from ct05_desktop.files.output_file import make_folder, replaced_on_success
from ct05_desktop.storage import year_cache
from ct05_desktop.storage.backup import (  # the reasons, for the command line and window
    DAILY,
    DEMO,
    FOLDER,
    IMPORT,
    MANUAL,
    MIGRATION,
    ORGS,
    RESTORE,
    Backup,
    BackupFailed,
    backup_to,
    copy_database,
    list_backups,
    make_backup,
    read_only,
)
from ct05_desktop.storage.backup import (
    backups_folder as _folder,
)
from ct05_desktop.storage.database import StorageError, check_file, check_identity, is_damage
from ct05_desktop.storage.restore_copy import (
    INCOMING,
    remove_staged,
    replace_content,
    staged_copy,
)
from ct05_desktop.storage.window_lock import window_holding
from ct05_desktop.workflows.faults import fault
from ct05_desktop.workflows.session import Session

__all__ = [
    "DAILY",
    "DEMO",
    "IMPORT",
    "MANUAL",
    "MIGRATION",
    "ORGS",
    "RESTORE",
    "Backup",
    "backup_before",
    "backup_now",
    "backups",
    "backups_beside",
    "backups_folder",
    "check_restorable",
    "restore",
    "restore_over_damaged",
]


def backups_folder(session: Session) -> Path:
    """Where this database's backups are: a folder beside it."""
    return _folder(session.path)


def backups(session: Session) -> list[Backup]:
    """This database's backups, newest first."""
    return list_backups(session.path)


def backup_now(session: Session, out: Path | str | None = None) -> Path:
    """A backup into the folder beside the database (rotated with the others), or into out
    (a file of the user's choosing, left alone by the rotation)."""
    try:  # (out onto the database's own files is refused by output_file, as any output)
        if out is None:
            try:
                return make_backup(session.db, session.path, MANUAL).path
            except OSError as exc:  # the folder beside the database: named, not a backup's file
                raise unusable_folder(session.path, exc) from exc
        return backup_to(session.db, Path(out))
    except BackupFailed as exc:
        raise StorageError("db_damaged", name=str(session.path)) from exc


def backup_before(session: Session, reason: str) -> Path | None:
    """Before a bulk change (an import, a restore, the demo data, the tree changed from a
    file): a backup, unless the newest one already holds the state as it is (nothing
    written since) or the database holds nothing yet. Returns the backup made, if any."""
    last = _last_entry(session.db.conn)
    if last is None:
        return None
    newest = list_backups(session.path)[:1]
    if newest and _last_change(newest[0].path) == last:
        return None
    try:
        return make_backup(session.db, session.path, reason).path
    except BackupFailed as exc:
        raise StorageError("db_damaged", name=str(session.path)) from exc
    except OSError as exc:  # the change waits for a copy of what it changes
        raise unusable_folder(session.path, exc) from exc


def daily_backup_skipped(session: Session) -> Refusal | None:
    """Why the day's backup could not be made when the database was opened (the work
    goes on; the clerk is told), or None."""
    fault = session.db.backup_fault
    return None if fault is None else unusable_folder(session.path, fault, "daily_backup_skipped")


def unusable_folder(db_path: Path, exc: OSError, code: str = "backup_folder_unusable") -> Refusal:
    """The backups folder's fault in words, naming the folder (never a backup's file name,
    which the clerk has not heard of) and what to do."""
    folder = _folder(db_path)
    if folder.is_symlink() and not folder.exists():
        why: str | Phrase = phrase("link_to_nowhere")
    elif isinstance(exc, PermissionError):  # a folder, not a file open in Word or Excel
        why = phrase("folder_read_only")
    else:
        told = fault(exc, folder)
        why = Phrase(told.words("vi"), told.words("en")) if told else Phrase("?", "?")
    return Refusal(code, folder=str(folder), reason=why)


def _last_entry(conn: sqlite3.Connection) -> tuple[object, ...] | None:
    """The change log's last entry, whole (id, when, who, what, old and new values): after
    a restore the ids start again from the backup's, so an id alone could match a backup
    that lacks what was written since."""
    row = conn.execute("SELECT * FROM audit ORDER BY id DESC LIMIT 1")
    found = row.fetchone()
    return None if found is None else tuple(found)


def _last_change(path: Path) -> tuple[object, ...] | None:
    """The last change-log entry a backup holds (None: unreadable)."""
    try:
        peek = read_only(path)
        try:
            return _last_entry(peek)
        finally:
            peek.close()
    except sqlite3.Error:
        return None


def check_restorable(path: Path) -> None:
    """Refuse a file that cannot be restored, before anything is changed: missing, not a
    file, empty, another program's, a newer version's, or damaged."""
    check_file(path, create=False)
    check_identity(path)
    try:
        peek = read_only(path)
        try:
            found = peek.execute("PRAGMA integrity_check").fetchall()
            has_tree = peek.execute("SELECT count(*) FROM orgs").fetchone()[0] > 0
        finally:
            peek.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("backup_damaged", name=str(path)) from exc
    if found != [("ok",)] or not has_tree:
        raise StorageError("backup_damaged", name=str(path))


def restore(session: Session, path: Path | str, source: Source, from_window: bool = False) -> Path:
    """Replace the database's content with the backup at path: the file checked first and
    staged in this version's schema, then, holding the write lock throughout, the current
    state backed up (returned) and every table replaced (storage.restore_copy), the change
    log told in the same transaction. Refused while a window has the database open (unless
    the window asks: from_window)."""
    path = Path(path)
    check_restorable(path)
    holder = None if from_window else window_holding(session.path)
    if holder is not None:
        raise StorageError("restore_window_open", holder=holder.phrase())
    db = session.db
    try:
        staging = staged_copy(path, session.path.parent)  # the backup, in this version's shape
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if not _damaged(exc):
            raise  # busy, a full disk…: told as such
        raise StorageError("backup_damaged", name=str(path)) from exc
    try:
        db.execute(f"ATTACH DATABASE ? AS {INCOMING}", [str(staging)])
        try:
            # the write lock from the safety backup to the end: what another program
            # committed before it is in the safety backup, what comes after waits
            with session.writing():
                peek = read_only(session.path)  # the committed state, which no one can change now
                try:
                    safety = make_backup(Database(peek), session.path, RESTORE).path
                except OSError as exc:  # no restore without a copy of what it replaces
                    raise unusable_folder(session.path, exc) from exc
                finally:
                    peek.close()
                live = template_keys(session.repo)
                (last,) = db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
                replace_content(db)
                _keep_keys(session, live)
                (restored,) = db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
                # the change log's ids never go back (a template says which id it was
                # written at: what changed after a restore must count as after it)
                ahead = max(last, restored) + 1
                session.repo.audit("restore", source, old=str(safety), new=path.name, id=ahead)
        finally:
            db.execute(f"DETACH DATABASE {INCOMING}")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if not _damaged(exc):
            raise
        raise StorageError("backup_damaged", name=str(path)) from exc
    finally:
        remove_staged(staging)
    session.forget_tree()
    year_cache.forget(session.path)
    return safety


def _damaged(exc: BaseException) -> bool:
    """A backup's own fault: rows that do not fit together, broken text, damaged pages."""
    if isinstance(exc, sqlite3.IntegrityError | UnicodeDecodeError):
        return True
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and ("decode" in text or is_damage(exc))


def _keep_keys(session: Session, live: list[str]) -> None:
    """The template keys of the database before the restore kept beside the backup's:
    every template signed before or since stays this database's own."""
    current, earlier = kept_keys(live, template_keys(session.repo))
    if current:
        session.repo.set_setting(KEY_SETTING, current)
        session.repo.set_setting(EARLIER_KEYS, earlier or None)


def backups_beside(db_path: Path) -> list[Backup]:
    """The backups of the database at db_path, newest first, without opening it (it may be
    damaged)."""
    return list_backups(db_path)


def restore_over_damaged(
    db_path: Path, path: Path | str, source: Source, from_window: bool = False
) -> Path | None:
    """Restore when the database itself cannot be opened (damaged, or deleted): the backup checked
    first and copied beside the database, then the damaged file moved aside into the
    backups folder (kept, for whoever wants to look at it) and the copy renamed into its
    place. Returns where the damaged file went (None: there was none)."""
    path = Path(path)
    check_restorable(path)
    holder = None if from_window else window_holding(db_path)
    if holder is not None:
        raise StorageError("restore_window_open", holder=holder.phrase())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = db_path.parent / FOLDER / f"{db_path.stem}-damaged-{stamp}{db_path.suffix}"
    kept: Path | None = None
    make_folder(aside.parent)
    # a crash or a full disk while the copy is written leaves the damaged file in place
    with replaced_on_success(db_path) as temporary:
        copy_database(path, temporary)
        if db_path.exists():  # a database deleted by mistake has nothing to keep aside
            db_path.replace(aside)
            kept = aside
        for extra in ("-wal", "-shm"):
            companion = db_path.with_name(db_path.name + extra)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + extra))
    with Session(db_path, create=False) as session:
        session.repo.audit("restore", source, old=str(kept or ""), new=path.name)
    return kept
