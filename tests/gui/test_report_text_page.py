"""The tab "Nội dung báo cáo" (issue 20, item 1): a clerk types the written parts of the
unit's report, in Vietnamese, saves them with Ctrl+S or by moving on; a locked year is
read only; a search hit on a part opens its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ct05_desktop.domain.sources import FORM
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.locks import lock_year
from ct05_desktop.workflows.report_texts import save_text, unit_texts

from .conftest import press, type_text


def open_texts(window: MainWindow, unit: str) -> None:
    assert window.org_panel.select(unit)
    window.tabs.setCurrentWidget(window.texts)


def test_a_part_typed_in_vietnamese_is_saved_with_ctrl_s(
    vietnamese: None, window: MainWindow
) -> None:
    open_texts(window, "SL.ML")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Nội dung báo cáo"
    editor = window.texts.editors["han_che"]
    editor.setFocus()
    QApplication.processEvents()
    type_text(window, "Việc đăng ký làm theo ở một số chi bộ còn hình thức.")
    assert window.texts.dirty and window.texts.status.text() == "Chưa lưu."
    window.save_action.trigger()
    assert unit_texts(window.session, "SL.ML", 2019) == {
        "han_che": "Việc đăng ký làm theo ở một số chi bộ còn hình thức."
    }
    assert window.texts.status.text() == "Đã lưu." and not window.texts.save_button.isEnabled()


def test_moving_to_another_unit_saves_what_was_typed(window: MainWindow) -> None:
    open_texts(window, "SL.ML")
    window.texts.editors["phuong_huong"].setPlainText(
        "Tiếp tục  đẩy mạnh\thọc tập.\r\n\r\n\r\nÝ hai"
    )
    assert window.org_panel.select("SL.TC")
    assert unit_texts(window.session, "SL.ML", 2019) == {
        "phuong_huong": "Tiếp tục đẩy mạnh học tập.\n\nÝ hai"
    }
    assert window.texts.org == "SL.TC" and window.texts.editors["phuong_huong"].toPlainText() == ""
    assert window.org_panel.select("SL.ML")
    assert (
        window.texts.editors["phuong_huong"].toPlainText() == "Tiếp tục đẩy mạnh học tập.\n\nÝ hai"
    )


def test_a_locked_years_text_is_read_only(vietnamese: None, window: MainWindow) -> None:
    save_text(window.session, "SL.ML", 2018, "lanh_dao", "Văn bản năm 2018.", FORM)
    lock_year(window.session, 2018, FORM)
    window.year_box.setValue(2018)
    open_texts(window, "SL.ML")
    editor = window.texts.editors["lanh_dao"]
    assert editor.isReadOnly() and editor.toPlainText() == "Văn bản năm 2018."
    assert "đã chốt" in window.texts.status.text()
    editor.setFocus()
    press(window, Qt.Key.Key_X)
    assert not window.texts.dirty


def test_a_search_hit_on_a_part_opens_its_editor(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ct05_desktop.gui.review_dialogs import RegisterSearchDialog

    save_text(window.session, "SL.TC", 2019, "bai_hoc", "Phải gắn đăng ký với kiểm tra.", FORM)
    window.year_box.setValue(2018)
    dialog = RegisterSearchDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.search("gan dang ky voi kiem tra")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.open_row(dialog.model.index(0, 0))
    assert (window.year, window.org) == (2019, "SL.TC")
    assert window.tabs.currentWidget() is window.texts
    assert window.texts.editors["bai_hoc"].hasFocus() or window.texts.editors["bai_hoc"] is (
        QApplication.focusWidget()
    )


def test_the_units_texts_beside_the_offices_and_a_passage_taken_in(
    vietnamese: None, window: MainWindow
) -> None:
    """Mai Sơn's office reads what its communes wrote for III, side by side with its own,
    and takes a sentence of one, the commune named; a unit with none under it has no
    such panel."""
    session = window.session
    save_text(session, "SL.MS.CM", 2019, "han_che", "Một số chi bộ còn chậm.\nÝ thứ hai.", FORM)
    save_text(session, "SL.MS.CN", 2019, "han_che", "Việc sơ kết chưa kịp thời.", FORM)
    save_text(session, "SL.MS.CN", 2019, "lanh_dao", "Đảng ủy ban hành kế hoạch.", FORM)
    open_texts(window, "SL.MS")
    panel = window.texts.units
    assert not panel.isHidden()
    editor = window.texts.editors["han_che"]
    editor.setPlainText("Nhận thức của một số nơi chưa đầy đủ.")
    editor.setFocus()
    QApplication.processEvents()
    assert panel.current_part() == "han_che"
    names = [panel.units.item(n).text().split(" (")[0] for n in range(panel.units.count())]
    assert names == ["Đảng bộ xã Chiềng Mung", "Đảng bộ xã Cò Nòi"]
    assert panel.text.toPlainText() == "Một số chi bộ còn chậm.\nÝ thứ hai."
    cursor = panel.text.textCursor()  # the clerk selects the first sentence only
    cursor.setPosition(0)
    cursor.setPosition(len("Một số chi bộ còn chậm."), cursor.MoveMode.KeepAnchor)
    panel.text.setTextCursor(cursor)
    panel.insert_button.click()
    assert editor.toPlainText() == (
        "Nhận thức của một số nơi chưa đầy đủ.\n- Đảng bộ xã Chiềng Mung: Một số chi bộ còn chậm."
    )
    panel.units.setCurrentRow(1)  # all of Cò Nòi's text
    panel.insert_button.click()
    assert editor.toPlainText().endswith("\n- Đảng bộ xã Cò Nòi: Việc sơ kết chưa kịp thời.")
    assert window.texts.dirty
    panel.part.setCurrentIndex(panel.part.findData("lanh_dao"))
    assert panel.units.count() == 1 and panel.empty.isHidden()
    panel.part.setCurrentIndex(panel.part.findData("bai_hoc"))
    assert panel.units.count() == 0 and not panel.empty.isHidden()
    assert not panel.insert_button.isEnabled()
    window.texts.discard()
    open_texts(window, "SL.ML")  # no unit under it
    assert panel.isHidden()
