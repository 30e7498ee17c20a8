"""Dialogs for changes to the organisation tree: a new unit, a unit ended or merged."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ct05_desktop.domain.orgs import LEVELS
from ct05_desktop.domain.rules import MIN_YEAR
from ct05_desktop.gui import i18n
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.org_changes import add_unit, end_unit
from ct05_desktop.workflows.session import Session


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)

    def finish(self) -> None:
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def apply(self) -> None:
        try:
            self.run()
        except InputRefused as exc:
            self.error.setText(exc.words(i18n.window_language()))
            return
        self.accept()

    def run(self) -> None:
        raise NotImplementedError


class AddUnitDialog(_Form):
    def __init__(
        self, session: Session, parent_code: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New unit"), parent)
        self.session, self.parent_code = session, parent_code
        self.code = QLineEdit(f"{parent_code}.", self)
        self.name = QLineEdit(self)
        self.name.setMinimumWidth(340)
        self.level = QComboBox(self)
        labels = {
            "province": self.tr("Province"),
            "district": self.tr("Directly subordinate"),
            "grassroots": self.tr("Grassroots"),
            "cell": self.tr("Cell"),
        }
        for level in LEVELS:
            self.level.addItem(labels[level], level)
        self.level.setCurrentIndex(2)
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, 2100)
        self.year.setValue(year)
        self.form.addRow(self.tr("Under:"), QLabel(session.tree().name_in(parent_code, year)))
        self.form.addRow(self.tr("Code:"), self.code)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Level:"), self.level)
        self.form.addRow(self.tr("Exists from the year:"), self.year)
        self.finish()

    def run(self) -> None:
        add_unit(
            self.session,
            self.parent_code,
            self.code.text(),
            self.name.text(),
            str(self.level.currentData()),
            self.year.value(),
        )


class EndUnitDialog(_Form):
    def __init__(
        self, session: Session, code: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Dissolve or merge the unit"), parent)
        self.session, self.code = session, code
        tree = session.tree()
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, 2100)
        self.year.setValue(year)
        self.successor = QComboBox(self)
        self.successor.addItem(self.tr("(none: dissolved)"), None)
        for o in tree.walk():
            if o.code != code:
                self.successor.addItem(o.name, o.code)
        self.form.addRow(self.tr("Unit:"), QLabel(tree.name_in(code, year)))
        self.form.addRow(self.tr("Last year it exists:"), self.year)
        self.form.addRow(self.tr("Merged into:"), self.successor)
        self.form.addRow(
            QLabel(
                self.tr(
                    "Its figures stay in the years it existed; a merged "
                    "unit's history goes on in its successor."
                )
            )
        )
        self.finish()

    def run(self) -> None:
        end_unit(self.session, self.code, self.year.value(), self.successor.currentData())
