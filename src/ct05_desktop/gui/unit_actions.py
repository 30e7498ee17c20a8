"""Changing the tree from the window: rename the unit shown from a year on, add a unit
under it, dissolve it or merge it into another. Each goes through the same checks as any
other write, and the window follows the change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from ct05_desktop.domain.rules import MIN_YEAR
from ct05_desktop.domain.sources import FORM
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.gui import i18n
from ct05_desktop.gui.org_dialogs import AddUnitDialog, EndUnitDialog
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.session import Session

TreeDialog = Callable[[Session, str, int, QWidget], QDialog]

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


class UnitActions(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setVisible(False)
        self.rename_action = QAction(self.tr("&Rename the unit from a year…"), self)
        self.rename_action.triggered.connect(self.rename)
        self.add_unit_action = QAction(self.tr("&New unit under this one…"), self)
        self.add_unit_action.triggered.connect(lambda: self.change_tree(AddUnitDialog))
        self.end_unit_action = QAction(self.tr("&Dissolve or merge this unit…"), self)
        self.end_unit_action.triggered.connect(lambda: self.change_tree(EndUnitDialog))

    def add_to(self, menu: QMenu) -> None:
        for action in (self.rename_action, self.add_unit_action, self.end_unit_action):
            menu.addAction(action)

    def rename(self, dialog: RenameDialog | None = None) -> bool:
        window = self.window_
        if window.org is None or not window.leave_unit():
            return False
        current = window.session.tree()[window.org].name
        dialog = dialog or RenameDialog(current, window.year, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not nfc(dialog.name.text()):
            return False
        try:
            rename_unit(window.session, window.org, dialog.name.text(), dialog.year.value(), FORM)
        except InputRefused as exc:
            QMessageBox.warning(window, self.tr("Not renamed"), exc.words(i18n.window_language()))
            return False
        window.announce(window.session.take_changes())
        return True

    def change_tree(self, kind: TreeDialog, dialog: QDialog | None = None) -> bool:
        """Open a tree-change dialog for the current unit and year; reload when it applied."""
        window = self.window_
        if window.org is None or not window.leave_unit():
            return False
        dialog = dialog or kind(window.session, window.org, window.year, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        window.announce(window.session.take_changes())
        return True


class RenameDialog(QDialog):
    """Rename a unit from a year on; earlier years keep the old name."""

    def __init__(self, name: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename the unit"))
        self.name = QLineEdit(name, self)
        self.name.setMinimumWidth(360)
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, 2100)
        self.year.setValue(year)
        form = QFormLayout(self)
        form.addRow(self.tr("New name:"), self.name)
        form.addRow(self.tr("From the year:"), self.year)
        form.addRow(
            QLabel(self.tr("Reports and history before that year keep the old name."), self)
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
