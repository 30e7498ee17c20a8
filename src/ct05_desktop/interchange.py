"""The plain CSV files of DOMAIN §9: organisations and values, told apart by their header.

Reading gives rows with their line numbers; every problem names the file, the
line, the column and the value. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ct05_desktop.domain.refusals import Refusal, Worded
from ct05_desktop.input_file import read_regular_file

ORG_COLUMNS = ("code", "name", "level", "parent_code", "valid_from", "valid_to")
VALUE_COLUMNS = ("org_code", "year", "indicator", "value")
VALUE_OPTIONAL = ("comment",)
ORG_OPTIONAL = ("successor_code", "name_valid_from")  # a renaming: the name from that year

ORGS = "orgs"
VALUES = "values"


_PLACE = {
    "vi": ("trang '{}'", "ô {}", "dòng {}", "cột {}", "giá trị '{}'"),
    "en": ("sheet '{}'", "cell {}", "line {}", "column {}", "value '{}'"),
}


@dataclass(frozen=True)
class FileProblem:
    """A problem in a file: where it is (file, sheet, cell, line, column, value) and what
    is wrong (a refusal, worded in either language)."""

    file: str
    line: int | None
    column: str | None
    value: str | None
    reason: Refusal
    sheet: str | None = None  # a workbook's problem: the sheet and the cell
    cell: str | None = None

    @property
    def code(self) -> str:
        return self.reason.code

    def words(self, lang: str = "vi") -> str:
        sheet, cell, line, column, value = _PLACE.get(lang, _PLACE["vi"])
        where = [self.file]
        if self.sheet:
            where.append(sheet.format(self.sheet))
        if self.cell:
            where.append(cell.format(self.cell))
        if self.line is not None:
            where.append(line.format(self.line))
        if self.column:
            where.append(column.format(self.column))
        if self.value not in (None, ""):
            where.append(value.format(self.value))
        return f"{', '.join(where)}: {self.reason.words(lang)}"

    def __str__(self) -> str:
        return self.words("vi")


@dataclass
class CsvTable:
    path: Path
    kind: str
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


@dataclass
class FileReport:
    file: str
    kind: str = ""
    problems: list[FileProblem] = field(default_factory=list)
    warnings: list[Worded] = field(default_factory=list)
    rows: int = 0
    changed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class CsvFormatError(Exception):
    """A file that cannot be read as a CSV table at all; its one problem says why."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def words(self, lang: str = "vi") -> str:
        return self.problem.words(lang)


def _decode(path: Path) -> str:
    try:
        raw = read_regular_file(path)  # a folder, a pipe or a device: refused, not opened
    except Refusal as exc:
        raise CsvFormatError(FileProblem(path.name, None, None, None, exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFormatError(
            FileProblem(
                path.name,
                None,
                None,
                None,
                Refusal("not_utf8"),
            )
        ) from exc


def read_table(path: Path | str) -> CsvTable:
    """Read a CSV file of organisations or values; the header row says which."""
    path = Path(path)
    text = _decode(path)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise CsvFormatError(FileProblem(path.name, 1, None, None, Refusal("empty_file"))) from None
    except csv.Error as exc:
        raise CsvFormatError(
            FileProblem(path.name, 1, None, None, Refusal("csv_unreadable", detail=exc))
        ) from exc
    while header and not header[-1]:  # Excel leaves empty columns at the right
        header.pop()
    kind = _kind_of(header)
    if kind is None:
        raise CsvFormatError(
            FileProblem(
                path.name,
                1,
                None,
                ",".join(header),
                Refusal("bad_header", values=",".join(VALUE_COLUMNS), orgs=",".join(ORG_COLUMNS)),
            )
        )
    table = CsvTable(path, kind)
    try:
        _read_rows(reader, header, table)
    except csv.Error as exc:
        raise CsvFormatError(
            FileProblem(
                path.name, reader.line_num, None, None, Refusal("csv_unreadable", detail=exc)
            )
        ) from exc
    return table


def _read_rows(reader: Any, header: list[str], table: CsvTable) -> None:
    path = table.path
    width = len(header)
    for cells in reader:
        line = reader.line_num
        if len(cells) == width and cells[0]:  # the common case: a full row
            table.rows.append((line, {h: c.strip() for h, c in zip(header, cells, strict=True)}))
            continue
        if not any(c.strip() for c in cells):
            continue
        while len(cells) > len(header) and not cells[-1].strip():
            cells = cells[:-1]
        if len(cells) > len(header):
            raise CsvFormatError(
                FileProblem(
                    path.name,
                    line,
                    None,
                    None,
                    Refusal("too_many_columns", count=len(cells), header=len(header)),
                )
            )
        cells = cells + [""] * (len(header) - len(cells))
        table.rows.append((line, {h: c.strip() for h, c in zip(header, cells, strict=True)}))


def _kind_of(header: Sequence[str]) -> str | None:
    names = set(header)
    if set(VALUE_COLUMNS) <= names and names <= set(VALUE_COLUMNS + VALUE_OPTIONAL):
        return VALUES
    if set(ORG_COLUMNS) <= names and names <= set(ORG_COLUMNS + ORG_OPTIONAL):
        return ORGS
    return None


def spreadsheet_safe(value: object) -> object:
    """A text a spreadsheet would take for a formula ('=', '+', '-', '@' first) gets an
    apostrophe in front, so that Excel shows it as text; numbers are left as they are."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def write_csv(
    path: Path | str, columns: Sequence[str], rows: Iterable[Sequence[object]], bom: bool = False
) -> int:
    """Write UTF-8 CSV with a header row; a BOM, when asked, lets Excel read Vietnamese."""
    count = 0
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count
