"""The one-pass roll-up equals the recursive one at province shape: districts, communes
and cells; units started late, dissolved, merged; figures entered at every level;
register counts; totals given by their parts."""

from __future__ import annotations

import random

from ct05_desktop.domain.catalogue import default_catalogue
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.rollup import Figures, Key

from .reference_rollup import RecursiveFigures

YEARS = range(2016, 2026)


def province(rng: random.Random) -> OrgTree:
    orgs = [Org("P", "Tỉnh ủy", "province")]
    for d in range(4):
        district = f"P.D{d}"
        orgs.append(Org(district, f"Huyện ủy {d}", "district", "P"))
        for g in range(9):
            commune = f"{district}.G{g}"
            start = rng.choice([None, None, None, 2018])
            end = rng.choice([None, None, None, 2021])
            successor = f"{district}.G0" if end and g else None
            orgs.append(Org(commune, f"Xã {d}-{g}", "grassroots", district, start, end, successor))
            for c in range(3):
                cell_end = rng.choice([None, None, 2019])
                orgs.append(Org(f"{commune}.C{c}", f"Chi bộ {c}", "cell", commune, None, cell_end))
    return OrgTree(orgs)


def test_the_one_pass_roll_up_equals_the_recursive_one_at_province_shape() -> None:
    rng = random.Random(5)
    catalogue = default_catalogue()
    tree = province(rng)
    codes = catalogue.codes
    entered: dict[Key, int] = {}
    counts: dict[Key, int] = {}
    units = [o.code for o in tree]
    for _ in range(6000):  # at every level, also for years a unit did not exist
        key = (rng.choice(units), rng.choice(YEARS), rng.choice(codes))
        entered[key] = rng.randint(0, 500)
    for _ in range(800):
        key = (rng.choice(units), rng.choice(YEARS), rng.choice(codes))
        counts[key] = rng.randint(0, 9)
    one_pass = Figures(tree, catalogue, entered, counts)
    rows = [(o, y, i, v) for (o, y, i), v in entered.items()]  # as read from the database
    from_rows = Figures(tree, catalogue, {}, counts, rows=rows)
    recursive = RecursiveFigures(tree, catalogue, entered, counts)
    compared = differ = 0
    for org in units:
        for year in YEARS:
            for code in codes:
                compared += 1
                expected = recursive.figure(org, year, code)
                if one_pass.figure(org, year, code) != expected:
                    differ += 1
                if from_rows.figure(org, year, code) != expected:
                    differ += 1
                if from_rows.entered(org, year, code) != entered.get((org, year, code)):
                    differ += 1
    assert compared == len(units) * len(YEARS) * len(codes) and differ == 0
    changed = one_pass.with_entered({("P.D0.G1", 2019, "members_total"): None})
    again = RecursiveFigures(tree, catalogue, {**entered}, counts)
    again._entered = {k: v for k, v in entered.items() if k != ("P.D0.G1", 2019, "members_total")}
    assert changed.figure("P", 2019, "members_total") == again.figure("P", 2019, "members_total")
