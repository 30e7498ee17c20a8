"""`ct05 reorganise PLAN.csv --from YEAR [--dry-run]` and `ct05 import` of organisation
files with periods (issue 19): exit 0 when written, 1 when refused, and a preview that
says what changes year by year, earlier years in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ct05_desktop.cli import main
from ct05_desktop.files.app_dirs import data_dir
from ct05_desktop.workflows.session import Session

from .csv_helpers import ORGS, state, write

PLAN = data_dir() / "demo" / "reorganise_2025.csv"


def run(session: Session, *args: str) -> int:
    return main(["--db", str(session.path), *args])


def test_a_dry_run_tells_year_by_year_and_writes_nothing(
    demo_2019: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(demo_2019)
    assert run(demo_2019, "reorganise", str(PLAN), "--from", "2025", "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "reorganise_2025.csv: 16 thay đổi từ năm 2025, kiểm tra đạt (chưa ghi gì)."
    assert out[1:3] == ["  Các năm 2016–2024: không đổi", "  Năm 2025:"]
    assert "  - Huyện ủy Mai Sơn: giải thể" in out
    assert "  - Đảng bộ thị trấn Hát Lót: hợp nhất thành Đảng bộ xã Mai Sơn" in out
    assert "  - Đảng bộ xã Mai Sơn (mới), trực thuộc Tỉnh ủy Sơn La" in out
    assert any(
        line.startswith(
            "  - Tỉnh ủy Sơn La: 17 → 7 đơn vị trực thuộc; thêm Đảng bộ xã Chiềng Mung,"
        )
        for line in out
    )
    assert state(demo_2019) == before


def test_written_whole_after_a_backup_then_refused_the_second_time(
    demo_2019: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_2019, "reorganise", str(PLAN), "--from", "2025") == 0
    said = capsys.readouterr().out
    assert said.startswith("reorganise_2025.csv: đã sắp xếp tổ chức từ năm 2025: ")
    assert "Trạng thái trước khi thay đổi có trong bản sao lưu " in said
    demo_2019.forget_tree()
    assert demo_2019.tree().parent_in("SL.MS.CM", 2025) == "SL"
    entries = demo_2019.repo.audit_rows(source="plan:reorganise_2025.csv")
    assert {e["action"] for e in entries} == {"org_dissolve", "org_move", "org_new", "org_merge"}
    assert all(e["year"] == 2025 for e in entries)
    before = state(demo_2019)
    kept = sorted((demo_2019.path.parent / "backups").iterdir())
    assert run(demo_2019, "reorganise", str(PLAN), "--from", "2025") == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: reorganise_2025.csv: không ghi gì vì có ")
    assert "reorganise_2025.csv, dòng 2, cột code, giá trị 'SL.TP': Thành ủy Sơn La (SL.TP) " in err
    assert state(demo_2019) == before
    assert sorted((demo_2019.path.parent / "backups").iterdir()) == kept  # refused: no backup


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("action,code,to,name,level\nmove,SL.MS.CM,SL,Tên,\n", "dòng 2, cột name"),
        ("action,code,to,name,level\nsplit,SL.MS,,,\n", "dòng 2, cột action"),
        ("code,name\nSL,x\n", "dòng 1"),
    ],
)
def test_a_plan_that_cannot_be_read_is_told_where(
    demo_2019: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, where: str
) -> None:
    plan = write(tmp_path / "p.csv", text)
    assert run(demo_2019, "reorganise", str(plan), "--from", "2025") == 1
    assert f"p.csv, {where}" in capsys.readouterr().err


def test_from_is_checked_like_every_year(
    demo_2019: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_2019, "reorganise", str(PLAN), "--from", "20x5") == 1
    assert "'20x5' không phải là một năm" in capsys.readouterr().err
    assert run(demo_2019, "reorganise", str(PLAN), "--from", "1999") == 1
    assert "năm 1999 nằm ngoài khoảng 2016–2100" in capsys.readouterr().err


def test_import_dry_run_and_rewrite_history_of_an_organisation_file(
    demo_2019: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(tmp_path / "o.csv", f"{ORGS}\nSL.MS.CM,Đảng bộ xã Chiềng Mung,grassroots,SL,,\n")
    before = state(demo_2019)
    assert run(demo_2019, "import", str(csv)) == 1
    assert "rewrite-history" in capsys.readouterr().err
    assert run(demo_2019, "import", "--dry-run", "--rewrite-history", str(csv)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "o.csv: 1 dòng, 1 sẽ thay đổi khi nhập thật."
    assert out[1] == "  Các năm 2016–2019:"  # up to the last year with data
    assert state(demo_2019) == before
    assert run(demo_2019, "import", "--rewrite-history", str(csv)) == 0
    demo_2019.forget_tree()
    assert demo_2019.tree().parent_in("SL.MS.CM", 2019) == "SL"


def test_a_plan_given_to_import_points_to_reorganise(
    demo_2019: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(demo_2019, "import", str(PLAN)) == 1
    assert "dùng lệnh ct05 reorganise KẾ_HOẠCH.csv --from NĂM" in capsys.readouterr().err


def test_a_database_of_0007_keeps_its_names_by_year(tmp_path: Path) -> None:
    """A unit renamed before periods existed (org_names): its earlier name holds up to the
    year kept, its parent for every year, its rows found by the name of their year."""
    from ct05_desktop.storage.database import connect
    from ct05_desktop.storage.migrations import MIGRATIONS
    from ct05_desktop.workflows.review import search_registers

    path = tmp_path / "old.db"
    db = connect(path)
    MIGRATIONS.apply(db, stop_before="0008_org_periods")
    with db.conn:
        db.conn.executemany(
            "INSERT INTO orgs (code, name, level, parent_code, position) VALUES (?, ?, ?, ?, ?)",
            [
                ("SL", "Tỉnh ủy Sơn La", "province", None, 0),
                ("SL.TP", "Đảng ủy phường Tô Hiệu", "district", "SL", 1),
            ],
        )
        db.execute("INSERT INTO org_names VALUES ('SL.TP', 2024, 'Thành ủy Sơn La')")
        db.execute(
            "INSERT INTO dialogues (org_code, year, level, place, search_text) "
            "VALUES ('SL.TP', 2019, 'district', 'Chiềng Lề', 'chieng le dang uy phuong to hieu')"
        )
        db.execute("INSERT INTO audit (at, who, action) VALUES ('2025-01-01', 'x', 'org')")
    db.conn.close()
    with Session(path) as session:
        tree = session.tree()
        assert tree.name_in("SL.TP", 2024) == "Thành ủy Sơn La"
        assert tree.name_in("SL.TP", 2025) == "Đảng ủy phường Tô Hiệu"
        assert [tree.parent_in("SL.TP", y) for y in (2016, 2030)] == ["SL", "SL"]
        assert "org_names" not in session.db.table_names()
        hits = search_registers(session, "thanh uy chieng le")
        assert [(h.unit, h.year) for h in hits] == [("Thành ủy Sơn La", 2019)]
        assert search_registers(session, "to hieu") == []
