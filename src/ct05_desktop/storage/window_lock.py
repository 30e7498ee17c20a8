"""Which window has a database open: the lock file a window holds beside the database
(Qt's QLockFile, taken by gui/app.py), read here without Qt so that a command waiting for
a writer, or refusing to restore, can say who has the file."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Protocol

from ct05_desktop.domain.refusals import Phrase


def lock_path(db_path: PurePath | str) -> Path:
    """The window's lock file: beside the database, named after it (a Windows path stays
    one, for tests elsewhere)."""
    path = db_path if isinstance(db_path, PurePath) else Path(db_path)
    return path.with_name(path.name + ".lock")  # type: ignore[return-value]


@dataclass(frozen=True)
class Holder:
    """The window that has the database open: its process and machine."""

    pid: int
    host: str

    def phrase(self) -> Phrase:
        return Phrase(
            f"cửa sổ CT05 Desktop của tiến trình {self.pid} trên máy {self.host}",
            f"the CT05 Desktop window of process {self.pid} on {self.host}",
        )


NO_WINDOW = Phrase(
    "không cửa sổ CT05 Desktop nào đang mở tệp này; có thể là một lệnh ct05",
    "no CT05 Desktop window has this file open; perhaps a ct05 command",
)


def window_holding(db_path: Path | str) -> Holder | None:
    """The window holding the database's lock file, or None (no lock file, an unreadable
    one, or one left by a window of this machine that no longer runs)."""
    try:
        lines = lock_path(db_path).read_text("utf-8", errors="replace").splitlines()
        pid, host = int(lines[0]), lines[2] if len(lines) > 2 else ""
    except (OSError, ValueError, IndexError):
        return None
    if host == socket.gethostname() and not _alive(pid):
        return None
    return Holder(pid, host)


def _alive(pid: int) -> bool:
    """Whether the process runs on this machine (a window left after a crash or a power
    cut does not: its lock is stale)."""
    if sys.platform == "win32":  # os.kill there would end the process, not look at it
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


_QUERY_LIMITED_INFORMATION = 0x1000  # enough to ask a process its exit code
_STILL_ACTIVE = 259  # the exit code of a process still running
_ACCESS_DENIED = 5  # it exists, but belongs to someone the clerk may not look at


class Kernel32(Protocol):
    """The three functions of Windows' kernel32 the look at a process needs."""

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int: ...

    def GetExitCodeProcess(self, handle: int, code: object) -> int: ...

    def CloseHandle(self, handle: int) -> int: ...


def _alive_on_windows(
    pid: int, kernel32: Kernel32 | None = None, last_error: Callable[[], int] | None = None
) -> bool:
    """Windows: the process opened and asked its exit code (OpenProcess and
    GetExitCodeProcess, through ctypes: storage and the command line never load Qt).
    kernel32, last_error: stand-ins for tests on other systems."""
    import ctypes

    if kernel32 is None:
        kernel32 = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009
        last_error = getattr(ctypes, "get_last_error")  # noqa: B009
    assert kernel32 is not None and last_error is not None
    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:  # no such process (the lock is stale), or one not the clerk's to see
        return last_error() == _ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: taken as running (nothing is broken into)
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
