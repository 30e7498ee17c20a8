"""Only ordinary files are read: a folder, a named pipe or a device is refused in words
before anything opens it (opening a pipe would wait for ever)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.files.input_file import ensure_regular_file, read_regular_file


def test_an_ordinary_file_and_a_link_to_one_pass(tmp_path: Path) -> None:
    plain = tmp_path / "a.xlsx"
    plain.write_bytes(b"PK")
    ensure_regular_file(plain)  # refused files raise (the test below)
    assert read_regular_file(plain) == b"PK"
    if hasattr(os, "symlink"):
        (tmp_path / "link.xlsx").symlink_to(plain)
        ensure_regular_file(tmp_path / "link.xlsx")
        assert read_regular_file(tmp_path / "link.xlsx") == b"PK"


def test_a_folder_a_pipe_and_a_device_are_refused(tmp_path: Path) -> None:
    odd = [tmp_path]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.csv")
        odd.append(tmp_path / "pipe.csv")
    if Path("/dev/zero").exists():
        odd.append(Path("/dev/zero"))
    for path in odd:
        with pytest.raises(Refusal) as refused:
            ensure_regular_file(path)
        assert refused.value.code == "not_a_file"
        assert "không phải một tệp dữ liệu" in refused.value.words("vi")
        assert "not a data file" in refused.value.words("en")


def test_a_missing_file_is_left_to_the_caller(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        ensure_regular_file(tmp_path / "gone.xlsx")
