"""Shared fixtures: a fresh database per test, Qt offscreen, settings kept out of $HOME."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="ct05-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ.pop("CT05_DB", None)

from ct05_desktop.workflows.session import Session  # noqa: E402
from ct05_desktop.workflows.setup import init_database, load_demo  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
# the acceptance figures (a copy of ../shared/acceptance/article_values.csv)
ARTICLE_VALUES = Path(__file__).resolve().parent / "fixtures" / "article_values.csv"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The settings, caches and logs the tests wrote go with them."""
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def default_result_scale() -> Iterator[None]:
    """The result scale in use is the process's (domain.result_scale): a test that changes
    it leaves the default to the next."""
    yield
    from ct05_desktop.domain.registers import use_result_scale
    from ct05_desktop.domain.result_scale import DEFAULT

    use_result_scale(DEFAULT)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ct05.db"


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    """A database with the default tree and nothing else."""
    with Session(db_path) as s:
        init_database(s)
        yield s


@pytest.fixture
def demo_2019(db_path: Path) -> Iterator[Session]:
    """The demo dataset without its 2025: every district goes on (for changes of the tree
    from a year after 2019)."""
    with Session(db_path) as s:
        init_database(s)
        load_demo(s, with_2025=False)
        yield s


@pytest.fixture
def demo(db_path: Path) -> Iterator[Session]:
    """A database with the default tree and the demo dataset."""
    with Session(db_path) as s:
        init_database(s)
        load_demo(s)
        yield s


@pytest.fixture
def no_demo_commitments(demo: Session) -> Session:
    """The demo without its commitments register's rows: for tests that count from none."""
    from ct05_desktop.domain.sources import CLI

    rows = demo.registers.rows("commitments")
    demo.registers.delete("commitments", [r["id"] for r in rows], CLI)
    return demo


def report_words(session: Session, years: str, org: str | None, out: Path) -> str:
    """The Word report of years for org written to out: its paragraphs, a line each."""
    import docx

    from ct05_desktop.workflows.report_files import build_report
    from ct05_desktop.workflows.reports import parse_years

    build_report(session, parse_years(years), out, org)
    return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
