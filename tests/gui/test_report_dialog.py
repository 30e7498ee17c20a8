"""The report dialog and the settings it uses, driven as a clerk would."""

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog

from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.gui.settings_dialog import SettingsDialog
from ct05_desktop.workflows.session import Session

from .conftest import type_text


def test_make_a_range_report_for_a_district(qtbot, demo: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(demo, "SL.TC", 2019)
    qtbot.addWidget(dialog)
    dialog.many_years.setChecked(True)
    dialog.first.setValue(2017)
    assert dialog.destination.text().endswith("BaoCao_CT05_SL_TC_2017-2019.xlsx")
    dialog.destination.setText(str(tmp_path / "tc.xlsx"))
    assert dialog.build()
    assert dialog.progress.value() == 100
    assert dialog.open_file.isEnabled() and dialog.open_folder.isEnabled()
    wb = openpyxl.load_workbook(tmp_path / "tc.xlsx")
    assert wb["Tóm tắt"]["A9"].value == "(Huyện ủy Thuận Châu)"
    assert "2017–2019" in wb["Tóm tắt"]["A7"].value


def test_a_range_backwards_and_an_unwritable_file_are_told(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = ReportDialog(demo, None, 2019)
    qtbot.addWidget(dialog)
    dialog.many_years.setChecked(True)
    dialog.first.setValue(2019)
    dialog.last.setValue(2018)
    assert not dialog.build()
    assert "sau năm kết thúc" in dialog.message.text() or "after the last" in dialog.message.text()
    dialog.one_year.setChecked(True)
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    dialog.destination.setText(str(blocked))  # a folder, not a file
    assert not dialog.build()
    assert str(blocked) in dialog.message.text()


def test_header_settings_are_stored_and_used(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = SettingsDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.fields["report.signer_name"]
    name.setFocus()
    type_text(dialog, "Nguyễn Đình Việt")
    dialog.fields["report.issuer"].setText("=HUYỆN ỦY")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo.repo.setting("report.signer_name") == "Nguyễn Đình Việt"
    report = ReportDialog(demo, "SL", 2019)
    qtbot.addWidget(report)
    report.destination.setText(str(tmp_path / "r.xlsx"))
    assert report.build()
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Tóm tắt"]
    assert ws["A2"].value == "=HUYỆN ỦY" and ws["A2"].data_type == "s"
    texts = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "Nguyễn Đình Việt" in texts


def test_report_menu_opens_the_dialog(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ReportDialog, "exec", lambda self: 0)
    dialog = window.open_report_dialog()
    assert dialog is not None
    assert dialog.unit.currentData() == window.org
    assert window.report_action.shortcut().toString() == "Ctrl+R"
