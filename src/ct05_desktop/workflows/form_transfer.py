"""The report form as a CSV file (domain.md §4): `export --what form --year YEAR` writes the
form of YEAR (which holds until the next year with a form change of its own), in the
columns of data/indicators.csv; `import F.csv --from YEAR` makes a file in those columns
the form from YEAR (domain.form_changes), checked whole, and a dry run says what it
adds, retires, renames and moves. Changing the form (here or in the window) goes
through change_form, inside one write transaction."""

from __future__ import annotations

import re
from pathlib import Path

from ct05_desktop.domain.catalogue import (
    INDICATOR_COLUMNS,
    Catalogue,
    Indicator,
    indicator_of,
    indicator_row,
)
from ct05_desktop.domain.characters import name_refusal
from ct05_desktop.domain.checks.figure_rules import check_year
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.form_change_words import diff_lines, years_held
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.sources import Source
from ct05_desktop.files.interchange import (
    FORM_COLUMNS,
    CsvTable,
    FileReport,
    write_csv,
)
from ct05_desktop.workflows.form_change import change_form
from ct05_desktop.workflows.session import Session

CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")


def export_form(session: Session, year: int, out: Path | str) -> int:
    """Write year's form (it holds until the next change: form_summary); returns its
    number of indicators."""
    check_year(year)
    form = session.form
    catalogue = form.catalogue(year)
    rows = [indicator_row(i) for i in catalogue.indicators]
    return write_csv(out, FORM_COLUMNS, rows, bom=True)


def import_form(
    session: Session,
    table: CsvTable,
    report: FileReport,
    year: int | None,
    source: Source,
    dry_run: bool = False,
) -> None:
    """Make the file the form from year (refused without a year); report.affected says
    what changes. Every row is checked before anything is written, and the whole form
    after it is checked inside the write transaction."""
    name = table.path.name
    if year is None:
        report.problems.append(FileProblem(name, None, None, None, Refusal("form_needs_year")))
        return
    check_year(year)
    catalogue = _catalogue(session, table, report, year)
    if report.problems or catalogue is None:
        return
    try:
        with session.writing():
            changed = change_form(session, year, catalogue, source, dry_run)
            report.affected = diff_lines(changed, year, session.form.next_change(year))
    except Refusal as why:
        report.problems.append(FileProblem(name, None, None, None, why))
        return
    report.changed = 0 if changed.empty else len(report.affected) - 1


def _catalogue(
    session: Session, table: CsvTable, report: FileReport, year: int
) -> Catalogue | None:
    """The file's rows as a year's form, every row's problem told with its line and
    column (None: refused)."""
    name = table.path.name
    sections = session.catalogue_of(year).sections  # a file names none: the year's stay
    section_codes = {s.code for s in sections}
    indicators: list[Indicator] = []
    lines: dict[str, int] = {}

    def refuse(line: int, column: str, value: str, reason: str, **params: object) -> None:
        why = Refusal(reason, **params)
        report.problems.append(FileProblem(name, line, column, value, why))

    for line, row in table.rows:
        code = row["code"].strip()
        if not CODE_PATTERN.fullmatch(code):
            refuse(line, "code", code, "form_bad_code")
            continue
        if code in lines:
            refuse(line, "code", code, "form_code_twice", first=lines[code])
            continue
        lines[code] = line
        kind = row["kind"].strip().lower()
        if kind not in ("stock", "flow"):
            refuse(line, "kind", kind, "form_bad_kind")
        if row["section"].strip() not in section_codes:
            listed = ", ".join(sorted(section_codes))
            refuse(line, "section", row["section"], "form_unknown_section", sections=listed)
        label = row["label_vi"].strip()
        if not label:
            refuse(line, "label_vi", "", "form_label_empty")
        for column in ("label_vi", "label_en", "noun", "phrase"):  # names: one clean line
            bad = name_refusal((row.get(column) or "").strip())
            if bad is not None:
                report.problems.append(FileProblem(name, line, column, row[column], bad))
        cells = {c: (row.get(c) or "").strip() for c in INDICATOR_COLUMNS}
        cells["parts"] = "+".join(p.strip() for p in cells["parts"].split("+"))
        cells.update(code=code, kind=kind, label_en=cells["label_en"] or label)
        indicators.append(indicator_of(cells))
    known = set(lines)
    for indicator in indicators:
        for column, other in [("whole", indicator.whole), *(("parts", p) for p in indicator.parts)]:
            if other is not None and other not in known:
                refuse(lines[indicator.code], column, other, "form_unknown_pair", code=other)
    if not indicators and not report.problems:
        report.problems.append(FileProblem(name, None, None, None, Refusal("form_empty")))
    return None if report.problems else Catalogue(sections, tuple(indicators))


def form_summary(session: Session, year: int) -> Phrase:
    """'Biểu mẫu năm 2021–2024: 31 chỉ tiêu' (what export wrote, or the editor shows)."""
    form = session.form
    return years_held(year, form.next_change(year), len(form.catalogue(year).indicators))
