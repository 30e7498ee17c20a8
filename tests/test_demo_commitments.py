"""The demo's commitments register (issue 24): Mai Sơn's communes and their key cadres,
2018 rated, 2019 mostly; rows that agree with the typed figures raise no check, and the
district's report says how they ended."""

from __future__ import annotations

from pathlib import Path

from ct05_desktop.workflows.entry import warnings_for_units
from ct05_desktop.workflows.reading import earlier_commitments
from ct05_desktop.workflows.session import Session

from .conftest import report_words


def test_the_demo_commitments_agree_and_are_told(demo: Session, tmp_path: Path) -> None:
    rows = demo.registers.rows("commitments")
    assert {r["org_code"] for r in rows} == {"SL.MS.CM", "SL.MS.CN", "SL.MS.HL"}
    assert {r["year"] for r in rows} == {2018, 2019}
    units = [(o, y) for o in ("SL.MS", "SL.MS.CM", "SL.MS.CN", "SL.MS.HL") for y in (2018, 2019)]
    assert warnings_for_units(demo, units) == []
    cm = demo.figures([2019], ["SL.MS.CM"])
    assert cm.value("SL.MS.CM", 2019, "key_cadres_registered") == 12  # typed, and agreed
    out = tmp_path / "ms.docx"
    said = report_words(demo, "2019", "SL.MS", out)
    assert (
        "Kết quả thực hiện đăng ký làm theo: 03/05 tập thể và 11/14 cán bộ chủ chốt hoàn thành "
        "tốt trở lên nội dung đã đăng ký"
    ) in said
    assert "chưa đánh giá" in said  # Cò Nòi and Hát Lót have rows not yet rated
    earlier = earlier_commitments(demo, "SL.MS.CM", 2019)
    assert earlier[("lo van thanh", "bi thu dang uy xa")] == [
        "2018: Xuống bản nắm tình hình nhân dân mỗi tháng 02 lần (03 việc làm) – Hoàn thành tốt"
    ]
