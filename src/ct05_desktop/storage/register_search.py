"""Searching every register of every year through SQLite FTS5.

Each register row keeps a folded shadow column, ``search_text``: its fields as they are
shown (choices by label) and its unit's name, in lower case without diacritics, đ read
as d. The store writes it with the row; triggers (migration 0005) keep the FTS5 index
``register_search`` in step with it. A row's rowid in the index is its id times SLOTS
plus its register's slot: a register added later takes a free slot, and the rows of the
others keep their rowids (migration 0014 moved the index to this from a count of the
registers there were)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from ct05_desktop.domain.registers import REGISTERS, RegisterSpec, shown_text
from ct05_desktop.domain.vi_text import fold

INDEX = "register_search"
_WORD = re.compile(r"[a-z0-9]+")
SLOTS = 8  # rowids leave room for this many registers
SLOT = {
    "breakthrough_models": 0,
    "exemplars": 1,
    "award_decisions": 2,
    "dialogues": 3,
    "commitments": 4,  # migration 0015
}
# the registers there were when the index was made (migration 0005): a migration names
# the tables of its own time, not those of the program that runs it
FIRST_REGISTERS = ("breakthrough_models", "exemplars", "award_decisions", "dialogues")


def search_text(spec: RegisterSpec, values: Mapping[str, Any], unit_name: str) -> str:
    return fold(f"{shown_text(spec, values)} {unit_name}")


def rowid(spec: RegisterSpec, row_id: int) -> int:
    return row_id * SLOTS + SLOT[spec.key]


def find(db: Database, query: str, limit: int) -> list[tuple[RegisterSpec, int]]:
    """(register, row id) of the rows holding every word of the query as the start of
    one of their words (ignoring case and accents), at most limit of them; nothing for a
    query of a single letter."""
    words = _WORD.findall(fold(query))
    if sum(len(w) for w in words) < 2:  # one letter would match most rows: wait for two
        return []
    match = " ".join(f'"{w}"*' for w in words)
    found = db.execute(
        f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ? ORDER BY rowid LIMIT ?", [match, limit]
    )
    by_slot = {SLOT[spec.key]: spec for spec in REGISTERS}
    return [(by_slot[r % SLOTS], r // SLOTS) for (r,) in found if r % SLOTS in by_slot]


def refresh_unit(
    db: Database,
    org: str,
    name_in: Callable[[int], str],
    keys: Iterable[str] | None = None,
) -> None:
    """A unit renamed: each of its rows is found by the name the unit bore in the row's
    year, name_in(year) (the triggers reindex them). keys: the registers (a migration's
    own; every register when None)."""
    wanted = None if keys is None else set(keys)
    for spec in REGISTERS:
        if wanted is not None and spec.key not in wanted:
            continue
        rows = db.query(f"SELECT * FROM {spec.key} WHERE org_code = ?", [org])
        db.conn.executemany(
            f"UPDATE {spec.key} SET search_text = ? WHERE id = ?",
            [(search_text(spec, r, name_in(r["year"])), r["id"]) for r in rows],
        )


def create(db: Database, names: Mapping[str, str]) -> None:
    """The shadow columns of the first registers, filled; the index, filled; the
    triggers that keep it in step (migration 0005). names: each unit's name."""
    db.execute(f"CREATE VIRTUAL TABLE {INDEX} USING fts5(search_text, content='')")
    specs = {spec.key: spec for spec in REGISTERS}
    for key in FIRST_REGISTERS:
        spec = specs[key]
        db.execute(f"ALTER TABLE {key} ADD COLUMN search_text TEXT")
        rows = [dict(r) for r in db.query(f"SELECT * FROM {key}")]
        db.conn.executemany(
            f"UPDATE {key} SET search_text = ? WHERE id = ?",
            [(search_text(spec, r, names.get(r["org_code"], "")), r["id"]) for r in rows],
        )
        index_register(db, key)


