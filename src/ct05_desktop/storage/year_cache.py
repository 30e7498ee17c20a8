"""The figures of whole years, kept in memory between tasks (docs/architecture.md, "At
province scale"): each year's
entered values and register counts, and the roll-up computed from them, shared by every
session of this process on the same database file (the window's and its operations').

A year is read again only when it changed: every write leaves an audit entry, so the
change log's last id tells whether anything changed since, and the years its new entries
name are the ones to drop (any change to the tree drops them all). Writes from another
process (the command line while the window is open) are seen the same way."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ct05_desktop.domain.changes import TREE_ACTIONS
from ct05_desktop.domain.rollup import Key


class YearValues:
    """A year's entered values kept column by column: three tuples of references, not a
    tuple per value (ten national years hold two million values: 24 bytes each instead of
    96); gone through as (unit, year, indicator, value) rows, made one at a time."""

    __slots__ = ("indicators", "orgs", "values", "year")

    def __init__(self, year: int, rows: list[tuple[str, int, str, int]]) -> None:
        self.year = year
        self.orgs: tuple[str, ...] = tuple(r[0] for r in rows)
        self.indicators: tuple[str, ...] = tuple(r[2] for r in rows)
        self.values: tuple[int, ...] = tuple(r[3] for r in rows)

    def __iter__(self) -> Iterator[tuple[str, int, str, int]]:
        return zip(self.orgs, itertools.repeat(self.year), self.indicators, self.values)

    def __len__(self) -> int:
        return len(self.values)


@dataclass
class CachedYear:
    entered: YearValues
    counts: dict[Key, int]
    table: Any = None  # the year's roll-up, once computed (domain.rollup fills it)


class YearRows:
    """The entered rows of cached years one after the other, without copying them."""

    def __init__(self, years: Iterable[CachedYear]) -> None:
        self._years = [one.entered for one in years]

    def __iter__(self) -> Iterator[tuple[str, int, str, int]]:
        return itertools.chain.from_iterable(self._years)


@dataclass
class _Database:
    token: int = -1
    years: dict[int, CachedYear] = field(default_factory=dict)


_LOCK = threading.Lock()
ENABLED = [False]  # the window turns it on; a one-shot command has nothing to reuse
_CACHES: dict[str, _Database] = {}


def fresh_years(db: Any, path: str) -> tuple[int, dict[int, CachedYear]]:
    """The change log's last id, and the cached years of this database still valid then
    (a copy of the mapping)."""
    (token,) = db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
    with _LOCK:
        cache = _CACHES.setdefault(path, _Database())
        if token != cache.token:
            if cache.token < 0 or token < cache.token:
                cache.years.clear()
            else:
                changed = db.execute(
                    "SELECT DISTINCT year, action FROM audit WHERE id > ?", [cache.token]
                ).fetchall()
                if any(action in TREE_ACTIONS for _, action in changed):
                    cache.years.clear()
                for year, _ in changed:
                    cache.years.pop(year, None)
            cache.token = token
        return token, dict(cache.years)


def keep_years(path: str, token: int, years: dict[int, CachedYear]) -> None:
    """Keep years read when the change log ended at token (not if it has moved on since:
    they may be older than what a newer check dropped)."""
    with _LOCK:
        cache = _CACHES.setdefault(path, _Database())
        if cache.token == token:
            for year, cached in years.items():
                cache.years.setdefault(year, cached)


def forget(db_path: Any) -> None:
    """Drop every year kept for this database file (its content was replaced whole)."""
    prefix = f"{Path(db_path).resolve()}:"
    with _LOCK:
        for key in [k for k in _CACHES if k.startswith(prefix)]:
            del _CACHES[key]
