"""Starting a new year: carry last year's ongoing breakthrough models forward."""

from __future__ import annotations

from ct05_desktop.domain.checks.figure_rules import unit_year_problem
from ct05_desktop.domain.registers import BREAKTHROUGH
from ct05_desktop.domain.sources import carried_from
from ct05_desktop.workflows.entry import refused
from ct05_desktop.workflows.session import Session

CARRIED = ("registered", "ongoing")  # models not completed nor stopped go on


def carry_breakthrough_models(session: Session, year: int) -> int:
    """Copy year-1's models still registered or ongoing into year (status 'ongoing').

    A model already in the new year with the same unit and title is not copied again, so
    running it twice adds nothing. Returns how many were added."""
    with session.writing():
        return _carry(session, year)


def _carry(session: Session, year: int) -> int:
    ctx = session.write_context()
    tree = session.tree()
    previous = session.registers.rows(BREAKTHROUGH.key, year=year - 1)
    present = {
        (r["org_code"], r["title"]) for r in session.registers.rows(BREAKTHROUGH.key, year=year)
    }
    batch = []
    for row in previous:
        org = tree.get(row["org_code"])
        target = row["org_code"]
        if org is not None and not org.exists_in(year) and org.successor_code:
            target = org.successor_code  # a merged unit's models go on in its successor
        if row["status"] not in CARRIED or (target, row["title"]) in present:
            continue
        problem = unit_year_problem(target, year, ctx)
        if problem is not None:
            raise refused(session, problem)
        values = {f.name: row.get(f.name) for f in BREAKTHROUGH.fields}
        for fld in BREAKTHROUGH.fields:  # a choice the year no longer has (the district
            held = {c.code for c in fld.choices_in(year)}  # level from 2025) is left blank,
            if fld.kind == "choice" and values[fld.name] not in (None, *held):  # to choose
                values[fld.name] = None
        values["status"] = "ongoing"
        values["result"] = None
        batch.append((target, year, values))
    session.registers.insert_many(BREAKTHROUGH.key, batch, carried_from(year - 1))
    return len(batch)
