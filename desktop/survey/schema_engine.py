"""jsonschema-rs, loaded without the mail-header parser it does not need here.

When its module loads, jsonschema-rs imports ``email.utils`` for one call:
``parsedate_to_datetime`` of its own build time ("Thu, 12 Nov 2026 07:50:16
+0000"), which it keeps as build information. That import brings ``socket``,
``random``, ``calendar``, ``locale``, ``urllib.parse`` and the e-mail charset
tables with it: about a fifth of the start-up of ``tilannekuva validate``.

So while jsonschema-rs loads, a stand-in module answers for ``email.utils``.
Its ``parsedate_to_datetime`` reads a date of exactly that form itself (the
same value the real one gives, which a test compares), and hands any other to
the real module, loaded then; any other name read from the stand-in loads the
real module too. The stand-in is gone from ``sys.modules`` as soon as
jsonschema-rs has loaded, so every later ``import email.utils`` gets the real
module.

Import jsonschema-rs from here: ``from desktop.survey.schema_engine import
jsonschema_rs``.
"""

from __future__ import annotations

import datetime
import sys
from types import ModuleType

_MAIL_UTILS = "email.utils"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,")


def _real_mail_utils() -> ModuleType:
    if isinstance(sys.modules.get(_MAIL_UTILS), _StandIn):
        del sys.modules[_MAIL_UTILS]
    import email.utils

    return email.utils


class _StandIn(ModuleType):
    """``email.utils`` while jsonschema-rs loads; every name loads the real module."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real_mail_utils(), name)


def _digits(text: str, size: int) -> int | None:
    return int(text) if len(text) == size and text.isascii() and text.isdigit() else None


def _plain_date(data: object) -> datetime.datetime | None:
    """``Thu, 12 Nov 2026 07:50:16 +0000`` read, or None for any other form."""
    if not isinstance(data, str):
        return None
    parts = data.split(" ")
    if len(parts) != 6 or parts[0] not in _DAYS or parts[2] not in _MONTHS:
        return None
    clock = parts[4].split(":")
    zone = parts[5]
    numbers = [
        _digits(parts[1], 2),
        _digits(parts[3], 4),
        *(_digits(part, 2) for part in clock),
        _digits(zone[1:], 4),
    ]
    if len(clock) != 3 or zone[:1] != "+" or None in numbers:
        return None
    day, year, hour, minute, second, offset = (n for n in numbers if n is not None)
    if year < 100:  # read as a two-digit year by the real parser (0001 is 2001)
        return None
    shift = datetime.timedelta(hours=offset // 100, minutes=offset % 100)
    try:
        return datetime.datetime(
            year,
            _MONTHS.index(parts[2]) + 1,
            day,
            hour,
            minute,
            second,
            tzinfo=datetime.timezone(shift),
        )
    except ValueError:
        return None


def _parsedate_to_datetime(data: str) -> datetime.datetime:
    plain = _plain_date(data)
    if plain is not None:
        return plain
    parse = _real_mail_utils().parsedate_to_datetime
    return parse(data)  # type: ignore[no-any-return]


def _load() -> ModuleType:
    if _MAIL_UTILS in sys.modules or "jsonschema_rs" in sys.modules:
        import jsonschema_rs

        return jsonschema_rs
    stand_in = _StandIn(_MAIL_UTILS)
    stand_in.parsedate_to_datetime = _parsedate_to_datetime  # type: ignore[attr-defined]
    sys.modules[_MAIL_UTILS] = stand_in
    try:
        import jsonschema_rs
    finally:
        if sys.modules.get(_MAIL_UTILS) is stand_in:
            del sys.modules[_MAIL_UTILS]
        package = sys.modules.get("email")
        if package is not None and package.__dict__.get("utils") is stand_in:
            del package.utils
    return jsonschema_rs


_load()

import jsonschema_rs as jsonschema_rs  # noqa: E402  (loaded just above)

__all__ = ["jsonschema_rs"]
