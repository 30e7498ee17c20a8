"""The check sheets at any size: every warning with its kind and the unit it belongs to
under an autofilter, counts by unit and kind; beyond the sheet's limit, a check workbook
beside the appendix lists them all, written with it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.excel import checks_sheet
from ct05_desktop.files.interchange import spreadsheet_safe
from ct05_desktop.workflows import report_files
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.report_files import build_report, build_reports
from ct05_desktop.workflows.reports import gather, parse_years
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES


@pytest.fixture
def article(session: Session) -> Session:
    assert import_csv(session, ARTICLE_VALUES).ok
    return session


def test_each_warning_has_its_kind_and_unit_and_the_counts_add_up(
    article: Session, tmp_path: Path
) -> None:
    years = parse_years("2017-2019")
    warnings = gather(article, years).warnings
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = build_report(article, years, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Kiểm tra số liệu"]
    assert [c.value for c in ws[5]] == list(checks_sheet.COLUMNS)
    assert ws.auto_filter.ref == f"A5:G{5 + len(warnings)}"
    kinds = {ws.cell(r, 6).value for r in range(6, 6 + len(warnings))}
    assert "Tăng, giảm bất thường so với năm trước" in kinds
    assert "Khác tổng các thành phần" in kinds and None not in kinds
    mộc_châu = [
        r for r in range(6, 6 + len(warnings)) if ws.cell(r, 2).value == "Huyện ủy Mộc Châu"
    ]
    assert mộc_châu and all(ws.cell(r, 7).value == "Huyện ủy Mộc Châu" for r in mộc_châu)
    counts = wb["Số mục cần rà soát"]
    total = next(r for r in range(6, counts.max_row + 1) if counts.cell(r, 1).value == "Cộng")
    assert counts.cell(total, counts.max_column).value == len(warnings)
    by_unit = sum(counts.cell(r, counts.max_column).value for r in range(6, total))
    assert by_unit == len(warnings)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]  # few: no list beside
    assert wb.sheetnames[-1] == "Kiểm tra số liệu"  # the office's own list comes last


def test_beyond_the_sheets_limit_a_check_workbook_beside_lists_every_warning(
    article: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks_sheet, "CHECK_ROWS", 2)
    monkeypatch.setattr(report_files, "CHECK_ROWS", 2)
    years = parse_years("2017-2019")
    warnings = gather(article, years).warnings
    assert len(warnings) > 2
    tmp_path = tmp_path / "out"
    paths = build_reports(article, years, tmp_path, "SL")
    names = sorted(p.name for p in paths)
    listed = tmp_path / "PhuLuc_CT05_Tinh_Uy_Son_La_2017-2019_KiemTra.xlsx"
    assert listed.name in names and sorted(p.name for p in tmp_path.iterdir()) == names
    checks = openpyxl.load_workbook(listed)
    assert checks.sheetnames == ["Số mục cần rà soát", "Kiểm tra số liệu"]
    every = checks["Kiểm tra số liệu"]
    assert [c.value for c in every[5]] == list(checks_sheet.COLUMNS)
    assert every.cell(5 + len(warnings), 1).value == len(warnings)
    assert every.cell(6 + len(warnings), 1).value is None
    ws = openpyxl.load_workbook(tmp_path / "PhuLuc_CT05_Tinh_Uy_Son_La_2017-2019.xlsx")[
        "Kiểm tra số liệu"
    ]
    assert ws.cell(8, 1).value is None and ws.cell(7, 1).value == 2  # two rows listed
    assert f"{len(warnings)} mục" in ws["A4"].value and listed.name in ws["A4"].value


def test_a_stopped_report_leaves_no_list_either(
    article: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ct05_desktop.domain.progress import Cancelled

    monkeypatch.setattr(report_files, "CHECK_ROWS", 2)
    tmp_path = tmp_path / "out"

    def stop(percent: int, step: str) -> None:
        if step == "Kiểm tra số liệu":
            raise Cancelled

    with pytest.raises(Cancelled):
        build_reports(article, parse_years("2017-2019"), tmp_path, "SL", progress=stop)
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []


def test_a_text_a_spreadsheet_would_run_is_kept_as_text() -> None:
    assert spreadsheet_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_safe("+cmd|x") == "'+cmd|x" and spreadsheet_safe("@SUM") == "'@SUM"
    assert spreadsheet_safe("Huyện ủy") == "Huyện ủy" and spreadsheet_safe(2019) == 2019


def test_a_unit_name_that_looks_like_a_formula_stays_text(article: Session, tmp_path: Path) -> None:
    from ct05_desktop.domain.sources import FORM

    rename_unit(article, "SL.MC", "=SUM(1;2)", 2017, FORM)
    out = build_report(article, parse_years("2017-2019"), tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(out)["Kiểm tra số liệu"]
    cells = [c for row in ws.iter_rows(min_row=6) for c in row if c.value == "=SUM(1;2)"]
    assert cells and all(c.data_type == "s" for c in cells)
    assert ws.cell(6, 1).value == 1 and ws.cell(7, 1).value == 2  # numbers stay numbers
    assert ws.cell(7, 3).data_type == "n" and ws.cell(7, 2).font.name == "Times New Roman"
