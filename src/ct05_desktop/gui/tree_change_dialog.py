"""One change of the tree from a year, for the units chosen in the tree: rename, move
under another unit, merge into another (an existing unit or a new one), dissolve, or a
new unit under it. Every kind asks "From the year" in the same words, shows what changes
year by year before anything is saved (a dry run, off the GUI thread), grows to show a
refusal, and says what was done."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.orgs import LEVELS
from ct05_desktop.domain.sources import FORM, Source
from ct05_desktop.domain.tree_changes import (
    DISSOLVE,
    MERGE,
    MOVE,
    NEW,
    RENAME,
    Change,
    merge_targets,
    move_targets,
)
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.gui.checked_change import NEW_UNIT, CheckedChange
from ct05_desktop.workflows.reorganise import TreeChangeReport
from ct05_desktop.workflows.session import Session


class TreeChangeDialog(CheckedChange):
    """A change of one kind (RENAME, MOVE, MERGE, DISSOLVE, NEW) for the units codes."""

    def __init__(
        self,
        session: Session,
        kind: str,
        codes: Sequence[str],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent, self.tr("&Save the change"))
        self.kind, self.codes = kind, list(codes)
        titles = {
            RENAME: self.tr("Rename the unit from a year"),
            MOVE: self.tr("Move under another unit from a year"),
            MERGE: self.tr("Merge into another unit from a year"),
            DISSOLVE: self.tr("Dissolve from a year"),
            NEW: self.tr("New unit under this one"),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(560)
        self.form = QFormLayout(self)
        self.units = QLabel(self)
        self.units.setWordWrap(True)
        self.form.addRow(self.tr("Unit:") if len(codes) == 1 else self.tr("Units:"), self.units)
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        self.form.addRow(self.tr("From the year:"), self.year)
        self.year_hint = QLabel(self)
        self.year_hint.setWordWrap(True)
        self.year_hint.setStyleSheet("color: #555")
        self.form.addRow("", self.year_hint)
        self.name = QLineEdit(self)
        self.target = QComboBox(self)
        self.new_code = QLineEdit(self)
        self.new_name = QLineEdit(self)
        self.level = QComboBox(self)
        self.new_under = QComboBox(self)
        self._kind_rows()
        fields = (self.name, self.target, self.new_code, self.new_name, self.level, self.new_under)
        for unused in fields:
            if self.form.indexOf(unused) < 0:  # another kind's field: not shown at all
                unused.hide()
        self.form.addRow(QLabel(self.tr("What changes, year by year:"), self))
        self.preview.setMinimumHeight(120)
        self.form.addRow(self.preview)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        for edit in (self.name, self.new_code, self.new_name):
            edit.textChanged.connect(self._later)
        self.target.currentIndexChanged.connect(self._later)
        self.new_under.currentIndexChanged.connect(self._later)
        self.level.currentIndexChanged.connect(self._later)
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed()

    def _kind_rows(self) -> None:
        kind = self.kind
        if kind == RENAME:
            self.name.setText(self.session.tree().name_in(self.codes[0], self.year.value()))
            self.name.setMinimumWidth(360)
            self.form.addRow(self.tr("New name:"), self.name)
        elif kind in (MOVE, MERGE):
            label = self.tr("Under:") if kind == MOVE else self.tr("Merged into:")
            self.form.addRow(label, self.target)
            if kind == MERGE:
                self.new_code.setPlaceholderText(self.tr("e.g. SL.XMS"))
                self.new_name.setPlaceholderText(self.tr("e.g. Đảng bộ xã Mai Sơn"))
                self.form.addRow(self.tr("New unit's code:"), self.new_code)
                self.form.addRow(self.tr("New unit's name:"), self.new_name)
                self.form.addRow(self.tr("New unit under:"), self.new_under)
        elif kind == DISSOLVE:
            note = QLabel(
                self.tr(
                    "The unit's figures up to the year before stay as they are. Units under "
                    "it must be moved first (or merge it instead: its units then follow)."
                ),
                self,
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        else:
            self.new_code.setText(f"{self.codes[0]}.")
            self.new_name.setMinimumWidth(360)
            self.form.addRow(self.tr("Code:"), self.new_code)
            self.form.addRow(self.tr("Name:"), self.new_name)
            labels = {
                "province": self.tr("Province"),
                "district": self.tr("Directly subordinate"),
                "grassroots": self.tr("Grassroots"),
                "cell": self.tr("Cell"),
            }
            for level in LEVELS:
                self.level.addItem(labels[level], level)
            self.level.setCurrentIndex(2)
            self.form.addRow(self.tr("Level:"), self.level)

    # -- what the change is ------------------------------------------------------------
    def changes(self) -> list[Change]:
        kind, codes = self.kind, self.codes
        if kind == RENAME:
            return [Change(RENAME, codes[0], name=nfc(self.name.text()))]
        if kind == MOVE:
            return [Change(MOVE, c, self.target.currentData()) for c in codes]
        if kind == DISSOLVE:
            return [Change(DISSOLVE, c) for c in codes]
        if kind == NEW:
            level = str(self.level.currentData())
            return [
                Change(NEW, nfc(self.new_code.text()), codes[0], nfc(self.new_name.text()), level)
            ]
        return self.merge_changes(
            codes,
            self.target.currentData(),
            self.new_code.text(),
            self.new_name.text(),
            self.new_under.currentData(),
        )

    def _year_changed(self) -> None:
        year = self.year.value()
        tree = self.session.tree()
        self.units.setText(", ".join(tree.name_in(c, year) for c in self.codes if c in tree))
        self.year_hint.setText(
            self.tr("The years before {0} keep the tree as it was.").format(year)
            if self.kind != NEW
            else self.tr("The unit exists from {0} on.").format(year)
        )
        if self.kind in (MOVE, MERGE):
            self._fill_targets(year)
        self._later()

    def _fill_targets(self, year: int) -> None:
        """Only units alive that year at a level the change allows, each with its parent."""
        tree = self.session.tree()
        chosen = self.target.currentData()
        find = move_targets if self.kind == MOVE else merge_targets
        self.target.blockSignals(True)
        first = self.tr("A new unit made by the merger (code and name below)")
        self.fill_targets(
            self.target, find(tree, self.codes, year), year, first if self.kind == MERGE else ""
        )
        self.target.setCurrentIndex(max(self.target.findData(chosen), 0) if chosen else 0)
        if self.kind == MERGE and self.target.count() > 1 and chosen is None:
            self.target.setCurrentIndex(1)
        self.target.blockSignals(False)
        if self.kind == MERGE:  # where a new unit would stand: by default, where they stand
            under = self.new_under.currentData() or tree.parent_in(self.codes[0], year)
            self.new_under.blockSignals(True)
            self.new_under.clear()
            for org in move_targets(tree, self.codes, year):
                self.new_under.addItem(org.name, org.code)
            self.new_under.setCurrentIndex(max(self.new_under.findData(under), 0))
            self.new_under.blockSignals(False)

    def _later(self) -> None:
        if self.kind == MERGE:
            creating = self.target.currentData() == NEW_UNIT
            for edit in (self.new_code, self.new_name, self.new_under):
                edit.setEnabled(creating)
        super()._later()

    def change_year(self) -> int:
        return self.year.value()

    def source(self) -> Source:
        return FORM

    def done_words(self, report: TreeChangeReport) -> str:
        """What was saved, in a sentence; the backup taken before it; what follows."""
        year, names = self.year.value(), self.units.text()
        target = self.target.currentData()
        into = self.new_name.text() if target == NEW_UNIT else self._name(target, year)
        said = {
            RENAME: self.tr("{0} is named “{1}” from {2}; the years before keep the name it bore."),
            MOVE: self.tr("{0} stands under {1} from {2}; the years before keep it where it was."),
            MERGE: self.tr(
                "{0} is merged into {1} from {2}: the figures up to the year before stay as "
                "they are, and the units that stood under it follow {1}."
            ),
            DISSOLVE: self.tr(
                "{0} is dissolved from {2}: the figures up to the year before stay as they are."
            ),
            NEW: self.tr("{1} is added under {0} from {2}."),
        }[self.kind]
        second = {RENAME: self.name.text(), NEW: self.new_name.text()}.get(self.kind, into)
        return "\n".join([said.format(names, second, year), *self.after_words(report)])

    def _name(self, code: object, year: int) -> str:
        tree = self.session.tree()
        return tree.name_in(str(code), year) if code in tree else str(code or "")
