"""What a change of the organisation tree must keep (domain.md §2): every stored figure
reachable, so that no report silently drops one.

A report walks the tree of its year from the top down (OrgTree.walk): a unit is reached
only in the years it exists, through a parent that exists then too; a merged unit's
history goes on in its successor. So a change is refused when it would leave a unit
under a lower level, a unit existing in a year when its parent does not, a unit as its
own successor (or successors in a loop), or figures and register rows in years outside
their unit's years. These are pure rules over the tree before and after the change;
the stored figures are counted by the caller (workflows.tree_checks).

Only what the change makes wrong is refused: an edge (a parent and its unit, a unit and
its successor) is judged when one of its two units changes, and blamed on the one whose
change makes it wrong, so that a file's problem points at the line to correct."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.orgs import LEVELS, Org, OrgTree
from ct05_desktop.domain.refusal_words import LEVEL_EN, LEVEL_VI
from ct05_desktop.domain.refusals import Phrase, Refusal

RANK = {level: n for n, level in enumerate(LEVELS)}  # 0 is the highest


@dataclass(frozen=True)
class TreeProblem:
    """A change refused: the unit whose row makes it so, the field of that row (a file's
    column) and why."""

    code: str
    column: str
    reason: Refusal


def may_stand_under(level: str, parent_level: str) -> bool:
    """A unit stands under a unit of a strictly higher level: province > district
    (directly subordinate to the province) > grassroots > cell (LEVELS).

    Levels may be skipped: since 2025 commune committees (grassroots) stand directly under
    the province. Equal levels do not nest: a 'district' is by its definition directly
    under the province (domain.md §2), a grassroots organisation's own parts are its cells
    (chi bộ trực thuộc đảng ủy cơ sở), and no default or demo tree nests them. So a
    province stands under nothing and a cell holds no unit. A unit at the top of the tree
    may be of any level (a district's or a commune's own database)."""
    return RANK[parent_level] < RANK[level]


def unit_label(org: Org) -> str:
    """'Thành ủy Sơn La (SL.TP)': the name a clerk reads and the code the file holds."""
    return f"{org.name} ({org.code})"


def span_text(first: int | None, last: int | None) -> str:
    """'2020–…': an open end is written '…' (as org_not_in_year writes it)."""
    return f"{first or '…'}–{last or '…'}"


def years_text(years: Iterable[int]) -> str:
    """'2017–2019, 2021': the years, runs written as a span."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and runs[-1][1] == year - 1:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def level_phrase(level: str) -> Phrase:
    return Phrase(LEVEL_VI[level], LEVEL_EN[level])


def _order() -> Phrase:
    return Phrase(" > ".join(LEVEL_VI[x] for x in LEVELS), " > ".join(LEVEL_EN[x] for x in LEVELS))


def uncovered(unit: Org, parent: Org) -> list[tuple[str, int, int | None]]:
    """The years the program keeps (MIN_YEAR on) in which the unit exists and its parent
    does not: ('before', first, last) and ('after', first, last or None when the unit
    goes on)."""
    gaps: list[tuple[str, int, int | None]] = []
    start = max(unit.valid_from or MIN_YEAR, MIN_YEAR)
    end = unit.valid_to if unit.valid_to is not None else MAX_YEAR
    if parent.valid_from is not None:
        last = min(parent.valid_from - 1, end)
        if start <= last:
            gaps.append(("before", start, last))
    if parent.valid_to is not None:
        first = max(parent.valid_to + 1, start)
        if first <= end:
            gaps.append(("after", first, unit.valid_to))
    return gaps


