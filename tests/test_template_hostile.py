"""Filled templates built to hurt (issue 11): a cell a million rows down, parts shaped
to blow up the parser, a pipe for a file, a unit or an indicator or a row id twice,
invisible characters, formulas where values belong, a year the program does not know.
Each is refused in words, saying where and what, and the database is left as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula

import ct05_desktop
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.excel.templates import cells as template_cells
from ct05_desktop.excel.templates import registers as template_registers
from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST, META
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

REGISTER_SHEETS = ("Mô hình đột phá", "Gương điển hình", "Khen thưởng", "Hội nghị đối thoại")
EXCEL_ROWS = 1_048_576


TABLES = (
    "org_values",
    "audit",
    "template_receipts",
    "breakthrough_models",
    "exemplars",
    "award_decisions",
    "dialogues",
)


def stored(session: Session) -> list[list[tuple[object, ...]]]:
    """Everything an import could change: figures, register rows, receipts, the log."""
    return [
        [tuple(r) for r in session.db.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in TABLES
    ]


def refused(session: Session, path: Path) -> list[FileProblem]:
    """Import a file that must be refused; nothing stored may change."""
    before = stored(session)
    report = import_template(session, path)
    assert not report.saved and report.problems
    assert stored(session) == before
    return report.problems


@pytest.fixture
def template(demo: Session, tmp_path: Path) -> Path:
    return write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]


def edited(template: Path, dest: Path, cells: dict[tuple[str, str], object]) -> Path:
    wb = openpyxl.load_workbook(template)
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    wb.save(dest)
    return dest


def figure_column(template: Path, indicator: str) -> str:
    ws = openpyxl.load_workbook(template)[FIGURES]
    col = next(c for c in range(3, ws.max_column + 1) if ws.cell(CODES, c).value == indicator)
    return get_column_letter(col)


READ_UNDER_A_CAP = """
import json, resource, sys
cap = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.unit_files import import_template
with Session(sys.argv[1]) as session:
    report = import_template(session, sys.argv[2])
