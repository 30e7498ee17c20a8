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

from ct05_desktop.domain.sources import plan_file
from ct05_desktop.workflows.reorganise import change_tree, plan_problems_in_file, read_plan
from ct05_desktop.workflows.session import Session

COMMANDS = ("reorganise",)


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
        print(f"{path.name}: {len(changes)} thay đổi từ năm {year}, kiểm tra đạt (chưa ghi gì).")
    else:
        print(f"{path.name}: đã sắp xếp tổ chức từ năm {year}: {report.changed} đơn vị thay đổi.")
        if report.backup is not None:
            print(f"  Trạng thái trước khi thay đổi có trong bản sao lưu {report.backup}")
    if report.preview is not None:
        for line in report.preview.lines:
            print(f"  {line.vi}")
    for warning in report.warnings:
        print(f"  Cảnh báo: {warning.vi}")
    for name in report.headers_reset:
        print(
            f"  Phần đầu báo cáo của {name}: dòng cơ quan cấp trên và nơi nhận nay theo đơn vị "
            "cấp trên của năm báo cáo (giá trị đã sửa trước đây được bỏ)."
        )
    return 0


def _refused(name: str, problems: list[str]) -> None:
    print(f"Lỗi: {name}: không ghi gì vì có {len(problems)} lỗi:", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
