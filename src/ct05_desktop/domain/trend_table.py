"""The unit's indicators year by year (the appendix's 'Qua các năm' and the report's
years paragraph), each share as its pair: its part and whole over the units that gave
both that year, so that no part stands above its whole (domain.md §7)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from ct05_desktop.domain.narrative import comparable_years
from ct05_desktop.domain.report_outline import applies
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.summary_table import SHARES, Pair, cells_of_year, year_pair

VALUE, WHOLE, SHARE = "value", "whole", "share"
T = TypeVar("T")


def only(values: tuple[T | None, ...], keep: list[bool]) -> tuple[T | None, ...]:
    """The values of the years kept, None for the others."""
    return tuple(v if k else None for v, k in zip(values, keep, strict=True))


@dataclass(frozen=True)
class TrendRow:
    section: str  # the section's label
    kind: str  # VALUE | WHOLE (of the share of code) | SHARE (of code)
    code: str
    label: str
    values: tuple[int | None, ...]  # by year; a share's: its part (the whole is the row above)
    pairs: tuple[Pair | None, ...] = ()  # a share's, by year
    outside: tuple[bool, ...] = ()  # by year: the year's form lacks it (said, never blank)

    def is_outside(self, n: int) -> bool:
        return bool(self.outside) and self.outside[n]


def trend_rows(
    figures: Figures,
    org: str,
    years: list[int],
    level: str,
    children: list[str] | None = None,
    final: bool = False,
) -> list[TrendRow]:
    """Every indicator of the unit's level with a figure in some year, in the form's order;
    a share as three rows (whole, part, share) over the units that gave both. final: only
    the years resting on the same units under org (children) as the last year's, as the
    final report's years paragraph (narrative.comparable_years)."""
    catalogue = figures.catalogue_over(years)
    out: list[TrendRow] = []

    def kept(code: str) -> list[bool]:
        if not final:
            return [True] * len(years)
        keep = comparable_years(figures, org, code, children, years)
        return [y in keep for y in years]

    for section in catalogue.sections:
        if not applies(section.code, level):
            continue
        indicators = catalogue.in_section(section.code)
        for n, ind in enumerate(indicators):
            following = indicators[n + 1] if n + 1 < len(indicators) else None
            if following is not None and SHARES.get(following.code) == ind.code:
                continue  # told as the share's whole, with its part
            outside = tuple(not figures.in_form(ind.code, y) for y in years)
            if ind.code not in SHARES:
                values = only(tuple(figures.value(org, y, ind.code) for y in years), kept(ind.code))
                row = TrendRow(section.label_vi, VALUE, ind.code, ind.label_vi, values)
                out.append(replace(row, outside=outside))
                continue
            keep = kept(ind.code)
            pairs = only(tuple(year_pair(figures, org, y, ind.code) for y in years), keep)
            cells = [
                cells_of_year(figures, org, y, ind.code, p)
                for y, p in zip(years, pairs, strict=True)
            ]
            whole = catalogue[SHARES[ind.code]]
            parts = only(tuple(c[0] for c in cells), keep)
            wholes = only(tuple(c[1] for c in cells), keep)
            three = [
                TrendRow(section.label_vi, WHOLE, ind.code, whole.label_vi, wholes),
                TrendRow(section.label_vi, VALUE, ind.code, ind.label_vi, parts),
                TrendRow(section.label_vi, SHARE, ind.code, "Tỷ lệ (%)", parts, pairs),
            ]
            out += [replace(r, outside=outside) for r in three]
    return [r for r in out if any(v is not None for v in r.values)]
