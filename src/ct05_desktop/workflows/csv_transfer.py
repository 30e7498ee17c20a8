"""Importing and exporting the CSV files of domain.md §9, each file all-or-nothing."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.domain.checks.figure_rules import check_year
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import Source, csv_file
from ct05_desktop.files.csv_stream import CsvStream
from ct05_desktop.files.interchange import (
    FORM,
    ORG_COLUMNS,
    ORGS,
    PLAN,
    REGISTER_PREFIX,
    VALUE_COLUMNS,
    VALUE_OPTIONAL,
    VALUES,
    CsvFormatError,
    CsvTable,
    FileReport,
    FirstProblems,
    write_csv,
)
from ct05_desktop.storage.value_staging import StagingFault
from ct05_desktop.workflows.csv_values import Fraction, import_values
from ct05_desktop.workflows.faults import A_FILE, fault
from ct05_desktop.workflows.form_transfer import import_form
from ct05_desktop.workflows.org_import import import_orgs
from ct05_desktop.workflows.register_csv import import_registers
from ct05_desktop.workflows.session import Session


def _unwatched(done: float) -> None:
    """Progress told to nobody."""


def import_csv(
    session: Session,
    path: Path | str,
    source: Source | None = None,
    rewrite_history: bool = False,
    dry_run: bool = False,
    progress: Fraction = _unwatched,
    from_year: int | None = None,
) -> FileReport:
    """Import one CSV file; on any problem nothing from it is written. source: how the
    change log names where the figures came from (the file, when None). An organisation
    file may change earlier years' tree only with rewrite_history; dry_run (organisation
    files): check and tell what would change, write nothing. progress: told how much of
    the file is done (a figures file: it may raise Cancelled, and nothing is written).
    from_year: a form file's first year (refused without it)."""
    path = Path(path)
    report = FileReport(path.name)
    problems = FirstProblems()
    try:
        with CsvStream(path, problems.add) as stream:
            report.kind = stream.kind
            if stream.kind == VALUES:
                if not (dry_run or rewrite_history):  # neither previewed nor a tree
                    named = source or csv_file(path.name)
                    import_values(session, stream, report, problems, named, progress)
                return report
            table = CsvTable(stream.path, stream.kind, list(stream.rows()))
    except CsvFormatError as exc:
        report.problems, report.unkept_problems = [exc.problem], 0
        return report
    except OSError as exc:
        # the temporary folder a large file is read onto, or the file itself
        where = exc.filename if isinstance(exc, StagingFault) else A_FILE
        told = fault(exc, where) or Refusal("file_unreadable", detail=exc.strerror)
        report.problems = [FileProblem(path.name, None, None, None, told)]
        return report
    report.rows = len(table.rows)
    if problems.count:  # rows refused as they were read: nothing of the file is written
        problems.into(report)
        return report
    if table.kind == PLAN:
        why = Refusal("plan_file_for_reorganise")
        report.problems.append(FileProblem(path.name, 1, None, None, why))
    elif table.kind.startswith(REGISTER_PREFIX):
        import_registers(session, table, report, source or csv_file(path.name), dry_run)
    elif table.kind == FORM:
        named = source or csv_file(path.name)
        import_form(session, table, report, from_year, named, dry_run)
    else:
        import_orgs(session, table, report, source, rewrite_history, dry_run)
    return report


def export_csv(session: Session, what: str, out: Path | str, year: int | None = None) -> int:
    """Write organisations or values in the import format; returns the number of rows."""
    if year is not None:
        check_year(year)
    tree = session.tree()
    if what == ORGS:
        return write_csv(out, *org_rows(tree), bom=True)
    order = {o.code: n for n, o in enumerate(tree.in_order())}
    position = {code: n for n, code in enumerate(session.catalogue.codes)}
    records = session.repo.export_rows(year)
    records.sort(key=lambda r: (r[1], order.get(r[0], len(order)), position[r[2]]))
    if any(r[4] for r in records):  # comments are data too: then the optional column
        return write_csv(out, VALUE_COLUMNS + VALUE_OPTIONAL, records, bom=True)
    return write_csv(out, VALUE_COLUMNS, [r[:4] for r in records])


def org_rows(tree: OrgTree) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """The organisation file of the tree: a row per unit and period of its name and parent
    (period_from blank for its first), successor_code and period_from only when used."""
    orgs = tree.in_order()
    columns: tuple[str, ...] = ORG_COLUMNS
    if any(o.successor_code for o in orgs):
        columns += ("successor_code",)
    periods = any(o.periods for o in orgs)
    rows = []
    for o in orgs:
        for period in o.all_periods():
            row: tuple[object, ...] = (
                o.code,
                period.name,
                o.level,
                period.parent_code,
                o.valid_from,
                o.valid_to,
            )
            if "successor_code" in columns:
                row += (o.successor_code,)
            if periods:
                row += (period.start or None,)
            rows.append(row)
    return columns + (("period_from",) if periods else ()), rows
