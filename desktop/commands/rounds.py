"""``round build|check|add``: publishing a survey round as a signed package, and opening one."""

from __future__ import annotations

import argparse
import contextlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import Texts, pick
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.commands.registry import Arguments, Context
    from desktop.survey import Catalog, Round

HELP: dict[str, Texts] = {
    "round": {
        "fi": "kyselykierrokset kierrospaketteina (.tkround): build, check, add",
        "sv": "enkätomgångar som omgångspaket (.tkround): build, check, add",
        "en": "survey rounds as round packages (.tkround): build, check, add",
    },
    "a_round_command": {
        "fi": "build tekee paketin kansiosta, check tarkistaa kansion, add lisää paketin",
        "sv": "build skapar ett paket av en mapp, check kontrollerar en mapp, add lägger till "
        "ett paket",
        "en": "build makes a package from a folder, check checks a folder, add adds a package",
    },
    "round_build": {
        "fi": "tarkista kierroksen kansio ja tee siitä allekirjoitettu kierrospaketti",
        "sv": "kontrollera omgångens mapp och skapa ett undertecknat omgångspaket av den",
        "en": "check a round's folder and make a signed round package of it",
    },
    "round_check": {
        "fi": "näytä kierroksen kansion kaikki virheet ja tee lomakkeesta luonnos-PDF:t",
        "sv": "visa alla fel i omgångens mapp och skapa utkast-PDF:er av formuläret",
        "en": "show every problem of a round's folder and make draft PDFs of the form",
    },
    "round_add": {
        "fi": "lisää kierrospaketti tähän ohjelmaan (allekirjoitus ja määrittely tarkistetaan)",
        "sv": "lägg till ett omgångspaket i programmet (underskrift och definition kontrolleras)",
        "en": "add a round package to this program (its signature and definition are checked)",
    },
    "a_folder": {
        "fi": "kansio, jossa on kierroksen manifesti (VVVV-N.json) ja uudet lomakkeet",
        "sv": "mapp med omgångens manifest (ÅÅÅÅ-N.json) och de nya formulären",
        "en": "folder with the round's manifest (YYYY-N.json) and its new forms",
    },
    "a_package": {
        "fi": "kierrospaketti (.tkround)",
        "sv": "omgångspaket (.tkround)",
        "en": "round package (.tkround)",
    },
    "round_out": {
        "fi": "kirjoitettava kierrospaketti (.tkround)",
        "sv": "omgångspaketet som skrivs (.tkround)",
        "en": "the round package to write (.tkround)",
    },
    "round_key": {
        "fi": "allekirjoittava avain (PKCS#12); oletus tietokansion organisaatioavain",
        "sv": "nyckeln som undertecknar (PKCS#12); standard är datamappens organisationsnyckel",
        "en": "the signing key (PKCS#12); by default the data folder's organisation key",
    },
    "passphrase_file": {
        "fi": "lue avaimen tunnuslause tiedostosta (- = vakiosyöte)",
        "sv": "läs nyckelns lösenfras från en fil (- = standardinmatning)",
        "en": "read the key's passphrase from a file (- = standard input)",
    },
    "drafts": {
        "fi": "kansio, johon luonnos-PDF:t kirjoitetaan (oletus nykyinen kansio)",
        "sv": "mapp där utkast-PDF:erna skrivs (standard är den aktuella mappen)",
        "en": "folder the draft PDFs are written to (by default the current folder)",
    },
}

