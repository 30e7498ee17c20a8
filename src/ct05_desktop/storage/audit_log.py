"""The change log and the settings it reads its person from: who changed what, from
where, when; every write of the stores goes through ``audit``, which also notes what
changed for the views (domain.changes)."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from ct05_desktop.domain.changes import ChangeNotes
from ct05_desktop.domain.settings import USER_NAME
from ct05_desktop.domain.sources import Source

NOTED = ("org_code", "year", "register")  # what a change is noted by (domain.changes)


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class AuditLog:
    """The base of every store: the database, the person, the change log."""

    db: Database
    notes: ChangeNotes

    def who(self) -> str:
        """The person recorded in the audit trail: the name set in settings, else the OS user."""
        name = self.setting(USER_NAME.key)
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "?"

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self.db.atomic():
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")

    def audit(self, action: str, source: Source, **fields: Any) -> None:
        record = {"at": now(), "who": self.who(), "action": action, "source": str(source)}
        record.update(fields)
        self.db.table("audit").insert(record)
        self.notes.note(action, fields.get("org_code"), fields.get("year"), fields.get("register"))

    def audit_table(
        self, action: str, source: Source, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """One entry per row of columns' values, written at once (no dict for each of a
        file's 100,000 rows); what changed noted once per unit, year and register."""
        if not rows:
            return
        at, who, said = now(), self.who(), str(source)
        names = ", ".join(["at", "who", "action", "source", *columns])
        marks = ", ".join("?" * (4 + len(columns)))
        self.db.conn.executemany(
            f"INSERT INTO audit ({names}) VALUES ({marks})",
            [(at, who, action, said, *row) for row in rows],
        )
        where = [columns.index(c) if c in columns else None for c in NOTED]
        noted = {tuple(None if i is None else row[i] for i in where) for row in rows}
        for org, year, register in noted:
            self.notes.note(action, org, year, register)

    def audit_query(
        self,
        org: str | None = None,
        year: int | None = None,
        indicator: str | None = None,
        who: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 5000,
    ) -> list[dict[str, Any]]:
        """The audit trail, newest first, filtered; dates are ISO 'YYYY-MM-DD' (inclusive)."""
        clauses, params = ["1"], []
        for column, value in (
            ("org_code", org),
            ("year", year),
            ("indicator", indicator),
            ("who", who),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if since:
            clauses.append("at >= ?")
            params.append(since)
        if until:
            clauses.append("at < date(?, '+1 day')")
            params.append(until)
        sql = f"SELECT * FROM audit WHERE {' AND '.join(clauses)} ORDER BY id DESC LIMIT ?"
        return [dict(r) for r in self.db.query(sql, [*params, limit])]

    def row_deletions(self, register: str, row_ids: list[int]) -> list[dict[str, Any]]:
        """The entries deleting these rows of a register (id, row_id, old: the row as it
        was), oldest first; a row's id may be taken again by a later row."""
        out: list[dict[str, Any]] = []
        wanted = sorted(set(row_ids))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = (
                "SELECT id, row_id, old FROM audit WHERE action = 'register_delete' "
                f"AND register = ? AND row_id IN ({', '.join('?' * len(chunk))}) ORDER BY id"
            )
            out += [dict(r) for r in self.db.query(sql, [register, *chunk])]
        return out

    def audit_people(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT who FROM audit ORDER BY who")]

    def audit_rows(self, **where: Any) -> list[dict[str, Any]]:
        clauses = " AND ".join(f"{k} = ?" for k in where) or "1"
        sql = f"SELECT * FROM audit WHERE {clauses} ORDER BY id"
        return [dict(r) for r in self.db.query(sql, list(where.values()))]
