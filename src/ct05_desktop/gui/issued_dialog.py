"""The reports as issued (File → Reports sent…): each with its number, date, unit and
period, and what changed since it was sent (the figures, each as it was and as it is, and
the written parts); its files written back exactly as they were sent. The comparison with
today's figures runs off the GUI thread."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.registers import format_date_vi
from ct05_desktop.domain.settings import REPORTS_FOLDER
from ct05_desktop.gui import file_choosers, i18n
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.gui.screen_fit import size_to_screen
from ct05_desktop.gui.unit_choices import fill_units
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.issued import Issued, issued_reports, open_issued
from ct05_desktop.workflows.session import Session


def _figure(value: int | None) -> str:
    return "—" if value is None else vi_format.number(value)


class IssuedDialog(QDialog):
    def __init__(self, session: Session, org: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.found: list[Issued] = []
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Reports sent"))
        self.unit = QComboBox(self)
        fill_units(self.unit, session.tree(), None, org)
        self.unit.insertItem(0, self.tr("Every unit"), None)
        self.unit.setCurrentIndex(self.unit.findData(org) if org else 0)
        self.reports = self._table(
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Unit"),
                self.tr("Period"),
                self.tr("Changed since it was sent"),
            ]
        )
        self.reports.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes = self._table(
            [
                self.tr("Unit"),
                self.tr("Year"),
                self.tr("Figure"),
                self.tr("When sent"),
                self.tr("Now"),
            ]
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_files = QPushButton(self.tr("&Save the files as sent…"), self)
        self.save_files.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        self._lay_out(close)
        self.unit.currentIndexChanged.connect(self.refresh)
        self.reports.itemSelectionChanged.connect(self._show_changes)
        self.save_files.clicked.connect(self._save)
        close.clicked.connect(self.reject)
        size_to_screen(self, 900, 560)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self, close: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit (with the units under it):"), self))
        top.addWidget(self.unit, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.reports)
        below = QWidget(split)
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.message)
        lower.addWidget(self.changes, 1)
        split.addWidget(below)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_files)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """List the reports sent, then compare each with today's figures off the GUI thread."""
        org = self.unit.currentData()
        self.reports.setRowCount(0)
        self.changes.setRowCount(0)
        self.save_files.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Comparing the reports sent with today's figures…"))

        lang = i18n.window_language()

        def task(session: Session, progress: Progress) -> list[Issued]:
            return issued_reports(session, org, lang)

        self.operation = run_operation(
            self.session.path, task, self, succeeded=self._listed, failed=self._failed
        )

    def _listed(self, found: list[Issued]) -> None:
        self.found = found
        self.reports.setRowCount(len(found))
        for row, item in enumerate(found):
            r = item.record
            changed = len(item.changes)
            said = (
                self.tr("changed since it was sent: {0} figures").format(changed)
                if changed
                else self.tr("no figure changed")
            )
            if item.texts_changed:
                said += self.tr("; written parts changed: {0}").format(len(item.texts_changed))
            cells = [r.number, format_date_vi(r.issued_on), item.unit, item.period, said]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 4 and (changed or item.texts_changed):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.reports.setItem(row, column, cell)
        if found:
            self.message.setText("")
            self.reports.selectRow(0)
        else:
            self.message.setText(
                self.tr(
                    "No report has been kept as sent yet. In the report dialog, tick "
                    "“Final version” and “Keep as sent”, with the report's number and date."
                )
            )

    def _failed(self, exc: BaseException) -> None:
        told = words_for(exc, i18n.window_language())
        if told is None:  # a bug: logged and shown
            sys.excepthook(type(exc), exc, exc.__traceback__)
            told = self.tr("The reports sent could not be read.")
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(told)

    def chosen(self) -> Issued | None:
        rows = self.reports.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _show_changes(self) -> None:
        item = self.chosen()
        self.save_files.setEnabled(item is not None)
        self.changes.setRowCount(0)
        if item is None:
            return
        lines = [
            self.tr("Report {0} of {1}, sent {2}: files {3}.").format(
                item.record.number,
                item.unit,
                format_date_vi(item.record.issued_on),
                ", ".join(item.record.files),
            )
        ]
        if not item.changes:
            lines.append(self.tr("No figure it rests on has changed since."))
        if item.texts_changed:
            lines.append(
                self.tr("Written parts changed since: {0}.").format("; ".join(item.texts_changed))
            )
        self.message.setText("\n".join(lines))
        self.changes.setRowCount(len(item.changes))
        for row, change in enumerate(item.changes):
            cells = [
                change.unit,
                str(change.year),
                change.what + (self.tr(" (counted from the registers)") if change.counted else ""),
                _figure(change.then),
                _figure(change.now),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 3:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.changes.setItem(row, column, cell)

    def _save(self) -> None:
        """Write the chosen report's files, byte for byte, into a folder, then show it."""
        item = self.chosen()
        if item is None:
            return
        folder = file_choosers.folder(self, REPORTS_FOLDER, self.tr("Save the files as sent in"))
        if folder is None:
            return
        try:
            paths = open_issued(self.session, item.record.id, folder)
        except OSError as exc:
            self._failed(exc)
            return
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(self.tr("Written: {0}").format(", ".join(p.name for p in paths)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(folder))))
