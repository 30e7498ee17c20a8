"""Issue 24: every register out and in as CSV. A re-import of an export changes nothing and
the round trip is exact; rows are matched by id, a row without one is new; a file with
one bad row is refused whole, naming its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.register_csv import export_registers
from ct05_desktop.workflows.register_entry import add_register_rows
from ct05_desktop.workflows.session import Session


def everything(session: Session) -> dict[str, list[dict[str, object]]]:
    return {spec.key: session.registers.rows(spec.key) for spec in REGISTERS}


def test_every_register_goes_out_and_comes_back_unchanged(demo: Session, tmp_path: Path) -> None:
    row = {
        "kind": "Cán bộ chủ chốt",
        "person": "Lò Văn A",
        "position": "Bí thư",
        "content": "=1+1 là công thức? Không: nội dung",
        "contents": 2,
        "items": 4,
        "result": "Hoàn thành tốt",
        "note": "Đi cơ sở 40 lần",
    }
    assert add_register_rows(demo, "commitments", "SL.MS.CN", 2019, [row], CLI)
    before = everything(demo)
    written = export_registers(demo, tmp_path / "out")
    assert set(written) == {spec.key for spec in REGISTERS} and all(written.values())
    text = (tmp_path / "out" / "commitments.csv").read_text("utf-8-sig")
    assert "'=1+1 là công thức" in text  # a formula-like text neutralised
    for spec in REGISTERS:
        report = import_csv(demo, tmp_path / "out" / f"{spec.key}.csv", CLI)
        assert report.ok and report.changed == 0, [str(p) for p in report.problems]
    assert everything(demo) == before
    again = export_registers(demo, tmp_path / "again")
    for spec in REGISTERS:
        first = (tmp_path / "out" / f"{spec.key}.csv").read_bytes()
        assert (tmp_path / "again" / f"{spec.key}.csv").read_bytes() == first
    assert again == written


def test_rows_are_matched_by_id_and_a_new_row_has_none(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    assert export_registers(demo, out, "dialogues", 2019, "SL.TC") == {"dialogues": 6}
    lines = out.read_text("utf-8-sig").splitlines()
    lines[1] = lines[1].replace("Tông Cọ", "Tông Cọ (bản mới)")
    lines.append(",SL.TC,2019,15/04/2019,Cấp cơ sở,Bản Mới,40")
    out.write_text("\n".join(lines), encoding="utf-8")
    before = demo.registers.rows("dialogues", "SL.TC", 2019)
    preview = import_csv(demo, out, CLI, dry_run=True)  # what it would change, unwritten
    assert preview.ok and preview.changed == 2
    assert [p.vi for p in preview.affected] == [
        "Thêm 1 dòng",
        f"Sửa dòng {before[0]['id']} (Tông Cọ (bản mới))",
    ]
    assert demo.registers.rows("dialogues", "SL.TC", 2019) == before
    report = import_csv(demo, out, CLI)
    assert report.ok and report.changed == 2
    rows = demo.registers.rows("dialogues", "SL.TC", 2019)
    assert len(rows) == 7 and rows[0]["place"] == "Tông Cọ (bản mới)"
    assert import_csv(demo, out, CLI).changed == 1  # the new row again: it has no id


def test_a_file_with_one_bad_row_is_refused_whole(demo: Session, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    export_registers(demo, out, "dialogues", 2019, "SL.TC")
    before = everything(demo)
    lines = out.read_text("utf-8-sig").splitlines()
    lines[1] = lines[1].replace("Tông Cọ", "Đổi tên")
    lines.append(",SL.TC,2019,31/02/2019,Cấp cơ sở,Bản Mới,40")  # no 31 February
    lines.append("999999,SL.TC,2019,15/04/2019,Cấp cơ sở,Bản Khác,40")  # no such row
    out.write_text("\n".join(lines), encoding="utf-8")
    report = import_csv(demo, out, CLI)
    assert not report.ok and everything(demo) == before
    said = [str(p) for p in report.problems]
    assert said[0].startswith("d.csv, dòng 8")
    lines.pop(-2)
    out.write_text("\n".join(lines), encoding="utf-8")
    unknown = import_csv(demo, out, CLI)
    assert [p.code for p in unknown.problems] == ["register_id_unknown"]
    assert "dòng 8, cột id, giá trị '999999'" in str(unknown.problems[0])
    assert everything(demo) == before


@pytest.mark.usefixtures("no_demo_commitments")
def test_many_rows_at_once_are_indexed_for_search_and_the_triggers_stay(demo: Session) -> None:
    from ct05_desktop.storage.register_store import BULK

    rows = [
        ("SL.MS.CN", 2019, {"kind": "collective", "content": f"Nội dung số {n}"})
        for n in range(BULK + 10)
    ]

    def indexes() -> list[tuple[str, str]]:
        return demo.repo.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "ORDER BY name",
            ["commitments"],
        ).fetchall()

    made = indexes()
    assert len(made) >= 2 and demo.registers.rows("commitments") == []
    ids = demo.registers.insert_many("commitments", rows, CLI)  # indexes made again after
    assert len(ids) == BULK + 10 and ids == sorted(ids)
    assert indexes() == made
    plan = demo.repo.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM commitments WHERE org_code = ? AND year = ?",
        ["SL.MS.CN", 2019],
    ).fetchall()
    assert "commitments_unit_year" in str(plan)
    found = demo.registers.search(f"noi dung so {BULK + 5}")
    assert [(k, r["id"]) for k, r in found] == [("commitments", ids[BULK + 5])]
    one = demo.registers.insert_many(
        "commitments", [("SL.MS.CN", 2019, {"kind": "collective", "content": "Trồng rừng"})], CLI
    )
    assert [r["id"] for _, r in demo.registers.search("trong rung")] == one
    demo.registers.delete("commitments", one, CLI)
    assert demo.registers.search("trong rung") == []
    audit = demo.repo.audit_rows(action="register_add", register="commitments", source=str(CLI))
    assert len(audit) == BULK + 11 and audit[-1]["row_id"] == one[0]
