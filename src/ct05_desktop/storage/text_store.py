"""The written parts of each unit's report for each year (domain.report_texts), every
change audited (action 'report_text', the part in the entry's indicator column) and
searchable through an FTS5 index kept in step by triggers (migration 0009)."""

from __future__ import annotations

import re
from typing import Any

from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.vi_text import fold
from ct05_desktop.storage.audit_log import now
from ct05_desktop.storage.repository import Repository

_WORD = re.compile(r"[a-z0-9]+")


class TextStore:
    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.db = repo.db

    def texts(self, org: str, year: int) -> dict[str, str]:
        """The unit's parts of that year that hold a text, by part."""
        rows = self.db.execute(
            "SELECT part, text FROM report_texts WHERE org_code = ? AND year = ?", [org, year]
        )
        return dict(rows.fetchall())

    def texts_of(self, orgs: list[str], year: int, part: str) -> dict[str, str]:
        """One part of several units' year, by unit (those with a text)."""
        out: dict[str, str] = {}
        for start in range(0, len(orgs), 500):
            chunk = orgs[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = (
                "SELECT org_code, text FROM report_texts WHERE year = ? AND part = ? "
                f"AND org_code IN ({marks})"
            )
            out.update(self.db.execute(sql, [year, part, *chunk]).fetchall())
        return out

    def save(self, org: str, year: int, part: str, text: str, source: Source) -> bool:
        """Keep the part's text (an empty one removes it). True when it changed."""
        old = self.texts(org, year).get(part, "")
        if old == text:
            return False
        key = [org, year, part]
        with self.db.atomic():
            if not text:
                self.db.execute(
                    "DELETE FROM report_texts WHERE org_code = ? AND year = ? AND part = ?", key
                )
            elif old:
                self.db.execute(
                    "UPDATE report_texts SET text = ?, search_text = ?, changed_by = ?, "
                    "changed_at = ? WHERE org_code = ? AND year = ? AND part = ?",
                    [text, fold(text), self.repo.who(), now(), *key],
                )
            else:
                self.db.execute(
                    "INSERT INTO report_texts VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [*key, text, fold(text), self.repo.who(), now()],
                )
            self.repo.audit(
                "report_text",
                source,
                org_code=org,
                year=year,
                indicator=part,
                old=old or None,
                new=text or None,
            )
        return True

    def search(self, query: str, limit: int = 500) -> list[dict[str, Any]]:
        """(unit, year, part, text) of the parts holding every word of the query as the
        start of one of their words, ignoring case and accents (as the registers' search)."""
        words = _WORD.findall(fold(query))
        if sum(len(w) for w in words) < 2:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        sql = (
            "SELECT t.org_code, t.year, t.part, t.text FROM text_search AS s "
            "JOIN report_texts AS t ON t.rowid = s.rowid WHERE text_search MATCH ? "
            "ORDER BY t.year, t.org_code, t.part LIMIT ?"
        )
        rows = self.db.execute(sql, [match, limit]).fetchall()
        return [dict(zip(("org_code", "year", "part", "text"), r, strict=True)) for r in rows]
