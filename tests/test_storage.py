import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ct05_desktop.storage.database import StorageError, connect, open_database
from ct05_desktop.storage.migrations import MIGRATIONS
from ct05_desktop.storage.repository import STATUS_APPROVED, STATUS_IN_PROGRESS
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.session import Session


def test_every_connection_has_foreign_keys_and_wal(db_path: Path) -> None:
    db = open_database(db_path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO org_values (org_code, year, indicator, value) "
            "VALUES ('nobody', 2019, 'reception_cases', 1)"
        )


def test_migrations_are_recorded_and_not_rerun(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    assert [m.name for m in MIGRATIONS.applied(db)] == [
        "0001_initial",
        "0002_template_receipts",
        "0003_org_names",
        "0004_report_headers",
        "0005_register_search",
        "0006_register_years",
        "0007_covering_year_indexes",
        "0008_org_periods",
        "0009_report_texts",
        "0010_issued_reports",
        "0011_form_by_year",
        "0012_report_subjects",
        "0013_form_phrases",
        "0014_register_search_slots",
        "0015_commitments",
        "0016_result_scale",
        "0017_change_log_json",
    ]
    assert MIGRATIONS.pending(db) == []


def test_only_a_ct05_database_is_opened(tmp_path: Path) -> None:
    """Another program's SQLite file, an empty file, a folder, a missing file where one
    must be, a file a newer version wrote: each refused in words, nothing written."""
    foreign = tmp_path / "other.db"
    other = Database(foreign)
    other["notes"].insert({"text": "kept"})
    other.close()
    before = foreign.read_bytes()
    empty = tmp_path / "empty.db"
    empty.touch()
    newer = tmp_path / "newer.db"
    with Session(newer) as s:
        s.db["_sqlite_migrations"].insert(
            {"migration_set": "ct05", "name": "9999_from_the_future", "applied_at": "2030"}
        )
    cases = {
        foreign: "db_foreign",
        empty: "db_empty_file",
        tmp_path: "db_not_a_file",
        tmp_path / "typo.db": "db_missing",
        newer: "db_newer",
    }
    for path, code in cases.items():
        with pytest.raises(StorageError) as refused:
            open_database(path, create=path.name != "typo.db")
        assert refused.value.code == code, path
        assert str(path) in refused.value.words("vi")
    assert foreign.read_bytes() == before and empty.stat().st_size == 0
    assert not (tmp_path / "typo.db").exists()
    assert not (tmp_path / "backups").exists()


def test_a_pipe_or_a_device_is_not_a_database(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/null")):
        with pytest.raises(StorageError) as refused:
            open_database(path)
        assert refused.value.code == "db_not_a_file"


def test_a_new_database_in_missing_folders_or_behind_a_file(tmp_path: Path) -> None:
    """Missing folders are made, as for any file written (`ct05 --db a/b/c/x.db init`,
    which was refused as read-only); a file standing where a folder must be is named,
    however deep below it the database was asked for."""
    deep = tmp_path / "a" / "b" / "c" / "x.db"
    open_database(deep).close()
    assert deep.is_file()
    plain = tmp_path / "plain.txt"
    plain.write_text("kept", encoding="utf-8")
    for path in (plain / "x.db", plain / "b" / "x.db"):
        with pytest.raises(StorageError) as refused:
            open_database(path)
        assert refused.value.code == "not_a_folder"
        assert refused.value.words("vi") == (
            f"không ghi được vào {plain}: đó là một tệp, không phải thư mục"
        )
    assert plain.read_text(encoding="utf-8") == "kept"


def test_a_file_that_is_not_a_database_is_an_expected_error(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as refused:
        connect(path)
    assert refused.value.code == "db_damaged" and str(path) in refused.value.words("en")


def test_values_are_audited_with_old_and_new(session: Session) -> None:
    repo = session.repo
    repo.write_values({("SL.ML", 2019, "members_total"): 5770}, "test")
    repo.write_values({("SL.ML", 2019, "members_total"): 5771}, "test")
    repo.write_values({("SL.ML", 2019, "members_total"): 5771}, "test")  # unchanged: no entry
    rows = repo.audit_rows(action="value", org_code="SL.ML")
    assert [(r["old"], r["new"]) for r in rows] == [(None, "5770"), ("5770", "5771")]
    assert rows[0]["who"] and rows[0]["source"] == "test"
    repo.set_setting("user_name", "Nguyễn Văn An")
    repo.write_values({("SL.ML", 2019, "members_total"): None}, "test")
    assert repo.audit_rows(action="value")[-1]["who"] == "Nguyễn Văn An"
    assert repo.unit_values("SL.ML", 2019) == {}


def test_comments_and_statuses(session: Session) -> None:
    repo = session.repo
    key = ("SL.TC", 2019, "dialogues_district")
    repo.write_values({}, "test", {key: "06 xã vùng cao"})
    assert repo.comments("SL.TC", 2019) == {"dialogues_district": "06 xã vùng cao"}
    assert repo.statuses(2019) == {}
    repo.write_values({key: 6}, "test")
    assert repo.statuses(2019) == {"SL.TC": STATUS_IN_PROGRESS}
    repo.set_status("SL.TC", 2019, STATUS_APPROVED, "test")
    assert repo.statuses(2019)["SL.TC"] == STATUS_APPROVED
    assert ("SL.TC", 2019) in repo.approved()
    assert repo.audit_rows(action="status")[0]["new"] == STATUS_APPROVED


def test_register_rows_count_toward_indicators(demo: Session) -> None:
    counts = demo.registers.counts([2019])
    assert counts[("SL.TC", 2019, "dialogues_district")] == 6
    assert counts[("SL.ML", 2019, "breakthrough_models")] == 1
    assert counts[("SL", 2019, "awards_province_collective")] == 50
    assert demo.registers.counts([2018])[("SL", 2018, "awards_central_collective")] == 1


def test_an_older_database_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    old = connect(path)
    MIGRATIONS.apply(old, stop_before="0002_template_receipts")
    old.execute("INSERT INTO orgs (code, name, level) VALUES ('SL', 'Tỉnh ủy Sơn La', 'province')")
    old.conn.commit()
    old.close()
    db = open_database(path)
    assert "template_receipts" in db.table_names()
    backups = list(tmp_path.glob("backups/v1-*-migration.db"))
    assert len(backups) == 1
    saved = Database(backups[0])
    assert "template_receipts" not in saved.table_names()
    assert saved.execute("SELECT name FROM orgs").fetchone()[0] == "Tỉnh ủy Sơn La"


def test_every_write_is_noted_for_the_views_and_taken_once(session: Session) -> None:
    from ct05_desktop.domain.changes import Changes
    from ct05_desktop.domain.sources import FORM

    assert session.take_changes().tree  # the tree written when the database was made
    assert session.take_changes() == Changes()
    session.repo.write_values({("SL.ML", 2019, "members_total"): 5770}, FORM)
    row = {"date": "2019-05-02", "level": "district", "place": "Ít Ong"}
    session.registers.insert("dialogues", "SL.ML", 2019, row, FORM)
    session.repo.lock_year(2018, FORM)
    session.repo.set_status("SL.BY", 2019, "complete", FORM)
    changes = session.take_changes()
    assert changes.unit_years == {("SL.ML", 2019), ("SL.BY", 2019)}
    assert changes.register_keys == {"dialogues"} and changes.locks == {2018}
    assert changes.statuses and not changes.tree
    assert changes.touches("SL.ML", 2019) and changes.touches("SL.XX", 2018)
    assert not changes.touches("SL.XX", 2019) and changes.touches_year(2019)
    assert session.take_changes() == Changes()  # taken once
    rename_unit(session, "SL.ML", "Huyện ủy Mường La mới", 2020, FORM)
    assert session.take_changes().tree
    session.repo.write_values({("SL.ML", 2019, "members_total"): 5770}, FORM)  # unchanged
    assert not session.take_changes()


def test_register_counts_added_up_by_sqlite_equal_the_rule_row_by_row(demo: Session) -> None:
    from ct05_desktop.domain.registers import REGISTERS, indicator_counts

    by_rows: dict[tuple[str, int, str], int] = {}
    for spec in REGISTERS:
        grouped: dict[tuple[str, int], list[dict[str, object]]] = {}
        for row in demo.registers.rows(spec.key):
            grouped.setdefault((row["org_code"], row["year"]), []).append(row)
        for (org, year), rows in grouped.items():
            for code, n in indicator_counts(spec.key, rows).items():
                by_rows[(org, year, code)] = by_rows.get((org, year, code), 0) + n
    assert demo.registers.counts() == by_rows and len(by_rows) > 10
    assert demo.registers.counts([2019], ["SL.TC"]) == {
        k: v for k, v in by_rows.items() if k[1] == 2019 and k[0] == "SL.TC"
    }
