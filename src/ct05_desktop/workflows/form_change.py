"""Changing the report form from a year (domain.md §4; domain.form_changes), by a form file or
in the window's form editor: checked against the form as committed, inside one write
transaction, logged; a dry run (the editor's preview) says what it changes, and how many
figures already entered would leave the reports with an indicator retired."""

from __future__ import annotations

import json
from collections.abc import Callable

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.form_changes import FormDiff, diff, from_year
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.session import Session


def change_form(
    session: Session, year: int, catalogue: Catalogue, source: Source, dry_run: bool = False
) -> FormDiff:
    """Make catalogue the form from year (call inside session.writing(): checked against
    the form as committed); dry_run: only say what it changes."""
    form = session.form  # as committed: read again when another writer changed it
    changed = diff(form.catalogue(year), catalogue)
    new = from_year(form, year, catalogue)  # refused when not a consistent form
    changed.held = _figures_left(session, new.holds, changed.retired, year)
    if not dry_run and not changed.empty:
        said = {
            "added": changed.added,
            "retired": changed.retired,
            "renamed": [c for c, _, _ in changed.renamed],
            "moved": [c for c, _, _ in changed.moved],
            "changed": changed.changed,
        }
        session.repo.replace_form(new, source, year=year, new=json.dumps(said))
    return changed


def _figures_left(
    session: Session, holds: Callable[[str, int], bool], codes: list[str], year: int
) -> dict[str, int]:
    """For each retired code, the figures entered in the years from year that the new
    form no longer holds it in (kept in the database, no longer in any report)."""
    out: dict[str, int] = {}
    for code in codes:
        rows = session.db.execute(
            "SELECT year, count(*) FROM org_values WHERE indicator = ? AND year >= ? "
            "AND value IS NOT NULL GROUP BY year",
            [code, year],
        ).fetchall()
        count = sum(n for y, n in rows if not holds(code, y))
        if count:
            out[code] = count
    return out
