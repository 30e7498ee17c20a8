"""The organisation tree as stored: the units (orgs) and their periods of name and parent
(org_periods), read once and cached, changed with an audit entry per unit."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import partial

from ct05_desktop.domain.org_records import periods_by_unit, unit_record
from ct05_desktop.domain.orgs import FIRST, Org, OrgTree
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import AuditLog, now
from ct05_desktop.storage.register_search import refresh_unit

_RECORD = json.JSONEncoder(ensure_ascii=False)  # one encoder for every audit record


class TreeStore(AuditLog):
    _tree: OrgTree | None = None
    _tree_version: int = -1  # the database's data_version when the tree was read

    def tree(self) -> OrgTree:
        if self._tree is None:
            self._tree_version = self._data_version()
            # the periods are what the program reads (orgs keeps the latest for other
            # tools): a unit of one period takes its name and parent from it in the query,
            # and only the units renamed or moved are read with their periods
            periods = periods_by_unit(
                self.db.execute(
                    "SELECT org_code, start, name, parent_code FROM org_periods "
                    "WHERE org_code IN (SELECT org_code FROM org_periods "
                    "GROUP BY org_code HAVING count(*) > 1) ORDER BY org_code, start"
                )
            )
            orgs = [
                Org(code, name, level, parent, first, last, successor, tuple(periods.get(code, ())))
                for code, name, level, parent, first, last, successor in self.db.execute(
                    "SELECT o.code, coalesce(p.name, o.name), o.level, "
                    "CASE WHEN p.org_code IS NULL THEN o.parent_code ELSE p.parent_code END, "
                    "o.valid_from, o.valid_to, o.successor_code FROM orgs o LEFT JOIN "
                    "(SELECT org_code, name, parent_code FROM org_periods GROUP BY org_code "
                    "HAVING count(*) = 1) p ON p.org_code = o.code ORDER BY o.position, o.rowid"
                )
            ]
            self._tree = OrgTree(orgs)
        return self._tree

    def forget_tree(self) -> None:
        """Read the tree again next time (another connection changed it)."""
        self._tree = None

    def fresh_tree(self) -> OrgTree:
        """The tree as committed now: read again when another connection has committed
        anything since (a write checks against this, inside its transaction)."""
        if self._tree is not None and self._data_version() != self._tree_version:
            self._tree = None
        return self.tree()

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def has_orgs(self) -> bool:
        return self.db.execute("SELECT count(*) FROM orgs").fetchone()[0] > 0

    def last_data_year(self) -> int | None:
        """The last year holding a figure, a comment or a register row (None: none)."""
        tables = ["org_values", *(spec.key for spec in REGISTERS)]
        years = [self.db.execute(f"SELECT max(year) FROM {t}").fetchone()[0] for t in tables]
        found = [y for y in years if y is not None]
        return max(found) if found else None

    def held_outside(
        self, spans: Mapping[str, tuple[int | None, int | None]]
    ) -> dict[tuple[str, int], tuple[int, int]]:
        """(unit, year) → (figures, register rows) stored in years outside the unit's span
        (first, last; None is open): what a change of those spans would leave out of
        every report. A figure is a value or a comment. One grouped query per table for
        the whole batch, each unit's rows read through the (unit, year) index."""
        if not spans:
            return {}
        given = json.dumps([[code, first, last] for code, (first, last) in spans.items()])
        tables = [("org_values", "AND (t.value IS NOT NULL OR t.comment IS NOT NULL)")]
        tables += [(spec.key, "") for spec in REGISTERS]
        found: dict[tuple[str, int], tuple[int, int]] = {}
        for n, (table, held) in enumerate(tables):
            sql = (
                "WITH span(code, first, last) AS (SELECT json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)) "
                f"SELECT t.org_code, t.year, count(*) FROM span CROSS JOIN {table} AS t "
                f"ON t.org_code = span.code WHERE (t.year < span.first OR t.year > span.last) "
                f"{held} GROUP BY t.org_code, t.year"
            )
            for code, year, count in self.db.execute(sql, [given]):
                values, rows = found.get((code, year), (0, 0))
                found[(code, year)] = (values + count, rows) if n == 0 else (values, rows + count)
        return found

    def upsert_orgs(self, orgs: Iterable[Org], source: Source) -> int:
        """Insert or update units (with their periods), each with an audit entry 'org'.
        Returns how many changed."""
        return self.write_units([(org, "org", None) for org in orgs], source)

    def write_units(self, changes: Iterable[tuple[Org, str, int | None]], source: Source) -> int:
        """Write units as they are to be (unit, audit action, the year the change is from),
        in one transaction: each unit's row, its periods when they changed, an audit entry
        with the unit before and after, and its register rows' search text when its names
        changed. A unit as stored already is skipped. Returns how many changed."""
        existing = self.tree()
        position = self.db.execute("SELECT coalesce(max(position), -1) + 1 FROM orgs").fetchone()[0]
        new_rows, updated, periods, cleared, audits, renamed = [], [], [], [], [], []
        who, at = self.who(), now()
        for org, action, year in changes:
            old = existing.get(org.code)
            if old == org:
                continue
            row = (org.name, org.level, org.parent_code, org.valid_from, org.valid_to)
            if old is None:
                new_rows.append((org.code, *row, org.successor_code, position))
                position += 1
            else:
                updated.append((*row, org.successor_code, org.code))
            if old is None or old.all_periods() != org.all_periods():
                if old is not None:  # a new unit has no periods to clear
                    cleared.append((org.code,))
                if org.periods:
                    periods += [(org.code, p.start, p.name, p.parent_code) for p in org.periods]
                else:  # one period for all its years (as all_periods gives it)
                    periods.append((org.code, FIRST, org.name, org.parent_code))
            if old is not None and old.names() != org.names():
                renamed.append(org.code)
            before = None if old is None else _RECORD.encode(unit_record(old))
            after = _RECORD.encode(unit_record(org))
            audits.append((at, who, action, org.code, year, before, after, str(source)))
        if not audits:
            return 0
        with self.db.atomic():
            # a successor or a parent may be written after the unit that names it
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            conn = self.db.conn
            conn.executemany(
                "INSERT INTO orgs (code, name, level, parent_code, valid_from, valid_to, "
                "successor_code, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                new_rows,
            )
            conn.executemany(
                "UPDATE orgs SET name = ?, level = ?, parent_code = ?, valid_from = ?, "
                "valid_to = ?, successor_code = ? WHERE code = ?",
                updated,
            )
            conn.executemany("DELETE FROM org_periods WHERE org_code = ?", cleared)
            conn.executemany("INSERT INTO org_periods VALUES (?, ?, ?, ?)", periods)
            conn.executemany(
                "INSERT INTO audit (at, who, action, org_code, year, old, new, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                audits,
            )
            for _, _, action, code, year, _, _, _ in audits:
                self.notes.note(action, code, year)
            self._tree = None
            if renamed:
                tree = self.tree()
                for code in renamed:  # its register rows are found by each year's name
                    refresh_unit(self.db, code, partial(tree.name_in, code))
        self._tree = None
        return len(audits)
