"""Numbers and dates as Finnish and Swedish readers write them: 1 234,5 and 1.3.2022."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from desktop.i18n import Lang

_NBSP = "\u00a0"
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def format_number(value: float | int, lang: Lang, *, decimals: int | None = None) -> str:
    """``1234.5`` → ``1 234,5`` (fi, sv) or ``1,234.5`` (en)."""
    if isinstance(value, bool):
        raise TypeError("a yes/no answer is not a number")
    if decimals is None:
        text = f"{value:,}" if isinstance(value, int) else _plain_float(value)
    else:
        text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", _NBSP).replace(".", ",")


def _plain_float(value: float) -> str:
    if value.is_integer():
        return f"{int(value):,}"
    # repr gives the shortest text that reads back as the same float.
    integer, _, fraction = repr(value).partition(".")
    if "e" in repr(value):
        return f"{value:,}"
    return f"{int(integer):,}.{fraction}" if integer != "-0" else f"-0.{fraction}"


def parse_number(text: str, lang: Lang) -> Decimal:
    """A number typed by a person; raises ValueError for anything else.

    Spaces group thousands. In Finnish and Swedish the comma is the decimal
    separator (a point is accepted too); in English the comma groups thousands.
    """
    cleaned = _SPACES.sub("", text)
    if lang == "en":
        cleaned = cleaned.replace(",", "")
    else:
        if cleaned.count(",") > 1 or ("," in cleaned and "." in cleaned):
            raise ValueError(text)
        cleaned = cleaned.replace(",", ".")
    cleaned = cleaned.replace("\u2212", "-")  # the minus sign, as word processors write it
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def format_date(value: str | date) -> str:
    """ISO ``2022-03-01`` → ``1.3.2022``."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day}.{day.month}.{day.year}"


def format_time(moment: datetime) -> str:
    """``1.3.2022 14:05``: the date as above and the clock time as it stands in ``moment``."""
    return f"{format_date(moment)} {moment:%H:%M}"


def format_local_time(utc_iso: str) -> str:
    """A stored UTC time (ISO 8601) as the computer's clock shows it: ``1.3.2022 16:05``."""
    return format_time(datetime.fromisoformat(utc_iso).astimezone())


def parse_date(text: str) -> date:
    """``1.3.2022``, ``01.03.2022`` or ISO ``2022-03-01``; raises ValueError otherwise."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text, flags=re.ASCII)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, flags=re.ASCII):
        return date.fromisoformat(text)
    raise ValueError(text)
