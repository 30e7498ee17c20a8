"""Settings kept in the database: each unit's report header, signature and recipients;
the clerk's name in the change log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ct05_desktop.domain.report_header import FIELDS
from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui.unit_choices import fill_units
from ct05_desktop.workflows.reading import clerk_name, set_clerk_name, who
from ct05_desktop.workflows.reports import default_unit_header, save_unit_header, unit_header
from ct05_desktop.workflows.session import Session


class SettingsDialog(QDialog):
    def __init__(
        self, session: Session, org: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Report header and clerk"))
        self.setMinimumWidth(600)
        labels = {
            "superior": self.tr("Superior Party body (line 1)"),
            "issuer": self.tr("Issuing body (line 2)"),
            "symbol": self.tr("Symbol in the report number (…-BC/HU)"),
            "place": self.tr("Place name in the date line"),
            "signer_role": self.tr("Signing on behalf of"),
            "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer's name"),
            "recipients": self.tr("Recipients (one a line)"),
        }
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>Header, signature and recipients of the reports</b>"), self))
        self.unit = QComboBox(self)
        fill_units(self.unit, session.tree(), None, org)
        form.addRow(self.tr("Unit issuing the report"), self.unit)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in FIELDS:
            edit: QLineEdit | QPlainTextEdit
            if name == "recipients":
                edit = QPlainTextEdit(self)
                edit.setFixedHeight(96)
            else:
                edit = QLineEdit(self)
                edit.setMinimumWidth(360)
            form.addRow(labels[name], edit)
            self.fields[name] = edit
        defaults = QPushButton(self.tr("&Fill in the suggested values again"), self)
        defaults.setToolTip(
            self.tr(
                "Replace every field above with the values suggested from the unit's name, "
                "level and the unit above it (kept only when you press Save)"
            )
        )
        defaults.clicked.connect(self.reset_to_defaults)
        form.addRow("", defaults)
        form.addRow(QLabel(self.tr("<b>Who enters the figures</b>"), self))
        self.user = QLineEdit(self)
        self.user.setPlaceholderText(who(session))
        self.user.setText(clerk_name(session))
        form.addRow(self.tr("Name in the change log (blank: the Windows user)"), self.user)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._edits: dict[str, dict[str, str]] = {}  # unit → fields typed, kept on switching
        self._shown = str(self.unit.currentData())
        self._show(self._shown)
        self.unit.currentIndexChanged.connect(self._switch)

    def _values(self) -> dict[str, str]:
        out = {}
        for name, edit in self.fields.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            out[name] = text.strip()
        return out

    def _fill(self, values: dict[str, str], placeholders: dict[str, str]) -> None:
        for name, edit in self.fields.items():
            edit.setPlaceholderText(placeholders.get(name, ""))
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(values.get(name, ""))
            else:
                edit.setText(values.get(name, ""))
                edit.setCursorPosition(0)

    def _show(self, org: str) -> None:
        defaults = default_unit_header(self.session, org).as_dict()
        current = self._edits.get(org) or unit_header(self.session, org).as_dict()
        self._fill(current, defaults)

    def _switch(self) -> None:
        self._edits[self._shown] = self._values()
        self._shown = str(self.unit.currentData())
        self._show(self._shown)

    def reset_to_defaults(self) -> None:
        defaults = default_unit_header(self.session, self._shown).as_dict()
        self._fill(defaults, defaults)

    def save(self) -> None:
        self._edits[self._shown] = self._values()
        for org, values in self._edits.items():
            save_unit_header(self.session, org, values, FORM)
        set_clerk_name(self.session, self.user.text().strip())
        self.accept()
