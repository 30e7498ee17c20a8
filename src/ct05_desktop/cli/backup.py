"""The command line's backups: `ct05 backup [--out TỆP]`, `ct05 backups`, `ct05 restore
TỆP` (domain.md §10). Words in Vietnamese, as the rest of the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.cli.words import LANG, SAID, say
from ct05_desktop.domain import vi_format
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.backups import (
    backup_now,
    backups_beside,
    restore,
    restore_over_damaged,
)
from ct05_desktop.workflows.session import Session, StorageError


def add_commands(sub: Any) -> None:
    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu ngay (vào thư mục backups cạnh tệp)")
    p.add_argument("--out", type=Path, help="ghi bản sao lưu vào tệp này thay vì thư mục backups")
    sub.add_parser("backups", help="liệt kê các bản sao lưu, mới nhất trước")
    p = sub.add_parser(
        "restore", help="khôi phục từ một bản sao lưu (dữ liệu hiện có được sao lưu trước)"
    )
    p.add_argument("file", type=Path, metavar="TỆP")


def backup(path: Path, args: argparse.Namespace) -> int:
    with Session(path, create=False) as session:
        made = backup_now(session, args.out)
    say("backed_up", path=made)
    return 0


def backups(path: Path, args: argparse.Namespace) -> int:
    found = backups_beside(path)  # listed without opening: the database may be damaged
    if not found:
        say("no_backups", folder=path.parent / "backups")
        return 0
    for made in found:
        size = vi_format.number(round(made.size / 1024))
        when = made.made.strftime("%d/%m/%Y %H:%M:%S")
        why = SAID.text_or(f"backup_{made.reason}", LANG, made.reason)
        print(f"{when}  {size:>9} KB  {why:<36}  {made.path}")
    return 0


def restore_command(path: Path, args: argparse.Namespace) -> int:
    file: Path = args.file
    try:
        session = Session(path, create=False)
    except StorageError as exc:
        if exc.code not in ("db_damaged", "db_missing"):  # else: the backup in its place
            raise
        aside = restore_over_damaged(path, file, CLI)
        if aside:
            say("restored_damaged", path=path, file=file, aside=aside)
        else:
            say("restored_missing", path=path, file=file)
        return 0
    with session:
        safety = restore(session, file, CLI)
    say("restored", path=path, file=file, safety=safety)
    return 0


# on the database's file, not an open session: it may be damaged or missing
COMMANDS = {"backup": backup, "backups": backups, "restore": restore_command}
