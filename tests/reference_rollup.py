"""The roll-up of DOMAIN §4 as it was first written: recursive, one figure at a time,
memoised. Kept as the reference the one-pass roll-up must equal (tests only)."""

from __future__ import annotations

from collections.abc import Mapping

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.rollup import CHILDREN, ENTERED, PARTS, REGISTER, Figure, Key


class RecursiveFigures:
    def __init__(
        self,
        tree: OrgTree,
        catalogue: Catalogue,
        entered: Mapping[Key, int],
        register_counts: Mapping[Key, int] | None = None,
    ) -> None:
        self.tree, self.catalogue = tree, catalogue
        self._entered, self._registers = entered, register_counts or {}
        self._memo: dict[Key, Figure | None] = {}

    def own(self, org: str, year: int, indicator: str) -> Figure | None:
        value = self._entered.get((org, year, indicator))
        if value is not None:
            return Figure(value, ENTERED)
        count = self._registers.get((org, year, indicator))
        return None if count is None else Figure(count, REGISTER)

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
        values = [self.value(c.code, year, indicator) for c in self.tree.children(org, year)]
        present = [v for v in values if v is not None]
        return Figure(sum(present), CHILDREN) if present else None
