"""Party organisations and their tree through the years (docs/domain.md, "The organisation
tree through time").

A unit has a code, a level, the years it existed (valid_from, valid_to; blank is open)
and, when it was merged, a successor. Its name and its parent are data by period: its
life is cut into periods, each from a year on, each with a name and a parent. A move or
a renaming from 2025 opens a period in 2025 and leaves every earlier year's tree as it
was. Every reader asks for a year: OrgTree answers "the tree of year Y" (roots,
children, ancestors, walk, subtree), each unit as it stood that year (Org.in_year)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

LEVELS = ("province", "district", "grassroots", "cell")
FIRST = 0  # the start of a unit's first period: from its first year, whichever that is


@dataclass(frozen=True, order=True)
class Period:
    """From start on (FIRST: from the unit's first year) the unit bore this name and
    stood under this parent (None: at the top of the tree), until the next period."""

    start: int
    name: str
    parent_code: str | None


@dataclass(frozen=True)
class Org:
    """A unit. name and parent_code are those of its latest period; periods holds every
    period when there is more than one (empty: one name and one parent for all its
    years). A unit read for a year (in_year) is one period's: that year's name and
    parent, no periods."""

    code: str
    name: str
    level: str
    parent_code: str | None = None
    valid_from: int | None = None
    valid_to: int | None = None
    successor_code: str | None = None
    periods: tuple[Period, ...] = ()

    def __post_init__(self) -> None:
        """Kept in one form, so that two equal units compare equal: periods sorted and
        merged where nothing changes, none that no year of the unit holds, the first from
        FIRST, the latest's name and parent as the unit's own, none kept when there is
        only one."""
        if not self.periods:
            return
        kept = _merged(self.periods, self.valid_from, self.valid_to)
        last = kept[-1]
        object.__setattr__(self, "name", last.name)
        object.__setattr__(self, "parent_code", last.parent_code)
        object.__setattr__(self, "periods", kept if len(kept) > 1 else ())

    def exists_in(self, year: int) -> bool:
        """True when the unit existed in that year (blank bounds are open)."""
        if self.valid_from is not None and year < self.valid_from:
            return False
        return not (self.valid_to is not None and year > self.valid_to)

    def all_periods(self) -> tuple[Period, ...]:
        return self.periods or (Period(FIRST, self.name, self.parent_code),)

    def parent_codes(self) -> tuple[str | None, ...]:
        """Each parent it stands under in some period, once, in order (None: the top)."""
        if not self.periods:
            return (self.parent_code,)
        return tuple(dict.fromkeys(p.parent_code for p in self.periods))

    def period_in(self, year: int) -> Period:
        """The period that holds year (the first one before the unit's first year, the
        latest after its last)."""
        found = self.all_periods()[0]
        for period in self.periods:
            if period.start <= year:
                found = period
        return found

    def in_year(self, year: int | None) -> Org:
        """The unit as it stood in year: that year's name and parent (the latest when
        None)."""
        if not self.periods:
            return self
        period = self.periods[-1] if year is None else self.period_in(year)
        return Org(
            self.code,
            period.name,
            self.level,
            period.parent_code,
            self.valid_from,
            self.valid_to,
            self.successor_code,
        )

    def spans(self) -> list[tuple[Period, int | None, int | None]]:
        """Each period with the years it covers within the unit's life (first, last;
        None is open), in order; a period wholly outside the life is left out."""
        out: list[tuple[Period, int | None, int | None]] = []
        periods = self.all_periods()
        for n, period in enumerate(periods):
            first = self.valid_from if period.start == FIRST else period.start
            if first is not None and self.valid_from is not None:
                first = max(first, self.valid_from)
            last = periods[n + 1].start - 1 if n + 1 < len(periods) else None
            if self.valid_to is not None:
                last = self.valid_to if last is None else min(last, self.valid_to)
            if first is not None and last is not None and first > last:
                continue
            out.append((period, first, last))
        return out

    def names(self) -> list[tuple[int, str]]:
        """(start, name) of each of its names, in order (a move alone is not a new name)."""
        return [(start, str(name)) for start, name in self._changes(lambda p: p.name)]

    def parents(self) -> list[tuple[int, str | None]]:
        """(start, parent) of each of its parents, in order (a renaming alone is not)."""
        return self._changes(lambda p: p.parent_code)

    def _changes(self, value: Callable[[Period], str | None]) -> list[tuple[int, str | None]]:
        out: list[tuple[int, str | None]] = []
        for period in self.all_periods():
            if not out or out[-1][1] != value(period):
                out.append((period.start, value(period)))
        return out

    def with_periods(self, periods: Sequence[Period]) -> Org:
        return replace(self, periods=tuple(periods))


def _merged(
    periods: Sequence[Period], valid_from: int | None, valid_to: int | None
) -> tuple[Period, ...]:
    ordered = sorted(periods)
    if valid_from is not None:  # those ended before the unit's first year: no year holds them
        first = max((n for n, p in enumerate(ordered) if p.start <= valid_from), default=0)
        ordered = ordered[first:]
    out: list[Period] = []
    for n, period in enumerate(ordered):
        if n == 0 and period.start != FIRST:
            period = replace(period, start=FIRST)
        elif valid_to is not None and period.start > valid_to:
            break  # after the unit's last year: no year holds it
        if out and (out[-1].name, out[-1].parent_code) == (period.name, period.parent_code):
            continue
        if out and out[-1].start == period.start:
            out[-1] = period
            continue
        out.append(period)
    return tuple(out)


class _Year:
    """The tree of one year: each unit alive then, as it stood then, and the children of
    each (in the units' recorded order)."""

    __slots__ = ("children", "depths", "units")

    def __init__(self, units: dict[str, Org], children: dict[str | None, list[str]]) -> None:
        self.units, self.children = units, children
        self.depths: dict[str, int] = {}


class OrgTree:
    """All organisations ever recorded, and their tree in any year."""

    def __init__(self, orgs: Iterable[Org]) -> None:
        """orgs: each unit once, with its periods, in the recorded order."""
        self._orgs: dict[str, Org] = {org.code: org for org in orgs}
        self._years: dict[int, _Year] = {}
        self._epochs: list[int] | None = None
        self._ever_under: dict[str | None, list[str]] | None = None

    def __contains__(self, code: object) -> bool:
        return code in self._orgs

    def __len__(self) -> int:
        return len(self._orgs)

    def __iter__(self) -> Iterator[Org]:
        """Every unit ever recorded, in the recorded order, with its latest name and
        parent and its periods."""
        return iter(self._orgs.values())

    def get(self, code: str) -> Org | None:
        return self._orgs.get(code)

    def __getitem__(self, code: str) -> Org:
        return self._orgs[code]

    def replaced(self, units: Iterable[Org]) -> OrgTree:
        """This tree with these units changed or added (new ones after the others)."""
        orgs = dict(self._orgs)
        orgs.update((u.code, u) for u in units)
        return OrgTree(orgs.values())

    # -- one year's tree ------------------------------------------------------------
    def _year(self, year: int) -> _Year:
        found = self._years.get(year)
        if found is None:
            units: dict[str, Org] = {}
            children: dict[str | None, list[str]] = {}
            for code, org in self._orgs.items():
                if org.exists_in(year):
                    now = units[code] = org.in_year(year)
                    children.setdefault(now.parent_code, []).append(code)
            found = self._years[year] = _Year(units, children)
        return found

    def at(self, code: str, year: int | None) -> Org:
        """The unit as it stood in year (its name and parent then; the latest when None)."""
        if year is None:
            return self._orgs[code]
        known = self._year(year).units.get(code)
        return known if known is not None else self._orgs[code].in_year(year)

    def name_in(self, code: str, year: int | None) -> str:
        """The name the unit bore that year (the latest when None)."""
        return self.at(code, year).name

    def parent_in(self, code: str, year: int | None) -> str | None:
        return self.at(code, year).parent_code

    def roots(self, year: int) -> list[Org]:
        table = self._year(year)
        return [table.units[c] for c in table.children.get(None, [])]

    def children(self, code: str, year: int) -> list[Org]:
        """The units directly under code in year, as they stood then, in recorded order."""
        table = self._year(year)
        return [table.units[c] for c in table.children.get(code, [])]

    def child_codes(self, code: str, year: int) -> list[str]:
        """The codes of the units directly under code in year, in recorded order."""
        return list(self._year(year).children.get(code, ()))

    def has_children(self, code: str, year: int) -> bool:
        """Whether any unit stood directly under code in year."""
        return bool(self._year(year).children.get(code))

    def ancestors(self, code: str, year: int | None) -> list[Org]:
        """From the top of year's tree down to the unit's parent that year (the latest
        parents when None)."""
        chain: list[Org] = []
        seen = {code}
        parent = self.parent_in(code, year)
        while parent is not None and parent in self._orgs and parent not in seen:
            seen.add(parent)
            chain.append(self.at(parent, year))
            parent = self.parent_in(parent, year)
        return list(reversed(chain))

    def depth(self, code: str, year: int) -> int:
        """How many units stood above this one in year (0 for a top unit)."""
        table = self._year(year)
        if not table.depths:  # every unit of the year at once, from the top down
            level = [c for c in table.children.get(None, [])]
            depth = 0
            while level:
                table.depths.update(dict.fromkeys(level, depth))
                level = [c for p in level for c in table.children.get(p, [])]
                depth += 1
        found = table.depths.get(code)
        if found is None:  # not reached from the top that year (or not alive then)
            found = table.depths[code] = len(self.ancestors(code, year))
        return found

    def path_names(self, code: str, year: int) -> list[str]:
        return [o.name for o in self.ancestors(code, year)] + [self.name_in(code, year)]

    def walk(self, year: int) -> Iterator[Org]:
        """Every unit alive in year, depth first in tree order, as it stood then."""
        stack = list(reversed(self.roots(year)))
        while stack:
            org = stack.pop()
            yield org
            stack.extend(reversed(self.children(org.code, year)))

    def subtree(self, code: str, year: int) -> list[Org]:
        """The unit and everything under it in year, as they stood then."""
        out: list[Org] = []
        stack = [self.at(code, year)]
        while stack:
            org = stack.pop()
            out.append(org)
            stack.extend(reversed(self.children(org.code, year)))
        return out

    # -- across the years -----------------------------------------------------------
    def epochs(self) -> list[int]:
        """The years in which the tree may differ from the year before: a unit's first
        year, the year after its last, the start of each of its periods."""
        if self._epochs is None:
            years: set[int] = set()
            for org in self._orgs.values():
                if org.valid_from is not None:
                    years.add(org.valid_from)
                if org.valid_to is not None:
                    years.add(org.valid_to + 1)
                years.update(p.start for p in org.periods if p.start != FIRST)
            self._epochs = sorted(years)
        return self._epochs

    def same_tree_years(self, years: Iterable[int]) -> list[int]:
        """Of these years, one for each tree they hold: the first and each that begins a
        change (what is true of every year's tree is true of these)."""
        epochs, given = set(self.epochs()), sorted(set(years))
        kept = set(given)
        return [y for n, y in enumerate(given) if n == 0 or y in epochs or y - 1 not in kept]

    def ever_under(self, code: str, years: Iterable[int] | None = None) -> list[str]:
        """The unit and every unit under it in any of these years (every year when
        None), each once, in the order they first stand in a year's tree."""
        if years is None:
            years = [min(self.epochs(), default=0) - 1, *self.epochs()]  # each tree once
        found: dict[str, None] = {}
        for year in self.same_tree_years(years):
            found.update((o.code, None) for o in self.subtree(code, year))
        return list(found)

    def in_order(self) -> list[Org]:
        """Every unit once, parents before the units that were ever under them where the
        years allow, in the recorded order otherwise (for lists across the years)."""
        under = self._ever()
        out: dict[str, Org] = {}
        for start in [*under.get(None, []), *self._orgs]:
            stack = [start]
            while stack:
                code = stack.pop()
                if code in out:
                    continue
                out[code] = self._orgs[code]
                stack.extend(reversed([c for c in under.get(code, []) if c not in out]))
        return list(out.values())

    def ever_children(self, code: str) -> list[Org]:
        """The units that stand directly under code in some period (in any year)."""
        return [self._orgs[c] for c in self._ever().get(code, [])]

    def _ever(self) -> dict[str | None, list[str]]:
        """Each parent's units over every period (None: the units at the top in one)."""
        if self._ever_under is None:
            self._ever_under = {}
            for org in self._orgs.values():
                for parent in dict.fromkeys(p.parent_code for p in org.all_periods()):
                    self._ever_under.setdefault(parent, []).append(org.code)
        return self._ever_under

    def predecessors(self, code: str) -> list[Org]:
        """Units merged into this one (their successor)."""
        return [o for o in self._orgs.values() if o.successor_code == code]

    def with_lineage(self, code: str) -> OrgTree:
        """This tree with the unit's history going back through the units merged into it
        (its lineage): in the years before its first, the unit exists and those of its
        lineage that existed then stand under it. A successor's report and history are
        made over it, so that they carry their predecessors' figures (domain.md §2)."""
        unit = self._orgs[code]
        start = unit.valid_from
        if start is None:
            return self
        carried = []
        for org in self.lineage(code):
            if org.valid_to is None or org.valid_to >= start:
                continue  # merged into the unit once it existed: no year of its is carried
            periods = [
                replace(p, parent_code=code) if p.start < start else p for p in org.all_periods()
            ]
            carried.append(org.with_periods(periods))
        if not carried:
            return self
        firsts = [o.valid_from for o in carried]
        first = None if None in firsts else min(f for f in firsts if f is not None)
        return self.replaced([replace(unit, valid_from=first), *carried])

    def lineage(self, code: str) -> list[Org]:
        """The units whose history goes on in this one: those merged into it, and those
        merged into them, nearest first."""
        out: list[Org] = []
        seen = {code}
        todo = [code]
        while todo:
            for org in self.predecessors(todo.pop(0)):
                if org.code not in seen:
                    seen.add(org.code)
                    out.append(org)
                    todo.append(org.code)
        return out
