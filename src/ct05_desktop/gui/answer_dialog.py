"""Tệp → Trả lời mẫu của cấp trên… (domain.md §9; workflows.answer): the superior's template
chosen, the unit of this tree that it is (remembered after the first answer), a preview
of what the answer holds (figures, register rows, written parts; how the template's form
differs; the indicators with no figure here), then the filled file written. Both run off
the window's thread."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ct05_desktop.domain.changes import Changes
from ct05_desktop.domain.form_change_words import diff_lines
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.settings import FILLED_TEMPLATES_FOLDER
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui import ask, file_choosers, i18n
from ct05_desktop.gui.operations import Operation, run_operation
from ct05_desktop.gui.unit_choices import fill_units
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.answer import (
    Answer,
    answer_template,
    remembered_unit,
    template_unit,
)


class AnswerDialog(QDialog):
    def __init__(self, session: Session, template: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.template = session, template
        self.operation: Operation | None = None
        self.answer: Answer | None = None
        self.unit_code, self.year = template_unit(template)  # refused before the dialog
        self.setWindowTitle(self.tr("Answer the superior's template"))
        self.resize(760, 560)
        form = QFormLayout()
        about = self.tr("{0}: the template of unit {1} of the superior's tree, year {2}")
        form.addRow(QLabel(about.format(template.name, self.unit_code, self.year), self))
        self.unit = QComboBox(self)
        chosen = remembered_unit(session, self.unit_code)
        fill_units(self.unit, session.tree(), self.year, chosen)
        form.addRow(self.tr("It is, in this database:"), self.unit)
        self.take_form = QCheckBox(self.tr("Take the template's form as this year's form"), self)
        self.take_form.setVisible(False)
        form.addRow("", self.take_form)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.write_button = QPushButton(self.tr("&Save the answer…"), self)
        self.write_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.unit.currentIndexChanged.connect(self.look)
        self.write_button.clicked.connect(self.write)
        self.look()

    def _run(self, out: Path | None, take_form: bool) -> None:
        code, template = self.unit.currentData(), self.template

        def task(session: Session, progress: Progress) -> Answer:
            return answer_template(session, template, code, out, FORM, take_form)

        self.write_button.setEnabled(False)
        self.operation = run_operation(
            self.session.path,
            task,
            self,
            succeeded=self._shown if out is None else self._written,
            failed=self._failed,
        )

    def look(self) -> None:
        """What the answer would hold, as the unit chosen."""
        self.preview.setPlainText(self.tr("Reading the template…"))
        self._run(None, False)

    def write(self) -> None:
        suggested = f"{self.template.stem}_tra_loi.xlsx"
        title = self.tr("Save the answer as")
        kinds = self.tr("Excel files (*.xlsx)")
        out = file_choosers.save_file(self, FILLED_TEMPLATES_FOLDER, title, suggested, kinds)
        if out is not None:
            self._run(out, self.take_form.isChecked())

    def _shown(self, answer: Answer) -> None:
        self.answer = answer
        self.write_button.setEnabled(True)
        differs = answer.differs is not None and not answer.differs.empty
        self.take_form.setVisible(differs)
        self.preview.setPlainText("\n".join(self.lines(answer)))

    def lines(self, answer: Answer) -> list[str]:
        done = answer.filled
        out = [
            self.tr("The answer holds, for {0}:").format(answer.unit_name),
            self.tr("  {0} figures, {1} register rows, {2} written parts").format(
                done.figures, done.register_rows, done.texts
            ),
        ]
        if done.repeated_rows:
            out.append(
                self.tr("  {0} register rows already in the template").format(done.repeated_rows)
            )
        if answer.differs is not None and not answer.differs.empty:
            out.append(self.tr("The template's form differs from this database's:"))
            out += [line.vi for line in diff_lines(answer.differs, answer.year, None)[1:]]
        if answer.conflicts:
            out.append(self.tr("A part above its whole here; the answer sends instead:"))
            out += [f"  - {line}" for line in answer.conflicts]
        if answer.missing:
            out.append(self.tr("No figure here (left as the template has them):"))
            out += [f"  - {label}" for label in answer.missing]
        return out

    def _written(self, answer: Answer) -> None:
        self._shown(answer)
        text = self.tr("The answer was saved: {0}. Send it to the superior's office.")
        ask.tell(self, self.windowTitle(), text.format(answer.out))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """A refusal or a file fault told in words (the choice of unit may be changed); a
        bug logged and shown."""
        words = words_for(exc, i18n.window_language(), self.template)
        self.write_button.setEnabled(words is not None)
        if words is None:
            self.preview.setPlainText(self.tr("The template could not be answered."))
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.preview.setPlainText(words)


def open_answer(window: QWidget) -> None:
    """Choose the superior's template, then answer it (a file that is not a template is
    told in words before the dialog)."""
    session: Session = window.session  # type: ignore[attr-defined]
    title = QCoreApplication.translate("AnswerDialog", "The superior's template to answer")
    kinds = QCoreApplication.translate("AnswerDialog", "Excel files (*.xlsx)")
    path = file_choosers.open_file(window, FILLED_TEMPLATES_FOLDER, title, kinds)
    if path is None:
        return
    try:
        dialog = AnswerDialog(session, path, window)
    except (Refusal, OSError) as exc:
        ask.tell(window, title, words_for(exc, i18n.window_language(), path) or str(exc))
        return
    dialog.exec()
    answer = dialog.answer
    if answer is not None and answer.out is not None and dialog.take_form.isChecked():
        window.session.forget_tree()  # type: ignore[attr-defined]
        window.announce(Changes(tree=True))  # type: ignore[attr-defined]  # the form taken
