"""Issue 21: a big figures file is read row by row and written a chunk of whole
unit-years at a time inside one transaction, still whole or not at all; its problems
and warnings are kept as the first ones and a count (a province's 1.3 million figures
once took 1.9 GB)."""

from __future__ import annotations

import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from ct05_desktop.domain.progress import Cancelled
from ct05_desktop.files.interchange import KEPT
from ct05_desktop.storage import value_staging
from ct05_desktop.workflows import csv_values
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.entry import warnings_for_units
from ct05_desktop.workflows.session import Session
from tests.csv_helpers import VALUES, refused, state, where, write

YEARS = range(2016, 2021)


def indicators(session: Session, count: int = 20) -> list[str]:
    """Indicators that are neither a part nor a whole (a file of any values passes part
    ≤ whole, and may name a part or a whole besides), in the form of every year."""
    every_year = session.catalogue_of(2016).codes
    kept = [i for i in session.catalogue_of(2025).indicators if i.code in every_year]
    wholes = {i.whole for i in kept}
    return [i.code for i in kept if i.whole is None and i.code not in wholes][:count]


def rows(session: Session, value: int = 7) -> list[str]:
    """Every unit of the default tree × 2016–2020 × 20 indicators."""
    units = [o.code for o in session.tree().in_order()]
    return [
        f"{org},{year},{code},{value}"
        for year in YEARS
        for org in units
        for code in indicators(session)
    ]


def stored(session: Session) -> dict[tuple[str, int, str], int]:
    found = session.db.execute("SELECT org_code, year, indicator, value FROM org_values")
    return {(o, y, i): v for o, y, i, v in found}


