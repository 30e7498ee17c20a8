"""Figures over the tree and across years (domain.md §4).

A unit's figure is, in order: the value entered for it; else what its register
rows count; else, for a total, the sum of its parts when any part is there;
else the sum of its children alive that year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from ct05_desktop.domain.catalogue import Catalogue, Indicator, totals_order
from ct05_desktop.domain.form_years import FormYears
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


class YearSlot(Protocol):
    """Where a year's roll-up is kept between tasks."""

    table: object


class _Year:
    """Every figure of one year, in one bottom-up pass over the units with something at
    or under them: children before their parent, a total's parts before the total;
    values and sources per unit as lists in the catalogue's order."""

    __slots__ = ("below", "own", "sources", "values")

    def __init__(self, own: dict[str, tuple[list[int | None], list[str | None]]]) -> None:
        self.own = own  # what each unit itself says: values and sources (entered, register)
        self.values: dict[str, list[int | None]] = {}
        self.sources: dict[str, list[str | None]] = {}
        self.below: dict[str, list[int | None]] = {}  # what the alive children add up to


class UnitYear:
    """One unit's year at a glance, in the catalogue's order: what it entered or counted
    itself (and which), its figures, what its units add up to (None: nothing)."""

    __slots__ = ("below", "own", "own_sources", "values")

    def __init__(
        self,
        own: list[int | None],
        own_sources: list[str | None],
        values: list[int | None],
        below: list[int | None] | None,
    ) -> None:
        self.own, self.own_sources, self.values, self.below = own, own_sources, values, below


