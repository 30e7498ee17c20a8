"""Reading a filled template back, refusing anything that is not one of ours or not safe.

Every problem carries the sheet and the cell. Nothing here touches the database.

A template is opened first (the container checked, its hidden sheet read: which unit,
which year), then read: the caller, who knows how many units the template's unit has,
says how many unit rows its figures sheet can have. Both workbooks (the values Excel
computed, and the cells as written) stay open, streamed, until the book is closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.excel.templates.cells import (
    MAX_INDICATOR_COLUMNS,
    NotATemplate,
    limit,
    present,
    problem,
    refuse,
    rows,
    sheet,
    shown,
)
from ct05_desktop.excel.templates.form import FORM_SHEET, read_form_sheet
from ct05_desktop.excel.templates.register_reader import RegisterRow, read_register_sheets
from ct05_desktop.excel.templates.registers import UNIT_CODES, UNIT_LABELS, unit_key
from ct05_desktop.excel.templates.texts import TextCell, read_text_sheet
from ct05_desktop.excel.templates.writer import (
    CODES,
    FIGURES,
    FIRST,
    META,
    READABLE_VERSIONS,
)
from ct05_desktop.excel.xlsx_guard import check_container

__all__ = [
    "FilledTemplate",
    "NotATemplate",
    "RegisterRow",
    "TemplateBook",
    "open_template",
    "read_template",
]

MAX_UNIT_ROWS = 20_000  # when the caller does not say: a province has some 5,000 units
META_ROWS = 20  # the hidden sheet's keys, in its first rows


@dataclass
class FilledTemplate:
    path: Path
    meta: dict[str, str] = field(default_factory=dict)
    # (cell reference, org code, indicator code, raw cell value)
    cells: list[tuple[str, str, str, object]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    register_rows: list[RegisterRow] = field(default_factory=list)
    texts: list[TextCell] = field(default_factory=list)  # the written parts sent
    heading: tuple[str, str] = ("", "")  # the figures sheet's id (hidden) and its title
    form: Catalogue | None = None  # the form it was written with (None: before forms by year)


class TemplateBook:
    """An opened template: its unit and year known, its sheets not yet read."""

    def __init__(self, path: Path, values: Workbook, formulas: Workbook) -> None:
        self.path, self.values, self.formulas = path, values, formulas
        self.meta: dict[str, str] = {}
        self.unit = ""
        self.year = 0

    def __enter__(self) -> TemplateBook:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the file (read-only workbooks keep it open; Windows would not let
        the clerk move or delete it)."""
        self.values.close()
        self.formulas.close()

    def pair(self, name: str) -> tuple[Any, Any]:
        return sheet(self.path, self.values, name), sheet(self.path, self.formulas, name)

    def read_meta(self) -> None:
        """What the file says it is: one of ours, of this version, for a year the program
        knows; its first rows only (the lists of the drop-downs follow in columns C on)."""
        path = self.path
        if META not in self.values.sheetnames or FIGURES not in self.values.sheetnames:
            raise refuse(path, "no_template_sheet")
        for number, cells, raw in rows(path, META, self.pair(META), 1, 2, META_ROWS):
            for cell, written in zip(cells, raw, strict=True):
                why = problem(cell, written.value)
                if why:
                    where = f"{get_column_letter(cell.column)}{number}"
                    value = shown(cell.value, written.value)
                    raise NotATemplate(FileProblem(path.name, None, None, value, why, META, where))
            if present(cells[0].value):
                self.meta[str(cells[0].value)] = str(cells[1].value)
        meta = self.meta
        if meta.get("kind") != "ct05-template":
            raise refuse(path, "not_ct05_template")
        if meta.get("template_version") not in READABLE_VERSIONS:
            raise refuse(path, "template_version", version=meta.get("template_version"))
        year = meta.get("year", "")
        if not (year.isascii() and year.isdigit() and MIN_YEAR <= int(year) <= MAX_YEAR):
            raise refuse(
                path, "template_year", META, year=shown(year), min_year=MIN_YEAR, max_year=MAX_YEAR
            )
        self.unit, self.year = meta.get("unit", ""), int(year)

    def read(self, unit_rows: int = MAX_UNIT_ROWS) -> FilledTemplate:
        """The figures (at most unit_rows rows of units) and the register rows, not yet
        checked against the database; a cell that cannot be read is a problem where it is."""
        result = FilledTemplate(self.path, dict(self.meta))
        for _, cells, _ in rows(self.path, FIGURES, self.pair(FIGURES), 1, 2, 1):
            found = [c.value if isinstance(c.value, str) else "" for c in cells] + ["", ""]
            result.heading = (found[0], found[1])
        self._read_figures(unit_rows, result)
        read_register_sheets(
            self.path,
            self.values.sheetnames,
            self.pair,
            self._unit_codes(),
            result.register_rows,
            result.problems,
        )
        read_text_sheet(self.path, self.values.sheetnames, self.pair, result.texts, result.problems)
        sheet = read_form_sheet(self.values)
        if sheet is not None:
            result.form, digest = sheet
            if digest != self.meta.get("catalogue"):
                why = Refusal("template_form_edited")
                problem = FileProblem(self.path.name, None, None, None, why, FORM_SHEET)
                result.problems.append(problem)
        return result

    def _unit_codes(self) -> dict[str, str]:
        """The units of the register sheets' drop-down, label (unit_key) → code, from the
        hidden sheet (a version 2 file lists codes alone, and codes are typed). Its first
        MAX_UNIT_ROWS rows only; a label listed twice, or a cell that is not plain text,
        maps nothing: the row naming it is refused as not a unit of the template, and
        whatever the list says, the unit is checked against the signed unit's tree."""
        if self.meta.get("template_version") == "2":
            return {}
        found: dict[str, str | None] = {}
        pair = self.pair(META)
        for _, cells, raw in rows(self.path, META, pair, 1, UNIT_CODES, MAX_UNIT_ROWS):
            label, code = cells[UNIT_LABELS - 1 :]
            listed = zip(cells[UNIT_LABELS - 1 :], raw[UNIT_LABELS - 1 :], strict=True)
            if any(problem(cell, written.value) for cell, written in listed):
                continue
            if not (isinstance(label.value, str) and isinstance(code.value, str)):
                continue
            key = unit_key(label.value)
            found[key] = code.value.strip() if key not in found else None
        return {key: code for key, code in found.items() if code}

    def _indicators(self, result: FilledTemplate) -> dict[int, str]:
        """The indicator codes by column (row CODES, from column C); a code twice is a
        problem, its second column left out."""
        path = self.path
        codes: dict[int, str] = {}
        seen: dict[str, str] = {}
        width = 2 + MAX_INDICATOR_COLUMNS
        for _, cells, raw in rows(path, FIGURES, self.pair(FIGURES), CODES, width + 1, CODES):
            for col, (cell, written) in enumerate(zip(cells, raw, strict=True), start=1):
                ref = f"{get_column_letter(col)}{CODES}"
                if col < 3 or (not present(cell.value) and written.value is None):
                    continue
                why = problem(cell, written.value)
                if why:
                    result.problems.append(self._at(ref, shown(cell.value, written.value), why))
                    continue
                if col > width:
                    raise refuse(
                        path,
                        "sheet_too_wide",
                        FIGURES,
                        ref,
                        limit=MAX_INDICATOR_COLUMNS,
                        column=get_column_letter(col),
                    )
                code = str(cell.value).strip()
                if code in seen:
                    twice = Refusal("indicator_twice", code=code, first=seen[code], second=ref)
                    result.problems.append(self._at(ref, code, twice))
                    continue
                seen[code], codes[col] = ref, code
        return codes

    def _at(self, ref: str, value: str | None, why: Refusal) -> FileProblem:
        """A problem in a cell of the figures sheet."""
        return FileProblem(self.path.name, None, None, value, why, FIGURES, ref)

    def _read_figures(self, unit_rows: int, result: FilledTemplate) -> None:
        """One row per unit from row FIRST, its figures under their codes; a unit twice is
        a problem naming both rows, the second one left out."""
        path = self.path
        codes = self._indicators(result)
        width = max(codes, default=2)
        seen: dict[str, str] = {}
        last = FIRST + unit_rows - 1

        def far(row: int) -> Refusal:
            return Refusal("too_many_unit_rows", limit=limit(unit_rows), row=limit(row))

        for number, cells, raw in rows(path, FIGURES, self.pair(FIGURES), FIRST, width, last, far):
            org_cell, ref = cells[0], f"A{number}"
            why = problem(org_cell, raw[0].value)
            if why:
                result.problems.append(self._at(ref, shown(org_cell.value, raw[0].value), why))
                continue
            if not present(org_cell.value):
                continue
            org = str(org_cell.value).strip()
            if org in seen:
                twice = Refusal("unit_twice", org=org, first=seen[org], second=ref)
                result.problems.append(self._at(ref, None, twice))
                continue
            seen[org] = ref
            for col, indicator in codes.items():
                cell, written = cells[col - 1], raw[col - 1].value
                ref = f"{get_column_letter(col)}{number}"
                why = problem(cell, written)
                if why:
                    result.problems.append(self._at(ref, shown(cell.value, written), why))
                    continue
                result.cells.append((ref, org, indicator, cell.value))


def open_template(path: Path | str) -> TemplateBook:
    """Check the file and read what it says it is; the caller closes the book (with)."""
    path = Path(path)
    check_container(path)
    books: list[Workbook] = []
    try:
        for data_only in (True, False):
            books.append(
                openpyxl.load_workbook(path, read_only=True, data_only=data_only, keep_links=False)
            )
    except Exception as exc:  # openpyxl raises many kinds on broken or hostile XML
        for book in books:
            book.close()
        raise refuse(path, "xlsx_unreadable", detail=type(exc).__name__) from exc
    template = TemplateBook(path, *books)
    try:
        template.read_meta()
    except BaseException:
        template.close()
        raise
    return template


def read_template(path: Path | str, unit_rows: int = MAX_UNIT_ROWS) -> FilledTemplate:
    """Open, read and close a template (unit_rows: the rows of units its figures sheet
    can have)."""
    with open_template(path) as book:
        return book.read(unit_rows)
