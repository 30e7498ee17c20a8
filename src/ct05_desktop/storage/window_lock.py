"""Which window has a database open: the lock file a window holds beside the database
(Qt's QLockFile, taken by gui/app.py), read here without Qt so that a command waiting for
a writer, or refusing to restore, can say who has the file."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from ct05_desktop.domain.refusals import Phrase


def lock_path(db_path: Path | str) -> Path:
    """The window's lock file: beside the database, named after it."""
    path = Path(db_path)
    return path.with_name(path.name + ".lock")


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
    if sys.platform == "win32":  # os.kill would end the process there: assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True
