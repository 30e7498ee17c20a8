"""The figures of one unit and year as a table model: one row per indicator, by section.

Typed text is kept as pending edits until saved; every edit is checked at once
with the same domain checks the save applies, so errors show where they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Catalogue, Indicator, Section
from ct05_desktop.domain.checks.figure_rules import (
    Issue,
    ValueChange,
    check_changes,
    unit_year_problem,
)
from ct05_desktop.domain.checks.figure_warnings import unit_year_warnings
from ct05_desktop.domain.messages import reason
from ct05_desktop.domain.refusals import in_lang
from ct05_desktop.domain.rollup import PARTS, REGISTER, Figure
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.entry import SaveResult, save_values
from ct05_desktop.workflows.reading import unit_entries
from ct05_desktop.workflows.session import Session

Index = QModelIndex | QPersistentModelIndex

COL_LABEL, COL_VALUE, COL_PREVIOUS, COL_CHILDREN, COL_COMMENT, COL_CHECK = range(6)
EDITABLE = (COL_VALUE, COL_COMMENT)

# from this many units, a year's roll-up (a few tenths of a second for a province) is made
# in the background before the form shows a unit's figures
BACKGROUND_UNITS = 1000

ERROR_BG = QColor("#f9c9c6")
EDITED_BG = QColor("#fff2a8")
WARNING_BG = QColor("#ffd49a")
SECTION_BG = QColor("#e3eaf3")
READONLY_BG = QColor("#f1f1f1")


@dataclass(frozen=True)
class FormRow:
    section: Section
    indicator: Indicator | None  # None: the section's heading row


def _rows_of(catalogue: Catalogue) -> list[FormRow]:
    """A year's form as the grid's rows: each section's heading, then its indicators."""
    rows: list[FormRow] = []
    for section in catalogue.sections:
        rows.append(FormRow(section, None))
        rows.extend(FormRow(section, i) for i in catalogue.in_section(section.code))
    return rows


