"""The rows of the summary table (Tổng hợp), one figure per cell (DOMAIN §4, §7).

One row per unit directly under the chosen one, or the chosen unit itself when it has
none. Each cell holds the unit's one figure: what it entered, else the sum. Where the
chosen unit entered a figure its rows do not add up to, a row of its own ("Số liệu
chung của … (không phân theo …)") holds the difference, so the column's total is the
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
SHARES = {  # a share's part → its whole; the table shows the share beside the part
    "grassroots_orgs_registered": "grassroots_orgs_total",
    "members_registered": "members_total",
    "ethics_orgs_reviewed": "grassroots_orgs_total",
}
Pair = tuple[int, int]


@dataclass(frozen=True)
class TableRow:
    org_code: str
    label: str
    kind: str  # UNIT | OWN
    values: dict[str, int | None]
    from_parts: frozenset[str] = frozenset()  # totals that are the sum of this row's parts
    marks: dict[str, str] = field(default_factory=dict)  # indicator → why it is marked
    shares: dict[str, Pair | None] = field(default_factory=dict)  # part → the text's x/y

    def share_as_row(self, part: str) -> bool:
        """True when the text's share is this row's part over this row's whole (then a
        live formula shows it); False when it rests on fewer units than the row's figures."""
        pair = self.shares.get(part)
        values = (self.values[part], self.values[SHARES[part]])
        if pair is None:
            return None in values
        return pair == values


def summary_rows(
    figures: Figures,
    top: str,
    units: list[str],
    years: range,
    names: dict[str, str],
    warnings: Iterable[Issue] = (),
    noun: str = "đơn vị",
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
            share_pairs(figures, code, years),
        )
        for code in units
    ]
    if units != [top]:
        own = _own_row(figures, top, years, names, rows, noun)
        if own is not None:
            rows.append(own)
    return rows


def share_pairs(figures: Figures, code: str, years: range) -> dict[str, Pair | None]:
    """Each share of the unit as the text gives it: over the units that gave both figures."""
    return {
        part: _valid(figures.paired(code, years, part, whole)) for part, whole in SHARES.items()
    }


def _valid(pair: Pair | None) -> Pair | None:
    return pair if pair is not None and 0 <= pair[0] <= pair[1] and pair[1] > 0 else None


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
    figures: Figures,
    top: str,
    years: range,
    names: dict[str, str],
    rows: list[TableRow],
    noun: str,
) -> TableRow | None:
    """What the chosen unit's figures hold beyond its rows, when that is not nothing."""
    values: dict[str, int | None] = {}
    marks: dict[str, str] = {}
    name = names.get(top, top)
    units = [r.org_code for r in rows]
    for ind in figures.catalogue.indicators:
        whole = figures.over_years(top, years, ind.code)
        given = figures.units_total(units, years, ind.code)
        values[ind.code] = None
        if whole is None or given == whole:
            continue
        values[ind.code] = whole - (given or 0)  # a zero nobody else gave shows too
        differs = figures.own_beyond_units(top, units, years, ind.code)
        if differs is not None:  # what it gave disagrees with its units': marked and checked
            marks[ind.code] = (
                f"số liệu của {name}: {number(differs[0])}; các {noun} cộng lại: "
                f"{number(differs[1])}"
            )
    if all(v is None for v in values.values()):
        return None
    label = f"Số liệu chung của {name} (không phân theo {noun})"
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
