"""Unit templates: written, filled by a script, read back; every bad file refused."""

import zipfile
from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.cli import main
from ct05_desktop.excel.templates.form import FORM_SHEET
from ct05_desktop.excel.templates.reader import open_template
from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST, META
from ct05_desktop.workflows.csv_transfer import export_csv
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates


def fill(src: Path, dest: Path, cells: dict[tuple[str, str], object]) -> Path:
    """Fill a template as a unit's clerk would (by org code and indicator code)."""
    wb = openpyxl.load_workbook(src)
    ws = wb[FIGURES]
    cols = {ws.cell(CODES, c).value: c for c in range(3, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(FIRST, ws.max_row + 1)}
    for (org, indicator), value in cells.items():
        ws.cell(rows[org], cols[indicator]).value = value
    wb.save(dest)
    return dest


def unit_of(path: Path) -> str:
    """The unit a template is for, as the import reads it: from its signed hidden sheet."""
    with open_template(path) as book:
        return book.unit


def content(session: Session) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in session.db.execute(
            "SELECT org_code, year, indicator, value, comment FROM org_values ORDER BY 1, 2, 3"
        )
    ]


@pytest.fixture
def template(demo: Session, tmp_path: Path) -> Path:
    return write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]


def test_template_is_prefilled_protected_validated_and_says_what_it_is(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == [
        "Hướng dẫn",
        FIGURES,
        "Nội dung báo cáo",
        META,
        "Mô hình đột phá",
        "Gương điển hình",
        "Khen thưởng",
        "Hội nghị đối thoại",
        "Đăng ký làm theo",  # the commitments register (issue 24)
        FORM_SHEET,  # the year's form, its digest signed in META (issue 23)
    ]
    assert wb[META].sheet_state == "veryHidden" and wb[FORM_SHEET].sheet_state == "veryHidden"
    meta = dict(wb[META].iter_rows(max_col=2, values_only=True))
    assert meta["unit"] == "SL.TC" and meta["year"] == "2019" and meta["template_version"] == "4"
    assert wb[FIGURES]["A1"].value == meta["template_id"]  # the two sheets are one file's
    ws = wb[FIGURES]
    assert ws.protection.sheet
    cols = {ws.cell(CODES, c).value: c for c in range(3, ws.max_column + 1)}
    assert ws.cell(FIRST, 1).value == "SL.TC"
    assert ws.cell(FIRST, cols["reception_sessions"]).value == 376
    assert not ws.cell(FIRST, cols["reception_sessions"]).protection.locked
    assert ws.cell(FIRST, 1).protection.locked
    rules = ws.data_validations.dataValidation
    assert rules and rules[0].type == "whole" and rules[0].formula1 == "0"


def test_round_trip_dry_run_then_import_then_again(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    filled = fill(
        template,
        tmp_path / "filled.xlsx",
        {("SL.TC", "study_sessions"): 12, ("SL.TC", "reception_cases"): "480"},
    )
    before = content(demo)
    preview = import_template(demo, filled, dry_run=True)
    assert preview.problems == []
    assert preview.new == ["Huyện ủy Thuận Châu, Hội nghị quán triệt, học tập chuyên đề: 12"]
    assert preview.updated == ["Huyện ủy Thuận Châu, Vụ việc: 475 → 480"]
    assert content(demo) == before
    report = import_template(demo, filled)
    assert report.saved and report.changed == 2
    assert demo.repo.unit_values("SL.TC", 2019)["reception_cases"] == 480
    audit = demo.repo.audit_rows(action="value", org_code="SL.TC", indicator="reception_cases")
    assert audit[-1]["source"].startswith("xlsx:filled.xlsx:sha256=")
    again = import_template(demo, filled)
    assert again.changed == 0 and again.new == [] and again.updated == []
    out = tmp_path / "v.csv"
    export_csv(demo, "values", out, 2019)
    assert "SL.TC,2019,study_sessions,12" in out.read_text(encoding="utf-8")


def test_one_bad_cell_among_good_ones_writes_nothing(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    cells: dict[tuple[str, str], object] = {
        ("SL.TC", code): 5
        for code in (
            "study_sessions",
            "study_attendees",
            "exemplars_collective",
            "exemplars_individual",
        )
    }
    cells[("SL.TC", "reception_citizens")] = "=SUM(1,2)"  # text starting with '=' is a formula
    cells[("SL.TC", "dialogues_grassroots")] = "năm mươi tám"
    filled = fill(template, tmp_path / "bad.xlsx", cells)
    before = content(demo)
    report = import_template(demo, filled)
    assert not report.saved and content(demo) == before
    where = sorted((p.sheet, p.cell) for p in report.problems)
    assert len(where) == 2 and all(sheet == FIGURES for sheet, _ in where)
    text = "\n".join(str(p) for p in report.problems)
    assert "trang 'Số liệu', ô" in text and "'năm mươi tám'" in text
    assert "ô có công thức (=SUM(1,2))" in text


def test_refused_files(demo: Session, template: Path, tmp_path: Path) -> None:
    before = content(demo)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    csv = tmp_path / "renamed.xlsx"
    csv.write_text("org_code,year,indicator,value\n", encoding="utf-8")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(template.read_bytes()[:2000])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024))
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    reasons = {}
    for path in (xls, csv, broken, bomb, plain):
        report = import_template(demo, path)
        assert not report.saved and len(report.problems) == 1, path
        reasons[path.name] = report.problems[0].code
    assert reasons == {
        "old.xls": "xls_or_password",
        "renamed.xlsx": "not_xlsx",
        "broken.xlsx": "not_xlsx",  # cut short: no zip directory at its end
        "bomb.xlsx": "too_big_unpacked",
        "plain.xlsx": "no_template_sheet",
    }
    assert content(demo) == before


def test_locked_year_other_units_and_unknown_version(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(template)
    wb[FIGURES].cell(FIRST, 1).value = "SL.ML"  # another unit's row in Thuận Châu's file
    wb.save(tmp_path / "other.xlsx")
    report = import_template(demo, tmp_path / "other.xlsx")
    assert report.problems and report.problems[0].code == "row_not_under"
    assert "không thuộc Huyện ủy Thuận Châu" in str(report.problems[0])
    wb = openpyxl.load_workbook(template)
    wb[META]["B2"] = "99"
    wb.save(tmp_path / "future.xlsx")
    future = import_template(demo, tmp_path / "future.xlsx").problems[0]
    assert future.code == "template_version" and "version '99'" in future.words("en")
    demo.repo.lock_year(2019, "test")
    filled = fill(template, tmp_path / "late.xlsx", {("SL.TC", "study_sessions"): 3})
    report = import_template(demo, filled)
    assert not report.saved and report.problems[0].code == "year_locked"


def test_cli_templates_for_every_unit_and_import_with_one_bad_file(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo.path)
    assert (
        main(
            [
                "--db",
                db,
                "template",
                "--org",
                "SL",
                "--year",
                "2020",
                "--children",
                "--out",
                str(tmp_path / "out"),
            ]
        )
        == 0
    )
    files = sorted((tmp_path / "out").glob("*.xlsx"))
    assert len(files) == 17
    filled = []
    for n, path in enumerate(files):
        code = openpyxl.load_workbook(path)[FIGURES].cell(FIRST, 1).value
        value: object = "nhiều" if n == 3 else n + 1
        filled.append(fill(path, tmp_path / path.name, {(code, "study_sessions"): value}))
    assert main(["--db", db, "import", *map(str, filled)]) == 1
    err = capsys.readouterr().err
    assert f"{filled[3].name}, trang 'Số liệu', ô C7, giá trị 'nhiều'" in err
    stored = demo.repo.entered_values([2020])
    assert len(stored) == 16 and all(k[2] == "study_sessions" for k in stored)


def test_register_rows_round_trip_edit_add_and_refuse(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(template)
    ws = wb["Hội nghị đối thoại"]
    assert [ws.cell(r, 4).value for r in range(3, 9)] == [
        "Tông Cọ",
        "Mường Bám",
        "Nong Lay",
        "Chiềng Ngàm",
        "Chiềng Pấc",
        "Mường Khiêng",
    ]
    assert ws.column_dimensions["F"].hidden  # the row ids
    ws.cell(3, 5).value = 120  # participants of the Tông Cọ conference
    for col, value in enumerate(
        ["SL.TC", "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Chiềng Bôm", 85], start=1
    ):
        ws.cell(9, col).value = value
    wb.save(tmp_path / "dialogues.xlsx")
    report = import_template(demo, tmp_path / "dialogues.xlsx")
    assert report.problems == [], [str(p) for p in report.problems]
    assert report.rows_added == ["Hội nghị đối thoại: Chiềng Bôm, 12/03/2019"]  # dd/mm/yyyy
    assert len(report.rows_changed) == 1  # the Tông Cọ row, by its hidden id
    rows = demo.registers.rows("dialogues", "SL.TC", 2019)
    assert len(rows) == 7
    assert rows[0]["participants"] == 120
    assert rows[-1]["level"] == "grassroots" and rows[-1]["place"] == "Chiềng Bôm"
    assert demo.repo.unit_values("SL.TC", 2019)["dialogues_district"] == 6
    again = import_template(demo, tmp_path / "dialogues.xlsx")
    assert again.rows_added == [] and again.rows_changed == []
    assert len(demo.registers.rows("dialogues", "SL.TC", 2019)) == 7
    ws.cell(10, 1).value = "SL.TC"
    ws.cell(10, 3).value = "cấp tỉnh"
    ws.cell(10, 4).value = "Phỏng Lái"
    wb.save(tmp_path / "bad.xlsx")
    bad = import_template(demo, tmp_path / "bad.xlsx")
    assert len(bad.problems) == 1
    assert str(bad.problems[0]).startswith("bad.xlsx, trang 'Hội nghị đối thoại', ô A10")
    assert bad.problems[0].code == "in_column"
    assert "'cấp tỉnh' không có trong danh sách" in str(bad.problems[0])
    english = bad.problems[0].words("en")
    assert english.startswith("bad.xlsx, sheet 'Hội nghị đối thoại', cell A10")
    assert "'cấp tỉnh' is not in the list" in english


def test_an_xml_bomb_and_a_register_formula_without_value_are_refused(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    bomb = tmp_path / "laughs.xlsx"
    entities = "".join(
        f'<!ENTITY l{n} "&l{n - 1};&l{n - 1};&l{n - 1};&l{n - 1};">' for n in range(1, 12)
    )
    core = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "ha">{entities}]>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>&l11;</dc:title></cp:coreProperties>"
    )
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            data = core.encode() if item.filename == "docProps/core.xml" else src.read(item)
            dst.writestr(item, data)
    before = content(demo)
    report = import_template(demo, bomb)
    # refused before openpyxl parses it: no spreadsheet declares a DOCTYPE
    assert not report.saved and report.problems[0].code == "xlsx_structure"
    assert "DOCTYPE" in str(report.problems[0])
    wb = openpyxl.load_workbook(template)
    ws = wb["Khen thưởng"]
    ws["A3"], ws["B3"], ws["D3"], ws["G3"] = (
        "SL.TC",
        "05-QĐ/HU",
        "Huyện ủy, thành ủy, đảng ủy trực thuộc",
        "=1+1",
    )
    wb.save(tmp_path / "formula.xlsx")
    report = import_template(demo, tmp_path / "formula.xlsx")
    assert [(p.sheet, p.cell) for p in report.problems] == [("Khen thưởng", "G3")]
    assert content(demo) == before


def test_one_bad_cell_among_hundreds_and_warnings_in_the_preview(
    session: Session, tmp_path: Path
) -> None:
    path = write_unit_templates(session, "SL", 2021, tmp_path / "sl.xlsx")[0]
    orgs = [o.code for o in session.tree().subtree("SL", 2021)]
    cells: dict[tuple[str, str], object] = {
        (org, code): 1 for org in orgs[1:] for code in session.catalogue.codes
    }
    cells[("SL", "dialogues_district")] = 3
    cells[("SL", "dialogues_grassroots")] = 4
    cells[("SL", "dialogues_total")] = 9  # 3 + 4 = 7: a warning, not an error
    filled = fill(path, tmp_path / "filled.xlsx", cells)
    preview = import_template(session, filled, dry_run=True)
    assert preview.problems == [] and len(preview.new) == len(cells) > 500
    assert any(
        "(9) không khớp với tổng các thành phần (3 + 4 = 7)" in w.in_("vi")
        for w in preview.warnings
    )
    cells[("SL.SM", "reception_cases")] = "x"
    bad = fill(path, tmp_path / "bad.xlsx", cells)
    before = content(session)
    report = import_template(session, bad)
    assert [(p.sheet, p.value) for p in report.problems] == [(FIGURES, "x")]
    assert content(session) == before


def test_review_defects_of_register_rows_and_odd_cells(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_unit_templates(demo, "SL", 2019, tmp_path / "sl.xlsx")[0]
    # a pre-filled row moved to another unit is an edit, once, whatever the number of imports
    wb = openpyxl.load_workbook(path)
    wb["Hội nghị đối thoại"]["A3"] = "SL.MC"
    wb.save(tmp_path / "moved.xlsx")
    for _ in range(3):
        import_template(demo, tmp_path / "moved.xlsx")
    assert len(demo.registers.rows("dialogues", year=2019)) == 6
    assert len(demo.registers.rows("dialogues", "SL.MC", 2019)) == 1
    # a row deleted in the database since the export is refused, not brought back
    gone = demo.registers.rows("dialogues", "SL.TC", 2019)[0]["id"]
    demo.registers.delete("dialogues", [gone], "test")
    report = import_template(demo, path)
    assert any(p.code == "row_gone" for p in report.problems)
    assert len(demo.registers.rows("dialogues", year=2019)) == 5
    # an approved unit's untouched figures do not block its parent's file
    demo.repo.set_status("SL.TC", 2019, "approved", "test")
    fresh = write_unit_templates(demo, "SL", 2019, tmp_path / "fresh.xlsx")[0]
    ok = fill(fresh, tmp_path / "ml.xlsx", {("SL.ML", "study_sessions"): 4})
    result = import_template(demo, ok)
    assert result.problems == [] and result.saved
    # but a register row of the approved unit is refused (row 6: the first empty one)
    wb = openpyxl.load_workbook(fresh)
    ws = wb["Gương điển hình"]
    ws["A6"], ws["B6"], ws["C6"] = "SL.TC", "Bản Hua Tát", "Tập thể"
    wb.save(tmp_path / "approved.xlsx")
    refused = import_template(demo, tmp_path / "approved.xlsx")
    assert [(p.sheet, p.cell) for p in refused.problems] == [("Gương điển hình", "A6")]
    # Excel error values are refused, not stored as text
    ws["A6"], ws["B6"] = "SL.ML", "#REF!"
    ws["B6"].data_type = "e"
    wb.save(tmp_path / "error.xlsx")
    errors = import_template(demo, tmp_path / "error.xlsx")
    assert [(p.sheet, p.cell) for p in errors.problems] == [("Gương điển hình", "B6")]
    assert errors.problems[0].code == "excel_error_cell"
    # the CLI tells the register rows it adds
    ws["B6"] = "Tổ hợp tác bản Hua Tát"
    wb.save(tmp_path / "add.xlsx")
    assert main(["--db", str(demo.path), "import", "--dry-run", str(tmp_path / "add.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "thêm 1 dòng sổ" in out and "+ dòng sổ: Gương người tốt" in out
    assert out.startswith("add.xlsx (Tỉnh ủy Sơn La, năm 2019): ")  # whose, which year
