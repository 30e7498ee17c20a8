"""Building a report: gather the period's figures into one report model, then write it as
the Word document (Báo cáo, .docx) or its Excel appendix (Phụ lục, .xlsx)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from ct05_desktop.domain import registers, vi_format
from ct05_desktop.domain.characters import name_refusal, shown
from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR, Issue
from ct05_desktop.domain.checks.figure_warnings import warnings_for
from ct05_desktop.domain.messages import label, reason
from ct05_desktop.domain.narrative import coverage_sentence, year_by_year
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.report_header import (
    FIELD_NAMES,
    FIELDS,
    ReportHeader,
    default_header,
    members_noun,
    speaker,
    whole_phrase,
)
from ct05_desktop.domain.report_model import WARNING_KINDS, Report, WarningRow
from ct05_desktop.domain.report_outline import Wording, compose, sections_of
from ct05_desktop.domain.report_texts import REQUIRED_IN_FINAL, empty_parts, part_title
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.sentences import unit_lines
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.summary_table import OWN, share_pairs, summary_rows
from ct05_desktop.domain.tree_preview import carried_words, years_counted
from ct05_desktop.domain.trend_table import trend_rows
from ct05_desktop.workflows.report_subjects import subjects_for
from ct05_desktop.workflows.session import Session, in_one_snapshot

KINDS = (".docx", ".xlsx")


class ReportError(Refusal):
    """A report that cannot be made as asked: a code with parameters (domain.refusals)."""


_DIGITS = 6  # more digits than any year has: such a number need not be read


def parse_years(text: str) -> range:
    """'2019' or '2017-2019' (also with an en dash) as a range of years, within
    MIN_YEAR..MAX_YEAR ('1-3000' is refused, not a range of three thousand years)."""
    cleaned = text.replace("–", "-").replace(" ", "")
    first, dash, last = cleaned.partition("-")
    half = (last or dash) and not _digits(last)  # '2019-': half typed
    short = last and len(last) < len(first)  # '2019-20': the end year shortened
    if not _digits(first) or half or short:
        raise ReportError("bad_period", text=shown(text))
    if max(len(first), len(last)) > _DIGITS:  # int() of thousands of digits fails
        raise ReportError("period_out_of_range", min_year=MIN_YEAR, max_year=MAX_YEAR)
    start, end = int(first), int(last or first)
    if start > end:
        raise ReportError("period_backwards", text=text)
    if not MIN_YEAR <= start <= end <= MAX_YEAR:
        raise ReportError("period_out_of_range", min_year=MIN_YEAR, max_year=MAX_YEAR)
    return range(start, end + 1)


def _digits(text: str) -> bool:
    """0-9 only: '٢٠١٩' would pass isdigit and int(), '²019' isdigit and then fail int()."""
    return text.isascii() and text.isdigit()


def parse_date(text: str, today: dt.date | None = None, reported: int | None = None) -> dt.date:
    """'05/01/2020' (or 5/1/2020, or 2020-01-05) as a report's date: from MIN_YEAR to the
    year after this one (01/01/2200 is a slip of the keyboard, not a date to sign), and not
    before the last year reported on (a 2019 report is not signed in 2016)."""
    try:
        day = registers.parse_date(text.strip())
    except registers.FieldError as exc:
        raise ReportError("bad_date", text=text) from exc
    latest = (today or dt.date.today()).year + 1
    if not MIN_YEAR <= day.year <= latest:
        raise ReportError("date_out_of_range", text=shown(text), first=MIN_YEAR, last=latest)
    if reported is not None and day.year < reported:
        raise ReportError("date_before_period", text=shown(text), year=reported)
    return day


# -- the header of each unit -----------------------------------------------------------
def unit_header(
    session: Session,
    org: str,
    overrides: dict[str, str | None] | None = None,
    date: dt.date | None = None,
    number: str = "",
    year: int | None = None,
) -> ReportHeader:
    """The unit's header: the defaults from the unit (as it was named in year), what the
    office stored, then the one-off values given for this report."""
    check_header_values(overrides or {})
    header = default_unit_header(session, org, date, year)
    header = header.with_values(dict(session.headers.values(org)))
    header = header.with_values(overrides or {})
    return replace(header, number=number.strip()) if number else header


def default_unit_header(
    session: Session, org: str, date: dt.date | None = None, year: int | None = None
) -> ReportHeader:
    tree = session.tree()
    if org not in tree:
        raise ReportError("unknown_unit", org=org)
    return default_header(tree, org, date, year)


def check_header_values(values: Mapping[str, str | None]) -> None:
    """A header's fields as typed (stored, or for one report): each line a name may be
    (no control or invisible character, at most MAX_NAME characters); the recipients one
    a line, any other field one line."""
    for name, value in values.items():
        lines = (value or "").split("\n")
        if name != "recipients" and len(lines) > 1:
            bad: Refusal | None = Refusal("header_one_line")
        else:
            bad = next((b for line in lines if (b := name_refusal(line)) is not None), None)
        if bad is not None:
            field = FIELD_NAMES.phrase(name) if name in FIELD_NAMES else Phrase(name, name)
            raise ReportError("header_field", field=field, reason=bad)


def save_unit_header(session: Session, org: str, values: dict[str, str], source: Source) -> bool:
    """Keep the fields that differ from the unit's defaults (a field set back to its
    default follows the unit again). True when something changed."""
    check_header_values(values)
    defaults = default_unit_header(session, org)
    typed = defaults.with_values(dict(values)).as_dict()  # cleaned as any header is
    kept = {
        name: typed[name]
        for name in FIELDS
        if values.get(name) and typed[name] != getattr(defaults, name)
    }
    return session.headers.save(org, kept, source)


def report_unit(session: Session, years: range, org: str | None = None) -> str:
    """The unit a report is about: the one asked for, or the top of the tree that period."""
    if not MIN_YEAR <= years[0] <= years[-1] <= MAX_YEAR:
        raise ReportError("period_out_of_range", min_year=MIN_YEAR, max_year=MAX_YEAR)
    tree = session.tree()
    if org is None:
        roots = [o for y in reversed(years) for o in tree.roots(y)]
        if not roots:
            raise ReportError("no_unit_in_period")
        return roots[0].code
    if org not in tree:
        raise ReportError("unknown_unit", org=org)
    return org


def report_tree(tree: OrgTree, org: str, years: range) -> OrgTree:
    """The tree a report of org over years is made over: a unit that began within the
    period (or after it) with units merged into it has them under it in the years before
    it began, so that its report carries their figures (domain.md §2)."""
    first = tree[org].valid_from
    if first is None or first <= years[0] or not tree.lineage(org):
        return tree
    return tree.with_lineage(org)


def units_under(tree: OrgTree, org: str, years: range) -> list[Org]:
    """The units directly under org in any year of the period, as they stood in the last
    year they did: those of the last year first, then those that left or ended before."""
    found: dict[str, Org] = {}
    for year in reversed(tree.same_tree_years(years)):
        for unit in tree.children(org, year):
            found.setdefault(unit.code, unit)
    return list(found.values())


# -- the report ------------------------------------------------------------------------
@in_one_snapshot  # an import committing meanwhile is in none of its years or all
def gather(
    session: Session,
    years: range,
    org: str | None = None,
    header: ReportHeader | None = None,
    final: bool = False,
    allow_empty: bool = False,
) -> Report:
    """Everything the report says about org (the top unit when None) over years: its
    header, text, table rows, register rows and warnings, each figure computed once. Each
    year is told with that year's tree; a unit moved within the period counts under the
    report's unit only in the years it stood there. final: the report the office signs
    (no caveat in its text); refused while part I, III or V is empty unless allow_empty."""
    org = report_unit(session, years, org)
    tree = report_tree(session.tree(), org, years)
    top = tree.at(org, years[-1])
    if not any(top.exists_in(y) for y in years):
        raise ReportError("unit_not_in_period", name=top.name, first=years[0], last=years[-1])
    unit_years = _unit_years(tree, org, years)
    figures, trend = _figures_and_trend(session, org, years, tree)
    units = units_under(tree, org, years)
    figures.place({u.code: org for u in units})
    alive = {o.code for o in tree if any(o.exists_in(y) for y in years)}
    report = Report(
        header=header or unit_header(session, org, year=years[-1]),
        top=top,
        years=years,
        figures=figures,
        catalogue=session.catalogue_over(years),
        names={code: tree.name_in(code, years[-1]) for code in alive},
        units=units,
        trend_years=trend,
        final=final,
        texts=report_texts(session, top, years),
        subjects=subjects_for(session, years),
    )
    if final and not allow_empty:
        missing = empty_parts(report.texts, REQUIRED_IN_FINAL)
        if missing:
            titles = "; ".join(part_title(k, report.catalogue) for k in missing)
            raise ReportError("final_parts_empty", parts=titles)
    report.speaker = speaker(top, report.header.signer_role)
    carried = carried_words(session.tree(), org) if tree is not session.tree() else None
    report.tree_notes = [carried.vi] if carried is not None else []
    if report.is_range:  # a unit counted in some years only: which, beside its name
        for unit in units:
            counted = [y for y in years if figures.counted(unit.code, y)]
            when = years_counted(counted, years)
            report.names[unit.code] += f" ({when})" if when else ""
    wanted = set(unit_years)
    for spec in REGISTERS:
        rows = [
            r
            for r in session.registers.rows(spec.key, years=years)
            if (r["org_code"], r["year"]) in wanted
        ]
        if rows:
            report.registers.append((spec, rows))
    direct = {u.code for u in units}
    for _, rows in report.registers:  # a commune's row in a province's appendix: its district
        for r in rows:
            key = (r["org_code"], r["year"])
            if r["org_code"] in direct or r["org_code"] == org or key in report.within:
                continue
            above = [a.code for a in tree.ancestors(*key) if a.code in direct]
            if above:
                report.within[key] = report.names.get(above[0], above[0])
    shown_years = list(report.trend_years or years)
    under = [u.code for u in units]
    by_year = trend_rows(figures, org, shown_years, top.level, under, final)
    # 'Qua các năm' only when some figure is there in two years or more (one year's
    # figures are the table itself)
    report.years_sheet = any(sum(v is not None for v in r.values) > 1 for r in by_year)
    _write_text(report, tree)  # after what the appendix holds: the text counts its sheets
    issues = warnings_for(figures, unit_years)
    children = [u.code for u in units] or [org]
    noun = members_noun([u.level for u in units])
    marked = () if final else issues  # a final table marks no disagreement: its checks do
    report.rows = summary_rows(figures, org, children, years, report.names, marked, noun)
    report.total_shares = share_pairs(figures, org, years)
    report.warnings = _warning_rows(session, report, issues, tree)
    return report


def final_gaps(session: Session, years: range, org: str, lang: str = "vi") -> list[str]:
    """The titles of the parts a final report of org must have (I, III, V) that are still
    empty: the window asks before making it without them."""
    top = report_tree(session.tree(), org, years).at(org, years[-1])
    texts = report_texts(session, top, years)
    return [part_title(k, session.catalogue, lang) for k in empty_parts(texts, REQUIRED_IN_FINAL)]


def report_texts(session: Session, top: Org, years: range) -> dict[str, str]:
    """The unit's written parts the report carries: those of the last year of the period
    the unit existed in (a sơ kết is written in its last year)."""
    year = next((y for y in reversed(years) if top.exists_in(y)), years[-1])
    return session.texts.texts(top.code, year)


def _unit_years(tree: OrgTree, org: str, years: range) -> list[tuple[str, int]]:
    """(unit, year) of every unit in org's subtree that year, unit by unit in tree order."""
    held: list[str] = []
    out: dict[tuple[str, int], None] = {}
    kept = set(tree.same_tree_years(years))
    for year in years:
        if year in kept:
            held = [o.code for o in tree.subtree(org, year)]
        out.update(((code, year), None) for code in held)
    return list(out)


