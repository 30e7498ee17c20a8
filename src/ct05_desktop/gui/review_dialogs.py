"""Looking back from the window: the audit trail, and a search across all registers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.gui import crash, i18n
from ct05_desktop.gui.fitted_table import FittedTable
from ct05_desktop.gui.operations import run_operation
from ct05_desktop.gui.screen_fit import size_to_screen
from ct05_desktop.workflows.reading import audit_people
from ct05_desktop.workflows.review import REPORT_TEXT, RegisterHit, audit_lines, search_registers
from ct05_desktop.workflows.session import Session

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Read-only rows of plain objects, one attribute per column."""

    def __init__(self, columns: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)  # (attribute, header)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, attribute = self.rows[index.row()], self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(getattr(row, attribute))
        if role == Qt.ItemDataRole.ToolTipRole:  # a row may say more in its tips
            return row.tip(attribute) if hasattr(row, "tip") else str(getattr(row, attribute))
        return None


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


class AuditDialog(QDialog):
    """Who changed what and when: the whole database, a unit's year, or one figure."""

    def __init__(
        self,
        session: Session,
        org: str | None,
        year: int,
        indicator: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.org, self.year, self.indicator = session, org, year, indicator
        self.setWindowTitle(self.tr("Change log"))
        size_to_screen(self, 1100, 600)
        self._make_filters()
        self.model = RowsModel(
            [
                ("at", self.tr("When")),
                ("who", self.tr("Who")),
                ("action", self.tr("What")),
                ("unit", self.tr("Unit")),
                ("year", self.tr("Year")),
                ("what", self.tr("Changed item")),
                ("old", self.tr("Old")),
                ("new", self.tr("New")),
                ("source", self.tr("Source")),
            ],
            self,
        )
        # shares of the width: the item changed and its old and new values the widest
        self.view = FittedTable((9, 8, 10, 13, 5, 17, 14, 15, 9), parent=self)
        self.view.setModel(self.model)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Show:"), self.scope),
            (self.tr("Person:"), self.person),
            (self.tr("From:"), self.since),
            (self.tr("To:"), self.until),
        ):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        for combo in (self.scope, self.person):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.refresh()

    def _make_filters(self) -> None:
        """What to show: the whole database or the unit's year (or figure), whose changes,
        between which dates (the last year by default)."""
        session, org, year, indicator = self.session, self.org, self.year, self.indicator
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole database"), "all")
        if org:
            name = session.tree().name_in(org, year)
            where = self.tr("{0}, {1}").format(name, year)
            if indicator:
                where += f" – {session.catalogue[indicator].label_vi}"
            self.scope.addItem(where, "unit")
            self.scope.setCurrentIndex(1)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("Everyone"), None)
        for who in audit_people(session):
            self.person.addItem(who, who)
        self.since = QDateEdit(QDate.currentDate().addYears(-1), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")

    def refresh(self) -> None:
        unit = self.scope.currentData() == "unit"
        self.model.set_rows(
            audit_lines(
                self.session,
                i18n.window_language(),
                org=self.org if unit else None,
                year=self.year if unit else None,
                indicator=self.indicator if unit else None,
                who=self.person.currentData(),
                since=self.since.date().toString("yyyy-MM-dd"),
                until=self.until.date().toString("yyyy-MM-dd"),
            )
        )
        # one unit's year: its name and year are in the scope already
        names = [attribute for attribute, _header in self.model.columns]
        self.view.show_columns({names.index("unit"), names.index("year")} if unit else set())


class RegisterSearchDialog(QDialog):
    """Find a model, an exemplary person, a decision or a dialogue in any year. The search
    runs off the GUI thread once typing pauses; a result for words since changed is
    dropped. Each row names its unit as it was called in the row's year; a double-click
    on a row opens its unit, year and register in the window (the dialog's parent)."""

    found = Signal(int)  # the rows of the latest search are shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(150)
        self._pause.timeout.connect(self._typed)
        self.setWindowTitle(self.tr("Search the registers"))
        size_to_screen(self, 1000, 560)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Words to find, with or without accents"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.model = RowsModel(
            [
                ("register", self.tr("Register")),
                ("unit", self.tr("Unit")),
                ("year", self.tr("Year")),
                ("text", self.tr("Row")),
            ],
            self,
        )
        self.view = _table(self.model, self)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.activated.connect(self.open_row)  # a double-click, or Enter on a row
        self.hint = QLabel(self.tr("Double-click a row to open its register, unit and year."), self)
        self.hint.setStyleSheet("color: #555")
        self.hint.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(lambda _text: self._pause.start())

    def _window(self) -> MainWindow | None:
        from ct05_desktop.gui.main_window import MainWindow  # it imports this module

        window = self.parent()
        return window if isinstance(window, MainWindow) else None

    def _typed(self) -> None:
        self.search(self.query.text())

    def search(self, text: str) -> None:
        """Start searching for text; found tells when its rows are shown."""
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._show(generation, text, [])
            return
        self.count.setText(self.tr("Searching…"))
        run_operation(
            self.session.path,
            lambda session, _progress: search_registers(session, text),
            self,
            succeeded=lambda hits: self._show(generation, text, hits),
            failed=lambda exc: self._failed(generation, exc),
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation and self.isVisible():
            crash.tell(self, self.tr("Search the registers"), exc)

    def _show(self, generation: int, text: str, hits: list[RegisterHit]) -> None:
        if generation != self._generation:
            return  # words typed since: a newer search is under way
        self.model.set_rows(hits)
        self.count.setText(self.tr("%n row(s) found.", "", len(hits)) if text.strip() else "")
        self.hint.setVisible(bool(hits) and self._window() is not None)
        self.view.resizeColumnsToContents()
        self.found.emit(len(hits))

    def open_row(self, index: QModelIndex) -> bool:
        """Show the row's unit, year and register in the window, the row selected, and
        close. The figures typed in the unit shown are saved first, as on any change of
        unit; when they cannot be and the clerk stays with them, nothing moves."""
        window = self._window()
        if window is None or not index.isValid():
            return False
        hit: RegisterHit = self.model.rows[index.row()]
        if not window.leave_unit():
            return False
        window.year_box.setValue(hit.year)
        if not window.org_panel.reveal(hit.org):
            return False
        page = next((p for p in window.register_pages if p.spec.key == hit.key), None)
        if hit.key == REPORT_TEXT:  # a report's written part: its editor
            window.tabs.setCurrentWidget(window.texts)
            window.texts.focus_part(hit.part)
        elif page is not None:
            window.tabs.setCurrentWidget(page)
            ids = page.model.row_ids(list(range(page.model.rowCount())))
            if hit.row_id in ids:
                page.view.selectRow(ids.index(hit.row_id))
                page.view.scrollTo(page.model.index(ids.index(hit.row_id), 0))
            page.view.setFocus()
        self.accept()
        return True
