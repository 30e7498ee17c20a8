"""What a report carries out and its themes, by year (domain.md §7; domain.report_subject):
read for a report's years, and kept as the office types them (Cài đặt → Văn bản và
chuyên đề, `ct05 subject`): each text NFC, one line, without control or invisible
characters; written inside one write transaction, audited."""

from __future__ import annotations

from ct05_desktop.domain.characters import control_refusal, too_long
from ct05_desktop.domain.checks.figure_rules import check_year
from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.report_subject import Subject, Subjects, Term, default_subject
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.storage.subject_store import SubjectStore
from ct05_desktop.workflows.session import Session

MAX_SUBJECT = 600  # a document named in full with its title, or a theme
FIELDS = {
    "document": phrase("subject_document"),
    "name": phrase("subject_name"),
    "theme": phrase("subject_theme"),
    "term": phrase("subject_term"),
}


def subjects_for(session: Session, years: range | list[int]) -> Subjects:
    return SubjectStore(session.repo).subjects(years)


def term_of(session: Session, year: int) -> Term | None:
    """The whole term's theme that holds year (None: none typed)."""
    return next((t for t in SubjectStore(session.repo).terms() if t.holds(year)), None)


def _text(text: str, field: str) -> str:
    cleaned = " ".join(nfc(text).split())  # one line: a pasted line break is a space
    why = control_refusal(cleaned) or too_long(cleaned, MAX_SUBJECT)
    if why is not None:
        raise Refusal("subject_field", field=FIELDS[field], why=why)
    return cleaned


def save_subject(
    session: Session,
    year: int,
    document: str,
    name: str,
    theme: str,
    source: Source,
    term: tuple[int, int, str] | None = None,
) -> bool:
    """Keep year's subject (the default when both texts are blank or are the default's),
    its theme and (given) a whole term's theme with its years; whether anything changed."""
    check_year(year)
    document, name = _text(document, "document"), _text(name, "name")
    theme = _text(theme, "theme")
    if bool(document) != bool(name):
        raise Refusal("subject_half")
    subject = Subject(document, name) if document else None
    if subject == default_subject(year):
        subject = None
    if term is not None:
        first, last, words = term
        check_year(first)
        check_year(last)
        if last < first or not first <= year <= last:
            raise Refusal("term_years", first=first, last=last, year=year)
        term = (first, last, _text(words, "term"))
    store = SubjectStore(session.repo)
    with session.writing():
        changed = store.set_year(year, subject, theme, source)
        if term is not None:
            changed = store.set_term(*term, source) or changed
    return changed