def _figures_and_trend(
    session: Session, org: str, years: range, tree: OrgTree
) -> tuple[Figures, range]:
    """The figures of the subtree over the period and the years before it it is compared
    with; for one year, the trend starts at the first of the four years before with data."""
    trend = years if len(years) > 1 else range(max(MIN_YEAR, years[0] - 4), years[0] + 1)
    span = range(min(trend[0], years[0]) - 1, years[-1] + 1)
    other = None if tree is session.tree() else tree
    figures = session.figures(span, tree.ever_under(org, span), tree=other)
    if len(years) == 1:
        first = next(
            (y for y in trend if y == years[0] or figures.has_data_below(org, y)), years[0]
        )
        trend = range(first, years[0] + 1)
    return figures, trend


def _write_text(report: Report, tree: OrgTree) -> None:
    """The report's text: the top unit's lines, each unit's (with its own units, for the
    notes of its partial figures), year by year over a range."""
    figures, years, org = report.figures, report.years, report.top.code
    units, caveats = report.units, not report.final
    children = [u.code for u in units]
    noun = members_noun([u.level for u in units])
    lines = []
    for unit in units:
        below = units_under(tree, unit.code, years)
        lines += unit_lines(
            figures,
            unit.code,
            years,
            report.names[unit.code],
            [o.code for o in below] or None,
            members_noun([o.level for o in below]),
            caveats,
        )
    top_lines = unit_lines(figures, org, years, None, children or None, noun, caveats)
    trend_lines = []
    if report.is_range:
        trend_lines = year_by_year(
            figures,
            org,
            years,
            lambda code: label(report.catalogue, code),
            children,
            noun,
            caveats,
        )
    shown = {s.code for s in sections_of(report)}  # a topic not of its level is left out
    lines = [line for line in lines if line.topic in shown]
    top_lines = [line for line in top_lines if line.topic in shown]
    trend_lines = [line for line in trend_lines if line.topic in shown]
    coverage = coverage_sentence(figures, units, years, report.names, noun)
    wording = Wording(whole_phrase(report.top), noun, coverage)
    report.blocks = compose(report, wording, top_lines, lines, trend_lines)


