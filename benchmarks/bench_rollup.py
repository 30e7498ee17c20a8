"""The roll-up of a province's year: the one-pass roll-up in Python against the same
figures computed by SQLite, level by level from the cells up (a unit's figure is what it
entered, else what its units alive that year add up to). The SQL variant here covers the
indicators without parts and without register counts; both are checked to agree on them.

    .venv/bin/python benchmarks/bench_rollup.py
"""

from __future__ import annotations

import time

from province_data import full_db, line, machine

from ct05_desktop.workflows.session import Session

YEAR = 2025
LEVELS = """
CREATE TEMP TABLE fig (org_code TEXT, indicator TEXT, value INTEGER,
                       PRIMARY KEY (org_code, indicator));
"""


def sql_rollup(session: Session, codes: list[str]) -> dict[tuple[str, str], int]:
    db = session.db.conn
    db.execute("DROP TABLE IF EXISTS temp.fig")
    db.executescript(LEVELS)
    alive = "(valid_from IS NULL OR valid_from <= :y) AND (valid_to IS NULL OR valid_to >= :y)"
    depth_sql = f"""
        WITH RECURSIVE d(code, depth) AS (
            SELECT code, 0 FROM orgs WHERE parent_code IS NULL
            UNION ALL SELECT o.code, d.depth + 1 FROM orgs o JOIN d ON o.parent_code = d.code
        ) SELECT depth, group_concat(d.code, ',') FROM d JOIN orgs ON orgs.code = d.code
          WHERE {alive} GROUP BY depth ORDER BY depth DESC"""
    wanted = ",".join(f"'{c}'" for c in codes)
    for _depth, units in db.execute(depth_sql, {"y": YEAR}).fetchall():
        members = units.split(",")
        for start in range(0, len(members), 900):
            chunk = members[start : start + 900]
            marks = ",".join("?" * len(chunk))
            db.execute(
                f"""INSERT INTO temp.fig
                SELECT o.code, i.code,
                    coalesce(
                        (SELECT value FROM org_values v WHERE v.org_code = o.code
                           AND v.year = ? AND v.indicator = i.code AND v.value IS NOT NULL),
                        (SELECT sum(f.value) FROM orgs c JOIN temp.fig f ON f.org_code = c.code
                           WHERE c.parent_code = o.code AND f.indicator = i.code
                           AND (c.valid_from IS NULL OR c.valid_from <= ?)
                           AND (c.valid_to IS NULL OR c.valid_to >= ?)))
                FROM orgs o, indicators i
                WHERE o.code IN ({marks}) AND i.code IN ({wanted})""",
                [YEAR, YEAR, YEAR, *chunk],
            )
    found = db.execute("SELECT org_code, indicator, value FROM temp.fig WHERE value IS NOT NULL")
    return {(o, i): v for o, i, v in found}


def main() -> None:
    print(machine())
    with Session(full_db()) as session:
        cat = session.catalogue
        codes = [c for c in cat.codes if not cat[c].parts and not cat[c].code.startswith("awards")]
        codes = [c for c in codes if c not in ("breakthrough_models", "exemplars_collective")]
        codes = [c for c in codes if not c.startswith(("exemplars", "dialogues"))]
        start = time.perf_counter()
        figures = session.figures([YEAR])
        python = {
            (o.code, c): v
            for o in session.tree()
            for c in codes
            if (v := figures.value(o.code, YEAR, c)) is not None
        }
        line("one-pass roll-up in Python (read, roll up, read out)", time.perf_counter() - start)
        start = time.perf_counter()
        sql = sql_rollup(session, codes)
        line("the same figures rolled up by SQLite, level by level", time.perf_counter() - start)
        print(
            "they agree"
            if sql == python
            else f"they differ on {len(set(sql.items()) ^ set(python.items()))} figures"
        )


if __name__ == "__main__":
    main()
