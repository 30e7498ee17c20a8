"""The organisation tree as stored: read once and cached, changed with an audit entry."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import AuditLog
from ct05_desktop.storage.register_search import refresh_unit


class TreeStore(AuditLog):
    _tree: OrgTree | None = None
    _tree_version: int = -1  # the database's data_version when the tree was read

    def tree(self) -> OrgTree:
        if self._tree is None:
            self._tree_version = self._data_version()
            orgs = [
                Org(
                    r["code"],
                    r["name"],
                    r["level"],
                    r["parent_code"],
                    r["valid_from"],
                    r["valid_to"],
                    r["successor_code"],
                )
                for r in self.db.query("SELECT * FROM orgs ORDER BY position, rowid")
            ]
            earlier = [
                (r[0], r[1], r[2])
                for r in self.db.execute("SELECT org_code, valid_to, name FROM org_names")
            ]
            self._tree = OrgTree(orgs, earlier)
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
        """Insert or update organisations, parents first. Returns how many changed."""
        changed = 0
        existing = {o.code: o for o in self.tree()}
        position = len(existing)
        with self.db.atomic():
            # a successor may be listed after the unit it succeeds: check the links at commit
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            for org in orgs:
                old = existing.get(org.code)
                if old == org:
                    continue
                record = {
                    "code": org.code,
                    "name": org.name,
                    "level": org.level,
                    "parent_code": org.parent_code,
                    "valid_from": org.valid_from,
                    "valid_to": org.valid_to,
                    "successor_code": org.successor_code,
                }
                if old is None:
                    record["position"] = position
                    position += 1
                    self.db.table("orgs").insert(record)
                else:
                    self.db.table("orgs").update(org.code, record)
                    if old.name != org.name:
                        refresh_unit(self.db, org.code, org.name)
                self.audit(
                    "org",
                    source,
                    org_code=org.code,
                    old=None if old is None else repr(old),
                    new=repr(org),
                )
                changed += 1
        self._tree = None
        return changed

    def rename_org(self, code: str, new_name: str, from_year: int, source: Source) -> None:
        """Rename a unit from a year on; the old name stays for the years before."""
        org = self.tree()[code]
        if new_name == org.name:
            return
        with self.db.atomic():
            self.db.table("org_names").upsert(
                {"org_code": code, "valid_to": from_year - 1, "name": org.name},
                pk=("org_code", "valid_to"),
            )
            self.db.table("orgs").update(code, {"name": new_name})
            self.audit("rename", source, org_code=code, year=from_year, old=org.name, new=new_name)
            refresh_unit(self.db, code, new_name)  # its register rows are found by the new name
        self._tree = None
