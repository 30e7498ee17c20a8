"""The command line's backups: `ct05 backup [--out TỆP]`, `ct05 backups`, `ct05 restore
TỆP` (domain.md §10). Words in Vietnamese, as the rest of the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.backups import (
    backup_now,
    backups_beside,
    restore,
    restore_over_damaged,
)
from ct05_desktop.workflows.session import Session, StorageError

COMMANDS = ("backup", "backups", "restore")
REASONS = {
    "daily": "lần mở đầu tiên trong ngày",
    "manual": "sao lưu theo yêu cầu",
    "import": "trước khi nhập tệp",
    "restore": "trước khi khôi phục",
    "demo": "trước khi nạp dữ liệu mẫu",
    "migration": "trước khi nâng cấp cấu trúc dữ liệu",
    "orgs": "trước khi đổi cây tổ chức",
}


def add_commands(sub: Any) -> None:
    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu ngay (vào thư mục backups cạnh tệp)")
    p.add_argument("--out", type=Path, help="ghi bản sao lưu vào tệp này thay vì thư mục backups")
    sub.add_parser("backups", help="liệt kê các bản sao lưu, mới nhất trước")
    p = sub.add_parser(
        "restore", help="khôi phục từ một bản sao lưu (dữ liệu hiện có được sao lưu trước)"
    )
    p.add_argument("file", type=Path, metavar="TỆP")


def run(path: Path, args: argparse.Namespace) -> int:
    """One of COMMANDS; a refusal is said in words (exit 1), nothing changed."""
    if args.command == "restore":
        return _restore(path, args.file)
    if args.command == "backup":
        with Session(path, create=False) as session:
            made = backup_now(session, args.out)
        print(f"Đã sao lưu vào {made}.")
        return 0
    found = backups_beside(path)  # listed without opening: the database may be damaged
    if not found:
        print(f"Chưa có bản sao lưu nào trong {path.parent / 'backups'}.")
        return 0
    for backup in found:
        size = vi_format.number(round(backup.size / 1024))
        when = backup.made.strftime("%d/%m/%Y %H:%M:%S")
        why = REASONS.get(backup.reason, backup.reason)
        print(f"{when}  {size:>9} KB  {why:<36}  {backup.path}")
    return 0


def _restore(path: Path, file: Path) -> int:
    try:
        session = Session(path, create=False)
    except StorageError as exc:
        if exc.code not in ("db_damaged", "db_missing"):  # else: the backup in its place
            raise
        aside = restore_over_damaged(path, file, CLI)
        kept = f"; tệp hỏng được giữ ở {aside}" if aside else ""
        print(f"Đã khôi phục {path} từ {file}{kept}.")
        return 0
    with session:
        safety = restore(session, file, CLI)
    print(f"Đã khôi phục {path} từ {file}; dữ liệu trước đó được sao lưu ở {safety}.")
    return 0
