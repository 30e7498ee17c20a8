"""Unit templates: write each unit its workbook; read filled ones back, check, then save."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.checks.figure_rules import (
    ERROR,
    Issue,
    ValueChange,
    check_changes,
    check_year,
    parse_whole_number,
    unit_year_problem,
)
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import told, told_reason
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.progress import Progress, quiet
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.report_texts import part_title
from ct05_desktop.domain.sources import template_file
from ct05_desktop.domain.template_signature import (
    KEY_SETTING,
    is_signed_by,
    new_key,
    template_keys,
)
from ct05_desktop.domain.vi_text import file_words
from ct05_desktop.excel.templates.cells import shown
from ct05_desktop.excel.templates.reader import NotATemplate, open_template
from ct05_desktop.excel.templates.writer import FIGURES, write_template
from ct05_desktop.workflows.entry import (
    SaveResult,
    phrases,
    save_values,
)
from ct05_desktop.workflows.report_texts import ordered_parts, save_texts
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.templates.binding import (
    heading_problems,
    undone_problems,
    undone_words,
)
from ct05_desktop.workflows.templates.figures import (
    TemplateReport,
    digest,
    figure_changes,
    file_fault,
    tell_values,
    warnings_if_saved,
)
from ct05_desktop.workflows.templates.rows import Adds, Edits, RegisterRowCheck, still_new
from ct05_desktop.workflows.templates.texts import check_texts


def write_unit_templates(
    session: Session,
    org: str,
    year: int,
    out: Path | str,
    children: bool = False,
    progress: Progress | None = None,
    written: list[Path] | None = None,
) -> list[Path]:
    """One workbook for the unit (out: the file), or (children) one per unit directly under
    it, in the folder out, each named after its unit; a unit with none under it that year
    is refused, never "0 templates written". What every workbook holds is read from one
    snapshot, which ends before the files are written (on a network share a long read
    would hold other writers back); the key is made, if it must be, before it.

    progress is told before each workbook, with its file's name, and may stop the work
    (Cancelled) between two workbooks: each one is whole, and written (when given) holds
    those already written."""
    tell = progress or quiet
    done = [] if written is None else written
    key = template_key(session)
    with session.reading():
        contents = _contents(session, org, year, out, children)
    for n, c in enumerate(contents):
        tell(int(100 * n / len(contents)), c.target.name)
        done.append(
            write_template(
                c.target,
                c.unit,
                year,
                c.orgs,
                c.form,
                c.values,
                c.registers,
                key,
                c.texts,
                c.written_at,
            )
        )
    tell(100, "")
    return done


@dataclass(frozen=True)
class _Content:
    """What one unit's workbook holds, read in the snapshot."""

    target: Path
    unit: Org
    orgs: list[Org]
    values: dict[tuple[str, str], int]
    registers: dict[str, list[dict[str, Any]]]
    texts: tuple[list[tuple[str, str]], dict[str, str]]
    written_at: int
    form: Catalogue  # the year's form, as committed in the snapshot


Contents = list[_Content]


def _contents(session: Session, org: str, year: int, out: Path | str, children: bool) -> Contents:
    """Each workbook's target, unit, year, units, catalogue, figures and register rows,
    its written parts, and the change log's last id."""
    check_year(year)
    tree = session.tree()
    if org not in tree:
        raise Refusal("unknown_unit", org=org)
    units = _as_in(tree, tree.children(org, year) if children else [tree[org]], year)
    if not units:
        raise Refusal("no_units_under", name=tree.name_in(org, year), year=year)
    names = template_file_names(units, year)
    values = {(o, i): v for (o, _, i), v in session.repo.entered_values([year]).items()}
    year_rows = {spec.key: session.registers.rows(spec.key, year=year) for spec in REGISTERS}
    parts = [(part, part_title(part, session.catalogue)) for part in ordered_parts(session)]
    (written_at,) = session.db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
    form = session.catalogue_of(year)
    out_list: Contents = []
    for unit in units:
        orgs = _as_in(tree, tree.subtree(unit.code, year), year)
        codes = {o.code for o in orgs}
        registers = {
            register: [r for r in rows if r["org_code"] in codes]
            for register, rows in year_rows.items()
        }
        target = own_file(Path(out) / names[unit.code], unit.code) if children else Path(out)
        texts = (parts, session.texts.texts(unit.code, year))
        out_list.append(_Content(target, unit, orgs, values, registers, texts, written_at, form))
    return out_list


