"""An open database with everything the tasks need around it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.changes import Changes
from ct05_desktop.domain.checks.figure_rules import WriteContext
from ct05_desktop.domain.form_years import FormYears
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rollup import Figures, Key
from ct05_desktop.storage import year_cache
from ct05_desktop.storage.database import StorageError, open_database
from ct05_desktop.storage.header_store import HeaderStore
from ct05_desktop.storage.issued_store import IssuedStore
from ct05_desktop.storage.register_store import RegisterStore
from ct05_desktop.storage.repository import Repository
from ct05_desktop.storage.text_store import TextStore
from ct05_desktop.storage.window_lock import Holder, lock_path

__all__ = ["Session", "StorageError"]  # the window and the CLI tell a StorageError in words


def window_lock_file(path: Path | str) -> Path:
    """Where a window marks that it has the database open (gui/app.py takes it)."""
    return lock_path(path)


def open_elsewhere(path: Path | str, pid: int, host: str) -> Refusal:
    """The database is already open in another window (its process and machine)."""
    return Refusal("db_open_elsewhere", name=str(path), holder=Holder(pid, host).phrase())


def keep_years_between_tasks(on: bool = True) -> None:
    """Keep whole years' figures in memory between tasks (the window: its tabs, its
    operations and the next unit reuse them); off for a one-shot command."""
    year_cache.ENABLED[0] = on


class Session:
    """The database file, its repository and its registers; passed to every task."""

    def __init__(self, path: Path | str, create: bool = True, daily_backup: bool = True) -> None:
        """create: make a new database when there is none at path (else refused in words:
        a mistyped path must not become an empty database). daily_backup: make the day's
        first backup now when it is due (False: the caller makes it later, elsewhere)."""
        self.path = Path(path)
        self.db = open_database(self.path, create, daily_backup)
        self.repo = Repository(self.db)
        self.registers = RegisterStore(self.repo)
        self.headers = HeaderStore(self.repo)
        self.texts = TextStore(self.repo)
        self.issued = IssuedStore(self.repo)

    @property
    def catalogue(self) -> Catalogue:
        """Every indicator the form has ever held, as last labelled: for naming one where
        no year is in question, and for keeping figures by code."""
        return self.repo.catalogue

    @property
    def form(self) -> FormYears:
        """The report form by year, as stored (domain.form_years)."""
        return self.repo.form

    def catalogue_of(self, year: int) -> Catalogue:
        """The form of one year: what its grid, checks, templates and report hold."""
        return self.repo.form.catalogue(year)

    def catalogue_over(self, years: Iterable[int]) -> Catalogue:
        """The form of a span of years (a range report): every indicator in any of them."""
        return self.repo.form.over(years)

    def tree(self) -> OrgTree:
        return self.repo.tree()

    def figures(
        self,
        years: Iterable[int] | None = None,
        orgs: Iterable[str] | None = None,
        under: str | None = None,
        tree: OrgTree | None = None,
    ) -> Figures:
        """Entered values and register counts of those years (all when None), for those
        units, or the unit under and everything ever under it (all when neither: pass a
        subtree to keep a large province's form quick). With years kept between tasks (the
        window), a year is read whole once and then serves every unit: the next unit's form
        costs no reading at all. tree: another tree to roll them up over (a successor's
        report with its predecessors under it: never kept between tasks)."""
        years = None if years is None else list(years)
        if years is not None and year_cache.ENABLED[0] and tree is None:
            return self._whole_years(years)
        tree = tree or self.tree()
        if under is not None:
            orgs = tree.ever_under(under, years)
        wanted = None if orgs is None else list(orgs)
        whole = wanted is None or len(set(wanted)) >= len(tree)
        if years is not None and whole:
            rows = [row for year in years for row in self.repo.entered_rows(year)]
            counts = self.registers.counts(years)
            form, every = self.repo.form_and_catalogue()
            return Figures(tree, every, {}, counts, rows=rows, form=form)
        values = self.repo.entered_values(years, wanted)
        counts = self.registers.counts(years, wanted)
        form, every = self.repo.form_and_catalogue()
        return Figures(tree, every, values, counts, form=form)

    def _cache_key(self) -> str:
        stat = self.path.stat()  # a file put in its place (a restored backup) is another
        return f"{self.path.resolve()}:{stat.st_dev}:{stat.st_ino}"

    def years_at_hand(self, years: Iterable[int]) -> bool:
        """Whether a unit's figures of those years come at once: the years are kept and
        rolled up, or they are not kept between tasks at all (then each task reads only
        its unit's subtree). False: the whole tree's years are to be read and rolled up
        first, which at national scale takes a second (the window does it off its
        thread, with roll_up)."""
        if not year_cache.ENABLED[0]:
            return True
        _, cached = year_cache.fresh_years(self.db, self._cache_key())
        return all(y in cached and cached[y].table is not None for y in years)

    def roll_up(self, years: Iterable[int]) -> None:
        """Read and roll up the whole tree's years, kept for the tasks after (see
        years_at_hand)."""
        years = list(years)
        self.figures(years).roll_up(years)

    def year_after_year(self, years: Iterable[int]) -> Iterator[tuple[int, Figures]]:
        """Each of those years, in order, with the whole tree's figures of it and of the
        year before: each year read and rolled up once (it serves again as the next one's
        year before), at most two held at a time (a national file's warnings)."""
        if year_cache.ENABLED[0]:  # the window: through the years it keeps
            yield from ((year, self.figures([year - 1, year])) for year in sorted(set(years)))
            return
        form, every = self.repo.form_and_catalogue()
        tree = self.tree()
        held: dict[int, year_cache.CachedYear] = {}
        for year in sorted(set(years)):
            held = {y: held[y] for y in (year - 1, year) if y in held}
            for y in (year - 1, year):
                if y not in held:
                    values = year_cache.YearValues(y, self.repo.entered_rows(y))
                    held[y] = year_cache.CachedYear(values, dict(self.registers.counts([y])))
            counts = {**held[year - 1].counts, **held[year].counts}
            rows = year_cache.YearRows(held.values())
            yield year, Figures(tree, every, {}, counts, shared=held, rows=rows, form=form)

    def _whole_years(self, years: list[int]) -> Figures:
        """The whole tree's figures of those years, through the process's year cache: a
        year is read and rolled up again only when something in it changed."""
        path = self._cache_key()
        token, cached = year_cache.fresh_years(self.db, path)
        missing = sorted(set(years) - set(cached))
        if missing:
            counts = self.registers.counts(missing)
            read = {
                y: year_cache.CachedYear(year_cache.YearValues(y, self.repo.entered_rows(y)), {})
                for y in missing
            }
            for key, value in counts.items():
                read[key[1]].counts[key] = value
            year_cache.keep_years(path, token, read)
            cached.update(read)
        wanted = {y: cached[y] for y in years}
        rows = year_cache.YearRows(wanted.values())
        counts_all: dict[Key, int] = {}
        for one in wanted.values():
            counts_all.update(one.counts)
        form, every = self.repo.form_and_catalogue()
        return Figures(self.tree(), every, {}, counts_all, shared=wanted, rows=rows, form=form)

    def forget_tree(self) -> None:
        """The tree changed through another session (an operation): read it again."""
        self.repo.forget_tree()

    def take_changes(self) -> Changes:
        """What was written through this session since the last call (and forget it): the
        window announces it to every view."""
        return self.repo.notes.take()

    @contextmanager
    def writing(self) -> Iterator[object]:
        """One write transaction, its write lock taken at its start (BEGIN IMMEDIATE):
        what a write checks inside it (write_context) is what it writes over; another
        writer waits. Nested, a savepoint. Rolled back, the form read inside it is
        forgotten (its version number does not change with this connection's writes)."""
        try:
            with self.db.atomic() as db:
                yield db
        except BaseException:
            self.repo.forget_form()
            raise

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One snapshot for a reader that must be consistent (a report, a template): what
        another program commits meanwhile is seen by the next reader, not half by this
        one. Inside a write transaction, the write's own view."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")  # deferred: the snapshot is taken at the first read
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")  # nothing was written: it only ends the snapshot

    def when_waiting(
        self,
        told: Callable[[float], None] | None,
        limit: float | None = None,
        over: Callable[[], None] | None = None,
    ) -> None:
        """While a write waits for another writer, told(seconds waited) is called (it may
        raise to give up: a Cancel), and over() once the wait ends, whichever way; after
        limit seconds (the storage's default when None) the write is refused in words
        naming who may hold the file."""
        self.db.on_wait, self.db.on_wait_over = told, over
        if limit is not None:
            self.db.write_wait = limit

    def write_context(self, unit_years: Iterable[tuple[str, int]] = ()) -> WriteContext:
        """What a write is checked against, as committed now: call it inside writing(),
        so that nothing can change between the check and the write."""
        self.repo.fresh_tree()
        form, every = self.repo.form_and_catalogue()
        return WriteContext(
            tree=self.tree(),
            catalogue=every,
            form=form,
            locked_years=self.repo.locked_years(),
            approved=self.repo.approved(),
            existing=self.entered_now(unit_years),
        )

    def entered_now(
        self, unit_years: Iterable[tuple[str, int]]
    ) -> dict[tuple[str, int], dict[str, int]]:
        """The entered values of these unit-years as this connection sees them (inside a
        write: with what it has written so far): a large write's next part is checked
        against them."""
        rows = self.repo.stored_rows(set(unit_years))
        return {
            unit_year: {i: value for i, (value, _) in stored.items() if value is not None}
            for unit_year, stored in rows.items()
        }

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


P = ParamSpec("P")
R = TypeVar("R")


def in_one_snapshot(
    read: Callable[Concatenate[Session, P], R],
) -> Callable[Concatenate[Session, P], R]:
    """A reader that must be consistent (a report), run inside session.reading()."""

    @functools.wraps(read)
    def consistent(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
        with session.reading():
            return read(session, *args, **kwargs)

    return consistent
