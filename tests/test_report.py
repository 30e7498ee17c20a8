"""The Excel report: reopened and checked cell by cell."""

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.rules import ValueChange
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.reports import ReportError, build_report, parse_years
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES, SHARED

FIXTURES = Path(__file__).parent / "fixtures"
SHEETS = [
    "Tóm tắt",
    "Tổng hợp",
    "Mô hình đột phá",
    "Gương điển hình",
    "Khen thưởng",
    "Hội nghị đối thoại",
    "Qua các năm",
    "Kiểm tra số liệu",
]


@pytest.fixture
def article(session: Session) -> Session:
    assert import_csv(session, ARTICLE_VALUES).ok
    return session


def report(
    session: Session, tmp_path: Path, years: str, org: str | None = None
) -> openpyxl.Workbook:
    out = tmp_path / f"r{years}.xlsx"
    build_report(session, parse_years(years), out, org)
    return openpyxl.load_workbook(out)


def texts(ws: Worksheet) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def test_the_article_fragments_are_all_there(article: Session, tmp_path: Path) -> None:
    books = {
        "2019": report(article, tmp_path, "2019"),
        "2017-2019": report(article, tmp_path, "2017-2019"),
    }
    missing = []
    for raw in (FIXTURES / "article_expected.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        period, unit, fragment = raw.split("\t")
        sheet = "Kiểm tra số liệu" if fragment.startswith("check:") else "Tóm tắt"
        fragment = fragment.removeprefix("check:")
        ws = books[period][sheet]
        cells = [
            " ".join(str(c.value) for c in row if c.value is not None) for row in ws.iter_rows()
        ]
        if not any(norm(fragment) in norm(t) and norm(unit) in norm(t) for t in cells):
            missing.append((period, unit, fragment))
    assert missing == []


@pytest.mark.skipif(
    not (SHARED / "acceptance" / "check_article.sh").exists() or shutil.which("ct05") is None,
    reason="needs ../shared and ct05 on PATH",
)
def test_the_acceptance_script_finds_every_fragment() -> None:
    result = subprocess.run(
        ["bash", str(SHARED / "acceptance" / "check_article.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "found 26/26 fragments" in result.stdout, result.stdout + result.stderr


def test_sheets_header_block_and_print_setup(demo: Session, tmp_path: Path) -> None:
    wb = report(demo, tmp_path, "2017-2019")
    assert wb.sheetnames == SHEETS
    ws = wb["Tóm tắt"]
    assert ws["A1"].value == "ĐẢNG BỘ TỈNH SƠN LA" and not ws["A1"].font.b
    assert ws["A2"].value == "TỈNH ỦY" and ws["A2"].font.b
    assert ws["A3"].value == "*"
    assert ws["E1"].value == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert ws["E1"].font.b and ws["E1"].font.u == "single"
    assert re.fullmatch(r"Số +-BC/TU", ws["A4"].value)
    assert re.fullmatch(r"Sơn La, ngày \d\d tháng \d\d năm \d{4}", ws["E4"].value)
    assert ws["E4"].font.i
    assert ws["A6"].value == "BÁO CÁO"
    assert ws["A7"].value.startswith("Sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW")
    assert ws["A7"].value.endswith("(2017–2019)")
    assert "A1:C1" in ws.merged_cells and "E1:H1" in ws.merged_cells
    assert any(t == "T/M BAN THƯỜNG VỤ" for t in texts(ws))
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == (2 if sheet.title == "Tổng hợp" else 1)
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddHeader.center.text == "&P"
        fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
        assert fonts == {"Times New Roman"}, sheet.title
    for sheet in SHEETS[1:]:
        assert wb[sheet].print_title_rows, sheet
        assert wb[sheet].freeze_panes, sheet


def test_table_rows_totals_shares_and_formats(article: Session, tmp_path: Path) -> None:
    ws = report(article, tmp_path, "2019")["Tổng hợp"]
    assert ws["A4"].value == "STT" and ws["B4"].value == "Đơn vị"
    assert "A4:A5" in ws.merged_cells
    assert ws["C4"].value == "Quán triệt, học tập" and "C4:D4" in ws.merged_cells
    assert ws["E4"].value == "Đăng ký làm theo"
    assert ws["A6"].value == "(1)" and ws["B6"].value == "(2)"
    names = [ws.cell(r, 2).value for r in range(7, 24)]
    assert names[0] == "Thành ủy Sơn La" and names[-1] == "Đảng ủy Khối Doanh nghiệp tỉnh"
    assert ws["B24"].value == "TỔNG CỘNG"
    header = {ws.cell(5, c).value: c for c in range(3, ws.max_column + 1)}
    col = header["Tổng số tổ chức cơ sở đảng"]
    letter = openpyxl.utils.get_column_letter(col)
    assert (
        ws.cell(24, col).value == f'=IF(COUNT({letter}7:{letter}23)=0,"",SUM({letter}7:{letter}23))'
    )
    assert ws.cell(24, col).number_format == "#,##0"
    tc = names.index("Huyện ủy Thuận Châu") + 7
    assert ws.cell(tc, col).value == 85
    share = ws.cell(tc, col + 2)  # after 'registered' comes its share
    assert ws.cell(5, col + 2).value == "Tỷ lệ"
    assert share.value.startswith("=IF(") and share.number_format == "0.0%"
    assert ws.freeze_panes == "C7"


def test_range_sums_flows_takes_stocks_from_the_last_year_and_skips_dead_units(
    session: Session, tmp_path: Path
) -> None:
    session.repo.upsert_orgs(
        [Org("SL.NEW", "=Huyện ủy Mới", "district", "SL", valid_from=2019)], "test"
    )
    changes = [
        ValueChange("SL.ML", y, "members_total", str(5700 + y - 2017)) for y in (2017, 2018, 2019)
    ]
    changes += [ValueChange("SL.ML", y, "breakthrough_models", "10") for y in (2017, 2018, 2019)]
    changes += [ValueChange("SL.NEW", 2019, "breakthrough_models", "4")]
    assert save_values(session, changes, "test").ok
    wb = report(session, tmp_path, "2017-2019")
    ws = wb["Tổng hợp"]
    header = {ws.cell(5, c).value: c for c in range(3, ws.max_column + 1)}
    rows = {ws.cell(r, 2).value: r for r in range(7, ws.max_row + 1)}
    ml = rows["Huyện ủy Mường La"]
    assert ws.cell(ml, header["Tổng số đảng viên"]).value == 5702
    assert ws.cell(ml, header["Mô hình, nội dung đột phá"]).value == 30
    new = ws.cell(rows["=Huyện ủy Mới"], 2)
    assert new.value == "=Huyện ủy Mới" and new.data_type == "s"
    years = wb["Qua các năm"]
    row = next(
        r
        for r in range(4, years.max_row + 1)
        if years.cell(r, 2).value == "Mô hình, nội dung đột phá"
    )
    assert [years.cell(row, c).value for c in (3, 4, 5)] == [10, 10, 14]
    only_2018 = report(session, tmp_path, "2018")["Tổng hợp"]
    assert "=Huyện ủy Mới" not in [only_2018.cell(r, 2).value for r in range(7, 30)]


def test_chart_registers_and_checks(demo: Session, tmp_path: Path) -> None:
    wb = report(demo, tmp_path, "2017-2019")
    charts = wb["Qua các năm"]._charts
    assert len(charts) == 1
    assert charts[0].x_axis.delete is False and charts[0].y_axis.delete is False
    dialogues = wb["Hội nghị đối thoại"]
    places = [dialogues.cell(r, 6).value for r in range(4, 10)]
    assert places == [
        "Tông Cọ",
        "Mường Bám",
        "Nong Lay",
        "Chiềng Ngàm",
        "Chiềng Pấc",
        "Mường Khiêng",
    ]
    checks = wb["Kiểm tra số liệu"]
    rows = [
        " ".join(str(c.value) for c in row if c.value is not None)
        for row in checks.iter_rows(min_row=4)
    ]
    assert any("Huyện ủy Mộc Châu" in r and "(85)" in r and "32 + 58 = 90" in r for r in rows)
    assert any("Tỉnh ủy Sơn La 2018" in r and "gấp 5,1 lần năm 2017 (110)" in r for r in rows)


def test_bad_periods_and_units(demo: Session, tmp_path: Path) -> None:
    with pytest.raises(ReportError):
        parse_years("2019-2017")
    with pytest.raises(ReportError):
        parse_years("năm 2019")
    with pytest.raises(ReportError, match="không có đơn vị"):
        build_report(demo, parse_years("2019"), tmp_path / "x.xlsx", "NOPE")
    assert parse_years("2017–2019") == range(2017, 2020)


def test_cli_report(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ct05_desktop.cli",
            "--db",
            str(demo.path),
            "report",
            "--years",
            "2017-2019",
            "--org",
            "SL.TC",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb["Tóm tắt"]["A9"].value == "(Huyện ủy Thuận Châu)"


def test_shares_count_only_units_that_gave_both_and_coverage_is_told(
    article: Session, tmp_path: Path
) -> None:
    ws = report(article, tmp_path, "2019")["Tóm tắt"]
    lines = texts(ws)
    province = [t for t in lines if t.startswith("- Toàn Đảng bộ tỉnh")]
    # Vân Hồ gave 29 organisations but no registration count: not in 190/190
    assert any("190/190 tổ chức cơ sở đảng đăng ký việc làm theo (đạt 100%)" in t for t in province)
    assert any("24/29 tổ chức đảng cơ sở" in t for t in province)
    coverage = next(t for t in lines if t.startswith("(Tổng hợp từ số liệu của"))
    assert coverage.startswith("(Tổng hợp từ số liệu của 06/17 đơn vị trực thuộc đã báo cáo")
    assert "Huyện ủy Bắc Yên" in coverage and "Huyện ủy Mộc Châu" not in coverage
    assert ws.HeaderFooter.differentFirst  # no page number on the first page
    headings = [t for t in lines if t[:2] in ("1.", "2.", "3.", "4.")]
    assert headings[:2] == ["1. Đăng ký làm theo", "2. Chuẩn mực đạo đức"]


def test_total_share_counts_only_rows_with_both_figures(article: Session, tmp_path: Path) -> None:
    ws = report(article, tmp_path, "2019")["Tổng hợp"]
    header = {ws.cell(5, c).value: c for c in range(3, ws.max_column + 1)}
    part = openpyxl.utils.get_column_letter(header["Tổ chức cơ sở đảng đăng ký việc làm theo"])
    whole = openpyxl.utils.get_column_letter(header["Tổng số tổ chức cơ sở đảng"])
    share = ws.cell(24, header["Tổ chức cơ sở đảng đăng ký việc làm theo"] + 1)
    assert share.value == (
        f'=IFERROR(SUMIFS({part}7:{part}23,{whole}7:{whole}23,"<>")'
        f'/SUMIFS({whole}7:{whole}23,{part}7:{part}23,"<>"),"")'
    )
