"""A register's table as the window shows it: its columns' widths, a drop-down for a
choice, what it says when empty, and its keys (Ctrl+V, Ctrl+D, Delete)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ct05_desktop.domain.registers import RegisterSpec
from ct05_desktop.gui.column_fit import Column, WrappingHeader, fit
from ct05_desktop.gui.register_form import choice_combo

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
    """Cells are selected as in Excel (a row by its number on the left)."""

    paste_requested = Signal()
    delete_requested = Signal()
    fill_down_requested = Signal()

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

    def selected_cells(self) -> list[tuple[int, int]]:
        """The selected cells (row, column), in reading order; the current cell when none."""
        cells = {(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()}
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = {(current.row(), current.column())}
        return sorted(cells)

    def select_cells(self, cells: list[tuple[int, int]]) -> None:
        """Select these cells again (a reload forgets the selection), the first current."""
        model, chosen = self.model(), QItemSelection()
        for row, column in cells:
            index = model.index(row, column)
            chosen.select(index, index)
        if cells:
            self.setCurrentIndex(model.index(*cells[0]))
        self.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if (
            not editing
            and event.key() == Qt.Key.Key_D
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.fill_down_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and not editing:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