def tree_problems(before: OrgTree, after: OrgTree, changed: Iterable[str]) -> list[TreeProblem]:
    """The problems of levels, of years within the parent's and of successors that the
    change from before to after makes, for the units changed (in their order); a unit in
    a loop of parents, alone, when there is one. A unit is checked against each parent it
    has in any of its periods, over that period's years."""
    codes = [c for c in dict.fromkeys(changed) if after.get(c) != before.get(c)]
    loops = parent_loops(after, codes)
    if loops:
        return loops
    wanted = set(codes)
    children: dict[str, list[str]] = {}
    predecessors: dict[str, list[str]] = {}
    for org in after:
        for parent in org.parent_codes():
            if parent is not None and (parent in wanted or org.code in wanted):
                children.setdefault(parent, []).append(org.code)
        if org.successor_code is not None:
            predecessors.setdefault(org.successor_code, []).append(org.code)
    edges: dict[tuple[str, str], None] = {}
    links: dict[tuple[str, str], None] = {}
    for code in codes:
        for parent in after[code].parent_codes():
            if parent is not None and parent in after:
                edges[(parent, code)] = None
        edges.update(((code, child), None) for child in children.get(code, []))
        successor = after[code].successor_code
        if successor is not None and successor in after:
            links[(code, successor)] = None
        links.update(((p, code), None) for p in predecessors.get(code, []))
    problems: list[TreeProblem] = []
    for parent, unit in edges:
        problems += _edge(before, after, parent, unit)
    for unit, successor in links:
        problems += _link(before, after, unit, successor)
    problems += _loops(before, after, codes)
    return problems


def _moved(before: OrgTree, after: OrgTree, code: str) -> bool:
    """The unit is new, or its parent in some year is not what it was."""
    old = before.get(code)
    return old is None or old.parents() != after[code].parents()


def _retimed(before: OrgTree, org: Org) -> bool:
    old = before.get(org.code)
    return old is None or (old.valid_from, old.valid_to) != (org.valid_from, org.valid_to)


def _edge(before: OrgTree, after: OrgTree, parent_code: str, code: str) -> list[TreeProblem]:
    """A unit and a parent it has in some period: the level, then the years of those
    periods (each as a unit of those years alone) against the parent's."""
    unit, parent = after[code], after[parent_code]
    out: list[TreeProblem] = []
    old, old_parent = before.get(code), before.get(parent_code)
    known = unit.level in RANK and parent.level in RANK
    if known and not may_stand_under(unit.level, parent.level):
        why = Refusal(
            "level_not_below",
            unit=unit_label(unit),
            level=level_phrase(unit.level),
            parent=unit_label(parent),
            parent_level=level_phrase(parent.level),
            order=_order(),
        )
        if _moved(before, after, code):
            out.append(TreeProblem(code, "parent_code", why))
        elif old is not None and old.level != unit.level:
            out.append(TreeProblem(code, "level", why))
        elif old_parent is None or old_parent.level != parent.level:
            out.append(TreeProblem(parent_code, "level", why))
    always = parent.valid_from is None and parent.valid_to is None  # covers any years
    gaps = [
        gap
        for period, first, last in ([] if always else unit.spans())
        if period.parent_code == parent_code
        for gap in uncovered(Org(code, period.name, unit.level, parent_code, first, last), parent)
    ]
    if gaps:
        why = Refusal(
            "parent_not_covering",
            unit=unit_label(unit),
            parent=unit_label(parent),
            parent_span=span_text(parent.valid_from, parent.valid_to),
            years=", ".join(str(a) if a == b else span_text(a, b) for _, a, b in gaps),
        )
        side = "valid_from" if gaps[0][0] == "before" else "valid_to"
        if _retimed(before, unit):
            out.append(TreeProblem(code, side, why))
        elif _moved(before, after, code):
            out.append(TreeProblem(code, "parent_code", why))
        elif _retimed(before, parent):
            out.append(TreeProblem(parent_code, side, why))
    return out


