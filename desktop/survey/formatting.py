"""Numbers, dates and times as Finnish and Swedish readers write them: 1 234,5 and 1.3.2022.

The one place a moment is turned to the computer's own clock (``local``) and
written for a reader: the command line, the window and the report use it.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from desktop.i18n import Lang, number_in
from desktop.patterns import Pattern

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from decimal import Decimal

# A leap second in an RFC 3339 time: 2016-12-31T23:59:60Z (or at another offset's minute).
_LEAP_SECOND = Pattern(
    r"(?P<before>\d{4}-\d{2}-\d{2}.\d{2}:\d{2}:)60(?P<after>([.,]\d+)?([zZ]|[+-]\d{2}:?\d{2})?)",
    flags=re.ASCII,
)
_SPACES = Pattern(r"[\s\u00a0\u202f]")
# Whole thousands grouped with commas: 1,250 or 12,345,678 (one to three digits first,
# not starting with a zero: 0,250 is a decimal).
_GROUPED = Pattern(r"[1-9]\d{0,2}(,\d{3})+", flags=re.ASCII)


# A change larger than this many times the earlier number is told in words ("more than a
# hundredfold"), not in per cent: "+2 024 022 533 073 000 %" from 5e-324 is right but tells a
# reader nothing. A change of exactly a hundredfold is still "+10 000 %".
TOLD_IN_PER_CENT = 100


def past_per_cent(percent: float) -> bool:
    """Whether a change of ``percent`` per cent is told in words, not in per cent: more than a
    hundred times the earlier number, either way (the change checks' note, the comparison)."""
    return abs(percent) > TOLD_IN_PER_CENT * 100


def format_number(value: float | int, lang: Lang, *, decimals: int | None = None) -> str:
    """``1234.5`` → ``1 234,5`` (fi, sv) or ``1,234.5`` (en)."""
    if isinstance(value, bool):
        raise TypeError("a yes/no answer is not a number")
    if decimals is None:
        text = f"{value:,}" if isinstance(value, int) else _plain_float(value)
    else:
        text = f"{value:,.{decimals}f}"
    return number_in(text, lang)


def _plain_float(value: float) -> str:
    if not math.isfinite(value):  # no answer is (the strict JSON reader refuses them)
        return "\u2212∞" if value < 0 else "∞" if value > 0 else "–"
    if value.is_integer():
        return f"{int(value):,}"
    # repr gives the shortest text that reads back as the same float.
    shortest = repr(value)
    if "e" in shortest:  # 1e-06: written out as readers write numbers, 0.000001
        from decimal import Decimal  # only for such a number (start-up time)

        shortest = f"{Decimal(shortest):f}"
    integer, _, fraction = shortest.partition(".")
    return f"{int(integer):,}.{fraction}" if integer != "-0" else f"-0.{fraction}"


# The English units of the shipped schemas that have a singular (their texts are pinned by
# the schemas' digests, so the singular lives here): "1 person", "1 person-year", "1 pc".
_ENGLISH_SINGULAR = {"persons": "person", "person-years": "person-year", "pcs": "pc"}


def with_unit(number: str, unit: str, value: float | int, lang: Lang) -> str:
    """``number`` (``value`` as written) followed by ``unit``, in the singular for one."""
    if not unit:
        return number
    if lang == "en" and abs(value) == 1:
        unit = _ENGLISH_SINGULAR.get(unit, unit)
    return f"{number} {unit}"


class AmbiguousNumber(ValueError):
    """A point that may group thousands or mark the decimals: ``1.250`` typed in Finnish
    or Swedish. ``grouped`` and ``decimal`` are the two readings."""

    def __init__(self, text: str, grouped: Decimal, decimal: Decimal) -> None:
        super().__init__(text)
        self.grouped = grouped
        self.decimal = decimal


def parse_number(text: str, lang: Lang) -> Decimal:
    """A number typed by a person; raises ValueError for anything else.

    Spaces group thousands in every language. The surveys are Finnish, so a
    decimal comma is read in every language, and so is a decimal point. What
    a separator means is decided by where it stands, never by guessing:

    - Both a comma and a point (``1,250.5``, ``1.250,5``): the last one is the
      decimal separator, and the other must group whole thousands
      (``1,250.5`` and ``1.250,5`` are read; ``12,50.5`` is refused).
    - A comma not followed by exactly three digits, or in a position grouping
      never has (``45,5``, ``0,250``, ``1234,567``): the decimal comma.
    - A point is the decimal point (``1.25``, ``0.250``, ``1234.567``) in
      every language, except where it stands as grouping does in Finnish and
      Swedish, which write no decimal point: there several such points group
      thousands (``3.100.000``), and one (``1.250``, ``250.000``) is as likely
      thousands as decimals, so it is refused with both readings
      (``AmbiguousNumber``). In English ``1.250`` is 1.25; several points are
      refused.
    - Ambiguous: one comma followed by exactly three digits after one to
      three digits not starting with a zero (``1,250``). English readers group
      thousands that way, Finnish and Swedish ones write the decimal comma:
      it is read as English groups thousands in English, and as the decimal
      comma in Finnish and Swedish. Several such commas (``1,250,000``)
      group thousands in English and are refused in Finnish and Swedish.
      The field shows the stored number written back the language's way once
      it is left, so the reading the user did not mean shows at once.
    """
    from decimal import Decimal, InvalidOperation  # loaded when a number is first typed

    cleaned = _SPACES.sub("", text).replace("\u2212", "-")  # the minus as word processors write it
    match = re.fullmatch(r"([+-]?)([\d.,]+)", cleaned)
    if match is None:
        raise ValueError(text)
    sign, body = match.groups()
    commas, points = body.count(","), body.count(".")
    if commas and points:
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in whole or not _GROUPED.fullmatch(whole.replace(group_mark, ",")):
            raise ValueError(text)
        body = f"{whole.replace(group_mark, '')}.{fraction}"
    elif points and lang != "en" and _GROUPED.fullmatch(body.replace(".", ",")):
        whole = body.replace(".", "")
        if points == 1:
            raise AmbiguousNumber(text, Decimal(sign + whole), Decimal(sign + body))
        body = whole  # 3.100.000: thousands
    elif commas:
        if lang == "en" and _GROUPED.fullmatch(body):
            body = body.replace(",", "")  # 1,250 and 1,250,000: English thousands
        elif commas == 1:
            body = body.replace(",", ".")  # 45,5: the decimal comma
        else:
            raise ValueError(text)
    if not re.fullmatch(r"(\d+(\.\d*)?|\.\d+)", body, flags=re.ASCII):
        raise ValueError(text)
    try:
        return Decimal(sign + body)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def format_date(value: str | date) -> str:
    """ISO ``2022-03-01`` → ``1.3.2022``."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day}.{day.month}.{day.year}"


def format_time(moment: datetime) -> str:
    """``1.3.2022 14:05``: the date as above and the clock time as it stands in ``moment``."""
    return f"{format_date(moment)} {moment:%H:%M}"


class OutOfRange(ValueError):
    """A moment the computer's clock cannot show: beyond the year 9999 once turned to it."""


def read_moment(text: str) -> datetime:
    """An ISO 8601 / RFC 3339 time; a leap second (``23:59:60``) is read as the second before
    it, which Python's times cannot hold. Raises ValueError for anything else."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        leap = _LEAP_SECOND.fullmatch(text)
        if leap is None:
            raise
        return datetime.fromisoformat(f"{leap['before']}59{leap['after']}")


def local(moment: datetime | str | None = None) -> datetime:
    """``moment`` on the computer's own clock: a time, a stored UTC time (ISO 8601), or now.

    Raises ValueError for a text that is no time, and ``OutOfRange`` for a moment the
    clock cannot show (a received file may say ``9999-12-31T23:59:59-23:59``)."""
    if moment is None:
        return datetime.now().astimezone()
    if isinstance(moment, str):
        moment = read_moment(moment)
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError) as exc:
        raise OutOfRange(moment.isoformat()) from exc


def _shown(moment: datetime | str) -> tuple[datetime, str]:
    """``moment`` on the computer's clock and ""; or, where the clock cannot show it, as its
    own offset tells it and that offset written out (" UTC−23:59")."""
    try:
        return local(moment), ""
    except OutOfRange:
        given = read_moment(moment) if isinstance(moment, str) else moment
        offset = given.utcoffset()
        if offset is None:
            return given, ""
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "\u2212"
        hours, rest = divmod(abs(minutes), 60)
        return given, f" UTC{sign}{hours:02d}:{rest:02d}" if minutes else " UTC"


def format_local_time(moment: datetime | str) -> str:
    """A moment (or a stored UTC time) as the computer's clock shows it: ``1.3.2022 16:05``;
    one it cannot show at the offset it was given with: ``31.12.9999 23:59 UTC−23:59``."""
    shown, offset = _shown(moment)
    return format_time(shown) + offset


def local_stamp(moment: datetime | str) -> tuple[str, str]:
    """A moment (or a stored UTC time) as the local date (d.M.yyyy) and time (hh:mm), the
    time followed by its offset where the clock cannot show it (as ``format_local_time``)."""
    shown, offset = _shown(moment)
    return format_date(shown), shown.strftime("%H:%M") + offset


def local_clock(moment: datetime | str | None = None) -> str:
    """The local clock time to the second (hh:mm:ss) of a moment, a stored UTC time or now."""
    if moment is None:
        return local().strftime("%H:%M:%S")
    shown, offset = _shown(moment)
    return shown.strftime("%H:%M:%S") + offset


# A two-digit year, as Finnish officials write dates ("15.9.22"), is read as POSIX reads one
# (strptime's %y): 00–68 are 2000–2068 and 69–99 are 1969–1999, so "15.9.22" is a date of
# the reform (leases, agreements, deadlines) and "1.1.99" no date 73 years ahead.
TWO_DIGIT_PIVOT = 69


def parse_date(text: str) -> date:
    """``1.3.2022``, ``01.03.2022``, ``1.3.22`` (a two-digit year is 2000–2068, or
    1969–1999 from 69 on) or ISO ``2022-03-01``; raises ValueError otherwise."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", text, flags=re.ASCII)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 1900 if year >= TWO_DIGIT_PIVOT else 2000
        return date(year, month, day)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, flags=re.ASCII):
        return date.fromisoformat(text)
    raise ValueError(text)
