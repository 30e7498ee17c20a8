"""Everything a report workbook shows, gathered before any cell is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.narrative import Line
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.registers import RegisterSpec
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.rollup import Figures


@dataclass(frozen=True)
class WarningRow:
    unit: str
    year: int
    indicator: str
    text: str


@dataclass
class ReportInput:
    header: ReportHeader
    top: Org
    years: range
    units: list[Org]  # directly under the top, alive in some year of the period
    figures: Figures
    catalogue: Catalogue
    unit_lines: list[Line] = field(default_factory=list)
    top_lines: list[Line] = field(default_factory=list)
    trend_lines: list[Line] = field(default_factory=list)
    warnings: list[WarningRow] = field(default_factory=list)
    registers: list[tuple[RegisterSpec, list[dict[str, Any]]]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # org code → name valid in the period
    trend_years: range = range(0)
    coverage: str = ""  # which units under the top reported, which did not

    @property
    def is_range(self) -> bool:
        return len(self.years) > 1

    def period_text(self) -> str:
        if self.is_range:
            return f"{self.years[0]}–{self.years[-1]}"
        return str(self.years[0])
