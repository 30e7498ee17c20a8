"""Expected faults of files and of the database, told in words: a file open in Excel, a
full or read-only disk, a missing file, another program writing the database, a damaged
database. Anything else is a bug (logged and shown by the window's crash dialog)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ct05_desktop.domain.refusals import Phrase, Refusal

_A_FILE = Phrase("tệp", "the file")
_THE_DATABASE = Phrase("cơ sở dữ liệu", "the database")


def _name(name: str | Path | None, exc: OSError) -> str | Phrase:
    if name is not None:
        return str(name)
    return str(exc.filename) if exc.filename else _A_FILE


def fault(exc: BaseException, name: str | Path | None = None) -> Refusal | None:
    """The refusal that tells this fault in words, or None when it is not an expected
    fault (a bug). name: the file being read or written, when the caller knows it."""
    if isinstance(exc, Refusal):
        return exc
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return Refusal("db_busy")
        if "readonly" in text or "read-only" in text:
            return Refusal("db_read_only")
        if "disk is full" in text or "full" in text:
            return Refusal("disk_full", name=name or _THE_DATABASE)
        if "unable to open" in text or "disk i/o" in text:
            return Refusal("db_unopenable", name=name or "", detail=str(exc))
        return None
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "encrypted" in text:
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
    if isinstance(exc, PermissionError):
        return Refusal("file_in_use", name=name)
    if exc.errno == errno.ENOSPC:
        return Refusal("disk_full", name=name)
    if exc.errno == errno.EROFS:
        return Refusal("read_only", name=name)
    return Refusal("file_error", name=name, detail=exc.strerror or type(exc).__name__)


def words_for(exc: BaseException, lang: str = "vi", name: str | Path | None = None) -> str | None:
    """An expected refusal or fault in words, in lang; None for a bug."""
    words = getattr(exc, "words", None)
    if callable(words):
        return str(words(lang))
    told = fault(exc, name)
    return None if told is None else told.words(lang)
