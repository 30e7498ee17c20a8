"""Writing an output file whole or not at all: a temporary file beside the target,
flushed to disk, then renamed over it. A crash or a full disk leaves the old file.

Every file the program writes (a report, a template, a CSV export, a backup) goes
through ``replaced_on_success``. What it refuses, it refuses before writing anything: a
folder where the file should be, a file where a folder should be, a file marked
read-only, a file of the database the program has open (under any name or link). A
folder it had to create for the file is taken back when the write fails.

A process killed while it writes (kill -9, a power cut) cannot take its temporary file
away: that ``.ct05-….tmp`` is removed by the next write into the same folder once it is
an hour old. A younger one may be another window's write still going on, so it is left.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX, SUFFIX = ".ct05-", ".tmp"
STALE_AFTER_S = 3600.0
# mkstemp's names (8 letters, digits or '_'), and the journal SQLite may put beside one
_OURS = re.compile(r"^\.ct05-[a-z0-9_]{8}\.tmp(?:-journal|-wal|-shm)?$")


class ReadOnlyTarget(PermissionError):
    """The file to replace is marked read-only (chmod a-w, or Windows' Properties →
    Read-only): whoever marked it meant it to stay, so it is not replaced, although a
    rename over it would be allowed by the folder."""


class HeldDatabase(OSError):
    """The target is a file of a database this program has open (the file itself, its
    -wal, -shm or -journal, under any name or link): writing over it would lose it."""


# the databases this process has open, each with how many connections hold it: their
# files are never replaced by an output
_HELD: dict[Path, int] = {}
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def hold(database: Path | str) -> None:
    """Keep every output off this database's files while a connection has it open."""
    key = Path(database).resolve()
    _HELD[key] = _HELD.get(key, 0) + 1


def release(database: Path | str) -> None:
    key = Path(database).resolve()
    if _HELD.get(key, 0) > 1:
        _HELD[key] -= 1
    else:
        _HELD.pop(key, None)


def is_held(target: Path | str) -> bool:
    """Whether target is, or names through links, a file of an open database."""
    resolved = Path(target).resolve()
    files = [Path(f"{db}{end}") for db in list(_HELD) for end in _COMPANIONS]
    if resolved in files:
        return True
    try:  # another name for the same file (a hard link, a differently spelled path)
        return resolved.exists() and any(
            f.exists() and os.path.samefile(f, resolved) for f in files
        )
    except OSError:
        return False


class NotRegularFile(OSError):
    """What stands at the target is not an ordinary file (a FIFO, a device, a socket):
    renaming over it would take it away, writing into it would hang or go nowhere."""


def _error(cls: type[OSError], code: int, path: Path) -> OSError:
    return cls(code, os.strerror(code), str(path))


def _read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    # the mode bits as well as os.access: the administrator may write anything, Windows'
    # read-only attribute shows as no write bit
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))


def nearest_existing(path: Path) -> Path:
    """path itself, or what exists nearest above it: the folder a new file or folder
    would go into, or the file standing in the way."""
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def make_folder(folder: Path | str) -> list[Path]:
    """Create the folder and those missing above it; returns the ones created, outermost
    first. A file standing where a folder must be: NotADirectoryError naming that file
    (not the path below it, which would leave the person looking for the wrong thing)."""
    folder = Path(folder)
    here = nearest_existing(folder)
    if not here.is_dir():
        raise _error(NotADirectoryError, errno.ENOTDIR, here)
    missing, path = [], folder
    while path != here:
        missing.append(path)
        path = path.parent
    created = []
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:  # made meanwhile by someone else: theirs, not ours
            continue
        created.append(path)
    return created


def _take_back(created: list[Path]) -> None:
    """The folders made for a file that was not written, innermost first, when empty."""
    for path in reversed(created):
        try:
            path.rmdir()
        except OSError:
            return


def sweep_stale(folder: Path | str, now: float | None = None) -> list[Path]:
    """Remove this program's temporary files in folder older than STALE_AFTER_S (left by
    a write that was killed); returns what was removed."""
    now = time.time() if now is None else now
    gone = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not _OURS.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_AFTER_S:
                os.unlink(entry.path)
                gone.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to remove: the write goes on
    return gone


def _named(exc: OSError, target: Path) -> None:
    """A fault while writing names the file the person asked for, never the temporary
    one (which they have never heard of and will not find)."""
    if exc.filename is None or Path(str(exc.filename)).name.startswith(PREFIX):
        exc.filename = str(target)
    if exc.filename2 is not None and Path(str(exc.filename2)).name.startswith(PREFIX):
        exc.filename2 = None


@contextmanager
def replaced_on_success(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces target when the block ends cleanly.
    Refused before anything is written: a folder at target (IsADirectoryError), a file
    where a folder of its path should be (NotADirectoryError), a read-only target
    (ReadOnlyTarget), a device, pipe or socket (NotRegularFile), a file of a database
    open here (HeldDatabase). A symbolic link is written through."""
    asked = Path(target)
    # a symbolic link is written through: the file it names is replaced, the link kept
    try:
        target = asked.resolve() if asked.is_symlink() else asked
    except RuntimeError:  # a loop of links (Python 3.11 says so this way)
        raise _error(OSError, errno.ELOOP, asked) from None
    if target.is_dir():
        raise _error(IsADirectoryError, errno.EISDIR, asked)
    if _HELD and is_held(target):
        raise _error(HeldDatabase, errno.EINVAL, asked)
    if target.exists() and not target.is_file():
        raise _error(NotRegularFile, errno.EINVAL, asked)
    if _read_only(target):
        raise _error(ReadOnlyTarget, errno.EACCES, asked)
    created = make_folder(target.parent)
    temporary: Path | None = None
    done = False
    try:
        sweep_stale(target.parent)
        # a short name: the target's may already be near the file system's limit
        fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=target.parent)
        os.close(fd)
        temporary = Path(name)
        yield temporary
        with open(temporary, "rb+") as f:
            os.fsync(f.fileno())
        # the old file's mode, or an ordinary file's (mkstemp makes it owner-only)
        if target.exists():
            shutil.copymode(target, temporary)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        done = True
    except OSError as exc:
        _named(exc, asked)
        raise
    finally:
        if temporary is not None and not done:
            temporary.unlink(missing_ok=True)
        if not done:
            _take_back(created)
