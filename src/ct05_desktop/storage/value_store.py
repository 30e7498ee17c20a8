"""The figures as stored: each unit's entered values and comments by year."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import AuditLog, now

BULK_ROWS = 20_000  # a file writing more values than stored and this many: see bulk_load
BULK_CACHE_KIB = -65_536  # SQLite's page cache while a bulk load lasts: 64 MB
FEW_UNITS = 1000  # up to this many units are read by their key, more by the year's index
_ONE_OF_EACH = sys.intern  # a code read many times: one string


class ValueStore(AuditLog):
    @contextmanager
    def bulk_load(self, rows: int) -> Iterator[None]:
        """Inside a write transaction, about to write this many values: when they
        outnumber those stored (a first import), the values' and the change log's own
        indexes are dropped and made again at the end, in the same transaction (a third
        quicker than keeping them up to date row by row; a rollback brings them back)."""
        (stored,) = self.db.execute("SELECT count(*) FROM org_values").fetchone()
        if rows <= max(stored, BULK_ROWS):
            yield
            return
        indexes = self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('org_values', 'audit')"
        ).fetchall()
        for name, _ in indexes:
            self.db.execute(f'DROP INDEX "{name}"')
        (pages,) = self.db.execute("PRAGMA cache_size").fetchone()
        self.db.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")  # the indexes made in memory
        try:
            yield
            for _, sql in indexes:
                self.db.execute(sql)
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(pages)}")

    def entered_rows(self, year: int) -> list[tuple[str, int, str, int]]:
        """(unit, year, indicator, value) of every value entered that year. Each unit's
        and indicator's code is one string however many rows name it, and the year one
        number (SQLite hands out a new object for every cell): a national roll-up's ten
        years kept in the window hold two million rows, half their memory in copies."""
        found = self.db.execute(
            "SELECT org_code, indicator, value FROM org_values "
            "WHERE year = ? AND value IS NOT NULL",
            [year],
        ).fetchall()
        one = _ONE_OF_EACH
        return [(one(o), year, one(i), v) for o, i, v in found]

    def entered_values(
        self, years: Iterable[int] | None = None, orgs: Iterable[str] | None = None
    ) -> dict[Key, int]:
        """The values entered in those years (all when None) for those units (all when
        None); a few units are read by their key, many by the year's index."""
        base = "SELECT org_code, year, indicator, value FROM org_values WHERE value IS NOT NULL"
        wanted_years = None if years is None else sorted(set(years))
        year_sql = (
            "" if wanted_years is None else f" AND year IN ({', '.join('?' * len(wanted_years))})"
        )
        wanted = None if orgs is None else sorted(set(orgs))
        out: dict[Key, int] = {}
        if wanted is None or len(wanted) > FEW_UNITS:
            rows = self.db.execute(base + year_sql, wanted_years or [])
            if wanted is None:
                return {(o, y, i): v for o, y, i, v in rows}
            keep = set(wanted)
            return {(o, y, i): v for o, y, i, v in rows if o in keep}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = base + f" AND org_code IN ({', '.join('?' * len(chunk))})" + year_sql
            for org, year, indicator, value in self.db.execute(
                sql, [*chunk, *(wanted_years or [])]
            ):
                out[(org, year, indicator)] = value
        return out

    def export_rows(self, year: int | None = None) -> list[tuple[str, int, str, int | None, str]]:
        """(org, year, indicator, value, comment) of every stored value or comment."""
        sql = "SELECT org_code, year, indicator, value, coalesce(comment, '') FROM org_values"
        params = [] if year is None else [year]
        if year is not None:
            sql += " WHERE year = ?"
        return [tuple(r) for r in self.db.execute(sql, params)]

    def stored_rows(
        self, unit_years: Iterable[tuple[str, int]]
    ) -> dict[tuple[str, int], dict[str, tuple[int | None, str | None]]]:
        """indicator → (value, comment) of each of these unit-years, read by year in
        chunks (one query per unit-year is slow for a province's file)."""
        wanted: dict[int, set[str]] = {}
        for org, year in unit_years:
            wanted.setdefault(year, set()).add(org)
        out: dict[tuple[str, int], dict[str, tuple[int | None, str | None]]] = {
            (org, year): {} for year, orgs in wanted.items() for org in orgs
        }
        for year, orgs in sorted(wanted.items()):
            codes = sorted(orgs)
            for start in range(0, len(codes), 500):
                chunk = codes[start : start + 500]
                sql = (
                    "SELECT org_code, indicator, value, comment FROM org_values "
                    f"WHERE year = ? AND org_code IN ({', '.join('?' * len(chunk))})"
                )
                for org, indicator, value, comment in self.db.execute(sql, [year, *chunk]):
                    out[(org, year)][indicator] = (value, comment)
        return out

    def unit_values(self, org: str, year: int) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT indicator, value FROM org_values WHERE org_code = ? AND year = ? "
            "AND value IS NOT NULL",
            [org, year],
        )
        return dict(rows.fetchall())

    def comments(self, org: str, year: int) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT indicator, comment FROM org_values WHERE org_code = ? AND year = ? "
            "AND comment IS NOT NULL AND comment != ''",
            [org, year],
        )
        return dict(rows.fetchall())

    def write_values(
        self,
        values: Mapping[Key, int | None],
        source: Source,
        comments: Mapping[Key, str | None] | None = None,
        at: str | None = None,
    ) -> int:
        """Write checked values and comments in one transaction. Returns how many changed.
        at: the time the change log gives (a large file's parts: the time of its import).

        Reads the stored rows of the touched unit-years once, then writes only what differs,
        with one audit entry per changed value or comment; rows are built as tuples for
        plain executemany batches (a province's file is 200,000 values).
        """
        comments = comments or {}
        keys = sorted(set(values) | set(comments))  # in key order: the index grows in order
        stored = self._stored(keys)
        who, at, said = self.who(), at or now(), str(source)
        upserts: list[tuple[Any, ...]] = []
        deletes: list[Key] = []
        audits: list[tuple[Any, ...]] = []
        nothing = (None, None)
        for key in keys:
            old_value, old_comment = stored.get(key, nothing)
            new_value = values.get(key, old_value)
            new_comment = comments.get(key, old_comment) or None
            if new_value == old_value and new_comment == old_comment:
                continue
            org, year, indicator = key
            if new_value is None and new_comment is None:
                deletes.append(key)
            else:
                upserts.append((org, year, indicator, new_value, new_comment, who, at))
            if new_value != old_value:
                audits.append((at, who, "value", said, org, year, indicator, old_value, new_value))
            if new_comment != old_comment:
                audits.append(
                    (at, who, "comment", said, org, year, indicator, old_comment, new_comment)
                )
        self._write(upserts, deletes, audits)
        return len(upserts) + len(deletes)

    def _stored(self, keys: Iterable[Key]) -> dict[Key, tuple[int | None, str | None]]:
        """The stored value and comment of every indicator of the unit-years of keys."""
        rows = self.stored_rows({(k[0], k[1]) for k in keys})
        return {
            (org, year, indicator): pair
            for (org, year), by_indicator in rows.items()
            for indicator, pair in by_indicator.items()
        }

    def _write(
        self, upserts: list[tuple[Any, ...]], deletes: list[Key], audits: list[tuple[Any, ...]]
    ) -> None:
        """One transaction of plain executemany batches (sqlite-utils' per-row work is the
        slow part at province scale); rows in the order of _VALUE_COLUMNS, _AUDIT_COLUMNS."""
        with self.db.atomic():
            self.db.conn.executemany(
                "DELETE FROM org_values WHERE org_code = ? AND year = ? AND indicator = ?", deletes
            )
            self.db.conn.executemany(_UPSERT, upserts)
            self.db.conn.executemany(_AUDIT, audits)
        for org, year in {(a[4], a[5]) for a in audits}:
            self.notes.note("value", org, year)


_VALUE_COLUMNS = ("org_code", "year", "indicator", "value", "comment", "changed_by", "changed_at")
_UPSERT = (
    f"INSERT INTO org_values ({', '.join(_VALUE_COLUMNS)}) VALUES ({', '.join('?' * 7)}) "
    "ON CONFLICT (org_code, year, indicator) DO UPDATE SET value = excluded.value, "
    "comment = excluded.comment, changed_by = excluded.changed_by, "
    "changed_at = excluded.changed_at"
)
_AUDIT_COLUMNS = ("at", "who", "action", "source", "org_code", "year", "indicator", "old", "new")
_AUDIT = f"INSERT INTO audit ({', '.join(_AUDIT_COLUMNS)}) VALUES ({', '.join('?' * 9)})"
