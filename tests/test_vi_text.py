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


def test_fold_takes_every_mark_off_every_latin_letter() -> None:
    import unicodedata

    from ct05_desktop.domain.vi_text import fold

    latin = [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]  # Vietnamese letters among them
    letters = "".join(chr(c) for c in latin if chr(c).isalpha())
    by_category = "".join(
        ch
        for ch in unicodedata.normalize("NFD", letters.casefold())
        if unicodedata.category(ch) != "Mn"
    ).replace("đ", "d")
    assert fold(letters) == by_category
    assert fold("Đảng ủy Xã Ít Ong") == "dang uy xa it ong"
