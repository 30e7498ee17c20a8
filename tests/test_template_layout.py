"""What a unit's clerk sees in a template (issue 13): names and labels, never the codes the
reader goes by (those sit in a hidden row and hidden columns, kept by a save in
LibreOffice); files named after their units; no "0 templates written"."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ct05_desktop.cli import main
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.template_signature import KEY_SETTING, signature
from ct05_desktop.excel.register_sheets import SHEET_NAMES
from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST, META
from ct05_desktop.workflows.org_changes import add_unit
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import (
    import_template,
    template_file_names,
    write_unit_templates,
)

from .test_templates import content, fill, unit_of

DIALOGUES = "Hội nghị đối thoại"


def internal_codes(session: Session) -> set[str]:
    """Every code of the program a template could let slip: units, indicators, registers,
    their fields and their choices."""
    codes = {o.code for o in session.tree()} | set(session.catalogue.codes)
    for spec in REGISTERS:
        codes |= {spec.key} | {f.name for f in spec.fields}
        codes |= {c.code for f in spec.fields for c in f.choices}
    return codes


def hidden_lines(ws: Worksheet) -> tuple[set[int], set[int]]:
    rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
    cols = {
        c
        for dim in ws.column_dimensions.values()
        if dim.hidden
        for c in range(dim.min, dim.max + 1)
    }
    return rows, cols


def seen_texts(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every cell a clerk sees: visible sheets, rows and columns."""
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        rows, cols = hidden_lines(ws)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and cell.row not in rows and cell.column not in cols:
                    out.append((ws.title, cell.coordinate, str(cell.value)))
    return out


def test_the_clerk_sees_names_and_labels_the_codes_are_hidden(
    demo: Session, tmp_path: Path
) -> None:
    path = write_unit_templates(demo, "SL", 2019, tmp_path / "sl.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    ws = wb[FIGURES]
    assert ws.row_dimensions[CODES].hidden and ws.column_dimensions["A"].hidden
    assert ws.cell(CODES, 3).value == "study_sessions" and ws.cell(FIRST, 1).value == "SL"
    assert ws.cell(FIRST, 2).value == "Tỉnh ủy Sơn La"
    indents = {ws.cell(r, 1).value: ws.cell(r, 2).alignment.indent for r in range(FIRST, 12)}
    assert indents["SL"] == 0 and indents["SL.TP"] > 0  # the tree shown by indenting
    assert wb[META].sheet_state == "veryHidden"
    dialogues = wb[DIALOGUES]
    assert dialogues["A2"].value == "Đơn vị *" and dialogues["A3"].value == "Huyện ủy Thuận Châu"
    units = next(v for v in dialogues.data_validations.dataValidation if "A3" in v.sqref)
    assert units.formula1 == f"'{META}'!$C$1:$C${len(demo.tree().subtree('SL', 2019))}"
    assert wb[META]["C2"].value == "Thành ủy Sơn La" and wb[META]["D2"].value == "SL.TP"
    codes = internal_codes(demo)
    seen = seen_texts(path)
    assert len(seen) > 200
    leaks = [
        (sheet, ref, text)
        for sheet, ref, text in seen
        if text in codes
        or re.search(r"\b[a-z]+_[a-z_]+\b", text)  # an English code, study_sessions
        or re.search(r"\bSL(\.[A-Z]+)+\b", text)  # a unit's code, SL.TC
    ]
    assert leaks == []


def test_register_rows_named_by_unit_round_trip(demo: Session, tmp_path: Path) -> None:
    path = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    ws = wb[DIALOGUES]
    row = ["Đảng bộ xã Cò Nòi", "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Cò Nòi", 85]
    for col, value in enumerate(row, start=1):
        ws.cell(3, col).value = value
    for col, value in enumerate(["  chi BỘ bản nà sản ", *row[1:3], "Nà Sản", 40], start=1):
        ws.cell(4, col).value = value  # typed by hand: case and spaces aside
    for col, value in enumerate(["Xã Không Có", *row[1:3], "Đâu đó", 1], start=1):
        ws.cell(5, col).value = value
    wb.save(tmp_path / "filled.xlsx")
    before = content(demo)
    refused = import_template(demo, tmp_path / "filled.xlsx")
    assert [(p.code, p.cell, p.value) for p in refused.problems] == [
        ("unit_not_in_template", "A5", "Xã Không Có")
    ]
    assert "hãy chọn đơn vị trong danh sách của cột 'Đơn vị'" in str(refused.problems[0])
    assert content(demo) == before
    ws.delete_rows(5)
    wb.save(tmp_path / "good.xlsx")
    report = import_template(demo, tmp_path / "good.xlsx")
    assert report.problems == [] and report.saved
    assert [r["place"] for r in demo.registers.rows("dialogues", "SL.MS.CN", 2019)] == ["Cò Nòi"]
    assert [r["place"] for r in demo.registers.rows("dialogues", "SL.MS.CM.NS", 2019)] == ["Nà Sản"]
    again = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "again.xlsx")[0]
    shown = openpyxl.load_workbook(again)[DIALOGUES]
    assert {shown.cell(r, 1).value for r in (3, 4)} == {"Đảng bộ xã Cò Nòi", "Chi bộ bản Nà Sản"}


