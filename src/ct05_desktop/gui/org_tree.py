"""The organisation tree's panel: a search box over the tree as it stood in the chosen
year, with each unit's status (the model: gui/org_tree_model.py)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.gui.org_tree_model import ORG_CODE_ROLE, OrgFilterProxy, OrgTreeModel

COMPACT_BELOW = 320  # px: a panel narrower shows statuses as dots, to leave names whole
SEARCH_PAUSE_UNITS, SEARCH_PAUSE_MS = 5000, 250  # from this many units, search on a pause


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
        self._typed = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._typed.timeout.connect(lambda: self._filter(self.search.text()))
        self.search.textChanged.connect(self._search_typed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.model.set_compact(self.width() < COMPACT_BELOW)

    def _search_typed(self, text: str) -> None:
        """A large tree is searched once the typing pauses (each search goes through every
        unit: at national scale half a second); a small one at each keystroke, and a search
        let go at once."""
        if text and self.model.size() >= SEARCH_PAUSE_UNITS:
            self._typed.start()
        else:  # a search let go (reveal: the unit must be in sight at once) or a small tree
            self._typed.stop()
            self._filter(text)

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
