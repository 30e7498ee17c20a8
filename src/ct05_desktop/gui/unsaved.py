"""What the window does with what was typed and not saved (the figures, the report's
written parts) when the clerk moves to another unit or year, or closes it: saved; when
it cannot be, the clerk chooses to stay or to let it go. Nothing typed is lost unasked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ct05_desktop.gui import ask

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


def leave(window: MainWindow) -> bool:
    """Save what was typed before moving on; False when the clerk chooses to stay."""
    form, texts = window.form, window.texts
    form.commit_editor()
    if form.model.dirty:
        result = form.save()
        question = QCoreApplication.translate(
            "MainWindow", "Stay to fix them, or discard the figures typed in this unit?"
        )
        title = QCoreApplication.translate("MainWindow", "Figures not saved")
        if not result.ok and not _let_go(window, title, form.status.text() + "\n\n" + question):
            return False
        if not result.ok:
            form.model.discard()
    if texts.dirty and not texts.save():
        question = QCoreApplication.translate(
            "MainWindow", "Stay to fix it, or discard the report text typed in this unit?"
        )
        title = QCoreApplication.translate("MainWindow", "Report text not saved")
        if not _let_go(window, title, texts.status.text() + "\n\n" + question):
            return False
        texts.discard()
    return True


def _let_go(window: MainWindow, title: str, text: str) -> bool:
    """True when the clerk discards what cannot be saved; False to stay and fix it."""
    choice = ask.choose(
        window,
        title,
        text,
        [
            (QCoreApplication.translate("MainWindow", "Stay to fix them"), ask.Role.RejectRole),
            (
                QCoreApplication.translate("MainWindow", "Discard the changes"),
                ask.Role.DestructiveRole,
            ),
        ],
        default=0,
        escape=0,
    )
    return choice == 1


def closing(window: MainWindow) -> bool:
    """Whether the window may close: nothing unsaved, or saved, or let go on purpose."""
    window.form.commit_editor()
    if not (window.form.model.dirty or window.texts.dirty):
        return True
    choice = ask.choose(
        window,
        QCoreApplication.translate("MainWindow", "Unsaved changes"),
        QCoreApplication.translate(
            "MainWindow", "Some figures have not been saved. Save them before closing?"
        ),
        [
            (QCoreApplication.translate("MainWindow", "Save and close"), ask.Role.AcceptRole),
            (
                QCoreApplication.translate("MainWindow", "Close without saving"),
                ask.Role.DestructiveRole,
            ),
            (QCoreApplication.translate("MainWindow", "Stay in the program"), ask.Role.RejectRole),
        ],
        default=0,
        escape=2,
        icon=QMessageBox.Icon.Question,
    )
    if choice == 2:
        return False
    if choice == 0:  # staying when something has errors: nothing is lost
        saved = not window.form.model.dirty or window.form.save().ok
        return saved and window.texts.save()
    return True


def save_all(window: MainWindow) -> bool:
    """Ctrl+S: the figures and the report's written parts typed in the unit shown."""
    form = window.form.save().ok if window.form.model.dirty else True
    return window.texts.save() and form
