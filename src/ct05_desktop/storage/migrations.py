"""The schema, as append-only migrations recorded in the database.

Never edit a migration that has shipped: add a new one below it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("ct05")

_INITIAL = [
    """CREATE TABLE orgs (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('province','district','grassroots','cell')),
        parent_code TEXT REFERENCES orgs(code),
        valid_from INTEGER,
        valid_to INTEGER,
        successor_code TEXT REFERENCES orgs(code),
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX orgs_parent ON orgs(parent_code)",
    """CREATE TABLE indicators (
        code TEXT PRIMARY KEY,
        section TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('stock','flow')),
        label_vi TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE org_values (
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        indicator TEXT NOT NULL REFERENCES indicators(code),
        value INTEGER CHECK (value IS NULL OR value >= 0),
        comment TEXT,
        changed_by TEXT,
        changed_at TEXT,
        PRIMARY KEY (org_code, year, indicator)
    )""",
    "CREATE INDEX org_values_year ON org_values(year)",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        org_code TEXT,
        year INTEGER,
        indicator TEXT,
        register TEXT,
        row_id INTEGER,
        old TEXT,
        new TEXT,
        source TEXT
    )""",
    "CREATE INDEX audit_unit_year ON audit(org_code, year)",
    """CREATE TABLE year_locks (
        year INTEGER PRIMARY KEY,
        locked_by TEXT NOT NULL,
        locked_at TEXT NOT NULL
    )""",
    """CREATE TABLE unit_status (
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('complete','approved')),
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        PRIMARY KEY (org_code, year)
    )""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE breakthrough_models (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        title TEXT NOT NULL,
        field TEXT,
        registered_with TEXT,
        status TEXT,
        result TEXT
    )""",
    """CREATE TABLE exemplars (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        deeds TEXT
    )""",
    """CREATE TABLE award_decisions (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        number TEXT NOT NULL,
        date TEXT,
        authority TEXT NOT NULL,
        form TEXT,
        collectives INTEGER CHECK (collectives IS NULL OR collectives >= 0),
        individuals INTEGER CHECK (individuals IS NULL OR individuals >= 0),
        recipients TEXT
    )""",
    """CREATE TABLE dialogues (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        date TEXT,
        level TEXT NOT NULL,
        place TEXT NOT NULL,
        participants INTEGER CHECK (participants IS NULL OR participants >= 0)
    )""",
]
_INITIAL += [
    f"CREATE INDEX {t}_unit_year ON {t}(org_code, year)"
    for t in ("breakthrough_models", "exemplars", "award_decisions", "dialogues")
]


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)


@MIGRATIONS(name="0002_template_receipts")
def template_receipts(db: Database) -> None:
    """Which unit sent its filled template for which year, and when."""
    db.execute("""CREATE TABLE template_receipts (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        received_by TEXT NOT NULL,
        received_at TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX template_receipts_year ON template_receipts(year, org_code)")


@MIGRATIONS(name="0003_org_names")
def org_names(db: Database) -> None:
    """Earlier names of a unit: the name it bore up to (and including) a year."""
    db.execute("""CREATE TABLE org_names (
        org_code TEXT NOT NULL REFERENCES orgs(code),
        valid_to INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (org_code, valid_to)
    )""")


# A copy of report_header.FIELDS on purpose: a shipped migration must not change when the
# code's fields do.
_HEADER_COLUMNS = (
    "superior",
    "issuer",
    "symbol",
    "place",
    "signer_role",
    "signer_title",
    "signer_name",
    "recipients",
)


@MIGRATIONS(name="0004_report_headers")
def report_headers(db: Database) -> None:
    """A report's header per issuing unit (blank columns: the default from the unit).

    The single header kept in settings before is moved to the top unit(s) of the tree."""
    columns = ",\n        ".join(f"{c} TEXT" for c in _HEADER_COLUMNS)
    db.execute(f"""CREATE TABLE report_headers (
        org_code TEXT PRIMARY KEY REFERENCES orgs(code),
        {columns}
    )""")
    old = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'report.%'").fetchall())
    values = {
        "superior": old.get("report.superior"),
        "issuer": old.get("report.issuer"),
        "symbol": (old.get("report.doc_code") or "").removeprefix("BC/") or None,
        "place": old.get("report.place"),
        "signer_role": old.get("report.signer_role"),
        "signer_title": old.get("report.signer_title"),
        "signer_name": old.get("report.signer_name"),
    }
    # the old dialog stored every field it showed: its defaults were never edited
    values = {k: v for k, v in values.items() if v and v != _OLD_DEFAULTS.get(k)}
    roots = [r[0] for r in db.execute("SELECT code FROM orgs WHERE parent_code IS NULL")]
    if values and not roots:
        return  # nowhere to put them yet: the old settings stay
    for code in roots if values else []:
        db.table("report_headers").insert({"org_code": code, **values})
    db.execute("DELETE FROM settings WHERE key LIKE 'report.%'")


_OLD_DEFAULTS = {  # the single header's defaults before 0004
    "superior": "ĐẢNG BỘ TỈNH SƠN LA",
    "issuer": "TỈNH ỦY",
    "symbol": "TU",
    "place": "Sơn La",
    "signer_role": "T/M BAN THƯỜNG VỤ",
    "signer_title": "PHÓ BÍ THƯ THƯỜNG TRỰC",
}


@MIGRATIONS(name="0005_register_search")
def register_search(db: Database) -> None:
    """Register search through SQLite FTS5 over a folded shadow column of each register
    (storage/register_search.py), kept in step by triggers."""
    from ct05_desktop.storage.register_search import create

    names = {code: name for code, name in db.execute("SELECT code, name FROM orgs")}
    create(db, names)


@MIGRATIONS(name="0006_register_years")
def register_years(db: Database) -> None:
    """The registers read by year (a report's period, a year's counts) use an index."""
    for table in ("breakthrough_models", "exemplars", "award_decisions", "dialogues"):
        db.execute(f"CREATE INDEX {table}_year ON {table}(year)")


@MIGRATIONS(name="0007_covering_year_indexes")
def covering_year_indexes(db: Database) -> None:
    """A whole year's figures and register counts are read from the indexes alone, in the
    order they are grouped by (a province's year: a quarter less time for its values, a
    third for its counts), instead of looking each row up in its table."""
    db.execute("DROP INDEX org_values_year")
    db.execute("CREATE INDEX org_values_year ON org_values(year, org_code, indicator, value)")
    counted = {
        "breakthrough_models": "year, org_code",
        "exemplars": "year, org_code, kind",
        "award_decisions": "year, org_code, authority, collectives, individuals",
        "dialogues": "year, org_code, level",
    }
    for table, columns in counted.items():
        db.execute(f"DROP INDEX {table}_year")
        db.execute(f"CREATE INDEX {table}_year ON {table}({columns})")


@MIGRATIONS(name="0008_org_periods")
def org_periods(db: Database) -> None:
    """A unit's name and parent by period (domain.md §2): each period from a year on (0: from
    the unit's first year) with a name and a parent, so that a move or a renaming from a
    year leaves every earlier year's tree as it was. Today's parent holds for every year;
    the earlier names of org_names become the periods before each renaming. The orgs
    table keeps the latest period's name and parent, for a person reading the file with
    another tool; the program reads the periods."""
    db.execute("""CREATE TABLE org_periods (
        org_code TEXT NOT NULL REFERENCES orgs(code),
        start INTEGER NOT NULL,
        name TEXT NOT NULL,
        parent_code TEXT REFERENCES orgs(code),
        PRIMARY KEY (org_code, start)
    )""")
    db.execute("CREATE INDEX org_periods_parent ON org_periods(parent_code)")
    earlier: dict[str, list[tuple[int, str]]] = {}
    for code, last, name in db.execute("SELECT org_code, valid_to, name FROM org_names"):
        earlier.setdefault(code, []).append((last, name))
    rows = []
    for code, name, parent in db.execute("SELECT code, name, parent_code FROM orgs"):
        start = 0
        for last, old_name in sorted(earlier.get(code, [])):
            rows.append((code, start, old_name, parent))
            start = last + 1
        rows.append((code, start, name, parent))
    db.conn.executemany("INSERT INTO org_periods VALUES (?, ?, ?, ?)", rows)
    db.execute("DROP TABLE org_names")
    from ct05_desktop.storage.register_search import FIRST_REGISTERS, refresh_unit

    for code, names in earlier.items():  # a renamed unit's rows: found by the name then
        ordered = sorted(names)
        current = db.execute("SELECT name FROM orgs WHERE code = ?", [code]).fetchone()[0]

        def name_in(year: int, ordered: list[tuple[int, str]] = ordered, now: str = current) -> str:
            return next((name for last, name in ordered if year <= last), now)

        refresh_unit(db, code, name_in, FIRST_REGISTERS)  # the registers of this migration


@MIGRATIONS(name="0009_report_texts")
def report_texts(db: Database) -> None:
    """The written parts of a unit's report for a year (domain.report_texts): one row per
    unit, year and part, with a folded copy for searching (an FTS5 index kept in step by
    triggers, as the registers' is)."""
    db.execute("""CREATE TABLE report_texts (
        org_code TEXT NOT NULL REFERENCES orgs(code),
        year INTEGER NOT NULL,
        part TEXT NOT NULL,
        text TEXT NOT NULL,
        search_text TEXT NOT NULL,
        changed_by TEXT,
        changed_at TEXT,
        PRIMARY KEY (org_code, year, part)
    )""")
    db.execute("CREATE INDEX report_texts_year ON report_texts(year, org_code)")
    db.execute("CREATE VIRTUAL TABLE text_search USING fts5(search_text, content='')")
    new = "INSERT INTO text_search(rowid, search_text) VALUES (NEW.rowid, NEW.search_text)"
    gone = (
        "INSERT INTO text_search(text_search, rowid, search_text) "
        "VALUES ('delete', OLD.rowid, OLD.search_text)"
    )
    db.execute(f"CREATE TRIGGER report_texts_add AFTER INSERT ON report_texts BEGIN {new}; END")
    db.execute(f"CREATE TRIGGER report_texts_gone AFTER DELETE ON report_texts BEGIN {gone}; END")
    db.execute(
        "CREATE TRIGGER report_texts_edit AFTER UPDATE OF search_text ON report_texts "
        f"BEGIN {gone}; {new}; END"
    )


@MIGRATIONS(name="0010_issued_reports")
def issued_reports(db: Database) -> None:
    """Reports as issued (domain.md §7): the record (unit, period, number, date), the files as
    sent, byte for byte, and what they rested on: the units, the figures entered and
    counted in the registers over the period, the written parts the report carried."""
    db.execute("""CREATE TABLE issued_reports (
        id INTEGER PRIMARY KEY,
        org_code TEXT NOT NULL REFERENCES orgs(code),
        first_year INTEGER NOT NULL,
        last_year INTEGER NOT NULL,
        number TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        made_at TEXT NOT NULL,
        made_by TEXT
    )""")
    db.execute("CREATE INDEX issued_reports_org ON issued_reports(org_code, issued_on)")
    db.execute("""CREATE TABLE issued_files (
        report_id INTEGER NOT NULL REFERENCES issued_reports(id),
        name TEXT NOT NULL,
        content BLOB NOT NULL,
        PRIMARY KEY (report_id, name)
    )""")
    db.execute("""CREATE TABLE issued_units (
        report_id INTEGER NOT NULL REFERENCES issued_reports(id),
        org_code TEXT NOT NULL,
        PRIMARY KEY (report_id, org_code)
    )""")
    db.execute("""CREATE TABLE issued_figures (
        report_id INTEGER NOT NULL REFERENCES issued_reports(id),
        kind TEXT NOT NULL,
        org_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        indicator TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (report_id, kind, org_code, year, indicator)
    ) WITHOUT ROWID""")
    db.execute("""CREATE TABLE issued_texts (
        report_id INTEGER NOT NULL REFERENCES issued_reports(id),
        part TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (report_id, part)
    )""")


@MIGRATIONS(name="0011_form_by_year")
def form_by_year(db: Database) -> None:
    """The report form by year (domain.md §4): the shipped catalogue in every year, the district
    level's indicators retired from 2025 (domain.form_years.default_form)."""
    from ct05_desktop.domain.form_years import default_form
    from ct05_desktop.storage.form_store import create_form_tables

    create_form_tables(db, default_form())


# the migrations from 0012 on, registered after these (the order they run in)
from ct05_desktop.storage import later_migrations  # noqa: E402, F401
