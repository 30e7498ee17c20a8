"""A report's written parts (issue 20, item 1): typed per unit and year, kept clean,
audited, locked with the year, found by the search, read and written from the command
line."""

from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path

import pytest

from ct05_desktop.cli import main
from ct05_desktop.domain.report_texts import MAX_CHARACTERS, clean_text, part_keys
from ct05_desktop.domain.sources import FORM
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.locks import lock_year, set_unit_status
from ct05_desktop.workflows.report_texts import save_text, save_texts, unit_texts
from ct05_desktop.workflows.review import REPORT_TEXT, audit_lines, search_registers
from ct05_desktop.workflows.session import Session

LEAD = "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU triển khai chuyên đề năm 2019."


def test_the_parts_come_in_the_reports_order(session: Session) -> None:
    keys = part_keys(session.catalogue)
    assert keys[:3] == ["lanh_dao", "ket_qua", "ket_qua.study"]
    assert keys[-4:] == ["han_che", "bai_hoc", "phuong_huong", "kien_nghi"]
    assert "ket_qua.registration" in keys


def test_text_pasted_from_word_is_kept_as_plain_paragraphs() -> None:
    pasted = "  Đoạn\u00a0một,\tcó tab.  \r\n\r\n\r\n\r\n- Ý một\r\n- Ý\u2003hai\u2029Đoạn ba \n\n"
    assert clean_text(pasted) == "Đoạn một, có tab.\n\n- Ý một\n- Ý hai\nĐoạn ba"
    decomposed = unicodedata.normalize("NFD", "Đảng ủy xã Chiềng Mung")
    assert clean_text(decomposed) == "Đảng ủy xã Chiềng Mung"


def test_a_part_is_saved_audited_and_read_back(demo: Session) -> None:
    assert save_text(demo, "SL.ML", 2019, "lanh_dao", LEAD + "\r\n", FORM)
    assert unit_texts(demo, "SL.ML", 2019) == {"lanh_dao": LEAD}
    assert not save_text(demo, "SL.ML", 2019, "lanh_dao", LEAD, FORM)  # the same: no change
    entry = audit_lines(demo, org="SL.ML")[0]
    assert (entry.action, entry.what) == (
        "sửa nội dung báo cáo",
        "I. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện",
    )
    assert save_text(demo, "SL.ML", 2019, "lanh_dao", "   \n ", FORM)  # emptied: removed
    assert unit_texts(demo, "SL.ML", 2019) == {}


def test_a_locked_year_an_approved_unit_and_an_absent_unit_are_refused(demo: Session) -> None:
    lock_year(demo, 2018, FORM)
    set_unit_status(demo, "SL.TC", 2019, "approved", FORM)
    for org, year, code in (
        ("SL.ML", 2018, "year_locked"),
        ("SL.TC", 2019, "unit_approved"),
        ("SL.XMS", 2019, "org_not_in_year"),
    ):
        with pytest.raises(InputRefused) as refused:
            save_text(demo, org, year, "han_che", "Một số hạn chế.", FORM)
        assert refused.value.codes == [code], (org, year)
    assert unit_texts(demo, "SL.ML", 2018) == {}


def test_parts_are_saved_all_or_none_and_every_bad_one_is_named(demo: Session) -> None:
    too_long = "x" * (MAX_CHARACTERS + 1)
    with pytest.raises(InputRefused) as refused:
        save_texts(demo, "SL.ML", 2019, {"lanh_dao": LEAD, "han_che": too_long, "x": "y"}, FORM)
    assert refused.value.codes == ["text_too_long", "unknown_part"]
    assert "nội dung dài 32.768 ký tự, quá 32.767 ký tự một ô Excel chứa được" in str(refused.value)
    assert unit_texts(demo, "SL.ML", 2019) == {}
    # counted after NFC: a decomposed text that fits once composed is kept
    decomposed = unicodedata.normalize("NFD", "ắ") * (MAX_CHARACTERS // 2)
    assert len(decomposed) > MAX_CHARACTERS
    assert save_text(demo, "SL.ML", 2019, "bai_hoc", decomposed, FORM)


def test_the_search_finds_a_part_under_the_units_name_of_its_year(demo: Session) -> None:
    save_text(demo, "SL.MS.HL", 2019, "ket_qua.registration", "Hát Lót làm tốt việc đăng ký.", FORM)
    hits = [h for h in search_registers(demo, "dang ky hat lot") if h.key == REPORT_TEXT]
    assert [(h.unit, h.year, h.part) for h in hits] == [
        ("Đảng bộ thị trấn Hát Lót", 2019, "ket_qua.registration")
    ]
    assert hits[0].text == "II.2. Đăng ký làm theo: Hát Lót làm tốt việc đăng ký."


def run(session: Session, *args: str) -> int:
    return main(["--db", str(session.path), *args])


def test_the_command_line_writes_a_part_and_shows_it_for_feeding_back(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "lanh_dao.txt"
    text.write_text("\ufeff" + LEAD + "\n\n- Ý thứ hai\n", encoding="utf-8")
    assert (
        run(
            demo,
            "text",
            "--org",
            "SL.ML",
            "--year",
            "2019",
            "--part",
            "lanh_dao",
            "--file",
            str(text),
        )
        == 0
    )
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        "Huyện ủy Mường La, năm 2019, phần I. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện: "
        "đã ghi.\n"
    )
    assert (
        run(demo, "text", "--org", "SL.ML", "--year", "2019", "--part", "lanh_dao", "--show") == 0
    )
    shown = capsys.readouterr().out
    assert shown == LEAD + "\n\n- Ý thứ hai\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(shown.encode("utf-8"))))
    assert (
        run(demo, "text", "--org", "SL.ML", "--year", "2019", "--part", "bai_hoc", "--file", "-")
        == 0
    )
    assert unit_texts(demo, "SL.ML", 2019)["bai_hoc"] == unit_texts(demo, "SL.ML", 2019)["lanh_dao"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--part", "bogus", "--show"), "không có phần báo cáo 'bogus'; các phần là: lanh_dao"),
        (("--part", "ket_qua.nope", "--show"), "không có phần báo cáo 'ket_qua.nope'"),
        (("--part", "han_che", "--file", "/nonexistent/x.txt"), "Lỗi: "),
    ],
)
def test_the_command_line_refuses_in_words(
    demo: Session, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    assert run(demo, "text", "--org", "SL.ML", "--year", "2019", *args) == 1
    assert said in capsys.readouterr().err


def test_a_text_too_long_for_a_cell_is_refused_at_the_command_line(
    demo: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "long.txt"
    text.write_text("ơ" * (MAX_CHARACTERS + 1), encoding="utf-8")
    assert (
        run(
            demo,
            "text",
            "--org",
            "SL.ML",
            "--year",
            "2019",
            "--part",
            "kien_nghi",
            "--file",
            str(text),
        )
        == 1
    )
    assert "quá 32.767 ký tự một ô Excel chứa được" in capsys.readouterr().err
    assert unit_texts(demo, "SL.ML", 2019) == {}
