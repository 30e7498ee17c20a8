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
        self.code_help = QLabel(
            self.tr(
                "The code names the unit in CSV files and, hidden, in the Excel templates. "
                "It must differ from every other unit's and cannot be changed later. "
                "Suggested: the code of the unit above and a dot; add a few letters, "
                "e.g. {0}TT."
            ).format(self.code.text()),
            self,
        )
        self.code_help.setWordWrap(True)
        self.code_help.setStyleSheet("color: #555")
        self.form.addRow("", self.code_help)
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
        self.successor.addItem(self.tr("Not merged (dissolved)"), None)
        for o in tree.walk(year):
            if o.code != code:
                self.successor.addItem(o.name, o.code)
        self.form.addRow(self.tr("Unit:"), QLabel(tree.name_in(code, year)))
        self.form.addRow(self.tr("Last year it exists:"), self.year)
        self.form.addRow(self.tr("Merged into:"), self.successor)
        self.explained = QLabel(self)
        self.explained.setWordWrap(True)
        self.form.addRow(self.explained)
        self.year.valueChanged.connect(self._explain)
        self._explain()
        self.finish()

    def _explain(self) -> None:
        """What ending the unit after the chosen year does, in that year's words."""
        last = self.year.value()
        self.explained.setText(
            self.tr(
                "The unit's figures up to {0} stay as they are. From {1} it is no longer in "
                "the tree; if it is merged, the unit it is merged into (which must exist in "
                "{1}) takes over its ongoing breakthrough models when they are carried to {1}."
            ).format(last, last + 1)
        )

    def run(self) -> None:
        end_unit(self.session, self.code, self.year.value(), self.successor.currentData())
