"""Where a change came from, as a typed value: typed in the window, pasted from Excel, a
CSV file, a filled template, carried from the year before, the command line, the demo.

The change log stores ``str(source)`` ('form', 'csv:values.csv',
'xlsx:tc.xlsx:sha256=…', 'carry:2019') and reads it back with ``Source.parse``; people
see ``source.words(lang)``."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain.wording import Words

_NAMED = Words.pairs(
    "named sources",
    {  # kind: (Vietnamese, English)
        "form": ("nhập tay", "typed in"),
        "paste": ("dán từ Excel", "pasted from Excel"),
        "demo": ("dữ liệu mẫu", "demo data"),
        "cli": ("dòng lệnh", "command line"),
        "test": ("kiểm thử", "test"),
    },
)
_FILES = Words.pairs(
    "files sources",
    {  # kind: (Vietnamese, English) before the file name or year
        "csv": ("tệp CSV", "CSV file"),
        "xlsx": ("mẫu Excel", "Excel template"),
        "carry": ("chuyển từ năm", "carried from"),
        "plan": ("kế hoạch sắp xếp tổ chức", "reorganisation plan"),
    },
)


@dataclass(frozen=True)
class Source:
    kind: str
    name: str = ""  # the file's name, or the year carried from
    digest: str = ""  # a template's sha256, kept in the log to tell two files apart

    def __str__(self) -> str:
        parts = [self.kind] + ([self.name] if self.name or self.digest else [])
        return ":".join(parts + ([f"sha256={self.digest}"] if self.digest else []))

    @classmethod
    def parse(cls, text: str | None) -> Source:
        kind, _, rest = (text or "").partition(":")
        if kind == "xlsx":  # a file name may hold ':' (not on Windows)
            name, found, digest = rest.rpartition(":sha256=")
            return cls(kind, name, digest) if found else cls(kind, rest)
        return cls(kind, rest)

    def words(self, lang: str = "vi") -> str:
        """'nhập tay', 'tệp CSV values.csv', 'mẫu Excel tc.xlsx', 'chuyển từ năm 2019': a
        file by its name alone (the folders and the fingerprint are in full_words)."""
        if self.kind in _NAMED:
            return _NAMED.text(self.kind, lang)
        if self.kind in _FILES:
            return f"{_FILES.text(self.kind, lang)} {base_name(self.name)}".strip()
        return str(self)

    def full_words(self, lang: str = "vi") -> str:
        """The words with the file's name as stored and its fingerprint:
        'mẫu Excel tc.xlsx (sha256=9f2c…)'."""
        if self.kind not in _FILES:
            return self.words(lang)
        said = f"{_FILES.text(self.kind, lang)} {self.name}".strip()
        return f"{said} (sha256={self.digest})" if self.digest else said


def base_name(path: str) -> str:
    """A file's name without its folders, whichever the separator ('C:\\a\\b.csv': 'b.csv')."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


FORM = Source("form")
PASTE = Source("paste")
CLI = Source("cli")
DEMO = Source("demo")


def csv_file(name: str) -> Source:
    return Source("csv", name)


def template_file(name: str, digest: str) -> Source:
    return Source("xlsx", name, digest)


def plan_file(name: str) -> Source:
    return Source("plan", name)


def carried_from(year: int) -> Source:
    return Source("carry", str(year))
