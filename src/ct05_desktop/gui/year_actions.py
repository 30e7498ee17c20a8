"""The Year menu: lock or unlock the year, start it with last year's ongoing models; the
change log and the register search sit at its end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import crash, i18n
from ct05_desktop.gui.background import run_in_background
from ct05_desktop.gui.operations import Operation
from ct05_desktop.gui.review_dialogs import AuditDialog, RegisterSearchDialog
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.locks import lock_year, unlock_year
from ct05_desktop.workflows.new_year import carry_breakthrough_models
from ct05_desktop.workflows.reading import locked_years

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


class YearActions(QWidget):
    carried = Signal(int)  # the models carried into the year, once it is over

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
        self.search_action.triggered.connect(
            lambda: RegisterSearchDialog(window.session, window).exec()
        )

    def add_to(self, menu: QMenu) -> None:
        """The year's actions, then looking back."""
        for action in (self.lock_action, self.unlock_action, self.carry_action):
            menu.addAction(action)
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

    def carry(self) -> Operation:
        """Last year's ongoing breakthrough models into this year, off the GUI thread;
        carried tells how many (0: none, or refused)."""
        window, year = self.window_, self.window_.year

        def done(added: int) -> None:
            QMessageBox.information(
                window,
                self.tr("Breakthrough models"),
                self.tr("%n ongoing model(s) of {0} carried into {1}.", "", added).format(
                    year - 1, year
                ),
            )
            self.carried.emit(added)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, InputRefused):
                words = exc.words(i18n.window_language())
                QMessageBox.warning(window, self.tr("Not carried forward"), words)
            else:
                crash.tell(window, self.tr("Breakthrough models"), exc)
            self.carried.emit(0)

        return run_in_background(
            window,
            window.session.path,
            self.tr("Breakthrough models"),
            lambda session, _progress: carry_breakthrough_models(session, year),
            done,
            failed=refused,
            changed=window.announce,
        )
