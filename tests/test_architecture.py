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
    # the files the program reads and writes, as files: CSV, any input, any output, folders
    "files": (
        *("PySide6", "openpyxl", "docx", "sqlite3", "sqlite_utils", "ct05_desktop.storage"),
        *("ct05_desktop.workflows", "ct05_desktop.gui", "ct05_desktop.excel", "ct05_desktop.word"),
        "ct05_desktop.cli",
    ),
    "files/output_file.py": ("PySide6", "openpyxl", "docx", "ct05_desktop"),
    "files/app_dirs.py": ("PySide6", "ct05_desktop"),
    "cli": (
        "PySide6",
        "ct05_desktop.gui",
        *("ct05_desktop.storage", "ct05_desktop.excel", "ct05_desktop.word"),
        *("sqlite3", "sqlite_utils", "openpyxl", "docx"),
    ),
    "gui": (  # workflows are the only way in
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
            if isinstance(node, ast.ImportFrom) and node.module == "ct05_desktop.files.interchange":
                bad += [f"{path.name}: {a.name}" for a in node.names if a.name == "FileProblem"]
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id in ("Exception", "Fault") for b in node.bases
            ):
                body = ast.unparse(node)
                if "self.problem = problem" in body and path.name != "file_problems.py":
                    bad.append(f"{path.name}: {node.name}")
    assert bad == []


def test_the_choice_of_language_is_made_in_one_place() -> None:
    """Texts pick their language through wording.in_lang (a Words table, a Phrase); only
    the words module compares a language itself (the window's translators ask it too)."""
    import re

    allowed = {"wording.py"}
    found = [
        f"{path.name}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"""lang\s*[!=]=\s*["'](en|vi)["']""", line)
    ]
    assert found == []


# where modules lived before they were grouped by job: nothing may come back there
OLD_PLACES = (
    *("interchange.py", "csv_syntax.py", "csv_stream.py", "input_file.py", "output_file.py"),
    *("paths.py", "cli.py", "cli_args.py", "cli_answer.py", "cli_backup.py", "cli_import.py"),
    *("cli_issued.py", "cli_registers.py", "cli_text.py", "cli_tree.py"),
    *("domain/checks.py", "domain/rules.py", "domain/tree_rules.py"),
    *("workflows/templates.py", "workflows/answer.py", "workflows/template_binding.py"),
    *("workflows/template_figures.py", "workflows/template_rows.py"),
    "workflows/template_texts.py",
    *("excel/template_answer.py", "excel/template_cells.py", "excel/template_form.py"),
    *("excel/template_reader.py", "excel/template_register_reader.py"),
    *("excel/template_registers.py", "excel/template_texts.py", "excel/template_writer.py"),
)


def test_nothing_is_back_in_its_old_place() -> None:
    """The template code sits in excel/templates and workflows/templates, the checks in
    domain/checks, the file modules in files/, the command line in cli/: no module at an
    old place, and no import of one."""
    back = [old for old in OLD_PLACES if (PACKAGE / old).exists()]
    old_names = {"ct05_desktop." + o.removesuffix(".py").replace("/", ".") for o in OLD_PLACES}
    old_names -= {  # packages now
        *("ct05_desktop.cli", "ct05_desktop.domain.checks", "ct05_desktop.workflows.templates"),
    }
    importing = [
        f"{path.relative_to(PACKAGE.parents[1])}: {name}"
        for root in (PACKAGE, PACKAGE.parents[1] / "tests", PACKAGE.parents[1] / "scripts")
        for path in sorted(root.rglob("*.py"))
        for name in imports(path)
        if name in old_names
    ]
    assert back == [] and importing == []
    assert not any(p.name.startswith("template_") for p in (PACKAGE / "excel").glob("*.py"))
    assert not any(p.name.startswith("template_") for p in (PACKAGE / "workflows").glob("*.py"))
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == ["__init__.py", "__main__.py"]


def test_the_diagram_shows_every_package() -> None:
    """docs/architecture.md's diagram names every package of the program."""
    doc = (PACKAGE.parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    diagram = doc.split("```")[1]
    packages = sorted(
        str(p.parent.relative_to(PACKAGE)) + "/"
        for p in PACKAGE.rglob("__init__.py")
        if p.parent != PACKAGE
    )
    assert [p for p in packages if p not in diagram] == []
