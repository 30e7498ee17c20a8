"""The database's migrations from 0012 on (storage.migrations holds the earlier ones and
imports this module after them, so that they run in their order)."""

from __future__ import annotations

from sqlite_utils import Database

from ct05_desktop.storage.migrations import MIGRATIONS


@MIGRATIONS(name="0012_report_subjects")
def report_subjects(db: Database) -> None:
    """What each year's report carries out, when the office changed it from the default
    (domain.report_subject), and its themes: the year's own, and each whole term's."""
    db.execute("""CREATE TABLE report_subjects (
        year INTEGER PRIMARY KEY,
        document TEXT,
        name TEXT,
        theme TEXT NOT NULL DEFAULT ''
    )""")
    db.execute("""CREATE TABLE report_terms (
        first_year INTEGER PRIMARY KEY,
        last_year INTEGER NOT NULL CHECK (last_year >= first_year),
        theme TEXT NOT NULL
    )""")


@MIGRATIONS(name="0013_form_phrases")
def form_phrases(db: Database) -> None:
    """How the Word report says an indicator added to the form (domain.md §4)."""
    db.execute("ALTER TABLE form_indicators ADD COLUMN phrase TEXT NOT NULL DEFAULT ''")


@MIGRATIONS(name="0014_register_search_slots")
def register_search_slots(db: Database) -> None:
    """The register search's rowids leave room for registers to come (register_search)."""
    from ct05_desktop.storage.register_search import reindex_in_slots

    reindex_in_slots(db)


@MIGRATIONS(name="0015_commitments")
def commitments(db: Database) -> None:
    """The commitments register (domain.md §5): a row per registration of a collective or a
    key cadre, with its year-end result; read by year as the other registers, searched."""
    from ct05_desktop.storage.register_search import index_register

    db.execute("""CREATE TABLE commitments (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        person TEXT,
        position TEXT,
        content TEXT NOT NULL,
        contents INTEGER CHECK (contents IS NULL OR contents >= 0),
        models INTEGER CHECK (models IS NULL OR models >= 0),
        items INTEGER CHECK (items IS NULL OR items >= 0),
        result TEXT,
        note TEXT,
        search_text TEXT
    )""")
    db.execute("CREATE INDEX commitments_unit_year ON commitments(org_code, year)")
    db.execute(
        "CREATE INDEX commitments_year "
        "ON commitments(year, org_code, kind, contents, models, items)"
    )
    index_register(db, "commitments")
    # the grassroots units' registrations are counted by level: found from the index
    db.execute("CREATE INDEX orgs_level ON orgs(level, code)")


@MIGRATIONS(name="0016_result_scale")
def result_scale(db: Database) -> None:
    """The scale a registration's year-end result is rated on, as data (domain.md §5;
    domain.result_scale): the Party's four levels to begin with."""
    from ct05_desktop.domain.result_scale import DEFAULT
    from ct05_desktop.storage.scale_store import write_levels

    db.execute("""CREATE TABLE result_levels (
        position INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        label_vi TEXT NOT NULL,
        label_en TEXT NOT NULL DEFAULT '',
        well INTEGER NOT NULL CHECK (well IN (0, 1)),
        last INTEGER
    )""")
    write_levels(db, DEFAULT)


@MIGRATIONS(name="0017_change_log_json")
def change_log_json(db: Database) -> None:
    """Every change log entry of a unit in JSON (domain.org_records.unit_record): entries
    written before 0008 kept the unit as Python's repr, "Org(code='SL', …)", which a
    renamed field of the class would have silently changed the reading of. Read here as
    literals only, once."""
    import ast
    import json

    fields = ("code", "name", "level", "parent_code", "valid_from", "valid_to")
    rows = db.execute(
        "SELECT id, old, new FROM audit WHERE old LIKE 'Org(%' OR new LIKE 'Org(%'"
    ).fetchall()

    def record(text: str | None) -> str | None:
        if not text or not text.startswith("Org("):
            return text
        try:
            call = ast.parse(text, mode="eval").body
            if not isinstance(call, ast.Call):
                return text
            given = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
            given.update(zip(fields, (ast.literal_eval(a) for a in call.args), strict=False))
        except (SyntaxError, ValueError):
            return text  # damaged: kept as it is (the change log shows nothing of it)
        out = {name: given.get(name) for name in (*fields, "successor_code")}
        return json.dumps(out, ensure_ascii=False)

    db.conn.executemany(
        "UPDATE audit SET old = ?, new = ? WHERE id = ?",
        [(record(old), record(new), row_id) for row_id, old, new in rows],
    )
