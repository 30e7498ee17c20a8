"""Templates for a district's 50 communes: `ct05 template --org P.D01 --year 2025
--children --out FOLDER` (each commune's workbook: its figures pre-filled, its registers,
its report texts, the hidden signed sheets), against a bare openpyxl process writing the
same cells into the same sheets of the same 50 workbooks (target: at most 2×).

    .venv/bin/python benchmarks/bench_templates.py [--districts 170]
"""

from __future__ import annotations

import json
import shutil

import openpyxl
from bench_report import cells_of
from province_data import CACHE, PYTHON, best, cli, full_db, line, machine

BARE = """
import json, sys
import openpyxl
from openpyxl.styles import Border, PatternFill, Protection, Side
thin = Side(style="thin", color="BFBFBF")
border, unlocked = Border(left=thin, right=thin, top=thin, bottom=thin), Protection(locked=False)
fill = PatternFill("solid", fgColor="FFF9E5")
books = json.load(open(sys.argv[1], encoding="utf-8"))
for name, sheets in books.items():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, cells in sheets.items():
        ws = wb.create_sheet(title)
        for row, column, value in cells:
            if value is None:  # an empty input cell: unlocked, filled and bordered
                cell = ws.cell(row=row, column=column)
                cell.protection, cell.fill, cell.border = unlocked, fill, border
            else:
                ws.cell(row=row, column=column, value=value)
    wb.save(sys.argv[2] + "/" + name)
"""


def input_cells(path: str) -> dict[str, list[tuple[int, int, None]]]:
    """The empty cells a template styles for input (unlocked), per sheet."""
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: [
            (c.row, c.column, None)
            for row in ws.iter_rows()
            for c in row
            if c.value is None and c.has_style and not c.protection.locked
        ]
        for ws in wb.worksheets
    }


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
    # the templates also hold empty input cells, each unlocked, filled and bordered
    for path in sorted(out.glob("*.xlsx")):
        for title, cells in input_cells(str(path)).items():
            books[path.name][title] = books[path.name].get(title, []) + cells
    empty = sum(len(c) for sheets in books.values() for c in sheets.values()) - count
    dump.write_text(json.dumps(books, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(bare_out)
    bare_out.mkdir(parents=True)
    every = best([PYTHON, "-c", BARE, str(dump), str(bare_out)])
    line(f"  the same, and the {empty:,} empty input cells styled", every)
    line("  ct05 template --children against it", ours, every, "≤ 2×")


if __name__ == "__main__":
    main()
