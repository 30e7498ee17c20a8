"""The province every benchmark measures against (issue 10): 17 districts × 50 communes ×
5 cells = 5,118 units, 24 indicators entered on the 850 communes over 2016–2025 (204,000
values), written by ../shared/bench/province.py. Built once into benchmarks/.cache/:
the CSV files, a database with the tree only, and one with every value imported.

Each figure is a whole process timed from outside (start-up included), beside a baseline
process doing the same job the plainest way, measured in the same run."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
PYTHON = sys.executable
PROVINCE = 17  # districts of the province; --districts 170 is ten times it (a nation's roll-up)


def _districts() -> int:
    """--districts N on any benchmark's command line (taken off it here): the scale."""
    if "--districts" not in sys.argv:
        return PROVINCE
    at = sys.argv.index("--districts")
    count = int(sys.argv[at + 1])
    del sys.argv[at : at + 2]
    return count


DISTRICTS = _districts()
# each scale has its own generated files and databases (the province's where they were)
CACHE = ROOT / "benchmarks" / ".cache" / ("" if DISTRICTS == PROVINCE else f"d{DISTRICTS}")


def cli(*args: str) -> list[str]:
    return [PYTHON, "-m", "ct05_desktop.cli", *args]


def run(command: list[str], **env: str) -> float:
    """Seconds a process takes from start to exit (its output is dropped). Python's
    bytecode is cached as it is once installed (pip compiles it; a bundle holds it), even
    where the environment says not to write it (PYTHONDONTWRITEBYTECODE)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def best(command: list[str], times: int = 3, **env: str) -> float:
    """The quickest of a few runs (the least disturbed by the rest of the machine)."""
    return min(run(command, **env) for _ in range(times))


def data() -> Path:
    folder = CACHE / "data"
    if not (folder / "values.csv").exists():
        if not (BENCH / "province.py").exists():
            sys.exit(f"the province generator is missing: {BENCH / 'province.py'}")
        folder.mkdir(parents=True, exist_ok=True)
        generator = [PYTHON, str(BENCH / "province.py"), str(folder)]
        subprocess.run([*generator, "--districts", str(DISTRICTS)], check=True)
    return folder


# the shipped form retires the district level's indicators from 2025 (issue 23): the
# generator still gives them in 2025, and such rows are refused, so they are left out
RETIRED_2025 = ("dialogues_district", "awards_district_collective", "awards_district_individual")


def form_values(folder: Path | None = None) -> Path:
    """The generator's values.csv without the rows the 2025 form refuses (values_form.csv
    beside it): the same file for the program and for its baseline."""
    folder = folder or data()
    target = folder / "values_form.csv"
    if not target.exists():
        with open(folder / "values.csv", encoding="utf-8") as src:
            lines = [
                line
                for line in src
                if not any(line.find(f",2025,{code},") > 0 for code in RETIRED_2025)
            ]
        target.write_text("".join(lines), encoding="utf-8")
    return target


def tree_db() -> Path:
    """A database holding the province's tree and nothing else."""
    path = CACHE / "tree.db"
    if not path.exists():
        subprocess.run(
            cli("--db", str(path), "init", "--orgs", str(data() / "orgs.csv")), check=True
        )
    return path


def full_db() -> Path:
    """The province's tree with its 202,300 values (those of the year's form)."""
    path = CACHE / "full.db"
    if not path.exists():
        fresh_copy(tree_db(), path)
        subprocess.run(
            cli("--db", str(path), "import", str(form_values())),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy of a closed database (its WAL checkpointed by the last close)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    system = f"{platform.system()} {platform.release()}"
    scale = f"{DISTRICTS} districts" + (" (the province)" if DISTRICTS == PROVINCE else "")
    return f"{cpu}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}; {scale}"


def rows(path: Path) -> int:
    """The data rows of a CSV file (its header left out)."""
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


def line(label: str, seconds: float, baseline: float | None = None, target: str = "") -> str:
    text = f"{label:<58} {seconds:7.2f} s"
    if baseline:
        text += f"   {seconds / baseline:5.1f}× the baseline"
    if target:
        text += f"   (target {target})"
    print(text, flush=True)
    return text
