"""Typing figures in the window, as a clerk does, then finding them in the database."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ct05_desktop.gui import ask
from ct05_desktop.gui.form_model import COL_CHECK, COL_COMMENT, COL_VALUE
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session

from .conftest import focused, press, type_text


def go_to(win: MainWindow, org: str, indicator: str, column: int = COL_VALUE) -> None:
    assert win.org_panel.select(org)
    model = win.form.model
    win.form.view.setFocus()
    win.form.view.setCurrentIndex(model.index(model.row_of(indicator), column))


def stored(path: Path, org: str, year: int) -> dict[str, int]:
    with Session(path) as s:
        return s.repo.unit_values(org, year)


def test_type_with_enter_and_tab_then_save_and_reopen(
    qtbot,
    window: MainWindow,
    db_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    go_to(window, "SL.BY", "reception_sessions")
    type_text(window, "1.234")
    press(window, Qt.Key.Key_Return)  # commits and moves down
    type_text(window, "11409")
    press(window, Qt.Key.Key_Tab)  # also commits and moves on
    type_text(window, "7")
    press(window, Qt.Key.Key_Return)
    model = window.form.model
    assert model.pending == {
        "reception_sessions": "1.234",
        "reception_citizens": "11409",
        "reception_cases": "7",
    }
    current = window.form.view.currentIndex()
    assert model.rows[current.row()].indicator.code == "dialogues_district"  # type: ignore[union-attr]
    assert window.form.save_button.isEnabled()
    qtbot.keyClick(focused(window), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not model.dirty
    assert stored(db_path, "SL.BY", 2019) == {
        "reception_sessions": 1234,
        "reception_citizens": 11409,
        "reception_cases": 7,
    }
    # shown the Vietnamese way after saving
    assert model.index(model.row_of("reception_citizens"), COL_VALUE).data() == "11.409"


def test_bad_input_shows_its_error_and_writes_nothing(window: MainWindow, db_path: Path) -> None:
    go_to(window, "SL.BY", "members_total")
    type_text(window, "100")
    press(window, Qt.Key.Key_Return)
    type_text(window, "120")  # members_registered above members_total
    press(window, Qt.Key.Key_Return)
    go_to(window, "SL.BY", "reception_cases")
    type_text(window, "mười")
    press(window, Qt.Key.Key_Return)
    model = window.form.model
    check = model.index(model.row_of("reception_cases"), COL_CHECK).data()
    assert check == "✖ 'mười' không hợp lệ: chỉ được nhập số nguyên từ 0 trở lên"
    part = model.index(model.row_of("members_registered"), COL_CHECK).data()
    assert "lớn hơn Tổng số đảng viên (100)" in part
    result = window.form.save()
    assert not result.ok
    assert stored(db_path, "SL.BY", 2019) == {}
    assert "chỉ được nhập số nguyên" in window.form.status.text()
    assert "Huyện ủy Bắc Yên, năm 2019" in window.form.status.text()
    # fix both; then everything saves
    go_to(window, "SL.BY", "reception_cases")
    press(window, Qt.Key.Key_Delete)
    go_to(window, "SL.BY", "members_registered")
    type_text(window, "95")
    press(window, Qt.Key.Key_Return)
    assert model.errors == {}
    assert window.form.save().ok
    assert stored(db_path, "SL.BY", 2019) == {"members_total": 100, "members_registered": 95}


def test_vietnamese_comment_and_save_on_leaving_the_unit(window: MainWindow, db_path: Path) -> None:
    go_to(window, "SL.PY", "study_sessions", COL_COMMENT)
    type_text(window, "Đã tổ chức ở 26 xã, thị trấn")
    press(window, Qt.Key.Key_Return)
    go_to(window, "SL.PY", "study_sessions")
    type_text(window, "26")
    press(window, Qt.Key.Key_Tab)
    assert window.org_panel.select("SL.YC")  # leaving the unit saves it
    with Session(db_path) as s:
        assert s.repo.comments("SL.PY", 2019) == {"study_sessions": "Đã tổ chức ở 26 xã, thị trấn"}
        assert s.repo.unit_values("SL.PY", 2019) == {"study_sessions": 26}
    assert window.org_panel.model.status("SL.PY") == "in_progress"


def test_leaving_with_errors_asks_and_can_stay(window: MainWindow, answer: list[str]) -> None:
    go_to(window, "SL.PY", "study_sessions")
    type_text(window, "x")
    press(window, Qt.Key.Key_Return)
    # the patched question answers as Esc would: the clerk stays
    assert window.org_panel.select("SL.YC")
    assert answer == ["Số liệu chưa được lưu"] or answer == ["Figures not saved"]
    assert window.org == "SL.PY"
    assert window.form.model.pending == {"study_sessions": "x"}


def test_closing_with_unsaved_changes_asks_and_saves(
    qtbot,
    demo: Session,
    db_path: Path,
    answer: list[str],  # type: ignore[no-untyped-def]
) -> None:
    import pytest

    win = MainWindow(demo, "vi", 2019)
    qtbot.addWidget(win)
    win.show()
    go_to(win, "SL.SM", "exemplars_collective")
    type_text(win, "3")
    mp = pytest.MonkeyPatch()
    offered: list[list[str]] = []

    def choose(_parent, _title, _text, options, default, escape, **_kw):  # type: ignore[no-untyped-def]
        offered.append([label for label, _role in options])
        assert (default, escape) == (0, 2)  # Enter saves, Esc stays
        answer.append("close")
        return 0  # save and close

    mp.setattr(ask, "choose", choose)
    try:
        win.close()  # the cell is still being edited: its text is taken in too
    finally:
        mp.undo()
    assert "close" in answer
    assert offered == [["Save and close", "Close without saving", "Stay in the program"]] or (
        offered == [["Lưu rồi đóng", "Đóng, không lưu", "Ở lại chương trình"]]
    )
    assert stored(db_path, "SL.SM", 2019) == {"exemplars_collective": 3}


def test_paste_a_column_from_excel(window: MainWindow, db_path: Path) -> None:
    go_to(window, "SL.SC", "reception_sessions")
    QGuiApplication.clipboard().setText("376\r\n557\r\n475\r\n")
    press(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.form.save().ok
    assert stored(db_path, "SL.SC", 2019) == {
        "reception_sessions": 376,
        "reception_citizens": 557,
        "reception_cases": 475,
    }


def test_parent_shows_children_sum_and_warnings(window: MainWindow) -> None:
    assert window.org_panel.select("SL.MC")
    model = window.form.model
    row = model.row_of("dialogues_total")
    assert model.index(row, COL_VALUE).data() == "85"
    assert "32 + 58 = 90" in model.index(row, COL_CHECK).data()
    assert window.org_panel.select("SL")
    assert not window.form.view.isColumnHidden(3)
    row = model.row_of("dialogues_grassroots")
    assert model.index(row, COL_VALUE).data() == ""
    assert model.index(row, 3).data() == "128"  # Mai Sơn's communes: 4 + 3 + 5
    row = model.row_of("breakthrough_models")
    assert model.index(row, 2).data() == "560"  # last year
    assert "chỉ bằng 10,5% năm 2018 (560)" in model.index(row, COL_CHECK).data()


def test_approved_unit_is_read_only(window: MainWindow, answer: list[str]) -> None:
    assert window.org_panel.select("SL.TC")
    window.status_box.setCurrentIndex(2)
    window.status_box.activated.emit(2)
    assert answer == ["Duyệt số liệu"] or answer == ["Approve"]
    assert window.form.model.read_only_reason
    assert "đã được duyệt" in window.read_only_banner.text()
    index = window.form.model.index(window.form.model.row_of("reception_cases"), COL_VALUE)
    assert not window.form.model.setData(index, "1")
    assert not window.register_pages[0].add_button.isEnabled()
    # the reason is said over every tab, and on the buttons it greys out
    window.tabs.setCurrentWidget(window.register_pages[0])
    assert window.read_only_banner.isVisible()
    assert "đã được duyệt" in window.register_pages[0].add_button.toolTip()
    assert window.org_panel.model.status("SL.TC") == "approved"
    assert window.org_panel.select("SL.YC")  # an open unit: no banner, buttons say what they do
    assert not window.read_only_banner.isVisible()
    assert window.register_pages[0].add_button.isEnabled()
    assert "đã được duyệt" not in window.register_pages[0].add_button.toolTip()


def test_year_switch_shows_the_tree_of_that_year(window: MainWindow) -> None:
    window.year_box.setValue(2018)
    assert window.form.model.year == 2018
    assert window.org_panel.model.status("SL.TC") == "empty"
    assert window.org == "SL"