found = [[p.code, p.sheet, p.cell, p.words("vi"), p.words("en")] for p in report.problems]
print(json.dumps(found))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_a_cell_a_million_rows_down_is_refused_within_a_memory_cap(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    """A 20 KB file with one cell at Excel's last row in each register sheet took 10 GB
    and minutes; now it is refused at the first such sheet, in under 1 GB."""
    far = edited(
        template, tmp_path / "far.xlsx", {(s, f"A{EXCEL_ROWS}"): "SL.TC" for s in REGISTER_SHEETS}
    )
    assert far.stat().st_size < 40_000
    before = stored(demo)
    source = str(Path(ct05_desktop.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", READ_UNDER_A_CAP, str(demo.path), str(far), str(1024**3)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    problems = json.loads(done.stdout)
    assert [p[:3] for p in problems] == [["sheet_too_long", REGISTER_SHEETS[0], f"A{EXCEL_ROWS}"]]
    assert problems[0][3] == (
        "far.xlsx, trang 'Mô hình đột phá', ô A1048576, giá trị 'SL.TC': trang có quá 20.000 "
        "dòng (có nội dung ở dòng 1.048.576); một mẫu không có nhiều dòng như vậy, hãy xóa "
        "nội dung thừa rồi lưu lại"
    )
    assert "more than 20,000 rows" in problems[0][4]
    assert stored(demo) == before


def test_rows_past_the_units_and_columns_past_the_indicators_are_refused(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    units = len(demo.tree().subtree("SL.TC", 2019))
    below = f"C{FIRST + units + 4}"
    problems = refused(demo, edited(template, tmp_path / "below.xlsx", {(FIGURES, below): 7}))
    assert [(p.code, p.sheet, p.cell) for p in problems] == [("too_many_unit_rows", FIGURES, below)]
    assert f"quá {units} dòng đơn vị của mẫu" in str(problems[0])
    wide = f"{get_column_letter(2 + template_cells.MAX_INDICATOR_COLUMNS + 1)}{CODES}"
    problems = refused(demo, edited(template, tmp_path / "wide.xlsx", {(FIGURES, wide): "x"}))
    assert [(p.code, p.cell) for p in problems] == [("sheet_too_wide", wide)]
    assert "quá 200 cột chỉ tiêu" in str(problems[0])


def test_the_writer_never_writes_more_register_rows_than_the_reader_takes(
    demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(template_registers, "MAX_REGISTER_ROWS", 5)  # SL.TC has 6 dialogues
    with pytest.raises(Exception) as refusal:
        write_unit_templates(demo, "SL.TC", 2019, tmp_path / "tc.xlsx")
    assert getattr(refusal.value, "code", None) == "too_many_register_rows"
    assert "sổ 'Hội nghị đối thoại' có 6 dòng trong năm, quá 5 dòng" in str(refusal.value)


def _rezip(template: Path, dest: Path, part: str, change: object) -> Path:
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == part:
                data = change(data.decode()).encode()  # type: ignore[operator]
            out.writestr(item.filename, data)
    return dest


def test_parts_shaped_to_blow_up_the_parser_are_refused_before_parsing(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    """A few MB of XML make one row of 100,000 cells, or megabytes of styles: gigabytes
    once openpyxl has parsed them. The zip's sizes say nothing; the shape does."""
    rng = random.Random(5)
    cells = "".join(
        f'<c r="{get_column_letter(rng.randint(1, 16384))}104"><v>{rng.randint(0, 9)}</v></c>'
        for _ in range(100_000)
    )
    wide = _rezip(
        template,
        tmp_path / "wide.xlsx",
        "xl/worksheets/sheet4.xml",
        lambda xml: xml.replace("</sheetData>", f'<row r="104">{cells}</row></sheetData>'),
    )
    styles = "".join(f'<xf numFmtId="{rng.randint(0, 49)}" fontId="0"/>' for _ in range(150_000))
    bloated = _rezip(
        template,
        tmp_path / "styles.xlsx",
        "xl/styles.xml",
        lambda xml: xml.replace("<cellXfs", f"<cellXfs>{styles}</cellXfs><cellXfs", 1),
    )
    many = tmp_path / "many.xlsx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(many, "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        for n in range(1_100):
            out.writestr(f"xl/media/image{n}.png", b"\x89PNG")
    huge = tmp_path / "huge.xlsx"
    with open(huge, "wb") as f:
        f.truncate(25 * 1024 * 1024)
    found = {path.name: refused(demo, path) for path in (wide, bloated, many, huge)}
    assert {name: [p.code for p in problems] for name, problems in found.items()} == {
        "wide.xlsx": ["xlsx_structure"],
        "styles.xlsx": ["xlsx_structure"],
        "many.xlsx": ["too_big_unpacked"],
        "huge.xlsx": ["file_too_big"],
    }
    assert str(found["wide.xlsx"][0]) == (
        "wide.xlsx: tệp được ghi ra một cách bất thường, Excel và chương trình này không ghi "
        "như vậy nên tệp không được đọc; hãy dùng mẫu mới xuất từ chương trình, hoặc mở bằng "
        "Excel và Lưu lại dưới dạng Excel Workbook (.xlsx) (chi tiết kỹ thuật: phần "
        "'xl/worksheets/sheet4.xml' có một phần tử có quá 65.536 phần tử con)"
    )
    assert "'xl/styles.xml' holds a size over 4 MB" in found["styles.xlsx"][0].words("en")
    assert "(25 MB)" in str(found["huge.xlsx"][0]) and "tối đa 20 MB" in str(found["huge.xlsx"][0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on Windows")
def test_a_named_pipe_is_refused_without_opening_it(demo: Session, tmp_path: Path) -> None:
    """Opening a pipe waits for a writer for ever; after 20 s a watchdog plays the
    writer, again and again until the import returns, so that a regression fails the
    test instead of hanging the suite."""
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    finished = threading.Event()
    released: list[bool] = []

    def release() -> None:
        if finished.wait(20):
            return
        while not finished.wait(0.2):
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # the reader gets EOF
                released.append(True)
            except OSError:  # no one is waiting on the pipe just now
                pass

    watchdog = threading.Thread(target=release, daemon=True)
    watchdog.start()
    try:
        problems = refused(demo, pipe)
    finally:
        finished.set()
        watchdog.join()
    assert not released, "the import opened the named pipe and waited for a writer"
    assert [p.code for p in problems] == ["not_a_file"]
    assert str(problems[0]) == (
        "pipe.xlsx: đây là một đường ống dữ liệu (FIFO), không phải một tệp dữ liệu; hãy chọn "
        "đúng tệp"
    )


def test_a_unit_row_or_an_indicator_column_twice_is_refused_naming_both(
    demo: Session, tmp_path: Path
) -> None:
    """The second used to overwrite the first without a word."""
    template = write_unit_templates(demo, "SL", 2019, tmp_path / "sl.xlsx")[0]
    second = openpyxl.load_workbook(template)[FIGURES].cell(FIRST + 2, 1).value
    assert second and second != "SL"
    study = figure_column(template, "study_sessions")
    col = figure_column(template, "reception_cases")
    twice = edited(
        template,
        tmp_path / "twice.xlsx",
        {
            (FIGURES, f"A{FIRST + 2}"): "SL",
            (FIGURES, f"{study}{FIRST}"): 3,
            (FIGURES, f"{study}{FIRST + 2}"): 4,
            (FIGURES, f"{col}{CODES}"): "study_sessions",
        },
    )
    problems = refused(demo, twice)
    assert sorted((p.code, p.cell) for p in problems) == [
        ("indicator_twice", f"{col}{CODES}"),
        ("unit_twice", f"A{FIRST + 2}"),
    ]
    words = {p.code: p for p in problems}
    assert str(words["unit_twice"]).endswith(
        f"đơn vị 'SL' có hai dòng: A{FIRST} và A{FIRST + 2}; mỗi đơn vị chỉ một dòng"
    )
    assert f"chỉ tiêu 'study_sessions' có hai cột: {study}{CODES} và {col}{CODES}" in str(
        words["indicator_twice"]
    )
    assert "unit 'SL' has two rows" in words["unit_twice"].words("en")


def test_a_register_row_copied_with_its_hidden_id_or_a_changed_id_is_refused(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(template)
    ws = wb["Hội nghị đối thoại"]
    for col in range(1, 7):  # the Tông Cọ conference, its hidden id (F) included
        ws.cell(9, col).value = ws.cell(3, col).value
    ws["D9"] = "Tông Cọ (lần 2)"
    ws["F4"] = "12a"
    wb.save(tmp_path / "copied.xlsx")
    problems = refused(demo, tmp_path / "copied.xlsx")
    assert sorted((p.code, p.cell) for p in problems) == [
        ("bad_row_id", "F4"),
        ("row_id_twice", "A9"),
    ]
    twice = next(p for p in problems if p.code == "row_id_twice")
    assert "hai dòng A3 và A9 cùng mang mã ẩn" in str(twice)
    assert "rows A3 and A9 both carry the hidden id" in twice.words("en")


def test_unprintable_characters_and_values_that_are_not_values_are_refused_in_words(
    demo: Session, template: Path, tmp_path: Path
) -> None:
    """DEL and C1 reach a register as they are; a formula or an array formula never
    computed must be told as its formula, not as a Python object."""
    col = figure_column(template, "study_sessions")
    path = edited(
        template,
        tmp_path / "odd.xlsx",
        {
            ("Hội nghị đối thoại", "D3"): "Tông\x7fCọ\x85",
            ("Gương điển hình", "A9"): "SL.TC",
            ("Gương điển hình", "B9"): True,
            ("Gương điển hình", "D9"): dt.time(8, 30),
            (FIGURES, f"{col}{FIRST}"): ArrayFormula(f"{col}{FIRST}", "=SUM(1,2)"),
        },
    )
    problems = refused(demo, path)
    found = {(p.sheet, p.cell): p for p in problems}
    assert sorted(found) == sorted(
        [
            (FIGURES, f"{col}{FIRST}"),
            ("Gương điển hình", "B9"),
            ("Gương điển hình", "D9"),
            ("Hội nghị đối thoại", "D3"),
        ]
    )
    control = found[("Hội nghị đối thoại", "D3")]
    assert control.code == "control_character"
    assert "ô D3, giá trị 'Tông[U+007F]Cọ[U+0085]': có ký tự điều khiển không in được " in str(
        control
    )
    assert "(U+007F, U+0085)" in str(control)
    assert "\x7f" not in str(control) and "\x85" not in control.words("en")
    formula = found[(FIGURES, f"{col}{FIRST}")]
    assert formula.code == "formula_cell" and formula.value == "=SUM(1,2)"
    assert "object at" not in str(formula)
    assert found[("Gương điển hình", "B9")].code == "not_plain_value"
    assert "ô chứa một giá trị đúng/sai (TRUE/FALSE)" in str(found[("Gương điển hình", "B9")])
    assert "holds a time of day" in found[("Gương điển hình", "D9")].words("en")


class _Cell:
    def __init__(self, value: object) -> None:
        self.value, self.data_type = value, "s"


def test_every_c0_character_but_tab_and_line_ends_is_refused() -> None:
    """openpyxl's XML parser rejects C0 characters today, but a cell that had one would
    make every later report fail (IllegalCharacterError); the check does not count on
    the parser."""
    for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]:
        why = template_cells.problem(_Cell(f"a{chr(code)}b"), None)
        assert why is not None and why.code == "control_character"
        assert f"U+{code:04X}" in why.words("vi")
    for fine in ("a\tb", "a\nb", "a\r\nb", "Chiềng Pấc", "€"):
        assert template_cells.problem(_Cell(fine), None) is None
    assert template_cells.shown("a\x07b") == "a[U+0007]b"


@pytest.mark.parametrize("year", ["1999", "2101", "²", "20l9"])
def test_a_template_year_the_program_does_not_know_is_refused(
    demo: Session, template: Path, tmp_path: Path, year: str
) -> None:
    path = edited(template, tmp_path / "year.xlsx", {(META, "B4"): year})
    problems = refused(demo, path)
    assert [(p.code, p.sheet) for p in problems] == [("template_year", META)]
    assert f"năm của mẫu ('{year}') không hợp lệ: phải là một năm từ 2016 đến 2100" in str(
        problems[0]
    )
