"""``tilannekuva``: the window with no arguments, and headless subcommands.

Exit status: 0 done, 1 the round has problems to fix, 2 the input or the
environment was refused with a message (nothing was changed), 70 a bug (a
log is written to the data folder).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.commands.arguments import Parser
from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, as_lang, message
from desktop.paths import DataPaths, data_paths
from desktop.storage import Store
from desktop.survey.loader import remember_checks_in
from desktop.workbook import Workbook

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_BUG = 0, 1, 2, 70
ENV_LANG = "TILANNEKUVA_LANG"
SUBMIT_COMMANDS = frozenset({"export", "verify", "key", "submissions", "correct"})
RECEIVED_SUFFIXES = (".asice", ".pdf")
# Commands that only read the database: they work while the window holds the data folder.
READING_COMMANDS = frozenset({"rounds", "show", "validate", "history", "submissions"})
# The coordinator's own database: no answers database, no instance lock.
COORDINATOR_COMMANDS = frozenset({"trust", "collect", "missing"})
# The largest count or number the commands take (--limit, --number).
MAX_COUNT = 1_000_000
# Every command, so that one asked for can be built alone (start-up time).
COMMANDS = frozenset(
    {
        "profile",
        "municipalities",
        "rounds",
        "show",
        "set",
        "clear",
        "validate",
        "history",
        "export",
        "verify",
        "key",
        "submissions",
        "correct",
        "demo",
        "backup",
        *COORDINATOR_COMMANDS,
    }
)

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
    "a_warning_pointer": {
        "fi": "huomautuksen kohteen osoite, kuten validate sen näyttää",
        "sv": "adressen som anmärkningen gäller, som validate visar den",
        "en": "the address the warning is about, as validate shows it",
    },
    "a_explanation": {
        "fi": "miksi vastaus pitää paikkansa, lyhyesti",
        "sv": "varför svaret stämmer, kort",
        "en": "why the answer is right, in short",
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
        "fi": "tarkista vastaanotetut paketit (.asice) ja raportit (.pdf): tiedostoja tai kansioita",
        "sv": "kontrollera mottagna paket (.asice) och rapporter (.pdf): filer eller mappar",
        "en": "check received packages (.asice) and reports (.pdf): files or folders",
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
    # The placeholders of the arguments in the usage lines.
    "m_code": {"fi": "KUNTANUMERO", "sv": "KOMMUNNUMMER", "en": "CODE"},
    "m_round": {"fi": "KIERROS", "sv": "OMGÅNG", "en": "ROUND"},
    "m_section": {"fi": "OSIO", "sv": "DEL", "en": "SECTION"},
    "m_pointer": {"fi": "OSOITE", "sv": "ADRESS", "en": "POINTER"},
    "m_value": {"fi": "ARVO", "sv": "VÄRDE", "en": "VALUE"},
    "m_file": {"fi": "TIEDOSTO", "sv": "FIL", "en": "FILE"},
    "m_dir": {"fi": "KANSIO", "sv": "MAPP", "en": "FOLDER"},
    "m_text": {"fi": "HAKU", "sv": "SÖKORD", "en": "TEXT"},
    "m_count": {"fi": "MÄÄRÄ", "sv": "ANTAL", "en": "COUNT"},
    "m_number": {"fi": "NUMERO", "sv": "NUMMER", "en": "NUMBER"},
    "m_command": {"fi": "KOMENTO", "sv": "KOMMANDO", "en": "COMMAND"},
    "m_fingerprints": {"fi": "SORMENJÄLJET", "sv": "FINGERAVTRYCK", "en": "FINGERPRINTS"},
    "m_name": {"fi": "NIMI", "sv": "NAMN", "en": "NAME"},
    "m_title": {"fi": "NIMIKE", "sv": "BEFATTNING", "en": "TITLE"},
    "m_email": {"fi": "SÄHKÖPOSTI", "sv": "E-POST", "en": "E-MAIL"},
    "m_phone": {"fi": "PUHELIN", "sv": "TELEFON", "en": "PHONE"},
    "m_business_id": {"fi": "Y-TUNNUS", "sv": "FO-NUMMER", "en": "BUSINESS-ID"},
    "m_lang": {"fi": "KIELI", "sv": "SPRÅK", "en": "LANGUAGE"},
    "m_explanation": {"fi": "SELITYS", "sv": "FÖRKLARING", "en": "EXPLANATION"},
    "m_check": {"fi": "TARKISTUS", "sv": "KONTROLL", "en": "CHECK"},
    # What each argument is.
    "a_command": {
        "fi": "mitä tehdään; komennon oma ohje: tilannekuva KOMENTO --help",
        "sv": "vad som görs; kommandots egen hjälp: tilannekuva KOMMANDO --help",
        "en": "what to do; a command's own help: tilannekuva COMMAND --help",
    },
    "a_backup_command": {
        "fi": "mitä varmuuskopioille tehdään",
        "sv": "vad som görs med säkerhetskopiorna",
        "en": "what to do with the backups",
    },
    "a_backup_file": {
        "fi": "palautettava varmuuskopiotiedosto (luettelo: tilannekuva backup list)",
        "sv": "säkerhetskopian som återställs (lista: tilannekuva backup list)",
        "en": "the backup file to restore (list: tilannekuva backup list)",
    },
    "a_late": {
        "fi": "lähetä kysymättä, vaikka kierros on jo päättynyt",
        "sv": "skicka utan att fråga, fast omgången redan har stängts",
        "en": "submit without asking even when the round has closed",
    },
    "a_key_command": {
        "fi": "mitä avaimelle tehdään",
        "sv": "vad som görs med nyckeln",
        "en": "what to do with the key",
    },
    "a_municipality": {
        "fi": "kunta, jonka puolesta vastaat, kuntanumerona (hae: tilannekuva municipalities NIMI)",
        "sv": "kommunen du svarar för, som kommunnummer (sök: tilannekuva municipalities NAMN)",
        "en": "the municipality you answer for, by its code (find it: tilannekuva municipalities "
        "NAME)",
    },
    "a_name": {
        "fi": "yhteyshenkilön nimi; täyttää myös taustatietojen vastaajan",
        "sv": "kontaktpersonens namn; fyller också i svararen under Bakgrund",
        "en": "the contact person's name; also fills in Background's respondent",
    },
    "a_title": {
        "fi": "yhteyshenkilön tehtävänimike",
        "sv": "kontaktpersonens befattning",
        "en": "the contact person's job title",
    },
    "a_email": {
        "fi": "yhteyshenkilön sähköposti, esim. etunimi.sukunimi@kunta.fi",
        "sv": "kontaktpersonens e-post, t.ex. fornamn.efternamn@kommun.fi",
        "en": "the contact person's e-mail, e.g. first.last@kunta.fi",
    },
    "a_phone": {
        "fi": "yhteyshenkilön puhelin, esim. 040 123 4567",
        "sv": "kontaktpersonens telefon, t.ex. 040 123 4567",
        "en": "the contact person's phone, e.g. 040 123 4567",
    },
    "a_business_id": {
        "fi": "kunnan Y-tunnus muodossa 1234567-8 (tarkistusnumero tarkistetaan)",
        "sv": "kommunens FO-nummer i formen 1234567-8 (kontrollsiffran kontrolleras)",
        "en": "the municipality's business ID as 1234567-8 (its check digit is checked)",
    },
    "a_search": {
        "fi": "kunnan nimi tai numero tai niiden alku (tyhjä: kaikki kunnat)",
        "sv": "kommunens namn eller nummer eller deras början (tomt: alla kommuner)",
        "en": "the municipality's name or code, or how it starts (empty: every municipality)",
    },
    "a_limit": {
        "fi": "näytä enintään näin monta",
        "sv": "visa högst så här många",
        "en": "show at most this many",
    },
    "a_round": {
        "fi": "kierroksen tunnus, esim. 2022-1 (luettelo: tilannekuva rounds)",
        "sv": "omgångens beteckning, t.ex. 2022-1 (lista: tilannekuva rounds)",
        "en": "the round's id, e.g. 2022-1 (list: tilannekuva rounds)",
    },
    "a_section": {
        "fi": "näytä vain tämä osio, esim. premises",
        "sv": "visa bara den här delen, t.ex. premises",
        "en": "show only this section, e.g. premises",
    },
    "a_pointer": {
        "fi": "kysymyksen osoite, esim. /premises/lease_status tai taulukon solu "
        "/premises/premises/0/floor_area (osoitteet: tilannekuva show KIERROS)",
        "sv": "frågans adress, t.ex. /premises/lease_status eller en tabellcell "
        "/premises/premises/0/floor_area (adresserna: tilannekuva show OMGÅNG)",
        "en": "the question's address, e.g. /premises/lease_status or a table cell "
        "/premises/premises/0/floor_area (the addresses: tilannekuva show ROUND)",
    },
    "a_value": {
        "fi": "vastaus kuten lomakkeelle kirjoitettuna, esim. 1 250,5, kyllä tai 15.2.2022; "
        "- lukee vastauksen vakiosyötteestä (esim. koko taulukko JSONina)",
        "sv": "svaret som det skrivs i formuläret, t.ex. 1 250,5, ja eller 15.2.2022; "
        "- läser svaret från standardinmatningen (t.ex. en hel tabell som JSON)",
        "en": "the answer as typed in the form, e.g. 1,250.5, yes or 15.2.2022; "
        "- reads it from standard input (e.g. a whole table as JSON)",
    },
    "a_clear_pointer": {
        "fi": "poistettavan vastauksen tai taulukon rivin osoite, esim. /premises/premises/2",
        "sv": "adressen till svaret eller tabellraden som tas bort, t.ex. /premises/premises/2",
        "en": "the address of the answer or table row to remove, e.g. /premises/premises/2",
    },
    "a_history_limit": {
        "fi": "näytä näin monta viimeisintä muutosta",
        "sv": "visa så här många av de senaste ändringarna",
        "en": "show this many of the latest changes",
    },
    "a_verify_file": {
        "fi": "tarkistettavat paketit (.asice) ja raportit (.pdf), tai kansiot, joissa niitä on",
        "sv": "paketen (.asice) och rapporterna (.pdf) som kontrolleras, eller mappar med dem",
        "en": "the packages (.asice) and reports (.pdf) to check, or folders holding them",
    },
    "a_key_file": {
        "fi": "tuotava PKCS#12-tiedosto (.p12, .pfx)",
        "sv": "PKCS#12-filen som importeras (.p12, .pfx)",
        "en": "the PKCS#12 file to import (.p12, .pfx)",
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
    "bad_count": {
        "fi": "”{text}” ei kelpaa: anna kokonaisluku 0–{limit} numeroin 0–9.",
        "sv": "”{text}” duger inte: ange ett heltal 0–{limit} med siffrorna 0–9.",
        "en": "“{text}” will not do: give a whole number 0–{limit} in the digits 0–9.",
    },
    "bug_no_log": {
        "fi": "Ohjelmavirhe: {error}. Lokia ei voitu kirjoittaa ({reason}). Vastauksesi ovat tallessa.",
        "sv": "Programfel: {error}. Loggen kunde inte skrivas ({reason}). Dina svar är sparade.",
        "en": "Program error: {error}. The log could not be written ({reason}). Your answers are safe.",
    },
    "log_disk_full": {
        "fi": "levy on täynnä",
        "sv": "disken är full",
        "en": "the disk is full",
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


def _command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when it is one this program has (else None)."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("--data-dir", "--lang"):
            index += 2
        elif arg.startswith(("--data-dir=", "--lang=")):
            index += 1
        elif arg.startswith("-"):
            return None  # -h, --version…: the whole parser answers
        else:
            return arg if arg in COMMANDS else None
    return None


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


def _received_file(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``tilannekuva FILE``: the file (as a file manager gives it) taken out of ``argv``.

    Only a last argument naming an existing ``.asice`` or ``.pdf`` file counts,
    so every command keeps its own arguments.
    """
    if not argv:
        return list(argv), None
    last = argv[-1]
    rest = list(argv[:-1])
    if (
        not last.startswith("-")
        and last.lower().endswith(RECEIVED_SUFFIXES)
        and Path(last).is_file()
        and _window_only(rest)
    ):
        return rest, last
    return list(argv), None


