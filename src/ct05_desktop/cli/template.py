"""The command line's unit templates: `ct05 template --org CODE --year YEAR --out FILE`
(or `--children --out FOLDER`: one file for each unit directly under it) (domain.md §9)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import say
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser("template", help="xuất mẫu Excel để đơn vị điền số liệu")
    p.add_argument("--org", required=True, help="mã đơn vị")
    p.add_argument("--year", required=True, help="năm của mẫu, ví dụ 2019")
    p.add_argument(
        "--children",
        action="store_true",
        help="mỗi đơn vị trực thuộc một tệp, ghi vào thư mục --out",
    )
    p.add_argument("--out", type=Path, required=True)


def template(session: Session, args: argparse.Namespace) -> int:
    from ct05_desktop.workflows.templates.unit_files import write_unit_templates  # openpyxl: late

    for path in write_unit_templates(session, args.org, args.year, args.out, args.children):
        say("template_done", path=path)
    return 0


COMMANDS = {"template": template}
