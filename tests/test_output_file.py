"""Every file the program writes is written whole or not at all (issue 11): a template, a
CSV export, a report, a backup go to a temporary file beside the target, flushed, then
renamed. A write that fails halfway (a full disk) leaves the old file byte for byte and
no temporary file behind; what cannot be written is refused before anything is."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.files import output_file
from ct05_desktop.files.interchange import write_csv
from ct05_desktop.files.output_file import ReadOnlyTarget, replaced_on_success, sweep_stale
from ct05_desktop.workflows.csv_transfer import export_csv
from ct05_desktop.workflows.faults import fault
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import write_unit_templates

OLD = b"the file as it was, which must survive a failed write\n"


def disk_full() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_template_save_failing_halfway_leaves_the_old_file(
    demo: Session, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = old_file / "mau.xlsx"
    target.write_bytes(OLD)

    def half_then_full(self: openpyxl.Workbook, filename: str | Path) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        raise disk_full()

    monkeypatch.setattr(openpyxl.Workbook, "save", half_then_full)
    with pytest.raises(OSError) as raised:
        write_unit_templates(demo, "SL.ML", 2019, target)
    assert target.read_bytes() == OLD
    assert listing(old_file) == ["mau.xlsx"]
    told = fault(raised.value)
    assert told is not None and told.code == "disk_full" and "mau.xlsx" in told.words()


def test_a_csv_export_failing_halfway_leaves_the_old_file(old_file: Path) -> None:
    target = old_file / "v.csv"
    target.write_bytes(OLD)

    def rows() -> Iterator[tuple[object, ...]]:
        for n in range(500):
            yield ("SL", 2019, "study_sessions", n)
        raise disk_full()

    with pytest.raises(OSError):
        write_csv(target, ("org_code", "year", "indicator", "value"), rows())
    assert target.read_bytes() == OLD
    assert listing(old_file) == ["v.csv"]


def test_a_disk_full_at_the_flush_leaves_the_old_export(
    demo: Session, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = old_file / "v.csv"
    target.write_bytes(OLD)

    def fsync(fd: int) -> None:
        raise disk_full()

    monkeypatch.setattr(output_file.os, "fsync", fsync)
    with pytest.raises(OSError) as raised:
        export_csv(demo, "values", target)
    assert raised.value.filename == str(target)  # the file asked for, not the temporary
    assert target.read_bytes() == OLD
    assert listing(old_file) == ["v.csv"]


def test_a_folder_a_read_only_file_or_a_file_as_folder_is_refused_before_writing(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "r.xlsx"
    folder.mkdir()
    with pytest.raises(IsADirectoryError), replaced_on_success(folder):
        pass
    locked = tmp_path / "locked.csv"
    locked.write_bytes(OLD)
    locked.chmod(0o444)
    with pytest.raises(ReadOnlyTarget) as raised:
        write_csv(locked, ("a",), [(1,)])
    assert locked.read_bytes() == OLD
    told = fault(raised.value)
    assert told is not None and told.code == "file_read_only"
    plain = tmp_path / "plain.txt"
    plain.write_bytes(OLD)
    with pytest.raises(NotADirectoryError) as blocked:
        write_csv(plain / "sub" / "v.csv", ("a",), [(1,)])
    assert blocked.value.filename == str(plain)  # the file in the way is named
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.csv", "plain.txt", "r.xlsx"]


def test_missing_folders_are_made_and_taken_back_when_the_write_fails(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "v.csv"
    assert write_csv(target, ("a",), [(1,)]) == 1
    assert target.read_text(encoding="utf-8") == "a\n1\n"

    def rows() -> Iterator[tuple[object, ...]]:
        yield (1,)
        raise disk_full()

    with pytest.raises(OSError):
        write_csv(tmp_path / "c" / "d" / "v.csv", ("a",), rows())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_a_temporary_left_by_a_killed_write_is_removed_once_an_hour_old(tmp_path: Path) -> None:
    stale = tmp_path / ".ct05-abcd1234.tmp"
    journal = tmp_path / ".ct05-abcd1234.tmp-journal"
    fresh = tmp_path / ".ct05-wxyz9876.tmp"  # perhaps another window's write going on
    other = tmp_path / ".ct05-notes.txt"  # not a name of ours
    for path in (stale, journal, fresh, other):
        path.write_bytes(b"x")
    hours_ago = time.time() - 2 * 3600
    for path in (stale, journal, other):
        os.utime(path, (hours_ago, hours_ago))
    write_csv(tmp_path / "v.csv", ("a",), [(1,)])
    assert listing(tmp_path) == [".ct05-notes.txt", ".ct05-wxyz9876.tmp", "v.csv"]
    assert sweep_stale(tmp_path, now=time.time() + 2 * 3600) == [fresh]


@pytest.mark.parametrize("name", ["ct05.db", "ct05.db-wal", "link.csv", "hard.csv"])
def test_no_output_is_written_over_the_open_database(
    demo: Session, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Issue 21: an export or a report named like the database, its -wal, a link to it or
    another name of the same file would replace it (everything lost): refused in words."""
    from ct05_desktop import cli

    db = demo.path
    (db.parent / "link.csv").symlink_to(db)
    os.link(db, db.parent / "hard.csv")
    before = db.read_bytes()
    out = db.parent / name
    code = cli.main(["--db", str(db), "export", "--what", "values", "--out", str(out)])
    assert code != 0
    err = capsys.readouterr().err
    assert "là tệp của chính cơ sở dữ liệu đang mở" in err and "Traceback" not in err
    assert db.read_bytes() == before and (db.parent / "link.csv").is_symlink()
    with pytest.raises(OSError) as raised:
        export_csv(demo, "values", out)
    assert fault(raised.value).code == "output_onto_database"  # type: ignore[union-attr]
    assert demo.figures([2019]).unit_year("SL", 2019) is not None  # still readable


def test_a_report_over_a_link_to_the_database_is_refused(
    demo: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    from ct05_desktop import cli

    db = demo.path
    (db.parent / "bc.xlsx").symlink_to(db)
    before = db.read_bytes()
    code = cli.main(
        ["--db", str(db), "report", "--year", "2019", "--out", str(db.parent / "bc.xlsx")]
    )
    assert code != 0 and db.read_bytes() == before
    assert "là tệp của chính cơ sở dữ liệu đang mở" in capsys.readouterr().err
