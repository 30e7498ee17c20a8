"""File menu tasks: import CSV files, export CSV, load the demo data, backups."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QWidget

from ct05_desktop.domain.messages import SHOWN_WARNINGS
from ct05_desktop.domain.progress import Cancelled, Progress
from ct05_desktop.domain.registers import REGISTERS_BY_KEY
from ct05_desktop.domain.settings import CSV_EXPORT_FOLDER, CSV_IMPORT_FOLDER
from ct05_desktop.files.interchange import ORGS
from ct05_desktop.gui import ask, crash, file_choosers, i18n
from ct05_desktop.gui.background import run_in_background
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.workflows.backups import IMPORT, backup_before
from ct05_desktop.workflows.csv_transfer import FileReport, export_csv, import_csv
from ct05_desktop.workflows.register_csv import NAMES_PEOPLE, export_registers
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import demo_database, demo_refusal, load_demo

if TYPE_CHECKING:
    from ct05_desktop.gui.main_window import MainWindow

SHOWN_IN_MESSAGE = 3  # problems or warnings of a file in the message itself (the rest: details)
# the reports of the files imported, and the file Stop was pressed in (None: not pressed)
Imported = tuple[list[FileReport], str | None]


class FileActions(QWidget):
    imported = Signal(list)  # the lines told once a CSV import is over
    exported = Signal(int)  # the rows an export wrote, once it is over (0: none)
    demo_done = Signal()  # the demo data loaded, or opened in its own window, or not

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setVisible(False)
        self.import_action = QAction(self.tr("&Import CSV files…"), self)
        self.export_values_action = QAction(self.tr("Export &figures to CSV…"), self)
        self.export_orgs_action = QAction(self.tr("Export &organisations to CSV…"), self)
        self.export_registers_action = QAction(self.tr("Export the &registers to CSV…"), self)
        self.demo_action = QAction(self.tr("Load the &demo data"), self)
        self.backup_action = QAction(self.tr("&Backup and restore…"), self)
        self.backup_action.triggered.connect(self.backups)
        self.import_action.triggered.connect(self.import_files)
        self.export_values_action.triggered.connect(lambda: self.export("values"))
        self.export_orgs_action.triggered.connect(lambda: self.export("orgs"))
        self.export_registers_action.triggered.connect(self.export_registers)
        self.demo_action.triggered.connect(self.load_demo)

    def add_to(self, menu: QMenu) -> None:
        for action in (
            self.import_action,
            self.export_values_action,
            self.export_orgs_action,
            self.export_registers_action,
            self.demo_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.backup_action)

    def backups(self) -> None:
        from ct05_desktop.gui.backup_dialog import BackupDialog  # at first use: a quick start

        BackupDialog(self.window_).exec()

    def import_files(
        self, paths: list[str] | None = None, rewrite_history: bool = False
    ) -> Operation | None:
        """Import CSV files off the GUI thread, each whole or not at all; Cancel stops
        before the next file. The outcome is told when all are done (imported). An
        organisation file refused because it would change past years' tree is shown with
        what it would change, year by year, and imported again if the clerk confirms it
        (rewrite_history)."""
        window = self.window_
        if not window.leave_unit():
            return None
        if not paths:
            chosen = file_choosers.open_files(
                window, CSV_IMPORT_FOLDER, self.tr("Import CSV files"), self.tr("CSV files (*.csv)")
            )
            paths = [str(p) for p in chosen]
        if not paths:
            return None
        files = list(paths)
        backing_up = self.tr("Backing up the database first…")

        def task(session: Session, progress: Progress) -> Imported:
            progress(0, backing_up)
            backup_before(session, IMPORT)  # what the files change can be undone
            reports: list[FileReport] = []
            for n, path in enumerate(files):
                name = Path(path).name

                def within(done: float, n: int = n, name: str = name) -> None:
                    progress(int(100 * (n + done) / len(files)), name)

                try:  # Stop inside a file: that file is rolled back, those before it kept
                    within(0.0)
                    report = import_csv(
                        session, path, rewrite_history=rewrite_history, progress=within
                    )
                except Cancelled:
                    return reports, name
                if rewrites_only(report):  # what confirming would change, for the question
                    asked = import_csv(session, path, rewrite_history=True, dry_run=True)
                    report.affected = asked.affected
                reports.append(report)
            return reports, None

        waiting = QProgressDialog(self.tr("Importing…"), self.tr("Stop"), 0, 100, window)
        waiting.setWindowTitle(self.tr("Import"))
        waiting.setMinimumDuration(300)

        def progressed(percent: int, name: str) -> None:
            waiting.setValue(percent)
            waiting.setLabelText(name)

        operation = run_operation(
            window.session.path,
            task,
            self,
            progressed=progressed,
            changed=window.announce,
            succeeded=lambda done: self._imported(done, waiting, files),
            cancelled=lambda: self._imported(([], ""), waiting, files),
            failed=lambda exc: self._import_failed(exc, waiting),
        )
        waiting.canceled.connect(operation.cancel)
        return operation

    def _imported(self, done: Imported, waiting: QProgressDialog, files: list[str]) -> None:
        """What the files did; stopped: the file Stop was pressed in ("" before any)."""
        reports, stopped = done
        waiting.reset()
        window = self.window_
        lang = i18n.window_language()
        short: list[str] = []  # the message: a few lines of each file
        lines: list[str] = []  # its details: the first 30 of each, and a count
        for report in reports:
            if report.ok:
                head = self.tr("{0}: {1} rows, {2} changed.").format(
                    report.file, report.rows, report.changed
                )
                items = [self.tr("  Warning: {0}").format(w.in_(lang)) for w in report.warnings]
                total = report.warning_count
            else:
                head = self.tr("{0}: nothing imported, because of:").format(report.file)
                items = [f"  {p.words(lang)}" for p in report.problems[:SHOWN_WARNINGS]]
                total = report.problem_count
            for kept, shown in ((lines, SHOWN_WARNINGS), (short, SHOWN_IN_MESSAGE)):
                kept += [head, *items[:shown]]
                if total > shown:
                    kept.append(self._more(report.ok, total - shown))
        if stopped:
            said = self.tr("Stopped: nothing of {0} was imported, nor of the files after it.")
            lines.append(said.format(stopped))
            short.append(lines[-1])
        elif stopped is not None:
            lines.append(self.tr("Stopped: the files not yet read were not imported."))
            short.append(lines[-1])
        self.imported.emit(lines)
        details = "\n".join(lines) if lines != short else ""
        ask.tell(window, self.tr("Import"), "\n".join(short), details)
        asked = [(f, r) for f, r in zip(files, reports or [], strict=False) if rewrites_only(r)]
        if asked and self._confirm_rewrite([r for _, r in asked]):
            self.import_files([f for f, _ in asked], rewrite_history=True)

    def _more(self, warnings: bool, count: int) -> str:
        if warnings:
            return self.tr("  … and %Ln more warning(s).", "", count)
        return self.tr("  … and %Ln more problem(s).", "", count)

    def _confirm_rewrite(self, reports: list[FileReport]) -> bool:
        """The past years the files would change, year by year; True when the clerk asks
        for exactly that (a backup is taken first)."""
        lang = i18n.window_language()
        lines = []
        for report in reports:
            lines.append(report.file)
            lines += [f"  {line.in_(lang)}" for line in report.affected]
        text = self.tr(
            "These organisation files would change the tree of years already past (each "
            "report of those years would follow the new tree):\n\n{0}\n\nChange those "
            "years as the files say? A backup is made first."
        ).format("\n".join(lines))
        options = [
            (self.tr("Change the past years"), QMessageBox.ButtonRole.AcceptRole),
            (self.tr("Leave them as they are"), QMessageBox.ButtonRole.RejectRole),
        ]
        title = self.tr("Change the tree of past years")
        return ask.choose(self.window_, title, text, options, 1, 1) == 0

    def _import_failed(self, exc: BaseException, waiting: QProgressDialog) -> None:
        waiting.reset()
        self.imported.emit([])
        crash.tell(self.window_, self.tr("Import"), exc)

    def export(self, what: str) -> Operation | None:
        """Figures or organisations to a CSV file, written off the GUI thread (a province's
        million figures take seconds); exported tells the rows written (0: none)."""
        window = self.window_
        suggested = f"ct05_{what}.csv"
        path = file_choosers.save_file(
            window,
            CSV_EXPORT_FOLDER,
            self.tr("Export to CSV"),
            suggested,
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return None

        def done(count: int) -> None:
            text = self.tr("{0} rows written to {1}.").format(count, path)
            QMessageBox.information(window, self.tr("Export"), text)
            self.exported.emit(count)

        return run_in_background(
            window,
            window.session.path,
            self.tr("Export"),
            lambda session, _progress: export_csv(session, what, path),
            done,
            failed=lambda exc: self._not_exported(exc, path),
        )

    def _not_exported(self, exc: BaseException, path: Path) -> None:
        crash.tell(self.window_, self.tr("Export"), exc, path.name)
        self.exported.emit(0)

    def export_registers(self, chosen: Path | None = None) -> Operation | None:
        """The year's rows of every register, of the chosen unit and its units, into a
        folder (one KEY.csv a register, read back by Import CSV files), off the GUI thread;
        the clerk is told which files hold people's names; exported tells the rows."""
        window = self.window_
        if chosen is None:
            title = self.tr("Export the registers: choose a folder")
            chosen = file_choosers.folder(window, CSV_EXPORT_FOLDER, title)
        if chosen is None:
            return None
        folder, year, org = chosen, window.year, window.org

        def done(written: dict[str, int]) -> None:
            lang = i18n.window_language()
            text = self.tr("{0} rows of {1} written to {2}, one file a register.").format(
                sum(written.values()), year, folder
            )
            people = [
                REGISTERS_BY_KEY[k].label(lang)
                for k, n in written.items()
                if n and k in NAMES_PEOPLE
            ]
            if people:
                text += "\n\n" + self.tr(
                    "{0}: these files hold people's names; send them only where that is allowed."
                ).format("; ".join(people))
            QMessageBox.information(window, self.tr("Export"), text)
            self.exported.emit(sum(written.values()))

        return run_in_background(
            window,
            window.session.path,
            self.tr("Export"),
            lambda session, _progress: export_registers(session, folder, year=year, org=org),
            done,
            failed=lambda exc: self._not_exported(exc, folder),
        )

    def load_demo(self) -> Operation | None:
        """The demo data, into this database while it has no figures; else, if the clerk
        agrees, into a database of its own opened in a new window. Made off the GUI thread;
        demo_done when it is over (or when nothing is to be done)."""
        window = self.window_
        if not window.leave_unit():
            self.demo_done.emit()
            return None
        title = self.tr("Demo data")
        refused = demo_refusal(window.session)
        if refused is not None:
            answer = QMessageBox.question(
                window,
                title,
                refused.words(i18n.window_language())
                + "\n\n"
                + self.tr("Open the demo data in a database of its own, in a new window?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.demo_done.emit()
                return None
            return run_in_background(
                window,
                window.session.path,
                title,
                lambda session, _progress: demo_database(session),
                self.open_window,
                ended=self.demo_done.emit,
            )

        def loaded(_report: object) -> None:
            window.year_box.setValue(2019)

        return run_in_background(
            window,
            window.session.path,
            title,
            lambda session, _progress: load_demo(session),
            loaded,
            changed=window.announce,  # what was loaded, even before a failure
            ended=self.demo_done.emit,
        )

    def open_window(self, path: Path) -> bool:
        """Another window of the program on that database, in a process of its own."""
        if getattr(sys, "frozen", False):  # the bundle: the program is the executable
            return QProcess.startDetached(sys.executable, ["--db", str(path)])[0]
        args = ["-m", "ct05_desktop.gui.app", "--db", str(path)]
        return QProcess.startDetached(sys.executable, args)[0]


def rewrites_only(report: FileReport) -> bool:
    """An organisation file refused only because it would change past years' tree."""
    codes = {p.code for p in report.problems}
    return report.kind == ORGS and codes == {"rewrites_history"}
