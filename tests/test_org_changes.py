"""Organisations change over time: renamed from a year, merged into a successor."""

from pathlib import Path

import openpyxl

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.orgs import Org
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session


def test_renamed_from_2026_keeps_its_old_name_in_the_2019_report(
    demo_2019: Session, tmp_path: Path
) -> None:
    demo = demo_2019  # every district goes on after 2024
    csv = tmp_path / "rename.csv"
    csv.write_text(
        "code,name,level,parent_code,valid_from,valid_to,name_valid_from\n"
        "SL.TP,Đảng ủy phường Tô Hiệu,district,SL,,,2026\n",
        encoding="utf-8",
    )
    report = import_csv(demo, csv)
    assert report.ok, report.problems
    tree = demo.tree()
    assert tree.name_in("SL.TP", 2019) == "Thành ủy Sơn La"
    assert tree.name_in("SL.TP", 2026) == "Đảng ủy phường Tô Hiệu"
    assert tree["SL.TP"].name == "Đảng ủy phường Tô Hiệu"
    build_report(demo, parse_years("2019"), tmp_path / "r2019.xlsx")
    summary = openpyxl.load_workbook(tmp_path / "r2019.xlsx")["Tóm tắt"]
    lines = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("- Thành ủy Sơn La: đăng ký 11.409") for t in lines)
    assert not any("Tô Hiệu" in t for t in lines)
    assert save_values(demo, [ValueChange("SL.TP", 2026, "study_sessions", "3")], "t").ok
    build_report(demo, parse_years("2026"), tmp_path / "r2026.xlsx")
    table = openpyxl.load_workbook(tmp_path / "r2026.xlsx")["Tổng hợp"]
    assert table["B8"].value == "Đảng ủy phường Tô Hiệu"
    assert "rename" in [r["action"] for r in demo.repo.audit_rows(org_code="SL.TP")]


def test_a_merged_units_history_goes_on_in_its_successor(
    qtmodeltester,
    demo: Session,  # type: ignore[no-untyped-def]
) -> None:
    from ct05_desktop.gui.history_page import HistoryModel

    demo.repo.upsert_orgs(
        [Org("SL.MCVH", "Đảng bộ Mộc Châu – Vân Hồ", "district", "SL", valid_from=2020)], "t"
    )
    demo.repo.upsert_orgs(
        [
            Org(
                "SL.MC",
                "Huyện ủy Mộc Châu",
                "district",
                "SL",
                valid_to=2019,
                successor_code="SL.MCVH",
            ),
            Org(
                "SL.VH",
                "Huyện ủy Vân Hồ",
                "district",
                "SL",
                valid_to=2019,
                successor_code="SL.MCVH",
            ),
        ],
        "t",
    )
    assert save_values(demo, [ValueChange("SL.MCVH", 2020, "dialogues_district", "40")], "t").ok
    model = HistoryModel(demo)
    model.load("SL.MCVH")
    qtmodeltester.check(model)
    row = next(n for n, i in enumerate(model.indicators) if i.code == "dialogues_district")
    col = {y: n for n, y in enumerate(model.years)}
    assert model.index(row, col[2019]).data() == "32"  # Mộc Châu's, before the merger
    assert model.index(row, col[2020]).data() == "40"
    assert "SL.MC" not in {o.code for o in demo.tree().walk(2020)}
