"""File → Backup and restore: the database's backups with their dates and why each was
made, a backup now, a restore from one of them or from another file (asked first, the
current state backed up before), and the folder opened where the clerk can copy it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.settings import RESTORE_FOLDER
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import crash, file_choosers
from ct05_desktop.gui.operations import Operation, Task, run_operation
from ct05_desktop.gui.screen_fit import size_to_screen
from ct05_desktop.workflows.backups import (
    DAILY,
    DEMO,
    IMPORT,
    MANUAL,
    MIGRATION,
    ORGS,
    RESTORE,
    Backup,
    backup_now,
    backups,
    backups_folder,
    check_restorable,
    restore,
)
from ct05_desktop.workflows.session import Session

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


REASONS = (DAILY, MANUAL, IMPORT, RESTORE, DEMO, MIGRATION, ORGS)


class MiddleElided(QLabel):
    """A path on one line, cut in the middle when it does not fit (…), whole in its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = text
        self.setToolTip(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 1)
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideMiddle, width))


class BackupDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.operation: Operation | None = None
        self.found: list[Backup] = []
        self.setWindowTitle(self.tr("Backup and restore"))
        size_to_screen(self, 760, 460)
        folder = backups_folder(window.session)
        about = QLabel(
            self.tr(
                "A backup is made the first time the program opens the database each day, "
                "and before every import or restore.\n"
                "Kept: the 5 newest, then one a day for 7 days, one a week for 4 weeks, "
                "one a month for 12 months."
            ),
            self,
        )
        about.setWordWrap(True)
        self.folder = MiddleElided(str(folder), self)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Folder:"), self))
        where.addWidget(self.folder, 1)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # each column as wide as its texts, no wider
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        words = [self.tr("Why"), *(self._reason(r) for r in REASONS)]  # the widest of all
        self.table.setColumnWidth(1, max(map(self.fontMetrics().horizontalAdvance, words)) + 24)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"), self)
        self.restore_file_button = QPushButton(self.tr("Restore from another file…"), self)
        self.folder_button = QPushButton(self.tr("Open the folder"), self)
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.folder_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(lambda: self.restore_from(self._selected()))
        self.restore_file_button.clicked.connect(self._restore_file)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        self.table.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(where)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    def _reason(self, reason: str) -> str:
        """Why a backup was made, in words starting a cell (REASONS: every one of them)."""
        return {
            DAILY: self.tr("First opening of the day"),
            MANUAL: self.tr("Asked for"),
            IMPORT: self.tr("Before an import"),
            RESTORE: self.tr("Before a restore"),
            DEMO: self.tr("Before the demo data"),
            MIGRATION: self.tr("Before the program's upgrade"),
            ORGS: self.tr("Before the tree changed"),
        }.get(reason, reason)

    def load(self) -> None:
        self.found = backups(self.window_.session)
        self.table.setRowCount(len(self.found))
        for row, backup in enumerate(self.found):
            cells = (
                backup.made.strftime("%d/%m/%Y %H:%M:%S"),
                self._reason(backup.reason),
                f"{vi_format.number(max(1, round(backup.size / 1024)))} KB",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column == 2:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        if self.found:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No backup yet."))
        self._enable()

    def _selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _enable(self) -> None:
        idle = self.operation is None or not self.operation.running
        for button in (self.backup_button, self.restore_file_button):
            button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self._selected() is not None)

    def back_up(self) -> Operation:
        self.status.setText(self.tr("Backing up…"))

        def task(session: Session, progress: Progress) -> Path:
            return backup_now(session)

        return self._run(task, lambda path: self.tr("Backed up to {0}.").format(path))

    def _restore_file(self) -> None:
        chosen = file_choosers.open_file(
            self, RESTORE_FOLDER, self.tr("Restore from a file"), self.tr("CT05 databases (*.db)")
        )
        if chosen is not None:
            self.restore_from(chosen)

    def restore_from(self, chosen: Backup | Path | None) -> Operation | None:
        """Ask, naming the backup; then restore off the GUI thread (the file checked first,
        the current state backed up before)."""
        if chosen is None:
            return None
        path = chosen.path if isinstance(chosen, Backup) else chosen
        try:
            check_restorable(path)
        except Exception as exc:
            crash.tell(self, self.tr("Restore"), exc, path.name)
            return None
        when = chosen.made.strftime("%d/%m/%Y %H:%M") if isinstance(chosen, Backup) else path.name
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Bring the data back to the backup of {0}? Everything entered since will be "
                "replaced; the data as it is now is backed up first, so this too can be undone."
            ).format(when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        if not self.window_.leave_unit():
            return None
        self.status.setText(self.tr("Restoring…"))

        def task(session: Session, progress: Progress) -> Path:
            return restore(session, path, FORM, from_window=True)

        return self._run(
            task,
            lambda safety: self.tr("Restored. The data as it was is kept in {0}.").format(safety),
        )

    def _run(self, task: Task, done: Callable[[Any], str]) -> Operation:
        def succeeded(result: object) -> None:
            self.status.setText(done(result))
            self.load()

        def failed(exc: BaseException) -> None:
            self.status.setText("")
            crash.tell(self, self.windowTitle(), exc)
            self._enable()

        self.operation = run_operation(
            self.window_.session.path,
            task,
            self,
            changed=self.window_.announce,
            succeeded=succeeded,
            failed=failed,
        )
        self._enable()
        return self.operation
