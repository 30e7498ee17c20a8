"""Settings kept in the database: the report's header and signature, the clerk's name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ct05_desktop.domain.report_header import PREFIX, ReportHeader
from ct05_desktop.workflows.session import Session


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Report header and clerk"))
        self.setMinimumWidth(520)
        labels = {
            "superior": self.tr("Superior body (line 1)"),
            "issuer": self.tr("Issuing body (line 2)"),
            "place": self.tr("Place name in the date line"),
            "doc_code": self.tr("Document code (e.g. BC/TU)"),
            "signer_role": self.tr("Signing on behalf of"),
            "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer's name"),
        }
        defaults = ReportHeader()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>Header and signature of the Excel reports</b>"), self))
        self.fields: dict[str, QLineEdit] = {}
        for name, label in labels.items():
            edit = QLineEdit(self)
            edit.setPlaceholderText(getattr(defaults, name))
            edit.setText(session.repo.setting(PREFIX + name) or getattr(defaults, name))
            edit.setMinimumWidth(320)
            edit.setCursorPosition(0)
            form.addRow(label, edit)
            self.fields[PREFIX + name] = edit
        form.addRow(QLabel(self.tr("<b>Who enters the figures</b>"), self))
        user = QLineEdit(self)
        user.setPlaceholderText(session.repo.who())
        user.setText(session.repo.setting("user_name") or "")
        form.addRow(self.tr("Name in the change log (blank: the Windows user)"), user)
        self.fields["user_name"] = user
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        for key, edit in self.fields.items():
            text = edit.text().strip()
            if text != (self.session.repo.setting(key) or ""):
                self.session.repo.set_setting(key, text or None)
        self.accept()