def build_parser(
    lang: Lang, *, commands: bool = True, only: str | None = None
) -> argparse.ArgumentParser:
    """The command line; without ``commands`` only the options of opening the window.

    With ``only`` (a command's name), the other commands' arguments are not
    built: a command starts sooner, and its parsing and help are the same.
    """

    def h(key: str) -> str:
        return message(HELP, key, lang)

    def m(key: str) -> str:
        return message(HELP, f"m_{key}", lang)

    def count(text: str) -> int:
        """A count or a number typed on the command line: ASCII digits, within reason."""
        digits = text.lstrip("0")
        if not (text.isascii() and text.isdigit()) or len(digits) > 7 or int(text) > MAX_COUNT:
            raise argparse.ArgumentTypeError(
                message(HELP, "bad_count", lang, text=text[:20], limit=MAX_COUNT)
            )
        return int(text)

    common = Parser(lang=lang, add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar=m("dir"), help=h("data_dir")
    )
    common.add_argument(
        "--lang", choices=LANGS, default=argparse.SUPPRESS, metavar=m("lang"), help=h("lang")
    )

    parser = Parser(prog="tilannekuva", description=h("description"), parents=[common], lang=lang)
    parser.add_version(f"tilannekuva {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar=m("command"), help=h("a_command"))

    def command(name: str, *arguments: tuple[str, str, str]) -> Parser:
        """A subcommand and its positional arguments: (name, placeholder, help)."""
        if only is not None and name != only:
            return Parser(lang=lang, add_help=False)  # not asked for: thrown away
        p: Parser = sub.add_parser(name, parents=[common], help=h(name), description=h(name))
        for dest, placeholder, helped in arguments:
            p.add_argument(dest, metavar=m(placeholder), help=h(helped))
        return p

    p = command("profile")
    for option, placeholder in (
        ("municipality", "code"),
        ("name", "name"),
        ("title", "title"),
        ("email", "email"),
        ("phone", "phone"),
        ("business-id", "business_id"),
    ):
        helped = f"a_{option.replace('-', '_')}"
        p.add_argument(f"--{option}", metavar=m(placeholder), help=h(helped))

    p = command("municipalities")
    p.add_argument("text", nargs="?", default="", metavar=m("text"), help=h("a_search"))
    p.add_argument("--limit", type=count, default=20, metavar=m("count"), help=h("a_limit"))

    command("rounds")

    p = command("show", ("round", "round", "a_round"))
    p.add_argument("section", nargs="?", metavar=m("section"), help=h("a_section"))

    p = command(
        "set",
        ("round", "round", "a_round"),
        ("pointer", "pointer", "a_pointer"),
        ("value", "value", "a_value"),
    )
    p.add_argument("--json", action="store_true", help=h("json"))

    command("clear", ("round", "round", "a_round"), ("pointer", "pointer", "a_clear_pointer"))
    command("validate", ("round", "round", "a_round"))

    p = command(
        "explain",
        ("round", "round", "a_round"),
        ("pointer", "pointer", "a_warning_pointer"),
        ("text", "explanation", "a_explanation"),
    )
    p.add_argument("--check", metavar=m("check"), help=h("check"))

    p = command("history", ("round", "round", "a_round"))
    p.add_argument("--limit", type=count, default=50, metavar=m("count"), help=h("a_history_limit"))

    p = command("export", ("round", "round", "a_round"))
    p.add_argument("--draft", action="store_true", help=h("draft"))
    p.add_argument("--out", default=".", metavar=m("dir"), help=h("out"))
    p.add_argument("--passphrase-file", metavar=m("file"), help=h("passphrase_file"))
    p.add_argument("--yes", action="store_true", help=h("a_late"))

    p = command("verify")
    p.add_argument("files", nargs="+", metavar=m("file"), help=h("a_verify_file"))
    p.add_argument("--trusted", action="append", metavar=m("fingerprints"), help=h("trusted"))

    p = command("key")
    keys = p.add_subparsers(
        dest="key_command",
        metavar="show|create|import",
        required=True,
        help=h("a_key_command"),
    )
    for name in ("show", "create", "import"):
        k = keys.add_parser(name, parents=[common], help=h(f"key_{name}"))
        if name == "import":
            k.add_argument("file", metavar=m("file"), help=h("a_key_file"))
        k.add_argument("--passphrase-file", metavar=m("file"), help=h("passphrase_file"))

    p = command("submissions", ("round", "round", "a_round"))
    p.add_argument("--out", metavar=m("dir"), help=h("out"))
    p.add_argument("--number", type=count, metavar=m("number"), help=h("number"))

    command("correct", ("round", "round", "a_round"))
    command("demo")

    p = command("backup")
    backups = p.add_subparsers(
        dest="backup_command",
        metavar="list|create|restore",
        required=True,
        help=h("a_backup_command"),
    )
    backups.add_parser("list", parents=[common], help=h("backup_list"))
    b = backups.add_parser("create", parents=[common], help=h("backup_create"))
    b.add_argument("--to", metavar=m("dir"), help=h("backup_to"))
    b = backups.add_parser("restore", parents=[common], help=h("backup_restore"))
    b.add_argument("file", metavar=m("file"), help=h("a_backup_file"))
    b.add_argument("--yes", action="store_true", help=h("yes"))
    b.add_argument("--other-municipality", action="store_true", help=h("other_municipality"))

    if only is None or only in COORDINATOR_COMMANDS:
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
    remember_checks_in(paths.schema_checks)
    command = args.command
    received = getattr(args, "received", None)
    if command is None:
        if has_display():
            # Loaded only on this branch, so the headless commands never load Qt; by name,
            # because the import contract keeps desktop.cli itself free of Qt.
            window = importlib.import_module("desktop.ui.app")
            chosen = getattr(args, "lang", None) or os.environ.get(ENV_LANG)
            opened = Path(received) if received else None
            status: int = window.run(paths, as_lang(chosen) if chosen else None, received=opened)
            return status
        if received:
            # No screen to show it on: the same checks, printed.
            from desktop.commands import verify

            args.files, args.trusted = [received], None
            return verify.run_verify(args, console)
        console.warn(message(HELP, "no_window", console.lang))
        command = "demo"
    if command == "demo" and chosen_dir is None:
        # The demo never writes into the real answers of the installation.
        paths = DataPaths(paths.root / "demo")
    if command == "municipalities":
        from desktop.commands import profile

        return profile.run_municipalities(args, console)
    if command in SUBMIT_COMMANDS:
        return _run_submit(args, console, paths)
    if command in COORDINATOR_COMMANDS:
        from desktop.commands import collect

        return collect.run(args, console, paths)
    with _open_store(command, paths) as store:
        if command == "demo":
            from desktop.commands import demo

            return demo.run_demo(args, store, console, paths.root)
        if command == "backup":
            from desktop.commands.backup import run_backup

            return run_backup(args, store, console)
        workbook = Workbook(store)
        if command == "profile":
            from desktop.commands import profile

            return profile.run_profile(args, workbook, console)
        from desktop.commands import answers

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


def _open_store(command: str, paths: DataPaths) -> Store:
    if command in READING_COMMANDS:
        return Store.open_for_reading(paths)
    return Store.open(paths)


def _run_submit(args: argparse.Namespace, console: Console, paths: DataPaths) -> int:
    # Signing and the report need pyHanko and reportlab: loaded only by the commands using them.
    from desktop.commands import submit

    command = args.command
    if command == "verify":
        # Checking a received file needs no data folder: a coordinator may have none.
        from desktop.commands import verify

        return verify.run_verify(args, console)
    with _open_store(command, paths) as store:
        if command == "key":
            return submit.run_key(args, store, console, paths)
        workbook = Workbook(store)
        if command == "export":
            return submit.run_export(args, workbook, console, paths)
        if command == "submissions":
            return submit.run_submissions(args, workbook, console)
        return submit.run_correct(args, workbook, console)


def _log_bug(args: argparse.Namespace, error: Exception, lang: Lang) -> str:
    """Write the traceback to the data folder's log; the message that tells where it went."""
    name = type(error).__name__
    import traceback

    try:
        logs = data_paths(getattr(args, "data_dir", None)).logs
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / "cli-error.log"
        with log.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} tilannekuva {__version__}\n")
            handle.write(traceback.format_exc())
    except OSError as exc:
        full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
        reason = message(HELP, "log_disk_full", lang) if full else (exc.strerror or str(exc))
        return message(HELP, "bug_no_log", lang, error=name, reason=reason)
    return message(HELP, "bug", lang, error=name, log=log)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the bundle, a worker process of `collect` starts this program again: it must
        # become the worker, not open a second window.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A Windows console may not be UTF-8; a Sámi letter must not crash a command.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    lang = _pre_scan_lang(argv)
    argv, received = _received_file(argv)
    # Opening the window (the common case) builds no subcommand parsers: start-up time.
    parser = build_parser(lang, commands=not _window_only(argv), only=_command_of(argv))
    args = parser.parse_args(argv)
    args.received = received
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
        import logging

        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        console.warn(_log_bug(args, exc, console.lang))
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
