"""The command line's answer to a superior's template: `ct05 answer TEMPLATE.xlsx [--as
CODE] (--out FILLED.xlsx | --dry-run) [--take-form]` (workflows.answer): what it fills
in, how the template's form differs from this database's, and what has no figure here."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import say
from ct05_desktop.domain.form_change_words import diff_lines
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.session import Session


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
    from ct05_desktop.workflows.templates.answer import (
        answer_template,  # openpyxl: loaded when used
    )

    out = None if args.dry_run else args.out
    answer = answer_template(session, args.template, args.as_code, out, CLI, args.take_form)
    done = answer.filled
    say(
        "answer_for",
        file=args.template.name,
        unit_name=answer.unit_name,
        unit=answer.unit,
        year=answer.year,
    )
    say(
        "answer_filled_repeated" if done.repeated_rows else "answer_filled",
        figures=done.figures,
        rows=done.register_rows,
        repeated=done.repeated_rows,
        texts=done.texts,
    )
    if answer.differs is not None and not answer.differs.empty:
        say("answer_form_differs")
        for line in diff_lines(answer.differs, answer.year, None)[1:]:
            print(f"  {line.vi}")
    if answer.conflicts:
        say("answer_conflicts")
        for said in answer.conflicts:
            print(f"  - {said}")
    if answer.missing:
        say("answer_missing", count=len(answer.missing))
        for label in answer.missing:
            print(f"  - {label}")
    if answer.out:
        say("answer_written", path=answer.out)
    else:
        say("answer_previewed")
    return 0


COMMANDS = {"answer": run}
