"""Unit templates: write each unit its workbook; read filled ones back, check, then save."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.messages import label, reason
from ct05_desktop.domain.rules import ValueChange, check_changes
from ct05_desktop.excel.template_reader import NotATemplate, read_template
from ct05_desktop.excel.template_writer import FIGURES, write_template
from ct05_desktop.interchange import FileProblem, FileReport
from ct05_desktop.workflows.entry import describe_all, save_values
from ct05_desktop.workflows.session import Session


@dataclass
class TemplateReport(FileReport):
    """A filled template's import: what would change, and what is wrong."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    saved: bool = False


def write_unit_templates(
    session: Session, org: str, year: int, out: Path | str, children: bool = False
) -> list[Path]:
    """One workbook for the unit, or (children) one per unit directly under it, in a folder."""
    tree = session.tree()
    if org not in tree:
        raise ValueError(f"không có đơn vị mã '{org}'")
    units = tree.children(org, year) if children else [tree[org]]
    paths = []
    entered = session.repo.entered_values([year])
    for unit in units:
        orgs = tree.subtree(unit.code, year)
        values = {(o, i): v for (o, y, i), v in entered.items() if y == year}
        target = (
            Path(out) / f"Mau_CT05_{unit.code.replace('.', '_')}_{year}.xlsx"
            if children
            else Path(out)
        )
        paths.append(write_template(target, unit, year, orgs, session.catalogue, values))
    return paths


def import_template(session: Session, path: Path | str, dry_run: bool = False) -> TemplateReport:
    """Check a filled template whole; save it only when nothing is wrong (and not dry_run)."""
    path = Path(path)
    report = TemplateReport(path.name, kind="xlsx")
    try:
        filled = read_template(path)
    except NotATemplate as exc:
        report.problems.append(exc.problem)
        return report
    report.problems += filled.problems
    tree = session.tree()
    unit, year_text = filled.meta.get("unit", ""), filled.meta.get("year", "")
    if unit not in tree or not year_text.isdigit():
        report.problems.append(
            FileProblem(
                path.name, None, None, unit, "đơn vị của mẫu không có trong cơ sở dữ liệu này"
            )
        )
        return report
    year = int(year_text)
    allowed = {o.code for o in tree.subtree(unit, year)}
    changes = []
    for ref, org, indicator, raw in filled.cells:
        if org not in allowed:
            report.problems.append(
                FileProblem(
                    path.name,
                    None,
                    None,
                    org,
                    f"dòng của đơn vị không thuộc {tree[unit].name} năm {year}",
                    FIGURES,
                    ref,
                )
            )
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue  # blank: no figure sent, nothing changes
        changes.append(ValueChange(org, year, indicator, raw, ref=ref))
    report.rows = len(changes)
    ctx = session.write_context({(c.org_code, c.year) for c in changes})
    checked = check_changes(changes, ctx)
    for issue in checked.errors:
        report.problems.append(
            FileProblem(
                path.name,
                None,
                None,
                str(issue.value),
                reason(issue, session.catalogue, with_value=False),
                FIGURES,
                str(issue.ref),
            )
        )
    for (org, _, indicator), value in checked.values.items():
        old = ctx.existing.get((org, year), {}).get(indicator)
        what = f"{tree[org].name}, {label(session.catalogue, indicator)}"
        if old is None and value is not None:
            report.new.append(f"{what}: {vi_format.number(value)}")
        elif old != value and value is not None:
            report.updated.append(
                f"{what}: {vi_format.number(old or 0)} → {vi_format.number(value)}"
            )
        else:
            report.unchanged += 1
    if report.problems or dry_run:
        return report
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    result = save_values(session, changes, f"xlsx:{path.name}:sha256={digest}")
    if not result.ok:  # checked above; only a change between reading and saving lands here
        report.problems += [
            FileProblem(path.name, None, None, None, t)
            for t in describe_all(session, result.errors)
        ]
        return report
    report.changed, report.saved = result.changed, True
    report.warnings = describe_all(session, result.warnings)
    return report
