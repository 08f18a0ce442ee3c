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
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from desktop.i18n import Lang, Texts, message, pick

TEXTS: dict[str, Texts] = {
    "usage": {"fi": "käyttö: ", "sv": "användning: ", "en": "usage: "},
    "positionals": {"fi": "argumentit", "sv": "argument", "en": "arguments"},
    "options": {"fi": "valinnat", "sv": "flaggor", "en": "options"},
    "help": {
        "fi": "näytä tämä ohje ja lopeta",
        "sv": "visa den här hjälpen och avsluta",
        "en": "show this help and exit",
    },
    "error": {
        "fi": "{prog}: virhe: {message}",
        "sv": "{prog}: fel: {message}",
        "en": "{prog}: error: {message}",
    },
    "bad_count": {
        "fi": "”{text}” ei kelpaa: anna kokonaisluku {least}–{limit} numeroin 0–9.",
        "sv": "”{text}” duger inte: ange ett heltal {least}–{limit} med siffrorna 0–9.",
        "en": "“{text}” will not do: give a whole number {least}–{limit} in the digits 0–9.",
    },
    "version": {
        "fi": "näytä ohjelman versio ja lopeta",
        "sv": "visa programmets version och avsluta",
        "en": "show the program's version and exit",
    },
}


# argparse's error messages (Python 3.11–3.13), matched as it writes them, and how to say
# them; a message not matched here is shown as argparse wrote it.
_ERRORS: tuple[tuple[re.Pattern[str], Texts], ...] = tuple(
    (re.compile(pattern, re.S), texts)
    for pattern, texts in (
        (
            r"the following arguments are required: (?P<names>.*)",
            {
                "fi": "puuttuu: {names}",
                "sv": "saknas: {names}",
                "en": "missing: {names}",
            },
        ),
        (
            r"unrecognized arguments: (?P<names>.*)",
            {
                "fi": "tuntemattomia argumentteja: {names}",
                "sv": "okända argument: {names}",
                "en": "unknown arguments: {names}",
            },
        ),
        (
            r"argument (?P<name>.+?): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)",
            {
                "fi": "{name}: {value} ei ole vaihtoehto (vaihtoehdot: {choices})",
                "sv": "{name}: {value} är inget alternativ (alternativ: {choices})",
                "en": "{name}: {value} is not one of the choices ({choices})",
            },
        ),
        (
            r"argument (?P<name>.+?): invalid (?P<type>int|float) value: (?P<value>.*)",
            {
                "fi": "{name}: {value} ei ole luku",
                "sv": "{name}: {value} är inte ett tal",
                "en": "{name}: {value} is not a number",
            },
        ),
        (
            r"argument (?P<name>.+?): expected (?:one|at least one) argument",
            {
                "fi": "{name} tarvitsee arvon",
                "sv": "{name} behöver ett värde",
                "en": "{name} needs a value",
            },
        ),
        (
            r"argument (?P<name>.+?): ignored explicit argument (?P<value>.*)",
            {
                "fi": "{name} ei ota arvoa ({value})",
                "sv": "{name} tar inget värde ({value})",
                "en": "{name} takes no value ({value})",
            },
        ),
        (
            r"ambiguous option: (?P<option>\S+?) could match (?P<matches>.*)",
            {
                "fi": "{option} voi tarkoittaa useaa valintaa: {matches}",
                "sv": "{option} kan betyda flera flaggor: {matches}",
                "en": "{option} could mean several options: {matches}",
            },
        ),
        (  # any other complaint about one argument: its own message, already translated
            r"argument (?P<name>.+?): (?P<message>.*)",
            {"fi": "{name}: {message}", "sv": "{name}: {message}", "en": "{name}: {message}"},
        ),
    )
)


def whole_number(lang: Lang, *, least: int = 0, most: int) -> Callable[[str], int]:
    """An argument type: a count typed in the digits 0-9, from ``least`` to ``most``."""

    def parse(text: str) -> int:
        digits = text.lstrip("0")
        if (
            not (text.isascii() and text.isdigit())
            or len(digits) > len(str(most))
            or not least <= int(text) <= most
        ):
            raise argparse.ArgumentTypeError(
                message(TEXTS, "bad_count", lang, text=text[:20], least=least, limit=most)
            )
        return int(text)

    return parse


def translated_error(text: str, lang: Lang) -> str:
    """One of argparse's error messages in ``lang``."""
    for pattern, texts in _ERRORS:
        found = pattern.fullmatch(text)
        if found is not None:
            return pick(texts, lang).format(**found.groupdict())
    return text


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the usage line's prefix in the parser's language."""

    lang: Lang = "fi"

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        if prefix is None:  # "" is argparse working out a subcommand's name: left alone
            prefix = pick(TEXTS["usage"], self.lang)
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
        self._positionals.title = pick(TEXTS["positionals"], lang)
        self._optionals.title = pick(TEXTS["options"], lang)
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=pick(TEXTS["help"], lang),
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
        said = pick(TEXTS["error"], self.lang).format(
            prog=self.prog, message=translated_error(message, self.lang)
        )
        self.exit(2, said + "\n")

    def add_version(self, version: str) -> None:
        self.add_argument(
            "--version", action="version", version=version, help=pick(TEXTS["version"], self.lang)
        )
