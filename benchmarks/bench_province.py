"""How quick is the window with a province-sized database (5,000 units, 10 years)?

Builds the database once (in a temporary folder unless --db is given), then times the
steps a clerk waits for: opening, loading the tree, choosing the province and a district,
saving one figure. Prints seconds; asserts nothing. Run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_province.py
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.rules import ValueChange
from ct05_desktop.workflows.entry import save_values
from ct05_desktop.workflows.session import Session

YEARS = range(2016, 2026)


def build(path: Path, districts: int = 20, communes: int = 50, cells: int = 4) -> None:
    rng = random.Random(5)
    with Session(path) as s:
        orgs = [Org("P", "Tỉnh ủy Thử nghiệm", "province")]
        for d in range(districts):
            orgs.append(Org(f"P.{d}", f"Huyện ủy số {d}", "district", "P"))
            for c in range(communes):
                orgs.append(Org(f"P.{d}.{c}", f"Đảng bộ xã {d}-{c}", "grassroots", f"P.{d}"))
                orgs += [
                    Org(f"P.{d}.{c}.{k}", f"Chi bộ {d}-{c}-{k}", "cell", f"P.{d}.{c}")
                    for k in range(cells)
                ]
        s.repo.upsert_orgs(orgs, "bench")
        codes = s.catalogue.codes
        flows = [c for c in codes if not s.catalogue[c].whole and not s.catalogue[c].parts]
        values = {
            (o.code, y, c): rng.randint(0, 50)
            for o in orgs
            if o.level == "grassroots"
            for y in YEARS
            for c in flows
        }
        s.repo.write_values(values, "bench")
    print(f"built {len(orgs)} units, {len(values)} values")


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    print(f"{label:<40} {time.perf_counter() - start:6.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / "ct05-bench-province.db"
    if not path.exists():
        timed("build database", lambda: build(path))
    from PySide6.QtWidgets import QApplication

    from ct05_desktop.gui.main_window import MainWindow

    app = QApplication([])
    session = timed("open session", lambda: Session(path))
    window = timed("open window (tree, first unit)", lambda: MainWindow(session, "vi", 2025))
    window.show()
    app.processEvents()
    timed("choose a district", lambda: window.org_panel.select("P.7"))
    timed("choose the province", lambda: window.org_panel.select("P"))
    timed("choose a commune", lambda: window.org_panel.select("P.7.3"))
    timed("switch year", lambda: window.year_box.setValue(2024))
    timed("search 'xa 7-3'", lambda: window.org_panel.search.setText("xa 7-3"))
    timed(
        "save one figure",
        lambda: save_values(session, [ValueChange("P.7.3", 2024, "study_sessions", "12")], "bench"),
    )
    window.form.model.pending.clear()
    window.close()


if __name__ == "__main__":
    main()
