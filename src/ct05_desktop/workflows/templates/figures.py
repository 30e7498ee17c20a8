"""The figures of a filled template: read from its figures sheet, told for the preview
(new, changed, unchanged), and the warnings they would raise once saved; the report of a
template's import."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import label
from ct05_desktop.domain.refusals import Phrase, Refusal, Worded
from ct05_desktop.domain.rollup import Key
from ct05_desktop.excel.templates.reader import FilledTemplate
from ct05_desktop.excel.templates.writer import FIGURES
from ct05_desktop.files.interchange import FileReport
from ct05_desktop.workflows.entry import phrases, warnings_for_units
from ct05_desktop.workflows.faults import A_FILE, fault
from ct05_desktop.workflows.session import Session


@dataclass
class TemplateReport(FileReport):
    """A filled template's import: what would change, and what is wrong."""

    of: str = ""  # the unit and year its signature names ("Huyện ủy Mai Sơn, năm 2019")
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    saved: bool = False
    rows_added: list[str] = field(default_factory=list)
    rows_changed: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the written parts sent, a line each
    # figures of an indicator the template's form has and the year's form no longer has
    outside: list[Phrase] = field(default_factory=list)


def file_fault(exc: OSError) -> Refusal:
    told = fault(exc, A_FILE)
    assert told is not None  # every OSError is told
    return told


def warnings_if_saved(session: Session, values: dict[Key, int | None]) -> list[Worded]:
    """The warnings the figures would raise once saved, for the preview."""
    touched = {(org, y) for org, y, _ in values}
    return phrases(session, warnings_for_units(session, touched, values))


def digest(path: Path) -> str:
    """The file's fingerprint for the audit log, read in pieces (the file is at most
    MAX_FILE, but need not be held whole)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()[:16]


def figure_changes(
    filled: FilledTemplate,
    unit_name: str,
    allowed: set[str],
    year: int,
    report: TemplateReport,
    held: Catalogue | None = None,
) -> list[ValueChange]:
    """The figures sent (a blank cell sends none); a row of a unit not under the template's
    is refused where it is. The file is read by its own form: a figure of an indicator its
    form has and held (the year's form now) no longer has is left out and said (the
    template was sent before the form changed); without a form of its own, such a
    figure is refused when written."""
    changes = []
    left: dict[str, int] = {}
    for ref, org, indicator, raw in filled.cells:
        if org not in allowed:
            refusal = Refusal("row_not_under", name=unit_name, year=year)
            report.problems.append(FileProblem(report.file, None, None, org, refusal, FIGURES, ref))
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        form = filled.form
        if held is not None and form is not None and indicator not in held and indicator in form:
            left[indicator] = left.get(indicator, 0) + 1
            continue
        changes.append(ValueChange(org, year, indicator, raw, ref=ref))
    for indicator, count in left.items():
        name = filled.form[indicator].label_vi if filled.form else indicator
        report.outside.append(
            Phrase(
                f"{name}: {count} số liệu không nhập, vì biểu mẫu năm {year} hiện không còn "
                "chỉ tiêu này (mẫu gửi đi trước khi biểu mẫu thay đổi)",
                f"{name}: {count} figures not imported: the {year} form no longer has it "
                "(the template was sent before the form changed)",
            )
        )
    return changes


def tell_values(
    session: Session,
    values: dict[Key, int | None],
    existing: dict[tuple[str, int], dict[str, int]],
    report: TemplateReport,
) -> None:
    """The preview's lines: each new figure, each changed one (old → new)."""
    tree = session.tree()
    for (org, year, indicator), value in values.items():
        old = existing.get((org, year), {}).get(indicator)
        what = f"{tree[org].name}, {label(session.catalogue, indicator)}"
        if old is None and value is not None:
            report.new.append(f"{what}: {vi_format.number(value)}")
        elif old != value and value is not None:
            report.updated.append(
                f"{what}: {vi_format.number(old or 0)} → {vi_format.number(value)}"
            )
        else:
            report.unchanged += 1
