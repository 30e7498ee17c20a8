"""Cài đặt → Văn bản và chuyên đề (domain.md §7): what a year's report carries out (the
Directive through 2020, the Conclusion from 2021, by default) and its themes, the whole
term's and the year's own; and the line of the report dialog that shows them for the
years chosen, with a button to this dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.report_subject import default_subject
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import ask
from ct05_desktop.workflows.report_subjects import save_subject, subjects_for, term_of
from ct05_desktop.workflows.session import Session

TERM_YEARS = 5  # a Party congress term: 2021–2025, 2026–2030


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class SubjectDialog(QDialog):
    def __init__(self, session: Session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Documents and themes of the report"))
        self.setMinimumWidth(720)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        form.addRow(self.tr("Year"), self.year)
        self.document = _text_box(self, 3)
        form.addRow(self.tr("Document carried out, in full"), self.document)
        self.name = QLineEdit(self)
        defaults = QPushButton(self.tr("Use the &default"), self)
        defaults.clicked.connect(self._defaults)
        named = QHBoxLayout()
        named.addWidget(self.name, 1)
        named.addWidget(defaults)
        form.addRow(self.tr("Its short name (closing line)"), named)
        self.theme = _text_box(self, 2)
        form.addRow(self.tr("The year's theme"), self.theme)
        self.first, self.last = QSpinBox(self), QSpinBox(self)
        for spin in (self.first, self.last):
            spin.setRange(MIN_YEAR, MAX_YEAR)
        span = QHBoxLayout()
        span.addWidget(self.first)
        span.addWidget(QLabel("–", self))
        span.addWidget(self.last)
        span.addStretch(1)
        form.addRow(self.tr("Whole term, years"), span)
        self.term = _text_box(self, 2)
        form.addRow(self.tr("The whole term's theme"), self.term)
        note = QLabel(
            self.tr(
                "The report's opening and closing name the document; part I opens with the "
                "themes. Leave a theme blank when there is none."
            ),
            self,
        )
        note.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(box)
        self.year.valueChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        year = self.year.value()
        subjects = subjects_for(self.session, [year])
        subject = subjects.by_year[0]
        self.document.setPlainText(subject.document)
        self.name.setText(subject.name)
        self.theme.setPlainText(dict(subjects.year_themes).get(year, ""))
        term = term_of(self.session, year)
        first = term.first if term else year - (year - 2021) % TERM_YEARS
        self.first.setValue(first)
        self.last.setValue(term.last if term else first + TERM_YEARS - 1)
        self.term.setPlainText(term.theme if term else "")

    def _defaults(self) -> None:
        subject = default_subject(self.year.value())
        self.document.setPlainText(subject.document)
        self.name.setText(subject.name)

    def save(self) -> None:
        try:
            save_subject(
                self.session,
                self.year.value(),
                self.document.toPlainText(),
                self.name.text(),
                self.theme.toPlainText(),
                FORM,
                term=(self.first.value(), self.last.value(), self.term.toPlainText()),
            )
        except Refusal as why:
            ask.tell(self, self.windowTitle(), why.words("vi"))
            return
        self.accept()


class SubjectLine(QWidget):
    """'Thực hiện: Kết luận số 01-KL/TW … · Chuyên đề …' for the years chosen, and a
    button to change them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.years: range = range(0)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        edit = QPushButton(self.tr("Documents and &themes…"), self)
        edit.clicked.connect(self._edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(edit)

    def show_years(self, years: range) -> None:
        self.years = years
        subjects = subjects_for(self.session, years)
        themes = [line.split(":")[0] for line in subjects.theme_lines()]  # the text: tooltip
        said = ", ".join(t if n == 0 else t[:1].lower() + t[1:] for n, t in enumerate(themes))
        shown = [subjects.names()] + ([said] if said else [])
        self.text.setText("\n".join(shown))
        self.text.setToolTip("\n".join([subjects.reported_on(), *subjects.theme_lines()]))
        hint = self.text.sizeHint()
        self.text.setMinimumHeight(hint.height())  # never cut

    def _edit(self) -> None:
        if not self.years:
            return
        SubjectDialog(self.session, self.years[-1], self).exec()
        self.show_years(self.years)
