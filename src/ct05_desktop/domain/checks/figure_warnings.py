"""Warnings: what is saved but deserves a second look (domain.md §4)."""

from __future__ import annotations

from collections.abc import Iterable

from ct05_desktop.domain.checks.figure_rules import WARNING, Issue
from ct05_desktop.domain.rollup import ENTERED, Figures

JUMP_FACTOR = 3


def is_jump(value: int | None, previous: int | None) -> bool:
    """More than 3 times, or under a third of, the year before (domain.md §4)."""
    return (
        value is not None
        and previous is not None
        and previous > 0
        and (value > JUMP_FACTOR * previous or value * JUMP_FACTOR < previous)
    )


def unit_year_warnings(figures: Figures, org: str, year: int) -> list[Issue]:
    """Every warning about the values entered for one unit and year."""
    out: list[Issue] = []
    now = figures.unit_year(org, year)
    if now is None:
        return out
    before = figures.unit_year(org, year - 1)
    positions = figures.positions

    def warn(kind: str, code: str, entered: int, **params: object) -> None:
        out.append(Issue(WARNING, kind, org, year, code, entered, params))

    for n, indicator in figures.placed_of(year):  # that year's form, with its parts
        if now.own_sources[n] != ENTERED:
            continue
        code, entered = indicator.code, now.own[n]
        assert entered is not None
        if indicator.parts and any(now.own[positions[p]] is not None for p in indicator.parts):
            parts = {p: now.values[positions[p]] or 0 for p in indicator.parts}
            if sum(parts.values()) != entered:
                warn(
                    "total_differs_parts", code, entered, parts=parts, parts_sum=sum(parts.values())
                )
        count = figures.register_count(org, year, code)
        if count is not None and count != entered:
            warn("register_differs", code, entered, register_count=count)
        children = None if now.below is None else now.below[n]
        if children is not None and children != entered:
            warn("children_differ", code, entered, children_sum=children)
        previous = None if before is None else before.values[n]
        if previous is not None and is_jump(entered, previous):
            warn("jump", code, entered, previous=previous, previous_year=year - 1)
    return out


def warnings_for(figures: Figures, unit_years: Iterable[tuple[str, int]]) -> list[Issue]:
    """Every warning of these units in these years (a report's: each year's subtree), by
    unit in the order given, then by year."""
    out: list[Issue] = []
    by_unit: dict[str, list[int]] = {}
    for org, year in unit_years:
        by_unit.setdefault(org, []).append(year)
    for org, years in by_unit.items():
        for year in sorted(set(years)):
            if figures.tree[org].exists_in(year):
                out.extend(unit_year_warnings(figures, org, year))
    return out
