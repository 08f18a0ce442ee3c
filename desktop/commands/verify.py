"""``verify``: received packages and reports checked, a verdict for each and a summary.

``verify A.asice B.pdf DIR…`` checks each file as what its name says (a
folder: every ``.asice`` and ``.pdf`` file under it), prints every check of
each, and ends with one line per file saying what it amounts to. The exit
status is 0 only when every check that was asked for holds in every file:
the signer is compared with the coordinator's trust register of the data
folder (a municipality registered with another key fails, and so does a
key registered for another municipality, whatever ``--trusted`` says) and,
when given, with the ``--trusted`` list (a signer
not on it fails); a signer found on neither is not confirmed, which is said
plainly with how to confirm it, but it is not a failure.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.signing.received import is_candidate, read_received
from desktop.signing.verdict import Verdict
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.commands.context import Context
    from desktop.municipalities import Register


def run_verify(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    from desktop.collect.desk import Desk
    from desktop.collect.receiving import verify_file

    # The rounds added to the data folder verify like shipped ones (the coordinator's copies).
    desk = Desk.open(context.paths)
    catalog = desk.catalog
    trusted = frozenset(_trusted(args.trusted)) if args.trusted else None
    # The coordinator's trust register of this folder, when it has one: a list given is a
    # condition of its own, and never overrides the key registered for a municipality.
    registered = desk.registered
    refused: list[str] = []
    count = unconfirmed = 0
    for target, empty_folder in _targets(args.files):
        shown = escape(str(target))
        console.say(console.text("commands.verify.file", path=shown))
        count += 1
        if empty_folder:
            console.say(console.text("commands.verify.nothing_in_folder", path=shown))
            refused.append(shown)
            continue
        verdict = verify_file(
            target,
            trusted=trusted,
            catalog=catalog,
            register=desk.register,
            registered=registered,
        )
        # No list given and nothing registered yet: the way to register the key is said.
        unregistered = trusted is None and not registered
        by_register = trusted is None and bool(registered)
        own = verdict.ok and not verdict.signer_confirmed and _own_key(context, verdict)
        print_verdict(
            verdict,
            console,
            registered=by_register,
            no_register=unregistered,
            own_key=own,
            register=desk.register,
        )
        if not verdict.ok:
            refused.append(shown)
        elif not verdict.signer_confirmed:
            unconfirmed += 1
    if count > 1:
        console.say()
        said = console.text("commands.verify.refused_count", count=len(refused))
        values = {"count": count, "sound": count - len(refused), "refused": said}
        console.say(console.text("commands.verify.summary", unconfirmed=unconfirmed, **values))
        for shown in refused:
            console.say(console.text("commands.verify.summary_refused", path=shown))
    return 1 if refused else 0


def _own_key(context: Context, verdict: Verdict) -> bool:
    """Whether ``verdict``'s signer is this data folder's own organisation key."""
    from desktop.signing.keystore import own_fingerprint

    own = own_fingerprint(context.paths.key_store)
    return own is not None and verdict.fingerprint is not None and own == verdict.fingerprint


def print_verdict(
    verdict: Verdict,
    console: Console,
    *,
    registered: bool = False,
    no_register: bool = False,
    own_key: bool = False,
    register: Register | None = None,
) -> None:
    """Every check of ``verdict``, and the line saying what it amounts to (``registered``:
    the signer was compared with the coordinator's trust register, not a list given;
    ``no_register``: neither a list was given nor any key registered in the data folder;
    ``own_key``: signed with this data folder's own organisation key). A municipality
    ``register`` knows is named in the user's language; any other as the package names it."""
    from desktop.collect.receiving import municipality_of

    for check in verdict.checks:
        console.say(f"{console.mark(check.ok)} {check.message(console.lang)}")
    municipality = municipality_of(verdict) if registered or no_register else None
    if not verdict.ok:
        console.say(console.text("commands.verify.verdict_refused"))
    elif verdict.signer_confirmed:
        key = "verdict_registered" if registered else "verdict_ok"
        console.say(console.text(f"commands.verify.{key}"))
    elif own_key:
        console.say(console.text("commands.verify.verdict_own", fingerprint=verdict.fingerprint))
    elif municipality is not None:
        code, name = municipality
        key = "verdict_unregistered" if registered else "verdict_no_register"
        said: object = escape(name)
        if register is not None and code in register:
            said = register.get(code).names()
        console.say(
            console.text(
                f"commands.verify.{key}",
                fingerprint=verdict.fingerprint,
                code=escape(code),
                name=said,
            )
        )
    else:
        console.say(
            console.text("commands.verify.verdict_unconfirmed", fingerprint=verdict.fingerprint)
        )


def _targets(arguments: Sequence[str]) -> Iterator[tuple[Path, bool]]:
    """Each file named, and the packages and reports under each folder named (sorted).

    A folder holding none is given back once, marked, so that it is told and
    counted as refused: the user asked for files that are not there. A file
    named twice (itself and inside a folder named too) is checked once.
    """
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
            found = [path]
        else:
            found = sorted(p for p in path.rglob("*") if is_candidate(p) and not p.is_dir())
            if not found:
                yield path, True
        for item in found:
            identity = item.resolve()
            if identity not in seen:
                seen.add(identity)
                yield item, False


def _trusted(values: Sequence[str]) -> set[str]:
    """Fingerprints given on the command line: each value a list or a file of them."""
    from desktop.signing.keys import normalise_fingerprint  # the key's module: when asked for

    found: set[str] = set()
    for value in values:
        candidate = Path(value)
        if candidate.is_file():
            lines = read_received(candidate).decode("utf-8", errors="replace").splitlines()
            items = [line.split("#", 1)[0] for line in lines]
        else:
            items = value.split(",")
        found.update(normalise_fingerprint(item) for item in items if item.strip())
    return found
