"""Beside the office's own written parts: "Ý kiến các đơn vị", what the units directly under
it wrote for the same part of the year (typed in the window or sent in their templates), one
unit at a time, and a button that takes a passage (the selected words, or the unit's whole
text) into the office's part, the unit named."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.report_texts import part_title, unit_passage
from ct05_desktop.workflows.report_texts import UnitText, ordered_parts, units_texts
from ct05_desktop.workflows.session import Session


class UnitTextsPanel(QWidget):
    insert = Signal(str, str)  # part, the passage to insert (the unit named)
    part_chosen = Signal(str)  # the part shown changed (by the clerk, in the list)

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.org: str | None = None
        self.year = 0
        self.found: list[UnitText] = []
        self.written: dict[str, list[UnitText]] = {}
        self.titles: dict[str, str] = {}
        heading = QLabel(self.tr("What the units wrote"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.part = QComboBox(self)
        for key in ordered_parts(session):
            self.titles[key] = part_title(key, session.catalogue, lang)
            self.part.addItem(self.titles[key], key)
        self.units = QListWidget(self)
        self.units.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.insert_button = QPushButton(self.tr("&Insert into this part, naming the unit"), self)
        self.insert_button.setToolTip(
            self.tr(
                "Takes the words selected in the unit's text (or all of it) into the "
                "office's own text of the part, at its cursor, as “- Unit: …”."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.part)
        layout.addWidget(self.empty)
        layout.addWidget(self.units, 1)
        layout.addWidget(self.text, 2)
        layout.addStretch(0)  # the room, when no unit wrote the part
        layout.addWidget(self.insert_button)
        self.part.currentIndexChanged.connect(self._part_changed)
        self.units.currentRowChanged.connect(self._show_unit)
        self.insert_button.clicked.connect(self._insert)
        self.writable = True

    def load(self, org: str | None, year: int, writable: bool) -> None:
        self.org, self.year, self.writable = org, year, writable
        self.written = units_texts(self.session, org, year) if org else {}
        for index in range(self.part.count()):  # which parts the units wrote, and how many
            key = self.part.itemData(index)
            count = len(self.written.get(key, []))
            title = self.titles[key]
            self.part.setItemText(index, f"{title} ({count})" if count else title)
        self._fill()

    def show_part(self, key: str) -> None:
        """Follow the part the clerk is writing."""
        index = self.part.findData(key)
        if index >= 0 and index != self.part.currentIndex():
            self.part.blockSignals(True)
            self.part.setCurrentIndex(index)
            self.part.blockSignals(False)
            self._fill()

    def current_part(self) -> str:
        return str(self.part.currentData())

    def _part_changed(self) -> None:
        self._fill()
        self.part_chosen.emit(self.current_part())

    def _fill(self) -> None:
        self.units.clear()
        self.text.clear()
        self.found = self.written.get(self.current_part(), [])
        for unit in self.found:
            size = vi_format.number(len(unit.text))
            first = unit.text.split("\n", 1)[0]
            shown = first if len(first) <= 90 else first[:89] + "…"
            item = QListWidgetItem(
                self.tr("{0} ({1} characters)\n{2}").format(unit.name, size, shown)
            )
            item.setToolTip(unit.text[:600])
            self.units.addItem(item)
        self.empty.setText(
            ""
            if self.found
            else self.tr(
                "No unit under this one has written this part for the year. Their texts "
                "come in with their filled templates, or are typed here with the unit chosen."
            )
        )
        self.empty.setVisible(not self.found)
        self.units.setVisible(bool(self.found))
        self.text.setVisible(bool(self.found))
        if self.found:
            self.units.setCurrentRow(0)
        self._enable()

    def _show_unit(self, row: int) -> None:
        self.text.setPlainText(self.found[row].text if 0 <= row < len(self.found) else "")
        self._enable()

    def _enable(self) -> None:
        self.insert_button.setEnabled(self.writable and self.units.currentRow() >= 0)

    def _insert(self) -> None:
        row = self.units.currentRow()
        if not 0 <= row < len(self.found):
            return
        unit = self.found[row]
        chosen = self.text.textCursor().selectedText().replace("\u2029", "\n")
        passage = unit_passage(unit.name, chosen.strip() or unit.text)
        if passage:
            self.insert.emit(self.current_part(), passage)
