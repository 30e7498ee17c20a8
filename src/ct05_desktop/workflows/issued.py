"""Reports as issued (domain.md §7): a final report marked as sent, its number and date, is
kept in the database, its files byte for byte and the state of the data it rested on, so
that it can be opened again exactly as it was and what changed since can be named."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ct05_desktop.domain.messages import label
from ct05_desktop.domain.progress import Progress
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.report_texts import part_title
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import FORM, Source
from ct05_desktop.files.output_file import replaced_on_success
from ct05_desktop.storage.issued_store import Basis, IssuedRecord
from ct05_desktop.workflows.report_files import build_reports
from ct05_desktop.workflows.reports import (
    KINDS,
    ReportError,
    report_texts,
    report_tree,
    report_unit,
)
from ct05_desktop.workflows.session import Session


@dataclass(frozen=True)
class FigureChange:
    """A figure the issued report rested on, as it was and as it is now (None: none)."""

    org_code: str
    unit: str
    year: int
    indicator: str
    what: str  # the indicator's label
    counted: bool  # a count of the registers' rows, not a figure entered
    then: int | None
    now: int | None


@dataclass(frozen=True)
class Issued:
    record: IssuedRecord
    unit: str  # the unit's name as of the report's last year
    changes: list[FigureChange]
    texts_changed: list[str]  # the titles of the written parts changed since

    @property
    def period(self) -> str:
        first, last = self.record.first_year, self.record.last_year
        return str(first) if first == last else f"{first}-{last}"


def _basis(session: Session, org: str, years: range, units: list[str] | None = None) -> Basis:
    """What a report of org over years rests on now."""
    if units is None:
        units = report_tree(session.tree(), org, years).ever_under(org, years)
    top = session.tree().at(org, years[-1])
    return Basis(
        units,
        session.repo.entered_values(years, units),
        session.registers.counts(years, units),
        report_texts(session, top, years),
    )


def issue_report(
    session: Session,
    years: range,
    org: str | None,
    folder: Path | str,
    header: ReportHeader,
    allow_empty: bool = False,
    progress: Progress | None = None,
    source: Source = FORM,
) -> tuple[int, list[Path]]:
    """Make the final report (its Word document and appendix, and the office's check list)
    into folder under the window's names, and keep it as issued with the header's number
    and date: all of it or none. Returns its id and the files written."""
    if not header.number.strip():
        raise ReportError("issued_needs_number")
    org = report_unit(session, years, org)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".ct05-issue-", dir=folder))
    try:
        # the figures cannot change between the report and the record of what it rests on
        with session.writing():
            paths = build_reports(
                session, years, staging, org, KINDS, progress, header, True, allow_empty
            )
            sent = {p.name: p.read_bytes() for p in paths[: len(KINDS)]}  # not the checks
            basis = _basis(session, org, years)
            report = session.issued.add(
                org, years, header.number.strip(), header.date.isoformat(), sent, basis, source
            )
        placed = []
        for path in paths:
            target = folder / path.name
            os.replace(path, target)
            placed.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report, placed


def issued_reports(session: Session, org: str | None = None, lang: str = "vi") -> list[Issued]:
    """The issued reports (of org and the units under it, when given), newest first, each
    with the figures changed since."""
    tree = session.tree()
    if org is not None and org not in tree:
        raise ReportError("unknown_unit", org=org)
    units = None if org is None else tree.ever_under(org)
    return [describe(session, r, lang) for r in session.issued.records(units)]


def describe(session: Session, record: IssuedRecord, lang: str = "vi") -> Issued:
    tree = session.tree()
    then = session.issued.basis(record.id)
    now = _basis(session, record.org_code, record.years, then.units)
    changes = _changed(session, then.entered, now.entered, False, lang)
    changes += _changed(session, then.counted, now.counted, True, lang)
    changes.sort(key=lambda c: (then.units.index(c.org_code), c.year, c.indicator))
    parts = sorted(set(then.texts) | set(now.texts))
    texts = [
        part_title(p, session.catalogue, lang)
        for p in parts
        if then.texts.get(p, "") != now.texts.get(p, "")
    ]
    name = tree.name_in(record.org_code, record.last_year)
    return Issued(record, name, changes, texts)


def _changed(
    session: Session, then: dict[Key, int], now: dict[Key, int], counted: bool, lang: str
) -> list[FigureChange]:
    tree, catalogue = session.tree(), session.catalogue
    return [
        FigureChange(
            key[0],
            tree.name_in(key[0], key[1]),
            key[1],
            key[2],
            label(catalogue, key[2], lang),
            counted,
            then.get(key),
            now.get(key),
        )
        for key in set(then) | set(now)
        if then.get(key) != now.get(key)
    ]


def open_issued(session: Session, report: int, folder: Path | str) -> list[Path]:
    """Write an issued report's files into folder, byte for byte, under their issued names."""
    files = session.issued.files(report)
    if not files:
        raise ReportError("unknown_issued", report=report)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, content in files.items():
        target = folder / name
        with replaced_on_success(target) as temporary:
            Path(temporary).write_bytes(content)
        out.append(target)
    return out
