"""The command line's register export: `ct05 export --what registers [--register KEY]
[--year YEAR] [--org CODE] --out PATH` (workflows.register_csv). What the files hold is
said on the console, and that some name people, never in the files themselves."""

from __future__ import annotations

import argparse
import sys

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS_BY_KEY
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.register_csv import NAMES_PEOPLE, export_registers
from ct05_desktop.workflows.session import Session


def export(session: Session, args: argparse.Namespace) -> int:
    try:
        written = export_registers(session, args.out, args.register, args.year, args.org)
    except (Refusal, OSError) as exc:
        print(f"Lỗi: {words_for(exc, name=args.out)}", file=sys.stderr)
        return 1
    for key, count in written.items():
        target = args.out if args.register else args.out / f"{key}.csv"
        print(f"Đã xuất {count} dòng sổ '{REGISTERS_BY_KEY[key].label_vi}' ra {target}.")
    people = [REGISTERS_BY_KEY[k].label_vi for k, n in written.items() if n and k in NAMES_PEOPLE]
    if people:
        print(
            "Lưu ý: " + ", ".join(people) + " có họ tên người; chỉ gửi tệp cho nơi được phép.",
            file=sys.stderr,
        )
    return 0
