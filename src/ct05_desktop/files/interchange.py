"""The plain CSV files of domain.md §9: organisations, values and plans, told apart by their
header. Here: their columns, a file's report (its problems: domain.file_problems),
and writing them (every text spreadsheet_safe). Reading them, row by row and strictly
(domain.md §9: a column named twice, a quote left open, a row of the wrong width, a control
character or a digit other than 0-9 is refused where it is, never guessed around), is
csv_stream's. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ct05_desktop.domain.catalogue import INDICATOR_COLUMNS
from ct05_desktop.domain.file_problems import FileProblem, UnreadableFile
from ct05_desktop.domain.refusals import Phrase, Worded
from ct05_desktop.domain.register_types import RegisterSpec
from ct05_desktop.files.output_file import replaced_on_success

ORG_COLUMNS = ("code", "name", "level", "parent_code", "valid_from", "valid_to")
VALUE_COLUMNS = ("org_code", "year", "indicator", "value")
VALUE_OPTIONAL = ("comment",)
# successor_code: the unit its history goes on in; period_from: this row's name and parent
# hold from that year (blank: from the unit's first year), one row per period;
# name_valid_from: the older way to say a renaming (the name from that year)
ORG_OPTIONAL = ("successor_code", "period_from", "name_valid_from")
PLAN_COLUMNS = ("action", "code", "to", "name", "level")  # a reorganisation plan

# the report form of a year (domain.md §4): the columns of data/indicators.csv
FORM_COLUMNS = INDICATOR_COLUMNS
FORM_OPTIONAL = ("whole", "parts", "label_en", "noun", "phrase")


REGISTER_PREFIX = "register:"  # a register file's kind: register:KEY


def register_columns(spec: RegisterSpec) -> tuple[str, ...]:
    """A register file's columns (domain.md §5): the row's id (blank for a new row), its unit
    and year, then its fields by name."""
    return ("id", "org_code", "year", *(f.name for f in spec.fields))


def register_optional(spec: RegisterSpec) -> tuple[str, ...]:
    """The columns a row may leave out at its end: its id and the fields not required."""
    return ("id", *(f.name for f in spec.fields if not f.required))


ORGS = "orgs"
VALUES = "values"
PLAN = "plan"
FORM = "form"


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
    # beyond those kept (KEPT of each): a file of a million unknown units is told as its
    # first problems and a count, and holds no million problems in memory
    unkept_problems: int = 0
    unkept_warnings: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.unkept_problems

    @property
    def warning_count(self) -> int:
        return len(self.warnings) + self.unkept_warnings


KEPT = 1000  # the problems (or warnings) of a file kept to be shown: the first, by line


class FirstProblems:
    """The KEPT problems on the lowest lines among those added, in any order, and how
    many were added in all."""

    def __init__(self) -> None:
        self.count = 0
        self._heap: list[tuple[int, int, FileProblem]] = []  # (-line, -order): the last first

    def add(self, problem: FileProblem) -> None:
        self.count += 1
        item = (-(problem.line or 0), -self.count, problem)
        if len(self._heap) < KEPT:
            heapq.heappush(self._heap, item)
        elif item[:2] > self._heap[0][:2]:  # on an earlier line than the last one kept
            heapq.heapreplace(self._heap, item)

    def into(self, report: FileReport) -> None:
        """The report's problems: these, by line, then the count of the others."""
        kept = sorted(self._heap, key=lambda item: (-item[0], -item[1]))
        report.problems = [problem for _, _, problem in kept]
        report.unkept_problems = self.count - len(kept)


class CsvFormatError(UnreadableFile):
    """A file that cannot be read as a CSV table at all; its one problem says why."""


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
