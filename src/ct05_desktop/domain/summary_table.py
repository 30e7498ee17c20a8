"""The rows of the summary table (Tổng hợp), one figure per cell (DOMAIN §4, §7).

One row per unit directly under the chosen one, or the chosen unit itself when it has
none. Each cell holds the unit's one figure: what it entered, else the sum. Where the
chosen unit entered a figure its rows do not add up to, a row of its own ("Số liệu
chung … chưa phân theo đơn vị") holds the difference, so the column's total is the
figure the text gives. Cells whose entered figure differs from the sum it should be
(its parts, its units, its register) are marked with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.messages import reason
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.rules import Issue
from ct05_desktop.domain.vi_format import number

UNIT = "unit"
OWN = "own"
MARKED = ("total_differs_parts", "children_differ", "register_differs")


@dataclass(frozen=True)
class TableRow:
    org_code: str
    label: str
    kind: str  # UNIT | OWN
    values: dict[str, int | None]
    from_parts: frozenset[str] = frozenset()  # totals that are the sum of this row's parts
    marks: dict[str, str] = field(default_factory=dict)  # indicator → why it is marked


def summary_rows(
    figures: Figures,
    top: str,
    units: list[str],
    years: range,
    names: dict[str, str],
    warnings: Iterable[Issue] = (),
) -> list[TableRow]:
    catalogue = figures.catalogue
    notes = _marks(warnings, catalogue, len(years) > 1)
    rows = [
        TableRow(
            code,
            names.get(code, code),
            UNIT,
            {i.code: figures.over_years(code, years, i.code) for i in catalogue.indicators},
            _from_parts(figures, code, years),
            notes.get(code, {}),
        )
        for code in units
    ]
    if units != [top]:
        own = _own_row(figures, top, years, names, rows)
        if own is not None:
            rows.append(own)
    return rows


def _from_parts(figures: Figures, code: str, years: range) -> frozenset[str]:
    """Totals the unit did not give itself, made of the parts it gave: formulas in a sheet."""
    out = set()
    for ind in figures.catalogue.indicators:
        if not ind.parts or figures.over_years_own(code, years, ind.code) is not None:
            continue
        parts = [figures.over_years(code, years, p) for p in ind.parts]
        total = figures.over_years(code, years, ind.code)
        if any(p is not None for p in parts) and total == sum(p or 0 for p in parts):
            out.add(ind.code)
    return frozenset(out)


def _own_row(
    figures: Figures, top: str, years: range, names: dict[str, str], rows: list[TableRow]
) -> TableRow | None:
    """What the chosen unit's figures hold beyond its rows, when that is not nothing."""
    values: dict[str, int | None] = {}
    marks: dict[str, str] = {}
    name = names.get(top, top)
    for ind in figures.catalogue.indicators:
        whole = figures.over_years(top, years, ind.code)
        shown = sum(v for r in rows if (v := r.values[ind.code]) is not None)
        rest = None if whole is None else whole - shown
        if whole is not None and rest:
            values[ind.code] = rest
            marks[ind.code] = f"{name} đã nhập {number(whole)}; các đơn vị cộng lại {number(shown)}"
        else:
            values[ind.code] = None
    if not marks:
        return None
    label = f"Số liệu chung của {name} chưa phân theo đơn vị"
    return TableRow(top, label, OWN, values, frozenset(), marks)


def _marks(
    warnings: Iterable[Issue], catalogue: Catalogue, with_year: bool
) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for w in warnings:
        if w.code not in MARKED or w.indicator is None:
            continue
        text = reason(w, catalogue)
        if with_year:
            text = f"Năm {w.year}: {text}"
        cell = out.setdefault(w.org_code, {})
        cell[w.indicator] = f"{cell[w.indicator]}\n{text}" if w.indicator in cell else text
    return out
