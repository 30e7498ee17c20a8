"""The province's report for 2025, against a bare openpyxl process writing the same cells
into the same sheets (target: at most 2×); the Word report and a ten-year range too; and
the demo's final Word report made in-process (target: at most 0.5 s).

    .venv/bin/python benchmarks/bench_report.py [--districts 170]
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import openpyxl
from province_data import CACHE, PYTHON, best, cli, full_db, line, machine

BARE = """
import json, sys
import openpyxl
sheets = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.Workbook()
wb.remove(wb.active)
for title, cells in sheets.items():
    ws = wb.create_sheet(title)
    for row, column, value in cells:
        ws.cell(row=row, column=column, value=value)
wb.save(sys.argv[2])
"""


def cells_of(path: str) -> dict[str, list[tuple[int, int, object]]]:
    """Every cell with a value, per sheet, as the report wrote it (formulas as text)."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = [
            (c.row, c.column, c.value if isinstance(c.value, int | float | str) else str(c.value))
            for row in ws.iter_rows()
            for c in row
            if c.value is not None
        ]
    return out


def main() -> None:
    print(machine())
    db = str(full_db())
    xlsx, docx = CACHE / "report.xlsx", CACHE / "report.docx"
    ours = best(cli("--db", db, "report", "--year", "2025", "--out", str(xlsx)))
    sheets = cells_of(str(xlsx))
    checks = xlsx.with_name(f"{xlsx.stem}_KiemTra.xlsx")  # beside it when too many to hold
    if checks.exists() and checks.stat().st_mtime >= xlsx.stat().st_mtime - 60:
        sheets.update({f"KiemTra {t}": c for t, c in cells_of(str(checks)).items()})
    count = sum(len(c) for c in sheets.values())
    dump = CACHE / "report_cells.json"
    dump.write_text(json.dumps(sheets, ensure_ascii=False), encoding="utf-8")
    bare = best([PYTHON, "-c", BARE, str(dump), str(CACHE / "bare.xlsx")])
    line(f"bare openpyxl writing the same {count:,} cells (baseline)", bare)
    line("ct05 report --year 2025 (Excel appendix and any check list)", ours, bare, "≤ 2×")
    word = best(cli("--db", db, "report", "--year", "2025", "--out", str(docx)))
    line("ct05 report --year 2025 (Word report)", word)
    years = best(cli("--db", db, "report", "--years", "2016-2025", "--out", str(xlsx)), times=1)
    line("ct05 report --years 2016-2025 (Excel appendix)", years)
    line("the demo's final Word report, in-process", demo_final_word(), target="≤ 0.5 s")


def demo_final_word() -> float:
    """The demo province's final 2019 Word report, gathered and written in this process
    (the database opened once before), best of five."""
    from ct05_desktop.workflows.report_files import build_report
    from ct05_desktop.workflows.reports import parse_years
    from ct05_desktop.workflows.session import Session
    from ct05_desktop.workflows.setup import init_database, load_demo

    with tempfile.TemporaryDirectory() as folder, Session(Path(folder) / "demo.db") as session:
        init_database(session)
        load_demo(session)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            build_report(
                session, parse_years("2019"), Path(folder) / "f.docx", final=True, allow_empty=True
            )
            times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    main()
