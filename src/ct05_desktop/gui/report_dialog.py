"""The report dialog: one year or a range, the unit whose subtree it covers, the destination."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
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

from ct05_desktop.domain.rules import MIN_YEAR
from ct05_desktop.workflows.reports import ReportError, build_report
from ct05_desktop.workflows.session import Session


class ReportDialog(QDialog):
    def __init__(
        self, session: Session, org: str | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Excel report"))
        self.setMinimumWidth(620)
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
        tree = session.tree()
        for o in tree.walk():
            depth = len(tree.ancestors(o.code))
            self.unit.addItem("    " * depth + o.name, o.code)
        index = self.unit.findData(org) if org else 0
        self.unit.setCurrentIndex(max(index, 0))
        self.destination = QLineEdit(self)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.build_button = QPushButton(self.tr("&Make the report"), self)
        self.build_button.setDefault(True)
        self.open_file = QPushButton(self.tr("&Open the file"), self)
        self.open_folder = QPushButton(self.tr("Open the &folder"), self)
        close = QPushButton(self.tr("Close"), self)
        for button in (self.open_file, self.open_folder):
            button.setEnabled(False)
        form = QFormLayout()
        years = QHBoxLayout()
        years.addWidget(self.one_year)
        years.addWidget(self.year)
        years.addSpacing(24)
        years.addWidget(self.many_years)
        years.addWidget(self.first)
        years.addWidget(QLabel("–", self))
        years.addWidget(self.last)
        years.addStretch(1)
        form.addRow(self.tr("Period:"), years)
        form.addRow(self.tr("Unit (with the units under it):"), self.unit)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save as:"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_file)
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.build_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for widget in (self.year, self.first, self.last):
            widget.valueChanged.connect(self._suggest)
        self.one_year.toggled.connect(self._suggest)
        self.unit.currentIndexChanged.connect(self._suggest)
        self.build_button.clicked.connect(self.build)
        self.open_file.clicked.connect(lambda: self._open(self.result_path))
        self.open_folder.clicked.connect(
            lambda: self._open(self.result_path.parent if self.result_path else None)
        )
        close.clicked.connect(self.reject)
        self._suggest()

    def _spin(self, value: int, last: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(MIN_YEAR, last)
        spin.setValue(value)
        return spin

    def years(self) -> range:
        if self.one_year.isChecked():
            return range(self.year.value(), self.year.value() + 1)
        return range(self.first.value(), self.last.value() + 1)

    def _suggest(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        current = Path(self.destination.text()).parent if self.destination.text() else None
        years = self.years()
        if not years:
            return
        period = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
        code = str(self.unit.currentData() or "").replace(".", "_")
        name = f"BaoCao_CT05_{code}_{period}.xlsx"
        self.destination.setText(str((current or Path(folder)) / name))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            self.destination.text(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.destination.setText(path if path.endswith(".xlsx") else path + ".xlsx")

    def _progress(self, percent: int, step: str) -> None:
        self.progress.setValue(percent)
        self.message.setText(step)
        QCoreApplication.processEvents()

    def build(self) -> bool:
        years = self.years()
        self.message.setStyleSheet("")
        if len(years) == 0:
            return self._fail(self.tr("The first year of the range is after the last."))
        self.build_button.setEnabled(False)
        try:
            self.result_path = build_report(
                self.session,
                years,
                self.destination.text(),
                self.unit.currentData(),
                self._progress,
            )
        except ReportError as exc:
            return self._fail(str(exc))
        except PermissionError:
            return self._fail(
                self.tr("Cannot write {0}: is it open in Excel? Close it and try again.").format(
                    self.destination.text()
                )
            )
        except OSError as exc:
            return self._fail(
                self.tr("Cannot write {0}: {1}").format(self.destination.text(), exc.strerror)
            )
        finally:
            self.build_button.setEnabled(True)
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(self.tr("Report written: {0}").format(self.result_path))
        self.open_file.setEnabled(True)
        self.open_folder.setEnabled(True)
        return True

    def _fail(self, text: str) -> bool:
        self.progress.setValue(0)
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(text)
        return False

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
