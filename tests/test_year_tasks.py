"""Locking a year from the CLI, and carrying ongoing models into a new year."""

from pathlib import Path

import pytest

from ct05_desktop.cli import main
from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.orgs import Org
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import InputRefused, save_values
from ct05_desktop.workflows.new_year import carry_breakthrough_models
from ct05_desktop.workflows.register_entry import add_register_rows
from ct05_desktop.workflows.session import Session


def test_lock_from_the_cli_refuses_every_write_path(demo: Session, tmp_path: Path) -> None:
    assert main(["--db", str(demo.path), "lock", "2019"]) == 0
    assert 2019 in demo.repo.locked_years()
    result = save_values(demo, [ValueChange("SL.ML", 2019, "members_total", "5800")], "form")
    assert [e.code for e in result.errors] == ["year_locked"]
    csv = tmp_path / "v.csv"
    csv.write_text(
        "org_code,year,indicator,value\nSL.ML,2019,members_total,5800\n", encoding="utf-8"
    )
    report = import_csv(demo, csv)
    assert not report.ok and report.problems[0].code == "year_locked"
    with pytest.raises(InputRefused):
        add_register_rows(
            demo, "exemplars", "SL.ML", 2019, [{"name": "A", "kind": "Cá nhân"}], "form"
        )
    assert demo.repo.unit_values("SL.ML", 2019)["members_total"] == 5770
    assert main(["--db", str(demo.path), "unlock", "2019"]) == 0
    assert demo.repo.locked_years() == set()
    assert [
        r["action"] for r in demo.repo.audit_rows(year=2019) if r["action"] in ("lock", "unlock")
    ] == ["lock", "unlock"]


def test_carry_ongoing_models_once_and_into_a_successor(demo: Session) -> None:
    demo.repo.upsert_orgs(
        [Org("SL.NEW", "Đảng ủy xã Mới", "district", "SL", valid_from=2020)], "test"
    )
    demo.repo.upsert_orgs(
        [
            Org(
                "SL.MC",
                "Huyện ủy Mộc Châu",
                "district",
                "SL",
                valid_to=2019,
                successor_code="SL.NEW",
            )
        ],
        "test",
    )
    add_register_rows(
        demo,
        "breakthrough_models",
        "SL.MC",
        2019,
        [
            {"title": "Chè Shan tuyết", "status": "Đã đăng ký"},
            {"title": "Xong rồi", "status": "Hoàn thành"},
        ],
        "test",
    )
    # Mường La's and Chiềng Mung's ongoing models, and Mộc Châu's registered one into
    # its successor;
    # Thuận Châu's is completed and "Xong rồi" is done: they stay in 2019
    assert carry_breakthrough_models(demo, 2020) == 3
    rows = {
        (r["org_code"], r["title"]): r["status"]
        for r in demo.registers.rows("breakthrough_models", year=2020)
    }
    assert rows == {
        ("SL.ML", "Mô hình nuôi cá trên lòng hồ thủy điện"): "ongoing",
        ("SL.NEW", "Chè Shan tuyết"): "ongoing",
        ("SL.MS.CM", "Mô hình trồng cà phê chè theo hướng hữu cơ"): "ongoing",
    }
    assert carry_breakthrough_models(demo, 2020) == 0


def test_the_audit_trail_records_every_write_path(demo: Session, tmp_path: Path) -> None:
    import openpyxl

    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    assert save_values(demo, [ValueChange("SL.BY", 2019, "study_sessions", "1")], "form").ok
    add_register_rows(demo, "exemplars", "SL.BY", 2019, [{"name": "A", "kind": "Tập thể"}], "paste")
    csv = tmp_path / "v.csv"
    csv.write_text("org_code,year,indicator,value\nSL.BY,2019,study_sessions,2\n", encoding="utf-8")
    assert import_csv(demo, csv).ok
    path = write_unit_templates(demo, "SL.BY", 2019, tmp_path / "by.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    ws = wb["Số liệu"]
    col = next(c for c in range(3, ws.max_column + 1) if ws.cell(6, c).value == "study_sessions")
    ws.cell(7, col).value = 3
    wb.save(path)
    assert import_template(demo, path).saved
    demo.repo.set_status("SL.BY", 2019, "complete", "form")
    sources = [
        (r["action"], r["source"].split(":")[0])
        for r in demo.repo.audit_rows(org_code="SL.BY", year=2019)
    ]
    assert sources == [
        ("value", "form"),
        ("register_add", "paste"),
        ("value", "csv"),
        ("value", "xlsx"),
        ("status", "form"),
    ]
    olds = [
        (r["old"], r["new"])
        for r in demo.repo.audit_rows(org_code="SL.BY", year=2019, action="value")
    ]
    assert olds == [(None, "1"), ("1", "2"), ("2", "3")]


def test_locks_and_renames_go_through_the_same_checks(session: Session) -> None:
    from ct05_desktop.workflows.locks import lock_year, unlock_year
    from ct05_desktop.workflows.org_changes import rename_unit

    assert lock_year(session, 2019, "test") and not lock_year(session, 2019, "test")
    with pytest.raises(InputRefused, match="2019 đã chốt"):
        rename_unit(session, "SL.TP", "Tên mới", 2019, "test")
    assert rename_unit(session, "SL.TP", "Tên mới", 2020, "test")
    with pytest.raises(InputRefused, match="không được để trống"):
        rename_unit(session, "SL.TP", "  ", 2021, "test")
    with pytest.raises(InputRefused, match="ngoài khoảng"):
        lock_year(session, 99999, "test")
    assert unlock_year(session, 2019, "test") and not unlock_year(session, 2019, "test")
