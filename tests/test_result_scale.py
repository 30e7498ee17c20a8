"""The result scale as data (issue 24): the Party's four levels by default, renamed, added,
no longer chosen after a year, removed only when no row holds them; the report, the window's
words and the files follow the stored scale."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ct05_desktop.domain.commitment_words import commitments_sentence
from ct05_desktop.domain.refusals import Refusals
from ct05_desktop.domain.registers import COMMITMENTS, shown_value
from ct05_desktop.domain.result_scale import DEFAULT, Level, new_code
from ct05_desktop.domain.sources import CLI, FORM
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.register_entry import add_register_rows, update_register_cell
from ct05_desktop.workflows.result_scale import change_result_levels, result_levels
from ct05_desktop.workflows.session import Session

pytestmark = pytest.mark.usefixtures("no_demo_commitments")


def rate(session: Session, results: list[str], year: int = 2019) -> list[int]:
    rows = [{"kind": "Tập thể", "content": f"Nội dung {n}"} for n in range(len(results))]
    ids = add_register_rows(session, "commitments", "SL.MS.CN", year, rows, CLI)
    for row_id, result in zip(ids, results, strict=True):
        update_register_cell(session, "commitments", row_id, "result", result, FORM)
    return ids


def test_the_default_is_the_partys_four_levels(demo: Session) -> None:
    assert result_levels(demo) == DEFAULT
    assert [c.label_vi for c in COMMITMENTS.field("result").choices] == [
        "Hoàn thành xuất sắc",
        "Hoàn thành tốt",
        "Hoàn thành",
        "Không hoàn thành",
    ]


def test_a_renamed_and_an_added_level_are_what_the_report_says(
    demo: Session, db_path: Path
) -> None:
    rate(demo, ["Hoàn thành tốt", "Không hoàn thành"])
    good, rest = DEFAULT[1], DEFAULT[2:]
    partly = Level(new_code(DEFAULT, "Hoàn thành một phần"), "Hoàn thành một phần", "", False)
    levels = (DEFAULT[0], replace(good, label_vi="Hoàn thành tốt nhiệm vụ"), partly, *rest)
    said = change_result_levels(demo, levels, FORM, dry_run=True)
    assert [p.vi for p in said] == [
        "Đổi tên mức 'Hoàn thành tốt' thành 'Hoàn thành tốt nhiệm vụ' (1 dòng đăng ký năm 2019)",
        "Thêm mức 'Hoàn thành một phần'",
    ]
    assert result_levels(demo) == DEFAULT  # a dry run writes nothing
    change_result_levels(demo, levels, FORM)
    rows = demo.registers.rows("commitments", "SL.MS.CN", 2019)
    assert [shown_value(COMMITMENTS.field("result"), r["result"]) for r in rows] == [
        "Hoàn thành tốt nhiệm vụ",
        "Không hoàn thành",
    ]
    rate(demo, ["hoan thanh mot phan"])  # the new level, typed as a clerk types it
    sentence = commitments_sentence(demo.registers.rows("commitments", "SL.MS.CN", 2019))
    assert sentence == (
        "Kết quả thực hiện đăng ký làm theo: 01/03 tập thể hoàn thành tốt nhiệm vụ trở lên nội "
        "dung đã đăng ký; 01 tập thể hoàn thành một phần; 01 tập thể không hoàn thành."
    )
    with Session(db_path) as other:  # another session (a task's thread) reads it stored
        assert result_levels(other)[1].label_vi == "Hoàn thành tốt nhiệm vụ"
    audit = demo.repo.audit_rows(action="result_scale_changed")
    assert len(audit) == 1


def test_a_level_no_longer_chosen_after_a_year_keeps_its_rows(demo: Session) -> None:
    rate(demo, ["Hoàn thành"], 2018)
    levels = (*DEFAULT[:2], replace(DEFAULT[2], last=2018), DEFAULT[3])
    change_result_levels(demo, levels, FORM)
    with pytest.raises(InputRefused) as refused:
        rate(demo, ["Hoàn thành"], 2019)
    assert "2018" in refused.value.words("vi")
    assert [r["result"] for r in demo.registers.rows("commitments", "SL.MS.CN", 2018)] == ["done"]


def test_a_level_rows_hold_is_not_removed_and_a_bad_scale_is_refused(demo: Session) -> None:
    rate(demo, ["Hoàn thành", "Hoàn thành"], 2018)
    with pytest.raises(Refusals) as refused:
        change_result_levels(demo, (*DEFAULT[:2], DEFAULT[3]), FORM)
    assert "mức 'Hoàn thành' là kết quả của 2 dòng đăng ký (2018)" in refused.value.words("vi")
    change_result_levels(demo, DEFAULT[:3], FORM)  # 'Không hoàn thành' holds no row: removed
    assert [x.code for x in result_levels(demo)] == ["excellent", "good", "done"]
    for bad, words in (
        ((), "ít nhất một mức"),
        ((DEFAULT[2], DEFAULT[0]), "phải đứng trên cùng"),
        ((DEFAULT[0], replace(DEFAULT[1], label_vi="HOÀN THÀNH XUẤT SẮC")), "có hai lần"),
        ((DEFAULT[0], replace(DEFAULT[1], code="Good")), "mã mức 'Good'"),
    ):
        with pytest.raises(Refusals) as refused:
            change_result_levels(demo, bad, FORM)
        assert words in refused.value.words("vi")
    assert [x.code for x in result_levels(demo)] == ["excellent", "good", "done"]


def test_a_level_typed_decomposed_is_kept_in_nfc(demo: Session) -> None:
    import unicodedata

    typed = unicodedata.normalize("NFD", "Hoàn thành một phần")
    new = Level("partly", typed, "", False)
    change_result_levels(demo, (*DEFAULT, new), FORM)
    assert result_levels(demo)[-1].label_vi == unicodedata.normalize("NFC", typed)
