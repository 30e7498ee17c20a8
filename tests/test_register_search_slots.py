"""Issue 24, ground work: the register search index leaves room for registers to come. A
database whose index was made with rowids counted over four registers (before migration
0014) is made again with slotted rowids, and every row is still found."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.storage.register_search import FIRST_REGISTERS, INDEX, SLOT, SLOTS, find
from ct05_desktop.workflows.session import Session


def test_an_index_of_the_old_rowids_is_made_again_in_slots(demo: Session, db_path: Path) -> None:
    db = demo.db
    found_before = sorted((s.key, i) for s, i in find(db, "nuoi ca", 50))
    assert found_before
    # the index as migration 0005 made it before: rowid = id * 4 + position
    for table in FIRST_REGISTERS:
        for trigger in ("add", "gone", "edit"):
            db.execute(f"DROP TRIGGER {table}_search_{trigger}")
    db.execute(f"DROP TABLE {INDEX}")
    db.execute(f"CREATE VIRTUAL TABLE {INDEX} USING fts5(search_text, content='')")
    for k, table in enumerate(FIRST_REGISTERS):
        db.execute(
            f"INSERT INTO {INDEX}(rowid, search_text) SELECT id * 4 + {k}, search_text FROM {table}"
        )
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0014_register_search_slots'")
    db.conn.commit()
    demo.close()
    with Session(db_path) as again:
        assert sorted((s.key, i) for s, i in find(again.db, "nuoi ca", 50)) == found_before
        rowids = [r for (r,) in again.db.execute(f"SELECT rowid FROM {INDEX}")]
        assert {r % SLOTS for r in rowids} <= set(SLOT.values())
        # a row added afterwards is found through the triggers made again
        again.db.execute(
            "INSERT INTO exemplars (org_code, year, name, kind, search_text) "
            "VALUES ('SL', 2019, 'x', 'individual', 'nguoi tot viec tot')"
        )
        assert [s.key for s, _ in find(again.db, "viec tot", 5)] == ["exemplars"]