TEXTS: dict[str, Texts] = {
    "built": {
        "fi": "Kierrospaketti {path} tehty: kierros {round} ({title}), {count} tiedostoa, "
        "allekirjoittaja {signer}, sormenjälki {fingerprint}.",
        "sv": "Omgångspaketet {path} har skapats: omgång {round} ({title}), {count} filer, "
        "undertecknare {signer}, fingeravtryck {fingerprint}.",
        "en": "Round package {path} made: round {round} ({title}), {count} files, signed by "
        "{signer}, fingerprint {fingerprint}.",
    },
    "checked": {
        "fi": "Kierroksen {round} määrittely on kunnossa ({count} tiedostoa).",
        "sv": "Definitionen av omgången {round} är i ordning ({count} filer).",
        "en": "The definition of round {round} is sound ({count} files).",
    },
    "problems": {
        "fi": "Määrittelyssä on {count} virhettä:",
        "sv": "Definitionen innehåller {count} fel:",
        "en": "The definition has {count} problems:",
    },
    "problems_one": {
        "fi": "Määrittelyssä on 1 virhe:",
        "sv": "Definitionen innehåller 1 fel:",
        "en": "The definition has 1 problem:",
    },
    "drafts_written": {
        "fi": "Luonnokset: {empty} (tyhjä) ja {filled} (esimerkkivastauksin)",
        "sv": "Utkast: {empty} (tomt) och {filled} (med exempelsvar)",
        "en": "Drafts: {empty} (empty) and {filled} (with example answers)",
    },
    "added": {
        "fi": "Kierros {round} lisätty: {title}. Allekirjoittaja {signer}, sormenjälki "
        "{fingerprint}.",
        "sv": "Omgången {round} har lagts till: {title}. Undertecknare {signer}, fingeravtryck "
        "{fingerprint}.",
        "en": "Round {round} added: {title}. Signed by {signer}, fingerprint {fingerprint}.",
    },
    "already": {
        "fi": "Kierros {round} on jo ohjelmassa samanlaisena; mitään ei muutettu.",
        "sv": "Omgången {round} finns redan i programmet med samma innehåll; inget ändrades.",
        "en": "Round {round} is already in the program as it is; nothing was changed.",
    },
    "unwritable": {
        "fi": "Tiedostoa {path} ei voi kirjoittaa: {reason}",
        "sv": "Filen {path} kan inte skrivas: {reason}",
        "en": "The file {path} cannot be written: {reason}",
    },
}


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
    _write(target, data)
    from desktop.rounds.layout import files_of

    console.say(
        console.text(
            TEXTS,
            "built",
            path=escape(str(target)),
            round=rnd.id,
            title=_title(rnd, console),
            count=len(files_of(data)),
            signer=escape(key.organisation_name),
            fingerprint=key.fingerprint,
        )
    )
    return 0


class RoundCommandError(UserError):
    catalog = TEXTS


def _write(target: Path, data: bytes) -> None:
    """``data`` into ``target``, whole or not at all."""
    temporary = target.with_name(f"{target.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        reason = exc.strerror or type(exc).__name__
        raise RoundCommandError("unwritable", path=escape(str(target)), reason=reason) from None


def _check(args: argparse.Namespace, console: Console, catalog: Catalog) -> int:
    from desktop.rounds.draft import render_drafts
    from desktop.rounds.library import check_folder

    checked = check_folder(Path(args.folder), catalog)
    if checked.problems:
        console.say(console.text(TEXTS, "problems", count=len(checked.problems)))
        for problem in checked.problems:
            console.say(f"- {problem.message(console.lang)}")
        return 1
    rnd = checked.round
    assert rnd is not None
    console.say(console.text(TEXTS, "checked", round=rnd.id, count=len(checked.files)))
    empty, filled = render_drafts(rnd, console.lang, datetime.now().astimezone())
    folder = Path(args.out)
    targets = (folder / f"{rnd.id}-draft-empty.pdf", folder / f"{rnd.id}-draft-filled.pdf")
    for target, data in zip(targets, (empty, filled), strict=True):
        _write(target, data)
    shown = {"empty": escape(str(targets[0])), "filled": escape(str(targets[1]))}
    console.say(console.text(TEXTS, "drafts_written", **shown))
    return 0


def _add(args: argparse.Namespace, context: Context) -> int:
    from desktop.rounds.library import add_package
    from desktop.signing.received import read_received
    from desktop.storage import Store

    console = context.console
    data = read_received(args.file)
    with Store.open(context.paths) as store:
        added = add_package(store, data, context.paths)
    rnd = added.round
    if not added.stored:
        console.say(console.text(TEXTS, "already", round=rnd.id))
        return 0
    origin = rnd.origin
    assert origin is not None
    console.say(
        console.text(
            TEXTS,
            "added",
            round=rnd.id,
            title=_title(rnd, console),
            signer=escape(origin.signer_name),
            fingerprint=origin.signer_fingerprint,
        )
    )
    return 0


def origin_line(rnd: Round, console: Console) -> str | None:
    """How ``rounds`` marks a round added from a package; None for a shipped one."""
    from desktop.survey.formatting import format_local_time

    if rnd.origin is None:
        return None
    return console.text(
        ORIGIN,
        "from_package",
        when=format_local_time(rnd.origin.added_at),
        signer=escape(rnd.origin.signer_name),
        fingerprint=rnd.origin.signer_fingerprint,
    )


ORIGIN: dict[str, Texts] = {
    "from_package": {
        "fi": "    lisätty kierrospaketista {when}; allekirjoittaja {signer} ({fingerprint})",
        "sv": "    tillagd från ett omgångspaket {when}; undertecknare {signer} ({fingerprint})",
        "en": "    added from a round package {when}; signed by {signer} ({fingerprint})",
    },
}
