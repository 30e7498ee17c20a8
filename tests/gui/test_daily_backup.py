"""The day's first backup is made after the window has opened, off the GUI thread: the
window opens at once and keeps answering while a big database is copied; a folder the
backup cannot be written in is said in the status bar."""

import shutil
import time
from pathlib import Path

import pytest

from ct05_desktop.gui import daily_backup
from ct05_desktop.gui.app import open_session
from ct05_desktop.gui.main_window import MainWindow
from ct05_desktop.storage import database
from ct05_desktop.storage.backup import list_backups
from ct05_desktop.workflows.session import Session

from .conftest import longest_pause, ticking

SLOW_COPY_S = 1.5  # a big database's copy and check


@pytest.fixture
def yesterdays(demo: Session, db_path: Path) -> Path:
    """The demo database as at the first open of a day: no backup made today."""
    demo.close()
    shutil.rmtree(db_path.parent / "backups", ignore_errors=True)
    return db_path


def test_the_window_opens_before_the_days_backup_and_answers_while_it_runs(  # type: ignore[no-untyped-def]
    qtbot, yesterdays: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = database.make_backup

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(SLOW_COPY_S)
        return real(*args, **kwargs)

    monkeypatch.setattr(database, "make_backup", slow)
    start = time.perf_counter()
    session = open_session(yesterdays, ask_demo=False)
    opened = time.perf_counter() - start
    assert list_backups(yesterdays) == []  # nothing copied before the window
    assert opened < SLOW_COPY_S, f"opening took {opened:.2f} s"
    window = MainWindow(session, "vi", 2019)
    qtbot.addWidget(window)
    window.show()
    with ticking() as ticks, qtbot.waitSignal(daily_backup.back_up_daily(window).succeeded):
        pass
    made = list_backups(yesterdays)
    assert [b.reason for b in made] == ["daily"]
    pause = longest_pause(ticks)
    assert len(ticks) > 10 and pause < 1.0, f"longest pause {pause:.3f} s"
    # asked again the same day (another window, another operation): none is made
    again = daily_backup.back_up_daily(window)
    qtbot.waitUntil(lambda: not again.running)
    assert len(list_backups(yesterdays)) == 1
    window.close()
    session.close()


def test_a_backup_folder_that_cannot_be_written_is_said_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, yesterdays: Path
) -> None:
    (yesterdays.parent / "backups").write_text("not a folder", encoding="utf-8")
    session = open_session(yesterdays, ask_demo=False)
    window = MainWindow(session, "vi", 2019)
    qtbot.addWidget(window)
    window.show()
    daily_backup.back_up_daily(window)
    qtbot.waitUntil(lambda: "sao lưu" in window.statusBar().currentMessage())
    said = window.statusBar().currentMessage()
    assert "sao lưu" in said and "backups" in said
    window.close()
    session.close()


def test_a_large_trees_figures_do_not_wait_for_the_days_backup(  # type: ignore[no-untyped-def]
    qtbot, yesterdays: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form's roll-up (a read) opens its session without making the day's backup:
    the figures come while the backup's own operation is still copying."""
    from ct05_desktop.gui import form_model
    from ct05_desktop.workflows.session import keep_years_between_tasks

    real = database.make_backup

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(SLOW_COPY_S * 2)
        return real(*args, **kwargs)

    monkeypatch.setattr(database, "make_backup", slow)
    monkeypatch.setattr(form_model, "BACKGROUND_UNITS", 1)
    keep_years_between_tasks()
    try:
        session = open_session(yesterdays, ask_demo=False)
        window = MainWindow(session, "vi", 2019)
        qtbot.addWidget(window)
        assert window.form.model.rolling
        window.show()
        backup = daily_backup.back_up_daily(window)
        with qtbot.waitSignal(window.form.figures_shown, timeout=30_000):
            pass
        assert backup.running and list_backups(yesterdays) == []  # still copying
        qtbot.waitUntil(lambda: not backup.running, timeout=30_000)
        assert [b.reason for b in list_backups(yesterdays)] == ["daily"]
        window.close()
        session.close()
    finally:
        keep_years_between_tasks(False)
