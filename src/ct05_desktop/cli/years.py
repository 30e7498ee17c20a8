"""The command line's years closed and opened: `ct05 lock YEAR`, `ct05 unlock YEAR`
(domain.md §3)."""

from __future__ import annotations

import argparse
from typing import Any

from ct05_desktop.cli.words import say
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.locks import lock_year, unlock_year
from ct05_desktop.workflows.session import Session


def add_commands(sub: Any) -> None:
    for name, text in (
        ("lock", "chốt số liệu một năm: không sửa được nữa"),
        ("unlock", "mở lại năm đã chốt"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("year", metavar="NĂM")  # a year: read by cli/args.py, in words


def lock(session: Session, args: argparse.Namespace) -> int:
    lock_year(session, args.year, CLI)
    say("locked", year=args.year)
    return 0


def unlock(session: Session, args: argparse.Namespace) -> int:
    unlock_year(session, args.year, CLI)
    say("unlocked", year=args.year)
    return 0


COMMANDS = {"lock": lock, "unlock": unlock}
