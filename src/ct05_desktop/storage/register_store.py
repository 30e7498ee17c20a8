"""Rows of the four registers, each change audited."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ct05_desktop.domain.registers import COUNT_RULES, REGISTERS, REGISTERS_BY_KEY
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.register_search import (
    columns_of,
    find,
    indexed_at_once,
    rows_by_id,
    search_text,
    sorted_at_once,
)
from ct05_desktop.storage.repository import Repository


class RegisterStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.db = repo.db

    def rows(
        self,
        register: str,
        org: str | None = None,
        year: int | None = None,
        years: range | None = None,
    ) -> list[dict[str, Any]]:
        """The rows of a register: of one unit, one year, or a period (all when None)."""
        spec = REGISTERS_BY_KEY[register]
        clauses: list[str] = []
        params: list[Any] = []
        if org is not None:
            clauses.append("org_code = ?")
            params.append(org)
        if year is not None:
            clauses.append("year = ?")
            params.append(year)
        if years is not None:
            clauses.append("year BETWEEN ? AND ?")
            params += [years[0], years[-1]]
        where = " AND ".join(clauses) or "1"
        sql = f"SELECT {columns_of(spec)} FROM {spec.key} WHERE {where} ORDER BY year, org_code, id"
        return [dict(r) for r in self.db.query(sql, params)]

    def get(self, register: str, row_id: int) -> dict[str, Any]:
        spec = REGISTERS_BY_KEY[register]
        found = self.db.query(f"SELECT {columns_of(spec)} FROM {spec.key} WHERE id = ?", [row_id])
        row = next(iter(found), None)
        if row is None:
            raise KeyError(row_id)
        return dict(row)

    def by_ids(self, register: str, row_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """The rows of a register with these ids (those still there), by id."""
        rows = rows_by_id(self.db, REGISTERS_BY_KEY[register], row_ids)
        return {int(r["id"]): r for r in rows}

    def search(self, query: str, limit: int = 500) -> list[tuple[str, dict[str, Any]]]:
        """(register, row) of the rows holding every word of the query as the start of one
        of their words (their unit's name included), ignoring case and accents: 'dang'
        finds 'Đảng'. FTS5: quick over a province's hundred thousand rows."""
        found = find(self.db, query, limit)
        out: list[tuple[str, dict[str, Any]]] = []
        for spec in REGISTERS:
            ids = [row_id for s, row_id in found if s is spec]
            rows = rows_by_id(self.db, spec, ids) if ids else []
            out += [(spec.key, r) for r in sorted(rows, key=_in_order)]
        return out

    def _search_text(self, register: str, org: str, year: int, values: Mapping[str, Any]) -> str:
        """The row's folded text, with its unit's name as it was in the row's year."""
        tree = self.repo.tree()
        name = tree.name_in(org, year) if org in tree else ""
        return search_text(REGISTERS_BY_KEY[register], values, name)

    def insert(
        self, register: str, org: str, year: int, values: Mapping[str, Any], source: Source
    ) -> int:
        return self.insert_many(register, [(org, year, values)], source)[0]

    def insert_many(
        self, register: str, rows: Iterable[tuple[str, int, Mapping[str, Any]]], source: Source
    ) -> list[int]:
        """New rows, with an audit entry each, written at once (a file of 100,000 rows
        takes seconds); their ids, in order."""
        spec = REGISTERS_BY_KEY[register]
        given = list(rows)
        if not given:
            return []
        fields = [f.name for f in spec.fields]
        columns = ["id", "org_code", "year", *fields, "search_text"]
        names: dict[tuple[str, int], str] = {}
        tree = self.repo.tree()
        with self.db.atomic():
            (last,) = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {spec.key}").fetchone()
            records = []
            for n, (org, year, values) in enumerate(given, start=last + 1):
                if (org, year) not in names:
                    names[(org, year)] = tree.name_in(org, year) if org in tree else ""
                shadow = search_text(spec, values, names[(org, year)])
                records.append((n, org, year, *(values.get(f) for f in fields), shadow))
            marks = ", ".join("?" * len(columns))
            insert = f"INSERT INTO {spec.key} ({', '.join(columns)}) VALUES ({marks})"
            if len(records) >= BULK:  # indexed for search at once, not row by row
                with (
                    indexed_at_once(self.db, spec.key, last),
                    sorted_at_once(self.db, spec.key, len(records)),
                ):
                    self.db.conn.executemany(insert, records)
            else:
                self.db.conn.executemany(insert, records)
            self.repo.audit_table(
                "register_add",
                source,
                ("org_code", "year", "register", "row_id", "new"),
                [
                    (org, year, spec.key, last + 1 + n, _dump(values))
                    for n, (org, year, values) in enumerate(given)
                ],
            )
        return [last + 1 + n for n in range(len(given))]

    def update(self, register: str, row_id: int, values: Mapping[str, Any], source: Source) -> bool:
        """Change a row; returns False when nothing differed (and nothing was written)."""
        spec = REGISTERS_BY_KEY[register]
        old = self.get(register, row_id)
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return False
        new = {**old, **changed}
        shadow = {"search_text": self._search_text(register, new["org_code"], new["year"], new)}
        with self.db.atomic():
            self.db.table(spec.key).update(row_id, {**changed, **shadow})
            before = {k: old.get(k) for k in changed}
            self._audit("register_edit", source, spec.key, old, before, changed)
        return True

    def delete(self, register: str, row_ids: Iterable[int], source: Source) -> None:
        spec = REGISTERS_BY_KEY[register]
        with self.db.atomic():
            for row_id in row_ids:
                old = self.get(register, row_id)
                self.db.table(spec.key).delete(row_id)
                self._audit("register_delete", source, spec.key, old, old, None)

    def _audit(
        self,
        action: str,
        source: Source,
        register: str,
        row: Mapping[str, Any],
        old: Mapping[str, Any] | None,
        new: Mapping[str, Any] | None,
    ) -> None:
        """One row's change log entry: its unit, year, register and id, its values before
        and after (JSON; none where there is none)."""
        self.repo.audit(
            action,
            source,
            org_code=row["org_code"],
            year=row["year"],
            register=register,
            row_id=row["id"],
            **({} if old is None else {"old": _dump(old)}),
            **({} if new is None else {"new": _dump(new)}),
        )

    def counts(
        self, years: Iterable[int] | None = None, orgs: Iterable[str] | None = None
    ) -> dict[Key, int]:
        """What the registers' rows count toward indicators, by unit, year and indicator,
        for those years and units (all when None): COUNT_RULES, added up by SQLite."""
        out: dict[Key, int] = {}
        wanted = None if years is None else sorted(set(years))
        keep = None if orgs is None else set(orgs)
        for rule in COUNT_RULES:
            by = "''" if rule.by is None else rule.by
            # a number left blank on every row says nothing: no figure, rather than 0
            amount = "COUNT(*)" if rule.amount is None else f"SUM({rule.amount})"
            if rule.once:
                amount = "1"  # one a unit-year, however many rows
            where: list[str] = []
            params: list[object] = []
            if wanted is not None:
                where.append(f"year IN ({', '.join('?' * len(wanted))})")
                params += wanted
            if keep is not None and len(keep) <= _FEW_UNITS:  # a subtree: its rows only
                where.append(f"org_code IN ({', '.join('?' * len(keep))})")
                params += sorted(keep)
            if rule.by is not None:
                where.append(f"{rule.by} IN ({', '.join('?' * len(rule.picks))})")
                params += list(rule.picks)
            if rule.levels:
                marks = ", ".join("?" * len(rule.levels))
                where.append(f"org_code IN (SELECT code FROM orgs WHERE level IN ({marks}))")
                params += list(rule.levels)
            grouped = "year, org_code" if rule.by is None else f"year, org_code, {rule.by}"
            sql = (  # grouped in the order of the register's year index
                f"SELECT org_code, year, {by}, {amount} FROM {rule.register} "
                f"WHERE {' AND '.join(where) or '1'} GROUP BY {grouped}"
            )
            for org, year, value, n in self.db.execute(sql, params):
                if n is None or (keep is not None and org not in keep):
                    continue
                key = (org, year, rule.picks[str(value)])
                out[key] = out.get(key, 0) + n
        return out


BULK = 500  # rows inserted at once from which the search index is filled in one go
_FEW_UNITS = 900  # beyond, grouping every unit's rows costs less than a long IN list


def _in_order(row: Mapping[str, Any]) -> tuple[int, str, int]:
    return (row["year"], row["org_code"], row["id"])


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # made once, not per row


def _dump(values: Mapping[str, Any]) -> str:
    return _ENCODER.encode(dict(values))
