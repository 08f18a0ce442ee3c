"""``round build|check|add``: publishing a survey round as a signed package, and opening one."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import pick
from desktop.untrusted import escape

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    import argparse

    from desktop.commands.context import Arguments, Context
    from desktop.survey import Catalog, Round


def arguments(a: Arguments) -> None:
    commands = a.subcommands("round_command", "build|check|add", "a_round_command")
    build = commands.add_parser("build", parents=[a.common], help=a.h("round_build"))
    build.add_argument("folder", metavar=a.m("dir"), help=a.h("a_folder"))
    build.add_argument("--out", required=True, metavar=a.m("file"), help=a.h("round_out"))
    build.add_argument("--key", metavar=a.m("file"), help=a.h("round_key"))
    build.add_argument("--passphrase-file", metavar=a.m("file"), help=a.h("passphrase_file"))
    check = commands.add_parser("check", parents=[a.common], help=a.h("round_check"))
    check.add_argument("folder", metavar=a.m("dir"), help=a.h("a_folder"))
    check.add_argument("--out", default=".", metavar=a.m("dir"), help=a.h("drafts"))
    add = commands.add_parser("add", parents=[a.common], help=a.h("round_add"))
    add.add_argument("file", metavar=a.m("file"), help=a.h("a_package"))


def run(args: argparse.Namespace, context: Context) -> int:
    if args.round_command == "add":
        return _add(args, context)
    catalog = _catalog(context)
    if args.round_command == "build":
        return _build(args, context, catalog)
    return _check(args, context.console, catalog)


def _catalog(context: Context) -> Catalog:
    """The shipped rounds and those added to the data folder (it is not created for this)."""
    from desktop.rounds.library import catalog_for
    from desktop.storage import Store

    if not context.paths.database.is_file():
        return catalog_for(None)
    with Store.open_for_reading(context.paths) as store:
        return catalog_for(store)


def _title(rnd: Round, console: Console) -> str:
    return escape(pick(rnd.title, console.lang))


def _build(args: argparse.Namespace, context: Context, catalog: Catalog) -> int:
    from desktop.commands.secrets import open_with_passphrase
    from desktop.rounds.library import build_package
    from desktop.signing.keystore import load_key

    console = context.console
    source = Path(args.key) if args.key else context.paths.key_store
    key = open_with_passphrase(
        lambda phrase: load_key(source, phrase), source, args.passphrase_file, console
    )
    data, rnd = build_package(Path(args.folder), catalog, key)
    target = Path(args.out)
    write_whole(target, data)
    from desktop.rounds.layout import files_of

    console.say(
        console.text(
            "commands.round.built",
            path=escape(str(target)),
            round=rnd.id,
            title=_title(rnd, console),
            count=len(files_of(data)),
            signer=escape(key.organisation_name),
            fingerprint=key.fingerprint,
        )
    )
    from desktop.rounds.signers import trust_published

    if trust_published(context.paths, key.fingerprint, rnd.id):
        shown = escape(str(target))
        console.say(console.text("commands.round.own_key_trusted", path=shown))
    return 0


class RoundCommandError(UserError):
    """A command of ``round`` refused (a file that cannot be written)."""


def write_whole(target: Path, data: bytes) -> None:
    """``data`` into ``target``, whole or not at all."""
    temporary = target.with_name(f"{target.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        reason = exc.strerror or type(exc).__name__
        raise RoundCommandError(
            "commands.round.unwritable", path=escape(str(target)), reason=reason
        ) from None


def _check(args: argparse.Namespace, console: Console, catalog: Catalog) -> int:
    from desktop.rounds.draft import render_drafts
    from desktop.rounds.library import check_folder
    from desktop.workbook import shipped_register

    checked = check_folder(Path(args.folder), catalog)
    if checked.problems:
        console.say(console.text("commands.round.problems", count=len(checked.problems)))
        for problem in checked.problems:
            console.say(f"- {problem.message(console.lang)}")
        return 1
    rnd = checked.round
    assert rnd is not None
    console.say(console.text("commands.round.checked", round=rnd.id, count=len(checked.files)))
    empty, filled = render_drafts(
        rnd, console.lang, datetime.now().astimezone(), shipped_register()
    )
    folder = Path(args.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise RoundCommandError("commands.round.no_folder", path=escape(str(folder))) from None
    targets = (folder / f"{rnd.id}-draft-empty.pdf", folder / f"{rnd.id}-draft-filled.pdf")
    for target, data in zip(targets, (empty, filled), strict=True):
        write_whole(target, data)
    shown = {"empty": escape(str(targets[0])), "filled": escape(str(targets[1]))}
    console.say(console.text("commands.round.drafts_written", **shown))
    return 0


def _add(args: argparse.Namespace, context: Context) -> int:
    from desktop.rounds.library import open_package
    from desktop.signing.received import read_received
    from desktop.storage import Store
    from desktop.workbook import Workbook

    console = context.console
    data = read_received(args.file)
    with Store.open(context.paths) as store:
        # The workbook's path, as the window's: the profile's contact fills the new round.
        added = Workbook(store).add_round(open_package(data, context.paths), data)
    rnd = added.round
    if not added.stored:
        console.say(console.text("commands.round.already", round=rnd.id))
        return 0
    origin = rnd.origin
    assert origin is not None
    console.say(
        console.text(
            "commands.round.added",
            round=rnd.id,
            title=_title(rnd, console),
            signer=escape(origin.signer_name),
            fingerprint=origin.signer_fingerprint,
        )
    )
    return 0


def origin_line(rnd: Round, console: Console) -> str | None:
    """How ``rounds`` marks a round added from a package; None for a shipped one."""
    if rnd.origin is None:
        return None
    return console.text(
        "commands.round.from_package",
        when=console.moment(rnd.origin.added_at),
        signer=escape(rnd.origin.signer_name),
        fingerprint=rnd.origin.signer_fingerprint,
    )
