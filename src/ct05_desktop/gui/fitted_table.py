"""A read-only table that fits its window: the columns share the width (no column takes
it all, none runs out of view), text wraps to a few lines and is elided beyond them (the
tooltip holds it all). Rows are fitted to their text as they come into view, so that a
log of thousands of rows opens at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


class FittedTable(QTableView):
    def __init__(self, shares: Sequence[float], max_lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        total = float(sum(shares))
        self.shares = [s / total for s in shares]
        self.max_lines = max_lines
        self._fitted: set[int] = set()
        self._fitting = False
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        # always there: a scroll bar coming and going with the rows' heights would change
        # the width, the wrapping and so the heights again
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 12)
        header.sectionResized.connect(self._column_resized)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit_rows_in_view)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._later.start())
        self.viewport().installEventFilter(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.refit)
            model.layoutChanged.connect(self.refit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Share the viewport's width between the columns."""
        width = self.viewport().width()
        if width <= 0 or self.model() is None:
            return
        shown = self._shown()
        total = sum(self.shares[c] for c in shown)
        self._fitting = True
        try:
            for column in shown:
                self.setColumnWidth(column, int(width * self.shares[column] / total))
        finally:
            self._fitting = False
        self.refit()

    def _shown(self) -> list[int]:
        """The columns not hidden (those with a share)."""
        count = min(len(self.shares), self.model().columnCount()) if self.model() else 0
        return [c for c in range(count) if not self.isColumnHidden(c)]

    def show_columns(self, hidden: set[int]) -> None:
        """Hide these columns, show the others; the shown share the width."""
        self._fitting = True
        try:
            for column in range(len(self.shares)):
                self.setColumnHidden(column, column in hidden)
        finally:
            self._fitting = False
        self.fit_columns()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        """A column dragged wider or narrower keeps its share of the width when the window
        is resized (until then a scroll bar shows what is beyond)."""
        if self._fitting or self.isColumnHidden(column):
            return
        shown = self._shown()
        widths = {c: self.columnWidth(c) for c in shown}
        total = sum(self.shares[c] for c in shown)
        if sum(widths.values()) > 0:
            for c in shown:
                self.shares[c] = widths[c] / sum(widths.values()) * total
        self.refit()

    def refit(self) -> None:
        """Fit the rows again (their text or the widths changed), those in view first."""
        self._fitted.clear()
        self._later.start()

    def fit_rows_in_view(self) -> None:
        """Each row in view as tall as its wrapped text, up to max_lines lines."""
        model = self.model()
        if model is None:
            return
        most = self.fontMetrics().lineSpacing() * self.max_lines + 10
        row, bottom = max(self.rowAt(0), 0), self.viewport().height()
        while row < model.rowCount() and self.rowViewportPosition(row) < bottom:
            if row not in self._fitted:
                self.resizeRowToContents(row)
                self.setRowHeight(row, min(self.rowHeight(row) + 6, most))
                self._fitted.add(row)
            row += 1
