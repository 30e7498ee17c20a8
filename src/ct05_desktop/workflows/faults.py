"""Expected faults of files and of the database, told in words: a file open in Excel, a
full or read-only disk, a read-only file, a file where a folder should be, a name too
long or not allowed, a missing file, another program writing the database, a damaged
database. Anything else is a bug (logged and shown by the window's crash dialog)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Fault, Phrase, Refusal
from ct05_desktop.files.output_file import HeldDatabase, NotRegularFile, ReadOnlyTarget
from ct05_desktop.storage.database import sqlite_detail, sqlite_kind

# "the file": when nothing names it, or when its place (a FileProblem) names it already
A_FILE = phrase("a_file")
_THE_DATABASE = phrase("the_database")


def _name(name: str | Path | Phrase | None, exc: OSError) -> str | Phrase:
    if isinstance(name, Phrase):
        return name
    if name is not None:
        return str(name)
    return str(exc.filename) if exc.filename else A_FILE


def fault(exc: BaseException, name: str | Path | Phrase | None = None) -> Refusal | None:
    """The refusal that tells this fault in words, or None when it is not an expected
    fault (a bug). name: the file being read or written, when the caller knows it."""
    if isinstance(exc, Refusal):
        return exc
    if isinstance(exc, sqlite3.DatabaseError):  # by SQLite's result code
        kind = sqlite_kind(exc)
        if kind == "busy":
            return Refusal("db_busy")
        if kind == "read_only":
            return Refusal("db_read_only")
        if kind == "full":
            return Refusal("disk_full", name=name or _THE_DATABASE)
        if kind == "unopenable":
            return Refusal("db_unopenable", name=name or "", detail=sqlite_detail(exc))
        if kind == "damaged":
            return Refusal("db_damaged", name=name or "")
        return None
    if isinstance(exc, OSError):
        return _os_fault(exc, _name(name, exc))
    return None


def _os_fault(exc: OSError, name: str | Phrase) -> Refusal:
    if isinstance(exc, FileNotFoundError):
        return Refusal("file_missing", name=name)
    if isinstance(exc, IsADirectoryError):
        return Refusal("is_folder", name=name)
    if isinstance(exc, HeldDatabase):  # an export or a report named like the database
        return Refusal("output_onto_database", name=name)
    if isinstance(exc, NotRegularFile):
        return Refusal("not_regular_file", name=name)
    if isinstance(exc, FileExistsError) and exc.filename and Path(exc.filename).is_file():
        return Refusal("not_a_folder", name=str(exc.filename))  # a folder to make: a file there
    if isinstance(exc, NotADirectoryError):  # the file standing where a folder should be
        return Refusal("not_a_folder", name=str(exc.filename) if exc.filename else name)
    if isinstance(exc, ReadOnlyTarget):
        return Refusal("file_read_only", name=name)
    if isinstance(exc, PermissionError):
        return Refusal("file_in_use", name=name)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Refusal("disk_full", name=name)
    if exc.errno == errno.EROFS:
        return Refusal("read_only", name=name)
    if exc.errno == errno.ENAMETOOLONG:
        return Refusal("name_too_long", name=name)
    if exc.errno == errno.EINVAL:  # Windows: a name with ? * : < > | in it
        return Refusal("bad_file_name", name=name)
    # the system's own words are English: the error's short name, for whoever helps
    detail = errno.errorcode.get(exc.errno or 0) or str(getattr(exc, "winerror", None) or "?")
    return Refusal("file_error", name=name, detail=detail)


def words_for(
    exc: BaseException, lang: str = "vi", name: str | Path | Phrase | None = None
) -> str | None:
    """An expected refusal or fault in words, in lang; None for a bug."""
    if isinstance(exc, Fault):
        return exc.words(lang)
    told = fault(exc, name)
    return None if told is None else told.words(lang)
