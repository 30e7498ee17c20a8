from ct05_desktop.domain.vi_text import fold, matches, nfc


def test_fold_ignores_case_accents_and_reads_d_for_dj() -> None:
    assert fold("Đảng ủy Quân sự tỉnh") == "dang uy quan su tinh"
    assert fold("MƯỜNG LA") == "muong la"


def test_matches_every_word() -> None:
    assert matches("muong la", "Huyện ủy Mường La")
    assert matches("dang uy cong an", "Đảng ủy Công an tỉnh")
    assert not matches("muong te", "Huyện ủy Mường La")


def test_nfc_joins_decomposed_text() -> None:
    decomposed = "Mu\u031bo\u031b\u0300ng La"
    assert nfc(decomposed) == "Mường La"
    assert nfc("  Sơn La ") == "Sơn La"
