"""``tilannekuva``: the window with no arguments, and headless subcommands.

Exit status: 0 done, 1 the round has problems to fix, 2 the input or the
environment was refused with a message (nothing was changed), 70 a bug (a
log is written to the data folder).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime

from desktop import __version__
from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, as_lang, message
from desktop.paths import DataPaths, data_paths
from desktop.storage import Store
from desktop.workbook import Workbook

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_BUG = 0, 1, 2, 70
ENV_LANG = "TILANNEKUVA_LANG"
SUBMIT_COMMANDS = frozenset({"export", "verify", "key", "submissions", "correct"})
# The coordinator's own database: no answers database, no instance lock.
COORDINATOR_COMMANDS = frozenset({"trust", "collect", "missing"})

HELP = {
    "description": {
        "fi": "Sote-uudistuksen tilannekuvakyselyn vastaaminen. Ilman komentoa avautuu ikkuna.",
        "sv": "Besvara lägesbildsenkäten om vårdreformen. Utan kommando öppnas fönstret.",
        "en": "Answer the sote reform situational-picture survey. Without a command the window opens.",
    },
    "data_dir": {"fi": "tietokansio", "sv": "datamapp", "en": "data folder"},
    "lang": {"fi": "kieli (fi, sv, en)", "sv": "språk (fi, sv, en)", "en": "language (fi, sv, en)"},
    "profile": {
        "fi": "näytä tai aseta kunta ja yhteyshenkilö",
        "sv": "visa eller ställ in kommun och kontaktperson",
        "en": "show or set the municipality and the contact person",
    },
    "municipalities": {
        "fi": "hae kuntarekisteristä",
        "sv": "sök i kommunregistret",
        "en": "search the municipality register",
    },
    "rounds": {
        "fi": "luettele kyselykierrokset",
        "sv": "lista enkätomgångarna",
        "en": "list the survey rounds",
    },
    "show": {
        "fi": "näytä kierroksen osiot ja vastaukset",
        "sv": "visa omgångens delar och svar",
        "en": "show a round's sections and answers",
    },
    "set": {
        "fi": "tallenna yksi vastaus JSON-osoittimella (esim. /premises/lease_status)",
        "sv": "spara ett svar med en JSON-pekare (t.ex. /premises/lease_status)",
        "en": "store one answer by JSON pointer (e.g. /premises/lease_status)",
    },
    "json": {"fi": "arvo on JSONia", "sv": "värdet är JSON", "en": "the value is JSON"},
    "clear": {
        "fi": "poista vastaus tai taulukon rivi",
        "sv": "ta bort ett svar eller en tabellrad",
        "en": "remove an answer or a table row",
    },
    "validate": {
        "fi": "tarkista kierroksen vastaukset (paluuarvo 1, jos korjattavaa on)",
        "sv": "kontrollera omgångens svar (slutstatus 1 om något ska rättas)",
        "en": "check a round's answers (exit status 1 when there is something to fix)",
    },
    "explain": {
        "fi": "vahvista huomautus lyhyellä selityksellä (tyhjä selitys peruu vahvistuksen)",
        "sv": "bekräfta en anmärkning med en kort förklaring (en tom förklaring tar tillbaka den)",
        "en": "confirm a warning with a short explanation (an empty one takes it back)",
    },
    "check": {
        "fi": "vain tämän tarkistuksen huomautus (tunnus validate-tulosteesta)",
        "sv": "bara den här kontrollens anmärkning (id från validate)",
        "en": "only this check's warning (its id as validate shows it)",
    },
    "history": {
        "fi": "näytä kierroksen muutoshistoria",
        "sv": "visa omgångens ändringshistorik",
        "en": "show a round's change history",
    },
    "export": {
        "fi": "vie kierros: allekirjoitettu raportti ja paketti lähetettäväksi (tai --draft)",
        "sv": "exportera omgången: undertecknad rapport och paket att skicka in (eller --draft)",
        "en": "export a round: the signed report and package to submit (or --draft)",
    },
    "draft": {
        "fi": "luonnos: allekirjoittamaton PDF, sallittu puutteineen, ei lähetystä",
        "sv": "utkast: osignerad PDF, tillåten med brister, ingen inskickning",
        "en": "draft: an unsigned PDF, allowed with problems, not a submission",
    },
    "out": {
        "fi": "kansio, johon tiedostot kirjoitetaan (oletus: nykyinen)",
        "sv": "mapp dit filerna skrivs (standard: aktuell)",
        "en": "folder the files are written to (default: the current one)",
    },
    "passphrase_file": {
        "fi": "lue avaimen tunnuslause tiedostosta (- = vakiosyöte)",
        "sv": "läs nyckelns lösenfras från en fil (- = standardinmatning)",
        "en": "read the key's passphrase from a file (- = standard input)",
    },
    "verify": {
        "fi": "tarkista vastaanotettu paketti (.asice) tai raportti (.pdf)",
        "sv": "kontrollera ett mottaget paket (.asice) eller en rapport (.pdf)",
        "en": "check a received package (.asice) or report (.pdf)",
    },
    "trusted": {
        "fi": "luotetut sormenjäljet pilkuin eroteltuina tai tiedosto, jossa yksi per rivi",
        "sv": "betrodda fingeravtryck åtskilda med kommatecken, eller en fil med ett per rad",
        "en": "trusted fingerprints separated by commas, or a file with one per line",
    },
    "key": {
        "fi": "organisaation allekirjoitusavain: show, create, import",
        "sv": "organisationens signeringsnyckel: show, create, import",
        "en": "the organisation's signing key: show, create, import",
    },
    "key_show": {"fi": "näytä avain", "sv": "visa nyckeln", "en": "show the key"},
    "key_create": {
        "fi": "luo uusi avain kunnan nimiin",
        "sv": "skapa en ny nyckel i kommunens namn",
        "en": "create a new key in the municipality's name",
    },
    "key_import": {
        "fi": "tuo olemassa oleva PKCS#12-tiedosto (.p12, .pfx)",
        "sv": "importera en befintlig PKCS#12-fil (.p12, .pfx)",
        "en": "import an existing PKCS#12 file (.p12, .pfx)",
    },
    "submissions": {
        "fi": "näytä kierroksen lähetykset (--out tallentaa lähetyksen tiedostot uudelleen)",
        "sv": "visa omgångens inskickningar (--out sparar inskickningens filer på nytt)",
        "en": "show a round's submissions (--out saves a submission's files again)",
    },
    "number": {
        "fi": "lähetyksen numero (oletus: viimeisin)",
        "sv": "inskickningens nummer (standard: den senaste)",
        "en": "the submission's number (default: the latest)",
    },
    "correct": {
        "fi": "avaa lähetetty kierros korjausta varten (uusi numeroitu lähetys)",
        "sv": "öppna en inskickad omgång för rättelse (ny numrerad inskickning)",
        "en": "open a submitted round for a correction (a new numbered submission)",
    },
    "demo": {
        "fi": "täytä demokunnan ensimmäinen kierros, tarkista, allekirjoita ja lähetä se",
        "sv": "fyll i democommunens första omgång, kontrollera, underteckna och skicka in den",
        "en": "fill in the demo municipality's first round, check, sign and submit it",
    },
    "backup": {
        "fi": "varmuuskopiot: list, create, restore",
        "sv": "säkerhetskopior: list, create, restore",
        "en": "backups: list, create, restore",
    },
    "backup_list": {
        "fi": "luettele varmuuskopiot (aika, koko, kierrosten tilanne silloin)",
        "sv": "lista säkerhetskopiorna (tid, storlek, omgångarnas läge då)",
        "en": "list the backups (time, size, how far each round was then)",
    },
    "backup_create": {
        "fi": "ota varmuuskopio nyt",
        "sv": "ta en säkerhetskopia nu",
        "en": "take a backup now",
    },
    "backup_to": {
        "fi": "kirjoita varmuuskopio tähän kansioon (esim. muistitikulle)",
        "sv": "skriv säkerhetskopian i den här mappen (t.ex. ett USB-minne)",
        "en": "write the backup into this folder (e.g. a USB stick)",
    },
    "backup_restore": {
        "fi": "palauta vastaukset varmuuskopiosta (nykyisistä otetaan ensin varmuuskopio)",
        "sv": "återställ svaren från en säkerhetskopia (först tas en kopia av de nuvarande)",
        "en": "restore the answers from a backup (the current ones are backed up first)",
    },
    "yes": {
        "fi": "älä kysy vahvistusta",
        "sv": "fråga inte om bekräftelse",
        "en": "do not ask for confirmation",
    },
    "other_municipality": {
        "fi": "salli toisen kunnan varmuuskopio",
        "sv": "tillåt en annan kommuns säkerhetskopia",
        "en": "allow another municipality's backup",
    },
    "no_window": {
        "fi": "Ikkunaa ei voi avata: näyttöä ei ole. Ajetaan sen sijaan demo komentoriviltä.\n",
        "sv": "Fönstret kan inte öppnas: det finns ingen skärm. Demon körs i stället på kommandoraden.\n",
        "en": "The window cannot open: there is no display. Running the demo on the command line instead.\n",
    },
    "bug": {
        "fi": "Ohjelmavirhe: {error}. Tiedot on kirjoitettu lokiin {log}. Vastauksesi ovat tallessa.",
        "sv": "Programfel: {error}. Detaljerna har skrivits i loggen {log}. Dina svar är sparade.",
        "en": "Program error: {error}. The details were written to the log {log}. Your answers are safe.",
    },
}


def _pre_scan_lang(argv: Sequence[str]) -> Lang:
    """The language, known before the parser is built so its help is in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return as_lang(argv[index + 1])
        if arg.startswith("--lang="):
            return as_lang(arg.split("=", 1)[1])
    return as_lang(os.environ.get(ENV_LANG))


