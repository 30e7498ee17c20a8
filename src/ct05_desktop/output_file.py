"""Writing an output file whole or not at all: a temporary file beside the target,
flushed to disk, then renamed over it. A crash or a full disk leaves the old file."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_on_success(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces target when the block ends cleanly."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # a short name: the target's may already be near the file system's limit
    fd, name = tempfile.mkstemp(prefix=".ct05-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as f:
            os.fsync(f.fileno())
        # the old file's mode, or an ordinary file's (mkstemp makes it owner-only)
        if target.exists():
            shutil.copymode(target, temporary)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
