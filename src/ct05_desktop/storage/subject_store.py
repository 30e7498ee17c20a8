"""What each year's report carries out and its themes, as the office typed them
(migration 0012; domain.report_subject): a year's row only when it differs from the
default, a term's theme with its years. Every change audited ('report_subject')."""

from __future__ import annotations

from collections.abc import Iterable

from ct05_desktop.domain.report_subject import Subject, Subjects, Term, subjects_of
from ct05_desktop.domain.sources import Source
from ct05_desktop.storage.repository import Repository


class SubjectStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.db = repo.db

    def subjects(self, years: Iterable[int]) -> Subjects:
        """The subjects and themes of these years, as stored (defaults where none)."""
        wanted = sorted(set(years))
        if not wanted:
            return subjects_of(())
        stored: dict[int, Subject] = {}
        themes: dict[int, str] = {}
        rows = self.db.execute(
            "SELECT year, document, name, theme FROM report_subjects WHERE year BETWEEN ? AND ?",
            [wanted[0], wanted[-1]],
        )
        for year, document, name, theme in rows:
            if document and name:
                stored[year] = Subject(document, name)
            themes[year] = theme
        return subjects_of(wanted, stored, themes, self.terms())

    def terms(self) -> list[Term]:
        rows = self.db.execute(
            "SELECT first_year, last_year, theme FROM report_terms ORDER BY first_year"
        )
        return [Term(first, last, theme) for first, last, theme in rows]

    def set_year(self, year: int, subject: Subject | None, theme: str, source: Source) -> bool:
        """Keep year's subject (None: the default) and theme; whether anything changed."""
        old = self.db.execute(
            "SELECT document, name, theme FROM report_subjects WHERE year = ?", [year]
        ).fetchone()
        new = (None, None, theme) if subject is None else (subject.document, subject.name, theme)
        if tuple(old or (None, None, "")) == new:
            return False
        if new == (None, None, ""):
            self.db.execute("DELETE FROM report_subjects WHERE year = ?", [year])
        else:
            self.db.execute(
                "INSERT OR REPLACE INTO report_subjects VALUES (?, ?, ?, ?)", [year, *new]
            )
        said = " | ".join(str(v or "") for v in new)
        before = " | ".join(str(v or "") for v in old) if old else None
        self.repo.audit("report_subject", source, year=year, old=before, new=said)
        return True

    def set_term(self, first: int, last: int, theme: str, source: Source) -> bool:
        """Keep a whole term's theme (blank: none); a term overlapping it is replaced."""
        overlapping = self.db.execute(
            "SELECT first_year, last_year, theme FROM report_terms "
            "WHERE first_year <= ? AND last_year >= ?",
            [last, first],
        ).fetchall()
        if overlapping == ([(first, last, theme)] if theme else []):
            return False
        self.db.execute(
            "DELETE FROM report_terms WHERE first_year <= ? AND last_year >= ?", [last, first]
        )
        if theme:
            self.db.execute("INSERT INTO report_terms VALUES (?, ?, ?)", [first, last, theme])
        before = "; ".join(f"{a}-{b}: {t}" for a, b, t in overlapping) or None
        self.repo.audit(
            "report_term", source, year=first, old=before, new=f"{first}-{last}: {theme}"
        )
        return True
