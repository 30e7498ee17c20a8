"""Questions whose buttons say what they do ("Stay to fix them", "Discard the changes")
rather than Qt's standard Yes/No/Cancel, which read ambiguously in Vietnamese ("Hủy")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: Sequence[tuple[str, Role]],
    default: int,
    escape: int,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> int:
    """Ask, with one button per option; the index of the option chosen (Esc or closing
    the box counts as the escape option)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(label, role) for label, role in options]
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, b in enumerate(buttons) if b is clicked), escape)


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> None:
    """Tell something that may be long: text kept short enough for a 768-pixel screen,
    the whole list under "Xem chi tiết..." (details, when any)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()
