"""Figures over the tree and across years (DOMAIN §4).

A unit's figure is, in order: the value entered for it; else what its register
rows count; else, for a total, the sum of its parts when any part is there;
else the sum of its children alive that year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.orgs import OrgTree

Key = tuple[str, int, str]

ENTERED = "entered"
REGISTER = "register"
PARTS = "parts"
CHILDREN = "children"


@dataclass(frozen=True)
class Figure:
    value: int
    source: str  # ENTERED | REGISTER | PARTS | CHILDREN


class Figures:
    """Entered values and register counts, read as figures for any unit and year."""

    def __init__(
        self,
        tree: OrgTree,
        catalogue: Catalogue,
        entered: Mapping[Key, int],
        register_counts: Mapping[Key, int] | None = None,
    ) -> None:
        self.tree = tree
        self.catalogue = catalogue
        self._entered = entered
        self._registers = register_counts or {}
        self._memo: dict[Key, Figure | None] = {}

    def with_entered(self, changes: Mapping[Key, int | None]) -> Figures:
        """The figures as they would be with these entered values changed (None: removed)."""
        merged = dict(self._entered)
        for key, value in changes.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        return Figures(self.tree, self.catalogue, merged, self._registers)

    def entered(self, org: str, year: int, indicator: str) -> int | None:
        return self._entered.get((org, year, indicator))

    def register_count(self, org: str, year: int, indicator: str) -> int | None:
        return self._registers.get((org, year, indicator))

    def own(self, org: str, year: int, indicator: str) -> Figure | None:
        """What the unit itself says: entered, else counted in its registers."""
        value = self.entered(org, year, indicator)
        if value is not None:
            return Figure(value, ENTERED)
        count = self.register_count(org, year, indicator)
        if count is not None:
            return Figure(count, REGISTER)
        return None

    def figure(self, org: str, year: int, indicator: str) -> Figure | None:
        key = (org, year, indicator)
        if key not in self._memo:
            self._memo[key] = self._compute(org, year, indicator)
        return self._memo[key]

    def value(self, org: str, year: int, indicator: str) -> int | None:
        fig = self.figure(org, year, indicator)
        return None if fig is None else fig.value

    def _compute(self, org: str, year: int, indicator: str) -> Figure | None:
        own = self.own(org, year, indicator)
        if own is not None:
            return own
        parts = self.catalogue[indicator].parts
        if parts and any(self.own(org, year, p) is not None for p in parts):
            return Figure(sum(self.value(org, year, p) or 0 for p in parts), PARTS)
        total = self.children_sum(org, year, indicator)
        return None if total is None else Figure(total, CHILDREN)

    def parts_sum(self, org: str, year: int, indicator: str) -> int | None:
        """For a total, the sum of its parts' figures when any part is there."""
        parts = self.catalogue[indicator].parts
        values = [self.value(org, year, p) for p in parts]
        if not parts or all(v is None for v in values):
            return None
        return sum(v or 0 for v in values)

    def children_sum(self, org: str, year: int, indicator: str) -> int | None:
        values = [self.value(c.code, year, indicator) for c in self.tree.children(org, year)]
        present = [v for v in values if v is not None]
        return sum(present) if present else None

    def derived(self, org: str, year: int, indicator: str) -> Figure | None:
        """What the figure would be if nothing were entered for it: for the form's side column."""
        count = self.register_count(org, year, indicator)
        if count is not None:
            return Figure(count, REGISTER)
        parts = self.parts_sum(org, year, indicator)
        if parts is not None and any(
            self.own(org, year, p) is not None for p in self.catalogue[indicator].parts
        ):
            return Figure(parts, PARTS)
        total = self.children_sum(org, year, indicator)
        return None if total is None else Figure(total, CHILDREN)

    def over_years(self, org: str, years: range, indicator: str) -> int | None:
        """A range's figure: flows summed over the years; a stock is the value of the range's
        last year (none when the unit has no figure then, or no longer existed: a unit
        dissolved within the range adds nothing to the stocks its parent holds at the end)."""
        if self.catalogue[indicator].is_stock:
            last = years[-1]
            return self.value(org, last, indicator) if self.tree[org].exists_in(last) else None
        values = [self.value(org, y, indicator) for y in years if self.tree[org].exists_in(y)]
        present = [v for v in values if v is not None]
        return sum(present) if present else None

    def paired(self, org: str, years: range, part: str, whole: str) -> tuple[int, int] | None:
        """A share's part and whole over the units that gave both (DOMAIN §4): a unit that
        gave only its total must not lower a percentage it did not report on."""
        own_part = self.over_years_own(org, years, part)
        own_whole = self.over_years_own(org, years, whole)
        if own_part is not None and own_whole is not None:
            return own_part, own_whole
        pairs = [
            self.paired(c.code, years, part, whole)
            for c in self.tree.children(org)
            if any(c.exists_in(y) for y in years)
        ]
        kept = [p for p in pairs if p is not None]
        if not kept:
            return None
        return sum(p for p, _ in kept), sum(w for _, w in kept)

    def over_years_own(self, org: str, years: range, indicator: str) -> int | None:
        """Like over_years, but only what the unit itself gave (entered or in its registers)."""
        if self.catalogue[indicator].is_stock:
            last = years[-1]
            own = self.own(org, last, indicator) if self.tree[org].exists_in(last) else None
            return None if own is None else own.value
        values = [self.own(org, y, indicator) for y in years]
        present = [v.value for v in values if v is not None]
        return sum(present) if present else None

    def units_total(self, units: Sequence[str], years: range, indicator: str) -> int | None:
        """What these units gave over years, added up (None when none of them gave any)."""
        given = [v for u in units if (v := self.over_years(u, years, indicator)) is not None]
        return sum(given) if given else None

    def own_beyond_units(
        self, org: str, units: Sequence[str], years: range, indicator: str
    ) -> tuple[int, int] | None:
        """(the unit's figure, what its units add up to) when the unit gave a figure itself
        that its units' figures do not add up to (DOMAIN §7: the entered figure stands;
        the text says how much the units gave, the table shows both)."""
        if not units or self.over_years_own(org, years, indicator) is None:
            return None
        whole = self.over_years(org, years, indicator)
        given = self.units_total(units, years, indicator)
        if whole is None or given is None or given == whole:
            return None
        return whole, given

    def has_data_below(self, org: str, year: int) -> bool:
        """True when the unit or any unit under it gave a figure that year."""
        return any(self.value(org, year, i) is not None for i in self.catalogue.codes)
