"""The history page: a unit's figures (its subtree rolled up) year by year, jumps marked,
and a chart of the chosen indicators. A successor's years before it began hold the
figures of the units merged into it: their columns are marked and a note under the chart
says whose they are."""

from __future__ import annotations

import sys

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
)
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.axis_ticks import value_axis
from ct05_desktop.domain.checks.figure_warnings import is_jump
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.refusals import Phrase, in_lang
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.workflows.review import carried_years, unit_history
from ct05_desktop.workflows.session import Session

Index = QModelIndex | QPersistentModelIndex
History = tuple[list[int], dict[tuple[str, int], int | None]]
Carried = tuple[Phrase, int] | None  # the note on the predecessors' years, the first own year
JUMP_BG = QColor("#ffd49a")
CARRIED_FG = QColor("#1f5fa8")  # the years that hold the predecessors' figures
OUTSIDE_FG = QColor("#777777")  # a year whose form lacks the indicator
CARRIED_MARK = "*"  # after such a year, and before the note that explains it


class HistoryModel(QAbstractTableModel):
    """Rows: indicators; columns: years. A jump of more than 3× or under a third is marked."""

    def __init__(self, session: Session, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang = session, lang
        self.indicators = list(session.catalogue.indicators)
        self.form = session.form
        self.years: list[int] = []
        self.values: dict[tuple[str, int], int | None] = {}
        self.own_from: int | None = None  # years before it: the predecessors' figures

    def load(self, org: str | None) -> None:
        carried = carried_years(self.session, org)
        self.show(*unit_history(self.session, org), own_from=carried[1] if carried else None)

    def show(
        self,
        years: list[int],
        values: dict[tuple[str, int], int | None],
        own_from: int | None = None,
    ) -> None:
        self.beginResetModel()
        self.years, self.values, self.own_from = years, values, own_from
        self.form = self.session.form
        self.indicators = list(self.form.over(years).indicators if years else self.indicators)
        self.endResetModel()

    def in_form(self, row: int, column: int) -> bool:
        """The indicator is in the form of the column's year (else the cell says so)."""
        return self.form.holds(self.indicators[row].code, self.years[column])

    def carried(self, column: int) -> bool:
        """The column's year holds the figures of the units merged into this one."""
        return self.own_from is not None and self.years[column] < self.own_from

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.years)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            return self._year_header(section, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        ind = self.indicators[section]  # the whole name in the tooltip when it is cut
        return in_lang(self.lang, ind.label_vi, ind.label_en)

    def _year_header(self, section: int, role: int) -> object:
        """The year; a year of the predecessors' figures marked (*, coloured, in italics),
        its tooltip saying whose figures they are."""
        year, carried = self.years[section], self.carried(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{year}{CARRIED_MARK}" if carried else str(year)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not carried:
                return str(year)
            return self.tr(
                "{0}: the figures of the units merged into this one, before it began in {1} "
                "(see the note under the chart)."
            ).format(year, self.own_from)
        if role == Qt.ItemDataRole.ForegroundRole and carried:
            return QBrush(CARRIED_FG)
        if role == Qt.ItemDataRole.FontRole and carried:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def value(self, row: int, column: int) -> int | None:
        return self.values.get((self.indicators[row].code, self.years[column]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if not self.in_form(index.row(), index.column()):
            return self._outside_form(self.years[index.column()], role)
        value = self.value(index.row(), index.column())
        previous = self.value(index.row(), index.column() - 1) if index.column() else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else vi_format.number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and is_jump(value, previous):
            return QBrush(JUMP_BG)
        if role == Qt.ItemDataRole.ToolTipRole and value is not None and previous is not None:
            text = vi_format.change(value, previous, self.years[index.column() - 1])
            if is_jump(value, previous):
                text += self.tr(" (more than 3 times apart: check it)")
            return text
        return None

    def _outside_form(self, year: int, role: int) -> object:
        """A year whose form lacks the indicator: said in words, never a 0 or a blank."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("not in the form")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Not in the report form of {0}.").format(year)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OUTSIDE_FG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class HistoryPage(QWidget):
    loaded = Signal()  # the figures shown are those of the unit chosen

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operation: Operation | None = None
        self._computing: str | None = None
        self._generation = 0
        self.model = HistoryModel(session, lang, self)
        self.org: str | None = None
        self.loaded_for: str | None = None
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setDefaultSectionSize(72)  # "11.409" and the year
        self.view.verticalHeader().setMinimumWidth(220)
        self.view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        hint = QLabel(
            self.tr(
                "Select rows to chart them. Orange: more than 3 times, or under "
                "a third of, the year before."
            ),
            self,
        )
        hint.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.chart_view)
        split.setSizes([380, 260])
        self.note = QLabel(self)  # whose figures the marked years hold; hidden when none
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(f"color: {CARRIED_FG.name()}")
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split)
        layout.addWidget(self.note)
        self.view.selectionModel().selectionChanged.connect(self.draw)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The names take at most two fifths of the width: the years get the rest."""
        super().resizeEvent(event)
        self.view.verticalHeader().setMaximumWidth(max(220, self.width() * 2 // 5))

    def set_unit(self, org: str | None) -> None:
        self.org = org
        if self.isVisible():
            self.refresh()

    def read_ahead(self) -> None:
        """While the clerk looks at the form, the unit's years are computed in the
        background: the tab opens at once, and so, from the years kept between tasks, does
        any other unit's."""
        self.refresh()

    def refresh(self) -> None:
        """Compute the unit's years off the GUI thread (a province's decade takes a while);
        a result for a unit no longer shown is dropped."""
        if self.loaded_for == self.org and self.model.years:
            return
        if self.operation is not None and self.operation.running and self._computing == self.org:
            return  # already under way for this unit, with the figures as they are
        org = self._computing = self.org
        self._generation += 1
        generation = self._generation

        def task(session: Session, progress: Progress) -> object:
            return unit_history(session, org), carried_years(session, org)

        self.operation = run_operation(
            self.model.session.path,
            task,
            self,
            succeeded=lambda result: self._computed(generation, org, result),
            failed=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._computing = None
        sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: logged and shown

    def _computed(self, generation: int, org: str | None, result: tuple[History, Carried]) -> None:
        if generation != self._generation:
            return  # another unit was chosen, or the figures changed, meanwhile
        history, carried = result
        self.model.show(*history, own_from=carried[1] if carried else None)
        self.show_note(carried[0] if carried else None)
        self.loaded_for = org
        breakthrough = next(
            (n for n, i in enumerate(self.model.indicators) if i.code == "breakthrough_models"), 0
        )
        self.view.selectRow(breakthrough)
        self.draw()
        self.loaded.emit()

    def show_note(self, note: Phrase | None) -> None:
        """Under the chart, in the window's language: whose figures the marked years hold."""
        self.note.setText(f"{CARRIED_MARK} {note.in_(self.model.lang)}" if note else "")
        self.note.setVisible(note is not None)

    def invalidate(self, _changes: object = None) -> None:
        self.loaded_for = None
        self._computing = None  # figures changed: what is under way is out of date
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows or not self.model.years:
            return
        series = QBarSeries()
        shown: list[int | None] = []
        for row in rows:
            bar = QBarSet(str(self.model.headerData(row, Qt.Orientation.Vertical)))
            for col in range(len(self.model.years)):
                value = self.model.value(row, col)
                bar.append(value or 0)
                shown.append(value)
            series.append(bar)
        self.chart.addSeries(series)
        years = QBarCategoryAxis()
        years.append(  # a year of the predecessors' figures marked as in the table
            [
                str(self.model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(len(self.model.years))
            ]
        )
        counts = self.count_axis(shown)
        self.chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(years)
        series.attachAxis(counts)

    def count_axis(self, values: list[int | None]) -> QCategoryAxis:
        """Round whole ticks from 0 to a round top over the tallest bar, labelled as the
        window's language writes numbers (a QValueAxis formats printf-like: no 1.000)."""
        ticks = value_axis(values)
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setStartValue(0)
        for tick, label in zip(ticks.ticks, ticks.labels, strict=True):
            axis.append(label, tick)
        axis.setRange(0, ticks.top)
        return axis
