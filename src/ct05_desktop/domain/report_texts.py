"""The written parts of a report (domain.md §7): what an office types about a unit's year
besides its figures, in the order a Party report has them. They are data per unit and
year, like figures: checked, audited, locked with the year, searchable.

  I    lanh_dao       Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện
  II   ket_qua        Kết quả thực hiện: a general paragraph, then one per topic
       ket_qua.SECTION  the paragraph of one topic of II (a section of the year's form)
  III  han_che        Hạn chế, khuyết điểm và nguyên nhân
  IV   bai_hoc        Bài học kinh nghiệm
  V    phuong_huong   Phương hướng, nhiệm vụ
  VI   kien_nghi      Đề xuất, kiến nghị

A text is plain paragraphs, one a line ("-" lines kept as they are); a text pasted from
Word comes in as such paragraphs (tabs and runs of spaces made one space)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.characters import MAX_CELL, control_refusal, too_long
from ct05_desktop.domain.refusals import Phrase, Refusal, in_lang

MAX_CHARACTERS = MAX_CELL  # what an Excel cell holds: a part must fit its template's cell
RESULTS = "ket_qua"


@dataclass(frozen=True)
class Part:
    key: str
    numeral: str  # "I." … "VI." (a topic of II: "")
    title: Phrase


PARTS = (
    Part(
        "lanh_dao",
        "I.",
        Phrase(
            "Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện",
            "Leadership, direction and organisation",
        ),
    ),
    Part(RESULTS, "II.", Phrase("Kết quả thực hiện", "Results")),
    Part(
        "han_che",
        "III.",
        Phrase("Hạn chế, khuyết điểm và nguyên nhân", "Limitations, shortcomings and their causes"),
    ),
    Part("bai_hoc", "IV.", Phrase("Bài học kinh nghiệm", "Lessons learned")),
    Part("phuong_huong", "V.", Phrase("Phương hướng, nhiệm vụ", "Directions and tasks ahead")),
    Part("kien_nghi", "VI.", Phrase("Đề xuất, kiến nghị", "Proposals and recommendations")),
)
PARTS_BY_KEY = {p.key: p for p in PARTS}
REQUIRED_IN_FINAL = ("lanh_dao", "han_che", "phuong_huong")  # I, III, V


def topic_key(section: str) -> str:
    """'ket_qua.registration': the paragraph of one topic of II."""
    return f"{RESULTS}.{section}"


def part_keys(catalogue: Catalogue) -> list[str]:
    """Every part a unit's year has, in the report's order: I, II and its topics (the
    year's form's sections), III to VI."""
    out: list[str] = []
    for part in PARTS:
        out.append(part.key)
        if part.key == RESULTS:
            out += [topic_key(s.code) for s in catalogue.sections]
    return out


def part_title(key: str, catalogue: Catalogue, lang: str = "vi") -> str:
    """'I. Công tác lãnh đạo…', 'II.2. Đăng ký làm theo' as the window and the CLI name a part."""
    if key in PARTS_BY_KEY:
        part = PARTS_BY_KEY[key]
        return f"{part.numeral} {part.title.in_(lang)}"
    section = key.split(".", 1)[1]
    number = [s.code for s in catalogue.sections].index(section) + 1
    found = catalogue.section(section)
    label = in_lang(lang, found.label_vi, found.label_en)
    return f"II.{number}. {label}"


def check_part(key: str, catalogue: Catalogue) -> None:
    """A part of the report, or a refusal listing those there are."""
    if key in PARTS_BY_KEY:
        return
    head, _, section = key.partition(".")
    if head == RESULTS and section in {s.code for s in catalogue.sections}:
        return
    raise Refusal("unknown_part", part=key, parts=", ".join(part_keys(catalogue)))


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """A text as it is kept: NFC, lines ended by \\n, tabs and runs of spaces (Word's
    non-breaking ones among them) made one space, each line trimmed, no more than one
    blank line between paragraphs, none at either end."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def check_text(text: str) -> None:
    """A text a report may hold: no character a workbook cannot, not longer than a cell."""
    bad = control_refusal(text.replace("\n", " "))
    if bad is not None:
        raise bad
    longer = too_long(text, MAX_CHARACTERS)
    if longer is not None:
        raise longer


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs: its non-blank lines."""
    return [line for line in text.split("\n") if line.strip()]


def empty_parts(texts: dict[str, str], keys: Sequence[str]) -> list[str]:
    """Those of keys with no text."""
    return [k for k in keys if not texts.get(k, "").strip()]


def unit_passage(unit: str, passage: str) -> str:
    """A unit's passage as the office takes it into its own part, the unit named:
    "- Huyện ủy Mường La: first paragraph", its other paragraphs after it."""
    lines = paragraphs(clean_text(passage))
    if not lines:
        return ""
    first = lines[0].removeprefix("- ").removeprefix("-").strip()
    return "\n".join([f"- {unit}: {first}", *lines[1:]])
