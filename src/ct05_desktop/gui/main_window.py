"""The main window: the tree on the left, the unit's figures and registers on the right."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop import __version__
from ct05_desktop.domain.changes import Changes
from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.settings import GEOMETRY, LAST_UNIT, LAST_YEAR, SPLITTER
from ct05_desktop.domain.sources import FORM
from ct05_desktop.domain.status import (
    STATUS_APPROVED,
    STATUS_COMPLETE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
)
from ct05_desktop.gui import i18n, preferences, unsaved
from ct05_desktop.gui.entry_form import EntryForm
from ct05_desktop.gui.file_actions import FileActions
from ct05_desktop.gui.history_page import HistoryPage
from ct05_desktop.gui.main_menus import build_menus
from ct05_desktop.gui.operations import runner
from ct05_desktop.gui.org_tree import OrgPanel
from ct05_desktop.gui.register_tab import RegisterPage
from ct05_desktop.gui.report_text_page import ReportTextPage
from ct05_desktop.gui.screen_fit import open_main_window_size
from ct05_desktop.gui.unit_actions import UnitActions
from ct05_desktop.gui.write_wait import GUI_WRITE_WAIT_S, WriteWait
from ct05_desktop.gui.year_actions import YearActions
from ct05_desktop.workflows.backups import daily_backup_skipped
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.locks import set_unit_status
from ct05_desktop.workflows.reading import last_year_with_figures, marked_status, statuses
from ct05_desktop.workflows.session import Session

if TYPE_CHECKING:
    from ct05_desktop.gui.report_dialog import ReportDialog


class MainWindow(QMainWindow):
    # What a task changed (domain.changes.Changes), whoever made it: every view that shows
    # it follows from this one signal (the tree and its statuses, the header, the form, the
    # registers, the history tab).
    data_changed = Signal(object)
    # made by main_menus.build_menus
    save_action: QAction
    report_action: QAction
    years: YearActions
    units: UnitActions

    def __init__(self, session: Session, lang: str = "vi", year: int | None = None) -> None:
        super().__init__()
        self.session, self.lang = session, lang
        self._origin: QObject | None = None
        session.take_changes()  # what was written before the window opened is shown anyway
        self.write_wait = WriteWait(GUI_WRITE_WAIT_S)  # the window answers while a save waits
        self.write_wait.attach(session)
        self.org: str | None = None
        self.setWindowTitle(
            self.tr("CT05 Desktop {0}: Directive 05-CT/TW reporting").format(__version__)
        )
        self.year_box = QSpinBox(self)
        self.year_box.setRange(MIN_YEAR, dt.date.today().year + 1)
        self.year_box.setValue(year or self._default_year())
        self.year_box.setKeyboardTracking(False)
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setStyleSheet("font-weight: bold")
        self.status_box = QComboBox(self)
        self.status_box.addItem("", None)  # the automatic status: not entered / in progress
        self.status_box.addItem(self.tr("Completed"), STATUS_COMPLETE)
        self.status_box.addItem(self.tr("Approved (locked, no more changes)"), STATUS_APPROVED)
        self.read_only_banner = QLabel(self)  # over every tab: why nothing can be changed
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; padding: 6px; border: 1px solid #e0c36a"
        )
        self.read_only_banner.setVisible(False)
        self.org_panel = OrgPanel(self)
        self.form = EntryForm(session, lang, self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)  # every tab in view; long names cut with "…"
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.form, self.tr("Figures"))
        self.register_pages: list[RegisterPage] = []
        for spec in REGISTERS:
            page = RegisterPage(session, spec, lang, self)
            page.changed.connect(lambda page=page: self._register_changed(page))
            self.register_pages.append(page)
            tab = self.tabs.addTab(page, spec.tab(lang))
            self.tabs.setTabToolTip(tab, spec.label(lang))
        self.texts = ReportTextPage(session, lang, self)
        self.texts.saved.connect(lambda: self.announce(self.session.take_changes(), self.texts))
        tab = self.tabs.addTab(self.texts, self.tr("Report text"))
        self.tabs.setTabToolTip(tab, self.tr("Report text"))  # whole when the tab is cut
        self.history = HistoryPage(session, lang, self)
        self.tabs.addTab(self.history, self.tr("Over the years"))
        self.data_changed.connect(self._follow)
        self.data_changed.connect(self.history.invalidate)
        self.form.saved.connect(lambda: self.announce(self.session.take_changes(), self.form))
        self._build_layout()
        self.files = FileActions(self)
        build_menus(self)
        self.year_box.valueChanged.connect(self._year_changed)
        self.org_panel.org_chosen.connect(self._org_chosen)
        self.status_box.activated.connect(self._status_chosen)
        self.statusBar().showMessage(self.tr("Database: {0}").format(session.path))
        self.backup_skipped(daily_backup_skipped(session))  # the work goes on; told why
        self.reload_tree()
        if not self.restoreGeometry(preferences.read(GEOMETRY)):  # a first run
            open_main_window_size(self, 1360, 820)
        roots = session.tree().roots(self.year)
        if roots:
            self.org_panel.select(preferences.read(LAST_UNIT) or roots[0].code)
            if self.org is None:
                self.org_panel.select(roots[0].code)
        self.org_panel.view.expandToDepth(0)

    # -- building ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year_box)
        top.addSpacing(16)
        top.addWidget(self.path_label, 1)
        top.addWidget(QLabel(self.tr("Status of the figures:"), self))
        top.addWidget(self.status_box)
        self.splitter = splitter = QSplitter(self)
        splitter.addWidget(self.org_panel)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.org_panel.setMinimumWidth(180)
        self.tabs.setMinimumWidth(480)
        self._tree_width_kept = splitter.restoreState(preferences.read(SPLITTER))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    # -- state -------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.year_box.value()

    def _default_year(self) -> int:
        stored = preferences.read(LAST_YEAR) or None
        if stored:
            return int(str(stored))
        last = last_year_with_figures(self.session)
        return last or dt.date.today().year - 1

    def backup_skipped(self, skipped: Refusal | None) -> None:
        """Why the day's backup could not be made, in the status bar (None: it was)."""
        if skipped is not None:
            said = skipped.words(i18n.window_language())
            self.statusBar().showMessage(said[:1].upper() + said[1:])

    def reload_tree(self) -> None:
        tree = self.session.tree()
        self.org_panel.load(tree, self.year, statuses(self.session, self.year))

    def announce(self, changes: Changes, origin: QObject | None = None) -> None:
        """Tell every view what a task changed (nothing when it changed nothing). origin:
        the view that made the change and shows it already; it is not reloaded under the
        clerk's cursor."""
        if not changes:
            return
        self._origin = origin
        try:
            self.data_changed.emit(changes)
        finally:
            self._origin = None

    def _follow(self, changes: Changes) -> None:
        """The tree, the header, the form and the registers follow a change; the tree's
        selection and the unit shown stay the same unit (or, if it no longer exists in the
        year, both move to the first unit)."""
        if changes.tree:
            self.session.forget_tree()  # an operation's session may have changed it
            self.reload_tree()
            tree = self.session.tree()
            if self.org is not None and not (
                self.org in tree and tree[self.org].exists_in(self.year)
            ):
                roots = tree.roots(self.year)
                self.org = roots[0].code if roots else None
                if self.org is not None:
                    self.org_panel.select(self.org, emit=False)
                self.load_unit()
                return
            if self.org is not None:
                self.org_panel.select(self.org, emit=False)  # kept even if filtered out
        elif changes.touches_year(self.year):
            self.org_panel.model.set_statuses(statuses(self.session, self.year))
        shown = (
            {o.code for o in self.session.tree().subtree(self.org, self.year)}
            if self.org is not None
            else set()
        )
        if not changes.touches(shown, self.year):
            self._show_status()
            return
        origin = self._origin
        if origin is None and not self.form.model.dirty:
            self.load_unit()
            return
        # keep what is typed and where the cursor is; re-read what lies around it
        if origin is not self.form:
            self.form.model.refresh()
        reason = self._show_read_only()
        for page in self.register_pages:
            if page is not origin and (
                page.spec.key in changes.register_keys or changes.tree or self.year in changes.locks
            ):
                page.load(self.org, self.year, reason)
        self._show_header()
        self._show_status()

    def _show_read_only(self) -> str:
        """The banner over the tabs when the unit's year cannot be changed; why."""
        reason = self.form.model.read_only_reason
        self.read_only_banner.setVisible(bool(reason))
        self.read_only_banner.setText(self.tr("Read only: {0}").format(reason))
        return reason

    def _show_header(self) -> None:
        names = self.session.tree().path_names(self.org, self.year) if self.org else []
        self.path_label.setText(" › ".join(names))

    def _show_status(self) -> None:
        marked = None if self.org is None else marked_status(self.session, self.org, self.year)
        tree_model = self.org_panel.model
        automatic = tree_model.status_text(
            STATUS_IN_PROGRESS
            if self.org and tree_model.status(self.org) != STATUS_EMPTY
            else STATUS_EMPTY
        )
        self.status_box.setItemText(0, automatic[:1].upper() + automatic[1:])
        self.status_box.setCurrentIndex(max(self.status_box.findData(marked), 0))
        self.status_box.setEnabled(self.org is not None)

    def load_unit(self) -> None:
        self.form.load(self.org, self.year)
        reason = self._show_read_only()
        for page in self.register_pages:
            page.load(self.org, self.year, reason)
        self.texts.load(self.org, self.year, reason)
        self.history.set_unit(self.org)
        self._show_header()
        self._show_status()

    def leave_unit(self) -> bool:
        """Save what was typed before moving on; False when the clerk chooses to stay."""
        return unsaved.leave(self)

    def _org_chosen(self, code: str) -> None:
        if code == self.org:
            return
        if not self.leave_unit():
            if self.org:  # after the click has finished selecting, back to the unit shown
                org = self.org
                QTimer.singleShot(0, lambda: self.org_panel.select(org, emit=False))
            return
        self.org = code
        preferences.write(LAST_UNIT, code)
        self.load_unit()

    def _year_changed(self, year: int) -> None:
        if self.form.model.year and year != self.form.model.year and not self.leave_unit():
            self.year_box.blockSignals(True)
            self.year_box.setValue(self.form.model.year)
            self.year_box.blockSignals(False)
            return
        preferences.write(LAST_YEAR, year)
        self.reload_tree()
        if self.org and not self.org_panel.select(self.org, emit=False):
            self.org = None
        self.load_unit()

    def _status_chosen(self, _index: int) -> None:
        if self.org is None:
            return
        status = self.status_box.currentData()  # before saving what was typed resets the box
        if not self.leave_unit() or not self._confirm_status(status):
            self._show_status()
            return
        try:
            set_unit_status(self.session, self.org, self.year, status, FORM)
        except InputRefused as exc:
            QMessageBox.warning(
                self, self.tr("Status not changed"), exc.words(i18n.window_language())
            )
            self._show_status()
            return
        self.announce(self.session.take_changes())

    def open_import_dialog(self) -> None:
        if not self.leave_unit():
            return
        from ct05_desktop.gui.template_dialogs import TemplateImportDialog  # Excel: late

        dialog = TemplateImportDialog(self.session, self.year, self)
        dialog.changed.connect(self.announce)
        dialog.exec()

    def open_template_export(self) -> None:
        from ct05_desktop.gui.template_export_dialog import TemplateExportDialog  # Excel: late

        TemplateExportDialog(self.session, self.org, self.year, self).exec()

    def open_settings(self) -> None:
        from ct05_desktop.gui.settings_dialog import SettingsDialog  # loaded when first used

        SettingsDialog(self.session, self.org, self).exec()
        self.announce(self.session.take_changes())

    def open_form_editor(self) -> None:
        from ct05_desktop.gui.form_dialog import FormDialog  # loaded when first used

        if not self.leave_unit():
            return
        FormDialog(self.session, self.year, self).exec()
        self.announce(self.session.take_changes())

    def open_answer(self) -> None:
        from ct05_desktop.gui.answer_dialog import open_answer  # loaded when first used

        open_answer(self)

    def open_subjects(self) -> None:
        from ct05_desktop.gui.subject_dialog import SubjectDialog  # loaded when first used

        SubjectDialog(self.session, self.year, self).exec()
        self.announce(self.session.take_changes())

    def open_scale(self) -> None:
        from ct05_desktop.gui.scale_dialog import ScaleDialog  # loaded when first used

        ScaleDialog(self.session, self).exec()
        self.announce(self.session.take_changes())

    def open_report_dialog(self) -> ReportDialog | None:
        from ct05_desktop.gui.report_dialog import ReportDialog  # loaded when first used

        if not self.leave_unit():
            return None
        dialog = ReportDialog(self.session, self.org, self.year, self)
        dialog.exec()
        return dialog

    def _confirm_status(self, status: str | None) -> bool:
        if status != STATUS_APPROVED or self.org is None:
            return True
        name = self.session.tree()[self.org].name
        answer = QMessageBox.question(
            self,
            self.tr("Approve"),
            self.tr(
                "Approve the {0} figures of {1}? Once approved they are locked: nobody can "
                "change them until the approval is withdrawn."
            ).format(self.year, name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _register_changed(self, page: RegisterPage) -> None:
        self.announce(self.session.take_changes(), page)

    def choose_language(self, code: str) -> None:
        i18n.set_language(code)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language takes effect when you restart.")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._tree_width_kept:  # first run: a quarter of the window, 280 to 400 px
            self._tree_width_kept = True
            tree = min(max(self.width() * 27 // 100, 280), 400)
            self.splitter.setSizes([tree, max(self.splitter.width() - tree, 1)])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not unsaved.closing(self):
            event.ignore()  # staying, or something has errors: nothing is lost
            return
        preferences.write(GEOMETRY, self.saveGeometry())
        preferences.write(SPLITTER, self.splitter.saveState())
        runner().stop_all()  # tasks under way stop (writing nothing more) and are waited for
        event.accept()
