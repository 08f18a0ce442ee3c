"""Errors the user can act on, told in the user's language.

An error carries a message id of its package's catalogue (``desktop.i18n``)
and the values of its placeholders; it says what happened, and the front end
that shows it adds what to do next. Anything that is not a ``UserError`` is a
bug: the command line and the window show it as such (with a log), never as
advice.
"""

from __future__ import annotations

from desktop.i18n import DEFAULT_LANG, Lang, known, text


class UserError(Exception):
    """A problem with the user's input or environment, with a message in fi/sv/en."""

    def __init__(self, key: str, **values: object) -> None:
        if not known(key):
            raise KeyError(f"{type(self).__name__} has no message {key!r}")
        # The message id, e.g. "storage.database.locked".
        self.key = key
        self.values = values
        super().__init__(self.message(DEFAULT_LANG))

    def message(self, lang: Lang) -> str:
        return text(self.key, lang, **self.values)
