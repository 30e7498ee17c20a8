"""The Year menu: lock or unlock the year, start it with last year's ongoing models."""

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
from ct05_desktop.gui.review_dialogs import AuditDialog, RegisterSearchDialog
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.locks import lock_year, unlock_year
from ct05_desktop.workflows.new_year import carry_breakthrough_models
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.reading import locked_years
from ct05_desktop.workflows.session import Session

TreeDialog = Callable[[Session, str, int, QWidget], QDialog]

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


class YearActions(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setVisible(False)
        self.lock_action = QAction(self.tr("&Lock the year's figures…"), self)
        self.unlock_action = QAction(self.tr("&Unlock the year…"), self)
        self.carry_action = QAction(self.tr("&Carry last year's ongoing models forward"), self)
        self.lock_action.triggered.connect(self.lock)
        self.unlock_action.triggered.connect(self.unlock)
        self.carry_action.triggered.connect(self.carry)
        self.audit_action = QAction(self.tr("Change &log…"), self)
        self.audit_action.triggered.connect(
            lambda: AuditDialog(window.session, window.org, window.year, parent=window).exec()
        )
        self.search_action = QAction(self.tr("&Search the registers…"), self)
        self.search_action.setShortcut("Ctrl+F")
        self.rename_action = QAction(self.tr("&Rename the unit from a year…"), self)
        self.rename_action.triggered.connect(self.rename)
        self.add_unit_action = QAction(self.tr("&New unit under this one…"), self)
        self.add_unit_action.triggered.connect(lambda: self.change_tree(AddUnitDialog))
        self.end_unit_action = QAction(self.tr("&Dissolve or merge this unit…"), self)
        self.end_unit_action.triggered.connect(lambda: self.change_tree(EndUnitDialog))
        self.search_action.triggered.connect(
            lambda: RegisterSearchDialog(window.session, window).exec()
        )

    def add_to(self, menu: QMenu) -> None:
        for action in (self.lock_action, self.unlock_action, self.carry_action):
            menu.addAction(action)
        menu.addAction(self.rename_action)
        menu.addAction(self.add_unit_action)
        menu.addAction(self.end_unit_action)
        menu.addSeparator()
        menu.addAction(self.audit_action)
        menu.addAction(self.search_action)
        menu.aboutToShow.connect(self._update)

    def _update(self) -> None:
        year = self.window_.year
        locked = year in locked_years(self.window_.session)
        self.lock_action.setText(self.tr("&Lock the {0} figures…").format(year))
        self.unlock_action.setText(self.tr("&Unlock {0}…").format(year))
        self.lock_action.setEnabled(not locked)
        self.unlock_action.setEnabled(locked)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window_, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def lock(self) -> bool:
        window, year = self.window_, self.window_.year
        if not window.leave_unit() or not self._ask(
            self.tr("Lock the year"),
            self.tr(
                "Lock the {0} figures? Nothing in {0} can change until it is unlocked; "
                "both acts are logged."
            ).format(year),
        ):
            return False
        lock_year(window.session, year, FORM)
        window.announce(window.session.take_changes())
        return True

    def unlock(self) -> bool:
        window, year = self.window_, self.window_.year
        if not self._ask(
            self.tr("Unlock the year"),
            self.tr("Unlock {0} so its figures can be changed again?").format(year),
        ):
            return False
        unlock_year(window.session, year, FORM)
        window.announce(window.session.take_changes())
        return True

    def rename(self, dialog: RenameDialog | None = None) -> bool:
        window = self.window_
        if window.org is None:
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

    def carry(self) -> int:
        window, year = self.window_, self.window_.year
        try:
            added = carry_breakthrough_models(window.session, year)
        except InputRefused as exc:
            QMessageBox.warning(
                window, self.tr("Not carried forward"), exc.words(i18n.window_language())
            )
            return 0
        QMessageBox.information(
            window,
            self.tr("Breakthrough models"),
            self.tr("%n ongoing model(s) of {0} carried into {1}.", "", added).format(
                year - 1, year
            ),
        )
        window.announce(window.session.take_changes())
        return added


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
