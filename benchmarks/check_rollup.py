"""The roll-up at the benchmark's scale equals the reference (issue 26's "behaviour is
unchanged", tests/test_rollup_scale.py's approach): every figure of every unit and every
indicator of a year's form, computed by the one-pass roll-up the report uses (the year
read for the whole tree), by the window's (years kept between tasks, rolled up as its
background operation does) and by the recursive reference of tests/reference_rollup.py.
Prints how many figures were compared and whether all agree (exit 1 when one differs).

    .venv/bin/python benchmarks/check_rollup.py [--districts 170] [--year 2025]
"""

from __future__ import annotations

import sys
import time

from province_data import ROOT, full_db, machine

sys.path.insert(0, str(ROOT))  # tests.reference_rollup

from tests.reference_rollup import RecursiveFigures

from ct05_desktop.domain.rollup import Figure
from ct05_desktop.workflows.session import Session, keep_years_between_tasks


def main() -> None:
    year = int(sys.argv[sys.argv.index("--year") + 1]) if "--year" in sys.argv else 2025
    print(machine())
    start = time.perf_counter()
    with Session(full_db()) as session:
        form = session.catalogue_of(year)
        codes = form.codes
        tree = session.tree()
        units = [o.code for o in tree if o.exists_in(year)]
        held = set(codes)
        entered = {(o, y, i): v for o, y, i, v in session.repo.entered_rows(year) if i in held}
        counts = {k: v for k, v in session.registers.counts([year]).items() if k[2] in codes}
        reference = RecursiveFigures(tree, form, entered, counts)
        report = session.figures([year])
        keep_years_between_tasks()
        session.roll_up([year])  # as the window's operation does, then the form reads
        window = session.figures([year - 1, year])
        keep_years_between_tasks(False)
        compared = differ = 0
        for org in units:
            for code in codes:
                expected: Figure | None = reference.figure(org, year, code)
                for figures in (report, window):
                    compared += 1
                    if figures.figure(org, year, code) != expected:
                        differ += 1
                        if differ <= 5:
                            print("differs:", org, code, figures.figure(org, year, code), expected)
    took = time.perf_counter() - start
    said = "all equal" if not differ else f"{differ:,} differ"
    print(f"{compared:,} figures of {len(units):,} units in {year} ({took:.1f} s): {said}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
