"""Issue 23: what a report carries out and its themes are data by year. Defaults: the
Directive through 2020, the Conclusion from 2021; the office may change a year's, and
types the whole term's theme and the year's own, which part I names."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import CLI
from ct05_desktop.workflows.report_files import build_report
from ct05_desktop.workflows.report_subjects import save_subject, subjects_for
from ct05_desktop.workflows.reports import parse_years
from ct05_desktop.workflows.session import Session

TERM = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường "
    "và khát vọng phát triển đất nước phồn vinh, hạnh phúc"
)
YEAR_THEME = "Chuyên đề của năm 2023 như văn phòng đã gõ"


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_defaults_follow_the_year(demo: Session) -> None:
    assert subjects_for(demo, [2019]).reported_short() == "Chỉ thị"
    assert subjects_for(demo, [2023]).names() == "Kết luận số 01-KL/TW của Bộ Chính trị"
    both = subjects_for(demo, range(2019, 2024))
    assert both.names() == "Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị"
    assert both.theme_lines() == []


def test_themes_are_named_in_part_one_and_a_subject_is_editable(
    demo: Session, tmp_path: Path
) -> None:
    assert save_subject(demo, 2023, "", "", YEAR_THEME, CLI, term=(2021, 2025, TERM))
    assert not save_subject(demo, 2023, "", "", YEAR_THEME, CLI, term=(2021, 2025, TERM))
    out = tmp_path / "r2023.docx"
    build_report(demo, parse_years("2023"), out, "SL")
    text = text_of(out)
    assert f"Chuyên đề toàn khóa 2021 - 2025: “{TERM}”." in text
    assert f"Chuyên đề năm 2023: “{YEAR_THEME}”." in text
    assert text.index("Chuyên đề toàn khóa") < text.index("II. KẾT QUẢ")
    earlier = tmp_path / "r2019.docx"
    build_report(demo, parse_years("2019"), earlier, "SL")
    assert "Chuyên đề" not in text_of(earlier)  # 2019 is outside the term
    # a year that names another document: its opening and closing say it
    document = "Kết luận số 21-KL/TW, ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII"
    assert save_subject(demo, 2023, document, "Kết luận số 21-KL/TW", YEAR_THEME, CLI)
    build_report(demo, parse_years("2023"), out, "SL")
    text = text_of(out)
    assert f"Thực hiện {document}," in text
    assert "về kết quả thực hiện Kết luận số 21-KL/TW trong năm 2023" in text
    assert demo.repo.audit_rows(action="report_subject")[-1]["year"] == 2023


def test_a_subject_half_typed_or_with_a_control_character_is_refused(demo: Session) -> None:
    with pytest.raises(Refusal) as half:
        save_subject(demo, 2023, "Một văn bản", "", "", CLI)
    assert half.value.code == "subject_half"
    with pytest.raises(Refusal) as control:
        save_subject(demo, 2023, "", "", "chuyên đề\x07", CLI)
    assert control.value.code == "subject_field" and "Chuyên đề năm" in str(control.value)
    with pytest.raises(Refusal) as term:
        save_subject(demo, 2023, "", "", "", CLI, term=(2026, 2030, TERM))
    assert term.value.code == "term_years"
