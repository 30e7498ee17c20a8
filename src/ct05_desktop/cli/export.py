"""The command line's exports: `ct05 export --what orgs|values|form|registers --out PATH
[--year YEAR]`; registers also take `[--register KEY] [--org CODE]` (workflows.register_csv):
what the files hold is said on the console, and that some name people, never in the
files themselves (domain.md §9)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import error, note, say, told
from ct05_desktop.domain.registers import REGISTERS, REGISTERS_BY_KEY
from ct05_desktop.workflows.csv_transfer import export_csv
from ct05_desktop.workflows.form_transfer import export_form, form_summary
from ct05_desktop.workflows.register_csv import NAMES_PEOPLE, export_registers
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser("export", help="xuất tổ chức, số liệu, biểu mẫu báo cáo hoặc các sổ ra CSV")
    p.add_argument("--what", choices=("orgs", "values", "form", "registers"), required=True)
    p.add_argument("--year", help="chỉ số liệu của năm này; với --what form: bắt buộc")
    p.add_argument(
        "--register",
        choices=[spec.key for spec in REGISTERS],
        help="với --what registers: chỉ sổ này (--out là tệp); không có: mỗi sổ một tệp "
        "KEY.csv trong thư mục --out",
    )
    p.add_argument("--org", help="với --what registers: đơn vị và các đơn vị trực thuộc")
    p.add_argument("--out", type=Path, required=True)


def export(session: Session, args: argparse.Namespace) -> int:
    if args.what == "form":
        return _form(session, args)
    if args.what == "registers":
        return _registers(session, args)
    count = export_csv(session, args.what, args.out, args.year)
    say("exported", count=count, path=args.out)
    return 0


def _form(session: Session, args: argparse.Namespace) -> int:
    """The form of --year, and the years it holds for."""
    if args.year is None:
        error(told("form_needs_year"))
        return 1
    export_form(session, args.year, args.out)
    say("form_exported", form=form_summary(session, args.year).vi.lower(), path=args.out)
    return 0


def _registers(session: Session, args: argparse.Namespace) -> int:
    written = export_registers(session, args.out, args.register, args.year, args.org)
    for key, count in written.items():
        target = args.out if args.register else args.out / f"{key}.csv"
        say("register_exported", count=count, register=REGISTERS_BY_KEY[key].label_vi, path=target)
    people = [REGISTERS_BY_KEY[k].label_vi for k, n in written.items() if n and k in NAMES_PEOPLE]
    if people:
        note("names_people", registers=", ".join(people))
    return 0


COMMANDS = {"export": export}
