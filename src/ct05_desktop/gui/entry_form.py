"""The figures page: the grid, what is wrong, and the save button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.progress import Progress
from ct05_desktop.gui import crash
from ct05_desktop.gui.form_model import COL_CHILDREN, COL_VALUE, IndicatorFormModel
from ct05_desktop.gui.form_view import FormView
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.gui.review_dialogs import AuditDialog
from ct05_desktop.workflows.entry import SaveResult, describe_all
from ct05_desktop.workflows.session import Session


class EntryForm(QWidget):
    saved = Signal()
    figures_shown = Signal()  # the unit's rolled-up figures are in the grid (after rolling)

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang = session, lang
        self.model = IndicatorFormModel(session, lang, self)
        self.view = FormView(self.model, self)
        self.issues = QListWidget(self)
        self.issues.setVisible(False)
        self.issues.itemActivated.connect(self._go_to_issue)
        self.issues.itemClicked.connect(self._go_to_issue)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.save_button.setEnabled(False)
        self.discard_button = QPushButton(self.tr("&Undo changes"), self)
        self.discard_button.setEnabled(False)
        legend = QLabel(
            self.tr(
                "Type a figure and press Enter or Tab. Yellow: not saved yet. "
                "Red: an error to fix. Orange: a warning to check. "
                "Grey italics: counted from the registers, not typed."
            ),
            self,
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.issues)
        layout.addWidget(legend)
        layout.addLayout(bar)
        self.save_button.clicked.connect(self.save)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history_action = QAction(self.tr("Change log of this figure…"), self.view)
        self.history_action.triggered.connect(self.show_figure_log)
        self.view.addAction(self.history_action)
        self.discard_button.clicked.connect(self.model.discard)
        self.model.dirty_changed.connect(self._dirty_changed)
        self.model.dataChanged.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)  # discarded, reloaded
        self.model.roll_up_needed.connect(self._roll_up)
        self.rolling: dict[tuple[int, ...], Operation] = {}  # years → their roll-up

    def load(self, org: str | None, year: int) -> None:
        self.model.load(org, year)
        self.view.setColumnHidden(COL_CHILDREN, not self.model.has_children)
        self.view.fit_columns()  # the status followed the model's reset
        self.view.setCurrentIndex(self.view.first_value_index())

    def _roll_up(self, years: list[int]) -> None:
        """Roll the whole tree's years up off the GUI thread, then show the unit's figures
        (what was typed meanwhile is kept)."""
        under_way = self.rolling.get(tuple(years))
        if under_way is not None and under_way.running:
            return  # asked again (back to a year being rolled up): the one under way serves

        def task(session: Session, progress: Progress) -> None:
            session.roll_up(years)

        self.rolling[tuple(years)] = run_operation(
            self.session.path,
            task,
            self,
            succeeded=lambda _: self._rolled(years),
            failed=lambda exc: self._not_rolled(years, exc),
            back_up=False,  # the day's backup is its own operation's: the figures come first
        )

    def _not_rolled(self, years: list[int], exc: BaseException) -> None:
        """Told (a bug: the crash dialog); the cells stay '…' and the status says why, until
        the unit or the figures change (then it is tried again)."""
        self.rolling.pop(tuple(years), None)
        crash.tell(self, self.tr("Figures"), exc)
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(self.tr("The units below and last year could not be added up."))

    def _rolled(self, years: list[int]) -> None:
        self.rolling.pop(tuple(years), None)
        if self.model.rolling and [self.model.year - 1, self.model.year] == years:
            self.model.refresh()
            self.view.fit_columns()
            self._update_status()
            self.figures_shown.emit()

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def _update_issues(self) -> None:
        self.issues.clear()
        for code, is_error, text in self.model.messages():
            item = QListWidgetItem(("✖ " if is_error else "⚠ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setForeground(QColor("#b00020" if is_error else "#8a5300"))
            self.issues.addItem(item)
        shown = min(self.issues.count(), 4)
        self.issues.setFixedHeight(shown * self.issues.sizeHintForRow(0) + 6 if shown else 0)
        self.issues.setVisible(shown > 0)

    def _go_to_issue(self, item: QListWidgetItem) -> None:
        row = self.model.row_of(str(item.data(Qt.ItemDataRole.UserRole)))
        self.view.setCurrentIndex(self.model.index(row, COL_VALUE))
        self.view.setFocus()

    def _update_status(self) -> None:
        self._update_issues()
        errors = self.model.errors
        if errors:
            self.status.setStyleSheet("color: #b00020")
            self.status.setText(self.tr("%n error(s) to fix before saving.", "", len(errors)))
        elif self.model.dirty:
            self.status.setStyleSheet("color: #7a5b00")
            self.status.setText(self.tr("Changes not saved yet."))
        elif self.model.rolling:
            self.status.setStyleSheet("color: #555")
            self.status.setText(self.tr("Adding up the units below and last year…"))
        else:
            self.status.setStyleSheet("")
            self.status.setText("")

    def show_figure_log(self) -> AuditDialog | None:
        """Who changed the current figure, and when (old → new)."""
        row = self.view.currentIndex().row()
        indicator = self.model.rows[row].indicator if 0 <= row < len(self.model.rows) else None
        if indicator is None or self.model.org is None:
            return None
        dialog = AuditDialog(self.session, self.model.org, self.model.year, indicator.code, self)
        dialog.open()
        return dialog

    def commit_editor(self) -> None:
        """Take in what is typed in a cell still being edited (Ctrl+S, closing, leaving)."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None and self.view.state() == FormView.State.EditingState:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def save(self) -> SaveResult:
        """Save the pending figures; on errors, nothing is written and they stay on screen."""
        self.commit_editor()
        result = self.model.save()
        if result.ok and result.changed:
            self.status.setStyleSheet("color: #2e7d32")
            self.status.setText(self.tr("Saved."))
            self.saved.emit()
        elif not result.ok:
            self.status.setStyleSheet("color: #b00020")
            lines = describe_all(self.session, result.errors, self.lang)
            left = self.tr("Not saved: %n error(s) left.", "", len(result.errors))
            self.status.setText("\n".join([left, *lines]))
        return result
