"""The scale a registration's year-end result is rated on (domain.md §5,
the commitments register): data, with the Party's four yearly levels as its default. Each
level has a code (what rows store), its words, whether it counts as "completed well or
better" in the report's sentence, and the last year it may be chosen (a level no longer
used stays for the rows that hold it).

The levels in use are the process's: the database a session opens sets them
(registers.use_result_scale), as the window's only database does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ct05_desktop.domain.characters import name_refusal
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.register_types import Choice
from ct05_desktop.domain.vi_text import fold


@dataclass(frozen=True)
class Level:
    code: str
    label_vi: str
    label_en: str
    well: bool  # counted among "hoàn thành tốt trở lên"
    last: int | None = None  # the last year it may be chosen (None: every year)

    def choice(self) -> Choice:
        return Choice(self.code, self.label_vi, self.label_en, last=self.last)


DEFAULT: tuple[Level, ...] = (  # the Party's yearly rating
    Level("excellent", "Hoàn thành xuất sắc", "Completed with distinction", True),
    Level("good", "Hoàn thành tốt", "Completed well", True),
    Level("done", "Hoàn thành", "Completed", False),
    Level("not_done", "Không hoàn thành", "Not completed", False),
)

_IN_USE: list[tuple[Level, ...]] = [DEFAULT]


def in_use() -> tuple[Level, ...]:
    """The levels of the database opened (registers.use_result_scale)."""
    return _IN_USE[0]


def set_in_use(levels: tuple[Level, ...]) -> None:
    _IN_USE[0] = levels


_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")


def scale_problems(levels: tuple[Level, ...]) -> list[Refusal]:
    """Why a scale cannot be kept: no level, a code or a label twice (labels compared as a
    clerk types them, without case and marks), a label that cannot be a cell's, a level
    counted as "well or better" below one that is not (the sentence reads them from the
    best down)."""
    if not levels:
        return [Refusal("scale_empty")]
    problems: list[Refusal] = []
    codes: set[str] = set()
    labels: set[str] = set()
    for level in levels:
        if not _CODE.fullmatch(level.code):
            problems.append(Refusal("scale_code_bad", code=level.code))
        elif level.code in codes:
            problems.append(Refusal("scale_code_twice", code=level.code))
        codes.add(level.code)
        if not level.label_vi.strip():
            problems.append(Refusal("scale_label_empty", code=level.code))
            continue
        bad = name_refusal(level.label_vi)
        if bad is not None:
            problems.append(Refusal("scale_label_bad", label=level.label_vi, reason=bad))
        if fold(level.label_vi) in labels:
            problems.append(Refusal("scale_label_twice", label=level.label_vi))
        labels.add(fold(level.label_vi))
    wells = [level.well for level in levels]
    if True in wells and False in wells[: len(wells) - wells[::-1].index(True)]:
        problems.append(Refusal("scale_well_order"))
    return problems


def new_code(levels: tuple[Level, ...], label: str) -> str:
    """A code for a level added by its label: its words without marks ('Hoàn thành tốt'
    → 'hoan_thanh_tot'), numbered when taken."""
    base = "_".join(re.findall(r"[a-z0-9]+", fold(label)))[:30] or "level"
    if not base[0].isalpha():
        base = f"level_{base}"
    taken = {level.code for level in levels}
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code
