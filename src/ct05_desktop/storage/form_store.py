"""The report form by year as stored (migration 0011; domain.form_years): a row per version
of each section and indicator, with the years it holds. Read whole: a form is a few dozen
rows."""

from __future__ import annotations

from sqlite_utils import Database

from ct05_desktop.domain.catalogue import (
    INDICATOR_COLUMNS,
    Catalogue,
    Section,
    indicator_of,
    indicator_row,
)
from ct05_desktop.domain.form_years import FormYears, IndicatorVersion, SectionVersion
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.audit_log import AuditLog

_SECTIONS = (
    "CREATE TABLE form_sections (code TEXT NOT NULL, first_year INTEGER NOT NULL, "
    "last_year INTEGER, position INTEGER NOT NULL, label_vi TEXT NOT NULL, "
    "label_en TEXT NOT NULL, PRIMARY KEY (code, first_year))"
)
_INDICATORS = (
    "CREATE TABLE form_indicators (code TEXT NOT NULL, first_year INTEGER NOT NULL, "
    "last_year INTEGER, position INTEGER NOT NULL, section TEXT NOT NULL, "
    "kind TEXT NOT NULL CHECK (kind IN ('stock', 'flow')), whole TEXT, "
    "parts TEXT NOT NULL DEFAULT '', label_vi TEXT NOT NULL, label_en TEXT NOT NULL, "
    "noun TEXT NOT NULL DEFAULT '', PRIMARY KEY (code, first_year))"
)


def create_form_tables(db: Database, form: FormYears) -> None:
    """The two tables, holding form (the shipped default, for a new or an older database)."""
    db.execute(_SECTIONS)
    db.execute(_INDICATORS)
    write_form(db, form)


def write_form(db: Database, form: FormYears) -> None:
    """Replace the stored form by this one (inside the caller's transaction). A database
    before migration 0013 has no phrase column (the first form is written by 0011)."""
    db.execute("DELETE FROM form_sections")
    db.execute("DELETE FROM form_indicators")
    db.conn.executemany(
        "INSERT INTO form_sections VALUES (?, ?, ?, ?, ?, ?)",
        [
            (v.section.code, v.first, v.last, v.position, v.section.label_vi, v.section.label_en)
            for v in form.sections
        ],
    )
    columns = list(_COLUMNS)
    if "phrase" in {c.name for c in db["form_indicators"].columns}:
        columns.append("phrase")
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(
        f"INSERT INTO form_indicators ({', '.join(columns)}) VALUES ({marks})",
        [
            (code, v.first, v.last, v.position, *rest)[: len(columns)]
            for v in form.indicators
            for code, *rest in (indicator_row(v.indicator),)
        ],
    )


_COLUMNS = (
    "code",
    "first_year",
    "last_year",
    "position",
    "section",
    "kind",
    "whole",
    "parts",
    "label_vi",
    "label_en",
    "noun",
)


def read_form(db: Database) -> FormYears:
    """Every version of the stored form."""
    sections = tuple(
        SectionVersion(Section(code, vi, en), first, last, position)
        for code, first, last, position, vi, en in db.execute(
            "SELECT code, first_year, last_year, position, label_vi, label_en FROM form_sections"
        )
    )
    indicators = tuple(
        IndicatorVersion(indicator_of(dict(zip(INDICATOR_COLUMNS, row, strict=True))), *years)
        for code, first, last, position, *rest in db.execute(
            f"SELECT {', '.join(_COLUMNS)}, phrase FROM form_indicators"
        )
        for row, years in (((code, *rest), (first, last, position)),)
    )
    return FormYears(sections, indicators)


class FormStore(AuditLog):
    """The repository's form: read once and again when another connection committed
    anything since (PRAGMA data_version), or this one replaced it."""

    _form: tuple[int, FormYears, Catalogue] | None = None

    def _form_read(self) -> tuple[int, FormYears, Catalogue]:
        version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
        if self._form is None or self._form[0] != version:
            form = read_form(self.db)
            self._form = (version, form, form.every())
        return self._form

    def form_and_catalogue(self) -> tuple[FormYears, Catalogue]:
        """The form and every indicator it has held, read together (one version)."""
        _, form, catalogue = self._form_read()
        return form, catalogue

    def forget_form(self) -> None:
        """Read the form again next time (a write of it was rolled back)."""
        self._form = None

    @property
    def form(self) -> FormYears:
        """Every version of the form, as committed (or as this connection wrote it)."""
        return self._form_read()[1]

    @property
    def catalogue(self) -> Catalogue:
        """Every indicator the form has ever held (its latest version): what figures are
        kept under, and named by where no year is in question."""
        return self._form_read()[2]

    def catalogue_of(self, year: int) -> Catalogue:
        return self.form.catalogue(year)

    def replace_form(self, form: FormYears, source: Source, **said: object) -> None:
        """Store form in place of the present one (inside the caller's write transaction,
        its checks made there), every code it holds kept as a figure's indicator."""
        write_form(self.db, form)
        self._form = None
        sync_indicators(self.db, self.catalogue)
        self.audit("form_changed", source, **said)


def sync_indicators(db: Database, catalogue: Catalogue) -> None:
    """Keep the indicators table (the figures' foreign-key target) holding every code the
    form has ever had, with its latest label and place; a code is never removed (a
    retired indicator keeps its past figures)."""
    rows = [
        {
            "code": i.code,
            "section": i.section,
            "kind": i.kind,
            "label_vi": i.label_vi,
            "position": n,
        }
        for n, i in enumerate(catalogue.indicators)
    ]
    stored = {r["code"]: r for r in db.query("SELECT * FROM indicators")}
    if any(stored.get(r["code"]) != r for r in rows):
        with db.atomic():
            db.table("indicators").upsert_all(rows, pk="code")
