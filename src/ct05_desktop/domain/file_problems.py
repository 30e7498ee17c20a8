"""A problem in a file, said with where it is (file, sheet, cell, line, column, value) and
what is wrong; and the fault of a file that cannot be read at all, whose one problem says
why. Every reader of files (CSV, templates, workbooks) tells its problems this way."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain.refusals import Fault, Refusal
from ct05_desktop.domain.wording import Words

_PLACE = Words.pairs(
    "places in a file",
    {
        "sheet": ("trang '{}'", "sheet '{}'"),
        "cell": ("ô {}", "cell {}"),
        "line": ("dòng {}", "line {}"),
        "column": ("cột {}", "column {}"),
        "value": ("giá trị '{}'", "value '{}'"),
    },
)


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
        where = [self.file]
        if self.sheet:
            where.append(_PLACE.text("sheet", lang).format(self.sheet))
        if self.cell:
            where.append(_PLACE.text("cell", lang).format(self.cell))
        if self.line is not None:
            where.append(_PLACE.text("line", lang).format(self.line))
        if self.column:
            where.append(_PLACE.text("column", lang).format(self.column))
        if self.value not in (None, ""):
            where.append(_PLACE.text("value", lang).format(self.value))
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
