"""Sending templates to units and importing the filled files back, from the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.settings import FILLED_TEMPLATES_FOLDER
from ct05_desktop.gui import ask, crash, file_choosers, i18n
from ct05_desktop.gui.operations import Operation, Task, run_operation
from ct05_desktop.gui.receipts_view import ReceiptsTree
from ct05_desktop.gui.screen_fit import size_to_screen
from ct05_desktop.workflows.backups import IMPORT, backup_before
from ct05_desktop.workflows.reading import receipts
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.binding import OLDER
from ct05_desktop.workflows.templates.unit_files import (
    CheckedTemplate,
    TemplateReport,
    check_template,
    save_template,
)


class TemplateImportDialog(QDialog):
    """Check many filled files at once, show what would change, save on confirmation.
    Files may be chosen or dropped on the dialog (.xlsx only); the files refused stay in
    view with their errors once the others are saved."""

    finished_step = Signal()  # a check or a save is over (its results are shown)
    changed = Signal(object)  # Changes: what a save wrote, for the window's views

    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.files: list[Path] = []
        self.reports: list[TemplateReport] = []
        self.checked: list[CheckedTemplate] = []
        self.saved_reports: list[TemplateReport] = []
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import filled templates"))
        size_to_screen(self, 900, 640)
        self.choose_button = choose = QPushButton(self.tr("&Choose files…"), self)
        choose.clicked.connect(lambda: self.check(self._pick()))
        self.save_button = QPushButton(self.tr("&Save the files without errors"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.older_button = QPushButton(self.tr("Import the older figures &anyway…"), self)
        self.older_button.hide()  # shown for files that would undo later corrections
        self.older_button.clicked.connect(self._accept_older)
        self.older: list[Path] = []
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)  # reject stops work under way first
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            self.tr(
                "Choose the filled templates (Choose files…) or drag and drop the .xlsx files "
                "here. Each file is checked and what it holds is shown here; nothing is saved "
                "until you press “Save the files without errors”."
            )
        )
        self.setAcceptDrops(True)  # the preview, read-only, passes drops on to the dialog
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, dt.date.today().year + 1)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.show_receipts)
        self.receipts = ReceiptsTree(self)
        self.received = QLabel(self)  # how many of the year's units sent their file
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addStretch(1)
        top.addWidget(self.older_button)
        top.addWidget(self.save_button)
        top.addWidget(close)
        sent = QHBoxLayout()
        sent.addWidget(QLabel(self.tr("Files received for the year:"), self))
        sent.addWidget(self.year)
        sent.addSpacing(16)
        sent.addWidget(self.received)
        sent.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 3)
        layout.addLayout(sent)
        layout.addWidget(self.receipts, 2)
        self.show_receipts()

    def _pick(self) -> list[Path]:
        return file_choosers.open_files(
            self,
            FILLED_TEMPLATES_FOLDER,
            self.tr("Filled templates"),
            self.tr("Excel workbooks (*.xlsx)"),
        )

    def _dropped(self, event: QDropEvent) -> list[Path]:
        """The .xlsx files dragged over the dialog; none while files are checked or saved."""
        if not self.choose_button.isEnabled() or not event.mimeData().hasUrls():
            return []
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        return [f for f in files if f.suffix.lower() == ".xlsx" and f.is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.check(files)

    def check(self, files: list[Path], older: frozenset[Path] = frozenset()) -> None:
        """Read and check every file once, off the GUI thread; nothing is written. older:
        the files whose figures undoing later corrections the clerk chose to import."""
        if not files:
            return
        self.files = files

        def task(session: Session, progress: Progress) -> list[CheckedTemplate]:
            out = []
            for n, path in enumerate(files):
                progress(100 * n // len(files), path.name)
                out.append(check_template(session, path, path in older))
            return out

        self._start(task, self._checked, self.tr("Checking the files…"))

    def _start(self, task: Task, done: Callable[[Any], None], doing: str) -> None:
        self.save_button.setEnabled(False)
        self.older_button.hide()
        self.choose_button.setEnabled(False)
        self.preview.setPlainText(doing)
        self.operation = run_operation(
            self.session.path,
            task,
            self,
            progressed=lambda percent, name: self.preview.setPlainText(
                f"{doing}\n{name} ({percent}%)"
            ),
            changed=self.changed.emit,
            succeeded=done,
            failed=self._failed,
            cancelled=self._stopped,
        )

    def _stopped(self) -> None:
        self.preview.setPlainText(self.tr("Stopped: nothing was saved."))
        self.choose_button.setEnabled(True)
        self.finished_step.emit()
        super().reject()  # only a close stops the work

    def reject(self) -> None:
        """Closing while files are read or saved stops the work first (a file being saved
        is saved whole or not at all)."""
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            return
        super().reject()

    def _failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.preview.setPlainText(self.tr("The files could not be read."))
        self.finished_step.emit()
        crash.tell(self, self.tr("Import filled templates"), exc)

    def _accept_older(self) -> None:
        """The files refused only for undoing later corrections, checked again to import
        their figures, once the clerk confirms, having read which figures they change."""
        text = self.tr(
            "{0} file(s) were written before some of their figures were corrected here "
            "(listed above). Importing them sets those figures back to the files' values."
        ).format(len(self.older))
        options = [
            (self.tr("Keep the corrections"), ask.Role.RejectRole),
            (self.tr("Import the files' figures"), ask.Role.AcceptRole),
        ]
        if ask.choose(self, self.tr("Older templates"), text, options, 0, 0) == 1:
            self.check(self.files, frozenset(self.older))

    def _checked(self, checked: list[CheckedTemplate]) -> None:
        self.older = [
            c.path
            for c in checked
            if c.report.problems and all(p.code in OLDER for p in c.report.problems)
        ]
        self.older_button.setVisible(bool(self.older))
        self.checked = checked
        self.reports = [c.report for c in checked]
        self.preview.setPlainText("\n\n".join(self._describe(r) for r in self.reports))
        self.save_button.setEnabled(any(not r.problems for r in self.reports))
        self.choose_button.setEnabled(True)
        self.finished_step.emit()

    def _describe(self, r: TemplateReport) -> str:
        if r.problems:
            head = self.tr("{0}: refused, nothing will be saved, because:").format(r.file)
            lang = i18n.window_language()
            return "\n".join([head] + [f"  ✖ {p.words(lang)}" for p in r.problems])
        lines = [
            self.tr(
                "{0}: {1} new figure(s), {2} changed, {3} unchanged; {4} register "
                "row(s) added, {5} changed."
            ).format(
                r.file,
                len(r.new),
                len(r.updated),
                r.unchanged,
                len(r.rows_added),
                len(r.rows_changed),
            )
        ]
        lines += [f"  + {t}" for t in r.new + r.rows_added]
        lines += [f"  ~ {t}" for t in r.updated + r.rows_changed]
        lines += [f"  ✎ {t}" for t in r.texts]
        lines += [f"  ⚠ {w.in_(i18n.window_language())}" for w in r.warnings]
        return "\n".join(lines)

    def save(self) -> None:
        """Save each file that had no error, from what was read when it was checked; each
        file is written whole or not at all."""
        good = [c for c in self.checked if not c.report.problems]

        def task(session: Session, progress: Progress) -> list[TemplateReport]:
            if good:
                backup_before(session, IMPORT)  # what the files change can be undone
            out = []
            for n, checked in enumerate(good):
                progress(100 * n // max(len(good), 1), checked.path.name)
                out.append(save_template(session, checked))
            return out

        self._start(task, self._saved, self.tr("Saving…"))

    def _saved(self, done: list[TemplateReport]) -> None:
        """Every file checked, in order: the saved ones marked so, the refused ones with
        their errors (kept in view until the dialog closes or other files are chosen)."""
        saved = iter(done)
        parts, refused = [], 0
        for checked in self.checked:
            r = checked.report if checked.report.problems else next(saved, checked.report)
            if not r.saved:
                refused += 1
                parts.append(self._describe(r))
                continue
            lines = ["✔ " + self.tr("{0}: saved ({1} change(s)).").format(r.file, r.changed)]
            lines += [
                self.tr("  Warning: {0}").format(w.in_(i18n.window_language())) for w in r.warnings
            ]
            parts.append("\n".join(lines))
        if refused:
            parts.append(
                self.tr(
                    "%n file(s) refused and not saved: correct what is shown above, then "
                    "choose them again.",
                    "",
                    refused,
                )
            )
        self.saved_reports = done
        self.preview.setPlainText("\n\n".join(parts))
        self.save_button.setEnabled(False)
        self.choose_button.setEnabled(True)
        self.show_receipts()
        self.finished_step.emit()

    def show_receipts(self) -> None:
        """Every unit under the top of the year's tree, under its parent, and whether its
        file came back."""
        year = self.year.value()
        self.receipts.show_year(self.session.tree(), year, receipts(self.session, year))
        self.received.setText(
            self.tr("Received: {0} of {1} units.").format(
                self.receipts.received_count, len(self.receipts.items)
            )
        )