def _as_in(tree: OrgTree, orgs: Sequence[Org], year: int) -> list[Org]:
    """The units with the names they bore that year (a template of 2019 for a unit renamed
    in 2021 names it as it was in 2019: in its file name, its sheets and its lists)."""
    return [replace(o, name=tree.name_in(o.code, year)) for o in orgs]


def template_file_name(tree: OrgTree, code: str, year: int) -> str:
    """Mau_CT05_Huyen_Uy_Muong_La_2019.xlsx: the unit's name that year in ASCII, the year."""
    return template_file_names(_as_in(tree, [tree[code]], year), year)[code]


def template_file_names(units: Sequence[Org], year: int) -> dict[str, str]:
    """Each unit's file name (by code), none twice, letter case aside as on Windows: units
    whose names read alike have their code added (Mau_CT05_Chi_Bo_Van_Phong_SL_TC_VP_2019),
    then a number if that is not enough; a name with no ASCII letter gives its code."""
    stems = {u.code: file_words(u.name) or _code_words(u.code) for u in units}
    shared = Counter(stem.casefold() for stem in stems.values())
    for u in units:
        code = _code_words(u.code)
        if shared[stems[u.code].casefold()] > 1 and stems[u.code] != code:
            stems[u.code] = f"{stems[u.code]}_{code}"
    taken: set[str] = set()
    names = {}
    for u in units:
        stem, n = stems[u.code], 1
        while (name := stem if n == 1 else f"{stem}_{n}").casefold() in taken:
            n += 1
        taken.add(name.casefold())
        names[u.code] = f"Mau_CT05_{name}_{year}.xlsx"
    return names


def own_file(target: Path, code: str) -> Path:
    """target, or a free name beside it when it holds another unit's template (two exports
    into one folder: a commune of one district never overwrites the same-named commune of
    another): its code added, then a number."""
    base, _, year = target.stem.rpartition("_")  # Mau_CT05_Xa_Tan_Lap, 2019
    candidate, n = target, 0
    while candidate.exists() and _unit_of(candidate) != code:
        n += 1
        extra = _code_words(code) + ("" if n == 1 else f"_{n}")
        candidate = target.with_name(f"{base}_{extra}_{year}{target.suffix}")
    return candidate


def _unit_of(path: Path) -> str | None:
    """The unit an existing template was written for; None when it is none of ours (or
    cannot be read: any such file is kept, never replaced)."""
    try:
        with open_template(path) as book:
            return book.unit
    except (NotATemplate, Refusal, OSError):
        return None


def _code_words(code: str) -> str:
    """A unit's code in a file name: SL.TC → SL_TC."""
    return "_".join(re.findall("[A-Za-z0-9]+", code)) or file_words(code) or "Don_Vi"


def template_key(session: Session) -> str:
    """The database's key for signing templates: made at the first template, inside one
    write transaction (two first templates at once must not each make their own)."""
    with session.writing():
        key = session.repo.setting(KEY_SETTING)
        if not key:
            key = new_key()
            session.repo.set_setting(KEY_SETTING, key)
    return str(key)


@dataclass
class CheckedTemplate:
    """A filled template read and checked once: what its saving would write."""

    path: Path
    report: TemplateReport
    digest: str = ""
    unit: str = ""
    year: int = 0
    changes: list[ValueChange] = field(default_factory=list)
    adds: Adds = field(default_factory=dict)
    edits: Edits = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # the unit's written parts, by part


def import_template(
    session: Session, path: Path | str, dry_run: bool = False, accept_older: bool = False
) -> TemplateReport:
    """Check a filled template whole; save it only when nothing is wrong (and not dry_run).
    accept_older: save figures that undo corrections made since it was written."""
    checked = check_template(session, path, accept_older)
    if checked.report.problems or dry_run:
        return checked.report
    return save_template(session, checked)


