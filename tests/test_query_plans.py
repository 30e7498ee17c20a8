"""The hot queries read through an index, never by scanning a whole table: checked with
EXPLAIN QUERY PLAN on the statements the stores really run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ct05_desktop.workflows.session import Session


def statements(session: Session, call: Callable[[], Any]) -> list[str]:
    """The SELECT statements a call runs, with their values filled in."""
    seen: list[str] = []
    session.db.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        session.db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def plans(session: Session, call: Callable[[], Any]) -> list[str]:
    out = []
    for sql in statements(session, call):
        rows = session.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        out.append(" | ".join(str(r[-1]) for r in rows))
    return out


HOT: dict[str, Callable[[Session], Any]] = {
    "a year's figures": lambda s: s.repo.entered_values([2019]),
    "a subtree's figures": lambda s: s.repo.entered_values([2018, 2019], ["SL.MS", "SL.MS.CM"]),
    "the rows a write touches": lambda s: s.repo.stored_rows({("SL.ML", 2019), ("SL", 2019)}),
    "a unit's year": lambda s: s.repo.unit_values("SL.ML", 2019),
    "a register's unit-year": lambda s: s.registers.rows("dialogues", "SL.TC", 2019),
    "a register over a period": lambda s: s.registers.rows("dialogues", years=range(2017, 2020)),
    "a year's register counts": lambda s: s.registers.counts([2019]),
    "the years' register counts": lambda s: s.registers.counts(range(2016, 2021)),
    "a subtree's register counts": lambda s: s.registers.counts([2019], ["SL.MS", "SL.MS.CM"]),
    "a unit's change log": lambda s: s.repo.audit_query(org="SL.ML", year=2019),
}


@pytest.mark.parametrize("name", sorted(HOT))
def test_a_hot_query_uses_an_index(demo: Session, name: str) -> None:
    found = plans(demo, lambda: HOT[name](demo))
    assert found, name
    for plan in found:
        assert "USING" in plan and "SCAN" not in plan.replace("SCAN CONSTANT ROW", ""), (
            name,
            plan,
        )


@pytest.mark.parametrize(
    "name", ["a year's figures", "a year's register counts", "the years' register counts"]
)
def test_a_whole_year_is_read_from_its_index_alone(demo: Session, name: str) -> None:
    """A province's year is read whole into the window's cache: from the index, in the
    order it is grouped by, without looking each row up in its table."""
    for plan in plans(demo, lambda: HOT[name](demo)):
        assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, (name, plan)
