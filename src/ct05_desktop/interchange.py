"""The plain CSV files of DOMAIN §9: organisations and values, told apart by their header.

Reading gives rows with their line numbers; every problem names the file, the
line, the column and the value. Nothing here touches the database.

A file is read strictly (issue 11: nothing lost, nothing forged). A column named twice,
a quote left open, a row with more or fewer cells than the header, a control character
or a digit other than 0-9 in a cell is refused where it is, never guessed around: an
unquoted '11,409' must not become 11 with a comment '409'.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ct05_desktop.csv_syntax import syntax_refusal
from ct05_desktop.domain.characters import code_point, control_character, foreign_digit, shown
from ct05_desktop.domain.refusals import Phrase, Refusal, Worded
from ct05_desktop.input_file import read_regular_file
from ct05_desktop.output_file import replaced_on_success

ORG_COLUMNS = ("code", "name", "level", "parent_code", "valid_from", "valid_to")
VALUE_COLUMNS = ("org_code", "year", "indicator", "value")
VALUE_OPTIONAL = ("comment",)
# successor_code: the unit its history goes on in; period_from: this row's name and parent
# hold from that year (blank: from the unit's first year), one row per period;
# name_valid_from: the older way to say a renaming (the name from that year)
ORG_OPTIONAL = ("successor_code", "period_from", "name_valid_from")
PLAN_COLUMNS = ("action", "code", "to", "name", "level")  # a reorganisation plan

ORGS = "orgs"
VALUES = "values"
PLAN = "plan"
# a row may end before these
_OPTIONAL = {VALUES: VALUE_OPTIONAL, ORGS: ORG_OPTIONAL, PLAN: ("to", "name", "level")}
_FREE_TEXT = ("name", "comment")  # a person's words, where any digit may stand


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
    # rows refused as they were read (a wrong number of cells, a control character…):
    # with any, nothing of the file is imported
    problems: list[FileProblem] = field(default_factory=list)


@dataclass
class FileReport:
    file: str
    kind: str = ""
    problems: list[FileProblem] = field(default_factory=list)
    warnings: list[Worded] = field(default_factory=list)
    rows: int = 0
    changed: int = 0
    affected: list[Phrase] = field(default_factory=list)  # an organisation file: by year

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
    text = _decode(path).lstrip("\ufeff")  # a second BOM, left by a tool that added one
    first = text.splitlines()[0] if text.strip() else ""
    hinted = first.rstrip("\r\n").lower()  # Excel's "sep=;" line: the delimiter, then the header
    counts = {d: first.count(d) for d in ",;\t"}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))  # a tie: the comma
    if len(hinted) == 5 and hinted.startswith("sep="):
        delimiter = first.rstrip("\r\n")[4]
    # strict: a quote left open at the end, or text after a closing quote, is an error
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        if len(hinted) == 5 and hinted.startswith("sep="):
            next(reader)
        header = [_INVISIBLE.sub("", h).strip().lower() for h in next(reader)]
    except StopIteration:
        raise CsvFormatError(FileProblem(path.name, 1, None, None, Refusal("empty_file"))) from None
    except csv.Error as exc:
        raise _unreadable(path, exc, text, reader.line_num, 1, delimiter) from exc
    while header and not header[-1]:  # Excel leaves empty columns at the right
        header.pop()
    _check_header(path.name, header, reader.line_num)
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
    start = reader.line_num + 1  # the line the next row begins on
    try:
        careful = _careful(text)
        for cells in reader:
            if len(cells) == len(header) and cells[0] and not careful:  # the common case
                table.rows.append(
                    (start, {h: _text(c) for h, c in zip(header, cells, strict=True)})
                )
            elif any(c.strip() for c in cells):
                _add_row(table, header, start, cells)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _unreadable(path, exc, text, reader.line_num, start, delimiter) from exc
    _find_split_numbers(table, header)
    table.problems.sort(key=lambda p: p.line or 0)
    return table


def _unreadable(
    path: Path, exc: csv.Error, text: str, line: int, start: int, delimiter: str
) -> CsvFormatError:
    where, why = syntax_refusal(exc, text, line, start, delimiter)
    return CsvFormatError(FileProblem(path.name, where, None, None, why))


_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")  # zero-width marks around a column name


def _text(cell: str) -> str:
    """A cell as every stored text is: trimmed, in NFC (a name typed on a Mac or pasted
    from a web page may come decomposed, and would not match the same name typed here)."""
    cell = cell.strip()
    return cell if cell.isascii() else unicodedata.normalize("NFC", cell)


def _check_header(name: str, header: Sequence[str], line: int) -> None:
    """A column named twice would leave one of its cells unread in every row."""
    seen: dict[str, int] = {}
    for number, column in enumerate(header, start=1):
        if column and column in seen:
            why = Refusal("duplicate_column", name=column, first=seen[column], second=number)
            raise CsvFormatError(FileProblem(name, line, None, None, why))
        seen[column] = number


def _careful(text: str) -> bool:
    """Whether any row needs the cell by cell look: a control character, a digit other
    than 0-9, or an apostrophe (perhaps guarding a formula) somewhere in the file."""
    if "'" in text or control_character(text) is not None:
        return True
    return not text.isascii() and foreign_digit(text) is not None  # (isascii: at once)


def _add_row(table: CsvTable, header: list[str], line: int, cells: list[str]) -> None:
    """A row checked cell by cell: refused (in table.problems) or added."""
    name, width = table.path.name, len(header)
    while len(cells) > width and not cells[-1].strip():  # Excel's empty columns
        cells = cells[:-1]
    if len(cells) > width:
        why = Refusal("too_many_columns", count=len(cells), header=width)
        extra = shown(cells[width].strip())
        table.problems.append(FileProblem(name, line, str(width + 1), extra, why))
        return
    missing = [h for h in header[len(cells) :] if h not in _OPTIONAL[table.kind]]
    if missing:
        why = Refusal("too_few_columns", count=len(cells), header=width, missing=", ".join(missing))
        table.problems.append(FileProblem(name, line, None, None, why))
        return
    cells = cells + [""] * (width - len(cells))
    problems = [
        p for h, c in zip(header, cells, strict=True) if (p := _cell_problem(name, line, h, c))
    ]
    if problems:
        table.problems.extend(problems)
        return
    row = {h: from_spreadsheet_safe(_text(c)) for h, c in zip(header, cells, strict=True)}
    table.rows.append((line, row))


def _cell_problem(name: str, line: int, column: str, cell: str) -> FileProblem | None:
    """A control character anywhere (a workbook may not hold it), or a digit other than
    0-9 outside a person's words."""
    char = control_character(cell)
    if char is not None:
        why = Refusal("control_character", char=code_point(char))
        return FileProblem(name, line, column, shown(cell.strip()), why)
    digit = None if column in _FREE_TEXT else foreign_digit(cell)
    if digit is not None:
        why = Refusal("foreign_digit", digit=digit, char=code_point(digit))
        return FileProblem(name, line, column, shown(cell.strip()), why)
    return None


