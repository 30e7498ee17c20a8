"""The command line's report and its header: `ct05 report (--year YEAR | --years A-B)
[--org CODE] --out FILE.docx|FILE.xlsx [--final] …` makes the Word report or its Excel
appendix; `ct05 header --org CODE [--reset] [options]` shows or edits a unit's header,
signature and recipients (domain.md §7)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli import issued
from ct05_desktop.cli.words import say, told
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.reports import (
    ReportError,
    default_unit_header,
    parse_date,
    report_unit,
    save_unit_header,
    unit_header,
)
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="lập báo cáo: tệp .docx là Báo cáo (Word), tệp .xlsx là Phụ lục (Excel)",
    )
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", help="năm báo cáo, ví dụ 2019")
    when.add_argument("--years", help="khoảng năm, ví dụ 2017-2019")
    p.add_argument("--org", help="mã đơn vị (mặc định: cấp cao nhất của cây tổ chức)")
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help="tệp .docx hoặc .xlsx sẽ ghi (với --issued: thư mục)",
    )
    p.add_argument("--date", help="ngày ký báo cáo, ví dụ 05/01/2020 (mặc định: hôm nay)")
    p.add_argument("--number", default="", help="số của báo cáo (mặc định: để trống)")
    p.add_argument(
        "--final",
        action="store_true",
        help="bản chính thức để ký: không ghi chú trong câu, phần trống được bỏ",
    )
    p.add_argument(
        "--allow-empty",
        action="store_true",
        help="với --final: vẫn lập khi phần I, III hoặc V còn trống",
    )
    p.add_argument(
        "--issued",
        action="store_true",
        help="với --final, --number, --date: lưu làm báo cáo đã gửi; --out là thư mục",
    )
    _header_options(p, "chỉ cho lần lập báo cáo này")

    p = sub.add_parser(
        "header", help="xem hoặc sửa phần đầu, chữ ký và nơi nhận báo cáo của một đơn vị"
    )
    p.add_argument("--org", required=True, help="mã đơn vị")
    p.add_argument("--reset", action="store_true", help="bỏ mọi giá trị đã sửa, dùng lại mặc định")
    _header_options(p, "lưu cho các báo cáo sau của đơn vị")


HEADER_OPTIONS = (  # option, field, help
    ("--superior", "superior", "dòng cơ quan cấp trên, ví dụ 'ĐẢNG BỘ TỈNH SƠN LA'"),
    ("--issuer", "issuer", "cơ quan ban hành, ví dụ 'HUYỆN ỦY MƯỜNG LA'"),
    ("--symbol", "symbol", "ký hiệu sau 'BC/', ví dụ HU"),
    ("--place", "place", "địa danh ở dòng ngày tháng, ví dụ 'Mường La'"),
    ("--signer-role", "signer_role", "thẩm quyền ký, ví dụ 'T/M BAN THƯỜNG VỤ'"),
    ("--signer-title", "signer_title", "chức vụ người ký, ví dụ 'BÍ THƯ'"),
    ("--signer", "signer_name", "họ và tên người ký"),
)


def _header_options(p: argparse.ArgumentParser, scope: str) -> None:
    for option, name, text in HEADER_OPTIONS:
        p.add_argument(option, dest=name, help=f"{text} ({scope})")
    p.add_argument(
        "--recipient",
        dest="recipients",
        action="append",
        help=f"một nơi nhận; lặp lại cho nhiều nơi ({scope})",
    )


def _header_values(args: argparse.Namespace) -> dict[str, str | None]:
    values: dict[str, str | None] = {name: getattr(args, name) for _, name, _ in HEADER_OPTIONS}
    if any("\n" in r or "\r" in r for r in args.recipients or []):
        raise ReportError("header_field", field="--recipient", reason=Refusal("header_one_line"))
    values["recipients"] = "\n".join(args.recipients) if args.recipients else None
    return values


def report(session: Session, args: argparse.Namespace) -> int:
    years = range(args.year, args.year + 1) if args.year else args.period
    date = parse_date(args.date, reported=years[-1]) if args.date else None
    org = report_unit(session, years, args.org)
    if args.issued:
        issued.check_issued(args)
    values = _header_values(args)
    header = unit_header(session, org, values, date, args.number, years[-1])
    if args.issued:
        return issued.issue(session, args, years, org, header)
    from ct05_desktop.workflows.report_files import build_report  # Word, Excel: late

    path = build_report(
        session,
        years,
        args.out,
        org,
        header=header,
        final=args.final,
        allow_empty=args.allow_empty,
    )
    say("report_done", path=path)
    return 0


def header(session: Session, args: argparse.Namespace) -> int:
    if args.reset:
        save_unit_header(session, args.org, {}, CLI)
    values = {k: v for k, v in _header_values(args).items() if v is not None}
    if values:
        current = unit_header(session, args.org).as_dict()
        save_unit_header(session, args.org, {**current, **values}, CLI)
    shown_header = unit_header(session, args.org)
    defaults = default_unit_header(session, args.org).as_dict()
    say("header_of", unit=session.tree()[args.org].name)
    for name, value in shown_header.as_dict().items():
        mark = "" if value == defaults[name] else told("header_edited")
        shown = value.replace("\n", " | ")
        print(f"  {name:<13} {shown}{mark}")
    return 0


COMMANDS = {"report": report, "header": header}
