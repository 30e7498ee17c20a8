"""Building a report: gather the period's figures into one report model, then write it as
the Word document (Báo cáo, .docx) or its Excel appendix (Phụ lục, .xlsx)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.checks import warnings_for
from ct05_desktop.domain.messages import label, reason
from ct05_desktop.domain.narrative import unit_lines, year_by_year
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.report_header import FIELDS, ReportHeader, default_header, whole_phrase
from ct05_desktop.domain.report_model import Report, WarningRow, compose
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.rules import MIN_YEAR
from ct05_desktop.domain.summary_table import summary_rows
from ct05_desktop.domain.vi_text import fold
from ct05_desktop.excel.report import Progress, write_report
from ct05_desktop.word.report_doc import write_document
from ct05_desktop.workflows.session import Session

KINDS = (".docx", ".xlsx")


class ReportError(ValueError):
    """A report that cannot be made as asked; the message is Vietnamese."""


def parse_years(text: str) -> range:
    """'2019' or '2017-2019' (also with an en dash) as a range of years."""
    cleaned = text.replace("–", "-").replace(" ", "")
    first, _, last = cleaned.partition("-")
    if not first.isdigit() or (last and not last.isdigit()):
        raise ReportError(f"'{text}' không phải là năm hoặc khoảng năm (ví dụ 2017-2019)")
    start, end = int(first), int(last or first)
    if start > end:
        raise ReportError(f"khoảng năm '{text}' có năm đầu sau năm cuối")
    return range(start, end + 1)


def parse_date(text: str) -> dt.date:
    """'05/01/2020' (or 5/1/2020, or 2020-01-05) as a date."""
    cleaned = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ReportError(f"'{text}' không phải là ngày (ví dụ 05/01/2020)")


# -- the header of each unit -----------------------------------------------------------
def unit_header(
    session: Session,
    org: str,
    overrides: dict[str, str | None] | None = None,
    date: dt.date | None = None,
    number: str = "",
) -> ReportHeader:
    """The unit's header: the defaults from the unit, what the office stored, then the
    one-off values given for this report."""
    tree = session.tree()
    if org not in tree:
        raise ReportError(f"không có đơn vị mã '{org}'")
    header = default_header(tree, org, date).with_values(dict(session.headers.values(org)))
    header = header.with_values(overrides or {})
    return replace(header, number=number.strip()) if number else header


def default_unit_header(session: Session, org: str) -> ReportHeader:
    return default_header(session.tree(), org)


def save_unit_header(session: Session, org: str, values: dict[str, str], source: str) -> bool:
    """Keep the fields that differ from the unit's defaults (a field set back to its
    default follows the unit again). True when something changed."""
    defaults = default_unit_header(session, org).as_dict()
    kept = {}
    for name in FIELDS:
        value = (values.get(name) or "").strip()
        if value and value != defaults[name]:
            kept[name] = value
    return session.headers.save(org, kept, source)


# -- the report ------------------------------------------------------------------------
def gather(
    session: Session,
    years: range,
    org: str | None = None,
    header: ReportHeader | None = None,
) -> Report:
    tree = session.tree()
    alive = {o.code for o in tree if any(o.exists_in(y) for y in years)}
    if org is None:
        roots = [o for o in tree.roots() if any(o.exists_in(y) for y in years)]
        if not roots:
            raise ReportError("chưa có tổ chức đảng nào trong kỳ báo cáo")
        org = roots[0].code
    if org not in tree:
        raise ReportError(f"không có đơn vị mã '{org}'")
    top = tree[org]
    if top.code not in alive:
        raise ReportError(f"{top.name} không hoạt động trong kỳ {years[0]}–{years[-1]}")
    subtree = [o.code for o in tree.subtree(org) if o.code in alive]
    trend = years if len(years) > 1 else range(max(MIN_YEAR, years[0] - 4), years[0] + 1)
    span = range(min(trend[0], years[0]) - 1, years[-1] + 1)
    figures = session.figures(span, subtree)
    units = [o for o in tree.children(org) if o.code in alive]
    report = Report(
        header=header or unit_header(session, org),
        top=top,
        years=years,
        figures=figures,
        catalogue=session.catalogue,
        names={code: tree.name_in(code, years[-1]) for code in alive},
        units=units,
        trend_years=trend,
    )
    children = [u.code for u in units]
    lines = []
    for unit in units:
        lines += unit_lines(figures, unit.code, years, report.names[unit.code])
    top_lines = unit_lines(figures, org, years, None, children or None)
    trend_lines = []
    if report.is_range:
        trend_lines = year_by_year(
            figures, org, years, lambda code: label(session.catalogue, code), children
        )
    whole = whole_phrase(top)
    report.blocks = compose(
        report, whole, _coverage(figures, units, years, report.names), top_lines, lines, trend_lines
    )
    issues = warnings_for(figures, subtree, years)
    report.rows = summary_rows(figures, org, children or [org], years, report.names, issues)
    report.warnings = [
        WarningRow(
            report.names.get(w.org_code, w.org_code),
            w.year,
            label(session.catalogue, w.indicator),
            _capitalised(reason(w, session.catalogue)),
        )
        for w in issues
    ]
    wanted = set(subtree)
    for spec in REGISTERS:
        rows = [
            r
            for r in session.registers.rows(spec.key)
            if r["org_code"] in wanted and r["year"] in years
        ]
        if rows:
            report.registers.append((spec, rows))
    return report


def _coverage(figures: Figures, units: list[Org], years: range, names: dict[str, str]) -> str:
    """'(Tổng hợp từ số liệu của 07/17 đơn vị trực thuộc đã báo cáo; chưa báo cáo: …)'."""
    if not units:
        return ""
    silent = [
        names.get(u.code, u.name)
        for u in units
        if not any(figures.has_data_below(u.code, y) for y in years)
    ]
    reported = len(units) - len(silent)
    text = (
        f"(Tổng hợp từ số liệu của {vi_format.count(reported)}/{vi_format.count(len(units))} "
        "đơn vị trực thuộc đã báo cáo"
    )
    return text + (f"; chưa báo cáo: {', '.join(silent)})" if silent else ")")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def build_report(
    session: Session,
    years: range,
    out: Path | str,
    org: str | None = None,
    progress: Progress | None = None,
    header: ReportHeader | None = None,
) -> Path:
    """Write the report of the period for the unit's subtree (the top of the tree by
    default): a Word document for a .docx name, the Excel appendix for a .xlsx name."""
    out = Path(out)
    kind = out.suffix.lower()
    if kind not in KINDS:
        raise ReportError(
            f"tên tệp '{out.name}' phải kết thúc bằng .docx (Word) hoặc .xlsx (Excel)"
        )
    report = gather(session, years, org, header)
    if kind == ".docx":
        return write_document(report, out, progress)
    return write_report(report, out, progress)


def build_reports(
    session: Session,
    years: range,
    folder: Path | str,
    org: str,
    kinds: tuple[str, ...] = KINDS,
    progress: Progress | None = None,
    header: ReportHeader | None = None,
) -> list[Path]:
    """The Word document and its appendix side by side in a folder, named after the unit
    and the period: BaoCao_CT05_Huyen_uy_Muong_La_2019.docx, PhuLuc_CT05_….xlsx."""
    report = gather(session, years, org, header)
    out = []
    for n, kind in enumerate(kinds):
        path = Path(folder) / report_file_name(report.top_name, years, kind)

        def step(percent: int, text: str, n: int = n) -> None:
            if progress:
                progress((100 * n + percent) // len(kinds), text)

        write = write_document if kind == ".docx" else write_report
        out.append(write(report, path, step))
    return out


def report_file_name(unit: str, years: range, kind: str) -> str:
    """An ASCII-safe name from the unit's name and the period."""
    ascii_name = fold(unit).encode("ascii", "ignore").decode().title()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_name).split()
    period = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    stem = "BaoCao" if kind == ".docx" else "PhuLuc"
    return f"{stem}_CT05_{'_'.join(words)}_{period}{kind}"
