"""The rows of a values file, set aside on disk as they are read (domain.md §9): a
province's 1.3 million figures are checked and written a few thousand at a time, in
memory that does not grow with the file.

The rows go to a private temporary SQLite file (SQLite's own, in the system's
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


class StagingFault(OSError):
    """The temporary folder could not hold the rows (full, or not writable): an OSError
    naming that folder, told in words like any file fault."""


class StagedValues:
    """A values file's rows on a temporary disk file; a context manager."""

    def __init__(self) -> None:
        self.count = 0
        self._batch: list[StagedRow] = []
        self._indexed = False
        with _faults():
            self._db = temporary_database()
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.execute("PRAGMA synchronous = OFF")
            self._db.execute(
                "CREATE TABLE staged (line INTEGER NOT NULL, org TEXT NOT NULL, year INTEGER "
                "NOT NULL, indicator TEXT NOT NULL, value TEXT NOT NULL, comment TEXT)"
            )

    def add(self, row: StagedRow) -> None:
        self._batch.append(row)
        self.count += 1
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        with _faults():
            self._db.execute("BEGIN")
            self._db.executemany("INSERT INTO staged VALUES (?, ?, ?, ?, ?, ?)", self._batch)
            self._db.execute("COMMIT")
        self._batch.clear()

    def unit_years(self) -> list[tuple[str, int]]:
        """Every unit-year the file names, in order."""
        self._ready()
        with _faults():
            sql = "SELECT DISTINCT org, year FROM staged ORDER BY org, year"
            return [(r[0], r[1]) for r in self._db.execute(sql)]

    def chunks(self, size: int) -> Iterator[list[StagedRow]]:
        """The rows ordered by unit, year, indicator and line, about size at a time, a
        unit-year never split between two chunks."""
        self._ready()
        chunk: list[StagedRow] = []
        with _faults():
            cursor = self._db.execute(
                "SELECT line, org, year, indicator, value, comment FROM staged "
                "ORDER BY org, year, indicator, line"
            )
            while rows := cursor.fetchmany(2_000):
                for row in rows:
                    if len(chunk) >= size and (row[1], row[2]) != (chunk[-1][1], chunk[-1][2]):
                        yield chunk
                        chunk = []
                    chunk.append(row)
        if chunk:
            yield chunk

    def _ready(self) -> None:
        self._flush()
        if not self._indexed:
            with _faults():
                self._db.execute("CREATE INDEX staged_key ON staged (org, year, indicator, line)")
            self._indexed = True

    def close(self) -> None:
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
