"""A sweep of the command line for faults (issue 11): a person's slip (a missing file, a
folder where a file goes, an absurd year, a read-only file) or the machine's trouble (a
full disk). Each run, in a subprocess as the clerk would start it, must end in
'Lỗi: …' in Vietnamese with a non-zero exit: no traceback, no English of Python or of
the system, nothing written and the database as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

POSIX = sys.platform != "win32"
ROOT = POSIX and os.geteuid() == 0  # the administrator writes read-only files anyway
DB = "ct05.db"
# what Python or the system would say in English, were a fault let through
ENGLISH = (
    *("Traceback", "Error", "error:", "Errno", "errno", "WinError", " object at 0x"),
    *("No such file", "Permission denied", "File exists", "Not a directory"),
    *("Is a directory", "No space left", "disk is full", "usage:", "invalid", "BadZip"),
)

RUN_MAIN = "import sys\nfrom ct05_desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n"
# a disk that fills up under the database: SQLite itself refuses to grow the file
# ('database or disk is full', SQLITE_FULL), as on a full disk
DB_DISK_FULL = """
import ct05_desktop.storage.database as _database
_connect = _database.connect
def _full(path):
    db = _connect(path)
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA max_page_count = {pages}")
    return db
_database.connect = _full
"""
# a disk that fills up under an output file: the flush to disk fails (ENOSPC)
FILE_DISK_FULL = """
import errno, os
def _fsync(fd):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
os.fsync = _fsync
"""
# the administrator may write anything: a database file the clerk may not write is
# simulated by the permission check saying so
DB_NOT_WRITABLE = """
import os
_access = os.access
def _no_write(path, mode, *args, **kwargs):
    if mode & os.W_OK and os.path.basename(os.fspath(path)) == "ct05.db":
        return False
    return _access(path, mode, *args, **kwargs)
