"""The three languages of the application and how texts are picked from them.

Survey texts come from the schemas and user-interface texts from Qt
Linguist files; the messages of the Qt-free core live in small tables
(``Texts``) next to the code that raises them, one entry per language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias, get_args

Lang: TypeAlias = Literal["fi", "sv", "en"]
LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
DEFAULT_LANG: Final[Lang] = "fi"
# Every visible text must exist in these; English is written where we have it.
REQUIRED_LANGS: Final[tuple[Lang, ...]] = ("fi", "sv")

Texts: TypeAlias = Mapping[str, str]


def as_lang(value: str | None) -> Lang:
    """The language named by ``value``, or the default for anything unknown."""
    for lang in LANGS:
        if value == lang:
            return lang
    return DEFAULT_LANG


def pick(texts: Texts, lang: Lang) -> str:
    """The text in ``lang``; Finnish, then Swedish, when it is missing."""
    for candidate in (lang, "fi", "sv", "en"):
        text = texts.get(candidate)
        if text:
            return text
    return ""


def message(catalog: Mapping[str, Texts], key: str, lang: Lang, **values: object) -> str:
    """A message of ``catalog`` in ``lang`` with its placeholders filled in.

    Finnish, Swedish and English have one plural rule: a message with a ``{count}``
    of exactly 1 is taken from ``key + "_one"`` where the catalogue has it
    ("1 rivi", "3 riviä")."""
    if values.get("count") == 1 and f"{key}_one" in catalog:
        key = f"{key}_one"
    return pick(catalog[key], lang).format(**values)
