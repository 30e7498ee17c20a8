"""One register's page: its table, and buttons to add, delete and paste rows."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.registers import RegisterSpec, row_name
from ct05_desktop.domain.sources import FORM, PASTE
from ct05_desktop.gui import i18n
from ct05_desktop.gui.column_fit import Column, WrappingHeader, fit
from ct05_desktop.gui.register_form import AddRowDialog, choice_combo
from ct05_desktop.gui.register_model import RegisterTableModel
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.register_entry import add_register_rows, delete_register_rows
from ct05_desktop.workflows.session import Session

Index = QModelIndex | QPersistentModelIndex


# a column's (minimum width, weight, maximum, floor) by the kind of its field: on a narrow
# screen a register of many columns (the commitments) narrows its texts and choices first
COLUMN_RULES = {
    "text": (110, 3, 0, 75),
    "choice": (100, 2, 0, 80),
    "date": (85, 0, 0, 0),
    "int": (70, 0, 0, 60),
}


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list for the register fields that take one of a few values."""

    def __init__(self, spec: RegisterSpec, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.lang = spec, lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        fld = self.spec.fields[index.column()]
        if fld.kind != "choice":
            return super().createEditor(parent, option, index)
        year = getattr(index.model(), "year", None)  # that year's choices only
        return choice_combo(fld, self.lang, parent, year=year)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or None)
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "")
        else:
            super().setModelData(editor, model, index)


class RegisterTable(QTableView):
    paste_requested = Signal()
    delete_requested = Signal()

    def __init__(self, spec: RegisterSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setMinimumSectionSize(60)
        # texts share the width (the row's name, or the register's wide field, most),
        # dates and counts fixed
        name = next(
            n
            for n, fld in enumerate(spec.fields)
            if (fld.name == spec.wide if spec.wide else fld.kind == "text")
        )
        self.columns = [
            Column(n, 130, 4, 0, 90) if n == name else Column(n, *COLUMN_RULES[fld.kind])
            for n, fld in enumerate(spec.fields)
        ]
        # what an empty table says, over its blank area; clicks and keys go to the table
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_label.setStyleSheet("color: #666; background: transparent;")
        self.empty_label.hide()
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """The words shown while the table has no row (none when empty)."""
        self.empty_text = text
        self.show_empty()

    def show_empty(self) -> None:
        model = self.model()
        empty = bool(self.empty_text) and (model is None or model.rowCount() == 0)
        self.empty_label.setText(self.empty_text)
        if empty:
            self._place_empty()
        self.empty_label.setVisible(empty)

    def _place_empty(self) -> None:
        area = self.viewport().rect()
        width = min(area.width() - 40, 640)
        self.empty_label.setFixedWidth(max(width, 100))
        height = self.empty_label.heightForWidth(self.empty_label.width())
        self.empty_label.setFixedHeight(max(height, self.empty_label.sizeHint().height()))
        self.empty_label.move(
            area.center().x() - self.empty_label.width() // 2,
            max(area.center().y() - self.empty_label.height() // 2, 8),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the viewport has its new size
        fit(self, self.columns)
        self._place_empty()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


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
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)  # one line a row, cut with "…"; the whole in the tooltip
        self.add_button = QPushButton(self.tr("&Add row…"), self)
        self.delete_button = QPushButton(self.tr("&Delete rows"), self)
        self.paste_button = QPushButton(self.tr("&Paste rows from Excel"), self)
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
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_rows)
        self.paste_button.clicked.connect(self.paste_rows)
        self.view.paste_requested.connect(self.paste_rows)
        self.view.delete_requested.connect(self.delete_rows)
        self.model.rejected.connect(self._show_error)
        self.model.changed.connect(self.changed)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.view.show_empty)
            signal.connect(self._enable_delete)
        self.view.selectionModel().selectionChanged.connect(self._enable_delete)
        self.read_only_reason = ""
        columns = "; ".join(self.model.label(c) for c in range(self.model.columnCount()))
        self.hint.setText(
            self.tr(
                "(*) required. To paste from Excel, copy the columns in this order: {0}."
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
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
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

    def paste_rows(self) -> int:
        """Add the rows copied from Excel, columns in the table's order: all or none."""
        text = QGuiApplication.clipboard().text().replace("\r\n", "\n").strip("\n")
        if not text or self.model.org is None or self.model.read_only:
            return 0
        names = [f.name for f in self.spec.fields]
        cells = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
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
