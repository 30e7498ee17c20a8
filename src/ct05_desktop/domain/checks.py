"""Warnings: what is saved but deserves a second look (DOMAIN §4)."""

from __future__ import annotations

from collections.abc import Iterable

from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.rules import WARNING, Issue

JUMP_FACTOR = 3


def is_jump(value: int | None, previous: int | None) -> bool:
    """More than 3 times, or under a third of, the year before (DOMAIN §4)."""
    return (
        value is not None
        and previous is not None
        and previous > 0
        and (value > JUMP_FACTOR * previous or value * JUMP_FACTOR < previous)
    )


def unit_year_warnings(figures: Figures, org: str, year: int) -> list[Issue]:
    """Every warning about the values entered for one unit and year."""
    out: list[Issue] = []
    for indicator in figures.catalogue.indicators:
        code = indicator.code
        entered = figures.entered(org, year, code)
        if entered is None:
            continue

        def warn(kind: str, code: str = code, entered: int = entered, **params: object) -> None:
            out.append(Issue(WARNING, kind, org, year, code, entered, params))

        if indicator.parts and any(figures.own(org, year, p) is not None for p in indicator.parts):
            parts = {p: figures.value(org, year, p) or 0 for p in indicator.parts}
            if sum(parts.values()) != entered:
                warn("total_differs_parts", parts=parts, parts_sum=sum(parts.values()))
        count = figures.register_count(org, year, code)
        if count is not None and count != entered:
            warn("register_differs", register_count=count)
        children = figures.children_sum(org, year, code)
        if children is not None and children != entered:
            warn("children_differ", children_sum=children)
        previous = figures.figure(org, year - 1, code)
        if previous is not None and is_jump(entered, previous.value):
            warn("jump", previous=previous.value, previous_year=year - 1)
    return out


def warnings_for(figures: Figures, units: Iterable[str], years: Iterable[int]) -> list[Issue]:
    years = list(years)
    out: list[Issue] = []
    for org in units:
        for year in years:
            if figures.tree[org].exists_in(year):
                out.extend(unit_year_warnings(figures, org, year))
    return out
