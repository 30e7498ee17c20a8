"""The registers as CSV files (domain.md §5): `ct05 export --what registers [--register KEY]
[--year YEAR] [--org CODE] --out PATH` writes a register's rows (every register's, a file
each, into the folder PATH without --register); `ct05 import F.csv` reads one back, known
by its header. Each row carries its id: a row with an id is that row (changed only where
it differs), a row without one is new, so that a re-import of an export changes nothing.
A file is read whole and written all or nothing, with the window's checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ct05_desktop.domain.checks.figure_rules import check_year, unit_year_problem
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import told_reason
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.registers import (
    REGISTERS,
    REGISTERS_BY_KEY,
    RegisterSpec,
    format_date_vi,
    row_name,
    shown_text,
)
from ct05_desktop.domain.sources import Source
from ct05_desktop.files.interchange import (
    REGISTER_PREFIX,
    CsvTable,
    FileReport,
    register_columns,
    write_csv,
)
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.register_entry import parse_register_row
from ct05_desktop.workflows.session import Session

# registers whose rows name people: an export of them is said to hold personal data
NAMES_PEOPLE = ("exemplars", "award_decisions", "commitments")


def export_registers(
    session: Session,
    out: Path | str,
    register: str | None = None,
    year: int | None = None,
    org: str | None = None,
) -> dict[str, int]:
    """Write one register (out: a file) or every register (out: a folder, KEY.csv each);
    returns the rows written by register. org: the unit and its units in each year's tree."""
    if year is not None:
        check_year(year)
    tree = session.tree()
    if org is not None and org not in tree:
        raise Refusal("unknown_unit", org=org)
    specs = [REGISTERS_BY_KEY[register]] if register else list(REGISTERS)
    written: dict[str, int] = {}
    with session.reading():
        for spec in specs:
            rows = session.registers.rows(spec.key, year=year)
            if org is not None:
                years = {r["year"] for r in rows}
                under = {y: _units_under(tree, org, y) for y in years}
                rows = [r for r in rows if r["org_code"] in under[r["year"]]]
            target = Path(out) if register else Path(out) / f"{spec.key}.csv"
            written[spec.key] = write_csv(
                target, register_columns(spec), [_as_text(spec, r) for r in rows], bom=True
            )
    return written


def _units_under(tree: OrgTree, org: str, year: int) -> set[str]:
    """The unit and its units in year's tree (none in a year it did not exist)."""
    return {o.code for o in tree.subtree(org, year)} if tree[org].exists_in(year) else set()


def _as_text(spec: RegisterSpec, row: dict[str, Any]) -> list[object]:
    """A row as the window shows it: a choice by its label, a date d/m/y."""
    out: list[object] = [row["id"], row["org_code"], row["year"]]
    for fld in spec.fields:
        value = row.get(fld.name)
        if fld.kind == "choice":
            value = fld.label_of(value) if value else ""
        elif fld.kind == "date":
            value = format_date_vi(value)
        out.append("" if value is None else value)
    return out


def import_registers(
    session: Session, table: CsvTable, report: FileReport, source: Source, dry_run: bool
) -> None:
    """A register's file: every row checked (its fields, its unit and year open, its id
    that register's row of the same unit and year), then all written or nothing."""
    spec = REGISTERS_BY_KEY[table.kind.removeprefix(REGISTER_PREFIX)]
    name = table.path.name
    parsed: list[tuple[int, int | None, str, int, dict[str, Any]]] = []
    for line, row in table.rows:
        try:
            year = check_year(int(row["year"].strip()))
        except (ValueError, Refusal):
            why = Refusal("not_a_year", text=row["year"])
            report.problems.append(FileProblem(name, line, "year", row["year"], why))
            continue
        given = row.get("id", "").strip()
        if given and not (given.isascii() and given.isdigit()):
            why = Refusal("register_id_bad", text=given)
            report.problems.append(FileProblem(name, line, "id", given, why))
            continue
        try:
            values = parse_register_row(spec.key, row, year=year)
        except InputRefused as exc:
            report.problems += [FileProblem(name, line, None, None, r) for r in exc.reasons]
            continue
        org = row["org_code"].strip()
        parsed.append((line, int(given) if given else None, org, year, values))
    report.rows = len(table.rows)
    if report.problems:
        return
    with session.writing():
        ctx = session.write_context()
        stored = session.registers.by_ids(spec.key, [i for _, i, _, _, _ in parsed if i])
        for line, ident, org, year, _ in parsed:
            problem = unit_year_problem(org, year, ctx)
            if problem is not None:  # no such unit, not that year, locked, approved
                why = told_reason(problem, session.catalogue, with_value=False)
                report.problems.append(FileProblem(name, line, "org_code", org, why))
            elif ident is not None and ident not in stored:
                why = Refusal("register_id_unknown", id=ident)
                report.problems.append(FileProblem(name, line, "id", str(ident), why))
            elif ident is not None and (
                stored[ident]["org_code"],
                stored[ident]["year"],
            ) != (org, year):
                why = Refusal("register_id_elsewhere", id=ident)
                report.problems.append(FileProblem(name, line, "id", str(ident), why))
        if report.problems:
            return
        added = [(org, year, values) for _, ident, org, year, values in parsed if ident is None]
        changed = [
            (ident, values)
            for _, ident, _, _, values in parsed
            if ident is not None and any(stored[ident].get(k) != v for k, v in values.items())
        ]
        report.changed = len(added) + len(changed)
        report.affected = _what_changes(spec, added, [stored[i] | v for i, v in changed])
        if dry_run:
            return
        session.registers.insert_many(spec.key, added, source)
        for row_id, values in changed:
            session.registers.update(spec.key, row_id, values, source)


def _what_changes(
    spec: RegisterSpec,
    added: list[tuple[str, int, dict[str, Any]]],
    changed: list[dict[str, Any]],
) -> list[Phrase]:
    """A register file's changes in words: how many rows it adds, and the rows it changes
    (the first ten by name, then a count)."""
    lines = []
    if added:
        lines.append(Phrase(f"Thêm {len(added)} dòng", f"{len(added)} rows added"))
    for row in changed[:SHOWN_CHANGED]:
        name = row_name(spec, row) or shown_text(spec, row)
        lines.append(Phrase(f"Sửa dòng {row['id']} ({name})", f"Row {row['id']} changed ({name})"))
    if len(changed) > SHOWN_CHANGED:
        rest = len(changed) - SHOWN_CHANGED
        lines.append(Phrase(f"… và {rest} dòng sửa khác", f"… and {rest} more rows changed"))
    return lines


SHOWN_CHANGED = 10
