"""An .xlsx file looked over before openpyxl parses any of it, so that no file, whatever
it says, costs more than a bounded amount of memory and time.

A zip bomb is refused by its sizes. Inside the zip, openpyxl's cost grows with the
shape of the XML, not only with its size: a few megabytes make one row of millions of
cells, or millions of styles, and take gigabytes (domain.md §9). So every XML part is
streamed once through expat (constant memory) and refused when an element has more
children than Excel itself ever writes, when an attribute is longer than any real
one, or when it declares a DOCTYPE (the door to entity bombs; defusedxml, which
openpyxl uses, refuses them too). The parts openpyxl reads whole (styles, the
workbook, the shared strings…) are also bounded in size; worksheets are streamed by
the reader, which takes only the rows and columns a template can have."""

from __future__ import annotations

import math
import zipfile
import zlib
from pathlib import Path
from typing import IO
from xml.parsers import expat

from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.phrase_words import phrase
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.excel.templates.cells import NotATemplate, limit, refuse
from ct05_desktop.files.input_file import ensure_regular_file

MB = 1024 * 1024
MAX_FILE = 20 * MB  # a province's template is a few MB; the zip directory is read whole
MAX_UNPACKED = 50 * MB  # a real template is well under 15 MB once unpacked
MAX_RATIO = 200  # a zip bomb packs far more tightly than any spreadsheet
MAX_MEMBERS = 1_000  # a template has some twenty parts
MAX_PART = 4 * MB  # a part openpyxl reads whole: styles, workbook, relations…
MAX_STRINGS = 10 * MB  # the shared strings (Excel moves every text there)
MAX_WHOLE = 12 * MB  # all the parts read whole, together
MAX_CHILDREN = 65_536  # Excel: 16,384 columns, 64,000 styles; our sheets ≤ 20,002 rows
MAX_ATTRIBUTE = 256 * 1024  # the longest real ones are lists of ranges
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files with a password
CHUNK = 64 * 1024


def check_container(path: Path) -> None:
    """Refuse what is not an ordinary file, and old .xls, password-protected, renamed,
    corrupt, oversized, bomb and strangely built files, before openpyxl parses them."""
    try:
        ensure_regular_file(path)  # a pipe would block the reading below for ever
    except Refusal as exc:
        raise NotATemplate(FileProblem(path.name, None, None, None, exc)) from exc
    size = path.stat().st_size
    if size > MAX_FILE:
        raise refuse(path, "file_too_big", size=math.ceil(size / MB), limit=MAX_FILE // MB)
    with open(path, "rb") as f:
        head = f.read(8)
    if head == OLE_MAGIC:
        raise refuse(path, "xls_or_password")
    if not zipfile.is_zipfile(path):
        raise refuse(path, "not_xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(path, infos)
            if "mimetype" in archive.namelist():  # an OpenDocument file (.ods): say so
                kind = archive.read("mimetype")[:80]
                if kind.startswith(b"application/vnd.oasis.opendocument"):
                    raise refuse(path, "ods_file")
            whole = 0
            for info in infos:
                root = _survey(path, archive, info)
                if root not in (None, "worksheet"):
                    whole += info.file_size
            if whole > MAX_WHOLE:
                raise refuse(path, "too_big_unpacked")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as exc:
        raise refuse(path, "broken_xlsx") from exc
    except NotImplementedError as exc:  # a compression no spreadsheet uses
        raise refuse(path, "broken_xlsx") from exc
    except RuntimeError as exc:  # an encrypted member
        raise refuse(path, "xls_or_password") from exc


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(i.file_size for i in infos)
    if (
        len(infos) > MAX_MEMBERS
        or total > MAX_UNPACKED
        or any(i.compress_size and i.file_size / i.compress_size > MAX_RATIO for i in infos)
    ):
        raise refuse(path, "too_big_unpacked")


class _Odd(Exception):
    """A part built as no spreadsheet program builds one; says what, in both languages."""

    def __init__(self, what: Phrase) -> None:
        super().__init__(what.en)
        self.what = what


def _survey(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str | None:
    """Stream one part through expat; its root element's name, None when it is not XML
    (a picture). Refused when oddly built (see the module's words)."""
    with archive.open(info) as source:
        first = source.read(CHUNK)
        if not _looks_like_xml(first):
            return None
        shape = _Shape(info)
        try:
            _stream(shape.parser, first, source)
        except _Odd as exc:
            raise refuse(path, "xlsx_structure", part=info.filename, what=exc.what) from exc
        except expat.ExpatError as exc:
            raise refuse(path, "xlsx_unreadable", detail=f"{info.filename}: {exc}") from exc
    return shape.root


def _looks_like_xml(first: bytes) -> bool:
    if first.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, which expat reads too
        return True
    return first.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def _stream(parser: expat.XMLParserType, first: bytes, source: IO[bytes]) -> None:
    chunk = first
    while chunk:
        parser.Parse(chunk, False)
        chunk = source.read(CHUNK)
    parser.Parse(b"", True)


class _Shape:
    """Counts each open element's children as expat streams the part."""

    def __init__(self, info: zipfile.ZipInfo) -> None:
        self.info = info
        self.root: str | None = None
        self.children = [0]
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._doctype
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        self.parser = parser

    def _doctype(self, *_: object) -> None:
        raise _Odd(phrase("xml_doctype"))

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        children = self.children
        children[-1] += 1
        if self.root is None:
            self.root = name.rpartition(" ")[2]
            cap = MAX_STRINGS if self.root == "sst" else MAX_PART
            if self.root != "worksheet" and self.info.file_size > cap:
                raise _Odd(Phrase(f"kích thước quá {cap // MB} MB", f"a size over {cap // MB} MB"))
        elif children[-1] > MAX_CHILDREN and not (len(children) == 2 and self.root == "sst"):
            count = limit(MAX_CHILDREN)
            raise _Odd(
                Phrase(
                    f"một phần tử có quá {count.vi} phần tử con",
                    f"an element with over {count.en} children",
                )
            )
        if any(len(value) > MAX_ATTRIBUTE for value in attrs.values()):
            raise _Odd(phrase("xml_long_attribute"))
        children.append(0)

    def _end(self, _: str) -> None:
        self.children.pop()
