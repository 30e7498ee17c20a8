"""Files the program is asked to read: only ordinary files.

A named pipe (FIFO) blocks the program for ever when opened, a device such as
/dev/zero never ends, and a folder cannot be read at all; so an input file is looked at
(os.stat, which opens nothing) before anything opens it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ct05_desktop.domain.refusals import Refusal


def ensure_regular_file(path: Path) -> None:
    """Refuse (not_a_file) anything but an ordinary file, a link to one included.

    A missing file is not refused here: os.stat's FileNotFoundError goes on to the
    caller, which already tells it in words (file_missing)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise Refusal("not_a_file", name=Path(path).name)
