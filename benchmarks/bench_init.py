"""A new database from an organisations file: `ct05 init --orgs orgs.csv` (every row
checked, the tree's rules, a change-log entry per unit), against a raw sqlite3
executemany of the same rows into a plain table in a process of its own (target at ten
times the province, 51,171 units: ≤ 2 s).

    .venv/bin/python benchmarks/bench_init.py [--districts 170]
"""

from __future__ import annotations

from pathlib import Path

from province_data import CACHE, PYTHON, cli, data, line, machine, rows, run

RAW = """
import csv, sqlite3, sys
lines = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE orgs (code TEXT PRIMARY KEY, name TEXT, level TEXT, parent_code TEXT, "
           "valid_from INTEGER, valid_to INTEGER)")
with db:
    db.executemany("INSERT INTO orgs VALUES (?, ?, ?, ?, ?, ?)", lines)
"""


def gone(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def main() -> None:
    print(machine())
    orgs = data() / "orgs.csv"
    raw = min(
        run([PYTHON, "-c", RAW, str(orgs), str(gone(CACHE / "raw_orgs.db"))]) for _ in range(3)
    )
    line("raw sqlite3 executemany of the same rows (baseline)", raw)
    ours = min(
        run(cli("--db", str(gone(CACHE / "init.db")), "init", "--orgs", str(orgs)))
        for _ in range(3)
    )
    line(f"ct05 init --orgs ({rows(orgs):,} units, every check)", ours, raw, "≤ 2 s")


if __name__ == "__main__":
    main()
