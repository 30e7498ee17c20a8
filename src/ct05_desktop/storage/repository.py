"""Typed reads and writes over the database; every change leaves an audit entry."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from ct05_desktop.domain.catalogue import Catalogue, default_catalogue
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.settings import USER_NAME
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.status import (  # noqa: F401  (kept importable from here)
    STATUS_APPROVED,
    STATUS_COMPLETE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
)


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class Repository:
    def __init__(self, db: Database, catalogue: Catalogue | None = None) -> None:
        self.db = db
        self.catalogue = catalogue or default_catalogue()
        self._tree: OrgTree | None = None
        self._sync_catalogue()

    # -- people and settings ---------------------------------------------------------
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

    def audit_people(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT who FROM audit ORDER BY who")]

    def audit_rows(self, **where: Any) -> list[dict[str, Any]]:
        clauses = " AND ".join(f"{k} = ?" for k in where) or "1"
        sql = f"SELECT * FROM audit WHERE {clauses} ORDER BY id"
        return [dict(r) for r in self.db.query(sql, list(where.values()))]

    # -- catalogue and tree ----------------------------------------------------------
    def _sync_catalogue(self) -> None:
        """Keep the indicators table (the foreign-key target) in step with data/."""
        rows = [
            {
                "code": i.code,
                "section": i.section,
                "kind": i.kind,
                "label_vi": i.label_vi,
                "position": n,
            }
            for n, i in enumerate(self.catalogue.indicators)
        ]
        stored = {r["code"]: r for r in self.db.query("SELECT * FROM indicators")}
        if any(stored.get(r["code"]) != r for r in rows):
            with self.db.atomic():
                self.db.table("indicators").upsert_all(rows, pk="code")

    def tree(self) -> OrgTree:
        if self._tree is None:
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

    def has_orgs(self) -> bool:
        return self.db.execute("SELECT count(*) FROM orgs").fetchone()[0] > 0

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
        self._tree = None

    # -- values ----------------------------------------------------------------------
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
        stored: dict[Key, tuple[int | None, str | None]] = {}
        for org, year in sorted({(k[0], k[1]) for k in keys}):
            for indicator, value, comment in self.db.execute(
                "SELECT indicator, value, comment FROM org_values WHERE org_code = ? AND year = ?",
                [org, year],
            ):
                stored[(org, year, indicator)] = (value, comment)
        who, at = self.who(), now()
        upserts, deletes, audits = [], [], []
        for key in keys:
            org, year, indicator = key
            old_value, old_comment = stored.get(key, (None, None))
            new_value = values.get(key, old_value)
            new_comment = comments.get(key, old_comment) or None
            if (new_value, new_comment) == (old_value, old_comment):
                continue
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
            where = {
                "at": at,
                "who": who,
                "source": str(source),
                "org_code": org,
                "year": year,
                "indicator": indicator,
            }
            if new_value != old_value:
                audits.append({**where, "action": "value", "old": old_value, "new": new_value})
            if new_comment != old_comment:
                audits.append(
                    {**where, "action": "comment", "old": old_comment, "new": new_comment}
                )
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
        return len(upserts) + len(deletes)

    # -- templates received ----------------------------------------------------------
    def record_receipt(self, org: str, year: int, file: str, sha256: str) -> None:
        self.db.table("template_receipts").insert(
            {
                "org_code": org,
                "year": year,
                "file": file,
                "sha256": sha256,
                "received_by": self.who(),
                "received_at": now(),
            }
        )

    def receipts(self, year: int) -> dict[str, tuple[str, str]]:
        """unit → (file, when) of its latest filled template for the year."""
        rows = self.db.execute(
            "SELECT org_code, file, received_at FROM template_receipts WHERE year = ? ORDER BY id",
            [year],
        )
        return {org: (file, at) for org, file, at in rows}

    # -- locks and status ------------------------------------------------------------
    def locked_years(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT year FROM year_locks")}

    def lock_year(self, year: int, source: Source) -> None:
        """Chốt số liệu: nothing in the year may change until it is unlocked; audited."""
        if year in self.locked_years():
            return
        with self.db.atomic():
            self.db.table("year_locks").insert(
                {"year": year, "locked_by": self.who(), "locked_at": now()}
            )
            self.audit("lock", source, year=year, old=None, new="locked")

    def unlock_year(self, year: int, source: Source) -> None:
        if year not in self.locked_years():
            return
        with self.db.atomic():
            self.db.execute("DELETE FROM year_locks WHERE year = ?", [year])
            self.audit("unlock", source, year=year, old="locked", new=None)

    def approved(self) -> set[tuple[str, int]]:
        rows = self.db.execute("SELECT org_code, year FROM unit_status WHERE status = 'approved'")
        return {(r[0], r[1]) for r in rows}

    def set_status(self, org: str, year: int, status: str | None, source: Source) -> None:
        """Mark a unit-year complete or approved, or clear the mark (None)."""
        old = self.marked_status(org, year)
        if old == status:
            return
        with self.db.atomic():
            if status is None:
                self.db.execute(
                    "DELETE FROM unit_status WHERE org_code = ? AND year = ?", [org, year]
                )
            else:
                self.db.table("unit_status").upsert(
                    {
                        "org_code": org,
                        "year": year,
                        "status": status,
                        "changed_by": self.who(),
                        "changed_at": now(),
                    },
                    pk=("org_code", "year"),
                )
            self.audit("status", source, org_code=org, year=year, old=old, new=status)

    def marked_status(self, org: str, year: int) -> str | None:
        row = self.db.execute(
            "SELECT status FROM unit_status WHERE org_code = ? AND year = ?", [org, year]
        ).fetchone()
        return None if row is None else row[0]

    def statuses(self, year: int) -> dict[str, str]:
        """Each unit's status for the year; a unit missing here has entered nothing."""
        out: dict[str, str] = {}
        tables = [
            "org_values WHERE value IS NOT NULL AND",
            "breakthrough_models WHERE",
            "exemplars WHERE",
            "award_decisions WHERE",
            "dialogues WHERE",
        ]
        for table in tables:
            for (org,) in self.db.execute(
                f"SELECT DISTINCT org_code FROM {table} year = ?", [year]
            ):
                out[org] = STATUS_IN_PROGRESS
        for org, status in self.db.execute(
            "SELECT org_code, status FROM unit_status WHERE year = ?", [year]
        ):
            out[org] = status
        return out
