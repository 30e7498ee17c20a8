"""Memory of a CSV import the size of issue 21's: 110 districts, 1.32 million figures in a
51 MB file (target: at most 500 MB), beside the plainest process that reads the same
rows into a list and stores them with one sqlite3 executemany (the baseline), each
process's peak resident memory measured by the system.

    .venv/bin/python benchmarks/bench_import_memory.py
"""

from __future__ import annotations

import subprocess
import sys

from bench_import import RAW
from province_data import BENCH, CACHE, PYTHON, cli, form_values, fresh_copy, machine

PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_mb(command: list[str]) -> float:
    """The peak resident memory of one process, in MB (a watcher process of its own, so
    that no earlier child's peak is counted)."""
    out = subprocess.run([PYTHON, "-c", PEAK, *command], check=True, capture_output=True)
    kilobytes = int(out.stdout.split()[-1])
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def main() -> None:
    print(machine())
    folder = CACHE / "data110"
    if not (folder / "values.csv").exists():
        folder.mkdir(parents=True, exist_ok=True)
        generator = str(BENCH / "province.py")
        subprocess.run([PYTHON, generator, str(folder), "--districts", "110"], check=True)
    values = form_values(folder)  # without the 2025 rows the shipped form retires
    tree = CACHE / "tree110.db"
    if not tree.exists():
        subprocess.run(
            cli("--db", str(tree), "init", "--orgs", str(folder / "orgs.csv")), check=True
        )
    raw_db = CACHE / "raw110.db"
    raw_db.unlink(missing_ok=True)
    baseline = peak_mb([PYTHON, "-c", RAW, str(values), str(raw_db)])
    raw_db.unlink(missing_ok=True)
    print(f"{'raw csv + sqlite3 executemany, rows in a list (baseline)':<58} {baseline:7.0f} MB")
    target = fresh_copy(tree, CACHE / "import110.db")
    ours = peak_mb(cli("--db", str(target), "import", str(values)))
    ratio = ours / baseline
    print(
        f"{'ct05 import values.csv (some 1,300,000 figures, every check)':<58} {ours:7.0f} MB"
        f"   {ratio:5.2f}× the baseline   (target ≤ 500 MB)"
    )


if __name__ == "__main__":
    main()