def index_register(db: Database, table: str) -> None:
    """A register's rows put in the index at their rowids, and its triggers made (its
    search_text column filled)."""
    index_rows(db, table)
    db.execute(_adding(table))
    gone = _gone(table)
    db.execute(f"CREATE TRIGGER {table}_search_gone AFTER DELETE ON {table} BEGIN {gone}; END")
    db.execute(
        f"CREATE TRIGGER {table}_search_edit AFTER UPDATE OF search_text ON {table} "
        f"BEGIN {gone}; {_new(table)}; END"
    )


def _new(table: str) -> str:
    n, k = SLOTS, SLOT[table]
    return f"INSERT INTO {INDEX}(rowid, search_text) VALUES (NEW.id * {n} + {k}, NEW.search_text)"


def _gone(table: str) -> str:
    n, k = SLOTS, SLOT[table]
    return (
        f"INSERT INTO {INDEX}({INDEX}, rowid, search_text) "
        f"VALUES ('delete', OLD.id * {n} + {k}, OLD.search_text)"
    )


def _adding(table: str) -> str:
    return f"CREATE TRIGGER {table}_search_add AFTER INSERT ON {table} BEGIN {_new(table)}; END"


def index_rows(db: Database, table: str, after: int = 0) -> None:
    """The register's rows with an id above after, put in the index at once."""
    n, k = SLOTS, SLOT[table]
    db.execute(
        f"INSERT INTO {INDEX}(rowid, search_text) "
        f"SELECT id * {n} + {k}, search_text FROM {table} WHERE id > ?",
        [after],
    )


@contextmanager
def indexed_at_once(db: Database, table: str, after: int) -> Iterator[None]:
    """Many rows inserted (inside the caller's transaction) and indexed in one statement
    when done, rather than one by one through the trigger: a file of 100,000 rows is
    indexed in a quarter of a second instead of several seconds. The trigger is dropped
    and made again within the transaction: a failure rolls both back."""
    db.execute(f"DROP TRIGGER {table}_search_add")
    yield
    index_rows(db, table, after)
    db.execute(_adding(table))


@contextmanager
def sorted_at_once(db: Database, table: str, adding: int) -> Iterator[None]:
    """Many rows inserted (inside the caller's transaction) into a table that holds fewer:
    its indexes dropped first and made again when done (sorting every row at once is
    quicker than placing each in the indexes; 100,000 rows: 0.8 s → 0.5 s). A table
    already holding as many rows keeps its indexes: remaking them would cost more."""
    (there,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    made = [
        (name, sql)
        for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            [table],
        ).fetchall()
    ]
    if adding < max(there, 1):
        yield
        return
    for name, _ in made:
        db.execute(f"DROP INDEX {name}")
    yield
    for _, sql in made:
        db.execute(sql)


def reindex_in_slots(db: Database) -> None:
    """The index made again with slotted rowids (migration 0014): before, a row's rowid
    was its id times the number of registers, which a fifth register would have changed
    for every row."""
    for table in FIRST_REGISTERS:
        for trigger in ("add", "gone", "edit"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_search_{trigger}")
    db.execute(f"DROP TABLE {INDEX}")
    db.execute(f"CREATE VIRTUAL TABLE {INDEX} USING fts5(search_text, content='')")
    for table in FIRST_REGISTERS:
        index_register(db, table)


def columns_of(spec: RegisterSpec) -> str:
    """The columns a row is read with (not its shadow column)."""
    return ", ".join(["id", "org_code", "year", *(f.name for f in spec.fields)])


def rows_by_id(db: Database, spec: RegisterSpec, ids: Iterable[int]) -> list[dict[str, Any]]:
    wanted = sorted(set(ids))
    out: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        sql = (
            f"SELECT {columns_of(spec)} FROM {spec.key} WHERE id IN ({', '.join('?' * len(chunk))})"
        )
        out += [dict(r) for r in db.query(sql, chunk)]
    return out
