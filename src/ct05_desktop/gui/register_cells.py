"""Many cells of a register's table changed at once, as in Excel: a block copied from
Excel pasted from the selected cell, one value pasted into every selected cell, each
selected column filled down from its top cell (Ctrl+D). Where the cells go, worked out
here; writing them is the workflow's (update_register_cells: all or none)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

Cell = tuple[int, int]  # (row, column) in the table
Change = tuple[int, int, str]  # a cell and the text put into it


def clipboard_block(text: str) -> list[list[str]]:
    """The rows and cells of a block copied from Excel (tab between cells; a cell with a
    line break comes quoted)."""
    text = text.replace("\r\n", "\n").strip("\n")
    if not text:
        return []
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))


def pasted(block: list[list[str]], cells: list[Cell], rows: int, columns: int) -> list[Change]:
    """Where a block goes: one value into every selected cell; else the block from the
    selection's top left cell. [] when it would go past the table's last row or column."""
    if not block or not cells:
        return []
    if len(cells) > 1 and len(block) == 1 and len(block[0]) == 1:
        return [(row, column, block[0][0]) for row, column in cells]
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    if top + len(block) > rows or left + max(len(line) for line in block) > columns:
        return []
    return [
        (top + down, left + across, text)
        for down, line in enumerate(block)
        for across, text in enumerate(line)
    ]


def filled_down(cells: list[Cell], value_at: Callable[[int, int], str]) -> list[Change]:
    """Each selected column's top cell copied into the selected cells below it; a cell
    selected alone takes the one above it (Excel's Ctrl+D)."""
    by_column: dict[int, list[int]] = {}
    for row, column in cells:
        by_column.setdefault(column, []).append(row)
    changes: list[Change] = []
    for column, rows in sorted(by_column.items()):
        rows.sort()
        source, targets = (rows[0] - 1, rows) if len(rows) == 1 else (rows[0], rows[1:])
        if source < 0:
            continue
        value = value_at(source, column)
        changes += [(row, column, value) for row in targets]
    return changes
