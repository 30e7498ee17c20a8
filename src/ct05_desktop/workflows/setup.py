"""Creating a database and loading the demo dataset."""

from __future__ import annotations

import json
from pathlib import Path

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS_BY_KEY
from ct05_desktop.domain.settings import DEMO_LOADED
from ct05_desktop.domain.sources import DEMO
from ct05_desktop.interchange import FileProblem
from ct05_desktop.paths import data_dir
from ct05_desktop.workflows.csv_transfer import FileReport, import_csv
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.reading import read_setting, write_setting
from ct05_desktop.workflows.register_entry import parse_register_row
from ct05_desktop.workflows.session import Session


class SetupError(Exception):
    """The organisations or demo files could not be loaded: every problem of every file."""

    def __init__(self, reports: list[FileReport]) -> None:
        self.reports = reports
        self.problems = [p for r in reports for p in r.problems]
        super().__init__(self.words("vi"))

    def words(self, lang: str = "vi") -> str:
        return "\n".join(p.words(lang) for p in self.problems)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]


def init_database(session: Session, orgs_csv: Path | str | None = None) -> FileReport:
    """Fill an empty database with the default tree, or with the tree of a CSV file."""
    report = import_csv(session, orgs_csv or data_dir() / "orgs_default.csv")
    if report.ok and report.kind != "orgs":
        report.problems.append(_not_orgs(report))
    if not report.ok:
        raise SetupError([report])
    return report


def _not_orgs(report: FileReport) -> FileProblem:
    return FileProblem(report.file, 1, None, None, Refusal("not_orgs_file"))


def demo_loaded(session: Session) -> bool:
    return bool(read_setting(session, DEMO_LOADED))


def load_demo(session: Session) -> FileReport:
    """The article's figures, communes and cells of one district with their own figures
    (so a commune's and a cell's report can be made), and register rows that illustrate
    each register. Returns the report of the article's figures."""
    folder = data_dir() / "demo"
    reports = [
        import_csv(session, folder / name)
        for name in ("orgs.csv", "values.csv", "mai_son_values.csv")
    ]
    failed = [r for r in reports if not r.ok]
    if failed:
        raise SetupError(failed)
    report = reports[1]
    report.changed += reports[2].changed
    if demo_loaded(session):
        return report
    records = json.loads((folder / "registers.json").read_text(encoding="utf-8"))
    with session.db.atomic():
        for register, rows in records.items():
            if register.startswith("_"):
                continue
            spec = REGISTERS_BY_KEY[register]
            batch = []
            for row in rows:
                try:
                    batch.append(
                        (row["org_code"], int(row["year"]), parse_register_row(spec.key, row))
                    )
                except InputRefused as exc:
                    raise ValueError(f"demo data: {exc}") from exc
            session.registers.insert_many(spec.key, batch, DEMO)
        write_setting(session, DEMO_LOADED, True)
    return report
