"""The unit's indicators year by year (the appendix's 'Qua các năm' and the report's
years paragraph), each share as its pair: its part and whole over the units that gave
both that year, so that no part stands above its whole (DOMAIN §7)."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain.report_outline import applies
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.summary_table import SHARES, Pair, cells_of_year, year_pair

VALUE, WHOLE, SHARE = "value", "whole", "share"


@dataclass(frozen=True)
class TrendRow:
    section: str  # the section's label
    kind: str  # VALUE | WHOLE (of the share of code) | SHARE (of code)
    code: str
    label: str
    values: tuple[int | None, ...]  # by year; a share's: its part (the whole is the row above)
    pairs: tuple[Pair | None, ...] = ()  # a share's, by year


def trend_rows(figures: Figures, org: str, years: list[int], level: str) -> list[TrendRow]:
    """Every indicator of the unit's level with a figure in some year, in the form's order;
    a share as three rows (whole, part, share) over the units that gave both."""
    catalogue = figures.catalogue
    out: list[TrendRow] = []
    for section in catalogue.sections:
        if not applies(section.code, level):
            continue
        indicators = catalogue.in_section(section.code)
        for n, ind in enumerate(indicators):
            following = indicators[n + 1] if n + 1 < len(indicators) else None
            if following is not None and SHARES.get(following.code) == ind.code:
                continue  # told as the share's whole, with its part
            if ind.code not in SHARES:
                values = tuple(figures.value(org, y, ind.code) for y in years)
                out.append(TrendRow(section.label_vi, VALUE, ind.code, ind.label_vi, values))
                continue
            pairs = tuple(year_pair(figures, org, y, ind.code) for y in years)
            cells = [
                cells_of_year(figures, org, y, ind.code, p)
                for y, p in zip(years, pairs, strict=True)
            ]
            whole = catalogue[SHARES[ind.code]]
            parts = tuple(c[0] for c in cells)
            wholes = tuple(c[1] for c in cells)
            out.append(TrendRow(section.label_vi, WHOLE, ind.code, whole.label_vi, wholes))
            out.append(TrendRow(section.label_vi, VALUE, ind.code, ind.label_vi, parts))
            out.append(TrendRow(section.label_vi, SHARE, ind.code, "Tỷ lệ (%)", parts, pairs))
    return [r for r in out if any(v is not None for v in r.values)]
