"""The command line's reports as issued: `ct05 report … --final --issued --number N --date
DD/MM/YYYY --out FOLDER` makes the Word report and its appendix into FOLDER under the
window's file names and keeps them as issued; `ct05 issued [--org CODE]` lists the issued
reports, newest first, one tab-separated line each (id, unit code, period, number, date,
figures changed since); `ct05 issued --open ID --out FOLDER` writes one back as it was sent."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import error, note, say, told
from ct05_desktop.domain.registers import format_date_vi
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.issued import issue_report, issued_reports, open_issued
from ct05_desktop.workflows.reports import ReportError
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "issued", help="liệt kê báo cáo đã gửi (và số liệu đã thay đổi từ khi gửi), hoặc mở lại"
    )
    p.add_argument("--org", help="chỉ báo cáo của đơn vị này và các đơn vị trực thuộc")
    p.add_argument("--open", type=int, metavar="MÃ", help="ghi lại các tệp đã gửi của báo cáo")
    p.add_argument("--out", type=Path, help="với --open: thư mục ghi các tệp")


def check_issued(args: argparse.Namespace) -> None:
    """`report --issued` needs --final, --number and --date."""
    if not args.final:
        raise ReportError("issued_needs_final")
    if not args.number.strip() or not args.date:
        raise ReportError("issued_needs_number")


def issue(
    session: Session, args: argparse.Namespace, years: range, org: str, header: ReportHeader
) -> int:
    """`report --issued`: the files into the folder --out, kept as issued."""
    report, paths = issue_report(
        session, years, org, args.out, header, args.allow_empty, source=CLI
    )
    for path in paths:
        say("issued_file", path=path)
    say("issued_kept", id=report, number=header.number, date=f"{header.date:%d/%m/%Y}")
    return 0


def run(session: Session, args: argparse.Namespace) -> int:
    if args.open is not None:
        if args.out is None:
            error(told("open_needs_out"))
            return 1
        for path in open_issued(session, args.open, args.out):
            note("written", path=path)
        return 0
    for item in issued_reports(session, args.org):
        r = item.record
        fields = [r.id, r.org_code, item.period, r.number, format_date_vi(r.issued_on)]
        fields.append(len(item.changes))
        print("\t".join(str(f) for f in fields))
    return 0


COMMANDS = {"issued": run}
