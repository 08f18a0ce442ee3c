"""Errors the user can act on, told in the user's language.

Each package keeps its own catalog of messages next to the code that raises
them. Anything that is not a ``UserError`` is a bug: the command line and the
window show it as such (with a log), never as advice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from desktop.i18n import DEFAULT_LANG, Lang, Texts, message


class UserError(Exception):
    """A problem with the user's input or environment, with a message in fi/sv/en."""

    catalog: ClassVar[Mapping[str, Texts]] = {}

    def __init__(self, key: str, **values: object) -> None:
        if key not in self.catalog:
            raise KeyError(f"{type(self).__name__} has no message {key!r}")
        self.key = key
        self.values = values
        super().__init__(self.message(DEFAULT_LANG))

    def message(self, lang: Lang) -> str:
        return message(self.catalog, self.key, lang, **self.values)
