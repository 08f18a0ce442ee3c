"""How commands talk to the person at the terminal."""

from __future__ import annotations

import sys

from desktop.errors import UserError
from desktop.i18n import Lang, known, text
from desktop.untrusted import escape_lines

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import TextIO


class Console:
    """Where a command writes what it says, in the user's language."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    def __init__(self, lang: Lang, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.lang = lang
        # Looked up when the console is made, so a redirected stdout is honoured.
        self.out: TextIO = sys.stdout if out is None else out
        self.err: TextIO = sys.stderr if err is None else err

    # Everything said passes through escape_lines: an answer or a name from a received
    # package may hold terminal codes, and the program itself writes none.
    def say(self, text: str = "") -> None:
        print(escape_lines(text), file=self.out)

    def warn(self, text: str) -> None:
        print(escape_lines(text), file=self.err)

    def mark(self, ok: bool) -> str:
        """A passed or failed check's mark: ✓ or ✗, or OK or X where the terminal or file
        written cannot show them (a Windows console's code page would print both as "?")."""
        encoding = getattr(self.out, "encoding", None) or "utf-8"
        try:
            "✓✗".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            return "OK" if ok else "X"
        return "✓" if ok else "✗"

    def told(self, error: UserError) -> str:
        """``error`` in the console's language, and what to run next where the command line
        has a step for it (``commands.next.`` and the error's id): core messages say only what
        happened."""
        said = error.message(self.lang)
        step = f"commands.next.{error.key}"
        if known(step):
            said = f"{said} {text(step, self.lang, **error.values)}"
        return said

    def text(self, message_id: str, **values: object) -> str:
        """The message ``message_id`` (``desktop.i18n.text``) in the console's language."""
        return text(message_id, self.lang, **values)

    def moment(self, stored: str | None) -> str:
        """A stored time as the official's clock shows it; one that is no time (None, or a
        text no clock shows) as unknown."""
        from desktop.survey.formatting import format_local_time

        if stored:
            try:
                return format_local_time(stored)
            except ValueError:
                pass
        return self.text("storage.time_unknown")
