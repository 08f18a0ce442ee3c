"""How long and how large a stored value may be, checked where values are typed.

Validation (the survey's ``maxLength``, ``maximum``) leaves a value to be
fixed later; these caps refuse at once what no answer can be and no report
can print: a text of megabytes, a number of a thousand digits, text that is
not text (a lone surrogate from bytes that were not UTF-8).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from desktop.errors import UserError
from desktop.i18n import Lang, Texts, entry, pick, text
from desktop.jsonvalue import JSONValue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

    from desktop.storage.records import Profile

# A long document pasted into a notes field fits; the survey's own ``maxLength``
# (4 000 at most) is left to validation, and the report prints at most 8 000.
MAX_TEXT: Final = 1_000_000
# Rows of a table or choices of a list: ten times the thousand rows the form is built for.
MAX_ITEMS: Final = 10_000
# The largest integer every JSON reader holds exactly (I-JSON, RFC 7493; RFC 8785 refuses 2^53).
MAX_NUMBER: Final = 2**53 - 1
# What a person types in the profile; the window's fields stop at the same lengths.
PROFILE_MAX: Final = {
    "municipality_code": 3,
    "contact_name": 200,
    "contact_title": 200,
    "contact_email": 254,
    "contact_phone": 40,
    "business_id": 20,
}


_LARGEST: Final = f"{MAX_NUMBER:,}".replace(",", "\u00a0")


class LimitError(UserError):
    """A typed value beyond what can be stored; the message names the value and the cap."""

    def message(self, lang: Lang) -> str:
        # The value's name is in the user's language too.
        names = self.values.get("names")
        values = dict(self.values)
        values.pop("names", None)
        if isinstance(names, Mapping):
            values["what"] = pick(names, lang)
        return text(self.key, lang, **values)


def check_value(value: JSONValue, names: Texts | None = None) -> None:
    """Refuse over-long or broken text and numbers no reader holds, anywhere inside ``value``.

    ``names``: what the value is called in the message (by default "the answer"), looked
    up only for a refusal.
    """
    if type(value) is float and math.isfinite(value) and abs(value) <= MAX_NUMBER:
        return  # a number typed into a cell, the most common value
    stack: list[JSONValue] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            check_text(item, names)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int | float):
            too_large = abs(item) > MAX_NUMBER if isinstance(item, int) else not math.isfinite(item)
            if too_large or abs(item) > MAX_NUMBER:
                raise LimitError(
                    "storage.limit.number_too_large", names=_named(names), limit=_LARGEST
                )
        elif isinstance(item, list):
            if len(item) > MAX_ITEMS:
                raise LimitError(
                    "storage.limit.too_many", names=_named(names), count=len(item), limit=MAX_ITEMS
                )
            stack.extend(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                check_text(key, names)
                stack.append(child)


def _named(names: Texts | None) -> Texts:
    return names or entry("storage.limit.the_answer")


def check_text(text: str, names: Texts | None, limit: int = MAX_TEXT) -> None:
    if len(text) > limit:
        raise LimitError(
            "storage.limit.too_long", names=_named(names), length=len(text), limit=limit
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise LimitError("storage.limit.not_text", names=_named(names)) from None


def check_profile(profile: Profile) -> None:
    """Refuse a profile with a field beyond its cap."""
    for name, value in profile.as_dict().items():
        if isinstance(value, str) and name in PROFILE_MAX:
            check_text(value, entry(f"storage.limit.name.{name}"), PROFILE_MAX[name])
