"""Building a report: gather the period's figures, lines and checks, then write the workbook."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.checks import warnings_for
from ct05_desktop.domain.messages import label, reason
from ct05_desktop.domain.narrative import unit_lines, year_by_year
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.report_header import header_from_settings
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.rules import MIN_YEAR
from ct05_desktop.excel.report import Progress, write_report
from ct05_desktop.excel.report_input import ReportInput, WarningRow
from ct05_desktop.workflows.session import Session


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


def gather(session: Session, years: range, org: str | None = None) -> ReportInput:
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
    data = ReportInput(
        header=header_from_settings(session.repo.setting),
        top=top,
        years=years,
        units=units,
        figures=figures,
        catalogue=session.catalogue,
        names={code: tree.name_in(code, years[-1]) for code in alive},
        trend_years=trend,
    )
    for unit in units:
        data.unit_lines += unit_lines(figures, unit.code, years, data.names[unit.code])
    top_label = "Toàn Đảng bộ tỉnh" if top.level == "province" else data.names[org]
    data.top_lines = unit_lines(figures, org, years, top_label)
    data.coverage = _coverage(figures, units, years)
    if len(years) > 1:
        data.trend_lines = year_by_year(
            figures, org, years, lambda code: label(session.catalogue, code)
        )
    data.warnings = [
        WarningRow(
            data.names.get(w.org_code, w.org_code),
            w.year,
            label(session.catalogue, w.indicator),
            _capitalised(reason(w, session.catalogue)),
        )
        for w in warnings_for(figures, subtree, years)
    ]
    wanted = set(subtree)
    for spec in REGISTERS:
        rows = [
            r
            for r in session.registers.rows(spec.key)
            if r["org_code"] in wanted and r["year"] in years
        ]
        data.registers.append((spec, rows))
    return data


def _coverage(figures: Figures, units: list[Org], years: range) -> str:
    """'(Tổng hợp từ số liệu của 07/17 đơn vị trực thuộc đã báo cáo; chưa báo cáo: …)'."""
    if not units:
        return ""
    silent = [u.name for u in units if not any(figures.has_data_below(u.code, y) for y in years)]
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
) -> Path:
    """Write the report of the period for the unit's subtree (the top of the tree by default)."""
    return write_report(gather(session, years, org), out, progress)
