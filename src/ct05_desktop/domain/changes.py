"""What a task changed, told once to every view (in the manner of Anki's OpChanges): the
unit-years whose figures, comments, registers or status changed, the registers touched,
the years locked or unlocked, whether the tree or a report header changed.

The store notes each change as it writes its audit entry (so nothing written goes
untold); a task hands the sum back with its result."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

# audit actions, by what they change
_UNIT_YEAR = {
    "value",
    "comment",
    "status",
    "register_add",
    "register_edit",
    "register_delete",
    "report_text",
}
# a change of the tree: a unit changed (org), or one change of a plan or of the window
# (domain.tree_changes: org_new, rename, org_move, org_merge, org_dissolve, and a unit that
# follows its merged parent, org_follow); a restore may have changed everything
TREE_ACTIONS = frozenset(
    {
        "org",
        "rename",
        "restore",
        "org_new",
        "org_move",
        "org_merge",
        "org_dissolve",
        "org_follow",
        "form_changed",  # a form change: every year read and shown again
        "result_scale_changed",  # the registers' results named anew
    }
)
_LOCKS = {"lock", "unlock"}


@dataclass(frozen=True)
class Changes:
    unit_years: frozenset[tuple[str, int]] = frozenset()
    register_keys: frozenset[str] = frozenset()
    locks: frozenset[int] = frozenset()
    tree: bool = False
    statuses: bool = False
    headers: bool = False

    def __bool__(self) -> bool:
        return bool(
            self.unit_years
            or self.register_keys
            or self.locks
            or self.tree
            or self.statuses
            or self.headers
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.unit_years | other.unit_years,
            self.register_keys | other.register_keys,
            self.locks | other.locks,
            self.tree or other.tree,
            self.statuses or other.statuses,
            self.headers or other.headers,
        )

    def touches(self, units: Collection[str], year: int) -> bool:
        """Whether what a view of a unit-year shows may have changed: units are the unit
        and those under it (their sum and the checks against it), and the year before
        counts too (the comparison with last year)."""
        if self.tree or year in self.locks:
            return True
        return any(y in (year - 1, year) and o in units for o, y in self.unit_years)

    def touches_year(self, year: int) -> bool:
        """Whether anything shown for this year (the tree's statuses) may have changed."""
        return self.tree or year in self.locks or any(y == year for _, y in self.unit_years)


@dataclass
class ChangeNotes:
    """Changes noted while writing; taken (and cleared) when a task ends."""

    unit_years: set[tuple[str, int]] = field(default_factory=set)
    register_keys: set[str] = field(default_factory=set)
    locks: set[int] = field(default_factory=set)
    tree: bool = False
    statuses: bool = False
    headers: bool = False

    def note(
        self,
        action: str,
        org: str | None = None,
        year: int | None = None,
        register: str | None = None,
    ) -> None:
        if action in _UNIT_YEAR and org is not None and year is not None:
            self.unit_years.add((org, int(year)))
        if register:
            self.register_keys.add(register)
        if action in TREE_ACTIONS:
            self.tree = True
        if action in _LOCKS and year is not None:
            self.locks.add(int(year))
        if action in ("status", "restore"):
            self.statuses = True
        if action in ("report_header", "restore"):
            self.headers = True

    def take(self) -> Changes:
        taken = Changes(
            frozenset(self.unit_years),
            frozenset(self.register_keys),
            frozenset(self.locks),
            self.tree,
            self.statuses,
            self.headers,
        )
        self.__init__()  # type: ignore[misc]
        return taken