class IndicatorFormModel(QAbstractTableModel):
    """Rows: section headings and indicators. Columns: label, value, last year,
    the units below added up, comment, and what the checks say."""

    dirty_changed = Signal(bool)
    roll_up_needed = Signal(list)  # the years to roll up before the figures can show

    def __init__(self, session: Session, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.rows: list[FormRow] = []
        self.org: str | None = None
        self.year = 0
        self.read_only_reason = ""
        self.has_children = False
        # the whole tree's two years are being rolled up off the GUI thread (a tree of
        # BACKGROUND_UNITS or more, not yet kept): the last-year and units-below columns
        # wait for them; what the unit entered is shown and can be typed over meanwhile
        self.rolling = False
        self._entered: dict[str, int] = {}
        self._comments: dict[str, str] = {}
        self._previous: dict[str, int | None] = {}
        self._children: dict[str, int | None] = {}
        self._own_derived: dict[str, Figure] = {}
        self._warnings: dict[str, list[str]] = {}
        self._errors: dict[str, str] = {}
        self.pending: dict[str, str] = {}
        self.pending_comments: dict[str, str] = {}

    # -- loading -----------------------------------------------------------------------
    def load(self, org: str | None, year: int) -> None:
        self.beginResetModel()
        self.rows = _rows_of(self.session.catalogue_of(year))  # that year's form, as it is now
        self.org, self.year = org, year
        self.pending, self.pending_comments, self._errors = {}, {}, {}
        self._refresh()
        self.endResetModel()
        self.dirty_changed.emit(False)

    def _refresh(self) -> None:
        org, year = self.org, self.year
        self.rolling = False
        self._entered, self._comments, self._previous, self._children = {}, {}, {}, {}
        self._own_derived, self._warnings = {}, {}
        self.read_only_reason = ""
        self.has_children = False
        if org is None:
            return
        s = self.session
        tree = s.tree()
        self._entered, self._comments = unit_entries(s, org, year)
        self.has_children = bool(tree.children(org, year))
        problem = unit_year_problem(org, year, s.write_context())
        if problem is not None:
            self.read_only_reason = self._text(problem)
        years = [year - 1, year]
        self.rolling = len(tree) >= BACKGROUND_UNITS and not s.years_at_hand(years)
        if self.rolling:  # what was entered is shown; the rest once rolled up
            self.roll_up_needed.emit(years)
            return
        figures = s.figures(years, under=org)
        for code in s.catalogue_of(year).codes:
            self._previous[code] = figures.value(org, year - 1, code)
            self._children[code] = figures.children_sum(org, year, code)
            derived = figures.derived(org, year, code)
            if derived is not None and derived.source in (REGISTER, PARTS):
                self._own_derived[code] = derived
        for issue in unit_year_warnings(figures, org, year):
            if issue.indicator:
                self._warnings.setdefault(issue.indicator, []).append(self._text(issue))

    def refresh(self) -> None:
        """Re-read stored figures and checks (after a register change), keeping typed edits."""
        self._refresh()
        if self.org is not None and self.pending:
            self._validate()
        self._emit_all()

    def _text(self, issue: Issue) -> str:
        return reason(issue, self.session.catalogue, self.lang)

    # -- state -------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return bool(self.pending or self.pending_comments)

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def messages(self) -> list[tuple[str, bool, str]]:
        """Every error and warning of the unit-year in form order: (indicator, is_error, text)."""
        out: list[tuple[str, bool, str]] = []
        for row in self.rows:
            if row.indicator is None:
                continue
            code = row.indicator.code
            label = in_lang(self.lang, row.indicator.label_vi, row.indicator.label_en)
            if code in self._errors:
                out.append((code, True, f"{label}: {self._errors[code]}"))
            if code not in self.pending:
                out += [(code, False, f"{label}: {w}") for w in self._warnings.get(code, [])]
        return out

    def row_of(self, code: str) -> int:
        return next(n for n, r in enumerate(self.rows) if r.indicator and r.indicator.code == code)

    def is_indicator_row(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and self.rows[row].indicator is not None

    def _validate(self) -> None:
        assert self.org is not None
        changes = [
            ValueChange(self.org, self.year, code, text, ref=code)
            for code, text in self.pending.items()
        ]
        ctx = self.session.write_context([(self.org, self.year)])
        checked = check_changes(changes, ctx)
        self._errors = {str(i.indicator): self._text(i) for i in checked.errors if i.indicator}

    def save(self) -> SaveResult:
        """Write the pending edits; on any error nothing is written and errors show inline."""
        if self.org is None or not self.dirty:
            return SaveResult()
        changes = [
            ValueChange(self.org, self.year, code, text, ref=code)
            for code, text in self.pending.items()
        ]
        comments = {
            (self.org, self.year, code): text or None
            for code, text in self.pending_comments.items()
        }
        result = save_values(self.session, changes, FORM, comments)
        if result.ok:
            self.load(self.org, self.year)
        else:
            self._errors = {str(i.indicator): self._text(i) for i in result.errors if i.indicator}
            self._emit_all()
        return result

    def discard(self) -> None:
        self.load(self.org, self.year)

    def _emit_all(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_CHECK))

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        prev = self.year - 1
        return (
            self.tr("Indicator"),
            self.tr("Figure {0}").format(self.year),
            self.tr("Last year ({0})").format(prev),
            self.tr("Sum of the units below"),
            self.tr("Comment"),
            self.tr("Checks"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            index.column() in EDITABLE
            and self.is_indicator_row(index.row())
            and self.org is not None
            and not self.read_only_reason
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if row.indicator is None:
            return self._section_data(row.section, col, role)
        code = row.indicator.code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text_of(row.indicator, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row.indicator, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(code, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_VALUE and code not in self.pending and code not in self._entered:
                return QBrush(QColor("#505050"))
            if col == COL_CHECK and code in self._errors:
                return QBrush(QColor("#b00020"))
            return None
        if role == Qt.ItemDataRole.FontRole and col == COL_VALUE:
            font = QFont()
            if code not in self.pending and code not in self._entered:
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_VALUE,
            COL_PREVIOUS,
            COL_CHILDREN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _section_data(self, section: Section, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and col == COL_LABEL:
            return in_lang(self.lang, section.label_vi, section.label_en)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text_of(self, ind: Indicator, col: int, editing: bool) -> str:
        code = ind.code
        if col == COL_LABEL:
            return in_lang(self.lang, ind.label_vi, ind.label_en)
        if col == COL_VALUE:
            if code in self.pending:
                return self.pending[code]
            if code in self._entered:
                return vi_format.number(self._entered[code])
            if editing:
                return ""
            if self.rolling:  # counted or added up: known once rolled up
                return "…"
            derived = self._own_derived.get(code)
            return "" if derived is None else vi_format.number(derived.value)
        if col in (COL_PREVIOUS, COL_CHILDREN) and self.rolling:
            return "…"
        if col == COL_PREVIOUS:
            prev = self._previous.get(code)
            return "" if prev is None else vi_format.number(prev)
        if col == COL_CHILDREN:
            kids = self._children.get(code)
            return "" if kids is None else vi_format.number(kids)
        if col == COL_COMMENT:
            return self.pending_comments.get(code, self._comments.get(code, ""))
        messages = [f"✖ {self._errors[code]}"] if code in self._errors else []
        if code not in self.pending:
            messages += [f"⚠ {w}" for w in self._warnings.get(code, [])]
        return "; ".join(messages)

    def _tooltip(self, ind: Indicator, col: int) -> str | None:
        code = ind.code
        if col == COL_VALUE and code not in self._entered and code not in self.pending:
            derived = self._own_derived.get(code)
            if derived is not None:
                if derived.source == REGISTER:
                    return self.tr("Not typed in: counted from the register rows")
                return self.tr("Not typed in: the sum of its parts")
        if col == COL_CHILDREN and self._differs_from_children(code):
            return self.tr("Differs from the figure entered for this unit")
        if col in (COL_CHECK, COL_COMMENT):
            return self._text_of(ind, col, False) or None
        if col == COL_LABEL:
            return f"{in_lang(self.lang, ind.label_vi, ind.label_en)} ({ind.code})"
        return None

    def _differs_from_children(self, code: str) -> bool:
        kids = self._children.get(code)
        return kids is not None and code in self._entered and kids != self._entered[code]

    def _background(self, code: str, col: int) -> QBrush | None:
        if col == COL_VALUE:
            if code in self._errors:
                return QBrush(ERROR_BG)
            if code in self.pending:
                return QBrush(EDITED_BG)
            if self.read_only_reason:
                return QBrush(READONLY_BG)
        if col == COL_COMMENT and code in self.pending_comments:
            return QBrush(EDITED_BG)
        if col == COL_CHILDREN and self._differs_from_children(code):
            return QBrush(WARNING_BG)
        if col == COL_CHECK and code in self._errors:
            return QBrush(ERROR_BG)
        if col == COL_CHECK and self._warnings.get(code) and code not in self.pending:
            return QBrush(WARNING_BG)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        code = self.rows[index.row()].indicator.code  # type: ignore[union-attr]
        text = "" if value is None else str(value).strip()
        was_dirty = self.dirty
        if index.column() == COL_VALUE:
            stored = self._entered.get(code)
            same = (stored is None and text == "") or (
                stored is not None and text in (str(stored), vi_format.number(stored))
            )
            if same:
                self.pending.pop(code, None)
            else:
                self.pending[code] = text
            self._validate()
        else:
            if text == self._comments.get(code, ""):
                self.pending_comments.pop(code, None)
            else:
                self.pending_comments[code] = text
        self._emit_all()
        if was_dirty != self.dirty:
            self.dirty_changed.emit(self.dirty)
        return True
