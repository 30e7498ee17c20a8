"""Reports as issued (migration 0010): each record with its files, byte for byte, and the
state of the data it rested on (its units, the figures entered and those its registers
count, its written parts), kept so that what changed since can be named."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ct05_desktop.domain.registers import format_date_vi
from ct05_desktop.domain.rollup import Key
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import now
from ct05_desktop.storage.repository import Repository

ENTERED, COUNTED = "entered", "counted"


@dataclass(frozen=True)
class IssuedRecord:
    id: int
    org_code: str
    first_year: int
    last_year: int
    number: str
    issued_on: str  # ISO date
    made_at: str
    made_by: str | None
    files: tuple[str, ...]

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)


@dataclass(frozen=True)
class Basis:
    """What an issued report rested on."""

    units: list[str]
    entered: dict[Key, int]
    counted: dict[Key, int]
    texts: dict[str, str]


class IssuedStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.db = repo.db
        self.audit = repo.audit

    def add(
        self,
        org: str,
        years: range,
        number: str,
        issued_on: str,
        files: Mapping[str, bytes],
        basis: Basis,
        source: Source,
    ) -> int:
        """Keep an issued report whole (inside the caller's write transaction); its id."""
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO issued_reports (org_code, first_year, last_year, number, "
                "issued_on, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [org, years[0], years[-1], number, issued_on, now(), self.repo.who()],
            )
            report = int(cursor.lastrowid or 0)
            self.db.conn.executemany(
                "INSERT INTO issued_files VALUES (?, ?, ?)",
                [(report, name, content) for name, content in files.items()],
            )
            self.db.conn.executemany(
                "INSERT INTO issued_units VALUES (?, ?)", [(report, u) for u in basis.units]
            )
            for kind, figures in ((ENTERED, basis.entered), (COUNTED, basis.counted)):
                self.db.conn.executemany(
                    "INSERT INTO issued_figures VALUES (?, ?, ?, ?, ?, ?)",
                    [(report, kind, *key, value) for key, value in figures.items()],
                )
            self.db.conn.executemany(
                "INSERT INTO issued_texts VALUES (?, ?, ?)",
                [(report, part, text) for part, text in basis.texts.items()],
            )
            period = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
            said = f"{number}, {format_date_vi(issued_on)}, {period}"  # number, date, period
            self.audit("report_issued", source, org_code=org, year=years[-1], new=said)
        return report

    def records(self, orgs: Iterable[str] | None = None) -> list[IssuedRecord]:
        """The issued reports (of those units), newest first."""
        rows = self.db.execute(
            "SELECT id, org_code, first_year, last_year, number, issued_on, made_at, made_by "
            "FROM issued_reports ORDER BY issued_on DESC, id DESC"
        ).fetchall()
        keep = None if orgs is None else set(orgs)
        names: dict[int, list[str]] = {}
        for report, name in self.db.execute(
            "SELECT report_id, name FROM issued_files ORDER BY name"
        ).fetchall():
            names.setdefault(report, []).append(name)
        return [
            IssuedRecord(
                report,
                org,
                first,
                last,
                number,
                day,
                made_at,
                made_by,
                tuple(names.get(report, [])),
            )
            for report, org, first, last, number, day, made_at, made_by in rows
            if keep is None or org in keep
        ]

    def record(self, report: int) -> IssuedRecord | None:
        return next((r for r in self.records() if r.id == report), None)

    def files(self, report: int) -> dict[str, bytes]:
        rows = self.db.execute(
            "SELECT name, content FROM issued_files WHERE report_id = ? ORDER BY name", [report]
        )
        return {name: bytes(content) for name, content in rows.fetchall()}

    def basis(self, report: int) -> Basis:
        units = [
            u
            for (u,) in self.db.execute(
                "SELECT org_code FROM issued_units WHERE report_id = ?", [report]
            ).fetchall()
        ]
        figures: dict[str, dict[Key, int]] = {ENTERED: {}, COUNTED: {}}
        for kind, org, year, indicator, value in self.db.execute(
            "SELECT kind, org_code, year, indicator, value FROM issued_figures WHERE report_id = ?",
            [report],
        ).fetchall():
            figures[kind][(org, year, indicator)] = value
        texts = dict(
            self.db.execute(
                "SELECT part, text FROM issued_texts WHERE report_id = ?", [report]
            ).fetchall()
        )
        return Basis(units, figures[ENTERED], figures[COUNTED], texts)
