"""Nothing lost, round two: each case reproduced, then held (the database unchanged, or
the figures kept, where that is the point)."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest

from ct05_desktop.domain.sources import CLI
from ct05_desktop.storage.backup import list_backups
from ct05_desktop.workflows.backups import backup_now, restore
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.setup import init_database, load_demo


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "ct05.db"
    with Session(db) as s:
        init_database(s)
        load_demo(s)
    return db


def figure(path: Path, org: str, indicator: str) -> int | None:
    peek = sqlite3.connect(path)
    try:
        row = peek.execute(
            "SELECT value FROM org_values WHERE org_code = ? AND year = 2019 AND indicator = ?",
            [org, indicator],
        ).fetchone()
    finally:
        peek.close()
    return None if row is None else row[0]


def test_a_restore_during_an_import_keeps_the_import_in_its_safety_backup(
    demo_db: Path, tmp_path: Path
) -> None:
    """Case 1: another program is writing (its transaction open) when the restore starts.
    The restore waits for it; its figures are then in the backup the restore makes of what
    it replaces, never nowhere."""
    with Session(demo_db) as s:
        old = backup_now(s, tmp_path / "old.db")
    writer = sqlite3.connect(demo_db, isolation_level=None, timeout=30)
    writer.execute("BEGIN IMMEDIATE")  # an import under way
    writer.execute(
        "UPDATE org_values SET value = 4321 WHERE org_code = 'SL.ML' AND year = 2019 "
        "AND indicator = 'members_total'"
    )
    writer.execute(
        "INSERT INTO audit (at, who, action, org_code, year, indicator, old, new, source) "
        "VALUES ('2026-12-06T10:00:00', 'x', 'value', 'SL.ML', 2019, 'members_total', "
        "'5770', '4321', 'csv:big.csv')"
    )
    done: list[Path] = []

    def restoring() -> None:
        with Session(demo_db) as s:
            done.append(restore(s, old, CLI))

    thread = threading.Thread(target=restoring)
    thread.start()
    time.sleep(1.5)  # the restore has begun, and waits for the writer
    writer.execute("COMMIT")  # the import reports success
    thread.join(60)
    writer.close()
    assert done, "the restore did not finish"
    safety = done[0]
    assert figure(safety, "SL.ML", "members_total") == 4321  # the import's work is kept
    assert figure(demo_db, "SL.ML", "members_total") == 5770  # and the restore is whole
    assert any(b.path == safety for b in list_backups(demo_db))


def test_a_filled_template_saved_twice_from_its_preview_adds_its_rows_once(
    demo_db: Path, tmp_path: Path
) -> None:
    """Case 3: two imports of one filled template, each previewed before either saved (two
    windows, or a command while the window's preview is open): its new register rows are
    stored once; the second save says it added none."""
    import openpyxl

    from ct05_desktop.workflows.templates.unit_files import (
        check_template,
        save_template,
        write_unit_templates,
    )

    with Session(demo_db) as s:
        template = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
        wb = openpyxl.load_workbook(template)
        ws = wb["Hội nghị đối thoại"]
        row = ["SL.TC", "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Chiềng Bôm", 85]
        for col, value in enumerate(row, start=1):
            ws.cell(9, col).value = value
        wb.save(tmp_path / "filled.xlsx")
        before = len(s.registers.rows("dialogues", "SL.TC", 2019))
        first = check_template(s, tmp_path / "filled.xlsx")
        second = check_template(s, tmp_path / "filled.xlsx")
        assert (
            first.report.rows_added
            == second.report.rows_added
            == ["Hội nghị đối thoại: Chiềng Bôm, 12/03/2019"]
        )
        assert save_template(s, first).rows_added == first.report.rows_added
        again = save_template(s, second)
        assert again.saved and again.rows_added == []
        assert len(s.registers.rows("dialogues", "SL.TC", 2019)) == before + 1


def test_a_report_reads_one_moment(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Case 4: another program commits while a report is being read (here: just after its
    figures were read, before its registers). The report shows the state before it
    throughout, never its figures from before and its registers from after."""
    from ct05_desktop.workflows.reports import gather, parse_years

    def exemplars(rows: list[tuple[object, list[dict[str, object]]]]) -> list[object]:
        return [r["org_code"] for spec, listed in rows for r in listed if r["org_code"] == NS]

    with Session(demo_db) as s:
        before = gather(s, parse_years("2019"))
        assert exemplars(before.registers) == [NS]
        read = s.repo.entered_values
        calls: list[object] = []

        def reading(*args, **kwargs):  # type: ignore[no-untyped-def]
            rows = read(*args, **kwargs)
            if not calls:  # another program deletes the chi bộ's exemplar now
                other = sqlite3.connect(demo_db, timeout=30)
                other.execute("DELETE FROM exemplars WHERE org_code = ?", [NS])
                other.commit()
                other.close()
            calls.append(args)
            return rows

        monkeypatch.setattr(s.repo, "entered_values", reading)
        report = gather(s, parse_years("2019"))
        assert calls and exemplars(report.registers) == [NS]
        assert report.figures.value(NS, 2019, "exemplars_individual") == 1
        monkeypatch.undo()
        assert exemplars(gather(s, parse_years("2019")).registers) == []  # seen by the next


NS = "SL.MS.CM.NS"


def test_a_formula_in_a_filled_template_is_refused_whatever_it_last_computed(
    demo_db: Path, tmp_path: Path
) -> None:
    """Case 6: =1+1 whose cached value says 999 imported 999. A template takes typed
    figures: a formula is refused where it is, with what to do, and nothing is written."""
    import zipfile

    import openpyxl

    from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST
    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    with Session(demo_db) as s:
        template = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
        wb = openpyxl.load_workbook(template)
        ws = wb[FIGURES]
        col = next(
            c for c in range(3, ws.max_column + 1) if ws.cell(CODES, c).value == "study_sessions"
        )
        ws.cell(FIRST, col).value = "=1+1"
        wb.save(tmp_path / "typed.xlsx")
        with (
            zipfile.ZipFile(tmp_path / "typed.xlsx") as old,
            zipfile.ZipFile(tmp_path / "filled.xlsx", "w", zipfile.ZIP_DEFLATED) as new,
        ):
            for item in old.infolist():
                data = old.read(item.filename)
                if item.filename.endswith(".xml"):
                    data = data.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>999</v>")
                    data = data.replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>999</v>")
                new.writestr(item, data)
        with zipfile.ZipFile(tmp_path / "filled.xlsx") as check:
            assert any(b"<v>999</v>" in check.read(n) for n in check.namelist())
        before = s.repo.entered_values([2019], ["SL.TC"])
        report = import_template(s, tmp_path / "filled.xlsx")
        assert not report.saved
        [problem] = report.problems
        assert problem.code == "formula_cell" and problem.sheet == FIGURES
        assert "=1+1" in str(problem) and "Paste Special" in str(problem)
        assert s.repo.entered_values([2019], ["SL.TC"]) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_out_onto_a_pipe_or_a_device_is_refused_and_a_link_is_written_through(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Case 8: --out onto a FIFO replaced it with a regular file and printed success; a
    symbolic link was replaced instead of written through."""
    from ct05_desktop.cli import main

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    export = ["--db", str(demo_db), "export", "--what", "values", "--out"]
    assert main([*export, str(fifo)]) == 1
    assert "không phải là một tệp thông thường" in capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe
    assert main([*export, os.devnull]) == 1
    assert "không phải là một tệp thông thường" in capsys.readouterr().err
    real = tmp_path / "real" / "values.csv"
    real.parent.mkdir()
    real.write_text("old", "utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main([*export, str(link)]) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text("utf-8").startswith("org_code,year,indicator,value")
    assert not [p for p in real.parent.iterdir() if p.name.startswith(".ct05-")]


def test_a_register_text_longer_than_a_cell_is_refused_at_entry(demo_db: Path) -> None:
    """Case 2: a 40,000-character text was stored whole, every workbook then cut it, and
    the template sent back saved the cut text over it. Refused where it comes in."""
    from ct05_desktop.workflows.entry import InputRefused
    from ct05_desktop.workflows.register_entry import add_register_rows

    row = {"title": "x" * 40_000, "field": "party_building"}
    with Session(demo_db) as s:
        before = len(s.registers.rows("breakthrough_models", "SL.ML", 2019))
        with pytest.raises(InputRefused) as refused:
            add_register_rows(s, "breakthrough_models", "SL.ML", 2019, [row], CLI)
        assert "40.000 ký tự, quá 32.767" in str(refused.value)
        assert len(s.registers.rows("breakthrough_models", "SL.ML", 2019)) == before


def test_names_and_header_lines_are_checked_like_stored_values(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cases 9, 11, 12: U+FFFE in a unit's name (every later workbook crashed), a name of
    300 characters (the Word report crashed), a bidi override, a bell in --signer, a
    newline in --recipient, bytes that are not UTF-8: each refused in words, nothing
    written."""
    from ct05_desktop.cli import main

    db = ["--db", str(demo_db)]
    for name, said in (
        ("Đảng bộ xã A\ufffe", "U+FFFE"),
        ("Đảng bộ xã " + "A" * 300, "quá 200 ký tự"),
        ("Đảng bộ xã \u202eABC", "U+202E"),
        ("Đảng bộ xã A\u2028B", "U+2028"),
        ("Đảng bộ xã A\ufdd0", "U+FDD0"),
        ("Đảng bộ xã A\U0001fffe", "U+1FFFE"),
    ):
        plan = tmp_path / "plan.csv"
        plan.write_text(f"action,code,to,name,level\nrename,SL.MS.CM,,{name},\n", "utf-8")
        assert main([*db, "reorganise", str(plan), "--from", "2025"]) == 1
        err = capsys.readouterr().err
        assert said in err and "1 lỗi" in err  # that, and nothing else
    with Session(demo_db) as s:
        assert s.tree()["SL.MS.CM"].name == "Đảng bộ xã Chiềng Mung"
    out = str(tmp_path / "r.docx")
    report = [*db, "report", "--year", "2019", "--org", "SL.ML", "--out", out]
    assert main([*report, "--signer", "A\aB"]) == 1
    assert "U+0007" in capsys.readouterr().err
    assert main([*report, "--recipient", "Tỉnh ủy\nBan Tuyên giáo"]) == 1
    assert "một dòng" in capsys.readouterr().err
    assert main([*report, "--signer", "Lò Văn \udcff"]) == 2
    assert "không phải chữ UTF-8" in capsys.readouterr().err
    assert not Path(out).exists()
    # a file's name whose bytes are not UTF-8: written, it could be neither logged nor told
    odd = str(tmp_path / "r\udcff")
    audit = _audit_count(demo_db)
    for command in (
        ["report", "--year", "2019", "--out", odd + ".docx"],
        ["export", "--what", "values", "--out", odd + ".csv"],
        ["import", odd + ".csv"],
        ["restore", odd + ".db"],
        ["backup", "--out", odd + ".db"],
    ):
        assert main([*db, *command]) == 2, command
        err = capsys.readouterr().err
        assert "tên tệp 'r�." in err and "Traceback" not in err
    assert list(tmp_path.glob("r*")) == [] and _audit_count(demo_db) == audit


def _audit_count(path: Path) -> int:
    with Session(path) as s:
        return int(s.db.execute("SELECT count(*) FROM audit").fetchone()[0])


def test_text_comes_in_nfc_whatever_way_it_came(demo_db: Path, tmp_path: Path) -> None:
    """Case 7: a name in NFD by the command line or the window's plan, a comment pasted
    decomposed: kept in NFC, so the same text sent again is no change."""
    import unicodedata

    from ct05_desktop.cli import main
    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.domain.tree_changes import RENAME, Change
    from ct05_desktop.workflows.entry import save_values

    nfd = "Huyện ủy Mộc Châu mới"
    decomposed = unicodedata.normalize("NFD", nfd)
    assert Change(RENAME, "SL.MC", name=decomposed).name == nfd
    with Session(demo_db) as s:
        key = ("SL.ML", 2019, "members_total")
        comment = unicodedata.normalize("NFD", "số liệu đã rà soát")
        assert save_values(s, [ValueChange(*key, 5770)], FORM, {key: comment}).ok
        stored = s.db.execute(
            "SELECT comment FROM org_values WHERE org_code = ? AND year = ? AND indicator = ?",
            list(key),
        ).fetchone()[0]
        assert stored == "số liệu đã rà soát"
    out = tmp_path / "r.docx"
    args = ["--db", str(demo_db), "report", "--year", "2019", "--org", "SL.ML"]
    assert (
        main([*args, "--signer", unicodedata.normalize("NFD", "Lò Văn Minh"), "--out", str(out)])
        == 0
    )
    import zipfile

    with zipfile.ZipFile(out) as word:
        assert "Lò Văn Minh" in word.read("word/document.xml").decode("utf-8")


def test_half_typed_periods_and_far_off_dates_are_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'--years 2019-' was taken as 2019 alone; a signing date of 01/01/2200 was accepted."""
    import datetime as dt

    from ct05_desktop.cli import main
    from ct05_desktop.workflows.reports import ReportError, parse_date, parse_years

    for text in ("2019-", "-2019", "2019--2020", "2019-20"):
        with pytest.raises(ReportError):
            parse_years(text)
    assert parse_years("2017 - 2019") == range(2017, 2020)
    today = dt.date(2026, 12, 6)
    assert parse_date("31/12/2027", today) == dt.date(2027, 12, 31)
    for text in ("01/01/2200", "01/01/1999"):
        with pytest.raises(ReportError) as refused:
            parse_date(text, today)
        assert "phải trong các năm 2016–2027" in str(refused.value)
    out = tmp_path / "r.docx"
    args = ["--db", str(demo_db), "report", "--org", "SL.ML", "--out", str(out)]
    assert main([*args, "--years", "2019-"]) == 1
    assert main([*args, "--year", "2019", "--date", "01/01/2200"]) == 1
    assert "01/01/2200" in capsys.readouterr().err and not out.exists()
    assert main([*args, "--year", "2019", "--date", "14/05/2016"]) == 1  # before its year
    assert "trước năm 2019" in capsys.readouterr().err and not out.exists()


def test_a_libreoffice_spreadsheet_is_told_how_to_save_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An .ods was refused as '(KeyError)': it says what it is, and how to make a .xlsx."""
    import zipfile

    from ct05_desktop.cli import main

    ods = tmp_path / "mau.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    assert main(["--db", str(demo_db), "import", str(ods)]) == 1
    err = capsys.readouterr().err
    assert "OpenDocument" in err and "Lưu lại dưới dạng Excel Workbook (.xlsx)" in err


def test_templates_in_the_field_stay_valid_across_a_restore(demo_db: Path, tmp_path: Path) -> None:
    """Restoring a backup made before the first template lost the signing key: every
    template in the field was then 'edited or not from this database'."""
    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    with Session(demo_db) as s:
        before_any = backup_now(s, tmp_path / "before.db")  # no key in it yet
        sent = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
        restore(s, before_any, CLI)
        report = import_template(s, sent, dry_run=True)
        assert report.ok, [str(p) for p in report.problems]
        again = write_unit_templates(s, "SL.ML", 2019, tmp_path / "ml.xlsx")[0]
        restore(s, before_any, CLI)  # once more: both keys kept
        assert import_template(s, sent, dry_run=True).ok
        assert import_template(s, again, dry_run=True).ok


def test_a_template_is_bound_to_its_year_and_to_when_it_was_written(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Case 5: the hidden sheet of the unit's genuine 2018 template copied into its filled
    2019 workbook wrote everything to 2018; a filled template replayed after a correction
    silently set the figure back (90 → 100 → 90)."""
    import openpyxl

    from ct05_desktop.cli import main
    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST, META
    from ct05_desktop.workflows.entry import save_values
    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    with Session(demo_db) as s:
        old = write_unit_templates(s, "SL.TC", 2018, tmp_path / "tc2018.xlsx")[0]
        new = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc2019.xlsx")[0]
        genuine = openpyxl.load_workbook(old)[META]
        wb = openpyxl.load_workbook(new)
        for row in wb[META].iter_rows():
            for cell in row:
                cell.value = genuine[cell.coordinate].value
        wb.save(tmp_path / "mixed.xlsx")
        before = s.repo.entered_values([2018, 2019], ["SL.TC"])
        mixed = import_template(s, tmp_path / "mixed.xlsx")
        assert not mixed.saved and s.repo.entered_values([2018, 2019], ["SL.TC"]) == before
        cells = {p.cell: str(p) for p in mixed.problems}
        assert "của Huyện ủy Thuận Châu năm 2018" in cells["B1"] and "A1" in cells

        wb = openpyxl.load_workbook(new)
        ws = wb[FIGURES]
        col = next(
            c for c in range(3, ws.max_column + 1) if ws.cell(CODES, c).value == "study_sessions"
        )
        ws.cell(FIRST, col).value = 90
        wb.save(tmp_path / "filled.xlsx")
        assert import_template(s, tmp_path / "filled.xlsx").saved  # 90
        assert save_values(s, [ValueChange("SL.TC", 2019, "study_sessions", 100)], FORM).ok
        replay = import_template(s, tmp_path / "filled.xlsx")  # the same file, sent again
        assert not replay.saved
        [problem] = replay.problems
        assert problem.code == "template_older" and problem.sheet == FIGURES
        assert "mẫu ghi 90, nhưng số liệu này đã được sửa thành 100" in str(problem)
        assert s.repo.entered_values([2019], ["SL.TC"])[("SL.TC", 2019, "study_sessions")] == 100
    args = ["--db", str(demo_db), "import", str(tmp_path / "filled.xlsx")]
    assert main(args) == 1 and "--accept-older" in capsys.readouterr().err
    assert main([*args, "--accept-older"]) == 0  # asked for exactly that
    with Session(demo_db) as s:
        assert s.repo.entered_values([2019], ["SL.TC"])[("SL.TC", 2019, "study_sessions")] == 90


@pytest.mark.parametrize("kind", ["file", "broken link"])
def test_an_unusable_backups_folder_is_told_in_words(
    demo_db: Path, tmp_path: Path, kind: str
) -> None:
    """Case 10: every command printed an English log line and a traceback; an import was
    refused as 'không tìm thấy backups/…-import.db', a file the clerk never named. A
    command that needs only the day's backup runs, with a warning; one that needs a backup
    before it writes is refused, naming the folder, and writes nothing."""
    import subprocess
    import sys

    folder = demo_db.parent / "backups"
    if folder.is_dir():
        for old in folder.iterdir():
            old.unlink()
        folder.rmdir()
    if kind == "file":
        folder.write_text("", "utf-8")
    else:
        folder.symlink_to(tmp_path / "gone" / "away")

    def ct05(*args: object) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "ct05_desktop.cli", "--db", str(demo_db)]
        return subprocess.run([*command, *map(str, args)], capture_output=True, text=True)

    done = ct05("export", "--what", "values", "--out", tmp_path / "v.csv")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Cảnh báo: chưa sao lưu được trong ngày vào thư mục")
    csv = tmp_path / "change.csv"
    csv.write_text("org_code,year,indicator,value\nSL.ML,2019,members_total,1\n", "utf-8")
    done = ct05("import", csv)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "không sao lưu được vào thư mục" in done.stderr and "-import.db" not in done.stderr
    assert figure(demo_db, "SL.ML", "members_total") == 5770
    # a backup, and a restore (which backs up what it replaces), name the folder too
    with Session(demo_db) as s:
        old = backup_now(s, tmp_path / "old.db")
    for command in (["backup"], ["restore", old]):
        done = ct05(*command)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "không sao lưu được vào thư mục" in done.stderr, done.stderr
        assert ".db" not in done.stderr.split("thư mục")[1].split(";")[0]  # no file named


def test_a_backup_onto_the_databases_own_files_is_refused(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backup --out X.db-wal` while the window was open was accepted, and other programs
    then called the database damaged."""
    from ct05_desktop.cli import main

    for name in (f"{demo_db}-wal", f"{demo_db}-shm", str(demo_db)):
        assert main(["--db", str(demo_db), "backup", "--out", name]) == 1
        assert "tệp của chính cơ sở dữ liệu" in capsys.readouterr().err
    with Session(demo_db) as s:
        assert s.tree()  # still whole


def test_a_file_of_a_million_errors_prints_thirty_and_a_count(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file of unknown units printed one line per row."""
    from ct05_desktop.cli import main

    csv = tmp_path / "unknown.csv"
    rows = "".join(f"XX.{n},2019,members_total,1\n" for n in range(500))
    csv.write_text("org_code,year,indicator,value\n" + rows, "utf-8")
    assert main(["--db", str(demo_db), "import", str(csv)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("Lỗi: unknown.csv: không nhập gì vì có")
    assert len(err) == 1 + 30 + 1 and err[-1].startswith("  … và ")


@pytest.mark.parametrize(
    "text",
    [
        "sep=;\norg_code;year;indicator;value\nSL.ML;2019;members_total;5771\n",
        "org_code\tyear\tindicator\tvalue\nSL.ML\t2019\tmembers_total\t5771\n",
        "\ufeff\ufefforg_code,year,indicator,value\nSL.ML,2019,members_total,5771\n",
        "\u200borg_code,year\u200b,indicator,value\nSL.ML,2019,members_total,5771\n",
    ],
    ids=["sep-line", "tabs", "double-bom", "zero-width"],
)
def test_csv_files_as_spreadsheets_and_editors_save_them_are_read(
    demo_db: Path, tmp_path: Path, text: str
) -> None:
    """Excel's 'sep=' line, a tab-separated file, a second BOM, a zero-width space in the
    header were refused with a header that looked right."""
    from ct05_desktop.workflows.csv_transfer import import_csv

    csv = tmp_path / "values.csv"
    csv.write_bytes(text.encode("utf-8"))
    with Session(demo_db) as s:
        report = import_csv(s, csv)
        assert report.ok, [str(p) for p in report.problems]
        assert report.changed == 1
    assert figure(demo_db, "SL.ML", "members_total") == 5771


def test_an_init_killed_within_its_first_migration_is_finished(tmp_path: Path) -> None:
    """The file was refused for ever as 'another program's database'."""
    from sqlite_utils import Database

    from ct05_desktop.storage.migrations import MIGRATIONS

    path = tmp_path / "ct05.db"
    db = Database(path)
    MIGRATIONS.ensure_migrations_table(db)  # what a kill within migration 0001 leaves
    db.close()
    with Session(path, create=False) as s:
        init_database(s)
        assert s.tree()
        assert [m.name for m in MIGRATIONS.applied(s.db)][:1] == ["0001_initial"]


def test_an_init_killed_with_its_journal_beside_it_is_rolled_back_and_finished(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Killed in its first write, an init left the file and its rollback journal: every
    command then called the file read-only. The journal is rolled back (as SQLite does),
    and the file, empty again, becomes the database; an empty file is one to init."""
    import shutil

    from ct05_desktop.cli import main

    live = tmp_path / "live.db"
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA journal_mode = DELETE")
    writer.execute("CREATE TABLE first (x)")  # committed: the file is no longer empty
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE _migrations (x)")
    writer.execute("PRAGMA cache_size = 1")
    writer.execute("INSERT INTO first SELECT zeroblob(5000) FROM (SELECT 1 UNION SELECT 2)")
    path = tmp_path / "ct05.db"
    shutil.copyfile(live, path)  # the files as a kill here leaves them
    shutil.copyfile(f"{live}-journal", f"{path}-journal")
    writer.close()
    assert Path(f"{path}-journal").stat().st_size > 0
    assert main(["--db", str(path), "init"]) == 2  # another program's table, after rollback
    assert "của một chương trình khác" in capsys.readouterr().err
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert main(["--db", str(empty), "init"]) == 0
    with Session(empty, create=False) as s:
        assert s.tree()


def test_a_reports_files_are_replaced_together_with_their_check_list(
    demo_db: Path, tmp_path: Path
) -> None:
    """A new appendix could sit beside an old check list (an earlier version's CSV, or the
    list of a final report made before): once the report's files are written, a list that
    is not theirs is gone; a stopped report leaves everything as it was."""
    from ct05_desktop.domain.progress import Cancelled
    from ct05_desktop.workflows.report_files import build_reports
    from ct05_desktop.workflows.reports import parse_years

    years = parse_years("2019")
    with Session(demo_db) as s:
        final = build_reports(s, years, tmp_path, "SL.ML", final=True, allow_empty=True)
        listed = final[-1]
        assert listed.name.endswith("_KiemTra.xlsx")
        old_csv = listed.with_suffix(".csv")
        old_csv.write_text("old", "utf-8")

        def stop(percent: int, step: str) -> None:
            if percent > 50:
                raise Cancelled

        with pytest.raises(Cancelled):
            build_reports(s, years, tmp_path, "SL.ML", progress=stop)
        assert listed.exists() and old_csv.exists()  # nothing changed by a stopped report
        draft = build_reports(s, years, tmp_path, "SL.ML")  # a draft needs no list of its own
        assert len(draft) == 2 and not listed.exists() and not old_csv.exists()


@pytest.mark.parametrize("many", [True, False])
def test_a_kill_between_a_reports_renames_never_leaves_an_old_list_beside_it(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, many: bool
) -> None:
    """U6: killed right after the first file was renamed into place, a new appendix sat
    beside the check list of the report before. The old lists go before any rename."""
    from ct05_desktop.files import output_file
    from ct05_desktop.workflows.report_files import build_report, build_reports
    from ct05_desktop.workflows.reports import parse_years

    years = parse_years("2019")
    out = tmp_path / "r.xlsx"

    def make() -> list[Path]:
        if many:
            return build_reports(s, years, tmp_path, "SL.ML", final=True, allow_empty=True)
        build_report(s, years, out, "SL.ML", final=True, allow_empty=True)
        return [out, tmp_path / "r_KiemTra.xlsx"]

    with Session(demo_db) as s:
        made = make()
        old_list = made[-1].read_bytes()
        assert made[-1].name.endswith("_KiemTra.xlsx")
        renamed: list[str] = []
        real = output_file.os.replace

        def killed_after_one(src: str, dst: str) -> None:
            if renamed:
                raise KeyboardInterrupt  # the kill: nothing after the first rename happens
            real(src, dst)
            if not Path(dst).name.startswith(output_file.PREFIX):  # a file put in place
                renamed.append(Path(dst).name)

        monkeypatch.setattr(output_file.os, "replace", killed_after_one)
        with pytest.raises(KeyboardInterrupt):
            make()
        monkeypatch.undo()
        assert not renamed[0].endswith("_KiemTra.xlsx")  # a report file came first
        listed = made[-1]
        assert not listed.exists() or listed.read_bytes() != old_list


def test_a_text_stored_longer_than_a_cell_is_not_cut_by_its_template_sent_back(
    demo_db: Path, tmp_path: Path
) -> None:
    """Case 2, for a text stored before such texts were refused: every workbook cuts it to
    32,767 characters; the template sent back unchanged no longer saves the cut text."""
    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    with Session(demo_db) as s:
        row = s.registers.rows("dialogues", "SL.TC", 2019)[0]
        long = "Tông Cọ " + "x" * 40_000
        s.db.execute("UPDATE dialogues SET place = ? WHERE id = ?", [long, row["id"]])
        s.db.conn.commit()
        sent = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
        report = import_template(s, sent)
        assert report.saved and report.rows_changed == []
        stored = s.registers.get("dialogues", row["id"])
        assert stored["place"] == long
        # and a written part stored that long before
        s.db.execute(
            "INSERT INTO report_texts (org_code, year, part, text, search_text) VALUES ('SL.TC', "
            "2019, 'lanh_dao', ?, '') ON CONFLICT DO UPDATE SET text = excluded.text",
            [long],
        )
        s.db.conn.commit()
        sent = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc2.xlsx")[0]
        report = import_template(s, sent)
        assert report.saved and report.texts == []
        assert s.texts.texts("SL.TC", 2019)["lanh_dao"] == long


def test_backups_are_ordered_by_what_they_hold_not_by_the_clock(demo_db: Path) -> None:
    """A backup made while the clock said 2028 headed the list as newest (and a restore of
    'the newest' would have lost everything since)."""
    import datetime as dt

    from ct05_desktop.storage.backup import make_backup

    with Session(demo_db) as s:
        wrong = make_backup(s.db, demo_db, "manual", dt.datetime(2028, 1, 1, 9, 0))
        right = backup_now(s)
        listed = list_backups(demo_db)
        assert listed[0].path == right and listed[1].path == wrong.path
        assert listed[0].sequence == listed[1].sequence + 1


def test_the_template_binding_after_a_review(demo_db: Path, tmp_path: Path) -> None:
    """A review of the binding found: a correction made after a restore was not seen (the
    change log's ids went back); a unit re-importing its own template with a new value was
    refused; a renamed unit's templates were all refused."""
    import openpyxl

    from ct05_desktop.domain.checks.figure_rules import ValueChange
    from ct05_desktop.domain.sources import FORM
    from ct05_desktop.excel.templates.writer import CODES, FIGURES, FIRST
    from ct05_desktop.workflows.entry import save_values
    from ct05_desktop.workflows.org_changes import rename_unit
    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    def filled(template: Path, value: int, name: str) -> Path:
        wb = openpyxl.load_workbook(template)
        ws = wb[FIGURES]
        codes = {ws.cell(CODES, c).value: c for c in range(3, ws.max_column + 1)}
        ws.cell(FIRST, codes["reception_sessions"]).value = value
        wb.save(tmp_path / name)
        return tmp_path / name

    with Session(demo_db) as s:
        old = backup_now(s, tmp_path / "old.db")
        for n in range(5):  # the change log moves on
            assert save_values(s, [ValueChange("SL.TC", 2018, "reception_sessions", n)], FORM).ok
        template = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
        restore(s, old, CLI)
        first = s.repo.unit_values("SL.TC", 2019)["reception_sessions"]  # 376
        assert save_values(s, [ValueChange("SL.TC", 2019, "reception_sessions", 100)], FORM).ok
        back = import_template(s, filled(template, first, "back.xlsx"), dry_run=True)
        assert [p.code for p in back.problems] == ["template_older"]  # seen after a restore

        mine = write_unit_templates(s, "SL.TC", 2019, tmp_path / "mine.xlsx")[0]
        assert import_template(s, filled(mine, 90, "a.xlsx")).saved
        assert import_template(s, filled(mine, 95, "b.xlsx")).saved  # its own new value
        rename_unit(s, "SL.TC", "Huyện ủy Thuận Châu mới", 2019, FORM)
        assert import_template(s, filled(mine, 96, "c.xlsx")).saved  # renamed since: its own


def test_two_rows_alike_in_one_file_are_both_added_and_a_tab_sep_line_is_read(
    demo_db: Path, tmp_path: Path
) -> None:
    import openpyxl

    from ct05_desktop.workflows.csv_transfer import import_csv
    from ct05_desktop.workflows.templates.unit_files import import_template, write_unit_templates

    with Session(demo_db) as s:
        template = write_unit_templates(s, "SL.TC", 2019, tmp_path / "tc.xlsx")[0]
        wb = openpyxl.load_workbook(template)
        ws = wb["Hội nghị đối thoại"]
        row = ["SL.TC", "12/03/2019", "Cấp cơ sở (xã, phường, thị trấn)", "Chiềng Bôm", 85]
        for r in (9, 10):
            for col, value in enumerate(row, start=1):
                ws.cell(r, col).value = value
        wb.save(tmp_path / "twice.xlsx")
        before = len(s.registers.rows("dialogues", "SL.TC", 2019))
        assert len(import_template(s, tmp_path / "twice.xlsx").rows_added) == 2
        assert len(s.registers.rows("dialogues", "SL.TC", 2019)) == before + 2
        csv = tmp_path / "tab.csv"
        csv.write_text(
            "sep=\t\norg_code\tyear\tindicator\tvalue\nSL.ML\t2019\tmembers_total\t5772\n", "utf-8"
        )
        assert import_csv(s, csv).ok
    assert figure(demo_db, "SL.ML", "members_total") == 5772


def test_a_file_named_in_nfd_is_still_found(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Paths are taken byte for byte: only the text typed is made NFC."""
    import unicodedata

    from ct05_desktop.cli import main

    csv = tmp_path / unicodedata.normalize("NFD", "số_liệu.csv")
    csv.write_text("org_code,year,indicator,value\nSL.ML,2019,members_total,5773\n", "utf-8")
    assert main(["--db", str(demo_db), "import", str(csv)]) == 0
    assert figure(demo_db, "SL.ML", "members_total") == 5773


def test_templates_are_written_after_their_snapshot_ends(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a network share (no WAL) a read held while fifty workbooks are written kept every
    other writer out: what they hold is read in one snapshot, which ends first."""
    from ct05_desktop.workflows.templates import unit_files as templates

    open_while_writing: list[bool] = []
    write = templates.write_template
    with Session(demo_db) as s:

        def writing(*args, **kwargs):  # type: ignore[no-untyped-def]
            open_while_writing.append(s.db.conn.in_transaction)
            return write(*args, **kwargs)

        monkeypatch.setattr(templates, "write_template", writing)
        paths = templates.write_unit_templates(s, "SL.MS", 2019, tmp_path, children=True)
    assert len(paths) == 3 and open_while_writing == [False, False, False]


def test_a_backup_holding_broken_text_is_refused_in_words(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Noise in a backup's text (integrity_check does not look inside texts) ended in a
    UnicodeDecodeError traceback; it is told as a damaged backup, nothing changed."""
    from ct05_desktop.cli import main

    with Session(demo_db) as s:
        bad = backup_now(s, tmp_path / "bad.db")
    with sqlite3.connect(bad) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) "
            "VALUES ('template_key', CAST(x'ffd9' AS TEXT))"
        )
    before = figure(demo_db, "SL.ML", "members_total")
    assert main(["--db", str(demo_db), "restore", str(bad)]) != 0
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "Traceback" not in err
    assert figure(demo_db, "SL.ML", "members_total") == before
    assert not [p for p in demo_db.parent.iterdir() if p.name.startswith(".ct05-")]


def test_a_backups_folder_that_may_not_be_written_is_not_called_open_in_word(
    demo_db: Path,
) -> None:
    """Case 10: a read-only backups folder was told as a file 'open in Word or Excel'."""
    import errno

    from ct05_desktop.workflows.backups import unusable_folder

    denied = PermissionError(errno.EACCES, "Permission denied", str(demo_db.parent / "backups"))
    words = unusable_folder(demo_db, denied).words("vi")
    assert "chỉ cho đọc hoặc không có quyền ghi" in words and "Word" not in words


def test_a_name_stored_longer_than_a_document_property_still_gives_a_report(
    demo_db: Path, tmp_path: Path
) -> None:
    """A unit named before names had a limit (300 characters) crashed the Word report."""
    import docx

    from ct05_desktop.workflows.report_files import build_report
    from ct05_desktop.workflows.reports import parse_years

    long = "Đảng bộ huyện " + "Mường La " * 32
    with Session(demo_db) as s:
        s.db.execute("UPDATE orgs SET name = ? WHERE code = 'SL.ML'", [long])
        s.db.execute("UPDATE org_periods SET name = ? WHERE org_code = 'SL.ML'", [long])
        s.db.conn.commit()
        s.forget_tree()
        out = build_report(s, parse_years("2019"), tmp_path / "r.docx", "SL.ML")
    document = docx.Document(str(out))
    assert document.core_properties.author == long[:255]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    text = " ".join([p.text for p in document.paragraphs] + cells).upper()
    assert "MƯỜNG LA MƯỜNG LA MƯỜNG LA" in text  # the whole name in the document
