"""Cài đặt → Thang đánh giá kết quả… (issue 24): a level renamed and one added by typing,
saved after the dialog says what changes; the commitments tab names them at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ct05_desktop.gui import ask
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.scale_dialog import NAME, WELL, ScaleDialog
from ct05_desktop.workflows.result_scale import result_levels
from ct05_desktop.workflows.session import Session

from .conftest import type_text


def test_levels_renamed_and_added_in_the_dialog(
    window: MainWindow,
    demo: Session,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    asked: list[str] = []

    def choose(_parent, _title, text, options, default, escape, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return 0  # the first option: change the scale

    monkeypatch.setattr(ask, "choose", choose)
    told: list[str] = []
    monkeypatch.setattr(ask, "tell", lambda _p, _t, text, *a, **k: told.append(text))
    dialog = ScaleDialog(demo, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 4
    dialog.table.item(1, NAME).setText("Hoàn thành tốt nhiệm vụ")
    dialog.table.setCurrentCell(2, NAME)
    dialog.add_level()  # under 'Hoàn thành', its name typed
    type_text(dialog.table, "Hoàn thành một phần")
    dialog.table.commitData(dialog.table.focusWidget())
    dialog.table.closePersistentEditor(dialog.table.item(3, NAME))
    assert dialog.table.item(3, NAME).text() == "Hoàn thành một phần"
    assert dialog.save()
    assert "Đổi tên mức 'Hoàn thành tốt' thành 'Hoàn thành tốt nhiệm vụ'" in asked[0]
    assert "Thêm mức 'Hoàn thành một phần'" in asked[0]
    levels = result_levels(demo)
    assert [x.label_vi for x in levels] == [
        "Hoàn thành xuất sắc",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành",
        "Hoàn thành một phần",
        "Không hoàn thành",
    ]
    assert levels[3].code == "hoan_thanh_mot_phan" and not levels[3].well
    # a level ticked below one that is not: refused in words, nothing stored
    dialog.table.item(4, WELL).setCheckState(Qt.CheckState.Checked)
    assert not dialog.save()
    assert "phải đứng trên cùng" in told[-1]
    assert len(result_levels(demo)) == 5
    # the commitments tab: the Chiềng Mung row rated 'good' is named anew
    window.announce(demo.take_changes())
    assert window.org_panel.select("SL.MS.CM")
    page = window.register_pages[4]
    result = next(n for n, f in enumerate(page.spec.fields) if f.name == "result")
    shown = {page.model.index(r, result).data() for r in range(page.model.rowCount())}
    assert "Hoàn thành tốt nhiệm vụ" in shown and "Hoàn thành tốt" not in shown
