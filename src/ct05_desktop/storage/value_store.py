"""The figures as stored: each unit's entered values and comments by year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import AuditLog, now


class ValueStore(AuditLog):
    def entered_values(self, years: Iterable[int] | None = None) -> dict[Key, int]:
        sql = "SELECT org_code, year, indicator, value FROM org_values WHERE value IS NOT NULL"
        params: list[Any] = []
        if years is not None:
            params = sorted(set(years))
            sql += f" AND year IN ({', '.join('?' * len(params))})"
        sql += " ORDER BY year, org_code, indicator"
        return {(r[0], r[1], r[2]): r[3] for r in self.db.execute(sql, params)}

    def export_rows(self, year: int | None = None) -> list[tuple[str, int, str, int | None, str]]:
        """(org, year, indicator, value, comment) of every stored value or comment."""
        sql = "SELECT org_code, year, indicator, value, coalesce(comment, '') FROM org_values"
        params = [] if year is None else [year]
        if year is not None:
            sql += " WHERE year = ?"
        return [tuple(r) for r in self.db.execute(sql, params)]

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
    ) -> int:
        """Write checked values and comments in one transaction. Returns how many changed.

        Reads the stored rows of the touched unit-years once, then writes only what differs,
        with one audit entry per changed value or comment.
        """
        comments = comments or {}
        keys = sorted(set(values) | set(comments))
        stored = self._stored(keys)
        who, at = self.who(), now()
        upserts, deletes, audits = [], [], []
        for key in keys:
            old_value, old_comment = stored.get(key, (None, None))
            new_value = values.get(key, old_value)
            new_comment = comments.get(key, old_comment) or None
            if (new_value, new_comment) == (old_value, old_comment):
                continue
            org, year, indicator = key
            if new_value is None and new_comment is None:
                deletes.append(key)
            else:
                upserts.append(
                    {
                        "org_code": org,
                        "year": year,
                        "indicator": indicator,
                        "value": new_value,
                        "comment": new_comment,
                        "changed_by": who,
                        "changed_at": at,
                    }
                )
            where: dict[str, Any] = {"at": at, "who": who, "source": str(source)}
            where.update(org_code=org, year=year, indicator=indicator)
            if new_value != old_value:
                audits.append({**where, "action": "value", "old": old_value, "new": new_value})
            if new_comment != old_comment:
                audits.append(
                    {**where, "action": "comment", "old": old_comment, "new": new_comment}
                )
        self._write(upserts, deletes, audits)
        return len(upserts) + len(deletes)

    def _stored(self, keys: list[Key]) -> dict[Key, tuple[int | None, str | None]]:
        """The stored value and comment of every indicator of the unit-years of keys."""
        stored: dict[Key, tuple[int | None, str | None]] = {}
        for org, year in sorted({(k[0], k[1]) for k in keys}):
            for indicator, value, comment in self.db.execute(
                "SELECT indicator, value, comment FROM org_values WHERE org_code = ? AND year = ?",
                [org, year],
            ):
                stored[(org, year, indicator)] = (value, comment)
        return stored

    def _write(
        self, upserts: list[dict[str, Any]], deletes: list[Key], audits: list[dict[str, Any]]
    ) -> None:
        with self.db.atomic():
            self.db.conn.executemany(
                "DELETE FROM org_values WHERE org_code = ? AND year = ? AND indicator = ?", deletes
            )
            if upserts:
                self.db.table("org_values").upsert_all(
                    upserts, pk=("org_code", "year", "indicator")
                )
            if audits:
                self.db.table("audit").insert_all(audits)
        for entry in audits:
            self.notes.note("value", entry["org_code"], entry["year"])
