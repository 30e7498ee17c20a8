"""The tree through time (issue 19): a unit's name and parent by period, changed from a
year in one plan, every earlier year's tree and report left exactly as they were."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from ct05_desktop.domain.sources import FORM
from ct05_desktop.domain.tree_changes import Change
from ct05_desktop.files.app_dirs import data_dir
from ct05_desktop.workflows.csv_transfer import export_csv, import_csv
from ct05_desktop.workflows.reorganise import change_tree, read_plan
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session

from .csv_helpers import ORGS, refused, state, where, write

DEMO = data_dir() / "demo"
PLAN = DEMO / "reorganise_2025.csv"


@pytest.fixture
def mai_son(session: Session) -> Session:
    """The default tree with Mai Sơn's communes and cells and the demo's figures of
    2017-2019, before any reorganisation."""
    for name in ("orgs.csv", "values.csv", "mai_son_values.csv"):
        assert import_csv(session, DEMO / name).ok
    return session


def reorganise(session: Session, path: Path = PLAN, year: int = 2025) -> None:
    changes, problems = read_plan(path)
    assert not problems
    report = change_tree(session, changes, year, FORM)
    assert report.ok, [str(p.reason) for p in report.problems]


def workbook_values(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


def document_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def reports(session: Session, folder: Path) -> dict[str, object]:
    """Every report and export of 2016-2024 that a move from 2025 must leave as it was."""
    folder.mkdir()
    out: dict[str, object] = {}
    for org in ("SL", "SL.MS", "SL.MS.CM", "SL.MS.HL"):
        for period in ("2018", "2019", "2017-2019", "2016-2024"):
            for kind in (".xlsx", ".docx"):
                path = folder / f"{org}-{period}{kind}"
                build_report(session, parse_years(period), path, org)
                read = workbook_values if kind == ".xlsx" else document_text
                out[path.name] = read(path)
    for year in range(2016, 2025):
        path = folder / f"values-{year}.csv"
        export_csv(session, "values", path, year)
        out[path.name] = path.read_text(encoding="utf-8")
        out[f"tree-{year}"] = [
            (o.code, o.name, o.level, o.parent_code) for o in session.tree().walk(year)
        ]
    return out


def test_a_move_from_2025_leaves_every_earlier_report_as_it_was(
    mai_son: Session, tmp_path: Path
) -> None:
    before = reports(mai_son, tmp_path / "before")
    reorganise(mai_son)
    tree = mai_son.tree()
    assert tree.parent_in("SL.MS.CM", 2024) == "SL.MS" and tree.parent_in("SL.MS.CM", 2025) == "SL"
    assert "SL.MS" not in {o.code for o in tree.walk(2025)}
    after = reports(mai_son, tmp_path / "after")
    assert after.keys() == before.keys()
    for name, was in before.items():
        assert after[name] == was, name
    # Mai Sơn's 2019 report still rests on its three communes
    lines = document_text(tmp_path / "after" / "SL.MS-2019.docx")
    assert "(Tổng hợp từ báo cáo của 03/03 tổ chức cơ sở đảng.)" in lines


def test_a_plan_is_all_or_nothing_down_to_its_last_row(mai_son: Session, tmp_path: Path) -> None:
    good = PLAN.read_text(encoding="utf-8")
    for bad_last, code in (
        ("move,SL.XX,SL,,\n", "unknown_unit"),  # a unit that does not exist
        ("rename,SL.MS.CM,,,\n", "empty_name"),
        ("move,SL.QS,SL.MS.CM,,\n", "level_not_below"),  # the whole tree's rule, checked last
        ("dissolve,SL.MS.CM,,,\n", "plan_twice"),  # moved above, then dissolved
    ):
        plan = write(tmp_path / "plan.csv", good + bad_last)
        before = state(mai_son)
        changes, problems = read_plan(plan)
        assert not problems
        report = change_tree(mai_son, changes, 2025, FORM)
        assert code in [p.reason.code for p in report.problems], bad_last
        assert state(mai_son) == before
    # a dissolved unit's units must be moved by the plan: named
    report = change_tree(mai_son, [Change("dissolve", "SL.MS")], 2025, FORM)
    assert [p.reason.code for p in report.problems] == ["plan_units_left"]
    assert "Đảng bộ xã Chiềng Mung, Đảng bộ xã Cò Nòi, Đảng bộ thị trấn Hát Lót" in str(
        report.problems[0].reason
    )


def test_a_plan_refuses_to_strand_figures(mai_son: Session) -> None:
    """What a dissolved district recorded for the plan's year must be moved by a person."""
    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.workflows.entry import save_values

    assert save_values(mai_son, [ValueChange("SL.MS", 2025, "study_sessions", "2")], FORM).ok
    changes, _ = read_plan(PLAN)
    report = change_tree(mai_son, changes, 2025, FORM)
    assert [p.reason.code for p in report.problems] == ["data_outside_years"]
    assert "Huyện ủy Mai Sơn (SL.MS) có số liệu năm 2025" in str(report.problems[0].reason)
    assert report.problems[0].line == 17  # the plan's line dissolving it


