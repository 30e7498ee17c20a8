"""The `ct05` command: its parser, gathered from the modules of its commands; each
command's one handler; the one path by which a fault is told.

A handler does its work and says what it did; whatever it cannot do it raises, and
``main`` tells it: an expected fault (``domain.refusals.Fault``, or a file or database
fault told by ``workflows.faults``) in words on the error stream, exit 1 — or 2 when
the database cannot be used or the command line itself is wrong; anything else is a
bug, raised with its traceback (cli/words.py: the exit codes in words)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ct05_desktop import __version__
from ct05_desktop.cli import (
    answer,
    args,
    backup,
    database,
    export,
    imports,
    issued,
    report,
    template,
    text,
    tree,
    years,
)
from ct05_desktop.cli.words import error, told, warn
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.files.app_dirs import default_db_path
from ct05_desktop.workflows.backups import daily_backup_skipped
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.reading import has_tree
from ct05_desktop.workflows.session import Session, StorageError
from ct05_desktop.workflows.setup import init_database

Handler = Callable[[Session, argparse.Namespace], int]

# each command's one handler, on an open database
HANDLERS: dict[str, Handler] = {
    **database.COMMANDS,
    **imports.COMMANDS,
    **years.COMMANDS,
    **template.COMMANDS,
    **report.COMMANDS,
    **export.COMMANDS,
    **tree.COMMANDS,
    **text.COMMANDS,
    **answer.COMMANDS,
    **issued.COMMANDS,
}
MODULES = (database, imports, years, template, report, export, backup, tree, text, answer, issued)
EXIT_CODES = told("exit_codes")


def parser() -> argparse.ArgumentParser:
    made = args.Parser(
        prog="ct05",
        description="CT05 Desktop: số liệu thực hiện Chỉ thị 05-CT/TW từ dòng lệnh.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    made.add_argument("--version", action="version", version=f"ct05 {__version__}")
    made.add_argument(
        "--db",
        type=Path,
        default=None,
        help="tệp dữ liệu (mặc định: biến CT05_DB hoặc thư mục dữ liệu người dùng)",
    )
    sub = made.add_subparsers(dest="command", required=True, metavar="LỆNH")
    for module in MODULES:
        module.add_commands(sub)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    given = parser().parse_args(argv)
    try:  # every text typed comes in NFC (a name pasted from a web page may be decomposed)
        args.typed_values(given)
    except Refusal as exc:  # the command line itself is wrong
        return _told(exc, given, exit_code=2)
    try:
        args.check(given)  # the years typed, before anything is opened
        return _run(given.db or default_db_path(), given)
    except BrokenPipeError:  # whoever read the output went away (`| head`): not a fault
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (Python's advice)
        return _told(Refusal("output_closed"), given)
    except Exception as exc:
        return _told(exc, given, exit_code=2 if isinstance(exc, StorageError) else 1)


def _told(exc: Exception, given: argparse.Namespace, exit_code: int = 1) -> int:
    """The one error path: an expected fault in words ('Lỗi: …', the file named as the
    command named it), and its exit code; a bug is raised again, with its traceback."""
    named = getattr(given, "template", None) or getattr(given, "out", None)
    said = words_for(exc, name=named)
    if said is None:
        raise exc
    error(said)
    return exit_code


def _run(path: Path, given: argparse.Namespace) -> int:
    if given.command in backup.COMMANDS:  # on the file: the database may be damaged
        return backup.COMMANDS[given.command](path, given)
    if given.command == "init":
        database.prepare_init(Path(path))
    with Session(path, create=given.command in ("init", "demo")) as session:
        session.when_waiting(_waiting())
        skipped = daily_backup_skipped(session)  # the work goes on, the clerk is told
        if skipped is not None:
            warn(skipped.words("vi"))
        if given.command != "init" and not has_tree(session):
            init_database(session)  # a command on a new file: the default tree first
        return HANDLERS[given.command](session, given)


def _waiting() -> Callable[[float], None]:
    """While another program writes: said once a few seconds, on the error stream."""
    said = [-1]

    def waiting(seconds: float) -> None:
        if int(seconds) // 5 > said[0]:
            said[0] = int(seconds) // 5
            print(Refusal("db_waiting", seconds=int(seconds)).words("vi"), file=sys.stderr)

    return waiting
