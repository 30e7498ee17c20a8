"""A register's rows for one unit and year, as an editable table model.

An edit is written at once through the same checks as every other path; a
refused edit leaves the row as it was and reports why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from ct05_desktop.domain.commitment_words import cadre_key
from ct05_desktop.domain.refusals import in_lang
from ct05_desktop.domain.registers import RegisterSpec, format_date_vi, shown_value
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import i18n
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.reading import earlier_commitments, register_row, register_rows
from ct05_desktop.workflows.register_entry import update_register_cell
from ct05_desktop.workflows.session import Session

Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(QAbstractTableModel):
    rejected = Signal(str)  # the Vietnamese (or English) reason an edit was refused
    changed = Signal()

    def __init__(
        self, session: Session, spec: RegisterSpec, lang: str = "vi", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.spec = spec
        self.lang = lang
        self.org: str | None = None
        self.year = 0
        self.read_only = False
        self.rows: list[dict[str, Any]] = []
        self.earlier: dict[tuple[str, str], list[str]] = {}  # key cadres' earlier years

    def load(self, org: str | None, year: int, read_only: bool = False) -> None:
        self.beginResetModel()
        self.org, self.year, self.read_only = org, year, read_only
        self.rows = [] if org is None else register_rows(self.session, self.spec.key, org, year)
        self.earlier = (
            earlier_commitments(self.session, org, year)
            if org is not None and self.spec.key == "commitments"
            else {}
        )
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.org, self.year, self.read_only)

    def label(self, column: int) -> str:
        fld = self.spec.fields[column]
        return in_lang(self.lang, fld.label_vi, fld.label_en)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            fld = self.spec.fields[section]
            return self.label(section) + (" *" if fld.required else "")
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        fld = self.spec.fields[index.column()]
        value = self.rows[index.row()].get(fld.name)
        if role == Qt.ItemDataRole.ToolTipRole and fld.name in ("person", "position"):
            lines = self.earlier_lines(index.row())
            if lines:  # a key cadre's earlier years, beside their name
                said = self.tr("Registered in earlier years:")
                return "\n".join([shown_value(fld, value, self.lang), said, *lines])
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return shown_value(fld, value, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            if fld.kind == "choice":
                return value or ""
            if fld.kind == "date":
                return format_date_vi(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and fld.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        fld = self.spec.fields[index.column()]
        try:
            written = update_register_cell(
                self.session, self.spec.key, row["id"], fld.name, value, FORM
            )
        except InputRefused as exc:
            self.rejected.emit(
                self.tr("Row {0}: {1}").format(index.row() + 1, exc.words(i18n.window_language()))
            )
            return False
        if not written:
            return True
        self.rows[index.row()] = register_row(self.session, self.spec.key, row["id"])
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.changed.emit()
        return True

    def earlier_lines(self, row: int) -> list[str] | None:
        """A key cadre's registrations of earlier years in this unit, one line each ([]:
        none); None when the row is not a key cadre's."""
        if not 0 <= row < len(self.rows):
            return None
        key = cadre_key(self.rows[row])
        return None if key is None else self.earlier.get(key, [])

    def edit_text(self, row: int, column: int) -> str:
        """A cell as its editor starts from (a choice by its code), for filling down."""
        return str(self.data(self.index(row, column), Qt.ItemDataRole.EditRole))

    def row_ids(self, rows: list[int]) -> list[int]:
        return [int(self.rows[r]["id"]) for r in rows if 0 <= r < len(self.rows)]
