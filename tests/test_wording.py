"""Every text the program writes by itself is a code in a Words table, in both languages
with the same fields (domain/wording.py)."""

import importlib
import pkgutil

import pytest

import ct05_desktop
from ct05_desktop.domain.wording import Phrase, Words, fields, in_lang

NOT_QT = [  # every module the core and the command line are made of
    m.name
    for m in pkgutil.walk_packages(ct05_desktop.__path__, "ct05_desktop.")
    if ".gui" not in m.name and not m.name.endswith("__main__")
]


def all_tables() -> list[Words]:
    for name in NOT_QT:
        importlib.import_module(name)
    return list(Words.TABLES)


def test_every_code_of_every_table_has_both_languages_with_the_same_fields() -> None:
    tables = all_tables()
    names = {t.name for t in tables}
    assert {"refusals", "checks", "change log actions", "command line", "progress steps"} <= names
    for table in tables:
        assert set(table.vi) == set(table.en), table.name
        for code in table.vi:
            assert table.vi[code].strip() and table.en[code].strip(), (table.name, code)
            assert fields(table.vi[code]) == fields(table.en[code]), (table.name, code)


def test_a_table_missing_a_language_or_a_field_is_not_made() -> None:
    before = len(Words.TABLES)
    with pytest.raises(KeyError, match="one language only"):
        Words("t", {"a": "một", "b": "hai"}, {"a": "one"})
    with pytest.raises(KeyError, match="fields differ"):
        Words("t", {"a": "năm {year}"}, {"a": "year {when}"})
    assert len(Words.TABLES) == before


def test_a_table_says_a_code_in_the_language_asked() -> None:
    table = Words.pairs("test pairs", {"done": ("Đã ghi {path}", "Written: {path}")})
    assert table.say("done", "vi", path="a.xlsx") == "Đã ghi a.xlsx"
    assert table.say("done", "en", path="a.xlsx") == "Written: a.xlsx"
    assert table.phrase("done", path="b") == Phrase("Đã ghi b", "Written: b")
    assert table.text_or("other", "en", "other") == "other"
    assert in_lang("fr", "vi", "en") == "vi"  # any other language: the Vietnamese
    Words.TABLES.remove(table)


def test_the_command_line_says_only_what_its_table_holds() -> None:
    """Every code the command line's modules say is in its table (a typo is a KeyError
    only when the message is due, so it is looked for here)."""
    import ast
    from pathlib import Path

    from ct05_desktop.cli.words import SAID

    used = set()
    for path in (Path(ct05_desktop.__file__).parent / "cli").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("say", "told", "note")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                used.add(node.args[0].value)
    assert used and used - set(SAID.vi) == set()
