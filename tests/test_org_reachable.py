"""Organisation changes keep data reachable (issue 11): a change that would leave figures
or register rows outside their unit's years, a unit as its own successor (or successors
in a loop), a level under a lower level or a unit outliving its parent is refused, by
CSV line and column or from the window, with the database left exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.domain.orgs import LEVELS
from ct05_desktop.domain.refusal_words import LEVEL_EN, LEVEL_VI
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import InputRefused, save_values
from ct05_desktop.workflows.org_changes import add_unit, end_unit
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session

from .csv_helpers import ORGS, refused, state, where, write

WITH_SUCCESSOR = f"{ORGS},successor_code"


@pytest.fixture
def demo(demo_2019: Session) -> Session:
    """The changes here are made from years in which every district goes on."""
    return demo_2019


def refused_change(session: Session, change: Callable[[], object]) -> InputRefused:
    """A change from the window that must be refused whole: the database is unchanged."""
    before = state(session)
    with pytest.raises(InputRefused) as caught:
        change()
    assert state(session) == before
    return caught.value


def summary_lines(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path)["Tóm tắt"]
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


def test_moving_thanh_uy_son_la_past_its_2019_figures_is_refused(
    demo: Session, tmp_path: Path
) -> None:
    audit = demo.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    csv = write(tmp_path / "orgs.csv", f"{ORGS}\nSL.TP,Thành ủy Sơn La,district,SL,2020,\n")
    problems = refused(demo, csv)
    assert where(problems) == [(2, "valid_from", "data_outside_years")]
    assert problems[0].value == "2020"
    assert str(problems[0]) == (
        "orgs.csv, dòng 2, cột valid_from, giá trị '2020': Thành ủy Sơn La (SL.TP) có số liệu "
        "năm 2019 (1 số liệu, 1 dòng sổ) ngoài thời gian tồn tại mới 2020–…; hãy chuyển hoặc "
        "xóa số liệu đó trước"
    )
    assert "has figures in 2019 (1 figure(s), 1 register row(s))" in problems[0].words("en")
    assert demo.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
    assert demo.tree()["SL.TP"].valid_from is None
    build_report(demo, parse_years("2019"), tmp_path / "r2019.xlsx")
    assert any(
        t.startswith("- Thành ủy Sơn La: đăng ký 11.409")
        for t in summary_lines(tmp_path / "r2019.xlsx")
    )
    # from the year after its last figures the same change goes through, but only when
    # asked for: it rewrites the tree of 2016-2018 (issue 19)
    later = write(tmp_path / "later.csv", f"{ORGS}\nSL.TP,Thành ủy Sơn La,district,SL,2019,\n")
    assert where(refused(demo, later)) == [(2, "code", "rewrites_history")]
    assert import_csv(demo, later, rewrite_history=True).ok


def test_ending_a_unit_before_its_register_rows_and_comments_is_refused(
    session: Session, tmp_path: Path
) -> None:
    dialogue = {"level": "district", "place": "Bắc Yên"}
    session.registers.insert("dialogues", "SL.BY", 2021, dialogue, "test")
    session.registers.insert("dialogues", "SL.BY", 2022, dialogue, "test")
    comment = {("SL.BY", 2022, "study_sessions"): "chưa họp"}  # a comment alone is data too
    assert save_values(session, [], "test", comment).ok
    refusal = refused_change(session, lambda: end_unit(session, "SL.BY", 2020))
    assert refusal.codes == ["data_outside_years"]
    assert str(refusal) == (
        "Huyện ủy Bắc Yên (SL.BY) có số liệu năm 2021–2022 (1 số liệu, 2 dòng sổ) ngoài thời "
        "gian tồn tại mới …–2020; hãy chuyển hoặc xóa số liệu đó trước"
    )
    csv = write(tmp_path / "o.csv", f"{ORGS}\nSL.BY,Huyện ủy Bắc Yên,district,SL,,2021\n")
    assert where(refused(session, csv)) == [(2, "valid_to", "data_outside_years")]
    # merged into a successor from the year after its last figures: still done
    add_unit(session, "SL", "SL.BYPY", "Đảng bộ Bắc Yên – Phù Yên", "district", 2023)
    ended = end_unit(session, "SL.BY", 2022, "SL.BYPY")
    assert ended.valid_to == 2022 and session.tree()["SL.BY"].successor_code == "SL.BYPY"


def test_a_unit_as_its_own_successor_is_refused(demo: Session, tmp_path: Path) -> None:
    csv = write(
        tmp_path / "own.csv", f"{WITH_SUCCESSOR}\nSL.TP,Thành ủy Sơn La,district,SL,,2019,SL.TP\n"
    )
    problems = refused(demo, csv)
    assert where(problems) == [(2, "successor_code", "own_successor")]
    assert "Thành ủy Sơn La (SL.TP) không thể là đơn vị kế thừa của chính nó" in str(problems[0])
    refusal = refused_change(demo, lambda: end_unit(demo, "SL.TC", 2019, "SL.TC"))
    assert refusal.codes == ["plan_target_itself"]
    assert refusal.words("en") == "a unit cannot stand under, or be merged into, itself"


def test_successors_in_a_loop_are_refused(demo: Session, tmp_path: Path) -> None:
    loop = write(
        tmp_path / "loop.csv",
        f"{WITH_SUCCESSOR}\n"
        "SL.A,Huyện ủy A,district,SL,,,SL.B\n"
        "SL.B,Huyện ủy B,district,SL,,,SL.A\n",
    )
    problems = refused(demo, loop)
    assert where(problems) == [
        (2, "successor_code", "successor_loop"),
        (3, "successor_code", "successor_loop"),
    ]
    assert "(SL.A → SL.B → SL.A)" in str(problems[0])
    assert "(SL.B → SL.A → SL.B)" in problems[1].words("en")
    # a unit whose successor is stored already: ending its successor into it closes a loop
    one_way = write(
        tmp_path / "one.csv", f"{WITH_SUCCESSOR}\nSL.B,Huyện ủy B,district,SL,,,SL.TC\n"
    )
    assert import_csv(demo, one_way).ok
    refusal = refused_change(demo, lambda: end_unit(demo, "SL.TC", 2019, "SL.B"))
    assert refusal.codes == ["successor_loop"]
    assert "(SL.TC → SL.B → SL.TC)" in str(refusal)


def test_a_level_under_a_lower_level_is_refused(demo: Session, tmp_path: Path) -> None:
    district = write(tmp_path / "d.csv", f"{ORGS}\nSL.X,Huyện ủy X,district,SL.MS.CM,,\n")
    problems = refused(demo, district)
    assert where(problems) == [(2, "parent_code", "level_not_below")]
    assert str(problems[0]).endswith(
        "Huyện ủy X (SL.X) là đơn vị cấp trực thuộc tỉnh, không thể trực thuộc Đảng bộ xã "
        "Chiềng Mung (SL.MS.CM) là đơn vị cấp cơ sở: đơn vị cấp trên phải ở cấp cao hơn (cấp "
        "tỉnh > cấp trực thuộc tỉnh > cấp cơ sở > cấp chi bộ)"
    )
    others = write(
        tmp_path / "o.csv",
        f"{ORGS}\n"
        "SL.P,Tỉnh ủy Thử,province,SL,,\n"  # a province under anything
        "SL.MS.CM.NS.X,Tổ đảng X,cell,SL.MS.CM.NS,,\n"  # a unit under a cell
        "SL.QN2,Huyện ủy Quỳnh Nhai 2,district,SL.TC,,\n"  # equal levels do not nest
        "SL.MS.CM,Đảng bộ xã Chiềng Mung,cell,SL.MS,,\n"  # now a cell, with cells under it
        "SL.MS.HL,Đảng bộ thị trấn Hát Lót,grassroots,SL.MS.CM.TX,,\n",  # moved under a cell
    )
    assert where(refused(demo, others)) == [
        (2, "parent_code", "level_not_below"),
        (3, "parent_code", "level_not_below"),
        (4, "parent_code", "level_not_below"),
        (5, "level", "level_not_below"),
        (5, "level", "level_not_below"),
        (5, "level", "level_not_below"),
        (6, "parent_code", "level_not_below"),
    ]
    refusal = refused_change(
        demo, lambda: add_unit(demo, "SL.MS.CM", "SL.MS.CM.D", "Huyện ủy D", "district", 2019)
    )
    assert refusal.codes == ["level_not_below"]
    assert "a directly subordinate unit, cannot stand under" in refusal.words("en")
    # a level may be skipped: since 2025 communes stand directly under the province
    assert add_unit(demo, "SL", "SL.XA", "Đảng bộ xã Mới", "grassroots", 2025).level == "grassroots"


def test_a_unit_outliving_its_parent_is_refused(demo: Session, tmp_path: Path) -> None:
    ends = write(tmp_path / "ends.csv", f"{ORGS}\nSL.MS,Huyện ủy Mai Sơn,district,SL,,2020\n")
    problems = refused(demo, ends)
    assert where(problems) == [(2, "valid_to", "parent_not_covering")] * 3
    assert str(problems[0]).endswith(
        "Đảng bộ xã Chiềng Mung (SL.MS.CM) tồn tại cả năm 2021–…, nhưng đơn vị cấp trên "
        "Huyện ủy Mai Sơn (SL.MS) chỉ tồn tại …–2020: những năm đó đơn vị này không có đơn "
        "vị cấp trên nên không có trong báo cáo nào; hãy sửa năm cho khớp, hoặc chuyển đơn vị "
        "sang đơn vị cấp trên khác"
    )
    # dissolved from the window, its units are named: they must be moved first
    refusal = refused_change(demo, lambda: end_unit(demo, "SL.MS", 2020))
    assert refusal.codes == ["plan_units_left"]
    assert str(refusal).startswith(
        "Huyện ủy Mai Sơn (SL.MS) giải thể từ năm 2021 nhưng còn 3 đơn vị trực thuộc chưa được "
        "chuyển đi: Đảng bộ xã Chiềng Mung, Đảng bộ xã Cò Nòi, Đảng bộ thị trấn Hát Lót;"
    )
    early = write(
        tmp_path / "early.csv",
        f"{ORGS}\n"
        "SL.D,Huyện ủy D,district,SL,2020,2024\n"
        "SL.D.A,Đảng bộ xã A,grassroots,SL.D,2019,\n",
    )
    problems = refused(demo, early)
    assert where(problems) == [(3, "valid_from", "parent_not_covering")]
    assert "tồn tại cả năm 2019, 2025–…" in str(problems[0])
    assert "only exists in 2020–2024" in problems[0].words("en")
    district = write(tmp_path / "d.csv", f"{ORGS}\nSL.D,Huyện ủy D,district,SL,2020,2024\n")
    assert import_csv(demo, district).ok
    refusal = refused_change(
        demo, lambda: add_unit(demo, "SL.D", "SL.D.A", "Đảng bộ xã A", "grassroots", 2021)
    )
    assert refusal.codes == ["parent_not_covering"]  # it would go on after 2024
    # a unit under it that begins only later still outlives a parent ended before
    later = write(
        tmp_path / "later.csv",
        f"{ORGS}\nSL.E,Huyện ủy E,district,SL,,\nSL.E.A,Đảng bộ xã A,grassroots,SL.E,2023,\n",
    )
    assert import_csv(demo, later).ok
    refusal = refused_change(demo, lambda: end_unit(demo, "SL.E", 2020))
    assert refusal.codes == ["plan_units_left"]
    assert "Đảng bộ xã A" in str(refusal)
    ended = write(tmp_path / "ended.csv", f"{ORGS}\nSL.E,Huyện ủy E,district,SL,,2020\n")
    assert where(refused(demo, ended)) == [(2, "valid_to", "parent_not_covering")]


def test_a_stored_tree_checked_in_a_batch_reads_by_index(demo: Session) -> None:
    """One grouped query per table for the whole batch, each through the (unit, year)
    index: only the batch's spans are scanned."""
    seen: list[str] = []
    demo.db.conn.set_trace_callback(seen.append)
    try:
        found = demo.repo.held_outside({"SL.TP": (2020, None), "SL.TC": (None, 2018)})
    finally:
        demo.db.conn.set_trace_callback(None)
    assert found == {("SL.TP", 2019): (1, 1), ("SL.TC", 2019): (8, 7)}
    assert len(seen) == 1 + len(REGISTERS)  # the figures, then each register
    for sql in seen:
        plan = " | ".join(
            str(r[-1]) for r in demo.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        )
        assert "SEARCH t USING" in plan, plan
        assert plan.count("SCAN") == 1 and "SCAN json_each" in plan, plan


def test_level_words_in_both_languages() -> None:
    assert LEVEL_VI.keys() == LEVEL_EN.keys() == set(LEVELS)
