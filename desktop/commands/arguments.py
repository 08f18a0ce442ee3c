"""argparse in the user's language: its own headings, usage line, help option and errors.

argparse writes "usage:", "positional arguments", "options", "show this
help message and exit" and its error messages in English whatever the
language; a parser made here writes them in Finnish, Swedish or English, and
so does every subcommand's parser (``add_subparsers`` makes them of the same
class and language).
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from collections.abc import Callable

from desktop.i18n import Lang, text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, NoReturn


# argparse's error messages (Python 3.11–3.13), matched as it writes them, and the message
# that says each ("commands.arguments.argparse.*"); one not matched is shown as argparse wrote it.
@functools.cache
def _argparse_errors() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled when a message is first matched (start-up time)."""
    return tuple(
        (re.compile(pattern, re.S), f"commands.arguments.argparse.{name}")
        for pattern, name in (
            (r"the following arguments are required: (?P<names>.*)", "missing"),
            (r"unrecognized arguments: (?P<names>.*)", "unknown_arguments"),
            (
                r"argument (?P<name>.+?): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)",
                "invalid_choice",
            ),
            (
                r"argument (?P<name>.+?): invalid (?P<type>int|float) value: (?P<value>.*)",
                "not_a_number",
            ),
            (
                r"argument (?P<name>.+?): expected (?:one|at least one) argument",
                "expected_argument",
            ),
            (
                r"argument (?P<name>.+?): ignored explicit argument (?P<value>.*)",
                "ignored_argument",
            ),
            (r"ambiguous option: (?P<option>\S+?) could match (?P<matches>.*)", "ambiguous_option"),
            (r"argument (?P<name>.+?): (?P<message>.*)", "argument"),
        )
    )


def whole_number(lang: Lang, *, least: int = 0, most: int) -> Callable[[str], int]:
    """An argument type: a count typed in the digits 0-9, from ``least`` to ``most``."""

    def parse(typed: str) -> int:
        digits = typed.lstrip("0")
        if (
            not (typed.isascii() and typed.isdigit())
            or len(digits) > len(str(most))
            or not least <= int(typed) <= most
        ):
            raise argparse.ArgumentTypeError(
                text("commands.arguments.bad_count", lang, text=typed[:20], least=least, limit=most)
            )
        return int(typed)

    return parse


def translated_error(said: str, lang: Lang) -> str:
    """One of argparse's error messages in ``lang``."""
    for pattern, message_id in _argparse_errors():
        found = pattern.fullmatch(said)
        if found is not None:
            return text(message_id, lang, **found.groupdict())
    return said


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` tells it: ``COLUMNS``, the
    terminal of standard output, else 80 (argparse would load shutil, with its
    compression modules, for this alone: start-up time)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the usage line's prefix in the parser's language."""

    lang: Lang = "fi"

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
        **more: Any,
    ) -> None:
        if width is None:  # as argparse sizes it
            width = terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width, **more)

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        if prefix is None:  # "" is argparse working out a subcommand's name: left alone
            prefix = text("commands.arguments.usage", self.lang)
        super().add_usage(usage, actions, groups, prefix)


def _formatter(lang: Lang) -> type[HelpFormatter]:
    return type(f"HelpFormatter_{lang}", (HelpFormatter,), {"lang": lang})


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose own texts are in ``lang``."""

    def __init__(self, *, lang: Lang = "fi", add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _formatter(lang))
        parents: list[argparse.ArgumentParser] = kwargs.pop("parents", [])
        super().__init__(add_help=False, **kwargs)
        self.lang: Lang = lang
        # The two default groups: their titles are the headings of the help. Named before
        # the parents' arguments join them, which argparse matches to groups by title.
        self._positionals.title = text("commands.arguments.positionals", lang)
        self._optionals.title = text("commands.arguments.options", lang)
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=text("commands.arguments.help", lang),
            )
        for parent in parents:  # as argparse itself takes its parents
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(Parser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """The usage line and the error in the parser's language; exit status 2."""
        self.print_usage(sys.stderr)
        said = text(
            "commands.arguments.error",
            self.lang,
            prog=self.prog,
            message=translated_error(message, self.lang),
        )
        self.exit(2, said + "\n")

    def add_version(self, version: str) -> None:
        self.add_argument(
            "--version",
            action="version",
            version=version,
            help=text("commands.arguments.version", self.lang),
        )
