"""The report in both forms: the Excel appendix reopened cell by cell, the Word document
paragraph by paragraph, and the acceptance fragments in each."""

import datetime as dt
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.orgs import Org
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import ReportError, parse_years
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
    "Đăng ký làm theo",
    "Qua các năm",
    "Số mục cần rà soát",
    "Kiểm tra số liệu",
]
INTERNAL = ("Tóm tắt", "Kiểm tra số liệu", "Số mục cần rà soát")  # not appendices


@pytest.fixture
def article(session: Session) -> Session:
    assert import_csv(session, ARTICLE_VALUES).ok
    return session


def make(
    session: Session, tmp_path: Path, years: str, org: str | None = None, kind: str = ".xlsx"
) -> Path:
    out = tmp_path / f"r{years}{org or ''}{kind}"
    build_report(session, parse_years(years), out, org)
    return out


def report(
    session: Session, tmp_path: Path, years: str, org: str | None = None
) -> openpyxl.Workbook:
    return openpyxl.load_workbook(make(session, tmp_path, years, org))


def texts(ws: Worksheet) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def paragraphs(path: Path) -> list[str]:
    """Every paragraph of a Word file, table cells included."""
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            out += [p.text for cell in row.cells for p in cell.paragraphs]
    return out


def norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def header_columns(ws: Worksheet) -> dict[str, int]:
    """Each indicator's first column (a section of one column names it in row 5, merged
    over rows 5 and 6; the unit's name repeated before each printed page is left out)."""
    out: dict[str, int] = {}
    for c in range(3, ws.max_column + 1):
        label = ws.cell(6, c).value or ws.cell(5, c).value
        if (
            label
            and label != "Đơn vị"
            and (
                ws.cell(6, c).value
                or f"{ws.cell(5, c).coordinate}:{ws.cell(6, c).coordinate}" in ws.merged_cells
            )
        ):
            out.setdefault(label, c)
    return out


def unit_rows(ws: Worksheet) -> dict[str, int]:
    return {ws.cell(r, 2).value: r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value}


@pytest.mark.parametrize("kind", [".xlsx", ".docx"])
def test_the_article_fragments_are_all_there(article: Session, tmp_path: Path, kind: str) -> None:
    """article_expected.txt is a copy of ../shared/acceptance/article_expected_v2.txt."""
    found: dict[tuple[str, str], list[str]] = {}
    for period in ("2019", "2017-2019"):
        path = make(article, tmp_path, period, kind=kind)
        if kind == ".docx":
            found[(period, "text")] = [norm(t) for t in paragraphs(path)]
            continue
        wb = openpyxl.load_workbook(path)
        for key, sheet in (("text", "Tóm tắt"), ("check", "Kiểm tra số liệu")):
            rows = wb[sheet].iter_rows(values_only=True)
            found[(period, key)] = [
                norm(" ".join(str(v) for v in r if v is not None)) for r in rows
            ]
    wrong = []
    for raw in (FIXTURES / "article_expected.txt").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        period, unit, fragment = raw.split("\t")
        negate = fragment.startswith("not:")
        fragment = fragment.removeprefix("not:")
        key = "check" if fragment.startswith("check:") else "text"
        if (period, key) not in found:
            continue  # a Word document has no check sheet
        fragment = fragment.removeprefix("check:")
        hit = any(norm(fragment) in t and norm(unit) in t for t in found[(period, key)])
        if hit == negate:
            wrong.append((period, unit, fragment, "unexpected" if negate else "missing"))
    assert wrong == []


