"""Where the shipped data, the resources and the user's database live.

Installed from a wheel, ``data/`` and ``resources/`` sit inside the package; run
from the source tree (an editable install), they sit at the repository's top.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

_PACKAGE = Path(__file__).resolve().parents[1]  # ct05_desktop/
APP_NAME = "CT05Desktop"
# beside the programs of a portable copy (a PC where installing is not allowed): the
# database, its backups, the settings and the log are kept in data/ beside them
PORTABLE_MARKER = "ct05-portable.txt"


def _shipped(name: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [_PACKAGE / name, _PACKAGE.parent.parent / name]
    if frozen:
        candidates.insert(0, Path(frozen) / "ct05_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the shipped folder {name!r}")


def data_dir() -> Path:
    """The folder of shipped data: catalogue, default tree, demo dataset."""
    return _shipped("data")


def guide_path() -> Path:
    """The user guide (Vietnamese, Markdown), opened by Help → Hướng dẫn sử dụng."""
    return _shipped("docs") / "huong-dan.md"


def resources_dir() -> Path:
    """The folder of shipped resources: translations, icons."""
    return _shipped("resources")


def portable_dir() -> Path | None:
    """A portable copy's data folder (data/ beside the programs, when the marker file is
    there), or None for an installed program or one run from its source."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder / "data" if (folder / PORTABLE_MARKER).is_file() else None


def _folders() -> PlatformDirs:
    """The system's folders for the program, by platformdirs, as the program has always
    used them (a clerk's database must be found where an earlier version left it):
    Windows %APPDATA%\\CT05Desktop (roaming, no company folder above it, no "Cache"
    folder under the cache); Linux $XDG_DATA_HOME/CT05Desktop (~/.local/share) and
    $XDG_CACHE_HOME/CT05Desktop; macOS ~/Library/Application Support/CT05Desktop.
    Made at each call: the environment is read when asked."""
    return PlatformDirs(APP_NAME, appauthor=False, roaming=True, opinion=False)


def user_data_dir() -> Path:
    """The per-user folder for the database (Windows: %APPDATA%\\CT05Desktop), or a
    portable copy's data folder."""
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(_folders().user_data_dir)


def log_path() -> Path:
    """The program's log, beside the database in the user's data folder."""
    return user_data_dir() / "logs" / "ct05.log"


def default_db_path() -> Path:
    """The database path: the CT05_DB variable when set, else the user's data folder."""
    env = os.environ.get("CT05_DB")
    if env:
        return Path(env)
    return user_data_dir() / "ct05.db"


def user_cache_dir() -> Path:
    """Where compiled translations are cached when the package ships only sources."""
    portable = portable_dir()
    if portable is not None:
        return portable / "cache"
    return Path(_folders().user_cache_dir)
