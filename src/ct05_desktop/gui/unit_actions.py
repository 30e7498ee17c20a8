"""Changing the tree from the window (the Organisation menu and the tree's right-click
menu): rename, move under another unit, merge, dissolve, a new unit, each from a year for
the units chosen in the tree; and a whole reorganisation plan. Each goes through the same
checks, backup and change log as a plan from the command line; the window follows the
change and says what was done."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ct05_desktop.domain.tree_changes import DISSOLVE, MERGE, MOVE, NEW, RENAME
from ct05_desktop.gui.reorganise_dialog import ReorganiseDialog
from ct05_desktop.gui.tree_change_dialog import TreeChangeDialog
from ct05_desktop.workflows.reorganise import TreeChangeReport

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow

_ONE_UNIT = (RENAME, NEW)  # changes made to one unit at a time


class UnitActions(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setVisible(False)
        self.last_told = ""  # what the last change said it did
        self.actions_: dict[str, QAction] = {
            RENAME: QAction(self.tr("&Rename from a year…"), self),
            MOVE: QAction(self.tr("&Move under another unit from a year…"), self),
            MERGE: QAction(self.tr("Mer&ge into another unit from a year…"), self),
            DISSOLVE: QAction(self.tr("&Dissolve from a year…"), self),
            NEW: QAction(self.tr("&New unit under this one…"), self),
        }
        for kind, action in self.actions_.items():
            action.triggered.connect(lambda _=False, k=kind: self.open_change(k))
        self.reorganise_action = QAction(
            self.tr("Re&organise (several changes from one year)…"), self
        )
        self.reorganise_action.triggered.connect(self.open_reorganise)
        window.org_panel.menu_asked.connect(self._tree_menu)

    def add_to(self, menu: QMenu) -> None:
        for action in self.actions_.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.reorganise_action)
        menu.aboutToShow.connect(self._update)

    def _update(self) -> None:
        """Renaming and a new unit take one unit; the others take every unit chosen."""
        chosen = self.window_.org_panel.selected_codes()
        for kind, action in self.actions_.items():
            action.setEnabled(len(chosen) == 1 if kind in _ONE_UNIT else bool(chosen))

    def _tree_menu(self, where: QPoint) -> None:
        menu = QMenu(self.window_)
        self.add_to(menu)
        self._update()
        view = self.window_.org_panel.view
        menu.popup(view.viewport().mapToGlobal(where))

    # -- one change --------------------------------------------------------------------
    def dialog(self, kind: str, codes: Sequence[str] | None = None) -> TreeChangeDialog | None:
        """The dialog of one change for these units (those chosen in the tree when None),
        in the window's year; None when there is no unit, or the clerk stays to fix what
        is typed."""
        window = self.window_
        codes = list(codes or window.org_panel.selected_codes())
        if not codes or not window.leave_unit():
            return None
        if kind in _ONE_UNIT:
            codes = codes[:1]
        dialog = TreeChangeDialog(window.session, kind, codes, window.year, window)
        dialog.changes_written.connect(window.announce)
        dialog.saved.connect(lambda report: self._told(dialog, report))
        return dialog

    def open_change(self, kind: str, codes: Sequence[str] | None = None) -> None:
        dialog = self.dialog(kind, codes)
        if dialog is not None:
            dialog.open()

    def open_reorganise(self) -> ReorganiseDialog | None:
        """The plan dialog, with a tree of its own (the units chosen in the window's tree
        chosen there at first)."""
        window = self.window_
        if not window.leave_unit():
            return None
        chosen = window.org_panel.selected_codes()
        dialog = ReorganiseDialog(window.session, chosen, window.year, window)
        dialog.changes_written.connect(window.announce)
        dialog.saved.connect(lambda report: self._told(dialog, report))
        dialog.open()
        return dialog

    def _told(self, dialog: TreeChangeDialog | ReorganiseDialog, report: TreeChangeReport) -> None:
        """What was done, in words: the change, the backup taken before it, what follows."""
        text = dialog.done_words(report)
        self.last_told = text
        self.window_.statusBar().showMessage(text.splitlines()[0], 20000)
        QMessageBox.information(self.window_, self.tr("Organisation changed"), text)
