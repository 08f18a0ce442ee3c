"""When a received package says it was made: a time no package of its round has is refused.

A package's ``exported_at`` is the sender's word. Long before its round
opened (the year 1), later than its own signature, or still to come (the
year 9999), it is no time a package was made, and the package is refused
naming it (escaped: it is the sender's text).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from desktop.errors import UserError
from desktop.survey import Round


class ReceivedPackageError(UserError):
    """A received package's ``survey.json`` fails a survey check."""


# How long before its round opens a package may say it was made (a round published early may
# be answered and sent early: a year's leeway still refuses the year 1), and how much later
# than its signature or the clock here.
EARLIEST: Final = dt.timedelta(days=366)
AFTER_SIGNING: Final = dt.timedelta(hours=1)
AFTER_NOW: Final = dt.timedelta(days=1)


def check_made(
    exported_at: str, rnd: Round, signed_at: dt.datetime | None, now: dt.datetime | None = None
) -> None:
    """Refuse a time of making (``exported_at``) that no package of ``rnd`` has: long before
    the round opened (the year 1), later than the package's signature, or still to come."""
    from desktop.survey.formatting import format_date, format_local_time, read_moment
    from desktop.untrusted import escape

    try:
        moment = read_moment(exported_at)
    except ValueError:
        return  # the format vouched for it; a time Python cannot read is the import's time
    made = _utc(moment)  # None: before the year 1 or after 9999 in UTC
    shown = escape(format_local_time(moment))
    earliest = dt.datetime.combine(rnd.opens, dt.time()) - EARLIEST
    if moment.year < 2 if made is None else made < earliest:
        raise ReceivedPackageError(
            "collect.received.made_too_early",
            moment=shown,
            round=rnd.id,
            opens=format_date(rnd.opens),
        )
    signed = _utc(signed_at) if signed_at is not None else None
    if (
        signed_at is not None
        and signed is not None
        and (made is None or made > signed + AFTER_SIGNING)
    ):
        raise ReceivedPackageError(
            "collect.received.made_after_signing",
            moment=shown,
            signed=format_local_time(signed_at),
        )
    clock = now or dt.datetime.now(dt.UTC)
    latest = clock.astimezone(dt.UTC).replace(tzinfo=None) + AFTER_NOW
    if made is None or made > latest:
        raise ReceivedPackageError(
            "collect.received.made_later", moment=shown, now=format_local_time(clock)
        )


def _utc(moment: dt.datetime) -> dt.datetime | None:
    """``moment`` as a naive UTC time; None when that is before the year 1 or after 9999."""
    offset = moment.utcoffset()
    try:
        return moment.replace(tzinfo=None) - (offset or dt.timedelta())
    except OverflowError:
        return None
