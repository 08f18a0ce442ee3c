"""Loading the JSON Schema validator (jsonschema-rs) without what it loads only to describe itself.

When its extension module starts, jsonschema-rs imports ``email.utils`` for
one call: turning the time it was built into a ``datetime`` for
``jsonschema_rs.__build__``. Validating uses neither. ``email.utils`` brings
``socket``, ``random``, ``calendar`` and the ``email`` charset tables with it,
about ten milliseconds of ``tilannekuva validate``'s start.

The command line imports from one thread only, so while the extension starts
it may stand in for ``email.utils`` with a module whose
``parsedate_to_datetime`` reads the one date format a build time has; the
stand-in is gone once the extension is loaded, and ``email.utils`` is
imported as usual by whoever asks for it afterwards. The window's threads
may import at the same time, so there the library loads as it is.
"""

from __future__ import annotations

import importlib
import sys
import types
from datetime import datetime, timedelta, timezone

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_STAND_IN = "email.utils"
_allowed: list[bool] = []


def allow_stand_in() -> None:
    """Let ``load`` stand in for ``email.utils``: called by the command line (one thread)."""
    _allowed[:] = [True]


def load() -> None:
    """Import jsonschema-rs, without ``email.utils`` where that is safe (see above)."""
    if "jsonschema_rs" in sys.modules or _STAND_IN in sys.modules or not _allowed:
        importlib.import_module("jsonschema_rs")  # as it is
        return
    stand_in = _StandIn(_STAND_IN)
    sys.modules[_STAND_IN] = stand_in
    try:
        importlib.import_module("jsonschema_rs")
    finally:
        if sys.modules.get(_STAND_IN) is stand_in:
            del sys.modules[_STAND_IN]


class _StandIn(types.ModuleType):
    """``email.utils`` while jsonschema-rs starts: the one function it calls."""

    @staticmethod
    def parsedate_to_datetime(value: str) -> datetime:
        return _parsedate_to_datetime(value)


def _parsedate_to_datetime(value: str) -> datetime:
    """``email.utils.parsedate_to_datetime`` of a build time: "Thu, 12 Nov 2026 07:50:16 +0000"."""
    try:
        _weekday, day, month, year, clock, zone = value.split()
        hour, minute, second = (int(part) for part in clock.split(":"))
        minutes = int(zone[1:3]) * 60 + int(zone[3:5])
        if zone[0] not in "+-" or len(zone) != 5 or zone == "-0000":  # -0000: no zone known
            raise ValueError(zone)
        offset = timedelta(minutes=-minutes if zone[0] == "-" else minutes)
        month_number = _MONTHS.index(month) + 1
        return datetime(
            int(year), month_number, int(day), hour, minute, second, tzinfo=timezone(offset)
        )
    except ValueError:
        # Any other form: the real function reads it.
        if isinstance(sys.modules.get(_STAND_IN), _StandIn):
            del sys.modules[_STAND_IN]
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value)
