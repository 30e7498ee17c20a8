"""The TỔNG CỘNG share of the Tổng hợp sheet (DOMAIN §7): the row's part over its whole
when that is the text's share; otherwise the text's share over the units that gave both
figures, said on the cell and under the table with how many units it rests on, and the
same share, over the same units, in the Word report."""

import re
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.summary_table import OWN, UNIT, TableRow, total_share
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES

PART, WHOLE = "grassroots_orgs_registered", "grassroots_orgs_total"
REFS = ("(7)", "(6)", "(5)")
NOTE = r"là ([\d.]+/[\d.]+) \(đạt ([\d,]+%)\), tính trên (\d+/\d+) đảng bộ trực thuộc có đủ"
WHAT = (
    "tổ chức cơ sở đảng đăng ký việc làm theo",
    "tổ chức cơ sở đảng rà soát, bổ sung chuẩn mực đạo đức",
)


def unit(
    name: str,
    part: int | None,
    whole: int | None,
    pair: tuple[int, int] | None = None,
    both: bool | None = None,
    kind: str = UNIT,
) -> TableRow:
    values: dict[str, int | None] = {PART: part, WHOLE: whole}
    if pair is None and part is not None and whole is not None and both is not False:
        pair = (part, whole)
    gave_both = pair is not None if both is None else both
    return TableRow(
        name, name, kind, values, shares={PART: pair}, both=frozenset({PART} if gave_both else ())
    )


def test_a_share_of_the_rows_own_figures_needs_no_word() -> None:
    rows = [unit("A", 40, 40), unit("B", 85, 90), unit("C", None, None)]
    basis = total_share(rows, PART, (125, 130))
    assert basis.as_row and basis.shown == (125, 130)
    assert basis.note(REFS, "đảng bộ trực thuộc") is None


def test_a_share_over_fewer_units_says_over_which_and_why_the_row_differs() -> None:
    """The issue's case: the row shows 224 | 190, the share is 190/195 over 3 of 5 units."""
    rows = [
        unit("Huyện ủy A", 40, 40),
        unit("Huyện ủy B", 85, 90),
        unit("Huyện ủy C", 65, 65),
        unit("Huyện ủy D", None, 29),
        unit("Huyện ủy E", None, None),
    ]
    basis = total_share(rows, PART, (190, 195))
    assert not basis.as_row and basis.shown == (190, 224)
    assert (basis.counted, basis.units) == (3, 5)
    assert basis.note(REFS, "đảng bộ trực thuộc") == (
        "Tỷ lệ (7) ở dòng TỔNG CỘNG là 190/195 (đạt 97,4%), tính trên 03/05 đảng bộ trực "
        "thuộc có đủ số liệu để tính tỷ lệ (có cả cột (5) và cột (6)); không tính Huyện ủy D "
        "(chỉ có cột (5))."
    )


def test_every_reason_a_column_holds_more_is_named() -> None:
    rows = [
        unit("A", 1000, 1200),
        unit("B", 42, None),
        unit("C", 3, 3, pair=(1, 1)),  # one of its communes gave both
        unit("D", 5, 9, both=False),  # its two figures come from different communes
        unit("Số liệu chung", None, 8, kind=OWN),
    ]
    note = total_share(rows, PART, (1001, 1201)).note(REFS, "đơn vị")
    assert note is not None
    assert "tính trên 02/04 đơn vị" in note and "1.001/1.201 (đạt 83,3%)" in note
    assert note.endswith(
        "; không tính B (chỉ có cột (6)), D (hai cột không do cùng đơn vị báo cáo), phần "
        "không đủ hai cột của C, dòng “Số liệu chung…”."
    )


def test_no_unit_with_both_figures_leaves_the_share_blank_and_says_why() -> None:
    rows = [unit("A", None, 29), unit("B", 42, None)]
    basis = total_share(rows, PART, None)
    assert not basis.as_row
    assert basis.note(REFS, "đơn vị") == (
        "Tỷ lệ (7) ở dòng TỔNG CỘNG để trống: không có đơn vị nào có đủ số liệu để tính tỷ "
        "lệ (có cả cột (5) và cột (6))."
    )
    only_one_column = total_share([unit("A", None, 29)], PART, None)
    assert only_one_column.as_row  # a blank share beside one blank column says it all


@pytest.fixture
def article(session: Session) -> Session:
    assert import_csv(session, ARTICLE_VALUES).ok
    return session


def workbook(session: Session, tmp_path: Path, kind: str = ".xlsx") -> Path:
    out = tmp_path / f"r2019{kind}"
    build_report(session, parse_years("2019"), out)
    return out


