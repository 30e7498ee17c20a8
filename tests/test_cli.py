import csv
import subprocess
import sys
from pathlib import Path

import pytest

from ct05_desktop import __version__
from ct05_desktop.cli import main
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.workflows.csv_transfer import export_csv
from ct05_desktop.workflows.session import Session

from .conftest import ARTICLE_VALUES

DEMO_ORGS = Path(__file__).resolve().parents[1] / "data" / "demo" / "orgs.csv"


def rows(path: Path) -> list[tuple[str, ...]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return sorted(tuple(r) for r in list(csv.reader(f))[1:])


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_init_import_export_gives_back_the_same_36_values(tmp_path: Path) -> None:
    db, out = tmp_path / "t.db", tmp_path / "v.csv"
    assert run("--db", db, "init") == 0
    assert run("--db", db, "import", ARTICLE_VALUES) == 0
    assert run("--db", db, "export", "--what", "values", "--out", out) == 0
    assert len(rows(out)) == 36
    assert rows(out) == rows(ARTICLE_VALUES)
    assert out.read_text(encoding="utf-8").splitlines()[0] == "org_code,year,indicator,value"


def test_import_twice_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.db"
    run("--db", db, "init")
    run("--db", db, "import", ARTICLE_VALUES)
    capsys.readouterr()
    assert run("--db", db, "import", ARTICLE_VALUES) == 0
    assert "36 dòng, 0 thay đổi" in capsys.readouterr().out


def test_one_bad_row_writes_nothing_and_names_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, bad = tmp_path / "t.db", tmp_path / "bad.csv"
    good = ARTICLE_VALUES.read_text(encoding="utf-8").splitlines()
    lines = [*good[:20], "SL.TC,2019,study_sessions,bốn", *good[20:]]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run("--db", db, "init")
    assert run("--db", db, "import", bad) == 1
    err = capsys.readouterr().err
    assert (
        "bad.csv, dòng 21, cột value, giá trị 'bốn': "
        "không hợp lệ: chỉ được nhập số nguyên từ 0 trở lên" in err
    )
    out = tmp_path / "v.csv"
    run("--db", db, "export", "--what", "values", "--out", out)
    assert rows(out) == []


def test_orgs_round_trip_and_init_with_another_tree(tmp_path: Path) -> None:
    db, out = tmp_path / "t.db", tmp_path / "orgs.csv"
    run("--db", db, "init")
    run("--db", db, "export", "--what", "orgs", "--out", out)
    exported = rows(out)
    assert (
        len(exported) == 18 and ("SL.ML", "Huyện ủy Mường La", "district", "SL", "", "") in exported
    )
    tree = tmp_path / "tree.csv"
    tree.write_text(
        "code,name,level,parent_code,valid_from,valid_to\n"
        "T,Tỉnh ủy Thử,province,,,\nT.A,Huyện ủy A,district,T,2016,2024\n"
        "T.A1,Đảng bộ xã A1,grassroots,T.A,,2024\n",  # ends with its district
        encoding="utf-8",
    )
    db2, out2 = tmp_path / "t2.db", tmp_path / "orgs2.csv"
    assert run("--db", db2, "init", "--orgs", tree) == 0
    run("--db", db2, "export", "--what", "orgs", "--out", out2)
    assert rows(out2) == rows(tree)
    db3 = tmp_path / "t3.db"
    run("--db", db3, "init", "--orgs", tree)
    assert run("--db", db3, "import", out2) == 0


def test_export_then_import_into_a_fresh_database_is_identical(tmp_path: Path) -> None:
    db, out = tmp_path / "t.db", tmp_path / "v.csv"
    run("--db", db, "demo")
    run("--db", db, "export", "--what", "values", "--year", "2019", "--out", out)
    assert len(rows(out)) == 75  # the article's 2019 figures and Mai Sơn's communes and cells
    db2, out2 = tmp_path / "t2.db", tmp_path / "v2.csv"
    run("--db", db2, "init")
    run("--db", db2, "import", DEMO_ORGS)
    run("--db", db2, "import", out)
    run("--db", db2, "export", "--what", "values", "--out", out2)
    assert out.read_bytes() == out2.read_bytes()


def test_semicolon_csv_from_vietnamese_excel_and_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.db"
    run("--db", db, "init")
    semi = tmp_path / "semi.csv"
    semi.write_bytes(
        "\ufefforg_code;year;indicator;value\nSL.TP;2019;items_registered;11.409\n".encode()
    )
    assert run("--db", db, "import", semi) == 0
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        "code,name,level,parent_code,valid_from,valid_to\nX,Sơn La,district,SL,,\n".encode(
            "cp1258", errors="strict"
        )
    )
    header = tmp_path / "header.csv"
    header.write_text("a,b\n1,2\n", encoding="utf-8")
    assert run("--db", db, "import", latin, header) == 1
    err = capsys.readouterr().err
    assert "latin.csv: tệp không phải văn bản UTF-8" in err
    assert "Lỗi: latin.csv: không nhập gì vì có 1 lỗi:\n" in err  # an error, said as one
    assert "header.csv, dòng 1" in err and "dòng tiêu đề không đúng" in err


