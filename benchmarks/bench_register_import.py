"""CSV import of 100,000 commitments-register rows over the province bench's communes, with
every check, against a raw sqlite3 executemany of the same rows in a process of its own
(issue 24; target: at most 10×).

    .venv/bin/python benchmarks/bench_register_import.py
"""

from __future__ import annotations

import csv

from province_data import CACHE, PYTHON, cli, data, fresh_copy, line, machine, run, tree_db

ROWS = 100_000
COLUMNS = [
    "id",
    "org_code",
    "year",
    "kind",
    "person",
    "position",
    "content",
    "contents",
    "models",
    "items",
    "result",
    "note",
]
RAW = """
import csv, sqlite3, sys
lines = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE commitments (id INTEGER PRIMARY KEY, org_code TEXT, year INTEGER, "
           "kind TEXT, person TEXT, position TEXT, content TEXT, contents INTEGER, "
           "models INTEGER, items INTEGER, result TEXT, note TEXT)")
rows = [(o, int(y), k, p, q, c, int(n or 0), int(m or 0), int(i or 0), r, t)
        for _, o, y, k, p, q, c, n, m, i, r, t in lines]
with db:
    db.executemany("INSERT INTO commitments (org_code, year, kind, person, position, content, "
                   "contents, models, items, result, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
"""


def register_file() -> str:
    """100,000 rows: the grassroots units of the province's 2024 tree, collective and
    key-cadre registrations in turn, half of them rated."""
    target = CACHE / "commitments.csv"
    if not target.exists():
        with open(data() / "orgs.csv", encoding="utf-8") as f:
            units = [r["code"] for r in csv.DictReader(f) if r["level"] == "grassroots"]
        with open(target, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(COLUMNS)
            for n in range(ROWS):
                unit = units[n % len(units)]
                if n % 2:
                    row = [
                        "",
                        unit,
                        2024,
                        "Tập thể",
                        "",
                        "",
                        f"Nội dung đăng ký số {n}",
                        n % 5 + 1,
                        n % 3,
                        "",
                        "",
                        "",
                    ]
                else:
                    row = [
                        "",
                        unit,
                        2024,
                        "Cán bộ chủ chốt",
                        f"Cán bộ {n}",
                        "Bí thư",
                        f"Việc làm theo số {n}",
                        n % 4 + 1,
                        "",
                        n % 6 + 1,
                        "Hoàn thành tốt" if n % 4 == 0 else "",
                        "",
                    ]
                out.writerow(row)
    return str(target)


def main() -> None:
    print(machine())
    path = register_file()

    def raw() -> float:
        (CACHE / "raw_registers.db").unlink(missing_ok=True)
        return run([PYTHON, "-c", RAW, path, str(CACHE / "raw_registers.db")])

    baseline = min(raw() for _ in range(3))
    line("raw sqlite3 executemany of the same rows (baseline)", baseline)
    ours = []
    for _ in range(2):
        target = fresh_copy(tree_db(), CACHE / "registers.db")
        ours.append(run(cli("--db", str(target), "import", path)))
    line("ct05 import commitments.csv (100,000 rows, every check)", min(ours), baseline, "≤ 10×")


if __name__ == "__main__":
    main()
