"""A register tab as a clerk meets it: what an empty table says, when Delete can be
pressed, and the add-row form (its title, blank choices, long texts, width)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit

from ct05_desktop.domain.registers import AWARDS, EXEMPLARS
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.register_form import AddRowDialog
from ct05_desktop.workflows.session import Session

from .conftest import press, type_text

BREAKTHROUGH, EXEMPLAR_TAB, AWARD_TAB, DIALOGUES = range(4)


def test_an_empty_register_says_whose_it_is_and_how_to_fill_it(
    vietnamese: None, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.org_panel.select("SL.BY")
    page = window.register_pages[DIALOGUES]
    window.tabs.setCurrentWidget(page)
    label = page.view.empty_label
    assert page.model.rowCount() == 0
    assert not label.isHidden()
    unit = window.session.tree().name_in("SL.BY", 2019)
    assert label.text() == (
        f"Chưa có dòng nào trong sổ Hội nghị đối thoại của {unit} năm 2019. "
        "Bấm “Thêm dòng…” hoặc dán các dòng sao chép từ Excel (Ctrl+V)."
    )
    # it lets clicks through to the table and sits inside its blank area
    assert label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert label.parent() is page.view.viewport()
    assert page.view.viewport().rect().contains(label.geometry().center())
    # a pasted row: the words go
    QGuiApplication.clipboard().setText("12/03/2019\tCấp huyện\tChiềng Mung\t120\n")
    assert page.paste_rows() == 1
    assert label.isHidden()
    # a unit with rows never shows them
    assert window.org_panel.select("SL.TC")
    assert page.model.rowCount() > 0 and label.isHidden()


def test_an_empty_register_of_a_locked_year_only_says_there_are_no_rows(
    vietnamese: None, window: MainWindow, answer: list[str]
) -> None:
    window.year_box.setValue(2019)
    assert window.years.lock()
    assert window.org_panel.select("SL.BY")
    page = window.register_pages[BREAKTHROUGH]
    assert page.model.read_only and page.model.rowCount() == 0
    label = page.view.empty_label
    assert not label.isHidden()
    assert label.text().startswith("Không có dòng nào trong sổ Mô hình, nội dung đột phá của ")
    assert label.text().endswith(" năm 2019.")
    assert "Thêm dòng" not in label.text() and "Ctrl+V" not in label.text()


def test_delete_is_enabled_only_with_rows_selected(
    vietnamese: None, window: MainWindow, answer: list[str]
) -> None:
    assert window.org_panel.select("SL.TC")
    page = window.register_pages[DIALOGUES]
    assert page.model.rowCount() > 0
    assert not page.delete_button.isEnabled()  # rows, none selected
    page.view.selectRow(0)
    assert page.delete_button.isEnabled()
    page.view.clearSelection()
    assert not page.delete_button.isEnabled()
    page.view.selectRow(1)
    assert page.delete_rows()  # the deletion leaves nothing selected
    assert not page.delete_button.isEnabled()
    assert window.org_panel.select("SL.BY")  # no rows at all
    assert not window.register_pages[BREAKTHROUGH].delete_button.isEnabled()
    # a locked year: greyed even with a selection, and says why
    assert window.org_panel.select("SL.TC")
    window.year_box.setValue(2019)
    assert window.years.lock()
    page.view.selectRow(0)
    assert page.view.selectionModel().hasSelection()
    assert not page.delete_button.isEnabled()
    assert page.delete_button.toolTip().startswith("Chỉ xem: ")


def test_the_add_row_form_names_unit_and_year_and_starts_choices_blank(
    vietnamese: None, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.org_panel.select("SL.BY")
    unit = window.session.tree().name_in("SL.BY", 2019)
    seen: list[str] = []

    def fill(dialog: AddRowDialog) -> int:
        assert dialog.windowTitle() == f"Thêm dòng: Quyết định khen thưởng — {unit}, 2019"
        assert dialog.minimumWidth() >= 520
        authority = dialog.inputs["authority"]
        assert isinstance(authority, QComboBox)
        assert authority.currentText() == "" and authority.currentData() is None
        if not seen:  # the required authority left blank: refused, in the form
            number = dialog.inputs["number"]
            assert isinstance(number, QLineEdit)
            number.setText("12-QĐ/HU")
            seen.append("blank")
            return QDialog.DialogCode.Accepted
        seen.append(dialog.error.text())
        authority.setCurrentIndex(authority.findData("district"))
        recipients = dialog.inputs["recipients"]
        assert isinstance(recipients, QPlainTextEdit)
        recipients.setFocus()
        type_text(dialog, "Chi bộ bản Tà Xùa")
        press(dialog, Qt.Key.Key_Return)  # a new line in a long text, not OK
        type_text(dialog, "Ông Lò Văn Hặc")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddRowDialog, "exec", fill)
    assert window.register_pages[AWARD_TAB].add_row()
    assert "Cấp khen" in seen[1]
    with Session(db_path) as s:
        saved = s.registers.rows("award_decisions", "SL.BY", 2019)
    assert [(r["number"], r["authority"], r["recipients"]) for r in saved] == [
        ("12-QĐ/HU", "district", "Chi bộ bản Tà Xùa\nÔng Lò Văn Hặc")
    ]


def test_the_add_row_form_long_texts_tab_and_ctrl_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AddRowDialog(EXEMPLARS, "vi", "Huyện ủy Mường La", 2019)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.width() >= 520
    name, deeds = dialog.inputs["name"], dialog.inputs["deeds"]
    assert isinstance(name, QLineEdit) and isinstance(deeds, QPlainTextEdit)
    assert deeds.height() >= 3 * deeds.fontMetrics().lineSpacing()
    assert deeds.width() > 300  # the field takes the form's width
    # the long text is multi-line; Tab leaves it for the next field, Ctrl+Enter accepts
    assert deeds.tabChangesFocus()
    deeds.setFocus()
    qtbot.keyClick(deeds, Qt.Key.Key_Tab)
    assert not deeds.hasFocus() and deeds.toPlainText() == ""
    deeds.setFocus()
    deeds.setPlainText("Hiến 500 m² đất\nlàm đường bản")
    assert dialog.values() == {
        "name": "",
        "kind": None,
        "deeds": "Hiến 500 m² đất\nlàm đường bản",
    }
    qtbot.keyClick(deeds, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert deeds.toPlainText() == "Hiến 500 m² đất\nlàm đường bản"


def test_every_choice_of_the_form_starts_blank_even_a_required_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AddRowDialog(AWARDS, "en", "Sơn La", 2020)
    qtbot.addWidget(dialog)
    authority = dialog.inputs["authority"]
    assert isinstance(authority, QComboBox)
    assert authority.itemText(0) == "" and authority.count() == 1 + len(
        AWARDS.field("authority").choices
    )
    assert dialog.windowTitle().endswith("Sơn La, 2020")
