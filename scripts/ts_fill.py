"""Fill the unfinished entries of a Qt .ts file, after pyside6-lupdate.

    python scripts/ts_fill.py resources/i18n/ct05_vi.ts [--from OTHER.ts ...] [--pairs F.tsv]

Translations come from other .ts files (e.g. a branch's, when merging) and from a TSV of
"source<TAB>translation" lines (\\n written as \\\\n). Lists what is still unfinished.
Run pyside6-lupdate again afterwards: it puts the file back in its own layout."""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def finished(ts: Path) -> dict[str, str]:
    """source -> translation of every finished entry (one plural form kept)."""
    found: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source, tr = message.find("source"), message.find("translation")
        if source is None or tr is None or tr.get("type"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")]
        text = forms[0] if forms else (tr.text or "")
        if text:
            found[source.text or ""] = text
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("--from", dest="others", type=Path, nargs="*", default=[])
    parser.add_argument("--pairs", type=Path)
    args = parser.parse_args()
    known: dict[str, str] = {}
    for other in args.others:
        known.update(finished(other))
    if args.pairs:
        for line in args.pairs.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                source, text = line.split("\t", 1)
                known[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    tree = ET.parse(args.ts)
    left = []
    for message in tree.getroot().iter("message"):
        source, tr = message.find("source"), message.find("translation")
        if source is None or tr is None or tr.get("type") != "unfinished":
            continue
        text = known.get(source.text or "")
        if text is None:
            left.append(source.text or "")
            continue
        del tr.attrib["type"]
        forms = tr.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                tr.remove(form)
            ET.SubElement(tr, "numerusform").text = text
            tr.text = None
        else:
            tr.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    args.ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    for source in left:
        print("unfinished:", source.replace("\n", "\\n"))
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
