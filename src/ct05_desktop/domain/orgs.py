"""Party organisations and the tree as it stood in a given year (DOMAIN §2)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

LEVELS = ("province", "district", "grassroots", "cell")


@dataclass(frozen=True)
class Org:
    code: str
    name: str
    level: str
    parent_code: str | None = None
    valid_from: int | None = None
    valid_to: int | None = None
    successor_code: str | None = None

    def exists_in(self, year: int) -> bool:
        """True when the unit existed in that year (blank bounds are open)."""
        if self.valid_from is not None and year < self.valid_from:
            return False
        return not (self.valid_to is not None and year > self.valid_to)


class OrgTree:
    """All organisations ever recorded, and their tree in any year."""

    def __init__(
        self, orgs: Iterable[Org], earlier_names: Iterable[tuple[str, int, str]] = ()
    ) -> None:
        self._earlier: dict[str, list[tuple[int, str]]] = {}
        for code, valid_to, name in earlier_names:
            self._earlier.setdefault(code, []).append((valid_to, name))
        for names in self._earlier.values():
            names.sort()
        self._orgs: dict[str, Org] = {}
        self._children: dict[str | None, list[str]] = {}
        for org in orgs:
            self._orgs[org.code] = org
            self._children.setdefault(org.parent_code, []).append(org.code)
        self._depths: dict[str, int] = {}

    def __contains__(self, code: object) -> bool:
        return code in self._orgs

    def __len__(self) -> int:
        return len(self._orgs)

    def __iter__(self) -> Iterator[Org]:
        return iter(self._orgs.values())

    def get(self, code: str) -> Org | None:
        return self._orgs.get(code)

    def __getitem__(self, code: str) -> Org:
        return self._orgs[code]

    def name_in(self, code: str, year: int | None) -> str:
        """The name the unit bore that year: an earlier name for years before a renaming."""
        if year is not None:
            for valid_to, name in self._earlier.get(code, []):
                if year <= valid_to:
                    return name
        return self._orgs[code].name

    def depth(self, code: str) -> int:
        """How many units stand above this one (0 for a top unit)."""
        found = self._depths.get(code)
        if found is None:
            parent = self._orgs[code].parent_code
            found = 0 if parent is None or parent not in self._orgs else self.depth(parent) + 1
            self._depths[code] = found
        return found

    def predecessors(self, code: str) -> list[Org]:
        """Units merged into this one (their successor)."""
        return [o for o in self._orgs.values() if o.successor_code == code]

    def roots(self, year: int | None = None) -> list[Org]:
        return [
            self._orgs[c]
            for c in self._children.get(None, [])
            if year is None or self._orgs[c].exists_in(year)
        ]

    def children(self, code: str, year: int | None = None) -> list[Org]:
        """Direct children, in the order they were recorded; only those alive in year."""
        return [
            self._orgs[c]
            for c in self._children.get(code, [])
            if year is None or self._orgs[c].exists_in(year)
        ]

    def ancestors(self, code: str) -> list[Org]:
        """From the top of the tree down to the unit's parent."""
        chain: list[Org] = []
        parent = self._orgs[code].parent_code
        while parent is not None and parent in self._orgs:
            chain.append(self._orgs[parent])
            parent = self._orgs[parent].parent_code
        return list(reversed(chain))

    def path_names(self, code: str, year: int | None = None) -> list[str]:
        return [self.name_in(o.code, year) for o in self.ancestors(code)] + [
            self.name_in(code, year)
        ]

    def walk(self, year: int | None = None) -> Iterator[Org]:
        """Every unit alive in year, depth first in tree order."""
        stack = list(reversed(self.roots(year)))
        while stack:
            org = stack.pop()
            yield org
            stack.extend(reversed(self.children(org.code, year)))

    def subtree(self, code: str, year: int | None = None) -> list[Org]:
        """The unit and everything under it that was alive in year."""
        out: list[Org] = []
        stack = [self._orgs[code]]
        while stack:
            org = stack.pop()
            out.append(org)
            stack.extend(reversed(self.children(org.code, year)))
        return out
