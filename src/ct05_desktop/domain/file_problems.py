"""A problem in a file, said with where it is (file, sheet, cell, line, column, value) and
what is wrong; and the fault of a file that cannot be read at all, whose one problem says
why. Every reader of files (CSV, templates, workbooks) tells its problems this way."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain.refusals import Fault, Refusal

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


class UnreadableFile(Fault):
    """A file that cannot be read as what it should be at all (a CSV table, a template);
    its one problem says why."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    def words(self, lang: str = "vi") -> str:
        return self.problem.words(lang)

    @property
    def codes(self) -> list[str]:
        return self.problem.reason.codes
