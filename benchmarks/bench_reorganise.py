"""The province's reorganisation in one plan (issue 19; target ≤ 5 s, checked and applied):
from 2026 the 17 districts are dissolved, their 850 communes come under the province and
are merged pairwise (the second of each pair into the first; its cells follow). Timed as
a whole `ct05 reorganise` process, and with --dry-run, beside a baseline process that
writes the same periods and ends with plain SQL, no check at all, in the same run.

    .venv/bin/python benchmarks/bench_reorganise.py
"""

from __future__ import annotations

import csv
import sqlite3
import sys

from province_data import CACHE, PYTHON, cli, fresh_copy, full_db, line, machine, run

YEAR = 2026

PLAIN = """
import sqlite3, sys, csv
db = sqlite3.connect(sys.argv[1])
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
year = int(sys.argv[3])
NAME = "SELECT name FROM orgs WHERE code = ?"
PERIOD = "INSERT INTO org_periods VALUES (?, ?, ?, ?)"
PARENT = "UPDATE orgs SET parent_code = ? WHERE code = ?"
with db:
    for r in rows:
        if r["action"] == "move":
            name = db.execute(NAME, [r["code"]]).fetchone()[0]
            db.execute(PERIOD, [r["code"], year, name, r["to"]])
            db.execute(PARENT, [r["to"], r["code"]])
        elif r["action"] in ("merge", "dissolve"):
            db.execute("UPDATE orgs SET valid_to = ?, successor_code = ? WHERE code = ?",
                       [year - 1, r["to"] or None, r["code"]])
            under = "SELECT code FROM orgs WHERE parent_code = ?"
            for (cell,) in db.execute(under, [r["code"]]).fetchall():
                name = db.execute(NAME, [cell]).fetchone()[0]
                db.execute(PERIOD, [cell, year, name, r["to"]])
                db.execute(PARENT, [r["to"], cell])
"""


def plan() -> str:
    """The plan's CSV, written once into the benchmarks' cache."""
    path = CACHE / "reorganise_2026.csv"
    with sqlite3.connect(full_db()) as db:
        units = db.execute("SELECT code, level, parent_code FROM orgs ORDER BY position").fetchall()
    communes: dict[str, list[str]] = {}
    for code, level, parent in units:
        if level == "grassroots":
            communes.setdefault(parent, []).append(code)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["action", "code", "to", "name", "level"])
        for district, under in communes.items():
            for first, second in zip(under[::2], under[1::2], strict=False):
                w.writerow(["move", first, "P", "", ""])
                w.writerow(["merge", second, first, "", ""])
            w.writerow(["dissolve", district, "", "", ""])
    return str(path)


def main() -> None:
    print(machine())
    path = plan()
    target = CACHE / "reorganise.db"
    plain = CACHE / "reorganise-plain.db"
    fresh_copy(full_db(), plain)
    baseline = run([PYTHON, "-c", PLAIN, str(plain), path, str(YEAR)])
    line("the same periods and ends written by plain SQL, unchecked", baseline)
    fresh_copy(full_db(), target)
    dry = run(cli("--db", str(target), "reorganise", path, "--from", str(YEAR), "--dry-run"))
    line("ct05 reorganise --dry-run (checked, shown, nothing written)", dry, baseline, "≤ 5 s")
    fresh_copy(full_db(), target)
    done = run(cli("--db", str(target), "reorganise", path, "--from", str(YEAR)))
    line("ct05 reorganise (checked, backed up, written)", done, baseline, "≤ 5 s")
    with sqlite3.connect(target) as db:
        communes = db.execute(
            "SELECT count(*) FROM org_periods WHERE start = ? AND parent_code = 'P'", [YEAR]
        ).fetchone()[0]
    print(f"{communes} communes under the province from {YEAR}", file=sys.stderr)


if __name__ == "__main__":
    main()
