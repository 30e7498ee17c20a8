"""A folder, a named pipe or a device given as the file to import is refused in words,
and never waited on (issue 11): opening a pipe would wait for a writer for ever."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ct05_desktop.cli import main
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.files.input_file import ensure_regular_file, read_regular_file
from ct05_desktop.workflows.csv_transfer import import_csv
from ct05_desktop.workflows.session import Session

from .csv_helpers import state

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
WAIT = 10.0  # seconds: far more than a refusal takes


def within(seconds: float, call: Callable[[], Any], fifo: Path | None = None) -> Any:
    """call() in a thread of its own; a test that would hang fails instead. A pipe's
    reader left waiting is let go by opening the pipe's other end."""
    outcome: list[Any] = []
    raised: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # told in the test's thread, below
            raised.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        if fifo is not None:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(seconds)
        pytest.fail(f"still waiting after {seconds} s")
    if raised:
        raise raised[0]
    return outcome[0]


@needs_fifo
def test_a_named_pipe_is_refused_without_waiting(session: Session, tmp_path: Path) -> None:
    fifo = tmp_path / "values.csv"
    os.mkfifo(fifo)
    before = state(session)
    report = within(WAIT, lambda: import_csv(session, fifo), fifo)
    assert [(p.file, p.line, p.code) for p in report.problems] == [
        ("values.csv", None, "not_a_file")
    ]
    assert str(report.problems[0]) == (
        "values.csv: đây là một đường ống dữ liệu (FIFO), không phải một tệp dữ liệu; "
        "hãy chọn đúng tệp"
    )
    assert "a named pipe (FIFO)" in report.problems[0].words("en")
    assert state(session) == before


@needs_fifo
def test_the_cli_refuses_a_named_pipe_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, fifo = tmp_path / "t.db", tmp_path / "pipe.csv"
    main(["--db", str(db), "init"])
    os.mkfifo(fifo)
    assert within(WAIT, lambda: main(["--db", str(db), "import", str(fifo)]), fifo) == 1
    assert "pipe.csv: đây là một đường ống dữ liệu (FIFO)" in capsys.readouterr().err


def test_a_folder_is_refused_in_words(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "values.csv"
    folder.mkdir()
    before = state(session)
    report = import_csv(session, folder)
    assert [p.code for p in report.problems] == ["not_a_file"]
    assert "đây là một thư mục" in str(report.problems[0])
    assert state(session) == before


@pytest.mark.skipif(not Path("/dev/null").exists() or sys.platform == "win32", reason="POSIX")
def test_a_device_is_refused_before_it_is_read(session: Session) -> None:
    report = within(WAIT, lambda: import_csv(session, "/dev/null"))
    assert [p.code for p in report.problems] == ["not_a_file"]
    assert "một thiết bị" in str(report.problems[0])
    with pytest.raises(Refusal) as refused:
        within(WAIT, lambda: read_regular_file("/dev/zero"))  # would never end
    assert refused.value.code == "not_a_file"


def test_an_ordinary_file_and_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"PK\x03\x04rest")
    assert ensure_regular_file(path).st_size == 8
    assert read_regular_file(path) == b"PK\x03\x04rest" and read_regular_file(path, 2) == b"PK"
    with pytest.raises(FileNotFoundError):
        ensure_regular_file(tmp_path / "missing.csv")


@needs_fifo
def test_a_named_pipe_given_as_a_filled_template_is_refused_without_waiting(
    session: Session, tmp_path: Path
) -> None:
    from ct05_desktop.workflows.templates.unit_files import import_template

    fifo = tmp_path / "mau.xlsx"
    os.mkfifo(fifo)
    before = state(session)
    report = within(WAIT, lambda: import_template(session, fifo), fifo)
    assert [(p.file, p.code) for p in report.problems] == [("mau.xlsx", "not_a_file")]
    assert "đường ống dữ liệu (FIFO)" in str(report.problems[0])
    assert state(session) == before


def test_a_missing_file_is_a_problem_of_the_file_named_once(
    session: Session, tmp_path: Path
) -> None:
    """Told like any problem of the file, its name in front: 'a.csv: không tìm thấy
    tệp', not 'a.csv: không tìm thấy a.csv'."""
    from ct05_desktop.workflows.templates.unit_files import import_template

    for report in (
        import_csv(session, tmp_path / "a.csv"),
        import_template(session, tmp_path / "a.xlsx"),
    ):
        assert [p.code for p in report.problems] == ["file_missing"]
        name = report.file
        assert str(report.problems[0]) == f"{name}: không tìm thấy tệp"
        assert report.problems[0].words("en") == f"{name}: the file was not found"
