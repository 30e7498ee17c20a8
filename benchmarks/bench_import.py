"""CSV import of the province's 202,300 values (those its 2025 form holds) with every check,
against a raw sqlite3 executemany of the same rows in a process of its own (target: ≤ 5×).

    .venv/bin/python benchmarks/bench_import.py [--districts 170]
"""

from __future__ import annotations

from province_data import (
    CACHE,
    PYTHON,
    cli,
    form_values,
    fresh_copy,
    line,
    machine,
    rows,
    run,
    tree_db,
)

RAW = """
import csv, sqlite3, sys
lines = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
rows = [(o, int(y), i, int(v)) for o, y, i, v in lines]
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE org_values (org_code TEXT, year INTEGER, indicator TEXT, value INTEGER, "
           "PRIMARY KEY (org_code, year, indicator))")
with db:
    db.executemany("INSERT INTO org_values VALUES (?, ?, ?, ?)", rows)
"""


def main() -> None:
    print(machine())
    values = form_values()
    target = CACHE / "import.db"

    def raw() -> float:
        for suffix in ("", "-journal"):
            (CACHE / f"raw.db{suffix}").unlink(missing_ok=True)
        return run([PYTHON, "-c", RAW, str(values), str(CACHE / "raw.db")])

    baseline = min(raw() for _ in range(3))
    line("raw sqlite3 executemany of the same rows (baseline)", baseline)
    ours = []
    for _ in range(3):
        fresh_copy(tree_db(), target)
        ours.append(run(cli("--db", str(target), "import", str(values))))
    said = f"ct05 import values.csv ({rows(values):,} values, every check)"
    line(said, min(ours), baseline, "≤ 5×")


if __name__ == "__main__":
    main()