def test_the_organisation_file_round_trip_keeps_periods(mai_son: Session, tmp_path: Path) -> None:
    reorganise(mai_son)
    exported = tmp_path / "orgs.csv"
    export_csv(mai_son, "orgs", exported)
    text = exported.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith(",period_from")
    assert "SL.MS.CM,Đảng bộ xã Chiềng Mung,grassroots,SL,,,,2025" in text
    before = state(mai_son)
    report = import_csv(mai_son, exported)
    assert report.ok and report.changed == 0
    assert state(mai_son) == before
    # into another database: the same units with the same periods
    with Session(tmp_path / "other.db") as other:
        assert import_csv(other, exported).ok
        by_code = {o.code: o for o in mai_son.tree()}
        assert {o.code: o for o in other.tree()} == by_code


def test_a_retroactive_change_in_the_organisation_file_is_refused(
    mai_son: Session, tmp_path: Path
) -> None:
    """The issue's own case: the three communes set under SL and Mai Sơn ended, in a file
    without periods: every past year would change; refused, pointing to reorganise."""
    rows = "".join(
        f"{code},{name},grassroots,SL,,\n"
        for code, name in (
            ("SL.MS.CM", "Đảng bộ xã Chiềng Mung"),
            ("SL.MS.CN", "Đảng bộ xã Cò Nòi"),
            ("SL.MS.HL", "Đảng bộ thị trấn Hát Lót"),
        )
    )
    csv = write(tmp_path / "o.csv", f"{ORGS}\nSL.MS,Huyện ủy Mai Sơn,district,SL,,2024\n{rows}")
    problems = refused(mai_son, csv)
    assert where(problems) == [(n, "code", "rewrites_history") for n in (3, 4, 5)]
    assert str(problems[0]).endswith(
        "Đảng bộ xã Chiềng Mung (SL.MS.CM): tệp này làm đổi cây tổ chức của năm 2016–… (đơn vị "
        "cấp trên); thay đổi từ một năm trở đi thì dùng cột period_from, hoặc sắp xếp tổ chức "
        "(ct05 reorganise KẾ_HOẠCH.csv --from NĂM); sửa lại các năm đã qua có chủ ý thì nhập lại "
        "và xác nhận (dòng lệnh: --rewrite-history)"
    )
    # from a year, in the file's own words: a period from 2025 goes through
    periods = write(
        tmp_path / "p.csv",
        f"{ORGS},period_from\nSL.MS.CM,Đảng bộ xã Chiềng Mung,grassroots,SL,,,2025\n",
    )
    dry = import_csv(mai_son, periods, dry_run=True)
    assert dry.ok and dry.changed == 1 and mai_son.tree().parent_in("SL.MS.CM", 2025) == "SL.MS"
    assert [line.vi for line in dry.affected][:2] == [
        "Các năm 2016–2024: không đổi",
        "Năm 2025:",
    ]
    assert import_csv(mai_son, periods).ok
    tree = mai_son.tree()
    assert (tree.parent_in("SL.MS.CM", 2024), tree.parent_in("SL.MS.CM", 2025)) == ("SL.MS", "SL")
    # on purpose, after seeing the years: the past rewritten
    on_purpose = import_csv(mai_son, csv, rewrite_history=True, dry_run=True)
    assert on_purpose.ok and on_purpose.affected[0].vi == "Các năm 2016–2024:"
    assert import_csv(mai_son, csv, rewrite_history=True).ok
    assert mai_son.tree().parent_in("SL.MS.CN", 2019) == "SL"


