"""Register tables: add, edit, delete with confirmation, paste rows copied from Excel."""

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.register_tab import AddRowDialog
from ct05_desktop.workflows.session import Session

from .conftest import type_text

BREAKTHROUGH, EXEMPLARS, AWARDS, DIALOGUES = range(4)


def rows(path: Path, register: str, org: str, year: int = 2019) -> list[dict[str, object]]:
    with Session(path) as s:
        return s.registers.rows(register, org, year)


def test_add_a_row_typed_in_vietnamese(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.org_panel.select("SL.BY")
    page = window.register_pages[BREAKTHROUGH]

    def fill(dialog: AddRowDialog) -> int:
        title = dialog.inputs["title"]
        assert isinstance(title, QLineEdit)
        title.setFocus()
        type_text(dialog, "Đưa cây ăn quả lên đất dốc ở Tà Xùa")
        status = dialog.inputs["status"]
        assert isinstance(status, QComboBox)
        status.setCurrentIndex(status.findData("ongoing"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddRowDialog, "exec", fill)
    assert page.add_row()
    saved = rows(db_path, "breakthrough_models", "SL.BY")
    assert [(r["title"], r["status"]) for r in saved] == [
        ("Đưa cây ăn quả lên đất dốc ở Tà Xùa", "ongoing")
    ]
    assert page.model.rowCount() == 1
    # the row counts toward the figure when it was not typed
    form = window.form.model
    assert form.index(form.row_of("breakthrough_models"), 1).data() == "1"
    assert window.org_panel.model.status("SL.BY") == "in_progress"


def test_a_dialog_with_a_missing_field_says_so_and_stays_open(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.org_panel.select("SL.BY")
    seen: list[str] = []

    def submit_empty_then_cancel(dialog: AddRowDialog) -> int:
        if not seen:
            seen.append("first")
            return QDialog.DialogCode.Accepted
        seen.append(dialog.error.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AddRowDialog, "exec", submit_empty_then_cancel)
    assert not window.register_pages[EXEMPLARS].add_row()
    assert "'Tên tập thể, cá nhân' không được để trống" in seen[1]
    assert rows(db_path, "exemplars", "SL.BY") == []


def test_paste_rows_from_excel(window: MainWindow, db_path: Path) -> None:
    assert window.org_panel.select("SL.SC")
    page = window.register_pages[DIALOGUES]
    QGuiApplication.clipboard().setText(
        "12/03/2019\tCấp huyện\tChiềng Mung\t120\r\n2019-04-05\tcap co so\tHát Lót\t85\r\n"
    )
    assert page.paste_rows() == 2
    saved = rows(db_path, "dialogues", "SL.SC")
    assert [(r["date"], r["level"], r["place"], r["participants"]) for r in saved] == [
        ("2019-03-12", "district", "Chiềng Mung", 120),
        ("2019-04-05", "grassroots", "Hát Lót", 85),
    ]
    assert page.model.index(0, 0).data() == "12/03/2019"
    form = window.form.model
    assert form.index(form.row_of("dialogues_total"), 1).data() == "2"


def test_a_bad_pasted_row_writes_nothing_and_names_row_and_column(
    window: MainWindow, db_path: Path, answer: list[str]
) -> None:
    assert window.org_panel.select("SL.SC")
    QGuiApplication.clipboard().setText(
        "12/03/2019\tCấp huyện\tChiềng Mung\t120\n31/02/2019\tcấp tỉnh\tHát Lót\tnhiều\n"
    )
    assert window.register_pages[DIALOGUES].paste_rows() == 0
    assert answer == ["Không dán được"] or answer == ["Nothing pasted"]
    assert rows(db_path, "dialogues", "SL.SC") == []


def test_edit_a_cell_and_a_refused_edit(
    window: MainWindow, db_path: Path, answer: list[str]
) -> None:
    assert window.org_panel.select("SL")
    page = window.register_pages[AWARDS]
    model = page.model
    assert model.rowCount() == 1  # 2019's decision of the province
    individuals = 5
    assert model.setData(model.index(0, individuals), "3")
    assert rows(db_path, "award_decisions", "SL")[0]["individuals"] == 3
    assert not model.setData(model.index(0, individuals), "ba")
    assert rows(db_path, "award_decisions", "SL")[0]["individuals"] == 3
    assert answer  # the refusal was shown
    with Session(db_path) as s:
        edits = s.repo.audit_rows(action="register_edit")
    assert edits[-1]["old"] == '{"individuals": 35}' and edits[-1]["new"] == '{"individuals": 3}'


def test_delete_asks_first(window: MainWindow, db_path: Path, answer: list[str]) -> None:
    assert window.org_panel.select("SL.TC")
    page = window.register_pages[DIALOGUES]
    page.view.selectRow(0)
    assert page.delete_rows()
    assert answer == ["Xóa dòng"] or answer == ["Delete rows"]
    assert len(rows(db_path, "dialogues", "SL.TC")) == 5


def test_delete_cancelled_keeps_the_rows(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert window.org_panel.select("SL.TC")
    page = window.register_pages[DIALOGUES]
    page.view.selectRow(0)
    assert not page.delete_rows()
    assert len(rows(db_path, "dialogues", "SL.TC")) == 6


def test_a_register_change_keeps_figures_typed_but_not_saved(window: MainWindow) -> None:
    assert window.org_panel.select("SL.BY")
    form = window.form.model
    form.setData(form.index(form.row_of("reception_sessions"), 1), "123")
    QGuiApplication.clipboard().setText("\tCấp huyện\tTạ Khoa\t\n")
    assert window.register_pages[DIALOGUES].paste_rows() == 1
    assert form.pending == {"reception_sessions": "123"}
    assert form.index(form.row_of("dialogues_district"), 1).data() == "1"


def test_a_multi_line_excel_cell_stays_one_row_and_extra_columns_are_refused(
    window: MainWindow, db_path: Path, answer: list[str]
) -> None:
    assert window.org_panel.select("SL.BY")
    page = window.register_pages[BREAKTHROUGH]
    QGuiApplication.clipboard().setText(
        'Mô hình nuôi cá\tPhát triển kinh tế\t\tĐang thực hiện\t"Năm 2019: 12 lồng\r\n'
        'Năm 2020: 30 lồng"\r\n'
    )
    assert page.paste_rows() == 1
    saved = rows(db_path, "breakthrough_models", "SL.BY")
    assert [r["result"] for r in saved] == ["Năm 2019: 12 lồng\nNăm 2020: 30 lồng"]
    QGuiApplication.clipboard().setText("a\tb\tc\td\te\tf\tg\n")
    assert page.paste_rows() == 0
    assert answer == ["Không dán được"] or answer == ["Nothing pasted"]
    assert len(rows(db_path, "breakthrough_models", "SL.BY")) == 1
