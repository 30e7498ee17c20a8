"""A list of units to choose from, indented by their place in the tree: a year's tree
(its units as they stood then), or every unit ever recorded (as each stands last)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ct05_desktop.domain.orgs import OrgTree


def fill_units(combo: QComboBox, tree: OrgTree, year: int | None, chosen: str | None) -> None:
    """The units of year's tree (every unit when None) in tree order, each indented by its
    depth that year, chosen (or the first) selected; the code is each item's data."""
    combo.clear()
    units = list(tree.walk(year)) if year is not None else tree.in_order()
    for org in units:
        depth = (
            tree.depth(org.code, year) if year is not None else len(tree.ancestors(org.code, None))
        )
        combo.addItem("    " * depth + org.name, org.code)
    combo.setCurrentIndex(max(combo.findData(chosen) if chosen else 0, 0))