def _warning_rows(
    session: Session, report: Report, issues: list[Issue], tree: OrgTree
) -> list[WarningRow]:
    """The check sheet: every warning of the subtree, then the table's own row where its
    figure differs (domain.md §7), with both numbers; each with its kind and the unit under
    the report's unit it belongs to that year (the sheets count them by both)."""
    cat, top = report.catalogue, report.top.code
    branches: dict[tuple[str, int], str] = {}

    def branch(code: str, year: int) -> str:
        if (code, year) not in branches:
            chain = [o.code for o in tree.ancestors(code, year)] + [code]
            below = chain[chain.index(top) + 1] if top in chain[:-1] else top
            name = report.names.get(below, tree.name_in(below, report.years[-1]))
            branches[(code, year)] = name
        return branches[(code, year)]

    rows = [
        WarningRow(
            report.names.get(w.org_code, w.org_code),
            w.year,
            label(cat, w.indicator),
            _capitalised(reason(w, cat)),
            WARNING_KINDS.get(w.code, w.code),
            branch(w.org_code, w.year),
        )
        for w in issues
    ]
    rows += [
        WarningRow(
            report.top_name,
            report.years[-1],
            label(cat, code),
            f"Dòng “Số liệu chung” ghi {vi_format.number(row.values[code] or 0)}: {text}",
            WARNING_KINDS["own_row"],
            report.top_name,
        )
        for row in report.rows
        if row.kind == OWN
        for code, text in row.marks.items()
    ]
    return rows


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
