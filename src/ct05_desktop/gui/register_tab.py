"""One register's page: its table, and buttons to add, delete and paste rows; cells
pasted and filled down as in Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.registers import RegisterSpec, row_name
from ct05_desktop.domain.sources import FORM, PASTE
from ct05_desktop.gui import i18n
from ct05_desktop.gui.register_cells import Change, clipboard_block, filled_down, pasted
from ct05_desktop.gui.register_form import AddRowDialog
from ct05_desktop.gui.register_model import RegisterTableModel
from ct05_desktop.gui.register_table import ChoiceDelegate, RegisterTable
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.register_entry import (
    add_register_rows,
    delete_register_rows,
    update_register_cells,
)
from ct05_desktop.workflows.session import Session


class RegisterPage(QWidget):
    changed = Signal()

    def __init__(
        self, session: Session, spec: RegisterSpec, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.spec, self.lang = session, spec, lang
        self.model = RegisterTableModel(session, spec, lang, self)
        self.view = RegisterTable(spec, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(spec, lang, self.view))
        # cells selected as in Excel: a column's results filled down or pasted at once
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)  # one line a row, cut with "…"; the whole in the tooltip
        self.add_button = QPushButton(self.tr("&Add row…"), self)
        self.delete_button = QPushButton(self.tr("&Delete rows"), self)
        self.paste_button = QPushButton(self.tr("&Paste rows from Excel"), self)
        self.beside = QLabel(self)  # the current key cadre's earlier years
        self.beside.setWordWrap(True)
        self.beside.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.beside.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        bar = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.paste_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.beside)
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.paste_button.clicked.connect(self.paste_rows)
        self.view.paste_requested.connect(self.paste)
        self.view.fill_down_requested.connect(self.fill_down)
        self.view.delete_requested.connect(self.delete_rows)
        self.model.rejected.connect(self._show_error)
        self.model.changed.connect(self.changed)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.view.show_empty)
            signal.connect(self._enable_delete)
        self.view.selectionModel().selectionChanged.connect(self._enable_delete)
        self.view.selectionModel().currentRowChanged.connect(self._show_earlier)
        self.model.modelReset.connect(self._show_earlier)
        self.read_only_reason = ""
        columns = "; ".join(self.model.label(c) for c in range(self.model.columnCount()))
        self.hint.setText(
            self.tr(
                "(*) required. Ctrl+V pastes what was copied from Excel into the cells from the "
                "selected one; whole rows copied from Excel (columns in this order: {0}) are "
                "added. Ctrl+D fills the selected cells down from the top one."
            ).format(columns)
        )

    def load(self, org: str | None, year: int, read_only_reason: str = "") -> None:
        """Show a unit's rows; read_only_reason (why they cannot be changed) greys the
        buttons and is their tooltip."""
        self.read_only_reason = read_only_reason
        self.model.load(org, year, bool(read_only_reason))
        tips = {
            self.add_button: self.tr("Add a row by filling in a form"),
            self.delete_button: self.tr("Delete the selected rows (Delete)"),
            self.paste_button: self.tr("Add the rows copied from Excel (Ctrl+V)"),
        }
        for button, tip in tips.items():
            button.setToolTip(
                self.tr("Read only: {0}").format(read_only_reason) if read_only_reason else tip
            )
        for button in (self.add_button, self.paste_button):
            button.setEnabled(org is not None and not read_only_reason)
        self._enable_delete()  # besides, only with rows selected
        self.view.set_empty_text(self._empty_text())

    def unit_name(self) -> str:
        org = self.model.org
        return "" if org is None else self.session.tree().name_in(org, self.model.year)

    def _empty_text(self) -> str:
        if self.model.org is None:
            return ""
        names = (self.spec.label(self.lang), self.unit_name(), str(self.model.year))
        if self.read_only_reason:
            return self.tr("There are no rows in the register {0} of {1} for {2}.").format(*names)
        return (
            self.tr("No rows yet in the register {0} of {1} for {2}.").format(*names)
            + " "
            + self.tr("Click “Add row…” or paste rows copied from Excel (Ctrl+V).")
        )

    def _show_earlier(self) -> None:
        """Under the table, what the current row's key cadre registered in earlier years
        in this unit (the same name and position), and how each ended."""
        row = self.view.currentIndex().row()
        lines = self.model.earlier_lines(row)
        if lines is None:
            self.beside.hide()
            return
        who = ", ".join(
            str(self.model.rows[row].get(n))
            for n in ("person", "position")
            if self.model.rows[row].get(n)
        )
        if lines:
            text = self.tr("{0}, in earlier years:").format(who) + "\n" + "\n".join(lines)
        else:
            text = self.tr("{0}: no registration in earlier years in this unit.").format(who)
        self.beside.setText(text)
        self.beside.show()

    def _enable_delete(self) -> None:
        """Delete rows only when some are selected and the year can be changed."""
        selected = self.view.selectionModel().hasSelection()
        self.delete_button.setEnabled(
            selected and self.model.org is not None and not self.read_only_reason
        )

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def add_row(self) -> bool:
        if self.model.org is None:
            return False
        dialog = AddRowDialog(self.spec, self.lang, self.unit_name(), self.model.year, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                add_register_rows(
                    self.session,
                    self.spec.key,
                    self.model.org,
                    self.model.year,
                    [dialog.values()],
                    FORM,
                )
            except InputRefused as exc:
                dialog.error.setText(exc.words(i18n.window_language()))
                continue
            self.model.reload()
            self.changed.emit()
            return True
        return False

    def delete_rows(self) -> bool:
        rows = sorted({row for row, _ in self.view.selected_cells()})
        if not rows or self.model.org is None or self.model.read_only:
            return False
        named = [
            self.tr("row {0}: {1}").format(
                r + 1, row_name(self.spec, self.model.rows[r], self.lang)
            )
            for r in rows[:10]
        ]
        if len(rows) > 10:
            named.append(self.tr("and %n more row(s)", "", len(rows) - 10))
        answer = QMessageBox.question(
            self,
            self.tr("Delete rows"),
            self.tr("Delete %n row(s) from {0}?", "", len(rows)).format(self.spec.label(self.lang))
            + "\n\n"
            + "\n".join(named)
            + "\n\n"
            + self.tr("This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_register_rows(
                self.session,
                self.spec.key,
                self.model.org,
                self.model.year,
                self.model.row_ids(rows),
                FORM,
            )
        except InputRefused as exc:
            self._show_error(exc.words(i18n.window_language()))
            return False
        self.model.reload()
        self.changed.emit()
        return True

    def paste(self) -> int:
        """Ctrl+V: rows copied whole from Excel (or into an empty table) are added; a
        narrower block goes into the cells from the selected one, as in Excel."""
        cells = clipboard_block(QGuiApplication.clipboard().text())
        whole = any(len(row) >= len(self.spec.fields) for row in cells)
        if whole or self.model.rowCount() == 0 or not self.view.selected_cells():
            return self.paste_rows()
        return self.paste_cells(cells)

    def paste_cells(self, block: list[list[str]]) -> int:
        """The block into the cells from the selected one (one value: into every selected
        cell): all of them, or none. Returns the rows changed."""
        if not block or self.model.read_only:
            return 0
        cells = self.view.selected_cells()
        changes = pasted(block, cells, self.model.rowCount(), self.model.columnCount())
        if not changes:
            row, column = min(cells)
            QMessageBox.warning(
                self,
                self.tr("Nothing pasted"),
                self.tr(
                    "The copied block ({0} rows, {1} columns) does not fit from row {2}, column "
                    "“{3}”: the table has {4} rows and {5} columns. Add rows first, or select "
                    "a cell higher up or further left."
                ).format(
                    len(block),
                    max(len(line) for line in block),
                    row + 1,
                    self.model.label(column),
                    self.model.rowCount(),
                    self.model.columnCount(),
                ),
            )
            return 0
        return self._write_cells(changes, self.tr("Nothing pasted"))

    def fill_down(self) -> int:
        """Ctrl+D: each selected column filled down from its top cell (all or none)."""
        if self.model.read_only:
            return 0
        changes = filled_down(self.view.selected_cells(), self.model.edit_text)
        return self._write_cells(changes, self.tr("Nothing filled"))

    def _write_cells(self, changes: list[Change], nothing: str) -> int:
        if not changes or self.model.org is None:
            return 0
        ids = self.model.row_ids(list(range(self.model.rowCount())))
        cells = [
            (row + 1, ids[row], self.spec.fields[column].name, text)
            for row, column, text in changes
        ]
        try:
            written = update_register_cells(self.session, self.spec.key, cells, FORM)
        except InputRefused as exc:
            QMessageBox.warning(
                self,
                nothing,
                self.tr("No cell was changed, because:") + "\n" + exc.words(i18n.window_language()),
            )
            return 0
        selected = self.view.selected_cells()
        self.model.reload()
        self.view.select_cells(selected)  # as before: the clerk goes on from there
        if written:
            self.changed.emit()
        return written

    def paste_rows(self) -> int:
        """Add the rows copied from Excel, columns in the table's order: all or none."""
        cells = clipboard_block(QGuiApplication.clipboard().text())
        if not cells or self.model.org is None or self.model.read_only:
            return 0
        names = [f.name for f in self.spec.fields]
        too_wide = [n for n, row in enumerate(cells, 1) if len(row) > len(names)]
        if too_wide:
            QMessageBox.warning(
                self,
                self.tr("Nothing pasted"),
                self.tr(
                    "Row {0} has {1} columns; this table has {2}. Copy only its columns, in order."
                ).format(too_wide[0], len(cells[too_wide[0] - 1]), len(names)),
            )
            return 0
        rows = [dict(zip(names, row, strict=False)) for row in cells]
        try:
            add_register_rows(
                self.session, self.spec.key, self.model.org, self.model.year, rows, PASTE
            )
        except InputRefused as exc:
            QMessageBox.warning(
                self,
                self.tr("Nothing pasted"),
                self.tr("No row was added, because:") + "\n" + exc.words(i18n.window_language()),
            )
            return 0
        self.model.reload()
        self.changed.emit()
        return len(rows)
