"""The window's own preferences (domain.settings with store WINDOW), kept in QSettings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from ct05_desktop.domain.settings import WINDOW, Setting


def read(setting: Setting) -> Any:
    assert setting.store == WINDOW, setting.key
    return setting.parse(QSettings().value(setting.key))


def write(setting: Setting, value: Any) -> None:
    assert setting.store == WINDOW, setting.key
    QSettings().setValue(setting.key, value)
