"""The appendix as it is sent (DOMAIN §7): every formula with its value, no part above its
whole in any total, the final workbook without the office's check sheets (they go to a file
of their own), pages numbered from 1, no empty sheet, and the summary table printed a page
per group of columns."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.table_layout import columns, page_groups
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.report_files import build_report, build_reports
from ct05_desktop.workflows.reports import gather, parse_years
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES

MARKED = "FFFCE4D6"  # a draft's cell whose figure disagrees: tinted, with a comment

CASES = [  # (years, unit, final)
    ("2019", None, False),
    ("2017-2019", None, False),
    ("2019", None, True),
    ("2019", "SL.MS", False),
    ("2019", "SL.MS.CM", False),
    ("2019", "SL.MS.CM.NS", True),
]


def make(session: Session, folder: Path, years: str, org: str | None, final: bool) -> Path:
    out = folder / f"r{years}{org}{final}.xlsx"
    build_report(session, parse_years(years), out, org, final=final, allow_empty=True)
    return out


def formulas(path: Path) -> list[tuple[str, str, object]]:
    """(sheet, cell, value as a viewer that does not recalculate reads it) of each formula."""
    written = openpyxl.load_workbook(path)
    seen = openpyxl.load_workbook(path, data_only=True)
    return [
        (ws.title, cell.coordinate, seen[ws.title][cell.coordinate].value)
        for ws in written.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


@pytest.mark.parametrize(("years", "org", "final"), CASES)
def test_every_formula_cell_carries_its_value(
    demo: Session, tmp_path: Path, years: str, org: str | None, final: bool
) -> None:
    found = formulas(make(demo, tmp_path, years, org, final))
    assert found  # totals and shares are formulas
    empty = [(sheet, cell) for sheet, cell, value in found if value in (None, "")]
    assert empty == []


def share_triples(ws: Worksheet) -> list[int]:
    """The columns of the Tổng hợp sheet that hold a share."""
    return [c for c in range(3, ws.max_column + 1) if ws.cell(6, c).value == "Tỷ lệ (%)"]


@pytest.mark.parametrize("years", ["2019", "2017-2019"])
def test_no_total_part_is_above_its_whole(demo: Session, tmp_path: Path, years: str) -> None:
    """The issue's case: 222 organisations against 235 registered, and yet 100%."""
    path = make(demo, tmp_path, years, None, False)
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Tổng hợp"]
    total = next(r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value == "TỔNG CỘNG")
    checked = 0
    for share in share_triples(ws):
        whole, part = ws.cell(total, share - 2).value, ws.cell(total, share - 1).value
        if part is None:
            continue
        assert part <= whole
        assert ws.cell(total, share).value == pytest.approx(part / whole)  # the cells beside
        checked += 1
    assert checked == 3
    years_sheet = wb["Qua các năm"]
    rows = [[c.value for c in r] for r in years_sheet.iter_rows(min_row=6)]
    for n, row in enumerate(rows):
        if row[1] == "Tỷ lệ (%)":
            whole, part = rows[n - 2], rows[n - 1]
            for w, p in zip(whole[2:], part[2:], strict=True):
                assert p is None or w is None or p <= w