@pytest.fixture(params=["in memory", "on disk"])
def small_chunks(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of a few rows, the file's rows kept in memory or (past IN_MEMORY) on disk."""
    monkeypatch.setattr(csv_values, "CHUNK_ROWS", 7)
    if request.param == "on disk":
        monkeypatch.setattr(value_staging, "IN_MEMORY", 50)


def test_a_file_written_in_many_chunks_is_one_import(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    lines = rows(session)
    path = write(tmp_path / "v.csv", "\n".join([VALUES, *lines]) + "\n")
    report = import_csv(session, path)
    assert report.ok and report.rows == len(lines) == report.changed
    expected = {}
    for line in lines:
        org, year, code, value = line.split(",")
        expected[(org, int(year), code)] = int(value)
    assert stored(session) == expected
    # the change log gives the whole file one time, as it was one import
    times = {r[0] for r in session.db.execute("SELECT at FROM audit WHERE action = 'value'")}
    assert len(times) == 1


def test_a_problem_in_the_last_chunk_leaves_the_database_as_it_was(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    lines = rows(session)
    last = max(o.code for o in session.tree().in_order())  # its rows are checked last
    bad = f"{last},2020,{indicators(session)[0]},abc"
    first = f"{last},2020,{indicators(session)[0]},"
    lines = [bad if line.startswith(first) else line for line in lines]
    path = write(tmp_path / "v.csv", "\n".join([VALUES, *lines]) + "\n")
    problems = refused(session, path)
    assert where(problems) == [(lines.index(bad) + 2, "value", "not_whole_number")]


def test_a_part_and_its_whole_far_apart_in_the_file_are_checked_together(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    """The stored whole is 10; the file raises the part to 15 on its first line and the
    whole to 20 on its last: together they are right, and are written."""
    head = VALUES + "\nSL.TP,2019,members_total,10\n"
    assert import_csv(session, write(tmp_path / "w.csv", head)).ok
    filler = rows(session)
    lines = ["SL.TP,2019,members_registered,15", *filler, "SL.TP,2019,members_total,20"]
    report = import_csv(session, write(tmp_path / "v.csv", "\n".join([VALUES, *lines])))
    assert report.ok, [str(p) for p in report.problems]
    assert stored(session)[("SL.TP", 2019, "members_registered")] == 15
    # and a part above its whole is still refused when the two are far apart
    lines = ["SL.QN,2019,members_registered,30", *filler, "SL.QN,2019,members_total,20"]
    problems = refused(session, write(tmp_path / "x.csv", "\n".join([VALUES, *lines])))
    assert [p.code for p in problems] == ["part_above_whole"]
    assert problems[0].line == 2


def test_a_row_given_again_far_below_is_refused_naming_the_first(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    lines = rows(session)
    lines.append(lines[3].rsplit(",", 1)[0] + ",8")
    problems = refused(session, write(tmp_path / "v.csv", "\n".join([VALUES, *lines])))
    assert where(problems) == [(len(lines) + 1, "indicator", "duplicate_row")]
    assert problems[0].reason.params["line"] == 5


def test_a_million_unknown_units_are_the_first_problems_and_a_count(
    session: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Their codes sort in the reverse of their lines: the problems kept are still the
    first lines of the file, and the others are counted, not held."""
    count = KEPT + 500
    lines = [f"Z{count - n:05d},2019,members_total,1" for n in range(count)]
    path = write(tmp_path / "v.csv", "\n".join([VALUES, *lines]))
    report = import_csv(session, path)
    assert [p.line for p in report.problems] == list(range(2, KEPT + 2))
    assert {p.code for p in report.problems} == {"unknown_org"}
    assert report.problem_count == count and report.unkept_problems == 500
    from ct05_desktop import cli

    assert cli.main(["--db", str(session.path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "không nhập gì vì có 1.500 lỗi" in err
    assert err.count("\n  ") == 31 and "… và 1.470 lỗi khác" in err


def test_warnings_beyond_those_kept_are_counted(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_values, "KEPT", 5)
    jumps = [f"SL.TP,2018,{code},1" for code in indicators(session)]
    jumps += [f"SL.TP,2019,{code},90" for code in indicators(session)]
    report = import_csv(session, write(tmp_path / "v.csv", "\n".join([VALUES, *jumps])))
    assert report.ok and len(report.warnings) == 5
    every = warnings_for_units(session, [("SL.TP", 2018), ("SL.TP", 2019)])
    assert report.warning_count == len(every) >= 20
    assert [w.issue for w in report.warnings] == every[:5]


def test_stop_inside_a_file_writes_nothing_of_it(
    session: Session, tmp_path: Path, small_chunks: None
) -> None:
    path = write(tmp_path / "v.csv", "\n".join([VALUES, *rows(session)]))
    before = state(session)
    told: list[float] = []

    def progress(done: float) -> None:
        told.append(done)
        if done > 0.6:  # a few chunks written inside the transaction
            raise Cancelled

    with pytest.raises(Cancelled):
        import_csv(session, path, progress=progress)
    assert state(session) == before
    assert told == sorted(told) and 0.4 < told[-1] < 1


def test_a_temporary_folder_that_cannot_hold_the_rows_is_told_in_words(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(value_staging, "IN_MEMORY", 50)  # the rows go to disk

    class Full:
        """The temporary file's connection, its disk full when the rows are sorted."""

        def __init__(self, real: sqlite3.Connection) -> None:
            self.real = real

        def execute(self, sql: str, *args: object) -> object:
            if sql.startswith("CREATE INDEX"):
                raise sqlite3.OperationalError("database or disk is full")
            return self.real.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(self.real, name)

    opened = value_staging.temporary_database
    monkeypatch.setattr(value_staging, "temporary_database", lambda: Full(opened()))
    path = write(tmp_path / "v.csv", "\n".join([VALUES, *rows(session)]))
    problems = refused(session, path)
    assert [p.code for p in problems] == ["disk_full"]
    assert value_staging.tempfile.gettempdir() in problems[0].words()


def test_late_trouble_in_a_big_file_is_found_wherever_it_lies(
    session: Session, tmp_path: Path
) -> None:
    """Past the first megabyte: a control character, a formula's guard and a byte that
    is not UTF-8 are each seen (the cell by cell look is decided a block at a time)."""
    filler = rows(session) * 40  # about 2.6 MB (each row given many times: refused anyway)
    text = "\n".join([VALUES + ",comment", *(f"{line}," for line in filler)])
    bell = text + "\nSL.TP,2019,members_total,5,a\x07b\n"
    problems = refused(session, write(tmp_path / "bell.csv", bell))
    assert (len(filler) + 2, "comment", "control_character") in where(problems)
    not_utf8 = tmp_path / "bytes.csv"
    not_utf8.write_bytes(text.encode() + b"\nSL.TP,2019,members_total,5,\xff\n")
    assert [p.code for p in refused(session, not_utf8)] == ["not_utf8"]
    long = "x" * 600  # unique rows past the first megabyte: long comments
    guarded = [f"{line},{long}" for line in rows(session)]
    guarded.append("SL.QN,2023,members_total,1,'=1+1")  # the guard is taken off
    path = write(tmp_path / "guard.csv", "\n".join([VALUES + ",comment", *guarded]))
    assert path.stat().st_size > 1 << 20
    assert import_csv(session, path).ok
    found = session.db.execute(
        "SELECT comment FROM org_values WHERE org_code = 'SL.QN' AND year = 2023"
    ).fetchone()
    assert found == ("=1+1",)


def test_memory_does_not_grow_with_the_file(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held to a few MB while 60,000 figures are read, checked and written (the whole file
    held as text and rows took about 1.3 kB a figure: some 80 MB); the rows beyond the
    first IN_MEMORY go to disk (here 10,000: a province's file stays in memory)."""
    monkeypatch.setattr(value_staging, "IN_MEMORY", 10_000)
    orgs = ["code,name,level,parent_code,valid_from,valid_to"]
    units = [f"SL.TP.{n:03d}" for n in range(300)]
    orgs += [f"{code},Chi bộ {code},grassroots,SL.TP,2016," for code in units]
    assert import_csv(session, write(tmp_path / "o.csv", "\n".join(orgs))).ok
    codes = indicators(session, 20)
    keys = [(u, y, c) for y in range(2016, 2026) for u in units for c in codes]
    lines = [f"{u},{y},{c},{n % 97}" for n, (u, y, c) in enumerate(keys)]
    path = write(tmp_path / "v.csv", "\n".join([VALUES, *lines]))
    tracemalloc.start()
    try:
        report = import_csv(session, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.ok and report.changed == len(lines) == 60_000
    assert peak < 24_000_000, peak  # about 18 MB (29 MB with the 60,000 rows in memory)


def test_blank_lines_above_the_header_are_read_past(session: Session, tmp_path: Path) -> None:
    """A file starting with blank lines was told as a wrong header on line 1; its lines
    are still counted as the file has them."""
    text = "\n\r\n" + VALUES + "\nSL.TP,2019,members_total,12\nSL.TP,2019,members_registered,x\n"
    problems = refused(session, write(tmp_path / "v.csv", text))
    assert where(problems) == [(5, "value", "not_whole_number")]
    semicolons = "\n" + "sep=;\n" + VALUES.replace(",", ";") + "\nSL.TP;2019;members_total;12\n"
    assert import_csv(session, write(tmp_path / "s.csv", semicolons)).ok


def indexes(session: Session) -> list[tuple[str, str]]:
    found = session.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('org_values', 'audit') ORDER BY name"
    )
    return [tuple(row) for row in found]


def test_a_first_import_rebuilds_the_indexes_and_a_refused_one_keeps_them(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file larger than what is stored is written without its indexes kept up to date
    row by row: they are made again at its end (or come back with the rollback)."""
    from ct05_desktop.storage import value_store

    monkeypatch.setattr(value_store, "BULK_ROWS", 10)
    before = indexes(session)
    assert {name for name, _ in before} >= {"org_values_year", "audit_unit_year"}
    dropped: list[str] = []
    session.db.conn.set_trace_callback(dropped.append)
    lines = rows(session)
    assert import_csv(session, write(tmp_path / "v.csv", "\n".join([VALUES, *lines]))).ok
    session.db.conn.set_trace_callback(None)
    assert any(s.startswith('DROP INDEX "org_values_year"') for s in dropped)
    assert indexes(session) == before
    assert stored(session)[(lines[0].split(",")[0], 2016, indicators(session)[0])] == 7
    plan = session.db.execute(
        "EXPLAIN QUERY PLAN SELECT org_code, indicator, value FROM org_values WHERE year = 2019"
    ).fetchall()
    assert "org_values_year" in str(plan)
    bigger = [line.rsplit(",", 1)[0] + ",8" for line in lines] * 2  # refused: given twice
    refused(session, write(tmp_path / "w.csv", "\n".join([VALUES, *bigger])))
    assert indexes(session) == before


def test_a_files_warnings_year_by_year_read_each_year_once(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same warnings as the unit-years' own check, each year read from the database
    once (the year before of the next) rather than twice."""
    from ct05_desktop.workflows.entry import warnings_year_by_year

    units = [o.code for o in session.tree().in_order()]
    lines = [
        f"{org},{year},{code},{1 if year % 2 else 90}"  # a jump every year
        for year in YEARS
        for org in units
        for code in indicators(session, 3)
    ]
    assert import_csv(session, write(tmp_path / "v.csv", "\n".join([VALUES, *lines]))).ok
    unit_years = [(org, year) for org in units for year in YEARS]
    expected = warnings_for_units(session, unit_years)
    assert len(expected) > 100 and {i.year for i in expected if i.code == "jump"} == set(YEARS[1:])
    read: list[int] = []
    entered_rows = session.repo.entered_rows
    monkeypatch.setattr(session.repo, "entered_rows", lambda y: read.append(y) or entered_rows(y))
    found = [issue for year in warnings_year_by_year(session, unit_years) for issue in year]
    assert sorted(map(repr, found)) == sorted(map(repr, expected))
    assert sorted(read) == [YEARS[0] - 1, *YEARS]
