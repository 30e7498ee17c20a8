"""Imports flow one way: gui → workflows → excel, word, storage → domain. The CLI never
imports Qt; only excel imports openpyxl and only word imports python-docx."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "ct05_desktop"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlite_utils",
        "sqlite3",
        "openpyxl",
        "docx",
        "ct05_desktop.storage",
        "ct05_desktop.workflows",
        "ct05_desktop.gui",
        "ct05_desktop.excel",
        "ct05_desktop.word",
        "ct05_desktop.cli",
    ),
    "storage": (
        "PySide6",
        "openpyxl",
        "docx",
        "ct05_desktop.workflows",
        "ct05_desktop.gui",
        "ct05_desktop.cli",
    ),
    "workflows": ("PySide6", "ct05_desktop.gui", "ct05_desktop.cli"),
    "excel": (
        *("PySide6", "docx", "sqlite3", "sqlite_utils", "ct05_desktop.storage"),
        *("ct05_desktop.workflows", "ct05_desktop.gui", "ct05_desktop.cli", "ct05_desktop.word"),
    ),
    "word": (
        "PySide6",
        "openpyxl",
        "sqlite3",
        "sqlite_utils",
        "ct05_desktop.storage",
        "ct05_desktop.workflows",
        "ct05_desktop.excel",
        "ct05_desktop.gui",
        "ct05_desktop.cli",
    ),
    "interchange.py": ("PySide6", "sqlite_utils", "ct05_desktop.storage", "ct05_desktop.gui"),
    "output_file.py": ("PySide6", "openpyxl", "docx", "ct05_desktop"),
    "input_file.py": (  # a refusal from domain, nothing else of the program
        *("PySide6", "openpyxl", "docx", "sqlite3", "sqlite_utils", "ct05_desktop.storage"),
        *("ct05_desktop.workflows", "ct05_desktop.gui", "ct05_desktop.excel", "ct05_desktop.cli"),
    ),
    "csv_syntax.py": (
        *("PySide6", "openpyxl", "docx", "sqlite3", "sqlite_utils", "ct05_desktop.storage"),
        *("ct05_desktop.workflows", "ct05_desktop.gui", "ct05_desktop.excel", "ct05_desktop.cli"),
    ),
    **{
        cli: (
            "PySide6",
            "ct05_desktop.gui",
            *("ct05_desktop.storage", "ct05_desktop.excel", "ct05_desktop.word"),
            *("sqlite3", "sqlite_utils", "openpyxl", "docx"),
        )
        for cli in ("cli.py", "cli_backup.py", "cli_args.py")
    },
    "gui": (  # workflows are the only way in (issue 9)
        *("ct05_desktop.storage", "ct05_desktop.excel", "ct05_desktop.word"),
        *("sqlite3", "sqlite_utils", "openpyxl", "docx"),
    ),
}


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_layer_imports_only_what_sits_below_it(part: str) -> None:
    target = PACKAGE / part
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    assert files
    bad = [
        f"{f.relative_to(PACKAGE)} imports {name}"
        for f in files
        for name in imports(f)
        if any(name == x or name.startswith(x + ".") for x in FORBIDDEN[part])
    ]
    assert bad == []


def test_only_gui_imports_qt() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts or path.name == "__main__.py":
            continue
        assert not any(n.startswith("PySide6") for n in imports(path)), path


def test_files_stay_small() -> None:
    long = [
        (p.name, n)
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420
    ]
    assert long == []


def test_the_window_reaches_data_only_through_workflows() -> None:
    """No `x.repo`, `x.db`, `x.registers` or `x.headers` in gui/: the session's stores are
    the workflows' business."""
    bad = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in (
                "repo",
                "db",
                "registers",
                "headers",
            ):
                bad.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert bad == []


def test_the_code_points_only_inside_the_repository() -> None:
    """The domain is written down in docs/domain.md: the code names its sections
    ("domain.md §4"), each of which exists, and never a brief or an issue tracker a person
    who clones the repository does not have."""
    import re

    doc = (PACKAGE.parents[1] / "docs" / "domain.md").read_text(encoding="utf-8")
    sections = {int(n) for n in re.findall(r"^## (\d+)\. ", doc, flags=re.MULTILINE)}
    outside, missing = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if re.search(r"DOMAIN §|\bissue \d|\.\./shared|shared/design", line):
                outside.append(f"{path.name}:{number}")
            for cited in re.findall(r"domain\.md §(\d+)", line):
                if int(cited) not in sections:
                    missing.append(f"{path.name}:{number} §{cited}")
    assert outside == [] and missing == []
    assert sections == set(range(1, 11))


def test_a_file_problem_has_one_home() -> None:
    """FileProblem and the fault of an unreadable file live in domain.file_problems: no
    module takes them from the CSV module (their old place), and no reader defines its own."""
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")) + sorted(
        (PACKAGE.parents[1] / "tests").rglob("*.py")
    ):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "ct05_desktop.interchange":
                bad += [f"{path.name}: {a.name}" for a in node.names if a.name == "FileProblem"]
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id == "Exception" for b in node.bases
            ):
                body = ast.unparse(node)
                if "self.problem = problem" in body and path.name != "file_problems.py":
                    bad.append(f"{path.name}: {node.name}")
    assert bad == []


def test_the_choice_of_language_is_made_in_one_place() -> None:
    """Texts pick their language through refusals.in_lang (or a Phrase); only the words
    module and the window's translators compare a language themselves."""
    import re

    allowed = {"refusals.py", "i18n.py"}
    found = [
        f"{path.name}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"""lang\s*[!=]=\s*["'](en|vi)["']""", line)
    ]
    assert found == []
