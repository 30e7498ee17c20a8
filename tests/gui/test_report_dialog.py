"""The report dialog and the header settings it uses, driven as a clerk would."""

from pathlib import Path

import docx
import openpyxl
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.gui.settings_dialog import SettingsDialog
from ct05_desktop.workflows.session import Session

from .conftest import type_text


def test_make_both_files_of_a_range_report_for_a_district(
    qtbot, demo: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(demo, "SL.TC", 2019)
    qtbot.addWidget(dialog)
    dialog.many_years.setChecked(True)
    dialog.first.setValue(2017)
    assert dialog.word.isChecked() and dialog.excel.isChecked()
    assert dialog.names.text().splitlines() == [
        "BaoCao_CT05_Huyen_Uy_Thuan_Chau_2017-2019.docx",
        "PhuLuc_CT05_Huyen_Uy_Thuan_Chau_2017-2019.xlsx",
    ]
    assert "HUYỆN ỦY THUẬN CHÂU" in dialog.header_text.text()
    dialog.destination.setText(str(tmp_path))
    dialog.date.setDate(QDate(2020, 1, 5))
    dialog.number.setText("12")
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(dialog.finished_building, timeout=30000) as done:
        assert dialog.build()  # off the GUI thread
        assert not dialog.build_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert done.args == [True]
    assert dialog.progress.value() == 100 and steps == sorted(steps) and len(steps) > 3
    assert dialog.open_file.isEnabled() and dialog.open_folder.isEnabled()
    assert [p.name for p in dialog.result_paths] == dialog.names.text().splitlines()
    # the progress bar and a two-line message grew the dialog: the header is still whole
    header, folder = dialog.header_text, dialog.destination
    qtbot.waitUntil(lambda: header.height() >= header.sizeHint().height(), timeout=2000)
    bottom = header.mapTo(dialog, header.rect().bottomLeft()).y()
    assert bottom < folder.mapTo(dialog, folder.rect().topLeft()).y()
    word = docx.Document(str(dialog.result_paths[0]))
    cells = [p.text for t in word.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    assert "Thuận Châu, ngày 05 tháng 01 năm 2020" in cells and "Số 12-BC/HU" in cells
    wb = openpyxl.load_workbook(dialog.result_paths[1])
    assert "(2017 - 2019)" in wb["Tóm tắt"]["A7"].value
    assert wb["Tóm tắt"]["A4"].value == "Số 12-BC/HU"


def test_nothing_ticked_a_range_backwards_and_an_unwritable_folder_are_told(
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
    dialog.word.setChecked(False)
    dialog.excel.setChecked(False)
    assert not dialog.build()
    assert "Word" in dialog.message.text()
    dialog.word.setChecked(True)
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    dialog.destination.setText(str(blocked))
    with qtbot.waitSignal(dialog.finished_building, timeout=30000) as done:
        assert dialog.build()
    assert done.args == [False]
    assert str(blocked) in dialog.message.text()
    assert dialog.build_button.isEnabled()


def test_header_settings_are_kept_per_unit_and_used(
    qtbot,
    demo: Session,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = SettingsDialog(demo, "SL.ML")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields["issuer"].text() == "HUYỆN ỦY MƯỜNG LA"
    assert dialog.fields["symbol"].text() == "HU"
    name = dialog.fields["signer_name"]
    name.setFocus()
    type_text(dialog, "Nguyễn Đình Việt")
    dialog.fields["issuer"].setText("=HUYỆN ỦY")
    dialog.unit.setCurrentIndex(dialog.unit.findData("SL"))  # another unit: its own header
    assert dialog.fields["issuer"].text() == "TỈNH ỦY" and dialog.fields["signer_name"].text() == ""
    dialog.unit.setCurrentIndex(dialog.unit.findData("SL.ML"))  # what was typed is still there
    assert dialog.fields["signer_name"].text() == "Nguyễn Đình Việt"
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo.headers.values("SL.ML") == {
        "issuer": "=HUYỆN ỦY",
        "signer_name": "Nguyễn Đình Việt",
    }
    assert demo.headers.values("SL") == {}
    report = ReportDialog(demo, "SL.ML", 2019)
    qtbot.addWidget(report)
    report.word.setChecked(False)
    report.destination.setText(str(tmp_path))
    with qtbot.waitSignal(report.finished_building, timeout=30000):
        assert report.build()
    ws = openpyxl.load_workbook(report.result_paths[0])["Tóm tắt"]
    assert ws["A2"].value == "=HUYỆN ỦY" and ws["A2"].data_type == "s"
    assert "Nguyễn Đình Việt" in [c.value for row in ws.iter_rows() for c in row if c.value]
    again = SettingsDialog(demo, "SL.ML")
    qtbot.addWidget(again)
    again.reset_to_defaults()
    assert again.fields["issuer"].text() == "HUYỆN ỦY MƯỜNG LA"
    again.save()
    assert demo.headers.values("SL.ML") == {}


def test_report_menu_opens_the_dialog(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ReportDialog, "exec", lambda self: 0)
    dialog = window.open_report_dialog()
    assert dialog is not None
    assert dialog.unit.currentData() == window.org
    assert window.report_action.shortcut().toString() == "Ctrl+R"


def test_a_cancelled_report_writes_no_file(qtbot, demo: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Cancel is asked before the work's next step: nothing under the chosen names."""
    from ct05_desktop.gui.operations import Operation, _Runnable
    from ct05_desktop.workflows.report_files import build_reports
    from ct05_desktop.workflows.reports import parse_years

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    operation = Operation()
    operation.cancel()

    def task(s: Session, progress):  # type: ignore[no-untyped-def]
        return build_reports(s, parse_years("2019"), tmp_path, "SL", progress=progress)

    with qtbot.waitSignal(operation.cancelled, timeout=30000):
        _Runnable(demo.path, task, operation).run()
    assert list(tmp_path.iterdir()) == [] and not operation.running


def test_closing_while_writing_stops_first(qtbot, demo: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(demo, "SL", 2019)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.destination.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_building, timeout=30000):
        assert dialog.build()
        dialog.reject()  # stops the work, then closes
    assert not dialog.isVisible()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ct05")]


def test_a_bug_is_logged_and_shown_with_the_log_path(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from PySide6.QtWidgets import QMessageBox

    from ct05_desktop.gui import crash

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    hook = sys.excepthook
    log = crash.install(tmp_path / "logs" / "ct05.log", qt_messages=False)  # pytest-qt's stays
    try:
        try:
            raise ZeroDivisionError("lỗi thử")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)  # as PySide6 does for a slot
    finally:
        sys.excepthook = hook
    assert shown and str(log) in shown[0] and "ZeroDivisionError" in shown[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: lỗi thử" in text


def test_a_refusal_is_told_in_the_windows_language(qtbot, demo: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ct05_desktop.domain.orgs import Org
    from ct05_desktop.domain.settings import LANGUAGE
    from ct05_desktop.gui import preferences

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    demo.repo.upsert_orgs([Org("SL.NEW", "Huyện ủy Mới", "district", "SL", 2020)], "test")
    for lang, words in (("en", "did not exist in 2019–2019"), ("vi", "không hoạt động trong kỳ")):
        preferences.write(LANGUAGE, lang)
        dialog = ReportDialog(demo, "SL.NEW", 2019)
        qtbot.addWidget(dialog)
        dialog.destination.setText(str(tmp_path))
        with qtbot.waitSignal(dialog.finished_building, timeout=30000) as done:
            assert dialog.build()
        assert done.args == [False] and words in dialog.message.text()
    assert list(tmp_path.iterdir()) == []


def test_a_final_version_asks_before_leaving_out_empty_parts(
    qtbot,
    demo: Session,
    tmp_path: Path,
    vietnamese: None,
    answer: list[str],
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """The clerk ticks "Bản chính thức" with parts I, III and V empty: asked, the safe
    answer writes nothing; once I is written and the rest confirmed empty, the final
    report carries no placeholder and no caveat."""
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.workflows.report_texts import save_text

    dialog = ReportDialog(demo, "SL.MS", 2019)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.destination.setText(str(out))
    dialog.excel.setChecked(False)
    dialog.final.setChecked(True)
    assert not dialog.build()  # the safe answer: go back and write them
    assert answer == ["Phần còn trống"] and not list(out.iterdir())
    assert dialog.message.text() == "Chưa ghi tệp nào."
    save_text(demo, "SL.MS", 2019, "lanh_dao", "Huyện ủy ban hành kế hoạch.", FORM)
    from ct05_desktop.gui import ask

    asked: list[str] = []

    def make_it(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return 1  # "make it without them"

    monkeypatch.setattr(ask, "choose", make_it)
    with qtbot.waitSignal(dialog.finished_building, timeout=30000) as done:
        assert dialog.build()
    assert done.args == [True]
    assert "III. Hạn chế" in asked[0] and "I. Công tác" not in asked[0]
    lines = [p.text for p in docx.Document(str(dialog.result_paths[0])).paragraphs]
    assert "Huyện ủy ban hành kế hoạch." in lines
    assert not any("Cần bổ sung" in t or "số liệu của" in t for t in lines)


def test_the_signing_date_is_never_before_the_last_year_reported(qtbot, demo: Session) -> None:  # type: ignore[no-untyped-def]
    """A 2019 report could be dated 2016; the date follows the period's last year."""
    dialog = ReportDialog(demo, "SL.TC", 2019)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2016, 5, 14))
    assert dialog.date.date().year() >= 2019
    dialog.year.setValue(2024)
    assert dialog.date.minimumDate() == QDate(2024, 1, 1)
