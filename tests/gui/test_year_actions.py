"""The Year menu: locking makes the form read only; unlocking gives it back."""

import pytest

from ct05_desktop.domain.tree_changes import MERGE, NEW, RENAME
from ct05_desktop.gui.form_model import COL_VALUE
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.workflows.session import Session

from .conftest import add_town, checked, rename_in_locked_2019, save_change, tree_change


@pytest.fixture
def demo(demo_2019: Session) -> Session:
    """The tree changes here are made from years in which every district goes on."""
    return demo_2019


def test_lock_and_unlock_the_year_from_the_window(window: MainWindow, answer: list[str]) -> None:
    assert window.org_panel.select("SL.ML")
    assert window.years.lock()
    assert 2019 in window.session.repo.locked_years()
    model = window.form.model
    assert "đã chốt" in model.read_only_reason
    assert not model.setData(model.index(model.row_of("members_total"), COL_VALUE), "1")
    assert not window.register_pages[0].add_button.isEnabled()
    window.years._update()
    assert not window.years.lock_action.isEnabled() and window.years.unlock_action.isEnabled()
    assert window.years.unlock()
    assert model.read_only_reason == ""
    assert len(answer) == 2


def test_carry_forward_from_the_window(window: MainWindow, answer: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    window.year_box.setValue(2020)
    with qtbot.waitSignal(window.years.carried, timeout=30000) as carried:
        window.years.carry()
    assert carried.args == [2]  # Mường La's fish farming, Chiềng Mung's coffee
    assert window.org_panel.select("SL.ML")
    assert window.register_pages[0].model.rowCount() == 1


def test_rename_from_a_year_in_the_window(window: MainWindow, answer: list[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.org_panel.select("SL.TP")
    dialog = tree_change(qtbot, window, RENAME, ["SL.TP"], 2026, name="Đảng ủy phường Chiềng Lề")
    assert dialog.preview.toPlainText().splitlines()[:2] == [
        "Các năm 2016–2025: không đổi",
        "Năm 2026:",
    ]
    assert save_change(qtbot, dialog)
    assert answer[-1] == "Organisation changed"
    model = window.org_panel.model
    assert model.index_of("SL.TP").data() == "Thành ủy Sơn La"  # 2019 is shown
    window.year_box.setValue(2026)
    assert model.index_of("SL.TP").data() == "Đảng ủy phường Chiềng Lề"
    assert window.path_label.text().endswith("Đảng ủy phường Chiềng Lề")


def test_new_unit_then_merge_it_from_the_window(
    window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert add_town(qtbot, window)
    assert window.org_panel.model.index_of("SL.MC.TT").isValid()
    again = tree_change(qtbot, window, NEW, ["SL.MC"], 2019, new_code="SL.MC.TT", new_name="X")
    assert "đã có" in again.error.text() and not again.save_button.isEnabled()
    again.reject()
    window.year_box.setValue(2020)
    assert window.org_panel.select("SL.MC.TT")
    end = tree_change(qtbot, window, MERGE, ["SL.MC.TT"], 2021)
    # only units of its level alive in 2021 are offered: no district, no cell
    offered = [end.target.itemData(n) for n in range(end.target.count())]
    assert "SL.MC" not in offered and "SL.MS.CM" in offered and "SL.MS.CM.NS" not in offered
    end.target.setCurrentIndex(end.target.findData("SL.MS.CM"))
    checked(qtbot, end)
    assert save_change(qtbot, end)
    tree = window.session.tree()
    assert tree["SL.MC.TT"].valid_to == 2020 and tree["SL.MC.TT"].successor_code == "SL.MS.CM"
    window.year_box.setValue(2021)
    assert not window.org_panel.model.index_of("SL.MC.TT").isValid()


def test_a_rename_in_a_locked_year_is_refused_like_any_write(
    window: MainWindow, answer: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ct05_desktop.workflows.reading import locked_years

    dialog = rename_in_locked_2019(qtbot, window, "Đảng ủy phường Chiềng Lề")
    assert not save_change(qtbot, dialog)
    assert 2019 in locked_years(window.session)
    assert "đã chốt" in dialog.error.text()
    assert window.session.tree()["SL.TP"].name == "Thành ủy Sơn La"
