"""The form for one new register row, and the drop-down list of a choice field."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ct05_desktop.domain.refusals import in_lang
from ct05_desktop.domain.registers import Field, RegisterSpec

Input = QLineEdit | QPlainTextEdit | QComboBox


def choice_combo(
    fld: Field, lang: str, parent: QWidget | None, blank: bool = False, year: int | None = None
) -> QComboBox:
    """The field's choices of year; a blank first item when it may stay empty, or (blank)
    when the clerk must pick one rather than take the first by default."""
    combo = QComboBox(parent)
    if blank or not fld.required:
        combo.addItem("", None)
    for choice in fld.choices_in(year):
        combo.addItem(in_lang(lang, choice.label_vi, choice.label_en), choice.code)
    return combo


def is_long_text(spec: RegisterSpec, fld: Field) -> bool:
    """A text that is more than a name (what was done, results, who was commended)."""
    return fld.kind == "text" and fld.name not in spec.naming


class AddRowDialog(QDialog):
    """A form for one new register row of a unit's year. Tab moves to the next field;
    Enter in a one-line field, Ctrl+Enter anywhere, or OK checks and saves."""

    LONG_TEXT_LINES = 3

    def __init__(
        self,
        spec: RegisterSpec,
        lang: str,
        unit_name: str,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setWindowTitle(
            self.tr("Add a row: {0} — {1}, {2}").format(spec.label(lang), unit_name, str(year))
        )
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.inputs: dict[str, Input] = {}
        for fld in spec.fields:
            widget: Input
            if fld.kind == "choice":
                widget = choice_combo(fld, lang, self, blank=True, year=year)
            elif is_long_text(spec, fld):
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                lines = widget.fontMetrics().lineSpacing() * self.LONG_TEXT_LINES
                margins = widget.contentsMargins()
                frame = 2 * widget.frameWidth() + margins.top() + margins.bottom()
                widget.setFixedHeight(lines + frame + 2 * int(widget.document().documentMargin()))
            else:
                widget = QLineEdit(self)
                if fld.kind == "date":
                    widget.setPlaceholderText(self.tr("dd/mm/yyyy"))
            label = fld.label(lang)
            form.addRow(label + (" *" if fld.required else ""), widget)
            self.inputs[fld.name] = widget
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out