def columns(ws: Worksheet) -> dict[str, int]:
    return {ws.cell(6, c).value: c for c in range(3, ws.max_column + 1)}


def number_in(ws: Worksheet, row: int, column: int) -> int | None:
    value = ws.cell(row, column).value
    assert value is None or isinstance(value, int), value  # the article's cells are figures
    return value


def sumifs_share(ws: Worksheet, rows: range, part: int, whole: int) -> tuple[int, int]:
    """What =SUMIFS(part,whole,"<>")/SUMIFS(whole,part,"<>") adds up, cell by cell."""
    pairs = [(number_in(ws, r, part), number_in(ws, r, whole)) for r in rows]
    both = [(p, w) for p, w in pairs if p is not None and w is not None]
    return sum(p for p, _ in both), sum(w for _, w in both)


def test_the_workbook_says_on_the_cell_and_under_the_table_over_which_units(
    article: Session, tmp_path: Path
) -> None:
    """The article's 2019: Vân Hồ gave 29 organisations without a registration count,
    Công an tỉnh 42 registered without a total; the share is 190/190 over 3 of 17."""
    ws = openpyxl.load_workbook(workbook(article, tmp_path))["Tổng hợp"]
    header = columns(ws)
    rows = {ws.cell(r, 2).value: r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value}
    total = rows["TỔNG CỘNG"]
    whole = header["Tổng số tổ chức cơ sở đảng"]
    part, share = whole + 1, whole + 2
    cell = ws.cell(total, share)
    assert cell.value.startswith("=IFERROR(SUMIFS(")
    assert sumifs_share(ws, range(8, total), part, whole) == (190, 190)  # what Excel shows
    assert cell.comment is not None
    said = cell.comment.text
    assert said.startswith("Tỷ lệ (7) ở dòng TỔNG CỘNG là 190/190 (đạt 100%), tính trên 03/17")
    assert said.endswith(
        "; không tính Huyện ủy Vân Hồ (chỉ có cột (5)), Đảng ủy Công an tỉnh (chỉ có cột (6))."
    )
    notes = [str(ws.cell(r, 2).value) for r in range(total + 1, ws.max_row + 1)]
    assert notes[1] == "Ghi chú:" and f"- {said}" in notes
    # members: only Mường La gave them, both: the row's 5.528 over its 5.770, nothing to say
    members = ws.cell(total, header["Tổng số đảng viên"] + 2)
    assert members.value.startswith("=IF(AND(ISNUMBER(") and members.comment is None
    assert not any("(12) ở dòng TỔNG CỘNG" in n for n in notes)


def test_the_word_report_gives_the_same_share_over_the_same_units(
    article: Session, tmp_path: Path
) -> None:
    ws = openpyxl.load_workbook(workbook(article, tmp_path))["Tổng hợp"]
    notes = [str(c.value) for c in ws["B"] if c.value and str(c.value).startswith("- Tỷ lệ")]
    said = [re.search(NOTE, n).groups() for n in notes]  # type: ignore[union-attr]
    assert said == [("190/190", "100%", "03/17"), ("24/29", "82,8%", "01/17")]
    word = docx.Document(str(workbook(article, tmp_path, ".docx")))
    text = "\n".join(p.text for p in word.paragraphs)
    for what, (pair, share, units) in zip(WHAT, said, strict=True):
        assert (
            f"{pair} {what} (đạt {share}, tính trên {units} đảng bộ trực thuộc có đủ số liệu "
            "để tính tỷ lệ"
        ) in text


def test_a_table_whose_shares_are_its_rows_has_no_share_note(demo: Session, tmp_path: Path) -> None:
    """Mường La's communes: each share is the row's own, so nothing is said under the table."""
    out = tmp_path / "ml.xlsx"
    build_report(demo, parse_years("2019"), out, "SL.ML")
    ws = openpyxl.load_workbook(out)["Tổng hợp"]
    assert not any(str(c.value).startswith("- Tỷ lệ") for c in ws["B"] if c.value)
    total = next(r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value == "TỔNG CỘNG")
    shares = [c for label, c in columns(ws).items() if label == "Tỷ lệ (%)"]
    assert shares and all(ws.cell(total, c).comment is None for c in shares)
    letter = get_column_letter(shares[0] - 1)
    assert f"{letter}{total}" in ws.cell(total, shares[0]).value  # the row's own columns


def test_small_counts_are_written_as_the_report_text_writes_them() -> None:
    rows = [unit("A", 1, 1), unit("B", None, 2)]
    note = total_share(rows, PART, (1, 1)).note(REFS, "chi bộ")
    assert note is not None and "là 01/01 (đạt 100%), tính trên 01/02 chi bộ có đủ" in note
