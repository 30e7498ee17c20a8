"""The keyboard-first grid for the figures: Enter and Tab move on, typing overwrites,
Delete clears, Ctrl+V pastes a column copied from Excel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ct05_desktop.gui.column_fit import Column, WrappingHeader, fit
from ct05_desktop.gui.form_model import (
    COL_CHECK,
    COL_CHILDREN,
    COL_COMMENT,
    COL_LABEL,
    COL_PREVIOUS,
    COL_VALUE,
    EDITABLE,
    IndicatorFormModel,
)

Action = QAbstractItemView.CursorAction
Hint = QAbstractItemView.ScrollHint
LABEL_FLOOR = 200  # the indicator names' narrowest width, still read (the rest in a tooltip)


class FormView(QTableView):
    def __init__(self, model: IndicatorFormModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label_width: int | None = None  # the indicator names' width, once measured
        self.setModel(model)
        self.form = model
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setHorizontalHeader(WrappingHeader(self))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text in the tooltip
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        model.modelReset.connect(self._spans)
        self._spans()

    def columns(self) -> list[Column]:
        """Figures fixed; the label up to its longest text; comments and checks share the
        rest (a comment is read, so it gets the larger share). In a narrow window the
        label, the comments and the checks narrow rather than push the names out of view."""
        if self._label_width is None and self.form.rowCount():
            # the same indicators for every unit: measured once, not at each switch
            self._label_width = max(self.sizeHintForColumn(COL_LABEL), 225) + 8
        label = self._label_width or 233
        return [
            Column(COL_LABEL, 225, weight=6, maximum=label, floor=LABEL_FLOOR),
            Column(COL_VALUE, 80),
            Column(COL_PREVIOUS, 80),
            Column(COL_CHILDREN, 100),
            Column(COL_COMMENT, 100, weight=3, floor=70),
            Column(COL_CHECK, 80, weight=2, floor=64),
        ]

    def fit_columns(self) -> None:
        fit(self, self.columns())
        self._names_in_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = Hint.EnsureVisible,
    ) -> None:
        super().scrollTo(index, hint)
        self._names_in_view()

    def _names_in_view(self) -> None:
        """Back to the indicator names whenever the current cell is seen beside them. The
        first unit is loaded (and its first figure made current) before the view has its
        size: Qt scrolls the names away to show that figure, and when the columns did not
        all fit, nothing scrolled them back."""
        index = self.currentIndex()
        column = index.column() if index.isValid() else COL_VALUE
        header = self.horizontalHeader()
        if header.sectionPosition(column) + header.sectionSize(column) <= self.viewport().width():
            self.horizontalScrollBar().setValue(0)

    def _spans(self) -> None:
        self.clearSpans()
        for row, form_row in enumerate(self.form.rows):
            if form_row.indicator is None:
                self.setSpan(row, 0, 1, self.form.columnCount())

    def _next_row(self, row: int, step: int) -> int:
        """The next indicator row in the given direction, or row when there is none."""
        probe = row + step
        while 0 <= probe < self.form.rowCount():
            if self.form.is_indicator_row(probe):
                return probe
            probe += step
        return row

    def first_value_index(self) -> QModelIndex:
        return self.form.index(self._next_row(-1, 1), COL_VALUE)

    def moveCursor(self, action: Action, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        if not current.isValid():
            return self.first_value_index()
        column = current.column() if current.column() in EDITABLE else COL_VALUE
        forward = {
            Action.MoveNext: 1,
            Action.MoveDown: 1,
            Action.MovePrevious: -1,
            Action.MoveUp: -1,
        }
        if action in forward:
            return self.form.index(self._next_row(current.row(), forward[action]), column)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter commits and moves down, as in Excel; Tab already moves through moveCursor.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._step(1)
            return
        super().closeEditor(editor, hint)

    def _step(self, direction: int) -> None:
        current = self.currentIndex()
        column = current.column() if current.column() in EDITABLE else COL_VALUE
        self.setCurrentIndex(self.form.index(self._next_row(current.row(), direction), column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        if not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            index = self.currentIndex()
            if index.isValid() and self.form.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.form.setData(index, "")
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            index = self.currentIndex()
            QGuiApplication.clipboard().setText(str(index.data() or ""))
            return
        super().keyPressEvent(event)

    def paste(self) -> int:
        """Paste a column (or one cell) copied from Excel down the current column."""
        text = QGuiApplication.clipboard().text()
        index = self.currentIndex()
        if not text or not index.isValid() or index.column() not in EDITABLE:
            return 0
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
        row, pasted = index.row(), 0
        if not self.form.is_indicator_row(row):
            row = self._next_row(row, 1)
        for line in lines:
            target = self.form.index(row, index.column())
            if not self.form.flags(target) & Qt.ItemFlag.ItemIsEditable:
                break
            self.form.setData(target, line.split("\t")[0])
            pasted += 1
            nxt = self._next_row(row, 1)
            if nxt == row:
                break
            row = nxt
        return pasted
