"""The command line's database made and filled: `ct05 init [--orgs FILE.csv]` (a new
database with the default tree or the tree of a file), `ct05 demo` (the demo's data)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import say
from ct05_desktop.workflows.reading import has_tree
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database, load_demo


def add_commands(sub: Any) -> None:
    p = sub.add_parser("init", help="tạo cơ sở dữ liệu với cây tổ chức mặc định")
    p.add_argument("--orgs", type=Path, help="dùng cây tổ chức trong tệp CSV này thay cho mặc định")
    sub.add_parser("demo", help="nạp dữ liệu mẫu (số liệu của bài báo Sơn La)")


def prepare_init(path: Path) -> None:
    """init asks for a database at path: an empty file there (a first init killed before
    it wrote anything) holds nothing to lose, and is replaced. Any other command refuses
    one in words (it may be a file the clerk did not mean)."""
    journal = Path(f"{path}-journal")
    if path.is_file() and path.stat().st_size == 0 and not journal.exists():
        path.unlink()


def init(session: Session, args: argparse.Namespace) -> int:
    if has_tree(session):
        say("init_has_tree", path=session.path)
        return 0 if args.orgs is None else 1
    report = init_database(session, args.orgs)
    say("init_done", path=session.path, count=report.changed)
    return 0


def demo(session: Session, args: argparse.Namespace) -> int:
    report = load_demo(session)
    say("demo_done", count=report.changed)
    return 0


COMMANDS = {"init": init, "demo": demo}