def _window_only(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only opens the window (no command, no help), so the commands can wait."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("--data-dir", "--lang"):
            index += 2
        elif arg.startswith(("--data-dir=", "--lang=")):
            index += 1
        else:
            return False
    return True


def build_parser(lang: Lang, *, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands`` only the options of opening the window."""

    def h(key: str) -> str:
        return message(HELP, key, lang)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=h("data_dir"))
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=h("lang"))

    parser = argparse.ArgumentParser(
        prog="tilannekuva", description=h("description"), parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"tilannekuva {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("profile", parents=[common], help=h("profile"))
    p.add_argument("--municipality", metavar="CODE")
    p.add_argument("--name")
    p.add_argument("--title")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--business-id")

    p = sub.add_parser("municipalities", parents=[common], help=h("municipalities"))
    p.add_argument("text", nargs="?", default="")
    p.add_argument("--limit", type=int, default=20)

    sub.add_parser("rounds", parents=[common], help=h("rounds"))

    p = sub.add_parser("show", parents=[common], help=h("show"))
    p.add_argument("round")
    p.add_argument("section", nargs="?")

    p = sub.add_parser("set", parents=[common], help=h("set"))
    p.add_argument("round")
    p.add_argument("pointer")
    p.add_argument("value")
    p.add_argument("--json", action="store_true", help=h("json"))

    p = sub.add_parser("clear", parents=[common], help=h("clear"))
    p.add_argument("round")
    p.add_argument("pointer")

    p = sub.add_parser("validate", parents=[common], help=h("validate"))
    p.add_argument("round")

    p = sub.add_parser("explain", parents=[common], help=h("explain"))
    p.add_argument("round")
    p.add_argument("pointer")
    p.add_argument("text")
    p.add_argument("--check", help=h("check"))

    p = sub.add_parser("history", parents=[common], help=h("history"))
    p.add_argument("round")
    p.add_argument("--limit", type=int, default=50)

    p = sub.add_parser("export", parents=[common], help=h("export"))
    p.add_argument("round")
    p.add_argument("--draft", action="store_true", help=h("draft"))
    p.add_argument("--out", default=".", metavar="DIR", help=h("out"))
    p.add_argument("--passphrase-file", metavar="FILE", help=h("passphrase_file"))

    p = sub.add_parser("verify", parents=[common], help=h("verify"))
    p.add_argument("file")
    p.add_argument("--trusted", action="append", metavar="FINGERPRINTS", help=h("trusted"))

    p = sub.add_parser("key", parents=[common], help=h("key"))
    keys = p.add_subparsers(dest="key_command", metavar="show|create|import", required=True)
    for name in ("show", "create", "import"):
        k = keys.add_parser(name, parents=[common], help=h(f"key_{name}"))
        if name == "import":
            k.add_argument("file")
        k.add_argument("--passphrase-file", metavar="FILE", help=h("passphrase_file"))

    p = sub.add_parser("submissions", parents=[common], help=h("submissions"))
    p.add_argument("round")
    p.add_argument("--out", metavar="DIR", help=h("out"))
    p.add_argument("--number", type=int, help=h("number"))

    p = sub.add_parser("correct", parents=[common], help=h("correct"))
    p.add_argument("round")

    sub.add_parser("demo", parents=[common], help=h("demo"))

    p = sub.add_parser("backup", parents=[common], help=h("backup"))
    backups = p.add_subparsers(dest="backup_command", metavar="list|create|restore", required=True)
    backups.add_parser("list", parents=[common], help=h("backup_list"))
    b = backups.add_parser("create", parents=[common], help=h("backup_create"))
    b.add_argument("--to", metavar="FOLDER", help=h("backup_to"))
    b = backups.add_parser("restore", parents=[common], help=h("backup_restore"))
    b.add_argument("file")
    b.add_argument("--yes", action="store_true", help=h("yes"))
    b.add_argument("--other-municipality", action="store_true", help=h("other_municipality"))

    from desktop.commands import collect

    collect.add_parsers(sub, common, lang)
    return parser


def has_display() -> bool:
    if sys.platform == "win32" or sys.platform == "darwin":
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run(args: argparse.Namespace, console: Console) -> int:
    chosen_dir = getattr(args, "data_dir", None)
    paths = data_paths(chosen_dir)
    command = args.command
    if command is None:
        if has_display():
            # Loaded only on this branch, so the headless commands never load Qt; by name,
            # because the import contract keeps desktop.cli itself free of Qt.
            window = importlib.import_module("desktop.ui.app")
            chosen = getattr(args, "lang", None) or os.environ.get(ENV_LANG)
            status: int = window.run(paths, as_lang(chosen) if chosen else None)
            return status
        console.warn(message(HELP, "no_window", console.lang))
        command = "demo"
    if command == "demo" and chosen_dir is None:
        # The demo never writes into the real answers of the installation.
        paths = DataPaths(paths.root / "demo")
    from desktop.commands import answers, demo, profile

    if command == "municipalities":
        return profile.run_municipalities(args, console)
    if command in SUBMIT_COMMANDS:
        return _run_submit(args, console, paths)
    if command in COORDINATOR_COMMANDS:
        from desktop.commands import collect

        return collect.run(args, console, paths)
    with Store.open(paths) as store:
        if command == "demo":
            return demo.run_demo(args, store, console, paths.root)
        if command == "profile":
            return profile.run_profile(args, store, console)
        if command == "backup":
            from desktop.commands.backup import run_backup

            return run_backup(args, store, console)
        workbook = Workbook(store)
        handlers = {
            "rounds": answers.run_rounds,
            "show": answers.run_show,
            "set": answers.run_set,
            "clear": answers.run_clear,
            "validate": answers.run_validate,
            "explain": answers.run_explain,
            "history": answers.run_history,
        }
        return handlers[command](args, workbook, console)


def _run_submit(args: argparse.Namespace, console: Console, paths: DataPaths) -> int:
    # Signing and the report need pyHanko and reportlab: loaded only by the commands using them.
    from desktop.commands import submit

    command = args.command
    if command == "verify":
        # Checking a received file needs no data folder: a coordinator may have none.
        return submit.run_verify(args, console)
    with Store.open(paths) as store:
        if command == "key":
            return submit.run_key(args, store, console, paths)
        workbook = Workbook(store)
        if command == "export":
            return submit.run_export(args, workbook, console, paths)
        if command == "submissions":
            return submit.run_submissions(args, workbook, console)
        return submit.run_correct(args, workbook, console)


def _log_bug(args: argparse.Namespace) -> str:
    try:
        logs = data_paths(getattr(args, "data_dir", None)).logs
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / "cli-error.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} tilannekuva {__version__}\n")
            handle.write(traceback.format_exc())
        return str(log)
    except OSError:
        return "-"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A Windows console may not be UTF-8; a Sámi letter must not crash a command.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    lang = _pre_scan_lang(argv)
    # Opening the window (the common case) builds no subcommand parsers: start-up time.
    args = build_parser(lang, commands=not _window_only(argv)).parse_args(argv)
    console = Console(as_lang(getattr(args, "lang", None) or lang))
    try:
        return _run(args, console)
    except UserError as exc:
        console.warn(exc.message(console.lang))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped listening; that is not an error of ours.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        console.warn(
            message(HELP, "bug", console.lang, error=type(exc).__name__, log=_log_bug(args))
        )
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
