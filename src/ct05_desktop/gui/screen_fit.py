"""Windows and dialogs sized to the screen they open on: their usual size on a large
screen, never larger than the free area of a small one (an office laptop at 1024×700)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.92  # of the free area, leaving room for the title bar and the frame


def free_area(widget: QWidget) -> QSize:
    """The screen's area less the taskbar, for the screen the widget (or its parent) is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fitted(wanted: QSize, free: QSize) -> QSize:
    return QSize(
        min(wanted.width(), int(free.width() * SHARE)),
        min(wanted.height(), int(free.height() * SHARE)),
    )


def size_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or less on a screen too small for it."""
    widget.resize(fitted(QSize(width, height), free_area(widget)))


def open_main_window_size(window: QWidget, width: int, height: int) -> None:
    """The main window's first size: width×height, or the whole screen when it is smaller."""
    free = free_area(window)
    if free.width() < width or free.height() < height:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.resize(fitted(QSize(width, height), free))