class Figures:
    """Entered values and register counts, read as figures for any unit and year."""

    def __init__(
        self,
        tree: OrgTree,
        catalogue: Catalogue,
        entered: Mapping[Key, int],
        register_counts: Mapping[Key, int] | None = None,
        shared: Mapping[int, YearSlot] | None = None,
        rows: Iterable[tuple[str, int, str, int]] | None = None,
        form: FormYears | None = None,
    ) -> None:
        """shared: a year's slot keeping its roll-up between tasks (the whole tree's
        figures of that year, as stored). rows: the entered values as (unit, year,
        indicator, value) straight from the database instead of entered (quicker than a
        keyed mapping), gone through each time it is needed. form: each year's indicators
        and totals' parts (None: the catalogue, every year, then every indicator ever)."""
        self.tree = tree
        self.catalogue = catalogue
        self.form = form
        self._forms: dict[int, tuple[Catalogue, list[tuple[int, tuple[int, ...]]]]] = {}
        self._placed_forms: dict[int, list[tuple[int, Indicator]]] = {}
        self._shared = shared or {}
        self._rows = rows
        self._entered: Mapping[Key, int] | None = None if rows is not None else entered
        self._registers = register_counts or {}
        self._codes = catalogue.codes
        self._index = {code: n for n, code in enumerate(self._codes)}
        self._order = totals_order(catalogue, self._index)
        self._years: dict[int, _Year] = {}
        self._placed: dict[str, str] = {}
        self._counted: dict[tuple[str, int, int], list[int]] = {}
        self._pairs: dict[tuple[str, int, int, str, str], tuple[int, int] | None] = {}
        self._by_year: dict[int, dict[str, tuple[list[int | None], list[str | None]]]] | None = None

    def with_entered(self, changes: Mapping[Key, int | None]) -> Figures:
        """The figures as they would be with these entered values changed (None: removed)."""
        merged = dict(self._entered_map())
        for key, value in changes.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        return Figures(self.tree, self.catalogue, merged, self._registers, form=self.form)

    def catalogue_of(self, year: int) -> Catalogue:
        """The indicators of year's form (all of the catalogue without a form)."""
        return self._form_of(year)[0]

    def placed_of(self, year: int) -> list[tuple[int, Indicator]]:
        """Year's indicators, each with its place in a UnitYear's lists (read once)."""
        found = self._placed_forms.get(year)
        if found is None:
            index = self._index
            found = [(index[i.code], i) for i in self.catalogue_of(year).indicators]
            self._placed_forms[year] = found
        return found

    def in_form(self, indicator: str, year: int) -> bool:
        """Whether year's form holds the indicator (a year lacking it has no figure)."""
        return indicator in self._form_of(year)[0]

    def catalogue_over(self, years: Iterable[int]) -> Catalogue:
        """The indicators in the form of any of these years, each as last labelled."""
        return self.catalogue if self.form is None else self.form.over(years)

    def _form_of(self, year: int) -> tuple[Catalogue, list[tuple[int, tuple[int, ...]]]]:
        """Year's form and its totals' order (parts first), in the catalogue's positions."""
        if self.form is None:
            return self.catalogue, self._order
        found = self._forms.get(year)
        if found is None:
            form = self.form.catalogue(year)
            if form.codes == self._codes and all(
                form[c].parts == self.catalogue[c].parts for c in self._codes
            ):
                found = (form, self._order)
            else:
                found = (form, totals_order(form, self._index))
            self._forms[year] = found
        return found

    def _entered_map(self) -> Mapping[Key, int]:
        if self._entered is None:
            self._entered = {(o, y, i): v for o, y, i, v in self._rows or ()}
        return self._entered

    def entered(self, org: str, year: int, indicator: str) -> int | None:
        """What the unit entered (none for an indicator its year's form lacks)."""
        if self._entered is not None:
            found = self._entered.get((org, year, indicator))
            return found if found is None or self.in_form(indicator, year) else None
        row = self._year(year).own.get(org)
        n = self._index.get(indicator)
        if row is None or n is None or row[1][n] != ENTERED:
            return None
        return row[0][n]

    def register_count(self, org: str, year: int, indicator: str) -> int | None:
        found = self._registers.get((org, year, indicator))
        return found if found is None or self.in_form(indicator, year) else None

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
        table = self._year(year)
        values = table.values.get(org)
        if values is None:
            return None
        n = self._index[indicator]
        value, source = values[n], table.sources[org][n]
        return None if value is None or source is None else Figure(value, source)

    def value(self, org: str, year: int, indicator: str) -> int | None:
        values = self._year(year).values.get(org)
        return None if values is None else values[self._index[indicator]]

    @property
    def positions(self) -> Mapping[str, int]:
        """Each indicator's place in a UnitYear's lists (the catalogue's order)."""
        return self._index

    def unit_year(self, org: str, year: int) -> UnitYear | None:
        """The unit's year at a glance (None when it has no figure at all that year): for
        checks that look at every indicator of many units."""
        table = self._year(year)
        values = table.values.get(org)
        if values is None:
            return None
        width = len(self._codes)
        own, sources = table.own.get(org, ([None] * width, [None] * width))
        return UnitYear(own, sources, values, table.below.get(org))

    def roll_up(self, years: Iterable[int]) -> None:
        """Compute those years' figures now (kept in their shared slots, if any)."""
        for year in years:
            self._year(year)

    def _own_by_year(self) -> dict[int, dict[str, tuple[list[int | None], list[str | None]]]]:
        """What each unit itself says, by year (values and sources in the catalogue's
        order): one pass over the entered values and the register counts, shared by the
        years' passes."""
        if self._by_year is None:
            width = len(self._codes)
            by_year: dict[int, dict[str, tuple[list[int | None], list[str | None]]]] = {}
            entered: Iterable[tuple[str, int, str, int]] = (
                self._rows
                if self._rows is not None
                else ((o, y, i, v) for (o, y, i), v in (self._entered or {}).items())
            )
            registers = ((o, y, i, v) for (o, y, i), v in self._registers.items())
            # each year's form's places, made once (a figure outside the form is left out)
            placed: dict[int, dict[str, int]] = {}
            for source, given in ((REGISTER, registers), (ENTERED, entered)):
                year_now, places, units = None, {}, {}
                for org, year, indicator, value in given:
                    if year != year_now:
                        year_now, units = year, by_year.setdefault(year, {})
                        places = placed.get(year) or placed.setdefault(
                            year, {i.code: n for n, i in self.placed_of(year)}
                        )
                    n = places.get(indicator)
                    if n is None or value is None:
                        continue
                    row = units.get(org)
                    if row is None:
                        row = units[org] = ([None] * width, [None] * width)
                    row[0][n], row[1][n] = value, source  # entered, read last, wins
            self._by_year = by_year
        return self._by_year

    def _year(self, year: int) -> _Year:
        table = self._years.get(year)
        if table is None:
            slot = self._shared.get(year)
            if slot is not None and isinstance(slot.table, _Year):
                table = slot.table
            else:
                table = self._compute_year(year)
                if slot is not None:
                    slot.table = table
            self._years[year] = table
        return table

    def _compute_year(self, year: int) -> _Year:
        own = self._own_by_year().get(year, {})
        tree, width = self.tree, len(self._codes)
        needed: dict[str, int] = {}  # unit → depth
        for org in own:
            if org not in tree:
                continue
            node = tree.at(org, year)
            needed.setdefault(org, tree.depth(org, year))
            while node.exists_in(year) and node.parent_code is not None:
                parent = node.parent_code
                if parent in needed or parent not in tree:
                    break
                needed[parent] = tree.depth(parent, year)
                node = tree.at(parent, year)
        order = self._form_of(year)[1]
        totals = [(n, parts) for n, parts in order if parts]
        table = _Year(own)
        sums = table.below
        nothing: tuple[list[int | None], list[str | None]] = ([None] * width, [None] * width)
        for org in sorted(needed, key=needed.__getitem__, reverse=True):
            own_values, own_sources = own.get(org, nothing)
            below = sums.get(org)
            values = list(own_values)
            sources = list(own_sources)
            for n, parts in order if below is not None else totals:
                if own_values[n] is not None:
                    continue
                if parts and any(own_values[p] is not None for p in parts):
                    values[n] = sum(values[p] or 0 for p in parts)
                    sources[n] = PARTS
                elif below is not None and below[n] is not None:
                    values[n], sources[n] = below[n], CHILDREN
            table.values[org], table.sources[org] = values, sources
            node = tree.at(org, year)
            if node.parent_code is not None and node.exists_in(year):
                up = sums.setdefault(node.parent_code, [None] * width)
                for n, value in enumerate(values):
                    if value is not None:
                        up[n] = value if up[n] is None else up[n] + value  # type: ignore[operator]
        return table

    def parts_sum(self, org: str, year: int, indicator: str) -> int | None:
        """For a total, the sum of its parts' figures when any part is there."""
        found = self.catalogue_of(year).get(indicator)
        parts = () if found is None else found.parts
        values = [self.value(org, year, p) for p in parts]
        if not parts or all(v is None for v in values):
            return None
        return sum(v or 0 for v in values)

    def children_sum(self, org: str, year: int, indicator: str) -> int | None:
        """What the units under org alive that year add up to (None: none gave any)."""
        below = self._year(year).below.get(org)
        return None if below is None else below[self._index[indicator]]

    def derived(self, org: str, year: int, indicator: str) -> Figure | None:
        """What the figure would be if nothing were entered for it: for the form's side column."""
        count = self.register_count(org, year, indicator)
        if count is not None:
            return Figure(count, REGISTER)
        parts = self.parts_sum(org, year, indicator)
        if parts is not None and any(
            self.own(org, year, p) is not None for p in self.catalogue_of(year)[indicator].parts
        ):
            return Figure(parts, PARTS)
        total = self.children_sum(org, year, indicator)
        return None if total is None else Figure(total, CHILDREN)

    def over_years(self, org: str, years: range, indicator: str) -> int | None:
        """A range's figure: flows summed over the years; a stock is the range's last
        year's value (none if the unit has no figure or no longer exists then)."""
        counted = self.counted_years(org, years)
        if self.catalogue[indicator].is_stock:
            last = years[-1]
            return self.value(org, last, indicator) if counted and counted[-1] == last else None
        values = [self.value(org, y, indicator) for y in counted]
        present = [v for v in values if v is not None]
        return sum(present) if present else None

    def counted_years(self, org: str, years: range) -> list[int]:
        """The years of the range in which the unit's figures count (see counted)."""
        key = (org, years.start, years.stop)
        found = self._counted.get(key)
        if found is None:
            found = self._counted[key] = [y for y in years if self.counted(org, y)]
        return found

    def place(self, placed: Mapping[str, str]) -> None:
        """Count a unit's years in a range only where it stands under the unit it is
        placed under (a report's row: directly under the report's unit), so that a unit
        moved from one to another within the range is not counted under both."""
        self._placed = dict(placed)
        self._pairs.clear()
        self._counted.clear()

    def counted(self, org: str, year: int) -> bool:
        """Whether the unit's figure of year counts in a range: it existed then, under the
        unit it is placed under (when placed)."""
        if not self.tree[org].exists_in(year):
            return False
        above = self._placed.get(org)
        return above is None or self.tree.parent_in(org, year) == above

    def paired(self, org: str, years: range, part: str, whole: str) -> tuple[int, int] | None:
        """A share's part and whole over the units that gave both (domain.md §4): a unit that
        gave only its total must not lower a percentage it did not report on."""
        key = (org, years.start, years.stop, part, whole)
        if key not in self._pairs:
            self._pairs[key] = self._paired(org, years, part, whole)
        return self._pairs[key]

    def _paired(self, org: str, years: range, part: str, whole: str) -> tuple[int, int] | None:
        own_part = self.over_years_own(org, years, part)
        own_whole = self.over_years_own(org, years, whole)
        if own_part is not None and own_whole is not None:
            return own_part, own_whole
        if not self.counted(org, years[-1]):
            return None  # a share's part and whole are stocks: the last year's
        pairs = [
            self.paired(c.code, years, part, whole) for c in self.tree.children(org, years[-1])
        ]
        kept = [p for p in pairs if p is not None]
        if not kept:
            return None
        return sum(p for p, _ in kept), sum(w for _, w in kept)

    def over_years_own(self, org: str, years: range, indicator: str) -> int | None:
        """Like over_years, but only what the unit itself gave (entered or in its registers)."""
        counted = self.counted_years(org, years)
        if self.catalogue[indicator].is_stock:
            last = years[-1]
            own = self.own(org, last, indicator) if counted and counted[-1] == last else None
            return None if own is None else own.value
        values = [self.own(org, y, indicator) for y in counted]
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
        that its units' figures do not add up to (domain.md §7: the entered figure stands;
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
