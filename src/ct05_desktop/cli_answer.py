"""The command line's answer to a superior's template: `ct05 answer TEMPLATE.xlsx [--as
CODE] (--out FILLED.xlsx | --dry-run) [--take-form]` (workflows.answer): what it fills
in, how the template's form differs from this database's, and what has no figure here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ct05_desktop.domain.form_change_words import diff_lines
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.session import Session

COMMANDS = ("answer",)


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "answer", help="điền mẫu Excel của cấp trên bằng số liệu của cơ sở dữ liệu này"
    )
    p.add_argument("template", type=Path, metavar="MẪU.xlsx")
    p.add_argument(
        "--as",
        dest="as_code",
        help="mã đơn vị trong cây của mình ứng với đơn vị của mẫu (chỉ cần lần đầu)",
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--out", type=Path, help="tệp trả lời sẽ ghi")
    how.add_argument("--dry-run", action="store_true", help="chỉ cho xem, không ghi tệp")
    p.add_argument(
        "--take-form",
        action="store_true",
        help="dùng biểu mẫu của mẫu làm biểu mẫu của mình cho năm đó",
    )


def run(session: Session, args: argparse.Namespace) -> int:
    from ct05_desktop.workflows.answer import answer_template  # openpyxl: loaded when used

    out = None if args.dry_run else args.out
    try:
        answer = answer_template(session, args.template, args.as_code, out, CLI, args.take_form)
    except (Refusal, OSError) as exc:
        print(f"Lỗi: {words_for(exc, name=args.template)}", file=sys.stderr)
        return 1
    done = answer.filled
    print(
        f"{args.template.name}: trả lời là {answer.unit_name} ({answer.unit}), năm {answer.year}."
    )
    print(
        f"  {done.figures} số liệu, {done.register_rows} dòng sổ"
        + (
            f" ({done.repeated_rows} dòng đã có trong mẫu, không thêm)"
            if done.repeated_rows
            else ""
        )
        + f", {done.texts} phần nội dung."
    )
    if answer.differs is not None and not answer.differs.empty:
        print("Biểu mẫu của mẫu khác biểu mẫu của mình (mình → mẫu):")
        for line in diff_lines(answer.differs, answer.year, None)[1:]:
            print(f"  {line.vi}")
    if answer.conflicts:
        print("Phần lớn hơn tổng trong số liệu của mình; tệp trả lời gửi:")
        for said in answer.conflicts:
            print(f"  - {said}")
    if answer.missing:
        print(f"Không có số liệu ({len(answer.missing)} chỉ tiêu, để nguyên như trong mẫu):")
        for label in answer.missing:
            print(f"  - {label}")
    print(f"Đã ghi {answer.out}." if answer.out else "Chỉ xem trước, chưa ghi tệp.")
    return 0
