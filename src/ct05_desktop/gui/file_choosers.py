"""Every file chooser of the window: each opens in the folder used last for the same
purpose (a setting of domain.settings.FOLDERS, kept in QSettings), at first in the user's
Documents folder. Windows shows its own dialog, in the language of Windows; elsewhere
Qt's dialog speaks the window's language (resources/i18n/qt_vi.ts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ct05_desktop.domain.settings import FOLDERS, Setting
from ct05_desktop.gui import preferences


def documents() -> Path:
    """The user's Documents folder (the home folder when there is none)."""
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where and Path(where).is_dir() else Path.home()


def remembered(purpose: Setting) -> Path | None:
    """The folder used last for this purpose, while it exists."""
    assert purpose in FOLDERS, purpose.key
    kept = str(preferences.read(purpose))
    return Path(kept) if kept and Path(kept).is_dir() else None


def start_folder(purpose: Setting) -> Path:
    """Where the chooser for this purpose opens: the folder used last, while it exists;
    else Documents."""
    return remembered(purpose) or documents()


def remember(purpose: Setting, folder: Path) -> None:
    assert purpose in FOLDERS, purpose.key
    preferences.write(purpose, str(folder))


def open_files(parent: QWidget, purpose: Setting, title: str, kinds: str) -> list[Path]:
    """Existing files chosen (none when the clerk cancels); kinds: 'Tệp Excel (*.xlsx)'."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(purpose)), kinds)
    paths = [Path(n) for n in names]
    if paths:
        remember(purpose, paths[0].parent)
    return paths


def open_file(parent: QWidget, purpose: Setting, title: str, kinds: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose)), kinds)
    if not name:
        return None
    remember(purpose, Path(name).parent)
    return Path(name)


def save_file(
    parent: QWidget, purpose: Setting, title: str, suggested: str, kinds: str
) -> Path | None:
    """A file to write, suggested by name in the folder used last (the dialog asks before
    replacing a file)."""
    start = str(start_folder(purpose) / suggested)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, kinds)
    if not name:
        return None
    remember(purpose, Path(name).parent)
    return Path(name)


def folder(parent: QWidget, purpose: Setting, title: str, shown: str = "") -> Path | None:
    """A folder; the chooser opens at the one shown beside its button when it exists."""
    given = Path(shown)
    start = given if given.is_absolute() and given.is_dir() else start_folder(purpose)
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    if not name:
        return None
    remember(purpose, Path(name))
    return Path(name)