def _find_split_numbers(table: CsvTable, header: list[str]) -> None:
    """An unquoted '11,409' in a file with a comment column after the value fills both:
    value 11, comment '409'. A comment of three digits beside a value of one to three
    is that, not words: refused, with how to write it."""
    if "comment" not in header or header.index("comment") != header.index("value") + 1:
        return
    for line, row in table.rows:
        value, rest = row["value"], row["comment"]
        if (
            len(rest) == 3
            and rest.isascii()
            and rest.isdigit()
            and 0 < len(value) <= 3
            and value.isascii()
            and value.isdigit()
            and value[0] != "0"
        ):
            why = Refusal("number_split", value=value, rest=rest)
            table.problems.append(
                FileProblem(table.path.name, line, "value", f"{value},{rest}", why)
            )


def _kind_of(header: Sequence[str]) -> str | None:
    names = set(header)
    if set(VALUE_COLUMNS) <= names and names <= set(VALUE_COLUMNS + VALUE_OPTIONAL):
        return VALUES
    if set(ORG_COLUMNS) <= names and names <= set(ORG_COLUMNS + ORG_OPTIONAL):
        return ORGS
    if set(PLAN_COLUMNS) == names:
        return PLAN
    return None


# A text a spreadsheet would run as a formula: '=', '+', '-', '@', a tab or a carriage
# return first. Apostrophes already in front are counted, so that taking one off on
# reading gives back exactly the text written ("'=a" is written "''=a").
_RUNNABLE = re.compile(r"'*[=+\-@\t\r]")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")
_FIRST = frozenset("'=+-@\t\r")


def spreadsheet_safe(value: object) -> object:
    """A text a spreadsheet would take for a formula gets an apostrophe in front, so that
    Excel shows it as text; numbers are left as they are (and written unquoted)."""
    if isinstance(value, str) and value[:1] in _FIRST and _RUNNABLE.match(value):
        return "'" + value
    return value


def from_spreadsheet_safe(text: str) -> str:
    """The text spreadsheet_safe was given: one guarding apostrophe taken off."""
    return text[1:] if _GUARDED.match(text) else text


def write_csv(
    path: Path | str, columns: Sequence[str], rows: Iterable[Sequence[object]], bom: bool = False
) -> int:
    """Write UTF-8 CSV with a header row, whole or not at all (a failed write leaves the
    file that was there); a BOM, when asked, lets Excel read Vietnamese. Every text is
    spreadsheet_safe: the file may be opened in Excel, and read back."""
    with replaced_on_success(path) as temporary:
        return fill_csv(temporary, columns, rows, bom)


def fill_csv(
    path: Path | str, columns: Sequence[str], rows: Iterable[Sequence[object]], bom: bool = False
) -> int:
    """write_csv's rows into path as it is: for a caller that already writes to a
    temporary file (a report's files, all replaced together)."""
    count = 0
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else spreadsheet_safe(v) for v in row])
            count += 1
    return count
