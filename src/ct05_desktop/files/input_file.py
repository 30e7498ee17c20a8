"""Reading a file the person chose, as a file: a folder, a named pipe (FIFO), a device
or a socket given as input is refused in words before anything waits on it.

Opening a named pipe waits for a writer that may never come, and a device such as
/dev/zero never ends: either would hang the import (in the window, an operation that
cannot finish). The CSV reader and the Excel template reader use it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Refusal

_KINDS = (
    (stat.S_ISDIR, phrase("kind_folder")),
    (stat.S_ISFIFO, phrase("kind_fifo")),
    (stat.S_ISCHR, phrase("kind_device")),
    (stat.S_ISBLK, phrase("kind_device")),
    (stat.S_ISSOCK, phrase("kind_socket")),
)
_OTHER = phrase("kind_special")

# on POSIX, opening without waiting: a pipe put in the file's place after the check
# cannot hang the open either (Windows has no such flag, and no such pipes)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _refuse_unless_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    what = next((phrase for test, phrase in _KINDS if test(mode)), _OTHER)
    raise Refusal("not_a_file", what=what)


def ensure_regular_file(path: Path | str) -> os.stat_result:
    """The file's status, after a look (os.stat, not open) that it is an ordinary file;
    Refusal 'not_a_file' when it is not. A missing file raises FileNotFoundError, told
    in words by ``workflows.faults``."""
    status = os.stat(path)  # follows a link: a link to a file is a file
    _refuse_unless_regular(status.st_mode)
    return status


def open_regular_file(path: Path | str) -> BinaryIO:
    """The file opened for reading bytes, once it is known to be an ordinary file: looked
    at before opening, and the file opened looked at again (a big file read row by row)."""
    ensure_regular_file(path)
    f = open(os.open(path, _OPEN_FLAGS), "rb")  # noqa: SIM115 (returned open)
    try:
        _refuse_unless_regular(os.fstat(f.fileno()).st_mode)
    except BaseException:
        f.close()
        raise
    return f


def read_regular_file(path: Path | str, size: int = -1) -> bytes:
    """The file's bytes (the first ``size`` of them when given), as open_regular_file."""
    with open_regular_file(path) as f:
        return f.read(size)
