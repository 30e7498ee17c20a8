"""Settings declared once: typed reads, nothing stored for a default, the window's own
preferences kept apart from what the CLI needs."""

from ct05_desktop.domain.settings import (
    DATABASE,
    DEMO_LOADED,
    GEOMETRY,
    LAST_YEAR,
    SETTINGS,
    USER_NAME,
    WINDOW,
)
from ct05_desktop.workflows.reading import read_setting, who, write_setting
from ct05_desktop.workflows.session import Session


def test_each_setting_is_declared_once_with_its_store() -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    assert {s.store for s in SETTINGS} == {DATABASE, WINDOW}
    assert LAST_YEAR.parse("2019") == 2019 and LAST_YEAR.parse("abc") == 0
    assert GEOMETRY.parse(None) == b"" and GEOMETRY.parse(b"\x01") == b"\x01"
    assert DEMO_LOADED.parse("1") is True and DEMO_LOADED.format(False) is None


def test_database_settings_are_typed_and_a_default_stores_nothing(session: Session) -> None:
    assert read_setting(session, USER_NAME) == "" and read_setting(session, DEMO_LOADED) is False
    write_setting(session, USER_NAME, "Lò Thị Hoa")
    assert read_setting(session, USER_NAME) == "Lò Thị Hoa" and who(session) == "Lò Thị Hoa"
    write_setting(session, USER_NAME, "")
    assert session.repo.setting("user_name") is None  # back to the OS user
    write_setting(session, DEMO_LOADED, True)
    assert session.repo.setting("demo_loaded") == "1"
