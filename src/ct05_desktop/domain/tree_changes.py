"""One vocabulary of change to the tree, each from a year (docs/domain.md):
add a unit, rename it, move it under another unit, merge it into a successor (an
existing unit or a new one), dissolve it. The window, the command line's plan and the
organisation file speak it alike.

A change from year Y opens a period at Y (a name or a parent), or ends the unit with
Y − 1: every year before Y keeps its tree. A plan is a list of such changes from one
year, applied together: a merged unit's own units follow its successor unless the plan
moves them; a dissolved unit's units must be moved by the plan. What the changed tree
must keep (levels, parents' years, successors, figures within their unit's years) is
checked after, by tree_rules and the caller, on the tree as it would be."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ct05_desktop.domain.characters import name_refusal
from ct05_desktop.domain.checks.tree_rules import may_stand_under, unit_label
from ct05_desktop.domain.orgs import FIRST, LEVELS, Org, OrgTree, Period
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.vi_text import nfc

NEW, MOVE, MERGE, RENAME, DISSOLVE = "new", "move", "merge", "rename", "dissolve"
ACTIONS = (NEW, MOVE, MERGE, RENAME, DISSOLVE)
# the change log's action for each (a unit that follows its merged parent: org_follow)
AUDIT_ACTION = {
    NEW: "org_new",
    MOVE: "org_move",
    MERGE: "org_merge",
    RENAME: "rename",
    DISSOLVE: "org_dissolve",
}
FOLLOW = "org_follow"
# the columns each action uses (the others must be empty)
USES = {
    NEW: ("to", "name", "level"),
    MOVE: ("to",),
    MERGE: ("to",),
    RENAME: ("name",),
    DISSOLVE: (),
}
# actions one unit may take together in one plan (a move and a renaming)
_TOGETHER = {frozenset({MOVE, RENAME})}


@dataclass(frozen=True)
class Change:
    """One change: what (an action of ACTIONS), to which unit, and its target (the new
    parent, the successor), name and level as the action needs; line: where it was read."""

    action: str
    code: str
    to: str | None = None
    name: str | None = None
    level: str | None = None
    line: int | None = None

    def __post_init__(self) -> None:  # text comes in NFC, whatever way it came
        for attr in ("code", "to", "name"):
            value = getattr(self, attr)
            if value is not None:
                object.__setattr__(self, attr, nfc(value))


@dataclass(frozen=True)
class PlanProblem:
    """A change refused: its line, the column at fault and why."""

    line: int | None
    column: str | None
    value: str | None
    reason: Refusal


@dataclass
class Planned:
    """A plan applied to the tree: the tree as it would be, each unit it changes (as it
    would be, with its change log action and the plan line it comes from), the units
    that follow a merged parent, and what is wrong with the plan's rows."""

    year: int
    before: OrgTree
    after: OrgTree
    units: list[tuple[Org, str, int | None]] = field(default_factory=list)
    followers: dict[str, str] = field(default_factory=dict)  # unit → the merged parent
    problems: list[PlanProblem] = field(default_factory=list)
    _lines: dict[str, int | None] = field(default_factory=dict, repr=False)

    def line_of(self, code: str) -> int | None:
        """The plan's line that changes the unit (None: no line names it)."""
        if len(self._lines) != len(self.units):
            self._lines = {org.code: line for org, _, line in self.units}
        return self._lines.get(code)


def renamed_from(org: Org, year: int, name: str) -> Org:
    """The unit named name from year on (until a renaming already recorded after it)."""
    return _from_year(org, year, lambda p: p.name, lambda p: replace(p, name=name))


def moved_from(org: Org, year: int, parent: str | None) -> Org:
    """The unit under parent from year on (until a move already recorded after it)."""
    return _from_year(org, year, lambda p: p.parent_code, lambda p: replace(p, parent_code=parent))


def _from_year(
    org: Org, year: int, value: Callable[[Period], object], changed: Callable[[Period], Period]
) -> Org:
    """The unit with one field of its periods changed from year on: the period holding
    year is split there, and the field changed up to the next period in which it differs
    from what it was in year (a change already recorded after it stays)."""
    periods = list(org.all_periods())
    start = FIRST if org.valid_from is not None and year <= org.valid_from else year
    n = max(i for i, p in enumerate(periods) if p.start <= start)
    if periods[n].start != start:
        periods.insert(n + 1, replace(periods[n], start=start))
        n += 1
    was = value(periods[n])
    while n < len(periods) and value(periods[n]) == was:
        periods[n] = changed(periods[n])
        n += 1
    return org.with_periods(periods)


