"""Passphrases at the command line: from a file, the environment, or typed at the terminal.

The order is ``--passphrase-file`` (``-`` reads the first line of standard
input), then the ``TILANNEKUVA_PASSPHRASE`` environment variable, then a
prompt that does not echo when the command runs in a terminal. A script
without any of these signs with a key that has no passphrase.
"""

from __future__ import annotations

import codecs
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.signing.keys import KeyStoreError, OrganisationKey

ENV_PASSPHRASE: Final = "TILANNEKUVA_PASSPHRASE"  # noqa: S105  # the name of a variable
_ATTEMPTS: Final = 3
_MAX_FILE: Final = 4096


class PassphraseError(UserError):
    """The passphrase cannot be read or was not given."""


def given_passphrase(source: str | None) -> str | None:
    """The passphrase from ``--passphrase-file`` or the environment; None when neither is given."""
    if source is None:
        return os.environ.get(ENV_PASSPHRASE)
    if source == "-":
        if sys.stdin is None:  # the windowed program has no standard input
            raise PassphraseError("commands.secrets.no_stdin")
        raw = sys.stdin.buffer.readline(_MAX_FILE)
    else:
        try:
            with Path(source).open("rb") as handle:
                raw = handle.read(_MAX_FILE)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise PassphraseError(
                "commands.secrets.unreadable", path=source, reason=reason
            ) from exc
    text = _first_line(raw)
    if text is None:
        if source == "-":
            raise PassphraseError("commands.secrets.stdin_not_utf8")
        raise PassphraseError("commands.secrets.not_utf8", path=source)
    return text


def _first_line(raw: bytes) -> str | None:
    """The first line of ``raw`` as text, without its line end; None when it is not text.

    The bytes are read as they are, not through the console's code page (cp1252 on a
    Finnish Windows): UTF-8, with or without the byte-order mark PowerShell 5.1 and Notepad
    write, or UTF-16 with its mark (PowerShell 5.1's ``>``).
    """
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = raw[: len(raw) // 2 * 2].decode("utf-16")
        else:
            text = raw.split(b"\n", 1)[0].decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return text.split("\n", 1)[0].rstrip("\r")


def interactive() -> bool:
    """Whether a passphrase can be asked: standard input is a terminal (the windowed program
    has none)."""
    return sys.stdin is not None and sys.stdin.isatty()


def new_passphrase(source: str | None, console: Console) -> str | None:
    """The passphrase for a new or imported key; None stores it without one."""
    given = given_passphrase(source)
    if given is not None:
        return given or None
    if not interactive():
        return None
    first = getpass.getpass(console.text("commands.secrets.prompt_new"))
    if not first:
        return None
    if getpass.getpass(console.text("commands.secrets.prompt_again")) != first:
        raise PassphraseError("commands.secrets.mismatch")
    return first


def open_with_passphrase(
    opener: Callable[[str | None], OrganisationKey],
    path: Path,
    source: str | None,
    console: Console,
) -> OrganisationKey:
    """``opener(passphrase)``, asking at the terminal when the key needs a passphrase."""
    given = given_passphrase(source)
    if given is not None or not interactive():
        return opener(given)
    try:
        return opener(None)
    except KeyStoreError as error:
        if error.key != "signing.key.passphrase_required":
            raise
    for attempt in range(1, _ATTEMPTS + 1):
        typed = getpass.getpass(console.text("commands.secrets.prompt", path=path))
        try:
            return opener(typed)
        except KeyStoreError as error:
            if error.key != "signing.key.wrong_passphrase" or attempt == _ATTEMPTS:
                raise
            console.warn(console.told(error))
    raise AssertionError("unreachable")