def check_template(
    session: Session, path: Path | str, accept_older: bool = False
) -> CheckedTemplate:
    """Read and check a filled template, writing nothing; the preview's warnings included.
    A figure that would undo a correction made since the template was written is refused
    unless accept_older (template_binding)."""
    path = Path(path)
    report = TemplateReport(path.name, kind="xlsx")
    out = CheckedTemplate(path, report)
    try:
        with open_template(path) as book:  # the file looked over before the database is read
            unit, year = book.unit, book.year
            if not any(is_signed_by(k, book.meta) for k in template_keys(session.repo)):
                refusal = Refusal("template_forged")  # its unit and year cannot be trusted
                report.problems.append(FileProblem(path.name, None, None, None, refusal))
                return out
            tree = session.tree()
            if unit not in tree:
                refusal = Refusal("template_unit_unknown")
                report.problems.append(FileProblem(path.name, None, None, unit, refusal))
                return out
            under = tree.subtree(unit, year)
            filled = book.read(unit_rows=len(under))  # one row per unit, no more
        out.digest = digest(path)
    except NotATemplate as exc:
        report.problems.append(exc.problem)
        return out
    except OSError as exc:  # missing, unreadable: told like any problem of the file
        report.problems.append(FileProblem(path.name, None, None, None, file_fault(exc)))
        return out
    report.of = f"{tree.name_in(unit, year)}, năm {year}"
    report.problems += filled.problems + heading_problems(tree, filled, unit, year)
    allowed = {o.code for o in under}
    held = session.catalogue_of(year)
    changes = figure_changes(filled, tree[unit].name, allowed, year, report, held)
    report.rows = len(changes)
    ctx = session.write_context({(c.org_code, c.year) for c in changes})
    # a figure sent back as it is stored is no change: it must not trip an approved unit
    same = [
        c
        for c in changes
        if parse_whole_number(c.raw) is not None
        and ctx.existing.get((c.org_code, year), {}).get(c.indicator) == parse_whole_number(c.raw)
    ]
    report.unchanged += len(same)
    changes = [c for c in changes if c not in same]
    if not accept_older:
        report.problems += undone_problems(session, filled, changes, year)
    checked = check_changes(changes, ctx)
    for issue in checked.errors:
        report.problems.append(
            FileProblem(
                path.name,
                None,
                None,
                shown(issue.value) or str(issue.value),  # a date as dd/mm/yyyy
                told_reason(issue, session.catalogue, with_value=False),
                FIGURES,
                str(issue.ref),
            )
        )
    tell_values(session, checked.values, ctx.existing, report)
    out.adds, out.edits = RegisterRowCheck(session, allowed, year, report).check(
        filled.register_rows
    )
    out.texts = check_texts(session, filled.texts, unit, year, report, report.texts)
    if not accept_older:
        report.problems += undone_words(session, filled, unit, year, out.texts, out.edits)
    out.unit, out.year, out.changes = unit, year, changes
    if not report.problems:
        report.warnings = [*report.outside, *warnings_if_saved(session, checked.values)]
    return out


def save_template(session: Session, checked: CheckedTemplate) -> TemplateReport:
    """Save what check_template read, all or nothing; the figures are checked once more
    as they are written (another window may have changed them since)."""
    path, unit, year = checked.path, checked.unit, checked.year
    report = replace(
        checked.report, problems=[], warnings=[], rows_added=list(checked.report.rows_added)
    )
    source = template_file(path.name, checked.digest)
    with session.writing():
        closed = _closed_since(session, checked)  # a lock or an approval since the preview
        result = (
            SaveResult(errors=closed) if closed else save_values(session, checked.changes, source)
        )
        if not result.ok:  # checked above; only a change between reading and saving lands here
            tree = session.tree()
            report.problems += [
                FileProblem(path.name, None, None, None, told(e, tree, session.catalogue))
                for e in result.errors
            ]
            return report  # nothing was written: save_values refuses whole
        adds, stored_since = still_new(session, checked.adds, year)  # checked under the lock
        for register, rows in adds.items():
            session.registers.insert_many(register, rows, source)
        for register, row_id, values in checked.edits:
            session.registers.update(register, row_id, values, source)
        texts = save_texts(session, unit, year, checked.texts, source) if checked.texts else 0
        session.repo.record_receipt(unit, year, path.name, checked.digest)
    for title in stored_since:  # stored by another import since the preview: not added
        report.rows_added.remove(title)
    report.changed = result.changed + len(report.rows_added) + len(checked.edits) + texts
    report.saved = True
    report.warnings = [*report.outside, *phrases(session, result.warnings)]
    return report


def _closed_since(session: Session, checked: CheckedTemplate) -> list[Issue]:
    """The unit-years of the register rows to write that are closed now (inside the write
    transaction: a year locked or a unit approved after the preview)."""
    ctx = session.write_context()
    unit_years = {(org, year) for rows in checked.adds.values() for org, year, _ in rows}
    if checked.texts:
        unit_years.add((checked.unit, checked.year))
    gone: list[Issue] = []
    for register, row_id, _ in checked.edits:
        try:
            row = session.registers.get(register, row_id)
        except KeyError:  # deleted in the window since the preview
            gone.append(Issue(ERROR, "register_row_gone", checked.unit, checked.year))
            continue
        unit_years.add((row["org_code"], row["year"]))
    found = (unit_year_problem(org, year, ctx) for org, year in sorted(unit_years))
    return gone + [problem for problem in found if problem is not None]