os.access = _no_write
"""


def ct05(folder: Path, *args: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """`ct05 --db ct05.db ARGS` in folder; with a prelude, the fault it simulates first."""
    start = ["-c", prelude + RUN_MAIN] if prelude else ["-m", "ct05_desktop.cli"]
    return subprocess.run(
        [sys.executable, *start, "--db", DB, *args],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def files(folder: Path) -> dict[str, str]:
    """Every file but the database's and the backups (a backup is made before every
    import, refused or not), with a digest of its bytes."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if name.startswith((DB, "backups")) or not path.is_file() or path.is_fifo():
            continue
        found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def db_state(db: Path) -> tuple[object, ...]:
    """The database's content as the program sees it: checked whole, the figures (not
    when they were written), the locks and the change log."""
    con = sqlite3.connect(db)
    try:
        checked = con.execute("PRAGMA integrity_check").fetchall()
        values = con.execute(
            "SELECT org_code, year, indicator, value, comment FROM org_values "
            "ORDER BY org_code, year, indicator"
        )
        digest = hashlib.sha256(repr(values.fetchall()).encode()).hexdigest()
        locks = con.execute("SELECT year FROM year_locks ORDER BY year").fetchall()
        audit = con.execute("SELECT count(*), max(id) FROM audit").fetchone()
    finally:
        con.close()
    return checked, digest, locks, audit


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo data, and what a clerk has beside it: a report, an
    export, a template, a file of a few thousand figures."""
    folder = tmp_path_factory.mktemp("demo")
    for args in (
        ("demo",),
        ("report", "--year", "2019", "--out", "r.xlsx"),
        ("export", "--what", "values", "--out", "v.csv"),
        ("template", "--org", "SL.ML", "--year", "2019", "--out", "t.xlsx"),
    ):
        done = ct05(folder, *args)
        assert done.returncode == 0, done.stderr
    (folder / "plain.txt").write_text("a text file, not a folder\n", encoding="utf-8")
    (folder / "values.csv").write_text(many_values(), encoding="utf-8")
    return folder


def many_values() -> str:
    """2,400 figures for the demo tree's units, 2020-2023, each part within its whole."""
    codes = ("SL", "SL.TP", "SL.QN", "SL.TC", "SL.ML", "SL.BY", "SL.PY", "SL.MC", "SL.VH")
    codes += ("SL.YC", "SL.MS", "SL.SM", "SL.SC", "SL.CA", "SL.QS", "SL.BP", "SL.KCQ")
    codes += ("SL.KDN", "SL.MS.CM", "SL.MS.CN")
    lines = ["org_code,year,indicator,value"]
    catalogue = Path(__file__).resolve().parents[1] / "data" / "indicators.csv"
    rows = [line.split(",") for line in catalogue.read_text(encoding="utf-8").splitlines()[1:]]
    for year in range(2020, 2024):
        for n, code in enumerate(codes):
            for m, row in enumerate(rows[:30]):
                part = bool(row[3])  # 'whole': the indicator is a part of another
                value = (n * 7 + m * 3 + year) % 100 if part else 1000 + n * 31 + m + year
                lines.append(f"{code},{year},{row[0]},{value}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def work(demo_folder: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    shutil.copytree(demo_folder, folder)
    return folder


def folder_at(name: str) -> Callable[[Path], None]:
    return lambda work: (work / name).mkdir()


def read_only(*names: str) -> Callable[[Path], None]:
    def setup(work: Path) -> None:
        for name in names:
            (work / name).chmod(0o444)

    return setup


def fifo(name: str) -> Callable[[Path], None]:
    return lambda work: os.mkfifo(work / name)


def broken_xlsx(work: Path) -> None:
    (work / "hong.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    told: str  # a fragment of the Vietnamese words
    exit: int = 1
    setup: Callable[[Path], None] | None = None
    prelude: str = ""
    marks: tuple[pytest.MarkDecorator, ...] = field(default=())


posix_only = pytest.mark.skipif(not POSIX, reason="named pipes and /dev/null: POSIX")
CASES = [
    Case("import a missing .xlsx", ("import", "thieu.xlsx"), "thieu.xlsx: không tìm thấy tệp"),
    Case("import a missing .csv", ("import", "thieu.csv"), "thieu.csv: không tìm thấy tệp"),
    Case("import a folder", ("import", "in"), "là một thư mục", setup=folder_at("in")),
    Case("import a folder .xlsx", ("import", "d.xlsx"), "một thư mục", setup=folder_at("d.xlsx")),
    Case(
        "import a named pipe .xlsx",
        ("import", "p.xlsx"),
        "đường ống dữ liệu",
        setup=fifo("p.xlsx"),
        marks=(posix_only,),
    ),
    Case("import a broken .xlsx", ("import", "hong.xlsx"), "hong.xlsx", setup=broken_xlsx),
    Case(
        "report into a folder",
        ("report", "--year", "2019", "--out", "o.xlsx"),
        "o.xlsx là một thư mục, không phải tệp",
        setup=folder_at("o.xlsx"),
    ),
    Case(
        "report named as a folder",
        ("report", "--year", "2019", "--out", "plain.txt"),
        "phải kết thúc bằng .docx",
    ),
    Case(
        "export into a folder",
        ("export", "--what", "values", "--out", "o.csv"),
        "o.csv là một thư mục",
        setup=folder_at("o.csv"),
    ),
    Case(
        "template into a folder",
        ("template", "--org", "SL", "--year", "2019", "--out", "o.xlsx"),
        "o.xlsx là một thư mục",
        setup=folder_at("o.xlsx"),
    ),
    Case(
        "backup into a folder",
        ("backup", "--out", "o.db"),
        "o.db là một thư mục",
        setup=folder_at("o.db"),
    ),
    Case(
        "templates into a file",
        ("template", "--org", "SL", "--year", "2019", "--children", "--out", "plain.txt"),
        "không ghi được vào plain.txt: đó là một tệp, không phải thư mục",
    ),
    Case(
        "report below a file",
        ("report", "--year", "2019", "--out", "plain.txt/r.xlsx"),
        "không ghi được vào plain.txt: đó là một tệp",
    ),
    Case(
        "export below a file",
        ("export", "--what", "values", "--out", "plain.txt/a/v.csv"),
        "không ghi được vào plain.txt: đó là một tệp",
    ),
    Case("lock a huge year", ("lock", "99999999999999999999"), "năm 99999999999999999999 nằm"),
    Case("lock year -5", ("lock", "-5"), "năm -5 nằm ngoài khoảng 2016–2100"),
    Case("lock year abc", ("lock", "abc"), "'abc' không phải là một năm"),
    Case("report of 3000", ("report", "--year", "3000", "--out", "n.xlsx"), "năm 3000 nằm"),
    Case("report of 1-3000", ("report", "--years", "1-3000", "--out", "n.xlsx"), "kỳ báo cáo"),
    Case(
        "report backwards",
        ("report", "--years", "2019-2017", "--out", "n.xlsx"),
        "khoảng năm '2019-2017' có năm đầu sau năm cuối",
    ),
    Case(
        "template of 1800",
        ("template", "--org", "SL", "--year", "1800", "--out", "n.xlsx"),
        "năm 1800 nằm ngoài khoảng 2016–2100",
    ),
    Case(
        "database /dev/null",
        ("--db", "/dev/null", "lock", "2019"),
        "/dev/null không phải một tệp dữ liệu",
        exit=2,
        marks=(posix_only,),
    ),
    Case(
        "database not writable",
        ("lock", "2019"),
        "không ghi được vào cơ sở dữ liệu: tệp dữ liệu hoặc thư mục chỉ cho đọc",
        exit=2,
        setup=None if ROOT else read_only(DB),
        prelude=DB_NOT_WRITABLE if ROOT else "",
    ),
    Case(
        "report over a read-only file",
        ("report", "--year", "2019", "--out", "r.xlsx"),
        "r.xlsx là tệp chỉ cho đọc nên không được ghi đè",
        setup=read_only("r.xlsx"),
    ),
    Case(
        "export over a read-only file",
        ("export", "--what", "values", "--out", "v.csv"),
        "v.csv là tệp chỉ cho đọc",
        setup=read_only("v.csv"),
    ),
    Case(
        "template over a read-only file",
        ("template", "--org", "SL.ML", "--year", "2019", "--out", "t.xlsx"),
        "t.xlsx là tệp chỉ cho đọc",
        setup=read_only("t.xlsx"),
    ),
    Case(
        "disk full during an import",
        ("import", "values.csv"),
        "ổ đĩa đã đầy, không ghi được cơ sở dữ liệu",
        prelude=DB_DISK_FULL,
    ),
    Case(
        "disk full during a report",
        ("report", "--year", "2019", "--out", "r.xlsx"),
        "ổ đĩa đã đầy, không ghi được r.xlsx",
        prelude=FILE_DISK_FULL,
    ),
    Case(
        "disk full during an export",
        ("export", "--what", "values", "--out", "v.csv"),
        "ổ đĩa đã đầy, không ghi được v.csv",
        prelude=FILE_DISK_FULL,
    ),
    Case(
        "disk full during a template",
        ("template", "--org", "SL.ML", "--year", "2019", "--out", "t.xlsx"),
        "ổ đĩa đã đầy, không ghi được t.xlsx",
        prelude=FILE_DISK_FULL,
    ),
    Case("restore a folder", ("restore", "in"), "in không phải", exit=2, setup=folder_at("in")),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
def test_a_fault_is_told_in_words_and_nothing_is_written(work: Path, case: Case) -> None:
    if case.setup is not None:
        case.setup(work)
    before_files, before_db = files(work), db_state(work / DB)
    done = ct05(work, *case.args, prelude=case.prelude)
    err = done.stderr
    assert done.returncode == case.exit, (done.stdout, err)
    assert "Lỗi: " in err and case.told in err, err
    assert [word for word in ENGLISH if word in err + done.stdout] == [], err
    assert files(work) == before_files  # nothing written, no temporary file left
    assert db_state(work / DB) == before_db


def test_an_output_in_a_missing_folder_is_written_there(work: Path) -> None:
    """The folders of --out are made (report, template and backup did; export said it
    could not find the file)."""
    for args in (
        ("report", "--year", "2019", "--out", "moi/a/r.xlsx"),
        ("export", "--what", "values", "--out", "moi/b/v.csv"),
        ("template", "--org", "SL.ML", "--year", "2019", "--out", "moi/c/t.xlsx"),
        ("template", "--org", "SL.MS", "--year", "2019", "--children", "--out", "moi/d"),
        ("backup", "--out", "moi/e/sao_luu.db"),
    ):
        done = ct05(work, *args)
        assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(work / "moi").as_posix() for p in work.glob("moi/*/*"))
    assert written == [
        *("a/r.xlsx", "b/v.csv", "c/t.xlsx", "d/Mau_CT05_Dang_Bo_Thi_Tran_Hat_Lot_2019.xlsx"),
        *("d/Mau_CT05_Dang_Bo_Xa_Chieng_Mung_2019.xlsx", "d/Mau_CT05_Dang_Bo_Xa_Co_Noi_2019.xlsx"),
        "e/sao_luu.db",
    ]


def test_output_closed_by_its_reader_is_told_in_words(tmp_path: Path) -> None:
    """`ct05 import … | head` printed 'Lỗi … EPIPE' although the import was saved."""
    db = tmp_path / "ct05.db"
    csv = tmp_path / "v.csv"
    csv.write_text("org_code,year,indicator,value\nSL.ML,2019,members_total,77\n", "utf-8")
    command = [sys.executable, "-m", "ct05_desktop.cli", "--db", str(db)]
    subprocess.run([*command, "init"], check=True, capture_output=True)
    done = subprocess.Popen(
        [*command, "import", str(csv)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert done.stdout is not None and done.stderr is not None
    done.stdout.close()  # the reader went away before anything was printed
    err = done.stderr.read().decode()
    assert done.wait() == 1 and "EPIPE" not in err and "Traceback" not in err
    assert "đã đóng" in err
    from ct05_desktop.workflows.session import Session

    with Session(db) as s:
        assert s.repo.unit_values("SL.ML", 2019)["members_total"] == 77


def test_a_file_where_a_folder_is_to_be_made_is_named_as_such(tmp_path: Path) -> None:
    """`report --issued --out FILE` said 'lỗi hệ thống EEXIST'."""
    import errno

    from ct05_desktop.workflows.faults import fault

    standing = tmp_path / "bao_cao"
    standing.write_text("", "utf-8")
    told = fault(FileExistsError(errno.EEXIST, "File exists", str(standing)))
    assert told is not None and told.code == "not_a_folder" and "EEXIST" not in told.words()
