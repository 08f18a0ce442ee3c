"""argparse in the user's language: its own headings, usage line and help option.

argparse writes "usage:", "positional arguments", "options" and "show this
help message and exit" in English whatever the language; a parser made here
writes them in Finnish, Swedish or English, and so does every subcommand's
parser (``add_subparsers`` makes them of the same class and language).
"""

from __future__ import annotations

import argparse
import functools
from typing import Any

from desktop.i18n import Lang, Texts, pick

TEXTS: dict[str, Texts] = {
    "usage": {"fi": "käyttö: ", "sv": "användning: ", "en": "usage: "},
    "positionals": {"fi": "argumentit", "sv": "argument", "en": "arguments"},
    "options": {"fi": "valinnat", "sv": "flaggor", "en": "options"},
    "help": {
        "fi": "näytä tämä ohje ja lopeta",
        "sv": "visa den här hjälpen och avsluta",
        "en": "show this help and exit",
    },
    "version": {
        "fi": "näytä ohjelman versio ja lopeta",
        "sv": "visa programmets version och avsluta",
        "en": "show the program's version and exit",
    },
}


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

    def add_version(self, version: str) -> None:
        self.add_argument(
            "--version", action="version", version=version, help=pick(TEXTS["version"], self.lang)
        )
