"""Which units have sent their filled template back for a year ("Đã nhận"): every unit
under the top of that year's tree, as the units stood then, each under its parent, with
the file received and when; a unit with units under it says how many of them sent theirs.
Built in one pass over the year's tree (a province's 5,118 units at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.registers import format_time_vi

CODE_ROLE = Qt.ItemDataRole.UserRole
UNIT, FILE, WHEN, UNDER = range(4)
MISSING = QColor("#b00020")


class ReceiptsTree(QTreeWidget):
    """The received list: one row a unit, its units under it indented below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("File received"),
                self.tr("When"),
                self.tr("Units under it that sent"),
            ]
        )
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QTreeWidget.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        for column in (FILE, WHEN, UNDER):  # the file's whole name, the day and time
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.received_count = 0

    def show_year(self, tree: OrgTree, year: int, received: dict[str, tuple[str, str]]) -> None:
        """Every unit under the top of year's tree (the top is the office itself), each
        under its parent, depth first in the tree's order; the units directly under the top
        open, so that theirs are in view (the branches the clerk opened stay open)."""
        opened = [c for c, i in self.items.items() if i.isExpanded()] if self.items else None
        self.clear()
        self.items = {}
        self.received_count = 0
        tops: list[QTreeWidgetItem] = []
        sent: dict[str, list[int]] = {}  # parent → [sent, units] of the units directly under it
        for org in tree.walk(year):
            if org.parent_code is None:
                continue  # the office: it sends its template to nobody
            file, when = received.get(org.code, ("", ""))
            item = QTreeWidgetItem(
                [org.name, file or self.tr("not received"), format_time_vi(when), ""]
            )
            item.setData(UNIT, CODE_ROLE, org.code)
            if not file:
                item.setForeground(FILE, QBrush(MISSING))
            self.received_count += bool(file)
            counts = sent.setdefault(org.parent_code, [0, 0])
            counts[0] += bool(file)
            counts[1] += 1
            above = self.items.get(org.parent_code)
            if above is None:
                tops.append(item)  # directly under the top
            else:
                above.addChild(item)  # the parent comes first in a walk
            self.items[org.code] = item
        for code, (got, units) in sent.items():
            parent = self.items.get(code)
            if parent is None:
                continue  # the top
            font = parent.font(UNIT)
            font.setBold(True)  # a parent heads the units under it
            parent.setFont(UNIT, font)
            parent.setText(UNDER, f"{got}/{units}")
            parent.setTextAlignment(UNDER, Qt.AlignmentFlag.AlignCenter)
            parent.setToolTip(
                UNDER,
                self.tr("{0} of the {1} units directly under {2} have sent their file.").format(
                    got, units, parent.text(UNIT)
                ),
            )
        self.addTopLevelItems(tops)
        if opened is None:
            self.expandToDepth(0)
            return
        for code in opened:
            if code in self.items:
                self.items[code].setExpanded(True)

    def code_at(self, item: QTreeWidgetItem) -> str:
        return str(item.data(UNIT, CODE_ROLE))
