"""Cài đặt → Biểu mẫu báo cáo (domain.md §4): the report form of a year, to change from that
year: add an indicator, retire one, rename one, move it to another section, or reorder it
within its section. Nothing is written until Lưu, and Lưu first shows what the change
does (added, retired with the figures it leaves, renamed, moved) and asks; the change
holds from the year to the next year with a form change of its own, and is carried on
into the later years where they did not change that indicator themselves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.catalogue import Catalogue, Indicator
from ct05_desktop.domain.characters import name_refusal
from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.form_change_words import diff_lines, years_held
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import FORM
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.gui import ask
from ct05_desktop.workflows.form_change import change_form
from ct05_desktop.workflows.form_transfer import CODE_PATTERN
from ct05_desktop.workflows.session import Session

CODE, LABEL, SECTION, KIND = range(4)


class FormDialog(QDialog):
    """The year's indicators, a row each, in the form's order."""

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Report form"))
        self.resize(980, 640)
        self.kinds = {
            "stock": self.tr("At the year's end"),
            "flow": self.tr("Summed over the year"),
        }
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Form of the year"), self))
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        top.addWidget(self.year)
        self.span = QLabel(self)
        top.addWidget(self.span, 1)
        layout.addLayout(top)
        hint = self.tr(
            "A change made here holds from this year on: earlier years keep their form and "
            "their reports. Double-click a name to rename it from this year."
        )
        note = QLabel(hint, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Indicator"), self.tr("Section"), self.tr("Kind")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, SECTION, KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add an indicator…"), self.add),
            (self.tr("&Retire from this year"), self.retire),
            (self.tr("Move &up"), lambda: self.shift(-1)),
            (self.tr("Move &down"), lambda: self.shift(1)),
            (self.tr("Rename the &section…"), self.rename_section),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.year.valueChanged.connect(self.load)
        self.load()

    # -- the table -----------------------------------------------------------------
    def load(self) -> None:
        """The chosen year's form as stored."""
        year = self.year.value()
        form = self.session.form
        self.form = form.catalogue(year)
        self.sections = list(self.form.sections)  # their labels as edited
        self.span.setText(years_held(year, form.next_change(year), len(self.form.codes)).vi)
        self.table.setRowCount(0)
        for indicator in self.form.indicators:
            self._append(indicator)

    def _append(self, indicator: Indicator, at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        code = QTableWidgetItem(indicator.code)
        code.setData(Qt.ItemDataRole.UserRole, indicator)
        code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, CODE, code)
        self.table.setItem(row, LABEL, QTableWidgetItem(indicator.label_vi))
        sections = QComboBox(self.table)
        for section in self.sections:
            sections.addItem(section.label_vi, section.code)
        sections.setCurrentIndex(max(0, sections.findData(indicator.section)))
        self.table.setCellWidget(row, SECTION, sections)
        kind = QTableWidgetItem(self.kinds.get(indicator.kind, indicator.kind))
        kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)  # a code keeps its kind
        self.table.setItem(row, KIND, kind)

    def _indicator(self, row: int) -> Indicator:
        """The row as it stands: its label and section as edited."""
        item = self.table.item(row, CODE)
        assert item is not None
        indicator: Indicator = item.data(Qt.ItemDataRole.UserRole)
        label = nfc((self.table.item(row, LABEL) or QTableWidgetItem()).text()).strip()
        combo = self.table.cellWidget(row, SECTION)
        assert isinstance(combo, QComboBox)
        return replace(indicator, label_vi=label or indicator.label_vi, section=combo.currentData())

    def edited(self) -> Catalogue:
        """The form as the table now has it, by section in the form's order."""
        rows = [self._indicator(r) for r in range(self.table.rowCount())]
        rank = {s.code: n for n, s in enumerate(self.sections)}
        rows.sort(key=lambda i: rank.get(i.section, len(rank)))  # stable: the table's order
        return Catalogue(tuple(self.sections), tuple(rows))

    def rename_section(self) -> None:
        """The selected row's section named otherwise from this year (its code stays)."""
        row = self.table.currentRow()
        if row < 0:
            return
        code = self._indicator(row).section
        n = next(k for k, s in enumerate(self.sections) if s.code == code)
        title = self.tr("Rename the section")
        label, ok = QInputDialog.getText(
            self, title, self.tr("Name"), text=self.sections[n].label_vi
        )
        label = nfc(label).strip()
        if not ok or not label:
            return
        bad = name_refusal(label)
        if bad is not None:
            ask.tell(self, title, bad.words("vi"))
            return
        self.sections[n] = replace(self.sections[n], label_vi=label)
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, SECTION)
            assert isinstance(combo, QComboBox)
            combo.setItemText(n, label)

    # -- the changes ---------------------------------------------------------------
    def add(self) -> None:
        dialog = NewIndicator(self.form, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        indicator = dialog.indicator()
        if indicator.code in [self._indicator(r).code for r in range(self.table.rowCount())]:
            ask.tell(self, self.tr("Report form"), self.tr("That code is already in the form."))
            return
        self._append(indicator)
        self.table.selectRow(self.table.rowCount() - 1)

    def retire(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def shift(self, step: int) -> None:
        """Swap the row with its neighbour of the same section."""
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        here, there = self._indicator(row), self._indicator(other)
        if here.section != there.section:
            return
        self.table.removeRow(row)
        self._append(here, other)
        self.table.selectRow(other)

    def save(self) -> None:
        """Show what the change does; write it when the clerk says so."""
        year, new = self.year.value(), self.edited()
        for indicator in new.indicators:  # a name typed with a control character: told
            bad = name_refusal(indicator.label_vi)
            if bad is not None:
                ask.tell(self, self.tr("Report form"), f"{indicator.code}: {bad.words('vi')}")
                return
        try:
            with self.session.writing():
                changed = change_form(self.session, year, new, FORM, dry_run=True)
        except Refusal as why:
            ask.tell(self, self.tr("Report form"), why.words("vi"))
            return
        lines = diff_lines(changed, year, self.session.form.next_change(year))
        if changed.empty:
            ask.tell(self, self.tr("Report form"), lines[0].vi)
            return
        text = "\n".join(line.vi for line in lines)
        options = [
            (self.tr("Change the form"), ask.Role.AcceptRole),
            (self.tr("Keep the form as it is"), ask.Role.RejectRole),
        ]
        title = self.tr("Change the report form?")
        if ask.choose(self, title, text, options, 1, 1, QMessageBox.Icon.Question) != 0:
            return
        try:
            with self.session.writing():
                change_form(self.session, year, new, FORM)
        except Refusal as why:  # another window changed the form meanwhile
            ask.tell(self, self.tr("Report form"), why.words("vi"))
            return
        self.load()


class NewIndicator(QDialog):
    """An indicator to add: its code, name, section, kind and unit of count."""

    def __init__(self, form: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an indicator"))
        layout = QFormLayout(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("dialogues_online")
        self.label = QLineEdit(self)
        self.section = QComboBox(self)
        for section in form.sections:
            self.section.addItem(section.label_vi, section.code)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Summed over the year"), "flow")
        self.kind.addItem(self.tr("At the year's end"), "stock")
        self.noun = QLineEdit(self)
        self.noun.setPlaceholderText(self.tr("what it counts, e.g. cuộc, lượt, mô hình"))
        self.phrase = QLineEdit(self)
        self.phrase.setPlaceholderText(
            self.tr("e.g. {n} cuộc đối thoại trực tuyến (blank: the figure and the name)")
        )
        layout.addRow(self.tr("Code (letters, digits, _)"), self.code)
        layout.addRow(self.tr("Name in the report"), self.label)
        layout.addRow(self.tr("Section"), self.section)
        layout.addRow(self.tr("Kind"), self.kind)
        layout.addRow(self.tr("Counts"), self.noun)
        layout.addRow(self.tr("Said in the report"), self.phrase)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self._check)
        box.rejected.connect(self.reject)
        layout.addRow(box)

    def indicator(self) -> Indicator:
        label = nfc(self.label.text()).strip()
        return Indicator(
            nfc(self.code.text()).strip(),
            self.section.currentData(),
            self.kind.currentData(),
            label,
            label,
            noun=nfc(self.noun.text()).strip(),
            phrase=nfc(self.phrase.text()).strip(),
        )

    def _check(self) -> None:
        found = self.indicator()
        bad = next(
            (r for t in (found.label_vi, found.noun, found.phrase) if (r := name_refusal(t))),
            None,
        )
        if bad is not None:
            QMessageBox.warning(self, self.tr("Add an indicator"), bad.words("vi"))
            return
        if not found.label_vi or not valid_code(found.code):
            text = self.tr(
                "Give the indicator a name, and a code of lower-case letters without marks, "
                "digits and _ that starts with a letter (e.g. dialogues_online)."
            )
            QMessageBox.warning(self, self.tr("Add an indicator"), text)
            return
        self.accept()


def valid_code(code: str) -> bool:
    return bool(CODE_PATTERN.fullmatch(code))