@pytest.mark.skipif(
    not (SHARED / "acceptance" / "check_report.sh").exists() or shutil.which("ct05") is None,
    reason="needs ../shared and ct05 on PATH",
)
def test_the_acceptance_script_passes() -> None:
    result = subprocess.run(
        ["bash", str(SHARED / "acceptance" / "check_report.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # the script's exit code comes through a pipe: read its counts too
    assert "xlsx: found 30/30 fragments" in result.stdout, result.stdout
    assert "docx: found 28/28 fragments" in result.stdout, result.stdout
    assert result.stdout.count("docx: 23/23 checks") == 2, result.stdout
    assert "Tổng hợp row with 5528 and 5770 found" in result.stdout, result.stdout


def test_sheets_header_block_and_print_setup(demo: Session, tmp_path: Path) -> None:
    wb = report(demo, tmp_path, "2017-2019")
    assert wb.sheetnames == SHEETS
    ws = wb["Tóm tắt"]
    assert ws["A1"].value == "ĐẢNG BỘ TỈNH SƠN LA" and not ws["A1"].font.b
    assert ws["A1"].font.sz == 14
    assert ws["A2"].value == "TỈNH ỦY" and ws["A2"].font.b
    assert ws["A3"].value == "*"
    assert ws["E1"].value == "ĐẢNG CỘNG SẢN VIỆT NAM" and ws["E1"].font.sz == 15
    assert ws["E1"].font.b and ws["E1"].font.u == "single"
    assert ws["A4"].value.startswith("Số ") and ws["A4"].value.endswith("-BC/TU")
    today = dt.date.today()
    month = f"{today.month:02d}" if today.month <= 2 else str(today.month)
    assert ws["E4"].value == f"Sơn La, ngày {today.day:02d} tháng {month} năm {today.year}"
    assert ws["E4"].font.i
    assert ws["A6"].value == "BÁO CÁO"
    assert ws["A7"].value.startswith("Sơ kết 03 năm thực hiện Chỉ thị số 05-CT/TW")
    assert ws["A7"].value.endswith("(2017 - 2019)")
    assert "A1:D1" in ws.merged_cells and "E1:H1" in ws.merged_cells
    assert "T/M BAN THƯỜNG VỤ" in texts(ws) and "Nơi nhận:" in texts(ws)
    assert ws.page_setup.orientation == "portrait"
    assert round(ws.page_margins.left * 25.4) == 30 and round(ws.page_margins.right * 25.4) == 15
    body = [c for row in ws.iter_rows(min_row=10) for c in row if isinstance(c.value, str)]
    assert min(c.font.sz for c in body if c.value.startswith("-") is False) >= 12
    for sheet in wb.worksheets:
        assert int(sheet.page_setup.paperSize) == 9, sheet.title  # A4
        if sheet.title != "Tóm tắt":
            assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.oddHeader.center.text == "&P"
        fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
        assert fonts == {"Times New Roman"}, sheet.title
        if sheet.title != "Tóm tắt":
            assert sheet.print_title_rows, sheet.title
            assert sheet.freeze_panes, sheet.title
            reference = next(c.value for c in sheet[3] if c.value)
            assert reference.startswith("(")
        if sheet.title not in INTERNAL:
            assert reference.startswith("(Kèm theo Báo cáo số")
            assert reference.endswith("của Ban Thường vụ Tỉnh ủy Sơn La)")
    appendices = [s for s in SHEETS if s not in INTERNAL]
    captions = [next(c.value for c in wb[s][1] if c.value) for s in appendices]
    assert captions == [f"Phụ lục {n}" for n in range(1, len(appendices) + 1)]
    checks = wb["Kiểm tra số liệu"]  # the office's own list: not an appendix sent upward
    assert checks["A1"].value is None and "Dùng nội bộ" in checks["A3"].value


def test_table_rows_formulas_and_the_own_row(article: Session, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(make(article, tmp_path, "2019"))
    ws = wb["Tổng hợp"]
    assert ws["A5"].value == "STT" and ws["B5"].value == "Đơn vị"
    assert "A5:A6" in ws.merged_cells
    assert ws["C5"].value == "Đăng ký làm theo"  # no unit gave study figures: no such columns
    assert ws["A7"].value == "(1)" and ws["B7"].value == "(2)" and ws["C7"].value == "(3)"
    rows = unit_rows(ws)
    names = list(rows)
    assert names[0] == "Thành ủy Sơn La" and names[16] == "Đảng ủy Khối Doanh nghiệp tỉnh"
    own = "Số liệu chung của Tỉnh ủy Sơn La (không phân theo đảng bộ trực thuộc)"
    assert names[17] == own and names[18] == "TỔNG CỘNG"
    total = rows["TỔNG CỘNG"]
    header = header_columns(ws)
    col = header["Tổng số tổ chức cơ sở đảng"]
    letter, share = get_column_letter(col), get_column_letter(col + 2)
    # a share's columns add up the units that gave both figures, told by their share cell
    assert ws.cell(total, col).value == (
        f'=IF(COUNT({share}8:{share}24)=0,"",SUMIFS({letter}8:{letter}24,{share}8:{share}24,">=0"))'
    )
    assert ws.cell(total, col).number_format == "#,##0"
    tc = rows["Huyện ủy Thuận Châu"]
    assert ws.cell(tc, col).value == 85 and isinstance(ws.cell(tc, col).value, int)
    assert ws.cell(6, col + 2).value == "Tỷ lệ (%)"
    assert (
        ws.cell(tc, col + 2).value
        == f'=IF(N({letter}{tc})>0,{get_column_letter(col + 1)}{tc}/{letter}{tc},"")'
    )
    assert ws.cell(tc, col + 2).number_format == "0.0%"
    # Vân Hồ gave the whole alone: on its row, outside the pair, not in TỔNG CỘNG
    vh = ws.cell(rows["Huyện ủy Vân Hồ"], col)
    assert vh.value == 29 and vh.font.i and "không tính" in vh.comment.text
    assert ws.cell(rows["Huyện ủy Vân Hồ"], col + 2).value is None
    # a total the unit did not give is the sum of its parts, as a formula
    dialogues = header["Tổng số cuộc đối thoại"]
    parts = [
        header["Hội nghị đối thoại cấp huyện"],
        header["Hội nghị đối thoại cấp cơ sở (xã, thị trấn)"],
    ]
    cells = ",".join(f"{get_column_letter(p)}{tc}" for p in parts)
    assert ws.cell(tc, dialogues).value == f"=SUM({cells})"
    items = header["Tổng số việc làm theo đăng ký"]
    assert ws.cell(rows["Huyện ủy Vân Hồ"], items).value.startswith("=SUM(")
    # what a unit entered stands, and the cell is marked with both numbers
    mc = ws.cell(rows["Huyện ủy Mộc Châu"], dialogues)
    assert mc.value == 85 and mc.fill.fgColor.rgb.endswith("FCE4D6")
    assert "32 + 58 = 90" in mc.comment.text
    # the province's own 59 models, none from its units here: the own row holds them
    models = header["Mô hình, nội dung đột phá"]
    assert ws.cell(rows[own], models).value == 59
    awards = header["Tập thể được Ban Thường vụ Tỉnh ủy, UBND tỉnh khen thưởng"]
    assert ws.cell(rows[own], awards).value == 135
    assert ws.cell(rows[own], col).value is None
    assert ws.freeze_panes == "C8"
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # 100%, split at the breaks below
    breaks = [b.id for b in ws.col_breaks.brk]
    assert len(breaks) == 3  # four pages, each after a page's last column
    # each page after the first begins with the unit's name again: a table of its own
    assert all(ws.cell(5, b + 1).value == "Đơn vị" for b in breaks)
    assert all(
        ws.cell(rows["Huyện ủy Mường La"], b + 1).value == "Huyện ủy Mường La" for b in breaks
    )
    fonts = [ws.cell(6, c).font.sz for c in range(3, ws.max_column + 1) if ws.cell(6, c).value]
    assert min(fonts) >= 10  # printed at 100%: nothing under 10 pt on paper
    # every formula cell carries its value: a viewer that does not recalculate shows it
    values = openpyxl.load_workbook(make(article, tmp_path, "2019"), data_only=True)["Tổng hợp"]
    assert values.cell(total, col).value == 190 and values.cell(total, col + 1).value == 190
    assert values.cell(total, col + 2).value == 1
    assert values.cell(tc, dialogues).value == 64


def test_one_figure_in_text_table_and_chart(article: Session, tmp_path: Path) -> None:
    """Mộc Châu's dialogues are 85 everywhere; the province's are 149 everywhere."""
    wb = report(article, tmp_path, "2019")
    summary = texts(wb["Tóm tắt"])
    mc = next(t for t in summary if t.startswith("- Huyện ủy Mộc Châu:"))
    assert "85 cuộc" in mc and "90" not in mc
    province = next(t for t in summary if t.startswith("Toàn Đảng bộ tỉnh: tiếp "))
    assert "149 hội nghị, cuộc đối thoại" in province and "154" not in province
    assert "tổng số của Huyện ủy Mộc Châu chưa khớp với số liệu từng cấp" in province
    ws = wb["Tổng hợp"]
    rows, header = unit_rows(ws), header_columns(ws)
    col = header["Tổng số cuộc đối thoại"]
    values = [ws.cell(r, col).value for r in range(8, rows["TỔNG CỘNG"])]
    shown = sum(64 if isinstance(v, str) else v or 0 for v in values)  # 64: Thuận Châu's 6 + 58
    assert shown == 149
    years = wb["Qua các năm"]
    row = next(
        r for r in range(6, years.max_row + 1) if years.cell(r, 2).value == "Tổng số cuộc đối thoại"
    )
    column = next(c for c in range(3, years.max_column + 1) if years.cell(5, c).value == 2019)
    assert years.cell(row, column).value == 149
    checks = [
        " ".join(str(v) for v in r if v) for r in wb["Kiểm tra số liệu"].iter_rows(values_only=True)
    ]
    assert any("Huyện ủy Mộc Châu" in t and "(85)" in t and "32 + 58 = 90" in t for t in checks)


def test_coverage_is_told_and_shares_say_over_which_units(article: Session, tmp_path: Path) -> None:
    lines = texts(report(article, tmp_path, "2019")["Tóm tắt"])
    coverage = next(t for t in lines if t.startswith("(Đến thời điểm tổng hợp có"))
    assert coverage.startswith(
        "(Đến thời điểm tổng hợp có 07/17 đảng bộ trực thuộc gửi báo cáo; còn 10 đảng bộ chưa "
        "báo cáo"
    )
    assert "các huyện ủy Bắc Yên, Phù Yên" in coverage and "Công an tỉnh" not in coverage
    registration = next(t for t in lines if t.startswith("Toàn Đảng bộ tỉnh: 190/190"))
    # Vân Hồ gave 29 organisations but no registration count: not in 190/190
    assert (
        "190/190 tổ chức cơ sở đảng đăng ký việc làm theo (đạt 100%, tính trên 03/17 đảng bộ "
        "trực thuộc có đủ số liệu để tính tỷ lệ; ngoài ra Đảng ủy Công an tỉnh: 42 tổ chức cơ sở "
        "đảng đăng ký việc làm theo, không kèm tổng số để tính tỷ lệ)" in registration
    )
    # Mường La alone gave both: the same units, the usual note
    assert (
        "5.528/5.770 đảng viên xây dựng kế hoạch đăng ký cá nhân (đạt 95,8%, số liệu của 01/17 "
        "đảng bộ trực thuộc)" in registration
    )
    # a total and its parts from different units are not one sentence that fails to add up
    assert "852 việc (số liệu của 01/17 đảng bộ trực thuộc)" in registration
    assert (
        "tổng số việc làm theo đã đăng ký là 17.417 việc (số liệu của 02/17 đảng bộ trực thuộc)"
        in registration
    )
    parts = ["I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN"]
    assert [t for t in lines if t in parts] == parts
    assert "tổ chức đảng cơ sở" not in " ".join(lines)
    models = next(t for t in lines if "mô hình, nội dung đột phá" in t and "Toàn Đảng" in t)
    assert models.endswith("59 mô hình, nội dung đột phá.")  # no unit gave any: nothing to add


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
    header, rows = header_columns(ws), unit_rows(ws)
    ml = rows["Huyện ủy Mường La"]
    assert ws.cell(ml, header["Tổng số đảng viên"]).value == 5702
    assert ws.cell(ml, header["Mô hình, nội dung đột phá"]).value == 30
    new = ws.cell(rows["=Huyện ủy Mới (từ năm 2019)"], 2)  # its years said: from 2019 on
    assert new.value == "=Huyện ủy Mới (từ năm 2019)" and new.data_type == "s"
    years = wb["Qua các năm"]
    assert [years.cell(5, c).value for c in (3, 4, 5)] == [2017, 2018, 2019]
    row = next(
        r
        for r in range(6, years.max_row + 1)
        if years.cell(r, 2).value == "Mô hình, nội dung đột phá"
    )
    assert [years.cell(row, c).value for c in (3, 4, 5)] == [10, 10, 14]
    trend = next(t for t in texts(wb["Tóm tắt"]) if t.startswith("- Mô hình, nội dung đột phá:"))
    assert (
        "năm 2017 có 10 (số liệu của 01/17 đảng bộ trực thuộc); năm 2018 có 10 (số liệu của "
        "01/17 đảng bộ trực thuộc), bằng năm 2017; năm 2019 có 14 (số liệu của 02/18 đảng bộ "
        "trực thuộc)." in trend  # a new unit in 2019: not compared with 2018
    )
    only_2018 = report(session, tmp_path, "2018")["Tổng hợp"]
    assert "=Huyện ủy Mới" not in unit_rows(only_2018)


def test_years_resting_on_different_units_are_not_compared(demo: Session, tmp_path: Path) -> None:
    """2018: Mai Sơn's communes alone; 2019: five districts. No 'tăng' between them."""
    lines = texts(report(demo, tmp_path, "2017-2019")["Tóm tắt"])
    total = next(t for t in lines if t.startswith("- Tổng số tổ chức cơ sở đảng:"))
    # a share's whole as its pair gives it: over the units that gave both (not 222, of which
    # 29 are Vân Hồ's without a registration count, against 235 registered with Công an's 42)
    assert total == (
        "- Tổng số tổ chức cơ sở đảng: năm 2018 có 03 tổ chức (số liệu của 01/17 đảng bộ trực "
        "thuộc); năm 2019 có 193 tổ chức (số liệu của 04/17 đảng bộ trực thuộc)."
    )
    registered = next(t for t in lines if t.startswith("- Tổ chức cơ sở đảng đăng ký"))
    assert "năm 2019 có 193 tổ chức" in registered  # no part above its whole
    own = next(t for t in lines if t.startswith("- Mô hình, nội dung đột phá:"))
    assert "năm 2018 có 560, tăng 450 so với năm 2017" in own  # the province's own
    awards = next(t for t in lines if t.startswith("- Tập thể được Ban Thường vụ Tỉnh ủy"))
    assert "năm 2018 có 45 tập thể, tăng 05 tập thể so với năm 2017" in awards


def test_chart_registers_and_checks(demo: Session, tmp_path: Path) -> None:
    wb = report(demo, tmp_path, "2017-2019")
    years = wb["Qua các năm"]
    charts = years._charts
    labels = [years.cell(r, 2).value for r in range(6, years.max_row + 1)]
    followed = [  # the indicators with figures in more than one year, a chart each
        r
        for r in range(6, years.max_row + 1)
        if years.cell(r, 2).value not in (None, "Tỷ lệ (%)")
        and sum(isinstance(years.cell(r, c).value, int) for c in (3, 4, 5)) > 1
    ]
    assert len(charts) == len(followed) > 3
    group = ""
    for row in range(6, years.max_row + 1):  # the group of each row (merged: its first)
        group = years.cell(row, 1).value or group
        if row in followed:
            chart = charts[followed.index(row)]
            label = years.cell(row, 2).value
            if labels.count(label) > 1:  # two groups' rows of one name: the chart says whose
                label = f"{group}: {label}"
            assert len(chart.series) == 1  # one indicator per chart
            assert chart.title.tx.rich.p[0].r[0].t == label
            assert chart.title.tx.rich.p[0].r[0].rPr.latin.typeface == "Times New Roman"
    dialogues = wb["Hội nghị đối thoại"]
    heads = [dialogues.cell(5, c).value for c in range(1, dialogues.max_column + 1)]
    assert "Ngày" not in heads  # no row gives the day: the column is left out
    place = heads.index("Địa điểm (xã, phường, thị trấn)") + 1
    assert [dialogues.cell(r, place).value for r in range(6, 12)] == [
        "Tông Cọ",
        "Mường Bám",
        "Nong Lay",
        "Chiềng Ngàm",
        "Chiềng Pấc",
        "Mường Khiêng",
    ]
    assert dialogues.cell(6, 3).value == 2019  # years are numbers
    awards = wb["Khen thưởng"]
    dates = [awards.cell(r, 5).value for r in range(6, 10)]
    assert all(isinstance(d, dt.datetime) for d in dates)  # dates are dates
    assert awards.cell(6, 5).number_format == "dd/mm/yyyy"
    checks = wb["Kiểm tra số liệu"]
    rows = [
        " ".join(str(c.value) for c in row if c.value is not None)
        for row in checks.iter_rows(min_row=6)
    ]
    assert any("Huyện ủy Mộc Châu" in r and "(85)" in r and "32 + 58 = 90" in r for r in rows)
    assert any("Tỉnh ủy Sơn La 2018" in r and "gấp 5,1 lần năm 2017 (110)" in r for r in rows)
    assert isinstance(checks.cell(6, 3).value, int)


def test_a_register_without_rows_has_no_sheet(article: Session, tmp_path: Path) -> None:
    assert report(article, tmp_path, "2019").sheetnames == [
        "Tóm tắt",
        "Tổng hợp",
        "Qua các năm",
        "Số mục cần rà soát",
        "Kiểm tra số liệu",
    ]


def test_bad_periods_units_and_file_kinds(demo: Session, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ReportError):
        parse_years("2019-2017")
    with pytest.raises(ReportError):
        parse_years("năm 2019")
    with pytest.raises(ReportError, match="không có đơn vị"):
        build_report(demo, parse_years("2019"), tmp_path / "x.xlsx", "NOPE")
    with pytest.raises(ReportError, match=r"\.docx \(Word\) hoặc \.xlsx"):
        build_report(demo, parse_years("2019"), tmp_path / "x.pdf")
    assert parse_years("2017–2019") == range(2017, 2020)
    assert not list(tmp_path.iterdir())


def test_an_existing_report_is_replaced_whole(demo: Session, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old")
    build_report(demo, parse_years("2019"), out)
    assert openpyxl.load_workbook(out).sheetnames[0] == "Tóm tắt"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]  # no temporary file left


def test_cli_report_in_both_forms_with_date_number_and_signer(
    demo: Session, tmp_path: Path
) -> None:
    def ct05(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ct05_desktop.cli", "--db", str(demo.path), *args],
            capture_output=True,
            text=True,
            check=False,
        )

    for kind in ("xlsx", "docx"):
        out = tmp_path / f"tc.{kind}"
        result = ct05(
            "report",
            "--years",
            "2017-2019",
            "--org",
            "SL.TC",
            "--out",
            str(out),
            "--date",
            "03/04/2020",
            "--number",
            "125",
            "--signer",
            "Lò Văn Minh",
        )
        assert result.returncode == 0, result.stderr
    lines = paragraphs(tmp_path / "tc.docx")
    assert "Thuận Châu, ngày 03 tháng 4 năm 2020" in lines
    assert "Số 125-BC/HU" in lines and "HUYỆN ỦY THUẬN CHÂU" in lines and "Lò Văn Minh" in lines
    summary = texts(openpyxl.load_workbook(tmp_path / "tc.xlsx")["Tóm tắt"])
    assert "Thuận Châu, ngày 03 tháng 4 năm 2020" in summary and "Số 125-BC/HU" in summary
    assert ct05("report", "--year", "2019", "--out", str(tmp_path / "x.pdf")).returncode == 1
    assert (
        ct05(
            "report", "--year", "2019", "--date", "31/02/2020", "--out", str(tmp_path / "y.docx")
        ).returncode
        == 1
    )
