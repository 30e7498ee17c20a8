"""How long does a report take? The demo tree (2017–2019) and, when built by
bench_province.py, the province-sized database. Prints seconds; asserts nothing.

    .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database, load_demo


def timed(label: str, session: Session, years: str, out: Path, org: str | None = None) -> None:
    start = time.perf_counter()
    build_report(session, parse_years(years), out, org)
    print(f"{label:<45} {time.perf_counter() - start:6.3f} s")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    with Session(folder / "demo.db") as demo:
        init_database(demo)
        load_demo(demo)
        for _ in range(3):
            timed("demo tree, 2017-2019, Word (.docx)", demo, "2017-2019", folder / "demo.docx")
        for _ in range(3):
            timed("demo tree, 2017-2019, Excel (.xlsx)", demo, "2017-2019", folder / "demo.xlsx")
        timed("demo tree, 2019, Word", demo, "2019", folder / "demo2019.docx")
        timed("demo tree, 2019, Excel", demo, "2019", folder / "demo2019.xlsx")
        timed("a commune with its cells, 2019, Word", demo, "2019", folder / "cm.docx", "SL.MS.CM")
    big = Path(tempfile.gettempdir()) / "ct05-bench-province.db"
    if big.exists():
        with Session(big) as province:
            timed("province (5,000 units), 2016-2025", province, "2016-2025", folder / "p.xlsx")
            timed("province (5,000 units), 2025, Word", province, "2025", folder / "p.docx")
            timed("one district of it, 2025", province, "2025", folder / "d.xlsx", "P.7")


if __name__ == "__main__":
    main()
