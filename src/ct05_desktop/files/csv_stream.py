"""Reading a CSV file (domain.md §9) row by row: a province's 1.3 million figures
are never held as one text, nor as a million rows, before they are checked and stored.

The header is read on opening: it says the delimiter (the first line's most frequent of
comma, semicolon and tab, or Excel's "sep=" line) and the file's kind. rows() then gives
each row with the line it begins on. A row refused as it is read (a wrong number of
cells, a control character, a digit other than 0-9, a number split in two by an unquoted
comma) is given to the caller's ``refuse`` instead: with any, nothing of the file may be
written. A file that cannot be read as CSV at all raises CsvFormatError, wherever its
trouble lies.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TypeVar

from ct05_desktop.domain.characters import code_point, control_character, foreign_digit, shown
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS, REGISTERS_BY_KEY
from ct05_desktop.files.csv_syntax import syntax_refusal
from ct05_desktop.files.input_file import open_regular_file, read_regular_file
from ct05_desktop.files.interchange import (
    FORM,
    FORM_COLUMNS,
    FORM_OPTIONAL,
    ORG_COLUMNS,
    ORG_OPTIONAL,
    ORGS,
    PLAN,
    PLAN_COLUMNS,
    REGISTER_PREFIX,
    VALUE_COLUMNS,
    VALUE_OPTIONAL,
    VALUES,
    CsvFormatError,
    CsvTable,
    from_spreadsheet_safe,
    register_columns,
    register_optional,
)

Row = dict[str, str]
T = TypeVar("T")
# a row may end before these
_OPTIONAL = {
    VALUES: VALUE_OPTIONAL,
    ORGS: ORG_OPTIONAL,
    PLAN: ("to", "name", "level"),
    FORM: FORM_OPTIONAL,
}
# a person's words, where any digit may stand: a comment, a name, a register's texts
_FREE_TEXT = {"name", "comment"} | {
    f.name for spec in REGISTERS for f in spec.fields if f.kind == "text"
}
_BLOCK = 1 << 20  # characters read at a time: the look for unusual characters is per block
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")  # zero-width marks around a column name


class CsvStream:
    """One CSV file, open: its kind and header known, its rows read by rows(). A context
    manager (the file is closed at its end)."""

    def __init__(self, path: Path | str, refuse: Callable[[FileProblem], None]) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self._refuse = refuse
        self.read_chars = 0  # how far rows() has read (progress, against size)
        self._careful = True
        try:
            self._binary: BinaryIO = open_regular_file(self.path)
        except Refusal as exc:  # a folder, a pipe or a device: refused, not read
            raise CsvFormatError(FileProblem(self.name, None, None, None, exc)) from None
        self.size = max(1, os.fstat(self._binary.fileno()).st_size)
        self._text = io.TextIOWrapper(self._binary, encoding="utf-8-sig", newline="")
        try:
            self._open_header()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> CsvStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open_header(self) -> None:
        first = self._decoded(self._text.readline).lstrip("\ufeff")  # a tool's second BOM
        lead = []  # blank lines above the header (left by a tool): read past, still counted
        while first and not first.strip():
            lead.append(first)
            first = self._decoded(self._text.readline)
        hinted = first.rstrip("\r\n").lower()  # Excel's "sep=;": the delimiter, then the header
        counts = {d: first.count(d) for d in ",;\t"}
        self.delimiter = max(counts, key=lambda d: (counts[d], d == ","))  # a tie: the comma
        sep_line = len(hinted) == 5 and hinted.startswith("sep=")
        if sep_line:
            self.delimiter = first.rstrip("\r\n")[4]
        lead.append(first)
        self.read_chars = sum(map(len, lead))
        lines = self._lines(lead)
        # strict: a quote left open at the end, or text after a closing quote, is an error
        self._reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
        try:
            cells = next(self._reader)
            while not any(c.strip() for c in cells):  # the blank lines above
                cells = next(self._reader)
            if sep_line:
                cells = next(self._reader)
        except StopIteration:
            raise CsvFormatError(
                FileProblem(self.name, 1, None, None, Refusal("empty_file"))
            ) from None
        except csv.Error as exc:
            raise self._unreadable(exc, self._reader.line_num, 1) from exc
        header = [_INVISIBLE.sub("", h).strip().lower() for h in cells]
        while header and not header[-1]:  # Excel leaves empty columns at the right
            header.pop()
        _check_header(self.name, header, self._reader.line_num)
        kind = _kind_of(header)
        if kind is None:
            why = Refusal("bad_header", values=",".join(VALUE_COLUMNS), orgs=",".join(ORG_COLUMNS))
            raise CsvFormatError(FileProblem(self.name, 1, None, ",".join(header), why))
        self.header, self.kind = header, kind
        self._split_check = (
            kind == VALUES
            and "comment" in header
            and header.index("comment") == header.index("value") + 1
        )

    def _decoded(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except UnicodeDecodeError as exc:
            why = Refusal("not_utf8")
            raise CsvFormatError(FileProblem(self.name, None, None, None, why)) from exc

    def _lines(self, lead: list[str]) -> Iterator[str]:
        """The file's lines, read a block at a time; whether the block holds anything that
        needs the cell by cell look is known before its lines are read."""
        yield from lead
        while True:
            block = self._decoded(lambda: self._text.readlines(_BLOCK))
            if not block:
                return
            joined = "".join(block)
            self._careful = _careful(joined)
            self.read_chars += len(joined)
            yield from block

    def rows(self) -> Iterator[tuple[int, Row]]:
        """Each accepted row with the line it begins on, in the file's order."""
        header, reader = self.header, self._reader
        width = len(header)
        start = reader.line_num + 1  # the line the next row begins on
        try:
            for cells in reader:
                # the common case: a whole row on one line, nothing unusual in its block
                # (a register's new row has no id: its first cell may be empty)
                plain = (
                    len(cells) == width
                    and reader.line_num == start
                    and (cells[0] or any(c.strip() for c in cells))
                )
                if plain and not self._careful:
                    row: Row | None = {  # _text, written out: the cost of each cell
                        h: (c.strip() if c.isascii() else unicodedata.normalize("NFC", c.strip()))
                        for h, c in zip(header, cells, strict=True)
                    }
                elif any(c.strip() for c in cells):
                    row = self._checked_row(start, cells)
                else:
                    row = None
                if row is not None and not (self._split_check and self._split(start, row)):
                    yield start, row
                start = reader.line_num + 1
        except csv.Error as exc:
            raise self._unreadable(exc, reader.line_num, start) from exc

    def _checked_row(self, line: int, cells: list[str]) -> Row | None:
        """A row checked cell by cell: refused (told to refuse) or returned."""
        header = self.header
        width = len(header)
        while len(cells) > width and not cells[-1].strip():  # Excel's empty columns
            cells = cells[:-1]
        if len(cells) > width:
            why = Refusal("too_many_columns", count=len(cells), header=width)
            self._refuse(
                FileProblem(self.name, line, str(width + 1), shown(cells[width].strip()), why)
            )
            return None
        missing = [h for h in header[len(cells) :] if h not in _optional(self.kind)]
        if missing:
            why = Refusal(
                "too_few_columns", count=len(cells), header=width, missing=", ".join(missing)
            )
            self._refuse(FileProblem(self.name, line, None, None, why))
            return None
        cells = cells + [""] * (width - len(cells))
        whole = " ".join(cells)  # most rows hold no odd character: one look at the row
        if control_character(whole) or foreign_digit(whole):
            problems = [
                p
                for h, c in zip(header, cells, strict=True)
                if (p := _cell_problem(self.name, line, h, c))
            ]
            for problem in problems:
                self._refuse(problem)
            if problems:
                return None
        return {h: from_spreadsheet_safe(_text(c)) for h, c in zip(header, cells, strict=True)}

    def _split(self, line: int, row: Row) -> bool:
        """An unquoted '11,409' in a file with a comment column after the value fills both:
        value 11, comment '409'. A comment of three digits beside a value of one to three
        is that, not words: refused, with how to write it."""
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
            self._refuse(FileProblem(self.name, line, "value", f"{value},{rest}", why))
            return True
        return False

    def _unreadable(self, exc: csv.Error, line: int, start: int) -> CsvFormatError:
        """The csv module's complaint in words: the file is read again whole to find the
        quote at fault (only on this path, where the file is refused anyway)."""
        text = read_regular_file(self.path).decode("utf-8-sig", "replace").lstrip("\ufeff")
        where, why = syntax_refusal(exc, text, line, start, self.delimiter)
        return CsvFormatError(FileProblem(self.name, where, None, None, why))


