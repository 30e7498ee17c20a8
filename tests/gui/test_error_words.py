"""Every kind of error is told in the window's language: a sample of each, once in the
English window and once in the Vietnamese one (issue 9)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ct05_desktop.gui import ask, crash, i18n
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.report_dialog import ReportDialog
from ct05_desktop.gui.template_dialogs import TemplateImportDialog
from ct05_desktop.workflows.session import Session, StorageError

from .conftest import rename_in_locked_2019

# the same sample in both languages: (English, Vietnamese)
WORDS = {
    "bad_date": ("'32/13/2019' is not a date", "'32/13/2019' không phải là ngày hợp lệ"),
    "not_in_list": ("'Cấp lạ' is not in the list", "'Cấp lạ' không có trong danh sách"),
    "in_row_column": ("row 1, column 'Ngày'", "dòng 1, cột 'Ngày'"),
    "year_locked": ("2019 is locked", "năm 2019 đã chốt số liệu"),
    "not_whole_number": ("only whole numbers from 0 up", "chỉ được nhập số nguyên từ 0 trở lên"),
    "file_line_column": ("line 2, column value", "dòng 2, cột value"),
    "not_xlsx": ("not an Excel .xlsx file", "không phải tệp Excel .xlsx"),
    "unit_not_in_period": ("did not exist in 2019–2019", "không hoạt động trong kỳ"),
    "file_in_use": ("open in Word or Excel", "đang mở trong Word hoặc Excel"),
    "db_busy": ("another program", "một chương trình khác ghi"),
    "db_damaged": ("is damaged", "bị hỏng"),
    "empty_name": ("the unit name must not be empty", "tên đơn vị không được để trống"),
}


@pytest.fixture(params=["en", "vi"])
def lang(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The window speaks this language (as if started with it)."""
    monkeypatch.setattr(i18n, "_installed", [request.param])
    yield request.param


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning and information box shown."""
    shown: list[str] = []

    def box(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(str(text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, box)
    monkeypatch.setattr(ask, "tell", box)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def words(key: str, lang: str) -> str:
    return WORDS[key][0 if lang == "en" else 1]


def other(key: str, lang: str) -> str:
    return WORDS[key][1 if lang == "en" else 0]


def test_a_pasted_row_names_each_bad_cell(window: MainWindow, lang: str, told: list[str]) -> None:
    assert window.org_panel.select("SL.BY")
    page = next(p for p in window.register_pages if p.spec.key == "dialogues")
    QGuiApplication.clipboard().setText("32/13/2019\tCấp lạ\tTạ Khoa\t\n")
    assert page.paste_rows() == 0
    text = told[-1]
    for key in ("bad_date", "not_in_list"):
        assert words(key, lang) in text and other(key, lang) not in text


def test_a_write_to_a_locked_year_and_a_typed_figure(
    window: MainWindow, lang: str, told: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = rename_in_locked_2019(qtbot, window, "Thành ủy Sơn La mới")
    assert not dialog.save_button.isEnabled()  # refused in the dialog, in its language
    assert words("year_locked", lang) in dialog.error.text()
    assert other("year_locked", lang) not in dialog.error.text()


def test_a_csv_file_problem_says_where_in_the_windows_language(
    window: MainWindow, lang: str, told: list[str], qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "sai.csv"
    csv.write_text("org_code,year,indicator,value\nSL.BY,2019,members_total,abc\n", "utf-8")
    with qtbot.waitSignal(window.files.imported, timeout=30000) as done:
        window.files.import_files([str(csv)])
    text = "\n".join(done.args[0])
    for key in ("file_line_column", "not_whole_number"):
        assert words(key, lang) in text and other(key, lang) not in text


def test_a_file_that_is_not_a_template(qtbot, demo: Session, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "fake.xlsx"
    fake.write_text("org_code,year\n", encoding="utf-8")
    dialog = TemplateImportDialog(demo, 2019)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_step, timeout=30000):
        dialog.check([fake])
    text = dialog.preview.toPlainText()
    assert words("not_xlsx", lang) in text and other("not_xlsx", lang) not in text


def test_a_report_refusal_and_a_file_open_in_excel(
    qtbot, demo: Session, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ct05_desktop.domain.orgs import Org
    from ct05_desktop.gui import report_dialog

    demo.repo.upsert_orgs([Org("SL.NEW", "Huyện ủy Mới", "district", "SL", 2020)], "test")
    dialog = ReportDialog(demo, "SL.NEW", 2019)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_building, timeout=30000):
        assert dialog.build()
    assert words("unit_not_in_period", lang) in dialog.message.text()

    def busy(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(tmp_path / "x.xlsx"))

    monkeypatch.setattr(report_dialog, "build_reports", busy)
    dialog = ReportDialog(demo, "SL", 2019)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_building, timeout=30000) as done:
        assert dialog.build()
    assert done.args == [False]
    text = dialog.message.text()
    assert words("file_in_use", lang) in text and other("file_in_use", lang) not in text


def test_expected_faults_escaping_a_slot_are_told_not_crashed(
    lang: str, told: list[str], tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    """The database busy (another writer) is told in words, not as a program error."""
    log = tmp_path / "ct05.log"
    exc = sqlite3.OperationalError("database is locked")
    crash.report_bug(type(exc), exc, None, log)
    assert words("db_busy", lang) in told[-1] and other("db_busy", lang) not in told[-1]
    crash.tell(None, "t", PermissionError(13, "denied", "BaoCao.docx"))
    assert words("file_in_use", lang) in told[-1] and "BaoCao.docx" in told[-1]


def test_a_damaged_database_and_a_refused_unit(lang: str, tmp_path: Path, demo: Session) -> None:
    from ct05_desktop.workflows.entry import InputRefused
    from ct05_desktop.workflows.org_changes import rename_unit

    bad = tmp_path / "hong.db"
    bad.write_bytes(b"not a database at all" * 200)
    with pytest.raises(StorageError) as refused:
        Session(bad)
    assert words("db_damaged", lang) in refused.value.words(i18n.window_language())
    with pytest.raises(InputRefused) as empty:
        rename_unit(demo, "SL.ML", "  ", 2019, "test")
    assert empty.value.codes == ["empty_name"]
    assert empty.value.words(i18n.window_language()) == words("empty_name", lang)