def test_a_successors_range_report_and_history_carry_its_predecessors(
    demo: Session, tmp_path: Path
) -> None:
    from ct05_desktop.workflows.review import unit_history

    out = build_report(demo, parse_years("2018-2025"), tmp_path / "xms.xlsx", "SL.XMS")
    rows = workbook_values(out)["Tổng hợp"]
    named = {r[1]: r for r in rows if isinstance(r[1], str)}
    assert named["Đảng bộ xã Cò Nòi (đến năm 2024)"][2:4] == [1, 380]
    assert named["Đảng bộ thị trấn Hát Lót (đến năm 2024)"][2:4] == [1, 468]
    text = document_text(
        build_report(demo, parse_years("2018-2025"), tmp_path / "x.docx", "SL.XMS")
    )
    assert (
        "(Các năm trước 2025 gồm số liệu của Đảng bộ xã Cò Nòi, Đảng bộ thị trấn Hát Lót (đến năm "
        "2024), hợp nhất thành Đảng bộ xã Mai Sơn.)"
    ) in text
    assert any("năm 2019 có 610 đảng viên" in line for line in text)  # 268 + 342
    years, values = unit_history(demo, "SL.XMS", 2025)
    assert values[("members_total", 2019)] == 610 and values[("members_total", 2025)] == 640
    assert years[0] == 2018


def test_the_demo_shows_2019_with_districts_and_2025_without(demo: Session, tmp_path: Path) -> None:
    tree = demo.tree()
    units_2019 = {o.code for o in tree.children("SL", 2019)}
    units_2025 = {o.code for o in tree.children("SL", 2025)}
    assert {"SL.MS", "SL.ML", "SL.TP"} <= units_2019 and "SL.XMS" not in units_2019
    assert units_2025 == {"SL.CA", "SL.QS", "SL.BP", "SL.KCQ", "SL.KDN", "SL.MS.CM", "SL.XMS"}
    assert [o.name for o in tree.children("SL.MS", 2019)] == [
        "Đảng bộ xã Chiềng Mung",
        "Đảng bộ xã Cò Nòi",
        "Đảng bộ thị trấn Hát Lót",
    ]
    province = document_text(build_report(demo, parse_years("2025"), tmp_path / "p.docx"))
    assert any(
        line.startswith("(Đến thời điểm tổng hợp có 02/07 đơn vị trực thuộc") for line in province
    )
    assert not any("Huyện ủy" in line for line in province)
    assert "- Các đảng ủy trực thuộc Tỉnh ủy," in "\n".join(province)  # no district any more
    table = workbook_values(build_report(demo, parse_years("2025"), tmp_path / "p.xlsx"))
    named = {r[1]: r for r in table["Tổng hợp"] if isinstance(r[1], str)}
    assert named["Đảng bộ xã Chiềng Mung"][2:4] == [4, 430]
    assert named["Đảng bộ xã Mai Sơn"][2:4] == [2, 820]
    district = document_text(build_report(demo, parse_years("2019"), tmp_path / "ms.docx", "SL.MS"))
    assert "(Tổng hợp từ báo cáo của 03/03 tổ chức cơ sở đảng.)" in district
    commune = build_report(demo, parse_years("2025"), tmp_path / "cm.docx", "SL.MS.CM")
    header = "\n".join(document_text(commune))  # headed by its parent of 2025
    assert "ĐẢNG BỘ TỈNH SƠN LA\nĐẢNG ỦY XÃ CHIỀNG MUNG" in header
    assert "HUYỆN MAI SƠN" not in header
    old = build_report(demo, parse_years("2019"), tmp_path / "cm19.docx", "SL.MS.CM")
    assert "ĐẢNG BỘ HUYỆN MAI SƠN\nĐẢNG ỦY XÃ CHIỀNG MUNG" in "\n".join(document_text(old))


def test_an_organisation_file_leaves_a_locked_years_tree_alone(
    mai_son: Session, tmp_path: Path
) -> None:
    from ct05_desktop.workflows.locks import lock_year

    lock_year(mai_son, 2025, FORM)
    periods = write(
        tmp_path / "p.csv",
        f"{ORGS},period_from\nSL.MS.CM,Đảng bộ xã Chiềng Mung,grassroots,SL,,,2025\n",
    )
    problems = refused(mai_son, periods)
    assert [p.code for p in problems] == ["tree_year_locked"]
    assert str(problems[0]).startswith("p.csv: năm 2025 đã chốt số liệu, không sửa được")
