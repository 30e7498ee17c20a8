"""Importing and exporting the CSV files of DOMAIN §9, each file all-or-nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ct05_desktop.domain.messages import reason
from ct05_desktop.domain.orgs import LEVELS, Org
from ct05_desktop.domain.rules import ValueChange
from ct05_desktop.interchange import (
    ORG_COLUMNS,
    ORGS,
    VALUE_COLUMNS,
    CsvFormatError,
    CsvTable,
    FileProblem,
    read_table,
    write_csv,
)
from ct05_desktop.workflows.entry import describe_all, save_values
from ct05_desktop.workflows.session import Session


@dataclass
class FileReport:
    file: str
    kind: str = ""
    problems: list[FileProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: int = 0
    changed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def import_csv(session: Session, path: Path | str) -> FileReport:
    """Import one CSV file; on any problem nothing from it is written."""
    path = Path(path)
    report = FileReport(path.name)
    try:
        table = read_table(path)
    except CsvFormatError as exc:
        report.problems.append(exc.problem)
        return report
    except OSError as exc:
        report.problems.append(
            FileProblem(path.name, None, None, None, f"không đọc được tệp ({exc.strerror})")
        )
        return report
    report.kind, report.rows = table.kind, len(table.rows)
    if table.kind == ORGS:
        _import_orgs(session, table, report)
    else:
        _import_values(session, table, report)
    return report


def _import_values(session: Session, table: CsvTable, report: FileReport) -> None:
    name = table.path.name
    changes: list[ValueChange] = []
    comments: dict[tuple[str, int, str], str | None] = {}
    seen: dict[tuple[str, int, str], int] = {}
    for line, row in table.rows:
        if not row["year"].isdigit():
            report.problems.append(
                FileProblem(name, line, "year", row["year"], "năm phải là số nguyên, ví dụ 2019")
            )
            continue
        key = (row["org_code"], int(row["year"]), row["indicator"])
        if key in seen:
            report.problems.append(
                FileProblem(
                    name,
                    line,
                    "indicator",
                    row["indicator"],
                    f"trùng với dòng {seen[key]} (cùng đơn vị, năm và chỉ tiêu)",
                )
            )
            continue
        seen[key] = line
        if row["value"] != "":
            changes.append(ValueChange(*key, raw=row["value"], ref=line))
        if row.get("comment"):
            comments[key] = row["comment"]
    if report.problems:
        return
    result = save_values(session, changes, f"csv:{name}", comments)
    for issue in result.errors:
        column = {
            "unknown_org": "org_code",
            "unknown_indicator": "indicator",
            "bad_year": "year",
            "org_not_in_year": "year",
            "year_locked": "year",
            "unit_approved": "org_code",
        }.get(issue.code, "value")
        shown = {
            "org_code": issue.org_code,
            "year": str(issue.year),
            "indicator": issue.indicator,
        }.get(column, issue.value)
        ref = issue.ref if isinstance(issue.ref, int) else None
        report.problems.append(
            FileProblem(
                name, ref, column, str(shown), reason(issue, session.catalogue, with_value=False)
            )
        )
    report.changed = result.changed
    report.warnings = describe_all(session, result.warnings)


def _year(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _import_orgs(session: Session, table: CsvTable, report: FileReport) -> None:
    name = table.path.name
    known = {o.code for o in session.tree()}
    in_file: dict[str, int] = {}
    orgs: list[Org] = []
    for line, row in table.rows:

        def bad(column: str, why: str, row: dict[str, str] = row, line: int = line) -> None:
            report.problems.append(FileProblem(name, line, column, row.get(column, ""), why))

        code, parent = row["code"], row["parent_code"] or None
        if not code:
            bad("code", "mã đơn vị không được để trống")
        elif code in in_file:
            bad("code", f"mã trùng với dòng {in_file[code]}")
        if not row["name"]:
            bad("name", "tên đơn vị không được để trống")
        if row["level"] not in LEVELS:
            bad("level", "cấp phải là một trong: " + ", ".join(LEVELS))
        years = {}
        for column in ("valid_from", "valid_to"):
            years[column] = _year(row[column])
            if row[column] and years[column] is None:
                bad(column, "năm phải là số nguyên, ví dụ 2025")
        if years["valid_from"] and years["valid_to"] and years["valid_from"] > years["valid_to"]:
            bad("valid_to", "năm kết thúc trước năm bắt đầu")
        if parent is not None and parent not in known and parent not in in_file:
            bad("parent_code", "đơn vị cấp trên chưa có (phải đứng ở dòng trên hoặc có sẵn)")
        if parent == code and code:
            bad("parent_code", "đơn vị không thể là cấp trên của chính nó")
        in_file.setdefault(code, line)
        orgs.append(
            Org(
                code,
                row["name"],
                row["level"],
                parent,
                years["valid_from"],
                years["valid_to"],
                row.get("successor_code") or None,
            )
        )
    for line, row in table.rows:
        successor = row.get("successor_code")
        if successor and successor not in known and successor not in in_file:
            report.problems.append(
                FileProblem(name, line, "successor_code", successor, "đơn vị kế thừa chưa có")
            )
    if not report.problems:
        report.changed = session.repo.upsert_orgs(orgs, f"csv:{name}")


def export_csv(session: Session, what: str, out: Path | str, year: int | None = None) -> int:
    """Write organisations or values in the import format; returns the number of rows."""
    tree = session.tree()
    if what == ORGS:
        rows = [
            (o.code, o.name, o.level, o.parent_code, o.valid_from, o.valid_to) for o in tree.walk()
        ]
        return write_csv(out, ORG_COLUMNS, rows, bom=True)
    order = {o.code: n for n, o in enumerate(tree.walk())}
    position = {code: n for n, code in enumerate(session.catalogue.codes)}
    values = session.repo.entered_values(None if year is None else [year])
    keys = sorted(values, key=lambda k: (k[1], order.get(k[0], len(order)), position[k[2]]))
    return write_csv(out, VALUE_COLUMNS, [(*k, values[k]) for k in keys])
