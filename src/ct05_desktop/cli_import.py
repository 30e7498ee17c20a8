"""The command line's imports: CSV files (organisations, figures) and filled Excel
templates, each file whole or not at all, a backup before the first change; a refused
file's problems (the first 30 and a count), the changes, the warnings."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.messages import SHOWN_WARNINGS
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.input_file import read_regular_file
from ct05_desktop.interchange import FORM, ORGS, REGISTER_PREFIX, FileReport
from ct05_desktop.workflows.backups import IMPORT, backup_before
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.session import Session


def run(
    session: Session,
    files: Sequence[Path],
    dry_run: bool = False,
    rewrite: bool = False,
    older: bool = False,
    from_year: int | None = None,
) -> int:
    failed = 0
    if not dry_run:
        backup_before(session, IMPORT)
    for path in files:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls") or _is_zip(path):
            failed += not _import_template(session, path, dry_run, older)
            continue
        report = import_csv(
            session, path, rewrite_history=rewrite, dry_run=dry_run, from_year=from_year
        )
        if report.ok and report.kind != ORGS and rewrite:
            print(f"Lỗi: {path.name}: --rewrite-history chỉ dùng cho tệp tổ chức.", file=sys.stderr)
            failed += 1
            continue
        if report.ok and report.kind == FORM:
            for line in report.affected:
                print(line.vi)
            if dry_run:
                print(f"{path.name}: chỉ xem trước, chưa ghi gì.")
            continue
        previewed = report.kind == ORGS or report.kind.startswith(REGISTER_PREFIX)
        if report.ok and not previewed and dry_run:
            print(f"{path.name}: --dry-run chỉ dùng cho tệp tổ chức, tệp sổ và mẫu Excel; bỏ qua.")
            continue
        if not report.ok:
            failed += 1
            _print_problems(report)
            continue
        state = "sẽ thay đổi khi nhập thật" if dry_run else "thay đổi"
        print(f"{report.file}: {report.rows} dòng, {report.changed} {state}.")
        for line in report.affected:
            print(f"  {line.vi}")
        _print_warnings(report)
    return 1 if failed else 0


def _print_problems(report: FileReport) -> None:
    """A file refused whole: said as an error ('Lỗi:'), then each of its problems."""
    count = vi_format.number(report.problem_count)
    print(f"Lỗi: {report.file}: không nhập gì vì có {count} lỗi:", file=sys.stderr)
    for problem in report.problems[:SHOWN_WARNINGS]:  # as the window: the first, then a count
        print(f"  {problem}", file=sys.stderr)
    if report.problem_count > SHOWN_WARNINGS:
        rest = vi_format.number(report.problem_count - SHOWN_WARNINGS)
        print(
            f"  … và {rest} lỗi khác (sửa các lỗi trên rồi nhập lại để xem tiếp).", file=sys.stderr
        )


def _print_warnings(report: FileReport) -> None:
    for warning in report.warnings[:SHOWN_WARNINGS]:
        print(f"  Cảnh báo: {warning.in_('vi')}")
    if report.warning_count > SHOWN_WARNINGS:
        rest = vi_format.number(report.warning_count - SHOWN_WARNINGS)
        print(f"  … và {rest} cảnh báo khác (Phụ lục của báo cáo liệt kê đủ).")


def _is_zip(path: Path) -> bool:
    """An Excel file whatever its name; a pipe or a device is not opened to find out
    (it could wait for ever), and its import then says what it is."""
    try:
        return read_regular_file(path, 2) == b"PK"
    except (OSError, Refusal):
        return False


def _import_template(session: Session, path: Path, dry_run: bool, older: bool) -> bool:
    from ct05_desktop.workflows.templates import import_template  # openpyxl: late

    report = import_template(session, path, dry_run, older)
    if report.problems:
        _print_problems(report)
        return False
    state = "sẽ lưu khi nhập thật" if dry_run else "đã lưu"
    print(
        f"{report.file} ({report.of}): {len(report.new)} số liệu mới, "
        f"{len(report.updated)} thay đổi, {report.unchanged} không đổi; "
        f"thêm {len(report.rows_added)} dòng sổ, sửa {len(report.rows_changed)} dòng ({state})."
    )
    for line in report.new:
        print(f"  + {line}")
    for line in report.updated:
        print(f"  ~ {line}")
    for line in report.rows_added:
        print(f"  + dòng sổ: {line}")
    for line in report.rows_changed:
        print(f"  ~ dòng sổ: {line}")
    for line in report.texts:
        print(f"  ✎ {line}")
    _print_warnings(report)
    return True
