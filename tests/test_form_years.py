"""Issue 23 (first part): the report form kept in the database by year. A new database
holds today's catalogue for every year, the district level's indicators retired from
2025; a year's catalogue is read from the versions; an inconsistent form is told."""

from __future__ import annotations

from dataclasses import replace

from ct05_desktop.domain.catalogue import default_catalogue
from ct05_desktop.domain.form_years import (
    DISTRICT_LEVEL,
    FormYears,
    IndicatorVersion,
    default_form,
)
from ct05_desktop.storage.form_store import read_form
from ct05_desktop.workflows.session import Session


def test_a_new_database_holds_the_shipped_form_for_every_year(session: Session) -> None:
    form = read_form(session.db)
    shipped = default_catalogue()
    assert form.problems() == []
    assert form.catalogue(2019) == shipped  # the same sections and indicators, in order
    assert form.catalogue(2024) == shipped
    later = form.catalogue(2025)
    assert [i.code for i in later.indicators] == [
        c for c in shipped.codes if c not in DISTRICT_LEVEL
    ]
    assert later["dialogues_total"].parts == ()  # the grassroots' dialogues only
    assert shipped["dialogues_total"].parts == ("dialogues_district", "dialogues_grassroots")
    assert form.years_of("dialogues_district") == [(2016, 2024)]
    assert form.years_of("members_total") == [(2016, None)]


def test_a_stored_form_reads_back_as_written(session: Session) -> None:
    assert read_form(session.db).catalogue(2030) == default_form().catalogue(2030)


def test_an_inconsistent_form_is_told_in_words() -> None:
    form = default_form()
    total = next(v for v in form.indicators if v.indicator.code == "members_total")
    # the whole of members_registered retired from 2022 while its part goes on
    retired = replace(total, last=2021)
    # a code's kind changed from 2023: a stock that became a flow
    study = next(v for v in form.indicators if v.indicator.code == "study_sessions")
    flipped = IndicatorVersion(replace(study.indicator, kind="stock"), 2023, None, study.position)
    ended = replace(study, last=2024)  # and overlapping 2023–2024
    versions = [v for v in form.indicators if v not in (total, study)]
    broken = FormYears(form.sections, (*versions, retired, ended, flipped))
    codes = sorted({(p.code, p.params.get("code")) for p in broken.problems()})
    assert ("form_kind_changed", "study_sessions") in codes
    assert ("form_versions_overlap", "study_sessions") in codes
    assert ("form_pair_apart", "members_registered") in codes
    words = " ".join(p.words("vi") for p in broken.problems())
    assert "năm 2022, chỉ tiêu 'members_registered' đi cùng 'members_total'" in words


def test_from_2021_a_report_carries_out_conclusion_01(demo: Session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Through 2020 the Directive; from 2021 Kết luận 01-KL/TW on continuing it; a period
    across the two names both."""
    import docx

    from ct05_desktop.domain.report_model import reported_on
    from ct05_desktop.workflows.report_files import build_report
    from ct05_desktop.workflows.reports import parse_years

    assert reported_on(range(2019, 2020)).startswith("Chỉ thị số 05-CT/TW")
    assert reported_on(range(2021, 2022)).startswith("Kết luận số 01-KL/TW, ngày 18/5/2021")
    both = reported_on(range(2019, 2023))
    assert both.startswith("Chỉ thị số 05-CT/TW") and " và Kết luận số 01-KL/TW" in both
    out = build_report(demo, parse_years("2025"), tmp_path / "r.docx", "SL")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị" in text
    assert "báo cáo kết quả thực hiện Kết luận trong năm 2025" in text
    assert "Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII" in text  # which it continues