def test_the_final_workbook_holds_the_appendices_and_its_checks_go_beside(
    demo: Session, tmp_path: Path
) -> None:
    years = parse_years("2019")
    warnings = gather(demo, years).warnings
    folder = tmp_path / "out"
    paths = build_reports(demo, years, folder, "SL", final=True, allow_empty=True)
    names = [p.name for p in paths]
    assert names == [
        "BaoCao_CT05_Tinh_Uy_Son_La_2019.docx",
        "PhuLuc_CT05_Tinh_Uy_Son_La_2019.xlsx",
        "PhuLuc_CT05_Tinh_Uy_Son_La_2019_KiemTra.xlsx",
    ]
    sent = openpyxl.load_workbook(paths[1])
    assert sent.sheetnames[0] == "Tóm tắt" and sent.sheetnames[-1] == "Qua các năm"
    assert not {"Kiểm tra số liệu", "Số mục cần rà soát"} & set(sent.sheetnames)
    for ws in sent.worksheets[1:]:  # each Phụ lục numbers its pages from 1
        assert ws["A1"].value.startswith("Phụ lục ")
        assert ws.page_setup.useFirstPageNumber and ws.page_setup.firstPageNumber in (None, 1)
    assert sent["Tóm tắt"].HeaderFooter.differentFirst  # the Báo cáo's: none on page 1
    table = sent["Tổng hợp"]
    said = [str(c.value) for row in table.iter_rows() for c in row if c.value]
    assert not any("Ô tô màu" in t for t in said)  # disagreements are the check list's
    marked = [c for row in table.iter_rows() for c in row if c.fill.fgColor.rgb == MARKED]
    assert not marked
    drafted = openpyxl.load_workbook(make(demo, tmp_path, "2019", None, False))["Tổng hợp"]
    assert any(c.fill.fgColor.rgb == MARKED for row in drafted.iter_rows() for c in row)
    checks = openpyxl.load_workbook(paths[2])
    assert checks.sheetnames == ["Số mục cần rà soát", "Kiểm tra số liệu"]
    listed = checks["Kiểm tra số liệu"]
    assert listed.cell(5 + len(warnings), 1).value == len(warnings) > 0
    draft = openpyxl.load_workbook(make(demo, tmp_path, "2019", None, False))
    assert draft.sheetnames[0] == "Tóm tắt" and draft.sheetnames[-1] == "Kiểm tra số liệu"


def test_a_cells_appendix_has_no_empty_sheet_or_column(demo: Session, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(make(demo, tmp_path, "2019", "SL.MS.CM.NS", True))
    for ws in wb.worksheets[1:]:
        numbers = [c.value for row in ws.iter_rows(min_row=6) for c in row]
        assert any(isinstance(v, int | float) for v in numbers), ws.title
    table = wb["Tổng hợp"]
    for column in range(3, table.max_column + 1):
        if table.cell(5, column).value == "Đơn vị":
            continue
        cells = [table.cell(r, column).value for r in range(8, 10)]  # its row and TỔNG CỘNG
        assert any(v is not None for v in cells), table.cell(6, column).value
    texts = [str(c.value) for row in table.iter_rows() for c in row if c.value]
    assert not any("Tiếp công dân" in t for t in texts)  # not a chi bộ's business


def test_years_are_shown_only_when_a_figure_is_there_in_two(demo: Session, tmp_path: Path) -> None:
    """Mường La has its figures of 2019 alone: no 'Qua các năm' repeating the table under
    the title 'qua các năm 2019', and the Word report counts one appendix less; a register
    column no row fills is left out."""
    import docx

    (tmp_path / "ml").mkdir()
    paths = build_reports(
        demo, parse_years("2019"), tmp_path / "ml", "SL.ML", final=True, allow_empty=True
    )
    wb = openpyxl.load_workbook(paths[1])
    assert "Qua các năm" not in wb.sheetnames
    numbered = [ws for ws in wb.worksheets if str(ws["A1"].value or "").startswith("Phụ lục")]
    text = [p.text for p in docx.Document(str(paths[0])).paragraphs]
    assert f"(Kèm theo {len(numbered):02d} phụ lục số liệu chi tiết.)" in text
    ms = openpyxl.load_workbook(make(demo, tmp_path, "2017-2019", "SL.MS", True))
    assert "Qua các năm" in ms.sheetnames


def test_the_title_never_breaks_the_directives_number(demo: Session, tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(make(demo, tmp_path, "2019", "SL.MS.CM.NS", True))["Tổng hợp"]
    titles = [c.value for c in ws[2] if c.value]
    assert titles and all("05-CT/TW" in t.replace("\n", " ") for t in titles)
    assert all("05-" not in line or "05-CT/TW" in line for t in titles for line in t.split("\n"))


def pdf_pages(path: Path, folder: Path) -> list[str]:
    """The text of each page LibreOffice prints the workbook on."""
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = folder / (path.stem + ".pdf")
    count = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(x for x in count.stdout.splitlines() if x.startswith("Pages:")).split()[1])
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, pages + 1)
    ]


