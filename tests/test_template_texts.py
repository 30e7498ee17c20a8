"""The template's sheet of written parts: pre-filled with the unit's texts, typed by the
unit's clerk, imported with the figures (shown in the preview), refused where a cell is
wrong; a blank cell never removes a text."""

import zipfile
from pathlib import Path

import openpyxl
import pytest

from ct05_desktop.cli import main
from ct05_desktop.domain.sources import FORM
from ct05_desktop.excel.templates.texts import FIRST, TEXTS
from ct05_desktop.workflows.locks import lock_year
from ct05_desktop.workflows.report_texts import save_texts
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

MUONG_LA = "SL.ML"
LEADERSHIP = "Huyện ủy ban hành Kế hoạch số 45-KH/HU.\n- Tổ chức hội nghị quán triệt."


@pytest.fixture
def template(demo: Session, tmp_path: Path) -> Path:
    save_texts(demo, MUONG_LA, 2019, {"lanh_dao": LEADERSHIP}, FORM)
    return write_unit_templates(demo, MUONG_LA, 2019, tmp_path / "ml.xlsx")[0]


def rows_by_part(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {ws.cell(r, 1).value: r for r in range(FIRST, ws.max_row + 1)}


def type_parts(src: Path, dest: Path, texts: dict[str, object]) -> Path:
    """Type into the sheet as the unit's clerk would, by part."""
    wb = openpyxl.load_workbook(src)
    ws = wb[TEXTS]
    where = rows_by_part(ws)
    for key, text in texts.items():
        ws.cell(where[key], 3).value = text
    wb.save(dest)
    return dest


def test_the_sheet_lists_every_part_prefilled_and_only_the_texts_open(
    template: Path, demo: Session
) -> None:
    ws = openpyxl.load_workbook(template)[TEXTS]
    where = rows_by_part(ws)
    assert list(where)[:3] == ["lanh_dao", "ket_qua", "ket_qua.study"]
    assert list(where)[-4:] == ["han_che", "bai_hoc", "phuong_huong", "kien_nghi"]
    assert ws.cell(where["lanh_dao"], 2).value.startswith("I. Công tác lãnh đạo")
    assert ws.cell(where["lanh_dao"], 3).value == LEADERSHIP
    assert ws.cell(where["han_che"], 3).value is None
    assert ws.column_dimensions["A"].hidden and ws.protection.sheet
    assert not ws.cell(where["han_che"], 3).protection.locked
    assert ws.cell(where["han_che"], 2).protection.locked
    assert "MƯỜNG LA" in ws["B1"].value and "2019" in ws["B1"].value


def test_texts_come_in_with_the_figures_and_a_blank_cell_removes_nothing(
    template: Path, demo: Session, tmp_path: Path
) -> None:
    limits = "Một số chi bộ đăng ký còn chung chung.\n\n- Sơ kết chưa kịp thời."
    filled = type_parts(
        template,
        tmp_path / "filled.xlsx",
        {"lanh_dao": None, "han_che": limits, "ket_qua.registration": "  Đi vào  nền nếp. "},
    )
    preview = import_template(demo, filled, dry_run=True)
    assert preview.ok and not preview.saved
    assert preview.texts == [
        "Nội dung báo cáo, II.2. Đăng ký làm theo: mới (15 ký tự)",
        f"Nội dung báo cáo, III. Hạn chế, khuyết điểm và nguyên nhân: mới ({len(limits)} ký tự)",
    ]
    assert demo.texts.texts(MUONG_LA, 2019) == {"lanh_dao": LEADERSHIP}
    saved = import_template(demo, filled)
    assert saved.saved
    assert demo.texts.texts(MUONG_LA, 2019) == {
        "lanh_dao": LEADERSHIP,  # the blank cell sent nothing
        "han_che": limits,
        "ket_qua.registration": "Đi vào nền nếp.",
    }
    again = import_template(demo, filled, dry_run=True)
    assert again.ok and again.texts == []  # nothing new the second time


def test_a_text_changed_is_shown_as_such_in_the_command_line(
    template: Path, tmp_path: Path, demo: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = type_parts(template, tmp_path / "f.xlsx", {"lanh_dao": "Huyện ủy chỉ đạo."})
    assert main(["--db", str(demo.path), "import", "--dry-run", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "✎ Nội dung báo cáo, I. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện: sửa" in out


def longer(src: Path, dest: Path, marker: str, text: str) -> None:
    """A cell longer than Excel lets one hold (LibreOffice saves such cells; openpyxl cuts
    them): the marker's text replaced inside the file."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, data.replace(marker.encode(), text.encode()))


def test_bad_text_cells_are_refused_where_they_are_and_nothing_is_written(
    template: Path, tmp_path: Path, demo: Session
) -> None:
    wb = openpyxl.load_workbook(template)
    ws = wb[TEXTS]
    where = rows_by_part(ws)
    ws.cell(where["han_che"], 3).value = "LONG_TEXT_HERE"
    ws.cell(where["bai_hoc"], 3).value = "=1+1"  # a formula never computed
    ws.cell(where["kien_nghi"], 3).value = True  # TRUE: not a text
    ws.cell(where["phuong_huong"], 1).value = "khong_co"  # a part the report has not
    ws.cell(where["phuong_huong"], 3).value = "Tiếp tục."
    wb.save(tmp_path / "typed.xlsx")
    longer(tmp_path / "typed.xlsx", tmp_path / "bad.xlsx", "LONG_TEXT_HERE", "x" * 32_768)
    report = import_template(demo, tmp_path / "bad.xlsx")
    assert not report.saved
    cells = {p.cell: p.words("vi") for p in report.problems}
    assert set(cells) == {f"C{where[k]}" for k in ("han_che", "bai_hoc", "kien_nghi")} | {
        f"C{where['phuong_huong']}"
    }
    assert all(TEXTS in words for words in cells.values())
    assert "32.767" in cells[f"C{where['han_che']}"]
    assert "khong_co" in cells[f"C{where['phuong_huong']}"]
    assert demo.texts.texts(MUONG_LA, 2019) == {"lanh_dao": LEADERSHIP}


def test_texts_for_a_locked_year_are_refused(template: Path, tmp_path: Path, demo: Session) -> None:
    filled = type_parts(template, tmp_path / "f.xlsx", {"han_che": "Còn chậm."})
    lock_year(demo, 2019, FORM)
    report = import_template(demo, filled)
    assert not report.saved and any(p.sheet == TEXTS for p in report.problems)


def test_a_template_without_the_sheet_still_imports(
    template: Path, tmp_path: Path, demo: Session
) -> None:
    wb = openpyxl.load_workbook(template)
    del wb[TEXTS]
    wb.save(tmp_path / "old.xlsx")
    assert import_template(demo, tmp_path / "old.xlsx").saved


def test_a_replayed_template_does_not_undo_later_texts_or_rows_unasked(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 21, case 5 for words: template A sets a text and a register row's result, a
    later one corrects both, then A is sent again. Each undo is named with the correction
    and nothing is saved unless asked (--accept-older)."""
    db = ["--db", str(demo.path)]

    def filled(name: str, text: str, result: str) -> Path:
        blank = write_unit_templates(demo, "SL.MS", 2019, tmp_path / f"{name}0.xlsx")[0]
        wb = openpyxl.load_workbook(blank)
        ws = wb[TEXTS]
        ws.cell(rows_by_part(ws)["lanh_dao"], 3).value = text
        models = wb["Mô hình đột phá"]
        assert models.cell(2, 6).value == "Kết quả" and models.cell(3, 7).value
        models.cell(3, 6).value = result
        wb.save(tmp_path / f"{name}.xlsx")
        return tmp_path / f"{name}.xlsx"

    older = filled("a", "văn bản A", "kết quả A")
    assert import_template(demo, older).saved
    assert import_template(demo, filled("b", "văn bản B (sửa sau)", "kết quả B")).saved
    audit = demo.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    again = import_template(demo, older)
    assert not again.saved
    assert [p.code for p in again.problems] == ["template_older_text"] * 2
    words = [str(p) for p in again.problems]
    assert any("Nội dung báo cáo, I." in w and "sửa lúc" in w for w in words), words
    assert any("Kết quả" in w for w in words), words
    assert demo.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
    assert demo.texts.texts("SL.MS", 2019)["lanh_dao"] == "văn bản B (sửa sau)"
    assert main([*db, "import", str(older)]) == 1
    assert "--accept-older" in capsys.readouterr().err
    assert main([*db, "import", str(older), "--accept-older"]) == 0
    assert demo.texts.texts("SL.MS", 2019)["lanh_dao"] == "văn bản A"


def test_another_units_correction_is_no_undo_of_this_ones_text(
    demo: Session, tmp_path: Path
) -> None:
    """A commune's text corrected from 'văn bản chung' since the district's template was
    written does not make the district's 'văn bản chung' an undo: each unit's own parts."""
    blank = write_unit_templates(demo, "SL.MS", 2019, tmp_path / "ms.xlsx")[0]
    save_texts(demo, "SL.TC", 2019, {"lanh_dao": "văn bản chung"}, FORM)
    save_texts(demo, "SL.TC", 2019, {"lanh_dao": "văn bản khác"}, FORM)
    sent = type_parts(blank, tmp_path / "ms_filled.xlsx", {"lanh_dao": "văn bản chung"})
    report = import_template(demo, sent)
    assert report.saved, [str(p) for p in report.problems]
    assert demo.texts.texts("SL.MS", 2019)["lanh_dao"] == "văn bản chung"
