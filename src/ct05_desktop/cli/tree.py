"""The command line's change of the tree: `ct05 reorganise PLAN.csv --from YEAR
[--dry-run]` (domain.md §2). A plan's changes take effect together from YEAR, are checked
together and written all or nothing, after a backup; --dry-run says what would change,
year by year, and writes nothing. Exit 0 when written (or, with --dry-run, when it would
be), 1 when refused."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import error, say, told
from ct05_desktop.domain.sources import plan_file
from ct05_desktop.workflows.reorganise import change_tree, plan_problems_in_file, read_plan
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "reorganise",
        help="sắp xếp tổ chức theo kế hoạch CSV (action,code,to,name,level) từ một năm",
    )
    p.add_argument("plan", type=Path, metavar="KẾ_HOẠCH.csv")
    p.add_argument(
        "--from",
        dest="from_year",
        required=True,
        metavar="NĂM",
        help="năm các thay đổi bắt đầu có hiệu lực, ví dụ 2025",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="chỉ kiểm tra và cho xem thay đổi, không ghi gì"
    )


def run(session: Session, args: argparse.Namespace) -> int:
    path: Path = args.plan
    changes, problems = read_plan(path)
    if problems:
        _refused(path.name, [str(p) for p in problems])
        return 1
    report = change_tree(session, changes, args.from_year, plan_file(path.name), args.dry_run)
    if not report.ok:
        _refused(path.name, [str(p) for p in plan_problems_in_file(path.name, report)])
        return 1
    year = args.from_year
    if args.dry_run:
        say("plan_checked", file=path.name, count=len(changes), year=year)
    else:
        say("plan_done", file=path.name, year=year, count=report.changed)
        if report.backup is not None:
            say("plan_backup", path=report.backup)
    if report.preview is not None:
        for line in report.preview.lines:
            print(f"  {line.vi}")
    for warning in report.warnings:
        say("warning_line", what=warning.vi)
    for name in report.headers_reset:
        say("header_reset", unit=name)
    return 0


def _refused(name: str, problems: list[str]) -> None:
    error(told("plan_refused", file=name, count=len(problems)))
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


COMMANDS = {"reorganise": run}
