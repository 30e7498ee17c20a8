"""Cài đặt → Thang đánh giá kết quả… (domain.md §5): the levels a registration's year-end
result is rated on, as data (domain.result_scale). A level is named, counted or not among
"completed well or better", chosen until a year or always; levels are added, removed
(only when no row holds them), moved. Lưu says what changes, and how many rows each
change touches, and asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.result_scale import Level, new_code
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import ask, i18n
from ct05_desktop.workflows.result_scale import change_result_levels, result_levels
from ct05_desktop.workflows.session import Session

NAME, WELL, LAST = range(3)
CODE = Qt.ItemDataRole.UserRole  # a row's level code ("" for one added here)


class ScaleDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Year-end result scale"))
        self.setMinimumSize(640, 360)
        intro = QLabel(
            self.tr(
                "The levels a registration of the commitments register is rated on at the "
                "year's end, best first. The report says the levels ticked together (“… or "
                "better”), then each other level. A level rows already hold cannot be removed: "
                "give it a last year instead."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("Counted as “completed well or better”"),
                self.tr("Chosen until (blank: every year)"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (WELL, LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add a level"), self.add_level),
            (self.tr("&Remove"), self.remove_level),
            (self.tr("Move &up"), lambda: self.move_level(-1)),
            (self.tr("Move do&wn"), lambda: self.move_level(1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(self)
        self.save_button = box.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(box)
        self.show_levels(result_levels(session))

    def show_levels(self, levels: tuple[Level, ...]) -> None:
        self.table.setRowCount(0)
        for level in levels:
            self._add_row(level)

    def _add_row(self, level: Level, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        name = QTableWidgetItem(level.label_vi)
        name.setData(CODE, level.code)
        name.setData(Qt.ItemDataRole.UserRole + 1, level.label_en)
        self.table.setItem(row, NAME, name)
        well = QTableWidgetItem()
        well.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        well.setCheckState(Qt.CheckState.Checked if level.well else Qt.CheckState.Unchecked)
        self.table.setItem(row, WELL, well)
        self.table.setItem(
            row, LAST, QTableWidgetItem("" if level.last is None else str(level.last))
        )
        return row

    def add_level(self) -> None:
        """A new level under the selected one (at the end when none), its name to type."""
        current = self.table.currentRow()
        row = self._add_row(Level("", "", "", False), None if current < 0 else current + 1)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self._cell(row, NAME))

    def remove_level(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_level(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        level = self._level(row, self.levels_shown()[:row])
        self.table.removeRow(row)
        self._add_row(level, target)
        self.table.setCurrentCell(target, NAME)

    def _level(self, row: int, before: tuple[Level, ...]) -> Level:
        """The row as a level (a new one coded from its name); its year, if not a year,
        refused in words."""
        name = self._cell(row, NAME)
        label = " ".join(name.text().split())
        code = str(name.data(CODE) or "") or new_code(before, label)
        last_text = self._cell(row, LAST).text().strip()
        last = None
        if last_text:
            if not (last_text.isdigit() and MIN_YEAR <= int(last_text) <= MAX_YEAR):
                raise Refusal("not_a_year", text=last_text)
            last = int(last_text)
        well = self._cell(row, WELL).checkState() == Qt.CheckState.Checked
        return Level(code, label, str(name.data(Qt.ItemDataRole.UserRole + 1) or ""), well, last)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # every row is made whole by _add_row
            raise LookupError((row, column))
        return item

    def levels_shown(self) -> tuple[Level, ...]:
        levels: tuple[Level, ...] = ()
        for row in range(self.table.rowCount()):
            levels += (self._level(row, levels),)
        return levels

    def save(self) -> bool:
        """Say what the levels shown change, ask, and store them; refused in words."""
        title = self.windowTitle()
        lang = i18n.window_language()
        try:
            levels = self.levels_shown()
            lines = change_result_levels(self.session, levels, FORM, dry_run=True)
        except Refusal as why:
            ask.tell(self, title, why.words(lang))
            return False
        if not lines:
            ask.tell(self, title, self.tr("Nothing to save: the scale is as stored."))
            return False
        text = self.tr("Change the scale?") + "\n\n" + "\n".join(f"- {x.in_(lang)}" for x in lines)
        options = [
            (self.tr("Change the scale"), ask.Role.AcceptRole),
            (self.tr("Keep the scale as it is"), ask.Role.RejectRole),
        ]
        if ask.choose(self, title, text, options, 0, 1) != 0:
            return False
        try:
            change_result_levels(self.session, levels, FORM)
        except Refusal as why:  # another window changed the rows meanwhile
            ask.tell(self, title, why.words(lang))
            return False
        self.show_levels(result_levels(self.session))
        return True
