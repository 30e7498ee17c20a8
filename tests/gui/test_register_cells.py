"""Evaluating commitments from the keyboard, as in Excel (issue 24): a result pasted into
every selected cell, a column of results pasted from Excel, Ctrl+D filling down; a bad
value changes nothing and names its row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ct05_desktop.domain.sources import CLI
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.gui.register_tab import RegisterPage
from ct05_desktop.workflows.register_entry import add_register_rows
from ct05_desktop.workflows.session import Session

COMMITMENTS = 4
RESULT = 7  # the column of the year-end result


def page_with_rows(window: MainWindow, demo: Session, count: int = 3) -> RegisterPage:
    rows = [
        {"kind": "Tập thể", "content": f"Nội dung {n}", "contents": n + 1} for n in range(count)
    ]
    add_register_rows(demo, "commitments", "SL.BY", 2019, rows, CLI)
    assert window.org_panel.select("SL.BY")
    page = window.register_pages[COMMITMENTS]
    page.model.reload()
    assert page.model.rowCount() == count
    assert page.spec.fields[RESULT].name == "result"
    return page


def select(page: RegisterPage, cells: list[tuple[int, int]]) -> None:
    chosen = QItemSelection()
    for row, column in cells:
        index = page.model.index(row, column)
        chosen.select(index, index)
    page.view.setCurrentIndex(page.model.index(*cells[0]))
    page.view.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def results(db_path: Path) -> list[object]:
    with Session(db_path) as s:
        return [r["result"] for r in s.registers.rows("commitments", "SL.BY", 2019)]


def test_one_result_pasted_into_every_selected_cell(
    window: MainWindow, demo: Session, db_path: Path
) -> None:
    page = page_with_rows(window, demo)
    select(page, [(0, RESULT), (1, RESULT), (2, RESULT)])
    QGuiApplication.clipboard().setText("Hoàn thành tốt\r\n")
    page.view.setFocus()
    page.view.paste_requested.emit()  # as Ctrl+V does
    assert results(db_path) == ["good", "good", "good"]
    assert page.model.index(2, RESULT).data() == "Hoàn thành tốt"
    assert page.view.selected_cells() == [(0, RESULT), (1, RESULT), (2, RESULT)]


def test_a_column_of_results_pasted_from_excel(
    window: MainWindow, demo: Session, db_path: Path
) -> None:
    page = page_with_rows(window, demo)
    select(page, [(0, RESULT)])
    QGuiApplication.clipboard().setText(
        "Hoàn thành\tđủ chỉ tiêu\r\nkhong hoan thanh\tthiếu 1 việc\r\nHoàn thành xuất sắc\t\r\n"
    )
    assert page.paste() == 3  # two columns: the result and its note
    with Session(db_path) as s:
        saved = s.registers.rows("commitments", "SL.BY", 2019)
    assert [(r["result"], r["note"]) for r in saved] == [
        ("done", "đủ chỉ tiêu"),
        ("not_done", "thiếu 1 việc"),
        ("excellent", None),
    ]
    assert len(saved) == 3  # cells changed, no row added


def test_ctrl_d_fills_the_selected_cells_down(
    window: MainWindow, demo: Session, db_path: Path
) -> None:
    page = page_with_rows(window, demo)
    assert page.model.setData(page.model.index(0, RESULT), "excellent")
    select(page, [(0, RESULT), (1, RESULT), (2, RESULT)])
    page.view.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            page.view, QKeyEvent(kind, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier, "")
        )
    assert results(db_path) == ["excellent", "excellent", "excellent"]
    # a cell alone takes the one above it
    assert page.model.setData(page.model.index(1, 4), "7")  # contents
    select(page, [(2, 4)])
    assert page.fill_down() == 1
    with Session(db_path) as s:
        assert [r["contents"] for r in s.registers.rows("commitments", "SL.BY", 2019)] == [1, 7, 7]


def test_a_bad_value_changes_nothing_and_says_where(
    window: MainWindow, demo: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_with_rows(window, demo)
    told: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    select(page, [(0, RESULT)])
    QGuiApplication.clipboard().setText("Hoàn thành\r\nrất tốt\r\nHoàn thành\r\n")
    assert page.paste() == 0
    assert results(db_path) == [None, None, None]
    assert "dòng 2, cột 'Kết quả cuối năm'" in told[0] and "rất tốt" in told[0]
    # a block that runs past the last row is not cut: nothing is pasted, and why
    select(page, [(2, RESULT)])
    QGuiApplication.clipboard().setText("Hoàn thành\r\nHoàn thành\r\n")
    assert page.paste() == 0
    assert results(db_path) == [None, None, None]
    assert "3 dòng" in told[1] or "3 rows" in told[1]


def test_whole_rows_copied_are_still_added(window: MainWindow, demo: Session) -> None:
    page = page_with_rows(window, demo, 1)
    select(page, [(0, RESULT)])
    QGuiApplication.clipboard().setText(
        "Cán bộ chủ chốt\tLò Văn Nam\tBí thư\tĐi cơ sở\t2\t\t4\tHoàn thành tốt\t\r\n"
    )
    assert page.paste() == 1
    assert page.model.rowCount() == 2


def test_a_key_cadres_earlier_years_beside_the_row(window: MainWindow, demo: Session) -> None:
    cadre = {"kind": "Cán bộ chủ chốt", "person": "Lò Văn Nam", "position": "Bí thư"}
    add_register_rows(
        demo, "commitments", "SL.BY", 2018, [cadre | {"content": "Đi cơ sở", "result": "good"}], CLI
    )
    add_register_rows(
        demo,
        "commitments",
        "SL.BY",
        2019,
        [cadre | {"content": "Tiếp dân"}, {"kind": "Tập thể", "content": "Bản văn hóa"}],
        CLI,
    )
    assert window.org_panel.select("SL.BY")
    page = window.register_pages[COMMITMENTS]
    page.model.reload()
    page.view.setCurrentIndex(page.model.index(0, 3))
    assert page.beside.isVisibleTo(page)
    assert "Lò Văn Nam, Bí thư" in page.beside.text()
    assert "2018: Đi cơ sở – Hoàn thành tốt" in page.beside.text()
    tip = page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "2018: Đi cơ sở – Hoàn thành tốt" in tip
    page.view.setCurrentIndex(page.model.index(1, 3))  # a collective's row: nothing beside
    assert not page.beside.isVisibleTo(page)


def test_a_register_file_imported_in_the_window_shows_at_once(
    window: MainWindow,
    demo: Session,
    tmp_path: Path,
    answer: list[str],
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """Tệp → Nhập tệp CSV… takes a register's file as the CLI does: the year-end results
    typed in Excel into an exported file come back into the open table."""
    import csv

    page = page_with_rows(window, demo, 2)
    with qtbot.waitSignal(window.files.exported, timeout=30000) as exported:
        window.files.export_registers(tmp_path)  # Tệp → Xuất các sổ ra CSV…
    assert exported.args == [2]
    assert answer == ["Xuất dữ liệu"] or answer == ["Export"]
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == sorted(
        f"{key}.csv"
        for key in (
            "breakthrough_models",
            "exemplars",
            "award_decisions",
            "dialogues",
            "commitments",
        )
    )
    out = tmp_path / "commitments.csv"
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["result"] = "Hoàn thành tốt"
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with qtbot.waitSignal(window.files.imported, timeout=30000):
        window.files.import_files([str(out)])
    assert [page.model.index(r, RESULT).data() for r in range(2)] == ["Hoàn thành tốt"] * 2
    assert page.model.rowCount() == 2  # matched by id, not added
