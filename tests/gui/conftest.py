"""GUI helpers: typing Vietnamese through real key events, a window over a fresh database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session


def focused(window: QWidget) -> QWidget:
    """The widget of this window that has (or last had) the keyboard focus."""
    return window.focusWidget() or window


def type_text(window: QWidget, text: str) -> None:
    """Type text key by key into the window's focused widget, as a keyboard does;
    works for any Vietnamese letter (unlike qtbot.keyClicks)."""
    for ch in text:
        target = focused(window)
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def press(
    window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = focused(window)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()  # the delegate commits on Enter through a queued call


@pytest.fixture
def window(
    qtbot,
    demo: Session,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> Iterator[MainWindow]:
    QSettings().clear()  # each test starts as on a first run

    def unexpected(_parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected dialog: {title}: {args[:1]}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    win = MainWindow(demo, "vi", 2019)  # closed below, not by qtbot: its close comes first
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    # a test that leaves figures unsaved must not block on the closing question
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win.close()
    win.deleteLater()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers every QMessageBox with Yes/Save; records the titles that were asked."""
    asked: list[str] = []

    def reply(result: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def box(_parent, title, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(str(title))
            return result

        return box

    monkeypatch.setattr(QMessageBox, "question", reply(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", reply(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", reply(QMessageBox.StandardButton.Ok))
    return asked
