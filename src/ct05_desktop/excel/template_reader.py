"""Reading a filled template back, refusing anything that is not one of ours or not safe.

Every problem carries the sheet and the cell. Nothing here touches the database.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.excel.register_sheets import SHEET_NAMES
from ct05_desktop.excel.template_registers import HEADER
from ct05_desktop.excel.template_writer import CODES, FIGURES, FIRST, META, TEMPLATE_VERSION
from ct05_desktop.input_file import read_regular_file
from ct05_desktop.interchange import FileProblem

MAX_UNPACKED = 50 * 1024 * 1024  # a real template is well under 1 MB once unpacked
MAX_RATIO = 200  # a zip bomb packs far more tightly than any spreadsheet
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files with a password


RegisterRow = tuple[str, str, int | None, str, dict[str, Any]]  # sheet, cell, id, org, values


@dataclass
class FilledTemplate:
    path: Path
    meta: dict[str, str] = field(default_factory=dict)
    # (cell reference, org code, indicator code, raw cell value)
    cells: list[tuple[str, str, str, object]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    register_rows: list[RegisterRow] = field(default_factory=list)


class NotATemplate(Exception):
    """A file that is not a template this program can read; its one problem says why."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def words(self, lang: str = "vi") -> str:
        return self.problem.words(lang)


def _refuse(path: Path, code: str, **params: object) -> NotATemplate:
    return NotATemplate(FileProblem(path.name, None, None, None, Refusal(code, **params)))


def check_container(path: Path) -> None:
    """Refuse a folder, a pipe or a device (before opening it: a pipe would wait for
    ever), and old .xls, password-protected, renamed, corrupt and bomb files before
    parsing."""
    try:
        head = read_regular_file(path, 8)
    except Refusal as exc:
        raise NotATemplate(FileProblem(path.name, None, None, None, exc)) from None
    if head == OLE_MAGIC:
        raise _refuse(path, "xls_or_password")
    if not zipfile.is_zipfile(path):
        raise _refuse(path, "not_xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise _refuse(path, "broken_xlsx") from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED or any(
        i.compress_size and i.file_size / i.compress_size > MAX_RATIO for i in infos
    ):
        raise _refuse(path, "too_big_unpacked")


def read_template(path: Path | str) -> FilledTemplate:
    path = Path(path)
    check_container(path)
    try:
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on broken or hostile XML
        raise _refuse(path, "xlsx_unreadable", detail=type(exc).__name__) from exc
    result = FilledTemplate(path)
    if META not in values.sheetnames or FIGURES not in values.sheetnames:
        raise _refuse(path, "no_template_sheet")
    meta = values[META]
    result.meta = {
        str(k): str(v) for k, v in meta.iter_rows(max_col=2, values_only=True) if k is not None
    }
    if result.meta.get("kind") != "ct05-template":
        raise _refuse(path, "not_ct05_template")
    if result.meta.get("template_version") != TEMPLATE_VERSION:
        raise _refuse(path, "template_version", version=result.meta.get("template_version"))
    _read_figures(path, values[FIGURES], formulas[FIGURES], result)
    read_register_sheets(values, formulas, path.name, result.register_rows, result.problems)
    return result


def _read_figures(path: Path, ws: Worksheet, raw: Worksheet, result: FilledTemplate) -> None:
    codes = {
        col: str(ws.cell(CODES, col).value)
        for col in range(3, ws.max_column + 1)
        if ws.cell(CODES, col).value
    }
    for row in range(FIRST, ws.max_row + 1):
        org = ws.cell(row, 1).value
        if org is None or str(org).strip() == "":
            continue
        for col, indicator in codes.items():
            ref = f"{get_column_letter(col)}{row}"
            value = ws.cell(row, col).value
            written = raw.cell(row, col).value
            why = unreadable(ws.cell(row, col), written)
            if why:
                result.problems.append(
                    FileProblem(path.name, None, None, str(value or written), why, FIGURES, ref)
                )
                continue
            result.cells.append((ref, str(org).strip(), indicator, value))


def unreadable(cell: Any, written: Any) -> Refusal | None:
    """Why a cell cannot be taken as a value: an Excel error (#REF!, #N/A…), or a formula
    (plain or array) that was never computed. None when it is fine."""
    if cell.data_type == "e":
        return Refusal("excel_error_cell", value=cell.value)
    formula = (isinstance(written, str) and written.startswith("=")) or (
        not isinstance(written, str | int | float | type(None))
        and not hasattr(written, "isoformat")
    )
    if cell.value is None and formula:
        return Refusal("uncomputed")
    return None


def read_register_sheets(
    values: Workbook,
    formulas: Workbook,
    path_name: str,
    rows: list[RegisterRow],
    problems: list[FileProblem],
) -> None:
    """Collect the non-empty rows of each register sheet (not yet checked); a formula
    without a computed value is refused, never read as an empty cell."""
    for spec in REGISTERS:
        name = SHEET_NAMES[spec.key]
        if name not in values.sheetnames:
            problems.append(
                FileProblem(
                    path_name,
                    None,
                    None,
                    None,
                    Refusal("sheet_missing"),
                    name,
                )
            )
            continue
        ws, raw_ws = values[name], formulas[name]
        id_col = len(spec.fields) + 2
        for r in range(HEADER + 1, ws.max_row + 1):
            cells = [ws.cell(r, c).value for c in range(1, id_col)]
            bad = [
                (c, why)
                for c in range(1, id_col)
                if (why := unreadable(ws.cell(r, c), raw_ws.cell(r, c).value))
            ]
            if bad:
                problems.extend(
                    FileProblem(
                        path_name,
                        None,
                        None,
                        str(ws.cell(r, c).value or ""),
                        why,
                        name,
                        f"{get_column_letter(c)}{r}",
                    )
                    for c, why in bad
                )
                continue
            if all(v is None or str(v).strip() == "" for v in cells):
                continue
            row_id = ws.cell(r, id_col).value
            raw = {f.name: cells[n + 1] for n, f in enumerate(spec.fields)}
            rows.append(
                (
                    name,
                    f"A{r}",
                    int(row_id) if isinstance(row_id, int) else None,
                    str(cells[0] or "").strip(),
                    {"_register": spec.key, **raw},
                )
            )