def test_units_of_one_name_are_told_apart_in_the_list_and_in_file_names(
    demo_2019: Session, tmp_path: Path
) -> None:
    """Two communes each with a 'Chi bộ Văn phòng', and two districts' units of one name."""
    demo = demo_2019  # every district goes on after 2024
    for parent in ("SL.MS.CM", "SL.MS.CN"):
        add_unit(demo, parent, f"{parent}.VP", "Chi bộ Văn phòng", "cell", 2019)
    path = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    listed = {wb[META].cell(r, 4).value: wb[META].cell(r, 3).value for r in range(1, 10)}
    assert listed["SL.MS.CM.VP"] == "Chi bộ Văn phòng (Đảng bộ xã Chiềng Mung)"
    assert listed["SL.MS.CN.VP"] == "Chi bộ Văn phòng (Đảng bộ xã Cò Nòi)"
    ws = wb[DIALOGUES]
    for col, value in enumerate(
        [listed["SL.MS.CN.VP"], "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Cò Nòi", 9], 1
    ):
        ws.cell(3, col).value = value
    wb.save(tmp_path / "filled.xlsx")
    assert import_template(demo, tmp_path / "filled.xlsx").saved
    assert len(demo.registers.rows("dialogues", "SL.MS.CN.VP", 2019)) == 1
    # the same name under one parent: the file names differ, each file knows its unit
    add_unit(demo, "SL", "SL.X1", "Đảng ủy Khối các cơ quan tỉnh", "district", 2019)
    paths = write_unit_templates(demo, "SL", 2019, tmp_path / "out", children=True)
    names = sorted(p.name for p in paths if "Khoi_Cac_Co_Quan" in p.name)
    assert names == [
        "Mau_CT05_Dang_Uy_Khoi_Cac_Co_Quan_Tinh_SL_KCQ_2019.xlsx",
        "Mau_CT05_Dang_Uy_Khoi_Cac_Co_Quan_Tinh_SL_X1_2019.xlsx",
    ]
    assert len(set(paths)) == len(paths) == len(list((tmp_path / "out").iterdir())) == 18
    assert {unit_of(p) for p in paths} == {o.code for o in demo.tree().children("SL", 2019)}


