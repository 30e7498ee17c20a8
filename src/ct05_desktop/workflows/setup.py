"""Creating a database and loading the demo dataset."""

from __future__ import annotations

import json
from pathlib import Path

from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.refusals import Fault, Refusal
from ct05_desktop.domain.registers import REGISTERS_BY_KEY
from ct05_desktop.domain.settings import DEMO_LOADED
from ct05_desktop.domain.sources import DEMO
from ct05_desktop.files.app_dirs import data_dir
from ct05_desktop.workflows.csv_transfer import FileReport, import_csv
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.reading import has_tree, read_setting, write_setting
from ct05_desktop.workflows.register_entry import parse_register_row
from ct05_desktop.workflows.reorganise import change_tree, plan_problems_in_file, read_plan
from ct05_desktop.workflows.session import Session

DEMO_FILE = "ct05-du-lieu-mau.db"  # the separate demo database, beside the clerk's
# the demo's 2025: districts ended, Mai Sơn's communes under the province, two merged
DEMO_PLAN = "reorganise_2025.csv"


class SetupError(Fault):
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


class DemoRefused(Refusal):
    """The demo data goes only into a database without figures (demo_not_empty)."""


def demo_refusal(session: Session) -> DemoRefused | None:
    """Why the demo data may not be loaded here (figures or register rows are there, and
    the demo's would mix with or overwrite them), or None."""
    tables = ("org_values", *REGISTERS_BY_KEY)
    held = any(session.db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in tables)
    return DemoRefused("demo_not_empty", name=str(session.path)) if held else None


def demo_database(next_to: Session) -> Path:
    """A database of its own for the demo data, beside this one: made (the default tree
    and the demo) when it is not there yet."""
    path = next_to.path.with_name(DEMO_FILE)
    with Session(path) as demo:
        if not has_tree(demo):
            init_database(demo)
        if demo_refusal(demo) is None:
            load_demo(demo)
    next_to.repo.result_levels()  # this database's result scale in use again (result_scale)
    return path


def load_demo(session: Session, with_2025: bool = True) -> FileReport:
    """The article's figures, communes and cells of one district with their own figures
    (so a commune's and a cell's report can be made), and register rows that illustrate
    each register, into a database without figures (else DemoRefused, nothing written);
    with_2025, the 2025 reorganisation (the districts ended, Mai Sơn's communes under the
    province, two of them merged) and a few figures of 2025. Returns the report of the
    article's figures."""
    refused = demo_refusal(session)
    if refused is not None:
        raise refused
    folder = data_dir() / "demo"
    reports = [
        import_csv(session, folder / name, DEMO)
        for name in ("orgs.csv", "values.csv", "mai_son_values.csv")
    ]
    failed = [r for r in reports if not r.ok]
    if failed:
        raise SetupError(failed)
    report = reports[1]
    report.changed += reports[2].changed
    if with_2025 and session.tree().get("SL.XMS") is None:
        _reorganise(session, folder / DEMO_PLAN, 2025)  # the 2025 reorganisation, its figures
        later = import_csv(session, folder / "values_2025.csv", DEMO)
        if not later.ok:
            raise SetupError([later])
        report.changed += later.changed
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
                        (
                            row["org_code"],
                            int(row["year"]),
                            parse_register_row(spec.key, row, year=int(row["year"])),
                        )
                    )
                except InputRefused as exc:
                    raise ValueError(f"demo data: {exc}") from exc
            session.registers.insert_many(spec.key, batch, DEMO)
        write_setting(session, DEMO_LOADED, True)
    return report


def _reorganise(session: Session, plan: Path, year: int) -> None:
    """The demo's reorganisation plan, applied as a clerk would (no backup: the demo has
    just been made)."""
    changes, problems = read_plan(plan)
    report = change_tree(session, changes, year, DEMO, backup=False) if not problems else None
    if report is None or not report.ok:
        said = problems or plan_problems_in_file(plan.name, report)  # type: ignore[arg-type]
        raise ValueError("demo data: " + "; ".join(str(p) for p in said))
