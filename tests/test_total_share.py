"""The TỔNG CỘNG share of the Tổng hợp sheet (DOMAIN §7): a share's whole, part and share
columns add up the units that gave both figures, so that no part stands above its whole and
the share is the quotient of the two cells beside it; a unit with one of the two stands on
its row, outside the pair, named under the table; the Word report gives the same share."""

import re
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.summary_table import OWN, UNIT, TableRow, total_pair, total_share
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES

PART, WHOLE = "grassroots_orgs_registered", "grassroots_orgs_total"
REFS = ("(7)", "(6)", "(5)")
NOTE = (
    r"chỉ cộng (\d+/\d+) đảng bộ trực thuộc có đủ cả hai số liệu: ([\d.]+/[\d.]+) \(đạt ([\d,]+%)\)"
)
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
    return TableRow(name, name, kind, values, shares={PART: pair})


def test_a_share_of_the_rows_own_figures_needs_no_word() -> None:
    rows = [unit("A", 40, 40), unit("B", 85, 90), unit("C", None, None)]
    assert total_pair(rows, PART) == (125, 130)
    basis = total_share(rows, PART, (125, 130))
    assert basis.complete and basis.note(REFS, "đảng bộ trực thuộc") is None


def test_units_with_one_figure_stay_outside_the_pair_and_are_named() -> None:
    """The issue's case: 222 organisations against 235 registered, yet 100%."""
    rows = [
        unit("Huyện ủy A", 40, 40),
        unit("Huyện ủy B", 85, 90),
        unit("Huyện ủy C", 65, 65),
        unit("Huyện ủy D", None, 29),
        unit("Huyện ủy E", 42, None),
    ]
    assert total_pair(rows, PART) == (190, 195)  # never 232 over 224
    basis = total_share(rows, PART, (190, 195))
    assert (basis.counted, basis.units) == (3, 5)
    assert basis.note(REFS, "đảng bộ trực thuộc") == (
        "Các cột (5), (6), (7) ở dòng TỔNG CỘNG chỉ cộng 03/05 đảng bộ trực thuộc có đủ cả "
        "hai số liệu: 190/195 (đạt 97,4%); không tính Huyện ủy D (chỉ có cột (5)), Huyện ủy "
        "E (chỉ có cột (6))."
    )
    # a whole standing beside a second share shows the pairs only: its units go unnamed
    assert "Huyện ủy D" not in (basis.note(REFS, "đơn vị", wholes_shown=False) or "")


def test_every_reason_a_column_is_left_out_is_named() -> None:
    rows = [
        unit("A", 1000, 1200),
        unit("B", 42, None),
        unit("C", 3, 3, pair=(1, 1)),  # one of its communes gave both: its pair counts
        unit("D", 5, 9, both=False),  # its two figures come from different communes
        TableRow("X", "Số liệu chung", OWN, {PART: 1, WHOLE: 1}, shares={PART: (1, 1)}),
    ]
    assert total_pair(rows, PART) == (1002, 1202)
    note = total_share(rows, PART, (1002, 1202)).note(REFS, "đơn vị")
    assert note is not None
    assert "chỉ cộng 02/04 đơn vị có đủ cả hai số liệu: 1.002/1.202 (đạt 83,4%)" in note
    assert note.endswith(
        ", kể cả dòng “Số liệu chung…”; không tính B (chỉ có cột (6)), D (hai số liệu không "
        "do cùng đơn vị báo cáo)."
    )


def test_no_unit_with_both_figures_leaves_the_share_blank_and_says_why() -> None:
    rows = [unit("A", None, 29), unit("B", 42, None)]
    assert total_pair(rows, PART) is None
    assert total_share(rows, PART, None).note(REFS, "đơn vị") == (
        "Các cột (5), (6), (7) ở dòng TỔNG CỘNG để trống: không có đơn vị nào có đủ cả hai số liệu."
    )


@pytest.fixture
def article(session: Session) -> Session:
    assert import_csv(session, ARTICLE_VALUES).ok
    return session


def workbook(session: Session, tmp_path: Path, kind: str = ".xlsx") -> Path:
    out = tmp_path / f"r2019{kind}"
    build_report(session, parse_years("2019"), out)
    return out


def columns(ws: Worksheet) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in range(3, ws.max_column + 1):
        out.setdefault(ws.cell(6, c).value, c)
    return out


