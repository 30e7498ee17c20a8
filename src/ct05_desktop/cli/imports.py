"""The command line's imports: CSV files (organisations, figures) and filled Excel
templates, each file whole or not at all, a backup before the first change; a refused
file's problems (the first 30 and a count), the changes, the warnings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import error, say, told
from ct05_desktop.domain import vi_format
from ct05_desktop.domain.messages import SHOWN_WARNINGS
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.files.input_file import read_regular_file
from ct05_desktop.files.interchange import FORM, ORGS, REGISTER_PREFIX, FileReport
from ct05_desktop.workflows.backups import IMPORT, backup_before
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "import", help="nhập tệp CSV hoặc mẫu Excel đã điền (mỗi tệp: tất cả hoặc không)"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="TỆP")
    p.add_argument(
        "--dry-run", action="store_true", help="chỉ kiểm tra và cho xem thay đổi, không ghi gì"
    )
    p.add_argument(
        "--rewrite-history",
        action="store_true",
        help="tệp tổ chức: cho phép sửa cây tổ chức của các năm đã qua (xem trước bằng --dry-run)",
    )
    p.add_argument(
        "--from",
        dest="from_year",
        metavar="NĂM",
        help="tệp biểu mẫu báo cáo: biểu mẫu áp dụng từ năm này",
    )
    p.add_argument(
        "--accept-older",
        action="store_true",
        help="mẫu Excel: vẫn nhập số liệu của mẫu xuất trước khi số liệu được sửa",
    )


def run(session: Session, args: argparse.Namespace) -> int:
    """Each file whole or not at all; exit 1 when any was refused."""
    dry_run, rewrite, older = args.dry_run, args.rewrite_history, args.accept_older
    failed = 0
    if not dry_run:
        backup_before(session, IMPORT)
    for path in args.files:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls") or _is_zip(path):
            failed += not _import_template(session, path, dry_run, older)
            continue
        report = import_csv(
            session, path, rewrite_history=rewrite, dry_run=dry_run, from_year=args.from_year
        )
        if report.ok and report.kind != ORGS and rewrite:
            error(told("rewrite_orgs_only", file=path.name))
            failed += 1
            continue
        if report.ok and report.kind == FORM:
            for line in report.affected:
                print(line.vi)
            if dry_run:
                say("previewed_only", file=path.name)
            continue
        previewed = report.kind == ORGS or report.kind.startswith(REGISTER_PREFIX)
        if report.ok and not previewed and dry_run:
            say("dry_run_skipped", file=path.name)
            continue
        if not report.ok:
            failed += 1
            _print_problems(report)
            continue
        done = "would_import" if dry_run else "imported"
        say(done, file=report.file, rows=report.rows, changed=report.changed)
        for line in report.affected:
            print(f"  {line.vi}")
        _print_warnings(report)
    return 1 if failed else 0


def _print_problems(report: FileReport) -> None:
    """A file refused whole: said as an error ('Lỗi:'), then each of its problems."""
    count = vi_format.number(report.problem_count)
    error(told("file_refused", file=report.file, count=count))
    for problem in report.problems[:SHOWN_WARNINGS]:  # as the window: the first, then a count
        print(f"  {problem}", file=sys.stderr)
    if report.problem_count > SHOWN_WARNINGS:
        rest = vi_format.number(report.problem_count - SHOWN_WARNINGS)
        print(told("more_problems", count=rest), file=sys.stderr)


def _print_warnings(report: FileReport) -> None:
    for warning in report.warnings[:SHOWN_WARNINGS]:
        say("warning_line", what=warning.in_("vi"))
    if report.warning_count > SHOWN_WARNINGS:
        rest = vi_format.number(report.warning_count - SHOWN_WARNINGS)
        say("more_warnings", count=rest)


def _is_zip(path: Path) -> bool:
    """An Excel file whatever its name; a pipe or a device is not opened to find out
    (it could wait for ever), and its import then says what it is."""
    try:
        return read_regular_file(path, 2) == b"PK"
    except (OSError, Refusal):
        return False


def _import_template(session: Session, path: Path, dry_run: bool, older: bool) -> bool:
    from ct05_desktop.workflows.templates.unit_files import import_template  # openpyxl: late

    report = import_template(session, path, dry_run, older)
    if report.problems:
        _print_problems(report)
        return False
    say(
        "template_previewed" if dry_run else "template_imported",
        file=report.file,
        unit=report.of,
        new=len(report.new),
        updated=len(report.updated),
        unchanged=report.unchanged,
        rows_added=len(report.rows_added),
        rows_changed=len(report.rows_changed),
    )
    for line in report.new:
        print(f"  + {line}")
    for line in report.updated:
        print(f"  ~ {line}")
    for line in report.rows_added:
        say("row_added", row=line)
    for line in report.rows_changed:
        say("row_changed", row=line)
    for line in report.texts:
        print(f"  ✎ {line}")
    _print_warnings(report)
    return True


COMMANDS = {"import": run}
