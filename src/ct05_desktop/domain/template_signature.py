"""Templates signed (domain.md §9): the hidden sheet of a template says which unit and year it
is for; anyone can edit a hidden sheet, and a template edited to claim the province could
then write another district's figures. So the sheet carries an HMAC over what it claims,
with a key only the database that wrote it holds: an edited or foreign file is refused.

The key is 32 random bytes kept in the database's settings, made at the first template;
the signed text names every field it covers, so that adding one later cannot make an old
signature match a different claim."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Mapping
from typing import Protocol

SIGNED = ("kind", "template_version", "unit", "year", "catalogue", "template_id")
# from version 4 the signature also binds when it was written (the change log's last id
# then): a filled template that would undo a later correction is known as older
SIGNED_SINCE_4 = (*SIGNED, "written_at")
KEY_SETTING = "template_key"  # where the database keeps its key (hex)
EARLIER_KEYS = "template_keys_earlier"  # keys it signed with before a restore (hex, spaced)


def new_key() -> str:
    return secrets.token_hex(32)


def new_template_id() -> str:
    return uuid.uuid4().hex


def signature(key: str, meta: Mapping[str, str]) -> str:
    """The HMAC-SHA256 of the signed fields of a template's hidden sheet, in hex."""
    names = SIGNED if meta.get("template_version") in ("2", "3") else SIGNED_SINCE_4
    text = "\n".join(f"{name}={meta.get(name, '')}" for name in names)
    return hmac.new(bytes.fromhex(key), text.encode("utf-8"), hashlib.sha256).hexdigest()


def is_signed_by(key: str, meta: Mapping[str, str]) -> bool:
    """Whether the hidden sheet is as the database with this key wrote it."""
    given = str(meta.get("signature", "")).encode("utf-8")  # any text a hand put there
    expected = signature(key, meta).encode("ascii") if key else b""
    return bool(key) and bool(given) and hmac.compare_digest(given, expected)


class Settings(Protocol):
    def setting(self, key: str, default: str | None = None) -> str | None: ...


def template_keys(settings: Settings) -> list[str]:
    """Every key a template of this database may be signed with: its own, then those a
    restore kept (templates sent out before or after the backup restored stay its own)."""
    keys = [str(settings.setting(KEY_SETTING) or "")]
    keys += str(settings.setting(EARLIER_KEYS) or "").split()
    return [k for k in dict.fromkeys(keys) if k]


def kept_keys(live: list[str], restored: list[str]) -> tuple[str, str]:
    """After a restore: the key to sign with (the live database's, so that the templates
    in the field stay valid; the backup's when the live one had none) and the earlier
    keys, spaced."""
    every = list(dict.fromkeys(live + restored))
    return (every[0] if every else "", " ".join(every[1:]))
