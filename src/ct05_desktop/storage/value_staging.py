"""The rows of a values file, set aside as they are read (domain.md §9): a province's
1.3 million figures are checked and written a few thousand at a time, in memory that does
not grow with the file beyond IN_MEMORY rows.

Beyond that, the rows go to a private temporary SQLite file (SQLite's own, in the system's
temporary folder, removed when closed, and by the system after a crash), never to
the database: nothing of the file is in the database until the import's one write
transaction. They come back ordered by unit, year, indicator and line: all rows of a
unit-year together (a part is checked against its whole), and a row given twice next to
the first (a duplicate is found without a set of every key in memory).
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import tempfile
from collections.abc import Iterator

from ct05_desktop.storage.database import sqlite_kind

# (line, org_code, year, indicator, value, comment): the value as typed ('' for none)
StagedRow = tuple[int, str, int, str, str, str | None]
_BATCH = 10_000
IN_MEMORY = 250_000  # rows kept in memory before all go to disk (a province's file: 200,000)


class StagingFault(OSError):
    """The temporary folder could not hold the rows (full, or not writable): an OSError
    naming that folder, told in words like any file fault."""


def _key(row: StagedRow) -> tuple[str, int, str, int]:
    return row[1], row[2], row[3], row[0]


class StagedValues:
    """A values file's rows: in memory up to IN_MEMORY of them (a province's file, sorted
    there in a fraction of the time), on a temporary disk file beyond; a context manager."""

    def __init__(self) -> None:
        self.count = 0
        self._batch: list[StagedRow] = []
        self._indexed = False
        self._db: sqlite3.Connection | None = None  # made once the rows outgrow memory

    def add(self, row: StagedRow) -> None:
        self._batch.append(row)
        self.count += 1
        if len(self._batch) >= (IN_MEMORY if self._db is None else _BATCH):
            self._flush()

    def _disk(self) -> sqlite3.Connection:
        if self._db is None:
            with _faults():
                self._db = temporary_database()
                self._db.execute("PRAGMA journal_mode = OFF")
                self._db.execute("PRAGMA synchronous = OFF")
                self._db.execute(
                    "CREATE TABLE staged (line INTEGER NOT NULL, org TEXT NOT NULL, year "
                    "INTEGER NOT NULL, indicator TEXT NOT NULL, value TEXT NOT NULL, comment TEXT)"
                )
        return self._db

    def _flush(self) -> None:
        if not self._batch:
            return
        db = self._disk()
        with _faults():
            db.execute("BEGIN")
            db.executemany("INSERT INTO staged VALUES (?, ?, ?, ?, ?, ?)", self._batch)
            db.execute("COMMIT")
        self._batch.clear()

    def unit_years(self) -> list[tuple[str, int]]:
        """Every unit-year the file names, in order."""
        if self._db is None:
            return sorted({(row[1], row[2]) for row in self._batch})
        db = self._ready()
        with _faults():
            sql = "SELECT DISTINCT org, year FROM staged ORDER BY org, year"
            return [(r[0], r[1]) for r in db.execute(sql)]

    def chunks(self, size: int) -> Iterator[list[StagedRow]]:
        """The rows ordered by unit, year, indicator and line, about size at a time, a
        unit-year never split between two chunks."""
        chunk: list[StagedRow] = []
        for row in self._ordered():
            if len(chunk) >= size and (row[1], row[2]) != (chunk[-1][1], chunk[-1][2]):
                yield chunk
                chunk = []
            chunk.append(row)
        if chunk:
            yield chunk

    def _ordered(self) -> Iterator[StagedRow]:
        if self._db is None:
            self._batch.sort(key=_key)
            yield from self._batch
            return
        db = self._ready()
        with _faults():
            cursor = db.execute(
                "SELECT line, org, year, indicator, value, comment FROM staged "
                "ORDER BY org, year, indicator, line"
            )
            while rows := cursor.fetchmany(2_000):
                yield from rows

    def _ready(self) -> sqlite3.Connection:
        self._flush()
        db = self._disk()
        if not self._indexed:
            with _faults():
                db.execute("CREATE INDEX staged_key ON staged (org, year, indicator, line)")
            self._indexed = True
        return db

    def close(self) -> None:
        self._batch.clear()
        if self._db is not None:
            self._db.close()

    def __enter__(self) -> StagedValues:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def temporary_database() -> sqlite3.Connection:
    """A private temporary database (SQLite's empty name), deleted as soon as it is closed."""
    return sqlite3.connect("", isolation_level=None)


@contextlib.contextmanager
def _faults() -> Iterator[None]:
    """A fault of the temporary file as an OSError naming the temporary folder."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        code = errno.ENOSPC if sqlite_kind(exc) == "full" else errno.EIO
        raise StagingFault(code, str(exc), tempfile.gettempdir()) from exc
