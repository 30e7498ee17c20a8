"""The organisation tree as it stood in the chosen year, with each unit's status."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.status import (
    STATUS_APPROVED,
    STATUS_COMPLETE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
)
from ct05_desktop.domain.vi_text import fold

ORG_CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2

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

    def codes(self) -> list[str]:
        """Every unit the tree shows, in tree order (read from the tree: no rows made)."""
        if self._tree is None:
            return []
        tree, year, out = self._tree, self._year, []
        stack = [org.code for org in reversed(tree.roots(year))]
        while stack:
            code = stack.pop()
            out.append(code)
            stack.extend(org.code for org in reversed(tree.children(code, year)))
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

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._kids(self._node(parent))[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids(self._node(parent)))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        """Whether the row has rows under it, without making them."""
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None or node.org is None or self._tree is None:
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
        if role == FOLDED_ROLE:
            return self._node(index).folded
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
        index = self.sourceModel().index(source_row, 0, source_parent)
        folded = str(index.data(FOLDED_ROLE) or "")
        return all(word in folded for word in self._words)


COMPACT_BELOW = 320  # px: a panel narrower shows statuses as dots, to leave names whole


class OrgPanel(QWidget):
    """Search box over the tree; emits the chosen unit's code."""

    org_chosen = Signal(str)
    menu_asked = Signal(QPoint)  # a right click on the tree, where (the view's coordinates)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrgTreeModel(self)
        self.proxy = OrgFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search units (with or without accents)"))
        self.search.setClearButtonEnabled(True)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        # several units chosen at once (Ctrl, Shift) for one change of the tree
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.menu_asked.emit)
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.chosen: str | None = None  # the unit the window shows, in sight or not
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.model.set_compact(self.width() < COMPACT_BELOW)

    def _filter(self, text: str) -> None:
        """Show the units that match; the unit chosen stays chosen (a search never switches
        the unit shown): it is highlighted again once it is in sight."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            self.proxy.set_query(text)
            if self.chosen is None or not self.select(self.chosen, emit=False):
                self.view.setCurrentIndex(QModelIndex())  # out of sight: nothing highlighted
        finally:
            selection.blockSignals(False)
        if text:
            self.view.expandAll()
        if self.chosen is not None:
            self.select(self.chosen, emit=False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(ORG_CODE_ROLE)
        if code:
            self.chosen = code
            self.org_chosen.emit(code)

    def load(self, tree: OrgTree, year: int, statuses: dict[str, str]) -> None:
        """The tree of year; the units that were open stay open (the first time: the top
        units), so that a change or another year does not fold up the clerk's view."""
        opened = self.opened() if self._loaded else None
        self.model.load(tree, year, statuses)
        self._loaded = True
        if opened is None:
            self.view.expandToDepth(0)
            return
        for code in opened:
            index = self.proxy.mapFromSource(self.model.index_of(code))
            if index.isValid():
                self.view.expand(index)

    def opened(self) -> list[str]:
        """The units whose branches are open."""
        out = []
        for code in self.model.branch_codes():
            index = self.proxy.mapFromSource(self.model.index_of(code))
            if index.isValid() and self.view.isExpanded(index):
                out.append(code)
        return out

    def selected_codes(self) -> list[str]:
        """The units chosen (several with Ctrl or Shift), in tree order; the current one
        when none is."""
        rows = self.view.selectionModel().selectedRows(0)
        chosen = {str(i.data(ORG_CODE_ROLE)) for i in rows if i.data(ORG_CODE_ROLE)}
        ordered = [c for c in self.model.codes() if c in chosen]
        current = self.current_code()
        return ordered or ([current] if current else [])

    def current_code(self) -> str | None:
        code = self.view.currentIndex().data(ORG_CODE_ROLE)
        return str(code) if code else None

    def reveal(self, code: str) -> bool:
        """Choose the unit as a click would (org_chosen told), letting go of the search
        when it hides the unit; False when the year's tree does not hold it."""
        if not self.proxy.mapFromSource(self.model.index_of(code)).isValid():
            self.search.clear()
        return self.select(code)

    def select(self, code: str, emit: bool = True) -> bool:
        self.chosen = code
        index = self.proxy.mapFromSource(self.model.index_of(code))
        if not index.isValid():
            return False
        self.view.blockSignals(not emit)
        self.view.selectionModel().blockSignals(not emit)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().blockSignals(False)
        self.view.blockSignals(False)
        # what ran on the change (a save, its statuses) may have re-sorted the proxy: find
        # the unit again rather than trust the old index
        index = self.proxy.mapFromSource(self.model.index_of(code))
        if index.isValid():
            self.view.scrollTo(index)
        return True