def test_version_help_and_no_qt_import() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ct05_desktop.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == f"ct05 {__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "ct05_desktop.cli", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for command in ("init", "demo", "import", "export"):
        assert command in help_text
    probe = (
        "import sys, ct05_desktop.cli as c; c.main(['--db', sys.argv[1], 'demo']); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    with __import__("tempfile").TemporaryDirectory() as d:
        loaded = (
            subprocess.run(
                [sys.executable, "-c", probe, f"{d}/x.db"],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
    assert loaded == "False"


def test_ct05_db_variable_sets_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CT05_DB", str(tmp_path / "env.db"))
    assert run("init") == 0
    assert (tmp_path / "env.db").exists()


YEAR_CASES = [
    (("lock", "99999999999999999999"), "năm 99999999999999999999 nằm ngoài khoảng 2016–2100"),
    (("unlock", "-5"), "năm -5 nằm ngoài khoảng 2016–2100"),
    (("lock", "abc"), "'abc' không phải là một năm (ví dụ 2019)"),
    (("lock", "٢٠١٩"), "'٢٠١٩' không phải là một năm"),
    (("lock", "9" * 5000), "nằm ngoài khoảng 2016–2100"),
    (("report", "--year", "3000", "--out", "r.xlsx"), "năm 3000 nằm ngoài khoảng"),
    (("report", "--years", "1-3000", "--out", "r.xlsx"), "kỳ báo cáo phải trong khoảng"),
    (("report", "--years", "2019-2017", "--out", "r.xlsx"), "có năm đầu sau năm cuối"),
    (("report", "--years", "1-" + "9" * 5000, "--out", "r.xlsx"), "kỳ báo cáo phải trong"),
    (("template", "--org", "SL", "--year", "1800", "--out", "t.xlsx"), "năm 1800 nằm ngoài"),
    (("export", "--what", "values", "--year", "3000", "--out", "v.csv"), "năm 3000 nằm"),
    (("export", "--what", "values", "--year", "2019.5", "--out", "v.csv"), "'2019.5' không"),
]


@pytest.mark.parametrize(
    ("args", "told"), YEAR_CASES, ids=[" ".join(a)[:32] for a, _ in YEAR_CASES]
)
def test_a_year_outside_the_program_is_refused_before_anything_is_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], told: str
) -> None:
    """No database is opened (none is even looked for) and no file written: the year is
    wrong whatever the database holds."""
    db = tmp_path / "none.db"
    paths = [str(tmp_path / a) if a.endswith((".xlsx", ".csv")) else a for a in args]
    assert run("--db", db, *paths) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and told in err
    assert list(tmp_path.iterdir()) == []


def test_a_workflow_refuses_a_year_outside_the_program_too(demo: Session, tmp_path: Path) -> None:
    """A template of 1800 or an export of 3000 asked by the window or a script."""
    from ct05_desktop.workflows.templates.unit_files import write_unit_templates

    out = tmp_path / "out"
    with pytest.raises(Refusal) as template:
        write_unit_templates(demo, "SL", 1800, out / "t.xlsx")
    with pytest.raises(Refusal) as export:
        export_csv(demo, "values", out / "v.csv", 3000)
    assert template.value.code == export.value.code == "year_out_of_range"
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["report", "--year", "2019"], "thiếu tham số bắt buộc: --out"),
        (["frob"], "tham số LỆNH: 'frob' không phải một lựa chọn"),
        (["export", "--what", "x", "--out", "y.csv"], "tham số --what: 'x' không phải"),
        (["lock", "2019", "extra"], "không hiểu các tham số: extra"),
        (["report", "--year"], "tham số --year cần một giá trị"),
    ],
)
def test_a_mistyped_command_is_told_in_vietnamese(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(args)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: ct05") and f"Lỗi: {words}" in err
    assert "error:" not in err and "usage:" not in err


def test_the_exit_codes_are_said_in_help_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0 done, 1 refused, 2 a mistyped command or a database that cannot be used."""
    with pytest.raises(SystemExit) as shown:
        run("--help")
    assert shown.value.code == 0
    assert "Mã thoát: 0 xong; 1 bị từ chối" in capsys.readouterr().out
    assert run("--db", tmp_path / "none.db", "lock", "3000") == 1  # refused
    with pytest.raises(SystemExit) as mistyped:
        run("frob")
    assert mistyped.value.code == 2
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert run("--db", folder, "lock", "2019") == 2  # no database there