def test_file_names_from_vietnamese_names() -> None:
    def names(*units: tuple[str, str]) -> list[str]:
        orgs = [Org(code, name, "grassroots") for code, name in units]
        return list(template_file_names(orgs, 2019).values())

    assert names(("SL.ML", "Huyện ủy Mường La"), ("SL.CA", "Đảng ủy Công an tỉnh")) == [
        "Mau_CT05_Huyen_Uy_Muong_La_2019.xlsx",
        "Mau_CT05_Dang_Uy_Cong_An_Tinh_2019.xlsx",
    ]
    assert names(("A", 'Chi bộ "Bản <1>": A/B\\C|D?*')) == [
        "Mau_CT05_Chi_Bo_Ban_1_A_B_C_D_2019.xlsx"
    ]
    assert names(("SL.漢", "漢字")) == ["Mau_CT05_SL_2019.xlsx"]  # nothing ASCII in the name
    long = names(("X", "Đảng bộ " + "rất dài " * 30))[0]
    assert len(long) <= 80 and long.startswith("Mau_CT05_Dang_Bo_Rat_Dai_") and "__" not in long
    # alike but for case and marks (one file on Windows): the codes added, then numbers
    assert names(
        ("SL.A", "Chi bộ bản Mòn"), ("SL.B", "Chi bộ Bản Môn"), ("SL-A", "Chi bộ bản mon")
    ) == [
        "Mau_CT05_Chi_Bo_Ban_Mon_SL_A_2019.xlsx",
        "Mau_CT05_Chi_Bo_Ban_Mon_SL_B_2019.xlsx",
        "Mau_CT05_Chi_Bo_Ban_Mon_SL_A_2_2019.xlsx",
    ]
    for name in names(("SL.ML", "Huyện ủy Mường La"), ("Q", "a<b>c:d")):
        assert name.isascii() and not set('<>:"/\\|?* ') & set(name)


