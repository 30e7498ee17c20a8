"""Register search through FTS5: accents and đ ignored, words found by their start, the
unit's name searched too, the index kept in step with every add, edit, delete and
renaming, and built for a database made before it existed."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ct05_desktop.domain.sources import FORM
from ct05_desktop.storage.migrations import MIGRATIONS
from ct05_desktop.workflows.org_changes import rename_unit
from ct05_desktop.workflows.review import search_registers
from ct05_desktop.workflows.session import Session


def texts(session: Session, query: str) -> list[str]:
    return [h.text for h in search_registers(session, query)]


def test_dang_finds_dang_and_words_by_their_start(demo: Session) -> None:
    found = search_registers(demo, "dang vien lo van minh")
    assert len(found) == 1 and found[0].text.startswith("Đảng viên Lò Văn Minh")
    assert len(search_registers(demo, "ho thuy dien")) == 2
    # two places, one unit's name, and that unit's 21 commitments (7 in 2018, 14 in 2019)
    assert len(search_registers(demo, "chieng")) == 24
    assert search_registers(demo, "chie") == search_registers(demo, "chieng")
    assert search_registers(demo, "") == [] and search_registers(demo, '" * -') == []
    assert search_registers(demo, "xyzzy") == []


def test_the_index_follows_every_change(demo: Session) -> None:
    reg = demo.registers
    row_id = reg.insert(
        "dialogues", "SL.BY", 2019, {"level": "district", "place": "Bản Phiêng Ban"}, FORM
    )
    assert texts(demo, "phieng ban") == ["Cấp huyện · Bản Phiêng Ban"]
    reg.update("dialogues", row_id, {"place": "Xã Tạ Khoa"}, FORM)
    assert texts(demo, "phieng ban") == [] and "Cấp huyện · Xã Tạ Khoa" in texts(demo, "ta khoa")
    # renamed from 2019: the row of 2019 is found by the new name; from 2020, by the old
    rename_unit(demo, "SL.BY", "Huyện ủy Bắc Yên Mới", 2019, FORM)
    assert "Cấp huyện · Xã Tạ Khoa" in texts(demo, "bac yen moi ta khoa")
    rename_unit(demo, "SL.BY", "Huyện ủy Bắc Yên", 2019, FORM)
    rename_unit(demo, "SL.BY", "Huyện ủy Bắc Yên Mới", 2020, FORM)
    assert "Cấp huyện · Xã Tạ Khoa" not in texts(demo, "bac yen moi ta khoa")
    assert "Cấp huyện · Xã Tạ Khoa" in texts(demo, "huyen uy bac yen ta khoa")
    reg.delete("dialogues", [row_id], FORM)
    assert "Cấp huyện · Xã Tạ Khoa" not in texts(demo, "ta khoa")
    assert "search_text" not in reg.rows("dialogues")[0]  # not a field


def test_a_database_made_before_the_index_gets_it(tmp_path: Path) -> None:
    """Rows stored before migration 0005 are found once it has run."""
    old = tmp_path / "old.db"
    db = Database(old)
    MIGRATIONS.apply(db, stop_before="0005_register_search")
    db.execute(
        "INSERT INTO orgs (code, name, level, position) "
        "VALUES ('X', 'Đảng ủy Xã Ít Ong', 'grassroots', 0)"
    )
    db.execute(
        "INSERT INTO dialogues (org_code, year, level, place) "
        "VALUES ('X', 2019, 'grassroots', 'Bản Đông')"
    )
    db.conn.commit()
    db.close()
    with Session(old) as session:
        found = texts(session, "ban dong it ong")
        assert len(found) == 1 and found[0].endswith(" · Bản Đông")


def test_the_search_uses_the_index_not_a_scan(demo: Session) -> None:
    plan = " ".join(
        str(r[-1])
        for r in demo.db.execute(
            "EXPLAIN QUERY PLAN SELECT rowid FROM register_search WHERE register_search MATCH ?",
            ['"dang"*'],
        )
    )
    assert "VIRTUAL TABLE INDEX" in plan


def test_a_single_letter_waits_for_the_next(demo: Session) -> None:
    assert search_registers(demo, "d") == [] and search_registers(demo, "Đ ") == []
    assert search_registers(demo, "da")  # two letters: found
