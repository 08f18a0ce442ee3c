"""How commands talk to the person at the terminal."""

from __future__ import annotations

import sys

from desktop.errors import UserError
from desktop.i18n import Lang, known, text
from desktop.untrusted import escape_lines

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path
    from typing import TextIO


class Console:
    """Where a command writes what it says, in the user's language."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    def __init__(
        self,
        lang: Lang,
        out: TextIO | None = None,
        err: TextIO | None = None,
        *,
        given: Sequence[str] = (),
    ) -> None:
        self.lang = lang
        # Looked up when the console is made, so a redirected stdout is honoured.
        self.out: TextIO = sys.stdout if out is None else out
        self.err: TextIO = sys.stderr if err is None else err
        # The data folder and language options the program was given ("--data-dir", "D"…):
        # a command told to run next repeats them, so that it runs on the same folder.
        self.given = tuple(given)

    @property
    def program(self) -> str:
        """``tilannekuva`` with the options it was given, as words to paste into a shell."""
        words = ["tilannekuva"]
        for option, value in zip(self.given[::2], self.given[1::2], strict=True):
            if value.startswith("-"):  # read as an option unless joined to its own
                words.append(shell_word(f"{option}={value}"))
            else:
                words += [option, shell_word(value)]
        return " ".join(words)

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
            # ``{program}``: the program as it was run, so the step runs on the same folder.
            values = {**error.values, "program": self.program}
            said = f"{said} {text(step, self.lang, **values)}"
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


def shell_word(word: str | Path) -> str:
    """``word`` as one word of a command line the user pastes into their shell: quoted where it
    holds a space or another special character (``C:\\Users\\Maija Meikäläinen``)."""
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline([str(word)])  # "…" is read alike by cmd and PowerShell
    import shlex

    return shlex.quote(str(word))
