"""Backups you can use (issue 11): made by SQLite's backup API at the first open of a day
and before bulk changes, rotated, checked; restore checks the file first, backs up what
it replaces, refuses a damaged, foreign or newer file with nothing changed."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ct05_desktop.domain.sources import CLI
from ct05_desktop.storage.backup import list_backups, rotate
from ct05_desktop.storage.database import StorageError
from ct05_desktop.storage.window_lock import lock_path
from ct05_desktop.workflows.backups import backup_before, backup_now, restore
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database, load_demo

DEMO_VALUES = Path(__file__).resolve().parents[1] / "data" / "demo" / "values.csv"


def ct05(db: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ct05_desktop.cli", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def exported(db: Path, out: Path) -> bytes:
    done = ct05(db, "export", "--what", "values", "--out", out)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def damage(path: Path) -> None:
    """Overwrite the middle of the file (its pages, not its header) with noise."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 2)
        f.write(os.urandom(min(8192, size // 4)))


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "ct05.db"
    with Session(db) as s:
        init_database(s)
        load_demo(s)
    return db


def test_the_first_open_of_a_day_makes_one_backup(demo_db: Path) -> None:
    assert list_backups(demo_db) == []  # made and filled in one go: nothing to keep yet
    Session(demo_db).close()
    Session(demo_db).close()
    found = list_backups(demo_db)
    assert [b.reason for b in found] == ["daily"]
    with sqlite3.connect(found[0].path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM org_values").fetchone()[0] > 50


def test_a_bulk_change_is_backed_up_first_unless_nothing_changed(demo_db: Path) -> None:
    with Session(demo_db) as s:
        assert backup_before(s, "import") is None  # the day's backup already holds it all
        s.repo.write_values({("SL.ML", 2019, "members_total"): 1}, CLI)
        made = backup_before(s, "import")
        assert made is not None and made.name.endswith("-import.db")
        assert backup_before(s, "import") is None


def test_rotation_keeps_the_newest_and_one_a_day_a_week_a_month(tmp_path: Path) -> None:
    db = tmp_path / "ct05.db"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 11, 26, 12, 0, 0)
    made = [now - dt.timedelta(hours=6 * n) for n in range(4 * 400)]  # 400 days, 4 a day
    for when in made:
        (folder / f"ct05-{when:%Y%m%d-%H%M%S}-daily.db").write_bytes(b"")
    (folder / "other-20261126-110000-daily.db").write_bytes(b"")  # another database's
    rotate(db, now)
    kept = sorted((b.made for b in list_backups(db)), reverse=True)
    newest = made[:5]
    days = {m.date() for m in kept}
    assert kept[:5] == newest
    assert {(now - dt.timedelta(days=d)).date() for d in range(7)} <= days
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12 and (2025, 12) in months and (2025, 11) not in months
    assert len(kept) <= 5 + 7 + 4 + 12
    assert (folder / "other-20261126-110000-daily.db").exists()


def test_backup_change_restore_gives_the_same_export(demo_db: Path, tmp_path: Path) -> None:
    before = exported(demo_db, tmp_path / "before.csv")
    done = ct05(demo_db, "backup")
    assert done.returncode == 0, done.stderr
    backup = list_backups(demo_db)[0].path
    csv = tmp_path / "change.csv"
    csv.write_text("org_code,year,indicator,value\nSL,2019,members_total,1\n", "utf-8")
    assert ct05(demo_db, "import", csv).returncode == 0
    assert exported(demo_db, tmp_path / "changed.csv") != before
    done = ct05(demo_db, "restore", backup)
    assert done.returncode == 0, done.stderr
    assert "Đã khôi phục" in done.stdout
    assert exported(demo_db, tmp_path / "after.csv") == before
    reasons = [b.reason for b in list_backups(demo_db)]
    assert "restore" in reasons  # what was replaced is kept
    listed = ct05(demo_db, "backups").stdout
    assert "trước khi khôi phục" in listed and str(backup) in listed


def test_a_damaged_foreign_or_newer_backup_is_refused_with_nothing_changed(
    demo_db: Path, tmp_path: Path
) -> None:
    before = exported(demo_db, tmp_path / "before.csv")
    with Session(demo_db) as s:
        good = backup_now(s, tmp_path / "good.db")
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes())
    damage(damaged)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text)")
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('ct05', '9999_later', '2030')"
        )
    count = len(list_backups(demo_db))
    for path, words in (
        (damaged, "bị hỏng"),
        (foreign, "chương trình khác"),
        (newer, "phiên bản CT05 mới hơn"),
        (tmp_path / "missing.db", "không có cơ sở dữ liệu"),
    ):
        done = ct05(demo_db, "restore", path)
        assert done.returncode != 0 and words in done.stderr, (path, done.stderr)
        assert "Traceback" not in done.stderr
    assert exported(demo_db, tmp_path / "after.csv") == before
    assert len(list_backups(demo_db)) == count  # refused before anything was done


