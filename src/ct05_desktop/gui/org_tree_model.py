"""The organisation tree as a Qt model: the units alive in the chosen year with each
unit's status, a unit's row made when its parent's rows are first asked for; and the
filter that keeps the units a search names."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.status import (
    STATUS_APPROVED,
    STATUS_COMPLETE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
)
from ct05_desktop.domain.vi_text import fold

ORG_CODE_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLOURS = {
    STATUS_EMPTY: "#9e9e9e",
    STATUS_IN_PROGRESS: "#f0a202",
    STATUS_COMPLETE: "#2e7d32",
    STATUS_APPROVED: "#1565c0",
}

Index = QModelIndex | QPersistentModelIndex


def status_icon(status: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class _Node:
    """A unit's row, made when its parent's rows are first asked for (a tree ten times
    the province holds 51,000 units; the window shows the top ones): slots only; its
    search text (name and code without diacritics) made the first time a search asks."""

    __slots__ = ("_folded", "children", "name", "org", "parent", "row")

    def __init__(self, org: Org | None, parent: _Node | None, row: int, name: str = "") -> None:
        self.org, self.parent, self.row, self.name = org, parent, row, name
        self.children: list[_Node] | None = None  # None: not made yet
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            code = "" if self.org is None else self.org.code
            self._folded = fold(f"{self.name} {code}")
        return self._folded


class OrgTreeModel(QAbstractItemModel):
    """Units alive in one year, two columns: name and status for that year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self._tree: OrgTree | None = None
        self._year = 0
        self._statuses: dict[str, str] = {}
        self._by_code: dict[str, _Node] = {}
        self._icons: dict[str, QIcon] = {}
        self.compact = False  # a narrow panel: the status by its coloured dot only

    def set_compact(self, compact: bool) -> None:
        """Narrow: the status column keeps its dot (the words in its tooltip) and the names
        get the width; wide: the dot and the words."""
        if compact == self.compact:
            return
        self.compact = compact
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)
        self._statuses_changed()  # the same rows: no layout change to move the current unit

    def status_text(self, status: str) -> str:
        return {
            STATUS_EMPTY: self.tr("not entered"),
            STATUS_IN_PROGRESS: self.tr("in progress"),
            STATUS_COMPLETE: self.tr("completed"),
            STATUS_APPROVED: self.tr("approved"),
        }[status]

    def load(self, tree: OrgTree, year: int, statuses: dict[str, str]) -> None:
        self.beginResetModel()
        self._tree, self._year = tree, year
        self._root = _Node(None, None, 0)
        self._by_code = {}
        self._statuses = dict(statuses)
        self.endResetModel()

    def _kids(self, node: _Node) -> list[_Node]:
        """The node's rows, made the first time they are asked for (always the same rows:
        making them changes nothing a view has seen, so it is not signalled)."""
        tree, year = self._tree, self._year
        if node.children is None:
            node.children = []
            if tree is not None:
                orgs = tree.roots(year) if node.org is None else tree.children(node.org.code, year)
                node.children = [
                    _Node(org, node, n, tree.name_in(org.code, year)) for n, org in enumerate(orgs)
                ]
                self._by_code.update((kid.org.code, kid) for kid in node.children if kid.org)
        return node.children

    def set_statuses(self, statuses: dict[str, str]) -> None:
        self._statuses = dict(statuses)
        self._statuses_changed()

    def _statuses_changed(self) -> None:
        """Every row's status column is to be shown again: one layout change (the rows stay
        where they are), not a dataChanged per branch, which the filter proxy maps one
        branch at a time (43 s for a province ten times the size, after each save)."""
        if self._by_code:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    def status(self, code: str) -> str:
        return self._statuses.get(code, STATUS_EMPTY)

    def size(self) -> int:
        """How many units the tree holds (in any year)."""
        return 0 if self._tree is None else len(self._tree)

    def codes(self) -> list[str]:
        """Every unit the tree shows, in tree order (read from the tree: no rows made)."""
        if self._tree is None:
            return []
        tree, year, out = self._tree, self._year, []
        stack = [org.code for org in reversed(tree.roots(year))]
        while stack:
            code = stack.pop()
            out.append(code)
            stack.extend(reversed(tree.child_codes(code, year)))
        return out

    def branch_codes(self) -> list[str]:
        """The units whose rows under them have been made (the only ones a view can have
        opened) and that have some."""
        return [code for code, node in self._by_code.items() if node.children]

    def index_of(self, code: str) -> QModelIndex:
        node = self._by_code.get(code)
        if node is None and self._tree is not None and code in self._tree:
            self._kids(self._root)
            for above in self._tree.ancestors(code, self._year):  # make the rows down to it
                found = self._by_code.get(above.code)
                if found is None:  # not reached from the top that year
                    break
                self._kids(found)
            node = self._by_code.get(code)
        return QModelIndex() if node is None else self.createIndex(node.row, 0, node)

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def _rows_under(self, parent: Index) -> list[_Node]:
        """The rows under parent (none under a status cell); asked for on every row a view
        or its filter goes through, so in as few Python calls as can be."""
        if not parent.isValid():
            node = self._root
        elif parent.column() != 0:
            return []
        else:
            node = parent.internalPointer()
        kids = node.children
        return kids if kids is not None else self._kids(node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        kids = self._rows_under(parent)
        if 0 <= row < len(kids) and 0 <= column < 2:
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def folded_at(self, row: int, parent: Index) -> str:
        """The search text of the row under parent (the filter's question, without an
        index made and asked through Qt for it)."""
        return self._rows_under(parent)[row].folded

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._rows_under(parent))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        """Whether the row has rows under it, without making them."""
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        if node.org is None or self._tree is None:
            return bool(self._kids(node))
        return self._tree.has_children(node.org.code, self._year)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Party organisation"), "" if self.compact else self.tr("Status"))[
                section
            ]
        if role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return self.tr("Status")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        org = self._node(index).org
        assert org is not None
        status = self.status(org.code)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._node(index).name
            return "" if self.compact else self.status_text(status)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            if status not in self._icons:
                self._icons[status] = status_icon(status)
            return self._icons[status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._node(index).name} ({org.code}): {self.status_text(status)}"
        if role == ORG_CODE_ROLE:
            return org.code
        return None


class OrgFilterProxy(QSortFilterProxyModel):
    """Keeps units whose name or code matches, ignoring case and accents (đ = d)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, OrgTreeModel)
        folded = model.folded_at(source_row, source_parent)
        return all(word in folded for word in self._words)
