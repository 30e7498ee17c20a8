"""Vietnamese text: normalisation on the way in, folding for search and sort."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """Normalise to NFC and trim: what every stored text goes through."""
    return unicodedata.normalize("NFC", text).strip()


def fold(text: str) -> str:
    """Lower case without diacritics, with đ read as d: 'Đảng' and 'dang' match."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d")


def matches(query: str, text: str) -> bool:
    """True when every word of the query occurs in the text, ignoring case and accents."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())