def under_from(tree: OrgTree, code: str, year: int) -> list[tuple[Org, int]]:
    """The units standing directly under code in year or later: each with the first
    year of each of its periods under code from year on."""
    out: list[tuple[Org, int]] = []
    for org in tree.ever_children(code):
        for period, first, last in org.spans():
            if period.parent_code != code or (last is not None and last < year):
                continue
            out.append((org, max(first or year, year)))
    return out


def apply_plan(tree: OrgTree, changes: Sequence[Change], year: int) -> Planned:
    """The plan's changes from year, applied together to the tree: the tree as it would
    be and what each row changes, or the problems of its rows (then nothing applied)."""
    planned = Planned(year, tree, tree)
    _check_rows(tree, changes, year, planned.problems)
    if planned.problems:
        return planned
    units: dict[str, Org] = {}
    actions: dict[str, tuple[str, int | None]] = {}
    order = sorted(changes, key=lambda c: ACTIONS.index(c.action))  # new units first
    for change in order:
        unit = units.get(change.code) or tree.get(change.code)
        if change.action == NEW:
            assert change.name is not None and change.level is not None
            unit = Org(change.code, change.name, change.level, change.to, valid_from=year)
        elif change.action == RENAME:
            assert unit is not None and change.name is not None
            unit = renamed_from(unit, year, change.name)
        elif change.action == MOVE:
            assert unit is not None
            unit = moved_from(unit, year, change.to)
        else:
            assert unit is not None
            successor = change.to if change.action == MERGE else None
            unit = replace(unit, valid_to=year - 1, successor_code=successor)
        units[change.code] = unit
        # one entry a unit: its change's, or a change of the unit when it takes two (a
        # move with a renaming: the entry then tells both, field by field)
        action = AUDIT_ACTION[change.action] if change.code not in actions else "org"
        actions[change.code] = (action, actions.get(change.code, (None, change.line))[1])
    moved = {c.code for c in changes if c.action in (MOVE, MERGE, DISSOLVE)}
    for change in changes:
        if change.action not in (MERGE, DISSOLVE):
            continue
        left: list[Org] = []
        for org, first in under_from(tree, change.code, year):
            if org.code in moved:
                continue
            if change.action == DISSOLVE:
                left.append(org)
                continue
            units[org.code] = moved_from(units.get(org.code) or org, first, change.to)
            known = actions.get(org.code)
            actions[org.code] = (FOLLOW, change.line) if known is None else ("org", known[1])
            planned.followers[org.code] = change.code
        if left:
            why = Refusal(
                "plan_units_left",
                unit=unit_label(tree[change.code]),
                year=year,
                count=len(left),
                units=names_listed([tree.name_in(o.code, year) for o in left]),
            )
            planned.problems.append(PlanProblem(change.line, "action", change.action, why))
    if planned.problems:
        return planned
    planned.units = [(u, *actions[code]) for code, u in units.items()]
    planned.after = tree.replaced(units.values())
    return planned


def merged_into(
    tree: OrgTree, codes: Sequence[str], into: str, new: tuple[str, str, str | None] | None = None
) -> list[Change]:
    """The changes merging these units into another: into an existing unit, or (new: its
    code, name and parent) into a unit the merger makes, of the units' level."""
    out = []
    if new is not None:
        code, name, under = new
        level = tree[codes[0]].level if codes and codes[0] in tree else "grassroots"
        out.append(Change(NEW, code, under, name, level))
        into = code
    return out + [Change(MERGE, c, into) for c in codes]


def names_listed(names: Sequence[str], most: int = 8, count: int | None = None) -> Phrase:
    """'A, B, C', or 'A, B… và 12 đơn vị khác' (the first most of them, then a count).
    count: how many there are in all, when names holds only the first most of them."""
    shown = ", ".join(names[:most])
    count = len(names) if count is None else count
    if count <= most:
        return Phrase(shown, shown)
    rest = count - most
    return Phrase(f"{shown}… và {rest} đơn vị khác", f"{shown}… and {rest} more")