def test_restore_is_refused_while_a_window_has_the_database(demo_db: Path, tmp_path: Path) -> None:
    with Session(demo_db) as s:
        good = backup_now(s, tmp_path / "good.db")
        lock_path(demo_db).write_text(f"{os.getpid()}\nct05-desktop\n{socket.gethostname()}\n")
        with pytest.raises(StorageError) as refused:
            restore(s, good, CLI)
        assert refused.value.code == "restore_window_open"
        assert f"tiến trình {os.getpid()}" in refused.value.words("vi")
        restore(s, good, CLI, from_window=True)  # the window itself may


def test_a_damaged_database_is_told_in_words_and_can_be_restored(
    demo_db: Path, tmp_path: Path
) -> None:
    before = exported(demo_db, tmp_path / "before.csv")
    done = ct05(demo_db, "backup", "--out", tmp_path / "saved.db")
    assert done.returncode == 0, done.stderr
    damage(demo_db)
    done = ct05(demo_db, "export", "--what", "values", "--out", tmp_path / "x.csv")
    assert done.returncode != 0 and "bị hỏng" in done.stderr and "sao lưu" in done.stderr
    assert "Traceback" not in done.stderr
    done = ct05(demo_db, "restore", tmp_path / "saved.db")
    assert done.returncode == 0, done.stderr
    assert exported(demo_db, tmp_path / "after.csv") == before
    assert list((tmp_path / "backups").glob("ct05-damaged-*.db"))  # kept aside


def test_commands_other_than_init_refuse_a_missing_database(tmp_path: Path) -> None:
    typo = tmp_path / "ct05-typo.db"
    for args in (("export", "--what", "values", "--out", tmp_path / "x.csv"), ("lock", "2019")):
        done = ct05(typo, *args)
        assert done.returncode != 0 and "không có cơ sở dữ liệu" in done.stderr
        assert "ct05 --db" in done.stderr and "init" in done.stderr
    assert not typo.exists()


def test_a_share_is_read_through_a_uri_sqlite_takes() -> None:
    from pathlib import PurePosixPath, PureWindowsPath

    from ct05_desktop.storage.backup import read_only_uri

    share = PureWindowsPath(r"\\server\Phòng\ct05.db").as_uri()
    assert read_only_uri(share) == "file:////server/Ph%C3%B2ng/ct05.db?mode=ro"
    local = PurePosixPath("/home/a b/ct05.db").as_uri()
    assert read_only_uri(local) == "file:///home/a%20b/ct05.db?mode=ro"


def test_a_backup_is_kept_when_later_dated_ones_are_there(tmp_path: Path) -> None:
    """A clock set back: the backup just made is not pushed out by ones dated later."""
    db = tmp_path / "ct05.db"
    with Session(db) as s:
        init_database(s)
        folder = tmp_path / "backups"
        folder.mkdir(exist_ok=True)
        for n in range(30):
            (folder / f"ct05-2030{n % 12 + 1:02}{n % 28 + 1:02}-120000-daily.db").write_bytes(b"")
        made = backup_now(s)
    assert made.exists()


def test_the_database_opens_when_its_daily_backup_cannot_be_written(demo_db: Path) -> None:
    (demo_db.parent / "backups").write_text("a file where the folder would be")
    with Session(demo_db) as s:
        assert s.repo.unit_values("SL.ML", 2019)["members_total"] == 5770


def test_after_a_restore_the_next_import_is_still_backed_up(demo_db: Path, tmp_path: Path) -> None:
    """Restored to an earlier backup, the change log's ids start again from there: a change
    since must still be backed up before a bulk change, though its id matches an older one."""
    with Session(demo_db) as s:
        early = backup_now(s, tmp_path / "early.db")
        for n in range(3):
            s.repo.write_values({("SL.ML", 2019, "members_total"): 6000 + n}, CLI)
        assert backup_before(s, "import") is not None  # holds the three changes
        restore(s, early, CLI)
        for n in range(2):  # restore's own entry and these two reach the same last id
            s.repo.write_values({("SL.ML", 2019, "members_total"): 7000 + n}, CLI)
        assert backup_before(s, "import") is not None


def test_a_restore_waits_no_longer_than_a_write_for_another_writer(
    demo_db: Path, tmp_path: Path
) -> None:
    with Session(demo_db) as s:
        good = backup_now(s, tmp_path / "good.db")
        s.db.write_wait = 0.5
        other = sqlite3.connect(demo_db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StorageError) as refused:
                restore(s, good, CLI)
            assert refused.value.code == "db_write_held"
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_backups_are_listed_and_restored_though_the_database_is_gone(
    demo_db: Path, tmp_path: Path
) -> None:
    before = exported(demo_db, tmp_path / "before.csv")
    assert ct05(demo_db, "backup").returncode == 0
    damage(demo_db)
    listed = ct05(demo_db, "backups")
    assert listed.returncode == 0 and "sao lưu theo yêu cầu" in listed.stdout
    saved = list_backups(demo_db)[0].path
    demo_db.unlink()  # deleted by mistake
    done = ct05(demo_db, "restore", saved)
    assert done.returncode == 0, done.stderr
    assert exported(demo_db, tmp_path / "after.csv") == before
