"""The workbook a unit fills in: instructions, its figures (one row per organisation),
and hidden metadata saying what the file is. Pre-filled with what the database holds.

The clerk who fills it sees names and labels only: the codes the reader goes by (the
indicators' codes in row CODES, the units' codes in column A) are in a hidden row and a
hidden column, which Excel and LibreOffice keep when the file is saved; the sheet is
protected, so even unhidden they cannot be typed over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.refusal_words import WHOLE_NUMBERS_VI
from ct05_desktop.domain.template_signature import new_template_id, signature
from ct05_desktop.excel.styles import (
    BORDER,
    CENTER,
    HEADER_FILL,
    UNLOCKED,
    font,
    print_setup,
    put_number,
    put_text,
)
from ct05_desktop.excel.templates.form import catalogue_version, write_form_sheet
from ct05_desktop.excel.templates.registers import write_register_sheets
from ct05_desktop.excel.templates.texts import write_text_sheet
from ct05_desktop.files.output_file import replaced_on_success

# 2: the hidden sheet is signed; 3: registers name their units; 4: the signature binds when
# it was written, and the figures sheet carries the hidden sheet's id
TEMPLATE_VERSION = "4"
READABLE_VERSIONS = ("2", "3", "4")  # a version 2 file has unit codes in its register sheets
ID_CELL = "A1"  # the figures sheet's copy of the template's id (column A is hidden)
FIGURES = "Số liệu"
GUIDE = "Hướng dẫn"
META = "_ct05"
HEAD, CODES, FIRST = 4, 6, 7  # section row, label row 5, indicator codes row 6, first unit row
INPUT_FILL = "FFF9E5"


def write_template(
    path: Path | str,
    unit: Org,
    year: int,
    orgs: Sequence[Org],
    catalogue: Catalogue,
    values: Mapping[tuple[str, str], int],
    register_rows: Mapping[str, list[dict[str, Any]]] | None = None,
    key: str = "",
    texts: tuple[Sequence[tuple[str, str]], Mapping[str, str]] = ((), {}),
    written_at: int = 0,
) -> Path:
    """orgs: the unit first, then those under it that year; values: (org, indicator) → value;
    key: the database's template key, which signs the hidden sheet; texts: the report's
    parts (key, title) and the unit's stored texts, for the sheet of written parts;
    written_at: the change log's last id as it is written (signed)."""
    wb = Workbook()
    guide = wb.active
    assert isinstance(guide, Worksheet)
    guide.title = GUIDE
    _guide(guide, unit, year)
    wb.properties.title = f"Mẫu báo cáo số liệu Chỉ thị 05-CT/TW năm {year} – {unit.name}"
    wb.properties.creator = "CT05"
    ws = wb.create_sheet(FIGURES)
    _figures_heading(ws, unit, year, catalogue)
    _figures_rows(ws, orgs, catalogue, values)
    write_text_sheet(wb, unit.name, year, *texts)
    template_id = new_template_id()
    meta = _meta_sheet(wb, unit, year, catalogue, key, written_at, template_id)
    put_text(ws, 1, 1, template_id)  # the hidden sheet's id: the two are one file's
    write_register_sheets(wb, orgs, meta, dict(register_rows or {}), year)
    write_form_sheet(wb, catalogue)  # the form the figures are read by, signed by its digest
    path = Path(path)
    with replaced_on_success(path) as temporary:  # a failed save leaves the old file
        wb.save(temporary)
    return path


def _figures_heading(ws: Worksheet, unit: Org, year: int, catalogue: Catalogue) -> None:
    """The title, the note, the sections over their indicators, the indicators' codes."""
    codes = catalogue.codes
    # from column B, left-aligned: seen on the screen's first columns, printed on page one
    put_text(
        ws,
        1,
        2,
        f"SỐ LIỆU THỰC HIỆN CHỈ THỊ 05-CT/TW NĂM {year} – {unit.name}",
        font=font(13, bold=True),
    )
    put_text(
        ws,
        2,
        2,
        "Chỉ nhập vào các ô nền vàng. Ô để trống là chưa có số liệu.",
        font=font(11, italic=True),
    )
    head = {"font": font(10, bold=True), "alignment": CENTER, "border": BORDER, "fill": HEADER_FILL}
    for col, title in ((1, "Mã đơn vị"), (2, "Tên đơn vị")):  # column A and row CODES: hidden
        put_text(ws, HEAD, col, title, **head)
        put_text(ws, 5, col, "", border=BORDER, fill=HEADER_FILL)
        ws.merge_cells(start_row=HEAD, start_column=col, end_row=5, end_column=col)
    start = 3
    for n, code in enumerate(codes, start=3):
        ind = catalogue[code]
        put_text(ws, 5, n, ind.label_vi, **head)
        put_text(ws, CODES, n, code, font=font(8), alignment=CENTER, border=BORDER)
        nxt = catalogue[codes[n - 2]].section if n - 2 < len(codes) else None
        if nxt != ind.section:
            put_text(ws, HEAD, start, catalogue.section(ind.section).label_vi, **head)
            if n > start:
                ws.merge_cells(start_row=HEAD, start_column=start, end_row=HEAD, end_column=n)
            start = n + 1


