"""The edges of changing the tree from a year (issue 19, from a review): merging into a unit
that already existed, successors' levels, periods no year holds, what a plan's rows may
hold, two changes of one unit in one plan, a locked year after the last with figures."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.domain.change_words import Names, audit_line
from ct05_desktop.domain.sources import FORM
from ct05_desktop.domain.tree_changes import Change
from ct05_desktop.workflows.csv_transfer import export_csv, import_csv
from ct05_desktop.workflows.locks import lock_year
from ct05_desktop.workflows.reorganise import change_tree
from ct05_desktop.workflows.reports import gather, parse_years
from ct05_desktop.workflows.review import unit_history
from ct05_desktop.workflows.session import Session

from .csv_helpers import ORGS, refused, state, where, write


def codes_of(session: Session, changes: list[Change], year: int) -> list[str]:
    """The refusals of a plan that must be refused whole (the database unchanged)."""
    before = state(session)
    report = change_tree(session, changes, year, FORM)
    assert state(session) == before
    return [p.reason.code for p in report.problems]


def test_a_unit_merged_into_one_that_existed_adds_nothing_to_its_earlier_years(
    demo: Session,
) -> None:
    before = gather(demo, parse_years("2018-2025"), "SL.XMS")
    history = unit_history(demo, "SL.XMS", 2025)
    report = change_tree(demo, [Change("merge", "SL.MS.CM", "SL.XMS")], 2026, FORM)
    assert report.ok and report.preview is not None
    assert report.preview.lines[0].vi == "Các năm 2016–2025: không đổi"
    after = gather(demo, parse_years("2018-2025"), "SL.XMS")
    assert [r.values for r in after.rows] == [r.values for r in before.rows]
    assert after.tree_notes == before.tree_notes
    assert "Chiềng Mung" not in " ".join(after.tree_notes)
    assert unit_history(demo, "SL.XMS", 2025) == history


def test_a_successor_is_of_the_units_level(demo: Session, tmp_path: Path) -> None:
    # the provincial police committee into a village cell: refused, in a plan and a file
    assert codes_of(demo, [Change("merge", "SL.CA", "SL.MS.CM.NS")], 2026) == ["successor_level"]
    csv = write(
        tmp_path / "o.csv",
        f"{ORGS},successor_code\nSL.CA,Đảng ủy Công an tỉnh,district,SL,,2025,SL.MS.CM.NS\n",
    )
    assert "successor_level" in [p.code for p in refused(demo, csv)]


def test_a_successor_given_afterwards_rewrites_history(demo: Session, tmp_path: Path) -> None:
    """Quỳnh Nhai ended in 2024: naming now a successor for it would carry its years
    into that unit's earlier reports."""
    csv = write(
        tmp_path / "o.csv",
        f"{ORGS},successor_code\nSL.QN,Huyện ủy Quỳnh Nhai,district,SL,,2024,SL.KCQ\n",
    )
    problems = refused(demo, csv)
    assert where(problems) == [(2, "code", "rewrites_history")]
    assert "(đơn vị kế thừa)" in str(problems[0])


def test_periods_no_year_holds_are_dropped_and_the_export_reimports(
    demo_2019: Session, tmp_path: Path
) -> None:
    assert change_tree(
        demo_2019, [Change("new", "SL.MS.CM.Y", "SL.MS.CM", "Chi bộ Y", "cell")], 2017, FORM
    ).ok
    assert change_tree(
        demo_2019, [Change("rename", "SL.MS.CM.Y", name="Chi bộ Y hai")], 2020, FORM
    ).ok
    later = write(
        tmp_path / "o.csv",
        f"{ORGS},period_from\nSL.MS.CM.Y,Chi bộ Y ba,cell,SL.MS.CM,2022,,2024\n",
    )
    assert import_csv(demo_2019, later, rewrite_history=True).ok
    unit = demo_2019.tree()["SL.MS.CM.Y"]
    assert unit.names() == [(0, "Chi bộ Y hai"), (2024, "Chi bộ Y ba")]  # 2017's name: gone
    exported = tmp_path / "all.csv"
    export_csv(demo_2019, "orgs", exported)
    report = import_csv(demo_2019, exported)
    assert report.ok and report.changed == 0


def test_a_plans_rows_are_checked_for_what_they_hold(demo_2019: Session) -> None:
    assert codes_of(demo_2019, [Change("new", "", "SL.MS.CM", "Chi bộ rỗng", "cell")], 2025) == [
        "empty_code"
    ]
    unseen = [Change("new", "SL.MS.CM.Z\x01", "SL.MS.CM", "Chi bộ\x07 Nà", "cell")]
    assert codes_of(demo_2019, unseen, 2025).count("control_character") == 2
    assert codes_of(demo_2019, [Change("rename", "SL.MS.CM", name="   ")], 2025) == ["empty_name"]


def test_two_changes_of_one_unit_are_one_entry_telling_both(demo_2019: Session) -> None:
    changes = [
        Change("move", "SL.MS.CM.NS", "SL.MS.CN"),
        Change("rename", "SL.MS.CM.NS", name="Chi bộ bản Nà Sản mới"),
    ]
    assert change_tree(demo_2019, changes, 2026, FORM).ok
    entries = demo_2019.repo.audit_rows(org_code="SL.MS.CM.NS")
    assert [e["action"] for e in entries][-1] == "org"
    said = audit_line(entries[-1], Names(demo_2019.catalogue, demo_2019.tree()))
    assert "Tên (từ năm 2026): Chi bộ bản Nà Sản → Chi bộ bản Nà Sản mới" in said.change
    assert "Trực thuộc (từ năm 2026): Đảng bộ xã Chiềng Mung → Đảng bộ xã Cò Nòi" in said.change


def test_a_locked_year_after_the_last_with_figures_is_left_alone(demo: Session) -> None:
    lock_year(demo, 2027, FORM)
    assert codes_of(demo, [Change("rename", "SL.XMS", name="Đảng bộ xã Mai Sơn mới")], 2026) == [
        "tree_year_locked"
    ]


def test_a_unit_moved_by_a_file_has_its_header_follow_its_parent(
    demo_2019: Session, tmp_path: Path
) -> None:
    from ct05_desktop.workflows.reports import save_unit_header, unit_header

    assert save_unit_header(
        demo_2019, "SL.MS.CM", {"superior": "ĐẢNG BỘ HUYỆN MAI SƠN (sửa)"}, FORM
    )
    periods = write(
        tmp_path / "p.csv",
        f"{ORGS},period_from\nSL.MS.CM,Đảng bộ xã Chiềng Mung,grassroots,SL,,,2025\n",
    )
    report = import_csv(demo_2019, periods)
    assert report.ok
    assert [w.in_("vi") for w in report.warnings] == [
        "phần đầu báo cáo của Đảng bộ xã Chiềng Mung nay lấy dòng cơ quan cấp trên và nơi nhận "
        "theo đơn vị cấp trên của từng năm (giá trị đã sửa trước đây được bỏ)"
    ]
    assert unit_header(demo_2019, "SL.MS.CM", year=2025).superior == "ĐẢNG BỘ TỈNH SƠN LA"
    assert unit_header(demo_2019, "SL.MS.CM", year=2019).superior == "ĐẢNG BỘ HUYỆN MAI SƠN"
