"""What the two dialogs that change the tree share (one change, or a plan): every edit is
checked a moment later by a dry run off the GUI thread, one at a time; the preview shows
what changes year by year and the warnings; a refusal is shown in the error line, which
grows the dialog; Save writes the same changes, after a backup, and says what was done."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.tree_changes import Change, PlanProblem, merged_into
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.gui import crash, i18n
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.reorganise import TreeChangeReport, change_tree
from ct05_desktop.workflows.session import Session

NEW_UNIT = "\x00new"  # a merge target: the unit the merger makes (its code and name typed)


class CheckedChange(QDialog):
    saved = Signal(object)  # the TreeChangeReport of what was written
    changes_written = Signal(object)  # Changes, for the window to announce

    def __init__(
        self, session: Session, parent: QWidget | None, save_text: str, close_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.report: TreeChangeReport | None = None  # the last check's (or save's)
        self.operation: Operation | None = None
        self.busy = False  # a check or a save under way, until its answer is shown here
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        close = close_text or self.tr("Cancel")
        self.buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check)

    # what each dialog says: the changes, their year, where they come from
    def changes(self) -> list[Change]:
        raise NotImplementedError

    def change_year(self) -> int:
        raise NotImplementedError

    def source(self) -> Source:
        raise NotImplementedError

    def where(self, problem: PlanProblem) -> str:
        """What a problem's words are prefixed with (a plan's row)."""
        return ""

    def fill_targets(
        self, combo: QComboBox, orgs: Sequence[Org], year: int, new_unit: str = ""
    ) -> None:
        """The units a change may lead to, each with its parent that year (and first, when
        new_unit is said, the unit a merger makes)."""
        tree = self.session.tree()
        combo.clear()
        if new_unit:
            combo.addItem(new_unit, NEW_UNIT)
        for org in orgs:
            above = tree.name_in(org.parent_code, year) if org.parent_code else ""
            shown = self.tr("{0} — under {1}").format(org.name, above) if above else org.name
            combo.addItem(shown, org.code)

    def merge_changes(
        self, codes: Sequence[str], target: str, code: str, name: str, under: str | None
    ) -> list[Change]:
        """These units merged into target, or into the new unit typed (code, name, under)."""
        new = (nfc(code), nfc(name), under) if target == NEW_UNIT else None
        return merged_into(self.session.tree(), codes, target, new)

    # -- checked, then saved -----------------------------------------------------------
    def _later(self) -> None:
        """Something was edited: checked again a moment later (typing goes on meanwhile)."""
        self.save_button.setEnabled(False)
        self._timer.start()

    def check(self) -> None:
        """A dry run: what the changes would change, or why they would be refused."""
        self._run(dry_run=True)

    def save(self) -> None:
        self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        if self.busy:
            self._timer.start()  # one at a time: the next check once this one is over
            return
        changes, year, source = self.changes(), self.change_year(), self.source()
        if not changes:
            self.preview.setPlainText(self.tr("The plan is empty: add changes or open a plan."))
            self.show_problems([])
            return

        def task(session: Session, _progress: object) -> TreeChangeReport:
            return change_tree(session, changes, year, source, dry_run=dry_run)

        self.save_button.setEnabled(False)
        self.busy = True
        self.operation = run_operation(
            self.session.path,
            task,
            self,
            changed=self.changes_written.emit,
            succeeded=lambda report: self._done(report, dry_run),
            failed=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        """An expected fault (a year out of range, the database busy) in the error line; a
        bug with the crash dialog."""
        self.busy = False
        told = words_for(exc, i18n.window_language())
        if told is None:
            crash.tell(self, self.tr("Not saved"), exc)
            return
        self.show_problems([told])

    def show_problems(self, lines: list[str]) -> None:
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))
        self.adjustSize()  # grown to show the whole refusal

    def _done(self, report: TreeChangeReport, dry_run: bool) -> None:
        self.busy = False
        lang = i18n.window_language()
        self.report = report
        lines = [line.in_(lang) for line in report.preview.lines] if report.preview else []
        lines += [self.tr("Warning: {0}").format(w.in_(lang)) for w in report.warnings]
        self.preview.setPlainText("\n".join(lines))
        self.show_problems([self.where(p) + p.reason.words(lang) for p in report.problems])
        self.save_button.setEnabled(report.ok)
        if report.ok and not dry_run:
            self.saved.emit(report)
            self.accept()

    def after_words(self, report: TreeChangeReport) -> list[str]:
        """What follows a saved change: the backup taken before it, the report headers that
        now follow their new parent, the warnings."""
        lines = []
        if report.backup is not None:
            lines.append(
                self.tr("The state before the change is kept in the backup {0}").format(
                    report.backup
                )
            )
        for name in report.headers_reset:
            lines.append(
                self.tr(
                    "The report header of {0} now takes its superior line and recipients from "
                    "its parent of each year (what had been typed there was taken off)."
                ).format(name)
            )
        lang = i18n.window_language()
        return lines + [self.tr("Warning: {0}").format(w.in_(lang)) for w in report.warnings]