def read_table(path: Path | str) -> CsvTable:
    """A whole CSV file of organisations, values or a plan (a small file: a tree, a
    reorganisation); the header row says which. Its refused rows in table.problems."""
    problems: list[FileProblem] = []
    with CsvStream(path, problems.append) as stream:
        table = CsvTable(stream.path, stream.kind, list(stream.rows()), problems)
    table.problems.sort(key=lambda p: p.line or 0)
    return table


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
    than 0-9, or an apostrophe (perhaps guarding a formula) somewhere in the text."""
    if "'" in text or control_character(text) is not None:
        return True
    return not text.isascii() and foreign_digit(text) is not None  # (isascii: at once)


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


def _optional(kind: str) -> tuple[str, ...]:
    if kind.startswith(REGISTER_PREFIX):
        return register_optional(REGISTERS_BY_KEY[kind.removeprefix(REGISTER_PREFIX)])
    return _OPTIONAL[kind]


def _kind_of(header: Sequence[str]) -> str | None:
    names = set(header)
    for spec in REGISTERS:  # a register's file: its columns exactly
        if names == set(register_columns(spec)):
            return REGISTER_PREFIX + spec.key
    if set(VALUE_COLUMNS) <= names and names <= set(VALUE_COLUMNS + VALUE_OPTIONAL):
        return VALUES
    if set(ORG_COLUMNS) <= names and names <= set(ORG_COLUMNS + ORG_OPTIONAL):
        return ORGS
    if set(PLAN_COLUMNS) == names:
        return PLAN
    required = set(FORM_COLUMNS) - set(FORM_OPTIONAL)
    if required <= names and names <= set(FORM_COLUMNS):
        return FORM
    return None