def test_templates_for_the_units_under_a_unit_that_has_none_are_refused(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    with pytest.raises(Refusal) as refused:
        write_unit_templates(demo, "SL.ML", 2019, out, children=True)
    assert refused.value.code == "no_units_under"
    words = str(refused.value)
    assert words.startswith("Huyện ủy Mường La không có đơn vị trực thuộc nào trong năm 2019")
    assert "bỏ chọn 'Mỗi đơn vị trực thuộc một tệp'" in words and "--children" in words
    assert "untick" in refused.value.words("en")
    assert not out.exists()
    args = ["--db", str(demo.path), "template", "--org", "SL.ML", "--year", "2019"]
    assert main([*args, "--children", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Huyện ủy Mường La không có đơn vị trực thuộc") and not out.exists()
    assert main([*args, "--out", str(tmp_path / "ml.xlsx")]) == 0  # its own template
    assert unit_of(tmp_path / "ml.xlsx") == "SL.ML"


def test_a_version_2_template_is_still_read(demo: Session, tmp_path: Path) -> None:
    """A file sent before the register sheets named their units: its hidden list holds
    codes then choices, never read as labels; its rows give their units by code."""
    path = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    wb = openpyxl.load_workbook(path)
    meta = wb[META]
    claims = {str(meta.cell(r, 1).value): str(meta.cell(r, 2).value) for r in range(1, 8)}
    claims["template_version"] = "2"
    for r in range(1, 8):
        meta.cell(r, 2).value = claims[str(meta.cell(r, 1).value)]
    meta["B7"] = signature(str(demo.repo.setting(KEY_SETTING)), claims)
    code_of = {meta.cell(r, 3).value: meta.cell(r, 4).value for r in range(1, 8)}
    for r in range(1, 8):  # version 2's lists: the codes in C, the first choices in D
        meta.cell(r, 3).value, meta.cell(r, 4).value = meta.cell(r, 4).value, f"lựa chọn {r}"
    for spec in REGISTERS:  # and its pre-filled rows give their units' codes
        sheet = wb[SHEET_NAMES[spec.key]]
        for r in range(3, sheet.max_row + 1):
            sheet.cell(r, 1).value = code_of.get(sheet.cell(r, 1).value, sheet.cell(r, 1).value)
    ws = wb[DIALOGUES]
    for col, value in enumerate(["SL.MS.CN", "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)"], 1):
        ws.cell(3, col).value = value
    ws["D3"], ws["E3"] = "Cò Nòi", 9
    wb.save(tmp_path / "v2.xlsx")
    assert meta["A7"].value == "signature"
    report = import_template(demo, tmp_path / "v2.xlsx")
    assert report.problems == [] and report.saved
    assert len(demo.registers.rows("dialogues", "SL.MS.CN", 2019)) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_template_saved_by_libreoffice_keeps_its_hidden_codes_and_imports(
    demo: Session, tmp_path: Path
) -> None:
    path = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    filled = fill(path, tmp_path / "filled.xlsx", {("SL.MS.CN", "study_sessions"): 7})
    wb = openpyxl.load_workbook(filled)
    for col, value in enumerate(
        ["Đảng bộ xã Cò Nòi", "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Cò Nòi", 85], 1
    ):
        wb[DIALOGUES].cell(3, col).value = value
    wb.save(filled)
    profile = (tmp_path / "lo-profile").as_uri()
    convert = ["--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo")]
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", *convert, str(filled)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = tmp_path / "lo" / "filled.xlsx"
    ws = openpyxl.load_workbook(saved)[FIGURES]
    assert ws.row_dimensions[CODES].hidden and ws.column_dimensions["A"].hidden
    report = import_template(demo, saved)
    assert report.problems == [] and report.saved
    assert demo.repo.unit_values("SL.MS.CN", 2019)["study_sessions"] == 7
    assert len(demo.registers.rows("dialogues", "SL.MS.CN", 2019)) == 1


def test_a_template_of_another_unit_is_never_overwritten(demo: Session, tmp_path: Path) -> None:
    from ct05_desktop.workflows.templates.unit_files import own_file

    (mine,) = write_unit_templates(demo, "SL.ML", 2019, tmp_path / "Mau_CT05_Xa_A_2019.xlsx")
    assert own_file(mine, "SL.ML") == mine  # the same unit's template: written again
    other = own_file(mine, "SL.BY")  # another unit whose name reads the same
    assert other.name == "Mau_CT05_Xa_A_SL_BY_2019.xlsx"
    write_unit_templates(demo, "SL.BY", 2019, other)
    third = own_file(mine, "SL.PY")
    assert third.name == "Mau_CT05_Xa_A_SL_PY_2019.xlsx"
    (tmp_path / "Mau_CT05_Xa_B_2019.xlsx").write_text("a clerk's own file")
    kept = own_file(tmp_path / "Mau_CT05_Xa_B_2019.xlsx", "SL.ML")
    assert kept.name == "Mau_CT05_Xa_B_SL_ML_2019.xlsx"  # not ours: kept, never replaced
    write_unit_templates(demo, "SL.YC", 2019, tmp_path / "Mau_CT05_Xa_B_SL_PY_2019.xlsx")
    assert own_file(tmp_path / "Mau_CT05_Xa_B_2019.xlsx", "SL.PY").name == (
        "Mau_CT05_Xa_B_SL_PY_2_2019.xlsx"  # that name taken by another unit: a number too
    )


def test_a_template_names_the_unit_as_it_was_that_year(demo: Session, tmp_path: Path) -> None:
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.workflows.org_changes import rename_unit

    assert rename_unit(demo, "SL.ML", "Đảng bộ huyện Mường La", 2021, FORM)
    names = {p.name for p in write_unit_templates(demo, "SL", 2019, tmp_path, children=True)}
    assert "Mau_CT05_Huyen_Uy_Muong_La_2019.xlsx" in names  # its name in 2019
    later = {p.name for p in write_unit_templates(demo, "SL", 2021, tmp_path, children=True)}
    assert "Mau_CT05_Dang_Bo_Huyen_Muong_La_2021.xlsx" in later