@pytest.mark.skipif(
    not (shutil.which("libreoffice") and shutil.which("pdftotext")),
    reason="needs LibreOffice and poppler (scripts/system-deps.sh installs them)",
)
@pytest.mark.parametrize("extra", [0, 3])
def test_each_group_of_columns_prints_on_one_page(
    session: Session, tmp_path: Path, extra: int
) -> None:
    """The article's 17 districts and the province's own row, then 20 districts: each page
    group of Tổng hợp on one A4 landscape page at 100%, TỔNG CỘNG with it (and for 17 rows
    the notes under the table too; for 20, they may run onto a page of their own)."""
    assert import_csv(session, ARTICLE_VALUES).ok
    from ct05_desktop.domain.orgs import Org

    new = [Org(f"SL.X{n}", f"Huyện ủy Thử {n}", "district", "SL") for n in range(extra)]
    session.repo.upsert_orgs(new, "test")
    values = [ValueChange(o.code, 2019, "members_total", "100") for o in new]
    assert save_values(session, values, "test").ok
    report = gather(session, parse_years("2019"))
    groups = page_groups(columns(report.catalogue, report.rows))
    out = make(session, tmp_path, "2019", None, False)
    pages = pdf_pages(out, tmp_path)
    first = next(n for n, t in enumerate(pages) if "Phụ lục 1" in t)
    after = next(n for n, t in enumerate(pages) if "Phụ lục 2" in t)
    table = pages[first:after]
    starts = [t for t in table if "Phụ lục 1" in t]
    assert len(starts) == len(groups)
    assert all("TỔNG CỘNG" in t and "Huyện ủy Mường La" in t for t in starts)
    rest = [t for t in table if "Phụ lục 1" not in t]  # no unit's row beyond its page
    assert not any("Huyện ủy" in t or "TỔNG CỘNG" in t for t in rest)
    if not extra:
        assert len(table) == len(groups)
    wb = openpyxl.load_workbook(out)
    ws = wb["Tổng hợp"]
    assert ws.page_setup.scale in (None, 100) and not ws.sheet_properties.pageSetUpPr.fitToPage
    sizes = {c.font.sz for row in ws.iter_rows() for c in row if c.value is not None}
    assert min(sizes) >= 10  # at 100%: nothing under 10 pt on paper


def test_no_page_break_falls_inside_a_group_of_the_years(demo: Session, tmp_path: Path) -> None:
    """A group's name is one merged cell: a page break inside it would print it on one
    page only. The province's years run over two pages, broken between groups, the header
    row repeated."""
    ws = openpyxl.load_workbook(make(demo, tmp_path, "2019", None, True))["Qua các năm"]
    groups = [m for m in ws.merged_cells.ranges if m.min_col == 1 and m.min_row > 5]
    table_end = max(m.max_row for m in groups)
    breaks = [b.id for b in ws.row_breaks.brk if b.id < table_end]
    assert breaks  # the table does not fit one page
    for row in breaks:  # a break after row `row`
        assert not any(m.min_row <= row < m.max_row for m in groups), row
    assert ws.print_title_rows == "$5:$5"


def test_a_register_row_from_deeper_down_names_the_unit_it_is_in(
    demo: Session, tmp_path: Path
) -> None:
    """The province's text says 'Huyện ủy Mai Sơn: 01 cá nhân'; its appendix lists the
    chi bộ that recorded the row, with the district it is in."""
    wb = openpyxl.load_workbook(make(demo, tmp_path, "2019", None, True))
    units = [c.value for c in wb["Gương điển hình"]["B"][5:] if c.value]
    assert "Chi bộ bản Nà Sản (Huyện ủy Mai Sơn)" in units
    assert "Thành ủy Sơn La" in units  # a unit directly under: its name alone
    ms = openpyxl.load_workbook(make(demo, tmp_path, "2019", "SL.MS", True))
    assert "Chi bộ bản Nà Sản (Đảng bộ xã Chiềng Mung)" in [
        c.value for c in ms["Gương điển hình"]["B"][5:]
    ]
