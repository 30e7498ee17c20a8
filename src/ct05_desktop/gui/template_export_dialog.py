"""Tệp → Xuất mẫu báo cáo cho đơn vị…: a unit's template, or one for each unit directly
under it, written off the GUI thread with progress and Stop (a district's 50 communes take
seconds); the window keeps answering meanwhile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.settings import TEMPLATES_FOLDER
from ct05_desktop.gui import crash, file_choosers, i18n
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.gui.unit_choices import fill_units
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import (
    own_file,
    template_file_name,
    write_unit_templates,
)


class TemplateExportDialog(QDialog):
    """Write a unit's template, or one for each unit under it."""

    written = Signal(list)  # the files written, when the writing is over ([]: none)

    def __init__(
        self, session: Session, org: str | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Templates for units"))
        self.setMinimumWidth(600)
        self.unit = QComboBox(self)
        fill_units(self.unit, session.tree(), year, org)
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, dt.date.today().year + 1)
        self.year.setValue(year)
        self.each_unit = QCheckBox(self.tr("One file for each unit directly under it"), self)
        self.each_unit.setChecked(True)
        self.wants_each = True  # the clerk's choice, given back when a unit has units under it
        self.each_unit.clicked.connect(self._chosen)
        self.no_units_under = QLabel(self)  # why the choice is off, when it is
        self.no_units_under.setWordWrap(True)
        # the folder written to last time, or a folder of their own in Documents
        folder = file_choosers.remembered(TEMPLATES_FOLDER)
        self.folder = QLineEdit(str(folder or file_choosers.documents() / "Mau_CT05"), self)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.write_button = write = QPushButton(self.tr("&Write the templates"), self)
        write.setDefault(True)
        write.clicked.connect(self.write)
        self.close_button = close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.bar = QProgressBar(self)  # while writing: how far, and Stop
        self.bar.setRange(0, 100)
        self.bar.hide()
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.hide()
        self.operation: Operation | None = None
        form = QFormLayout()
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow("", self.each_unit)
        form.addRow("", self.no_units_under)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Folder:"), where)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(write)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        working = QHBoxLayout()
        working.addWidget(self.bar, 1)
        working.addWidget(self.stop_button)
        layout.addLayout(working)
        layout.addLayout(buttons)
        self.unit.currentIndexChanged.connect(self._offer_each_unit)
        self.year.valueChanged.connect(self._offer_each_unit)
        self._offer_each_unit()

    def _chosen(self, checked: bool) -> None:
        self.wants_each = checked

    def _offer_each_unit(self) -> None:
        """One file per unit under the chosen one, only when it has some that year: else
        the choice is off (its own template is written), and the dialog says why."""
        code, year = str(self.unit.currentData()), self.year.value()
        tree = self.session.tree()
        empty = code in tree and not tree.children(code, year)
        self.each_unit.setEnabled(not empty)
        self.each_unit.setChecked(self.wants_each and not empty)
        self.no_units_under.setVisible(empty)
        if empty:
            self.no_units_under.setText(
                self.tr(
                    "{0} has no units directly under it in {1}: its own template will be written."
                ).format(tree.name_in(code, year), year)
            )

    def _browse(self) -> None:
        folder = file_choosers.folder(
            self, TEMPLATES_FOLDER, self.tr("Folder for the templates"), self.folder.text()
        )
        if folder is not None:
            self.folder.setText(str(folder))

    def write(self) -> Operation | None:
        """Write the templates off the GUI thread; the message says how it ended, and
        written tells the files (also after Stop: those whole before it)."""
        if self.operation is not None and self.operation.running:
            return None
        code, year = str(self.unit.currentData()), self.year.value()
        folder = Path(self.folder.text())
        tree = self.session.tree()
        each = self.each_unit.isChecked()
        out = (
            folder
            if each or code not in tree
            else own_file(folder / template_file_name(tree, code, year), code)
        )
        done: list[Path] = []

        def task(session: Session, progress: Progress) -> list[Path]:
            return write_unit_templates(session, code, year, out, each, progress, done)

        self._working(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing the templates…"))
        self.operation = run_operation(
            self.session.path,
            task,
            self,
            progressed=self._progressed,
            succeeded=lambda paths: self._written(paths, folder, each),
            failed=lambda exc: self._failed(exc, out),
            cancelled=lambda: self._stopped(done, folder),
        )
        self.stop_button.clicked.connect(self.operation.cancel)
        return self.operation

    def _working(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.bar.setValue(0)
        self.stop_button.setVisible(on)
        self.write_button.setEnabled(not on)
        self.close_button.setEnabled(not on)

    def _progressed(self, percent: int, name: str) -> None:
        self.bar.setValue(percent)
        if name:
            self.message.setText(self.tr("Writing {0}…").format(name))

    def _written(self, paths: list[Path], folder: Path, each: bool) -> None:
        self._working(False)
        file_choosers.remember(TEMPLATES_FOLDER, folder)
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(
            self.tr("Template written: {0}").format(paths[0])
            if not each
            else self.tr("%n template(s) written to {0}.", "", len(paths)).format(folder)
        )
        self.written.emit(paths)

    def _failed(self, exc: BaseException, out: Path) -> None:
        self._working(False)
        told = words_for(exc, i18n.window_language(), out)
        if told is None:
            crash.tell(self, self.windowTitle(), exc)  # a bug: logged and shown
            self.message.setText("")
        else:
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(self.tr("Not written: {0}").format(told))
        self.written.emit([])

    def _stopped(self, done: list[Path], folder: Path) -> None:
        self._working(False)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(
            self.tr("Stopped: %n template(s) written to {0} before it.", "", len(done)).format(
                folder
            )
        )
        self.written.emit(list(done))

    def reject(self) -> None:
        """Closing while templates are written stops them first (those written stay)."""
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            return
        super().reject()