def _link(before: OrgTree, after: OrgTree, code: str, successor_code: str) -> list[TreeProblem]:
    """A unit and its successor: another unit, existing the year after the unit's last."""
    unit, successor = after[code], after[successor_code]
    if code == successor_code:
        return [
            TreeProblem(code, "successor_code", Refusal("own_successor", unit=unit_label(unit)))
        ]
    old = before.get(code)
    linked = old is None or old.successor_code != successor_code
    if linked and unit.level in RANK and successor.level != unit.level:
        why = Refusal(
            "successor_level",
            unit=unit_label(unit),
            level=level_phrase(unit.level),
            successor=unit_label(successor),
            successor_level=level_phrase(successor.level),
        )
        return [TreeProblem(code, "successor_code", why)]
    if unit.valid_to is None or successor.exists_in(unit.valid_to + 1):
        return []
    why = Refusal("successor_not_in_year", year=unit.valid_to + 1)
    if old is None or (old.successor_code, old.valid_to) != (successor_code, unit.valid_to):
        return [TreeProblem(code, "successor_code", why)]
    if _retimed(before, successor):
        column = "valid_from" if (successor.valid_from or 0) > unit.valid_to + 1 else "valid_to"
        return [TreeProblem(successor_code, column, why)]
    return []


def _loops(before: OrgTree, after: OrgTree, codes: list[str]) -> list[TreeProblem]:
    """Successors that come back round (A → B → A): refused on every changed unit of the
    loop, each told the whole loop from itself."""
    out: list[TreeProblem] = []
    seen: set[str] = set()
    for start in codes:
        path: list[str] = []
        code: str | None = start
        while code is not None and code in after and code not in seen and code not in path:
            path.append(code)
            code = after[code].successor_code
        seen.update(path)
        if code is None or code not in path or path.index(code) == len(path) - 1:
            continue  # no loop, one found before, or a unit as its own successor (_link)
        loop = path[path.index(code) :]
        for n, member in enumerate(loop):
            old = before.get(member)
            if old is not None and old.successor_code == after[member].successor_code:
                continue  # this unit's link was there before: the change is elsewhere
            chain = " → ".join([*loop[n:], *loop[:n], member])
            out.append(
                TreeProblem(member, "successor_code", Refusal("successor_loop", chain=chain))
            )
    return out


def parent_loops(after: OrgTree, codes: Iterable[str]) -> list[TreeProblem]:
    """A unit that would stand under itself in some year (its parent's parent … is the
    unit): refused on each changed unit of such a loop. Each year's chains of parents
    are followed once, every unit on them marked as on a loop or not."""
    codes = [c for c in codes if c in after]
    in_loop: set[str] = set()
    for year in after.same_tree_years([MIN_YEAR, *after.epochs()]):
        known: dict[str, bool] = {}  # unit → on a loop that year
        for code in codes:
            path: dict[str, None] = {}
            unit: str | None = code
            while unit is not None and unit in after and unit not in known and unit not in path:
                path[unit] = None
                unit = after.parent_in(unit, year)
            looped = dict.fromkeys(list(path)[list(path).index(unit) :]) if unit in path else {}
            known.update((u, u in looped) for u in path)
            in_loop.update(looped)
    return [TreeProblem(c, "parent_code", Refusal("cycle")) for c in codes if c in in_loop]


def data_problems(
    after: OrgTree, found: Mapping[tuple[str, int], tuple[int, int]]
) -> list[TreeProblem]:
    """Figures and register rows stored in years outside their unit's new years: found is
    (unit, year) → (figures, register rows) of those years. One problem for the years
    before the unit's first and one for those after its last."""
    sides: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
    for (code, year), (values, rows) in sorted(found.items()):
        org = after[code]
        side = "valid_from" if org.valid_from is not None and year < org.valid_from else "valid_to"
        sides.setdefault((code, side), []).append((year, values, rows))
    out: list[TreeProblem] = []
    for (code, side), held in sides.items():
        org = after[code]
        why = Refusal(
            "data_outside_years",
            unit=unit_label(org),
            years=years_text(y for y, _, _ in held),
            values=sum(v for _, v, _ in held),
            rows=sum(r for _, _, r in held),
            span=span_text(org.valid_from, org.valid_to),
        )
        out.append(TreeProblem(code, side, why))
    return out
