"""Templates for a district's 50 communes: `ct05 template --org P.D01 --year 2025
--children --out FOLDER` (each commune's workbook: its figures pre-filled, its registers,
its report texts, the hidden signed sheets), against a bare openpyxl process writing the
same cells into the same sheets of the same 50 workbooks (target: at most 2×).

    .venv/bin/python benchmarks/bench_templates.py [--districts 170]
"""

from __future__ import annotations

import json
import shutil

from bench_report import cells_of
from province_data import CACHE, PYTHON, best, cli, full_db, line, machine

BARE = """
import json, sys
import openpyxl
books = json.load(open(sys.argv[1], encoding="utf-8"))
for name, sheets in books.items():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, cells in sheets.items():
        ws = wb.create_sheet(title)
        for row, column, value in cells:
            ws.cell(row=row, column=column, value=value)
    wb.save(sys.argv[2] + "/" + name)
"""


def main() -> None:
    print(machine())
    db = str(full_db())
    out, bare_out = CACHE / "templates", CACHE / "templates-bare"
    for folder in (out, bare_out):
        shutil.rmtree(folder, ignore_errors=True)
    command = cli("--db", db, "template", "--org", "P.D01", "--year", "2025", "--children")
    ours = best([*command, "--out", str(out)])
    books = {path.name: cells_of(str(path)) for path in sorted(out.glob("*.xlsx"))}
    count = sum(len(c) for sheets in books.values() for c in sheets.values())
    dump = CACHE / "template_cells.json"
    dump.write_text(json.dumps(books, ensure_ascii=False), encoding="utf-8")
    bare_out.mkdir(parents=True, exist_ok=True)
    bare = best([PYTHON, "-c", BARE, str(dump), str(bare_out)])
    line(f"bare openpyxl writing the same {count:,} cells in {len(books)} books", bare)
    line(f"ct05 template --children ({len(books)} communes' templates)", ours, bare, "≤ 2×")


if __name__ == "__main__":
    main()