def _check_rows(
    tree: OrgTree, changes: Sequence[Change], year: int, problems: list[PlanProblem]
) -> None:
    """Each row against the tree of the plan's year and the others: its unit and its
    target there, its name and level, one change per unit (a move with a renaming)."""
    new = {c.code: c for c in changes if c.action == NEW}
    taken: dict[str, list[Change]] = {}

    def bad(change: Change, column: str, value: str | None, why: Refusal) -> None:
        problems.append(PlanProblem(change.line, column, value, why))

    def alive(code: str, in_year: int) -> bool:
        return code in tree and tree[code].exists_in(in_year)

    for change in changes:
        earlier = taken.setdefault(change.code, [])
        together = frozenset({c.action for c in earlier} | {change.action})
        if earlier and (len(together) == 1 or together not in _TOGETHER):
            why = Refusal("plan_twice", code=change.code, line=earlier[0].line or 0)
            bad(change, "code", change.code, why)
        earlier.append(change)
        for column, text in (("code", change.code), ("name", change.name or "")):
            unseen = name_refusal(text)  # unseen, it would make every later workbook fail
            if unseen is not None:
                bad(change, column, text, unseen)
        if not change.code.strip():
            bad(change, "code", change.code, Refusal("empty_code"))
        elif change.action == NEW:
            if change.code in tree:
                bad(
                    change,
                    "code",
                    change.code,
                    Refusal("code_taken", code=change.code, name=tree[change.code].name),
                )
            if not (change.name or "").strip():
                bad(change, "name", "", Refusal("empty_name"))
            if change.level not in LEVELS:
                why = Refusal("level_not_one_of", levels=", ".join(LEVELS))
                bad(change, "level", change.level, why)
        elif not alive(change.code, year):
            bad(change, "code", change.code, _not_in_year(tree, change.code, year))
        elif change.action in (MERGE, DISSOLVE) and not alive(change.code, year - 1):
            why = Refusal("plan_starts_in_year", unit=unit_label(tree[change.code]), year=year)
            bad(change, "code", change.code, why)
        elif change.action == RENAME:
            if not (change.name or "").strip():
                bad(change, "name", "", Refusal("empty_name"))
            elif change.name == tree.name_in(change.code, year):
                why = Refusal("plan_same_name", name=change.name, year=year)
                bad(change, "name", change.name, why)
        if change.action in (NEW, MOVE, MERGE):
            _check_target(tree, change, year, new, bad)


Bad = Callable[[Change, str, str | None, Refusal], None]


def _check_target(
    tree: OrgTree, change: Change, year: int, new: dict[str, Change], bad: Bad
) -> None:
    """The parent (new, move) or successor (merge): a unit alive in year, or new in the
    plan; not the unit itself; for a move, not the parent it has already."""
    target = change.to
    if not target:
        bad(change, "to", "", Refusal("plan_target_missing"))
    elif target == change.code:
        bad(change, "to", target, Refusal("plan_target_itself"))
    elif target not in new and not (target in tree and tree[target].exists_in(year)):
        bad(change, "to", target, _not_in_year(tree, target, year))
    elif (
        change.action == MOVE
        and change.code in tree
        and tree.parent_in(change.code, year) == target
    ):
        why = Refusal("plan_same_parent", parent=unit_label(tree.at(target, year)), year=year)
        bad(change, "to", target, why)


def _not_in_year(tree: OrgTree, code: str, year: int) -> Refusal:
    if code not in tree:
        return Refusal("unknown_unit", org=code)
    org = tree[code]
    return Refusal(
        "plan_not_in_year",
        unit=unit_label(tree.at(code, year)),
        year=year,
        span=f"{org.valid_from or '…'}–{org.valid_to or '…'}",
    )


def move_targets(tree: OrgTree, codes: Sequence[str], year: int) -> list[Org]:
    """The units the given units may be moved under from year: alive that year, of a
    higher level than each of them, not one of them nor under one of them (as they stood
    that year), in tree order."""
    moving = [tree[c] for c in codes if c in tree]
    below = {o.code for c in codes if c in tree for o in tree.subtree(c, year)}
    return [
        o
        for o in tree.walk(year)
        if o.code not in below and all(may_stand_under(m.level, o.level) for m in moving)
    ]


def merge_targets(tree: OrgTree, codes: Sequence[str], year: int) -> list[Org]:
    """The units the given units may be merged into from year: alive that year, of the
    level of each of them, not one of them, in tree order."""
    levels = {tree[c].level for c in codes if c in tree}
    return [o for o in tree.walk(year) if o.code not in codes and {o.level} == levels]