def test_the_workbook_says_under_the_table_which_units_the_total_counts(
    article: Session, tmp_path: Path
) -> None:
    """The article's 2019: Vân Hồ gave 29 organisations without a registration count,
    Công an tỉnh 42 registered without a total; TỔNG CỘNG is 190 | 190 | 100% over 3 of 17."""
    path = workbook(article, tmp_path)
    ws = openpyxl.load_workbook(path)["Tổng hợp"]
    seen = openpyxl.load_workbook(path, data_only=True)["Tổng hợp"]
    header = columns(ws)
    rows = {ws.cell(r, 2).value: r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value}
    total = rows["TỔNG CỘNG"]
    whole = header["Tổng số tổ chức cơ sở đảng"]
    part, share = whole + 1, whole + 2
    assert [seen.cell(total, c).value for c in (whole, part, share)] == [190, 190, 1]
    w, p = get_column_letter(whole), get_column_letter(part)
    assert ws.cell(total, share).value == f'=IF(N({w}{total})>0,{p}{total}/{w}{total},"")'
    said = ws.cell(total, share).comment.text
    # no study figures in the article: the table starts with registration, column (3)
    assert said.startswith("Các cột (3), (4), (5) ở dòng TỔNG CỘNG chỉ cộng 03/17")
    assert said.endswith(
        "; không tính Huyện ủy Vân Hồ (chỉ có cột (3)), Đảng ủy Công an tỉnh (chỉ có cột (4))."
    )
    notes = [str(ws.cell(r, 2).value) for r in range(total + 1, ws.max_row + 1)]
    assert notes[0] == f"Ghi chú: (1) {said}"
    # every TỔNG CỘNG part at most its whole, in every share of the table
    for c in [c for label, c in header.items() if label == "Tỷ lệ (%)"] + [
        c for c in range(3, ws.max_column + 1) if ws.cell(6, c).value == "Tỷ lệ (%)"
    ]:
        part_total, whole_total = seen.cell(total, c - 1).value, seen.cell(total, c - 2).value
        if part_total not in (None, ""):
            assert part_total <= whole_total
    # members: only Mường La gave them, both: nothing to say
    members = ws.cell(total, header["Tổng số đảng viên"] + 2)
    assert members.comment is None
    assert not any("(8), (9), (10)" in n for n in notes)


def test_the_word_report_gives_the_same_share_over_the_same_units(
    article: Session, tmp_path: Path
) -> None:
    ws = openpyxl.load_workbook(workbook(article, tmp_path))["Tổng hợp"]
    notes = [str(c.value) for c in ws["B"] if c.value and "ở dòng TỔNG CỘNG" in str(c.value)]
    said = [re.search(NOTE, n).groups() for n in notes]  # type: ignore[union-attr]
    assert said == [("03/17", "190/190", "100%")]  # ethics: 24/29, Vân Hồ's own, nothing left
    word = docx.Document(str(workbook(article, tmp_path, ".docx")))
    text = "\n".join(p.text for p in word.paragraphs)
    units, pair, share = said[0]
    assert (
        f"{pair} {WHAT[0]} (đạt {share}, tính trên {units} đảng bộ trực thuộc có đủ số liệu "
        "để tính tỷ lệ"
    ) in text
    assert f"24/29 {WHAT[1]} (đạt 82,8%" in text


def test_a_table_whose_shares_are_its_rows_has_no_share_note(demo: Session, tmp_path: Path) -> None:
    """Mường La's communes: each share is the row's own, so nothing is said under the table."""
    out = tmp_path / "ml.xlsx"
    build_report(demo, parse_years("2019"), out, "SL.ML")
    ws = openpyxl.load_workbook(out)["Tổng hợp"]
    assert not any("ở dòng TỔNG CỘNG" in str(c.value) for c in ws["B"] if c.value)
    total = next(r for r in range(8, ws.max_row + 1) if ws.cell(r, 2).value == "TỔNG CỘNG")
    shares = [c for c in range(3, ws.max_column + 1) if ws.cell(6, c).value == "Tỷ lệ (%)"]
    assert shares and all(ws.cell(total, c).comment is None for c in shares)
    letter = get_column_letter(shares[0] - 1)
    assert f"{letter}{total}" in ws.cell(total, shares[0]).value  # the row's own columns


def test_small_counts_are_written_as_the_report_text_writes_them() -> None:
    rows = [unit("A", 1, 1), unit("B", None, 2)]
    note = total_share(rows, PART, (1, 1)).note(REFS, "chi bộ")
    assert (
        note is not None and "chỉ cộng 01/02 chi bộ có đủ cả hai số liệu: 01/01 (đạt 100%)" in note
    )
