"""Templates signed (issue 11): the hidden sheet's claims (unit, year, version) carry an
HMAC with a key only this database holds; a template edited to claim another unit, one
made by another database, or one whose signature is gone is refused, nothing written."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from ct05_desktop.excel.templates.writer import FIGURES, FIRST, META
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database, load_demo
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

from .test_templates import content, fill


def meta_rows(path: Path) -> dict[str, str]:
    wb = openpyxl.load_workbook(path)
    return {str(k): str(v) for k, v in wb[META].iter_rows(max_col=2, values_only=True) if k}


def edited(src: Path, dest: Path, **claims: str) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb[META]
    for row in ws.iter_rows(max_col=2):
        if row[0].value in claims:
            row[1].value = claims[str(row[0].value)]
    wb.save(dest)
    return dest


def test_a_template_is_signed_and_its_own_import_passes(demo: Session, tmp_path: Path) -> None:
    path = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    meta = meta_rows(path)
    assert len(meta["signature"]) == 64 and len(meta["template_id"]) == 32
    other = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc2.xlsx")[0]
    assert meta_rows(other)["template_id"] != meta["template_id"]
    filled = fill(path, tmp_path / "filled.xlsx", {("SL.TC", "study_sessions"): 3})
    assert import_template(demo, filled).saved


def test_a_template_edited_to_claim_the_province_is_refused(demo: Session, tmp_path: Path) -> None:
    """Thuận Châu's template with its hidden sheet changed to claim the province, and a
    row for Mường La: without the signature it would write another district's figures."""
    path = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    wb[FIGURES].cell(FIRST, 1).value = "SL.ML"
    wb.save(tmp_path / "ml.xlsx")
    forged = edited(tmp_path / "ml.xlsx", tmp_path / "forged.xlsx", unit="SL")
    filled = fill(forged, tmp_path / "forged_filled.xlsx", {("SL.ML", "study_sessions"): 999})
    before = content(demo)
    for bad in (filled, edited(path, tmp_path / "y.xlsx", year="2018")):
        report = import_template(demo, bad)
        assert [p.code for p in report.problems] == ["template_forged"], bad.name
        assert "không do cơ sở dữ liệu này tạo" in str(report.problems[0])
        assert not report.saved
    assert content(demo) == before


def test_a_template_of_another_database_or_unsigned_is_refused(
    demo: Session, tmp_path: Path
) -> None:
    with Session(tmp_path / "other.db") as other:
        init_database(other)
        load_demo(other)
        foreign = write_unit_templates(other, "SL.TC", 2019, tmp_path / "foreign.xlsx")[0]
    path = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    unsigned = edited(path, tmp_path / "unsigned.xlsx", signature="")
    scrawled = edited(path, tmp_path / "scrawled.xlsx", signature="chữ ký")  # not hex at all
    before = content(demo)
    for bad in (foreign, unsigned, scrawled):
        filled = fill(bad, tmp_path / f"f_{bad.name}", {("SL.TC", "study_sessions"): 7})
        report = import_template(demo, filled)
        assert [p.code for p in report.problems] == ["template_forged"]
    assert content(demo) == before


def test_a_register_row_deleted_after_the_preview_is_told_nothing_saved(
    demo: Session, tmp_path: Path
) -> None:
    """The template edits a stored row (by its hidden id); the row is deleted in the window
    between the preview and the save: refused in words, nothing saved."""
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.workflows.templates.unit_files import check_template, save_template

    path = write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    wb["Hội nghị đối thoại"].cell(3, 5).value = 120  # the Tông Cọ conference's participants
    wb.save(tmp_path / "edit.xlsx")
    checked = check_template(demo, tmp_path / "edit.xlsx")
    assert checked.report.problems == [] and len(checked.edits) == 1
    _, row_id, _ = checked.edits[0]
    demo.registers.delete("dialogues", [row_id], FORM)
    before = content(demo)
    report = save_template(demo, checked)
    assert not report.saved and [p.code for p in report.problems] == ["register_row_gone"]
    assert content(demo) == before