def _figures_rows(
    ws: Worksheet,
    orgs: Sequence[Org],
    catalogue: Catalogue,
    values: Mapping[tuple[str, str], int],
) -> None:
    """One row per unit, its cells open for input and checked as whole numbers ≥ 0."""
    codes = catalogue.codes
    last = 2 + len(codes)
    fill = PatternFill("solid", fgColor=INPUT_FILL)
    depth: dict[str, int] = {}
    for r, org in enumerate(orgs, start=FIRST):
        depth[org.code] = depth.get(org.parent_code or "", -1) + 1
        put_text(ws, r, 1, org.code, border=BORDER, font=font(10))
        # a unit's name indented under its parent's: the tree, without its codes
        name = Alignment(
            horizontal="left",
            vertical="center",
            wrap_text=True,
            indent=min(2 * depth[org.code], 15),
        )
        put_text(ws, r, 2, org.name, border=BORDER, alignment=name)
        for n, code in enumerate(codes, start=3):
            value = values.get((org.code, code))
            put_number(ws, r, n, value, border=BORDER, fill=fill, protection=UNLOCKED)
    last_row = FIRST + len(orgs) - 1
    whole = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="999999999999",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Số liệu không hợp lệ",
        error=WHOLE_NUMBERS_VI[:1].upper() + WHOLE_NUMBERS_VI[1:] + ".",
    )
    whole.add(f"C{FIRST}:{get_column_letter(last)}{last_row}")
    ws.add_data_validation(whole)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["A"].hidden = True  # the units' codes, for the reader
    ws.row_dimensions[CODES].hidden = True  # the indicators' codes, for the reader
    ws.column_dimensions["B"].width = 32
    for n in range(3, last + 1):
        ws.column_dimensions[get_column_letter(n)].width = 11
    ws.row_dimensions[HEAD].height = 30  # a section over one column takes two lines
    ws.row_dimensions[5].height = 90
    print_setup(
        ws, title_rows=f"{HEAD}:{CODES}", freeze=f"C{FIRST}", pages_wide=2, title_cols="A:B"
    )


def _meta_sheet(
    wb: Workbook,
    unit: Org,
    year: int,
    catalogue: Catalogue,
    key: str,
    written_at: int,
    template_id: str,
) -> Worksheet:
    """The hidden sheet that says what the file is, signed: read back to check a filled one."""
    meta = wb.create_sheet(META)
    claims = {
        "kind": "ct05-template",
        "template_version": TEMPLATE_VERSION,
        "unit": unit.code,
        "year": str(year),
        "catalogue": catalogue_version(catalogue),
        "template_id": template_id,
        "written_at": str(written_at),
    }
    signed = signature(key, claims) if key else ""
    written = claims.pop("written_at")
    # the signature in row 7 as in versions 2 and 3, what version 4 adds after it
    for row in [*claims.items(), ("signature", signed), ("written_at", written)]:
        meta.append(row)
    meta.sheet_state = "veryHidden"
    return meta


def _guide(ws: Worksheet, unit: Org, year: int) -> None:
    lines = [
        f"MẪU BÁO CÁO SỐ LIỆU CHỈ THỊ 05-CT/TW NĂM {year}",
        f"Đơn vị: {unit.name}",
        "",
        "1. Mở trang 'Số liệu'. Mỗi dòng là một tổ chức đảng; mỗi cột là một chỉ tiêu.",
        "2. Chỉ nhập vào các ô nền vàng, là số nguyên từ 0 trở lên (ví dụ 11409 hoặc 11.409).",
        "3. Ô để trống là chưa có số liệu; số đã có sẵn là số liệu đơn vị đã gửi trước đây,",
        "   có thể sửa lại nếu chưa đúng.",
        "4. Các trang sổ (mô hình đột phá, gương điển hình, khen thưởng, hội nghị đối thoại):",
        "   mỗi dòng một mục; chọn đơn vị trong danh sách ở cột 'Đơn vị'; thêm mục mới vào",
        "   các dòng trống phía dưới.",
        "5. Không thêm, xóa hay đổi tên trang, dòng, cột.",
        "6. Lưu tệp (định dạng .xlsx) và gửi lại cho văn phòng cấp ủy.",
    ]
    for n, text in enumerate(lines, start=1):
        put_text(ws, n, 1, text, font=font(13, bold=n == 1))
    ws.column_dimensions["A"].width = 110
