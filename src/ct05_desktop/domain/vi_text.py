"""Vietnamese text: normalisation on the way in, folding for search and sort."""

from __future__ import annotations

import re
import unicodedata


def nfc(text: str) -> str:
    """Normalise to NFC and trim: what every stored text goes through."""
    return unicodedata.normalize("NFC", text).strip()


# the combining marks' blocks (Vietnamese tones and vowel marks among them)
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without diacritics, with đ read as d: 'Đảng' and 'dang' match."""
    if text.isascii():  # nothing to take off (codes, numbers, names typed without marks)
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return _MARKS.sub("", decomposed).replace("đ", "d")


def matches(query: str, text: str) -> bool:
    """True when every word of the query occurs in the text, ignoring case and accents."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())


def file_words(text: str, limit: int = 60) -> str:
    """A name fit for a file on any system: the words of the text without diacritics (đ
    as d), in ASCII letters and digits, capitalised, joined by '_', at most limit
    characters (cut between words); '' when nothing of it is ASCII. 'Huyện ủy Mường La'
    → 'Huyen_Uy_Muong_La'. Windows' forbidden characters (<>:"/\\|?*) and every other
    sign are word breaks, so the result needs no escaping."""
    ascii_text = fold(text).encode("ascii", "ignore").decode().title()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_text).split()
    out = ""
    for word in words:
        joined = f"{out}_{word}" if out else word
        if len(joined) > limit:
            return out or word[:limit]
        out = joined
    return out
