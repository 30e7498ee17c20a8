"""Issue 19 in the window: Mai Sơn's 2025 reform done by a clerk, in the tree and the
Organisation menu; what changes shown before it is saved; the tree kept open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from ct05_desktop.domain.tree_changes import MOVE, RENAME
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.org_tree import OrgPanel
from ct05_desktop.workflows.session import Session

from .conftest import checked, save_change, tree_change


@pytest.fixture
def demo(demo_2019: Session) -> Session:
    """Before the reform: the clerk makes it."""
    return demo_2019


def choose(panel: OrgPanel, *codes: str) -> None:
    """Units chosen in a tree as with Ctrl+click."""
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for code in codes:
        index = panel.proxy.mapFromSource(panel.model.index_of(code))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, flags)


def test_mai_sons_reform_in_the_window(
    vietnamese: None, window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.year_box.setValue(2025)
    # Chiềng Mung under the province, from the tree's right-click menu
    assert window.org_panel.select("SL.MS.CM")
    move = tree_change(qtbot, window, MOVE, ["SL.MS.CM"], 2025, target="SL")
    assert move.preview.toPlainText().splitlines() == [
        "Các năm 2016–2024: không đổi",
        "Năm 2025:",
        "- Tỉnh ủy Sơn La: 17 → 18 đơn vị trực thuộc; thêm Đảng bộ xã Chiềng Mung",
        "- Huyện ủy Mai Sơn: 3 → 2 đơn vị trực thuộc; không còn Đảng bộ xã Chiềng Mung",
        "- Đảng bộ xã Chiềng Mung: chuyển từ Huyện ủy Mai Sơn về Tỉnh ủy Sơn La",
    ]
    assert save_change(qtbot, move)
    assert answer[-1] == "Đã thay đổi tổ chức"
    said = window.statusBar().currentMessage()
    assert said.startswith("Đảng bộ xã Chiềng Mung trực thuộc Tỉnh ủy Sơn La từ năm 2025")
    # Hát Lót and Cò Nòi merged into a new xã Mai Sơn, Mai Sơn dissolved: one plan
    choose(window.org_panel, "SL.MS.CN", "SL.MS.HL")  # chosen in the window's tree
    plan = window.units.open_reorganise()
    assert plan is not None
    qtbot.addWidget(plan)
    assert plan.chosen() == ["SL.MS.CN", "SL.MS.HL"]  # chosen in the dialog's too
    choose(plan.units, "SL.MS.CN", "SL.MS.HL")  # in the dialog's own tree of 2025
    assert plan.chosen_label.text().startswith("Đơn vị đã chọn trên cây (2):")
    plan.merge_to.setCurrentIndex(0)  # a new unit
    plan.new_code.setText("SL.XMS")
    plan.new_name.setText("Đảng bộ xã Mai Sơn")
    assert plan.new_under.currentData() == "SL.MS"  # where they stand, until told
    plan.new_under.setCurrentIndex(plan.new_under.findData("SL"))
    plan.add_merge()
    choose(plan.units, "SL.MS")
    plan.add_dissolve()
    assert plan.table.rowCount() == 4
    checked(qtbot, plan)
    lines = plan.preview.toPlainText().splitlines()
    assert lines[:2] == ["Các năm 2016–2024: không đổi", "Năm 2025:"]
    assert "- Đảng bộ xã Mai Sơn (mới), trực thuộc Tỉnh ủy Sơn La" in lines
    assert "- Đảng bộ thị trấn Hát Lót: hợp nhất thành Đảng bộ xã Mai Sơn" in lines
    assert "- Huyện ủy Mai Sơn: giải thể" in lines
    assert plan.save_button.isEnabled() and not plan.error.isVisible()
    plan.save()
    checked(qtbot, plan)
    assert plan.result() == QDialog.DialogCode.Accepted
    tree = window.session.tree()
    assert [o.name for o in tree.children("SL.MS", 2019)] == [
        "Đảng bộ xã Chiềng Mung",
        "Đảng bộ xã Cò Nòi",
        "Đảng bộ thị trấn Hát Lót",
    ]
    assert "SL.MS" not in {o.code for o in tree.walk(2025)}
    assert {"SL.MS.CM", "SL.XMS"} <= {o.code for o in tree.children("SL", 2025)}
    model = window.org_panel.model
    assert model.index_of("SL.XMS").isValid() and not model.index_of("SL.MS").isValid()


def test_a_refused_plan_names_its_row_and_saves_nothing(
    vietnamese: None, window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    plan = window.units.open_reorganise()
    assert plan is not None
    qtbot.addWidget(plan)
    plan.year.setValue(2025)
    choose(plan.units, "SL.MS")
    plan.add_dissolve()
    checked(qtbot, plan)
    assert not plan.save_button.isEnabled()
    assert plan.error.text().startswith("Dòng 1: Huyện ủy Mai Sơn (SL.MS) giải thể từ năm 2025")
    assert (
        "Đảng bộ xã Chiềng Mung, Đảng bộ xã Cò Nòi, Đảng bộ thị trấn Hát Lót" in plan.error.text()
    )
    plan.table.selectRow(0)
    plan.remove_rows()
    checked(qtbot, plan)
    assert plan.table.rowCount() == 0 and not plan.error.isVisible()
    assert window.session.tree()["SL.MS"].valid_to is None


def test_the_tree_keeps_its_branches_open_across_years_and_changes(
    vietnamese: None, window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    panel = window.org_panel
    assert panel.select("SL.MS.CM")
    panel.view.expand(panel.proxy.mapFromSource(panel.model.index_of("SL.MS.CM")))
    opened = set(panel.opened())
    assert {"SL", "SL.MS", "SL.MS.CM"} <= opened
    window.year_box.setValue(2018)
    assert set(panel.opened()) == opened and panel.current_code() == "SL.MS.CM"
    rename = tree_change(qtbot, window, RENAME, ["SL.MS.CN"], 2018, name="Đảng bộ xã Cò Nòi mới")
    assert save_change(qtbot, rename)
    assert set(panel.opened()) == opened and panel.current_code() == "SL.MS.CM"


def test_a_duplicate_name_under_one_parent_is_warned(
    vietnamese: None, window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = tree_change(qtbot, window, RENAME, ["SL.MS.CN"], 2019, name="Đảng bộ xã Chiềng Mung")
    assert dialog.save_button.isEnabled()  # saved all the same: names may really repeat
    assert (
        "Cảnh báo: Năm 2019 có 2 đơn vị cùng tên “Đảng bộ xã Chiềng Mung” trực thuộc Huyện ủy "
        "Mai Sơn (mã SL.MS.CM, SL.MS.CN): hãy đặt tên để phân biệt"
    ) in dialog.preview.toPlainText()
    assert save_change(qtbot, dialog)
    assert "Cảnh báo: Năm 2019 có 2 đơn vị cùng tên" in answer_text(window)


def answer_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage() + "\n" + window.units.last_told


def test_the_right_click_menu_offers_the_changes(vietnamese: None, window: MainWindow) -> None:
    choose(window.org_panel, "SL.MS.CN", "SL.MS.HL")
    window.units._update()
    actions = window.units.actions_
    assert not actions[RENAME].isEnabled() and actions[MOVE].isEnabled()  # one name, two units
    texts = [a.text() for a in actions.values()]
    assert "&Chuyển sang đơn vị cấp trên khác từ một năm…" in texts
