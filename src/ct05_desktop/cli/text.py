"""The command line's written parts of a report: `ct05 text --org CODE --year YEAR --part
PART (--file F.txt | --show)`. --file reads a UTF-8 text (- for standard input) into the
part, checked and saved as the window saves it (an empty file removes the part); --show
prints the part's text alone on standard output (messages go to standard error), so that
what it prints can be fed back."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ct05_desktop.cli.words import note
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.report_texts import check_part, part_title
from ct05_desktop.domain.sources import CLI
from ct05_desktop.files.input_file import read_regular_file
from ct05_desktop.workflows.report_texts import save_text, unit_texts
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "text",
        help="xem hoặc ghi một phần nội dung báo cáo (lãnh đạo, kết quả, hạn chế, …) của đơn vị",
    )
    p.add_argument("--org", required=True, help="mã đơn vị")
    p.add_argument("--year", required=True, help="năm báo cáo, ví dụ 2019")
    p.add_argument(
        "--part",
        required=True,
        help="lanh_dao, ket_qua, ket_qua.MỤC (ví dụ ket_qua.registration), han_che, bai_hoc, "
        "phuong_huong, kien_nghi",
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--file", help="tệp văn bản UTF-8 ghi vào phần đó (- là đầu vào chuẩn)")
    how.add_argument("--show", action="store_true", help="in nội dung phần đó")


def run(session: Session, args: argparse.Namespace) -> int:
    check_part(args.part, session.catalogue)
    if args.org not in session.tree():
        raise Refusal("unknown_unit", org=args.org)
    if args.show:
        text = unit_texts(session, args.org, args.year).get(args.part, "")
        if text:
            sys.stdout.write(text + "\n")
        return 0
    raw = sys.stdin.buffer.read() if args.file == "-" else read_regular_file(args.file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refusal("not_utf8") from None
    changed = save_text(session, args.org, args.year, args.part, text, CLI)
    note(
        "text_saved" if changed else "text_unchanged",
        unit=session.tree().name_in(args.org, args.year),
        year=args.year,
        part=part_title(args.part, session.catalogue),
    )
    return 0


COMMANDS = {"text": run}
