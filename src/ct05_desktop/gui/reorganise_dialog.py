"""Organisation → Reorganise: several changes of the tree from one year, saved together
(the 2025 reform in one step). The plan is opened from a CSV (action,code,to,name,level)
or built from the units chosen in the tree: moved under a unit, merged into one (an
existing unit or a new one), dissolved, renamed. Every edit is checked at once off the
GUI thread (a dry run): what changes year by year, or why the plan would be refused, on
which line. Saved all or nothing, after a backup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.settings import PLANS_FOLDER
from ct05_desktop.domain.sources import FORM, Source, plan_file
from ct05_desktop.domain.tree_changes import (
    DISSOLVE,
    MOVE,
    NEW,
    Change,
    PlanProblem,
    merge_targets,
    move_targets,
)
from ct05_desktop.gui import crash, file_choosers, i18n
from ct05_desktop.gui.checked_change import NEW_UNIT, CheckedChange
from ct05_desktop.gui.org_tree import OrgPanel
from ct05_desktop.gui.org_tree_model import ORG_CODE_ROLE
from ct05_desktop.gui.screen_fit import size_to_screen
from ct05_desktop.workflows.reorganise import (
    TreeChangeReport,
    read_plan,
    write_plan,
)
from ct05_desktop.workflows.session import Session


class ReorganiseDialog(CheckedChange):
    def __init__(
        self, session: Session, chosen: Sequence[str], year: int, parent: QWidget | None = None
    ) -> None:
        """chosen: the units chosen in the window's tree, chosen here at first."""
        super().__init__(session, parent, self.tr("&Save the reorganisation"), self.tr("Close"))
        self.plan: list[Change] = []
        self.from_file: Source = FORM  # a plan opened from a file: that file, in the log
        self.setWindowTitle(self.tr("Reorganise: several changes from one year"))
        size_to_screen(self, 1200, 780)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Every change takes effect from the year:"), self))
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        top.addWidget(self.year)
        self.year_hint = QLabel(self.tr("(the years before keep their tree)"), self)
        top.addWidget(self.year_hint, 1)
        layout.addLayout(top)
        # the tree of the plan's year, to choose units in (Ctrl or Shift for several)
        self.units = OrgPanel(self)
        self.units.view.hideColumn(1)  # no status here: only the tree
        split = QSplitter(self)
        split.addWidget(self.units)
        right = QWidget(split)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Unit"), self.tr("Under / into"), self.tr("New name")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setVisible(False)
        column.addWidget(self.table, 3)
        files = QHBoxLayout()
        for text, slot in (
            (self.tr("&Open a plan (CSV)…"), self.open_plan),
            (self.tr("Save the plan &as CSV…"), self.save_plan),
            (self.tr("&Remove the rows chosen"), self.remove_rows),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            files.addWidget(button)
        files.addStretch(1)
        column.addLayout(files)
        column.addWidget(self._builder())
        column.addWidget(QLabel(self.tr("What changes, year by year:"), self))
        column.addWidget(self.preview, 2)
        column.addWidget(self.error)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):  # Enter adds nothing, saves nothing
            button.setAutoDefault(False)
            button.setDefault(False)
        self._load_units(list(chosen))
        self.units.view.selectionModel().selectionChanged.connect(self.refresh_chosen)
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed()

    def _load_units(self, chosen: list[str]) -> None:
        """The tree of the plan's year, these units chosen in it."""
        year = self.year.value()
        self.units.load(self.session.tree(), year, {})
        selection = self.units.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for code in chosen:
            index = self.units.proxy.mapFromSource(self.units.model.index_of(code))
            if index.isValid():
                selection.select(index, flags)
                self.units.view.scrollTo(index)

    def _builder(self) -> QWidget:
        """'Move the units chosen in the tree under …', 'Merge them into …', 'Dissolve'."""
        box = QWidget(self)
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        self.chosen_label = QLabel(box)
        self.chosen_label.setWordWrap(True)
        rows.addWidget(self.chosen_label)
        move = QHBoxLayout()
        move.addWidget(QLabel(self.tr("Move them under:"), box))
        self.move_to = QComboBox(box)
        move.addWidget(self.move_to, 1)
        add_move = QPushButton(self.tr("Add to the plan"), box)
        add_move.clicked.connect(self.add_move)
        move.addWidget(add_move)
        rows.addLayout(move)
        merge = QHBoxLayout()
        merge.addWidget(QLabel(self.tr("Merge them into:"), box))
        self.merge_to = QComboBox(box)
        merge.addWidget(self.merge_to, 1)
        add_merge = QPushButton(self.tr("Add to the plan"), box)
        add_merge.clicked.connect(self.add_merge)
        merge.addWidget(add_merge)
        rows.addLayout(merge)
        new = QHBoxLayout()  # the unit the merger makes, when it is a new one
        new.addWidget(QLabel(self.tr("New unit: code"), box))
        self.new_code = QLineEdit(box)
        self.new_code.setPlaceholderText(self.tr("e.g. SL.XMS"))
        new.addWidget(self.new_code)
        new.addWidget(QLabel(self.tr("name"), box))
        self.new_name = QLineEdit(box)
        self.new_name.setPlaceholderText(self.tr("e.g. Đảng bộ xã Mai Sơn"))
        new.addWidget(self.new_name, 2)
        new.addWidget(QLabel(self.tr("under"), box))
        self.new_under = QComboBox(box)
        new.addWidget(self.new_under, 2)
        rows.addLayout(new)
        self.merge_to.currentIndexChanged.connect(self._new_unit_fields)
        dissolve = QPushButton(self.tr("Dissolve them (add to the plan)"), box)
        dissolve.clicked.connect(self.add_dissolve)
        end = QHBoxLayout()
        end.addWidget(dissolve)
        end.addStretch(1)
        rows.addLayout(end)
        return box

    # -- the units chosen, the targets -------------------------------------------------
    def chosen(self) -> list[str]:
        """The units chosen in the dialog's tree, in tree order."""
        rows = self.units.view.selectionModel().selectedRows(0)
        picked = {str(i.data(ORG_CODE_ROLE)) for i in rows if i.data(ORG_CODE_ROLE)}
        return [c for c in self.units.model.codes() if c in picked]

    def refresh_chosen(self) -> None:
        """The units chosen in the tree, and where they may go in the plan's year."""
        tree, year, codes = self.session.tree(), self.year.value(), self.chosen()
        names = [tree.name_in(c, year) for c in codes if c in tree]
        self.chosen_label.setText(
            self.tr("Units chosen in the tree ({0}): {1}").format(len(names), ", ".join(names))
            if names
            else self.tr("Choose units in the tree on the left (Ctrl or Shift for several), then:")
        )
        for combo, find, first in (
            (self.move_to, move_targets, ""),
            (self.new_under, move_targets, ""),
            (self.merge_to, merge_targets, self.tr("a new unit (code, name and place below)")),
        ):
            self.fill_targets(combo, find(tree, codes, year) if codes else [], year, first)
        where = tree.parent_in(codes[0], year) if codes and codes[0] in tree else None
        self.new_under.setCurrentIndex(max(self.new_under.findData(where), 0))
        self._new_unit_fields()

    def _new_unit_fields(self) -> None:
        creating = self.merge_to.currentData() == NEW_UNIT
        for field in (self.new_code, self.new_name, self.new_under):
            field.setEnabled(creating)

    def _year_changed(self) -> None:
        self._load_units(self.chosen())
        self.refresh_chosen()
        self._later()

    # -- the plan ----------------------------------------------------------------------
    def add(self, changes: Sequence[Change]) -> None:
        self.plan += list(changes)
        self._show_plan()

    def add_move(self) -> None:
        target = self.move_to.currentData()
        if target:
            self.add([Change(MOVE, c, target) for c in self.chosen()])

    def add_merge(self) -> None:
        target, codes = self.merge_to.currentData(), self.chosen()
        if not codes or not target:
            return
        new = (self.new_code.text(), self.new_name.text(), self.new_under.currentData())
        self.add(self.merge_changes(codes, target, *new))

    def add_dissolve(self) -> None:
        self.add([Change(DISSOLVE, c) for c in self.chosen()])

    def remove_rows(self) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        self.plan = [c for n, c in enumerate(self.plan) if n not in rows]
        self._show_plan()

    def open_plan(self) -> None:
        title = self.tr("Open a reorganisation plan")
        path = file_choosers.open_file(self, PLANS_FOLDER, title, self.tr("CSV files (*.csv)"))
        if path is None:
            return
        changes, problems = read_plan(path)
        if problems:
            lang = i18n.window_language()
            self.show_problems([p.words(lang) for p in problems])
            return
        self.plan, self.from_file = changes, plan_file(path.name)
        self._show_plan()

    def save_plan(self) -> None:
        title = self.tr("Save the plan as CSV")
        name = f"sap_xep_to_chuc_{self.year.value()}.csv"
        path = file_choosers.save_file(self, PLANS_FOLDER, title, name, "CSV (*.csv)")
        if path is not None:
            try:
                write_plan(path, self.plan)
            except OSError as exc:
                crash.tell(self, self.tr("Not saved"), exc, path)

    def _show_plan(self) -> None:
        """The plan in the table, each change numbered by its row (a problem names it)."""
        self.plan = [replace(c, line=n) for n, c in enumerate(self.plan, start=1)]
        tree, year = self.session.tree(), self.year.value()
        words = {
            "new": self.tr("new unit"),
            "move": self.tr("move under"),
            "merge": self.tr("merge into"),
            "rename": self.tr("rename"),
            "dissolve": self.tr("dissolve"),
        }
        new = {c.code: c.name or c.code for c in self.plan if c.action == NEW}

        def named(code: str | None) -> str:
            if not code:
                return ""
            return new.get(code) or (tree.name_in(code, year) if code in tree else code)

        self.table.setRowCount(len(self.plan))
        for row, change in enumerate(self.plan):
            cells = [words.get(change.action, change.action), named(change.code)]
            cells += [named(change.to), (change.name or "") if change.action != NEW else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text} ({change.code})" if column == 1 else text)
                self.table.setItem(row, column, item)
        self._later()

    # -- what is checked -------------------------------------------------------------
    def changes(self) -> list[Change]:
        return list(self.plan)

    def change_year(self) -> int:
        return self.year.value()

    def source(self) -> Source:
        return self.from_file

    def where(self, problem: PlanProblem) -> str:
        return self.tr("Row {0}: ").format(problem.line) if problem.line else ""

    def done_words(self, report: TreeChangeReport) -> str:
        """What was saved, the backup that keeps the state before it, what follows."""
        said = self.tr(
            "Reorganised from {0}: {1} units changed; the years before keep their tree."
        ).format(report.year, report.changed)
        return "\n".join([said, *self.after_words(report)])
