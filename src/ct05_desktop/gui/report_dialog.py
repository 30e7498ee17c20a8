"""The report dialog: one year or a range, the unit whose subtree it covers, the Word
document and its Excel appendix, the date and number, the folder they go to."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.progress import Progress, step_words
from ct05_desktop.domain.settings import REPORTS_FOLDER
from ct05_desktop.gui import file_choosers, i18n
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.gui.report_gaps import empty_parts_accepted
from ct05_desktop.gui.settings_dialog import SettingsDialog
from ct05_desktop.gui.subject_dialog import SubjectLine
from ct05_desktop.gui.unit_choices import fill_units
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.issued import issue_report
from ct05_desktop.workflows.report_files import build_reports, report_file_name
from ct05_desktop.workflows.reports import ReportError, unit_header
from ct05_desktop.workflows.session import Session


class ReportDialog(QDialog):
    finished_building = Signal(bool)  # True: the files are written

    def __init__(
        self, session: Session, org: str | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.result_path: Path | None = None
        self.result_paths: list[Path] = []
        self.operation: Operation | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Make a report"))
        self.setMinimumWidth(620)
        self._make_choices(org, year)
        self._make_outputs()
        self._lay_out()
        self._connect()
        self._suggest()

    def _make_choices(self, org: str | None, year: int) -> None:
        """What the report covers and says: period, unit, files, date, number, header."""
        last = dt.date.today().year + 1
        self.one_year = QRadioButton(self.tr("One &year"), self)
        self.many_years = QRadioButton(self.tr("A &range of years"), self)
        group = QButtonGroup(self)
        group.addButton(self.one_year)
        group.addButton(self.many_years)
        self.year = self._spin(year, last)
        self.first = self._spin(max(MIN_YEAR, year - 2), last)
        self.last = self._spin(year, last)
        self.one_year.setChecked(True)
        self.unit = QComboBox(self)
        fill_units(self.unit, self.session.tree(), None, org)
        self.word = QCheckBox(self.tr("&Word report (.docx)"), self)
        self.excel = QCheckBox(self.tr("E&xcel appendix (.xlsx)"), self)
        for box in (self.word, self.excel):
            box.setChecked(True)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(last, 12, 31))  # as the CLI's
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Leave blank to write the number by hand"))
        hint = self.number.fontMetrics().horizontalAdvance(self.number.placeholderText())
        self.number.setMinimumWidth(hint + 16)  # the placeholder read whole
        self.final = QCheckBox(self.tr("&Final version, to sign and send"), self)
        self.final.setToolTip(
            self.tr(
                "Unticked, the report is a draft: it says on how many units each figure "
                "rests, points out figures that disagree and marks every written part still "
                "empty. The final version says the coverage once, in the opening, and "
                "leaves the disagreements to the check list."
            )
        )
        self.issued = QCheckBox(self.tr("&Keep as sent (with its number and date)"), self)
        self.issued.setToolTip(
            self.tr(
                "The files are kept in the program exactly as they are made, with the "
                "figures they rest on: File → Reports sent… opens them again and names "
                "every figure changed since."
            )
        )
        self.issued.setEnabled(False)
        self.header_text = QLabel(self)  # three short lines: what the header will say
        self.subject = SubjectLine(self.session, self)  # what the years carry out, themes
        self.edit_header = QPushButton(self.tr("Edit the &header…"), self)

    def _make_outputs(self) -> None:
        """Where the files go, the progress, the message, the buttons."""
        self.destination = QLineEdit(self)
        self.destination.setText(str(file_choosers.start_folder(REPORTS_FOLDER)))
        self.names = QLabel(self)
        self.names.setWordWrap(True)
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()  # shown while the files are made: no empty box before
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.build_button = QPushButton(self.tr("&Make the report"), self)
        self.build_button.setDefault(True)
        self.open_file = QPushButton(self.tr("&Open the file"), self)
        self.open_folder = QPushButton(self.tr("Open the &folder"), self)
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.open_file, self.open_folder):
            button.setEnabled(False)

    def _lay_out(self) -> None:
        def row(*items: QWidget | int | None, stretch: bool = True) -> QHBoxLayout:
            """Widgets in a row; an int is a space, None a stretch."""
            line = QHBoxLayout()
            for item in items:
                if item is None:
                    line.addStretch(1)
                elif isinstance(item, int):
                    line.addSpacing(item)
                else:
                    line.addWidget(item, 1 if item in (self.header_text, self.destination) else 0)
            if stretch:
                line.addStretch(1)
            return line

        form = QFormLayout()
        form.addRow(
            self.tr("Period:"),
            row(
                self.one_year,
                self.year,
                24,
                self.many_years,
                self.first,
                QLabel("–", self),
                self.last,
            ),
        )
        form.addRow(self.tr("Unit (with the units under it):"), self.unit)
        form.addRow(self.tr("Files:"), row(self.word, self.excel))
        form.addRow(self.tr("Version:"), row(self.final, 24, self.issued))
        number = QLabel(self.tr("Number:"), self)
        form.addRow(self.tr("Date of the report:"), row(self.date, 24, number, self.number))
        header = row(self.header_text, self.edit_header, stretch=False)
        header.setAlignment(self.edit_header, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Header:"), header)
        form.addRow(self.tr("Carrying out:"), self.subject)
        form.addRow(
            self.tr("Save in the folder:"), row(self.destination, self.browse, stretch=False)
        )
        form.addRow("", self.names)
        buttons = row(
            self.open_file,
            self.open_folder,
            None,
            self.build_button,
            self.cancel_button,
            self.close_button,
            stretch=False,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.edit_header.clicked.connect(self._edit_header)
        self.browse.clicked.connect(self._browse)
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.year, self.first, self.last):
            widget.valueChanged.connect(self._suggest)
        self.one_year.toggled.connect(self._suggest)
        self.unit.currentIndexChanged.connect(self._suggest)
        for box in (self.word, self.excel):
            box.toggled.connect(self._suggest)
        self.final.toggled.connect(self._issued_choice)
        self.issued.toggled.connect(self._issued_choice)
        self.number.textChanged.connect(self._suggest)
        self.date.dateChanged.connect(self._suggest)
        self.build_button.clicked.connect(self.build)
        self.open_file.clicked.connect(lambda: self._open(self.result_path))
        self.open_folder.clicked.connect(
            lambda: self._open(self.result_path.parent if self.result_path else None)
        )
        self.close_button.clicked.connect(self.reject)

    def _spin(self, value: int, last: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(MIN_YEAR, last)
        spin.setValue(value)
        return spin

    def years(self) -> range:
        if self.one_year.isChecked():
            return range(self.year.value(), self.year.value() + 1)
        return range(self.first.value(), self.last.value() + 1)

    def kinds(self) -> tuple[str, ...]:
        return tuple(
            kind for kind, box in ((".docx", self.word), (".xlsx", self.excel)) if box.isChecked()
        )

    def _suggest(self) -> None:
        """The files' names from the unit and the period; the header the unit will get."""
        years = self.years()
        org = self.unit.currentData()
        if not years or org is None:
            self.names.setText("")
            return
        name = self.session.tree().name_in(org, years[-1])
        self.subject.show_years(years)
        self.names.setText("\n".join(report_file_name(name, years, kind) for kind in self.kinds()))
        self.date.setMinimumDate(QDate(years[-1], 1, 1))  # not signed before its last year
        day = self.date.date()
        h = unit_header(
            self.session,
            org,
            date=dt.date(day.year(), day.month(), day.day()),
            number=self.number.text(),
        )
        number = " ".join(h.number_line().split()).replace("Số -", "Số …-")
        self.header_text.setText(f"{h.issuer} · {number}\n{h.date_line()}\n{h.signer_role}")
        hint = self.header_text.sizeHint()
        self.header_text.setMinimumSize(hint.width(), hint.height())  # never cut nor squeezed

    def _issued_choice(self) -> None:
        """Only a final report is kept as sent, and whole: its Word report and appendix."""
        final = self.final.isChecked()
        self.issued.setEnabled(final)
        if not final:
            self.issued.setChecked(False)
        issued = self.issued.isChecked()
        self.number.setPlaceholderText(
            self.tr("Needed: the number the report is sent with")
            if issued
            else self.tr("Leave blank to write the number by hand")
        )
        for box in (self.word, self.excel):
            if issued:
                box.setChecked(True)
            box.setEnabled(not issued)

    def _edit_header(self) -> None:
        SettingsDialog(self.session, self.unit.currentData(), self).exec()
        self._suggest()

    def _browse(self) -> None:
        folder = file_choosers.folder(
            self, REPORTS_FOLDER, self.tr("Save the report in"), self.destination.text()
        )
        if folder is not None:
            self.destination.setText(str(folder))

    def _progress(self, percent: int, step: str) -> None:
        self.progress.setValue(percent)
        self.message.setText(step)

    def _step(self, percent: int, step: str) -> None:
        """A task's step, in the window's language."""
        self._progress(percent, step_words(step, i18n.window_language()))

    def build(self) -> bool:
        """Start making the files off the GUI thread; False when the choices are refused."""
        years = self.years()
        self.message.setStyleSheet("")
        if len(years) == 0:
            return self._fail(self.tr("The first year of the range is after the last."))
        if not self.kinds():
            return self._fail(self.tr("Tick the Word report, the Excel appendix or both."))
        folder, org, kinds = self.destination.text(), self.unit.currentData(), self.kinds()
        day = self.date.date()
        try:
            header = unit_header(
                self.session,
                org,
                date=dt.date(day.year(), day.month(), day.day()),
                number=self.number.text(),
                year=years[-1],
            )
        except ReportError as exc:
            return self._fail(exc.words(i18n.window_language()))
        final, issued = self.final.isChecked(), self.issued.isChecked()
        if issued and not header.number.strip():
            self.number.setFocus()
            return self._fail(self.tr("A report kept as sent needs its number."))
        allow_empty = final and empty_parts_accepted(self, self.session, years, org)
        if final and not allow_empty:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Nothing was written."))
            return False

        def task(session: Session, progress: Progress) -> list[Path]:
            if issued:
                return issue_report(session, years, org, folder, header, allow_empty, progress)[1]
            return build_reports(
                session, years, folder, org, kinds, progress, header, final, allow_empty
            )

        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        self.message.setText(self.tr("Making the report…"))
        self._grow()
        self.open_file.setEnabled(False)
        self.open_folder.setEnabled(False)
        self.operation = run_operation(
            self.session.path,
            task,
            self,
            progressed=self._step,
            succeeded=self._written,
            failed=self._failed,
            cancelled=self._cancelled,
        )
        return True

    def cancel(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            self.message.setText(self.tr("Stopping…"))

    def _ended(self, ok: bool) -> None:
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.finished_building.emit(ok)
        if self._close_when_done:
            super().reject()

    def _written(self, paths: list[Path]) -> None:
        self.result_paths = paths
        self.result_path = paths[0]
        self.progress.setValue(100)
        self.message.setStyleSheet("color: #2e7d32")
        names = ", ".join(p.name for p in paths)
        if self.issued.isChecked():
            self.message.setText(
                self.tr("Written and kept as sent (File → Reports sent…): {0}").format(names)
            )
        else:
            self.message.setText(self.tr("Written: {0}").format(names))
        self._grow()
        self.open_file.setEnabled(True)
        self.open_folder.setEnabled(True)
        self._ended(True)

    def _cancelled(self) -> None:
        self._fail(self.tr("Stopped: no file was written."))
        self._ended(False)

    def _failed(self, exc: BaseException) -> None:
        told = words_for(exc, i18n.window_language(), self.destination.text())
        if told is not None:  # a refusal, or a file open in Word, a full disk…: in words
            self._fail(told)
        else:  # a bug: logged and shown with the log's path
            self._fail(self.tr("The report could not be made."))
            self._ended(False)
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._ended(False)

    def reject(self) -> None:
        """Closing while the files are being made stops the work first."""
        if self.operation is not None and self.operation.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def _fail(self, text: str) -> bool:
        self.progress.setValue(0)
        self.progress.hide()
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(text)
        self._grow()
        return False

    def _grow(self) -> None:
        """Room for the progress bar and a message of several lines: the dialog grows
        rather than squeeze the rows above (a wrapped label's height is not in the
        layout's minimum)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width)
        if needed > self.height():
            self.resize(width, needed)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
