"""``trust``, ``collect`` and ``missing``: the coordinator's commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.i18n import Texts

if TYPE_CHECKING:
    from desktop.collect.records import Records
    from desktop.commands.registry import Arguments, Context
    from desktop.municipalities import Register

HELP: dict[str, Texts] = {
    "trust": {
        "fi": "luotetut allekirjoittajat (kuntien avainten sormenjäljet): add, list, remove, import",
        "sv": "betrodda undertecknare (kommunernas fingeravtryck): add, list, remove, import",
        "en": "trusted signers (the municipalities' key fingerprints): add, list, remove, import",
    },
    "trust_add": {
        "fi": "rekisteröi kunnan avaimen sormenjälki",
        "sv": "registrera fingeravtrycket för kommunens nyckel",
        "en": "register a municipality's key fingerprint",
    },
    "trust_list": {
        "fi": "luettele rekisteröidyt avaimet",
        "sv": "lista de registrerade nycklarna",
        "en": "list the registered keys",
    },
    "trust_remove": {
        "fi": "poista kunnan kaikki avaimet",
        "sv": "ta bort alla nycklar för en kommun",
        "en": "remove every key of a municipality",
    },
    "trust_import": {
        "fi": "tuo CSV-tiedosto, jossa rivi kohden kuntanumero,sormenjälki",
        "sv": "importera en CSV-fil med kommunnummer,fingeravtryck per rad",
        "en": "import a CSV file with code,fingerprint per line",
    },
    "collect": {
        "fi": "tarkista ja kirjaa kierroksen vastaanotetut paketit kansioista",
        "sv": "kontrollera och registrera omgångens mottagna paket från mappar",
        "en": "verify and record a round's received packages from folders",
    },
    "missing": {
        "fi": "kunnat, joilta kierroksen hyväksytty vastaus puuttuu, hyvinvointialueittain",
        "sv": "kommuner som saknar ett godkänt svar för omgången, per välfärdsområde",
        "en": "municipalities with no accepted answer for the round, by wellbeing services county",
    },
    "out": {
        "fi": "kirjoita koonti: FILE.xlsx, CSV-tiedostot kansioon FILE-csv ja tiivistelmä FILE.pdf",
        "sv": "skriv sammanställningen: FILE.xlsx, CSV-filer i mappen FILE-csv och sammandraget "
        "FILE.pdf",
        "en": "write the national picture: FILE.xlsx, CSV files in FILE-csv and the summary FILE.pdf",
    },
    "workers": {
        "fi": "rinnakkaisten tarkistusprosessien määrä (oletus: ytimien määrä)",
        "sv": "antal parallella kontrollprocesser (standard: antalet kärnor)",
        "en": "number of parallel checking processes (default: the number of cores)",
    },
    "a_trust_command": {
        "fi": "mitä luotettujen allekirjoittajien luettelolle tehdään",
        "sv": "vad som görs med listan över betrodda undertecknare",
        "en": "what to do with the list of trusted signers",
    },
    "a_code": {
        "fi": "kunnan kuntanumero, esim. 211",
        "sv": "kommunens kommunnummer, t.ex. 211",
        "en": "the municipality's code, e.g. 211",
    },
    "a_fingerprint": {
        "fi": "kunnan avaimen sormenjälki (64 heksadesimaalimerkkiä, välit sallittuja)",
        "sv": "kommunens nyckels fingeravtryck (64 hexadecimala tecken, mellanslag tillåtna)",
        "en": "the municipality key's fingerprint (64 hex digits, spaces allowed)",
    },
    "a_trust_file": {
        "fi": "CSV-tiedosto: kuntanumero ja sormenjälki riveittäin",
        "sv": "CSV-fil: kommunnummer och fingeravtryck per rad",
        "en": "a CSV file: a municipality code and a fingerprint on each line",
    },
    "a_round": {
        "fi": "kierroksen tunnus, esim. 2022-1",
        "sv": "omgångens beteckning, t.ex. 2022-1",
        "en": "the round's id, e.g. 2022-1",
    },
    "a_folders": {
        "fi": "kansiot, joista vastaanotetut paketit (.asice) luetaan",
        "sv": "mapparna som de mottagna paketen (.asice) läses från",
        "en": "the folders the received packages (.asice) are read from",
    },
}

TEXTS: dict[str, Texts] = {
    "added": {
        "fi": "Rekisteröity: {code} {name}  {fingerprint}",
        "sv": "Registrerad: {code} {name}  {fingerprint}",
        "en": "Registered: {code} {name}  {fingerprint}",
    },
    "removed": {
        "fi": "Poistettu {count} avainta kunnalta {code}.",
        "sv": "{count} nycklar borttagna för kommunen {code}.",
        "en": "Removed {count} keys of municipality {code}.",
    },
    "imported": {
        "fi": "Luettu {lines} riviä, {new} uutta avainta rekisteröity.",
        "sv": "{lines} rader lästa, {new} nya nycklar registrerade.",
        "en": "Read {lines} lines, registered {new} new keys.",
    },
    "none_trusted": {
        "fi": "Yhtään avainta ei ole rekisteröity. Lisää: tilannekuva trust add KUNTANUMERO "
        "SORMENJÄLKI",
        "sv": "Inga nycklar är registrerade. Lägg till: tilannekuva trust add KOMMUNNUMMER "
        "FINGERAVTRYCK",
        "en": "No keys are registered. Add one: tilannekuva trust add CODE FINGERPRINT",
    },
    "summary": {
        "fi": "Kierros {round}: {files} tiedostoa, {counted} kuntaa laskettu, {replaced} korvattua "
        "lähetystä, {refused} hylättyä, {ignored} muuta tiedostoa.",
        "sv": "Omgång {round}: {files} filer, {counted} kommuner räknade, {replaced} ersatta "
        "inskickningar, {refused} avvisade, {ignored} andra filer.",
        "en": "Round {round}: {files} files, {counted} municipalities counted, {replaced} "
        "replaced submissions, {refused} refused, {ignored} other files.",
    },
    "refused_line": {
        "fi": "✗ {path}\n    {reason}",
        "sv": "✗ {path}\n    {reason}",
        "en": "✗ {path}\n    {reason}",
    },
    "missing_hint": {
        "fi": "Vastaus puuttuu {count} kunnalta: tilannekuva missing {round}",
        "sv": "Svar saknas från {count} kommuner: tilannekuva missing {round}",
        "en": "{count} municipalities have not answered: tilannekuva missing {round}",
    },
    "written": {
        "fi": "Koonti kirjoitettu:\n  {files}",
        "sv": "Sammanställningen skriven:\n  {files}",
        "en": "The national picture written:\n  {files}",
    },
    "missing_none": {
        "fi": "Kaikki kunnat ovat vastanneet kierrokseen {round}.",
        "sv": "Alla kommuner har svarat på omgången {round}.",
        "en": "Every municipality has answered round {round}.",
    },
    "missing_count": {
        "fi": "Kierroksen {round} vastaus puuttuu {count} kunnalta.",
        "sv": "Svar för omgången {round} saknas från {count} kommuner.",
        "en": "{count} municipalities have not answered round {round}.",
    },
    "contact": {
        "fi": "yhteyshenkilö ({round}): {person}",
        "sv": "kontaktperson ({round}): {person}",
        "en": "contact ({round}): {person}",
    },
    "no_contact": {
        "fi": "ei yhteystietoja aiemmilta kierroksilta",
        "sv": "inga kontaktuppgifter från tidigare omgångar",
        "en": "no contact details from earlier rounds",
    },
}


def _trust(a: Arguments) -> None:
    trust = a.subcommands("trust_command", "add|list|remove|import", "a_trust_command")
    t = trust.add_parser("add", parents=[a.common], help=a.h("trust_add"))
    t.add_argument("code", help=a.h("a_code"))
    t.add_argument("fingerprint", nargs="+", help=a.h("a_fingerprint"))
    trust.add_parser("list", parents=[a.common], help=a.h("trust_list"))
    t = trust.add_parser("remove", parents=[a.common], help=a.h("trust_remove"))
    t.add_argument("code", help=a.h("a_code"))
    t = trust.add_parser("import", parents=[a.common], help=a.h("trust_import"))
    t.add_argument("file", help=a.h("a_trust_file"))


def _collect(a: Arguments) -> None:
    a.parser.add_argument("round", help=a.h("a_round"))
    a.parser.add_argument("folders", nargs="+", metavar="DIR", help=a.h("a_folders"))
    a.parser.add_argument("--workers", type=a.count(least=1, most=256), help=a.h("workers"))
    a.parser.add_argument("--out", metavar="FILE", help=a.h("out"))


def _missing(a: Arguments) -> None:
    a.parser.add_argument("round", help=a.h("a_round"))


# The coordinator's commands and their arguments, for ``desktop.commands.registry``.
ARGUMENTS: dict[str, Callable[[Arguments], None]] = {
    "trust": _trust,
    "collect": _collect,
    "missing": _missing,
}


def run(args: argparse.Namespace, context: Context) -> int:
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    handlers: dict[str, Callable[[argparse.Namespace, Console, Records, Register], int]] = {
        "trust": run_trust,
        "collect": run_collect,
        "missing": run_missing,
    }
    with Records.open(context.paths.coordinator_database) as records:
        return handlers[args.command](args, context.console, records, Register.load())


def run_trust(
    args: argparse.Namespace, console: Console, records: Records, register: Register
) -> int:
    from desktop.collect import trust
    from desktop.collect.printable import printable

    command = args.trust_command
    if command == "add":
        code, fingerprint = trust.add(records, args.code, " ".join(args.fingerprint), register)
        name = register.get(code).name_fi
        console.say(console.text(TEXTS, "added", code=code, name=name, fingerprint=fingerprint))
    elif command == "remove":
        count = trust.remove(records, args.code, register)
        console.say(console.text(TEXTS, "removed", count=count, code=printable(args.code)))
    elif command == "import":
        lines, new = trust.import_csv(records, Path(args.file), register)
        console.say(console.text(TEXTS, "imported", lines=lines, new=new))
    else:
        signers = trust.listing(records, register)
        for signer in signers:
            console.say(f"{signer.code}  {signer.name:<20}  {signer.fingerprint}")
        if not signers:
            console.say(console.text(TEXTS, "none_trusted"))
    return 0


def run_collect(
    args: argparse.Namespace, console: Console, records: Records, register: Register
) -> int:
    from desktop.collect.collecting import collect, paths_of
    from desktop.collect.missing import missing
    from desktop.collect.printable import printable
    from desktop.collect.standing import REFUSED_STATUSES, Status
    from desktop.survey import shipped_catalog

    bar = _ProgressBar(console)
    result = collect(
        records,
        args.round,
        paths_of(args.folders),
        progress=bar.show,
        workers=args.workers,
        register=register,
    )
    bar.close()
    counts = result.counts()
    refused = [entry for entry in result.entries if entry.status in REFUSED_STATUSES]
    for entry in refused:
        path = printable(entry.paths[0])
        console.say(
            console.text(
                TEXTS, "refused_line", path=path, reason=printable(entry.reason(console.lang))
            )
        )
    console.say(
        console.text(
            TEXTS,
            "summary",
            round=args.round,
            files=sum(len(entry.paths) for entry in result.entries),
            counted=counts.get(Status.CURRENT, 0),
            replaced=counts.get(Status.REPLACED, 0),
            refused=len(refused),
            ignored=counts.get(Status.IGNORED, 0),
        )
    )
    absent = missing(records, result, register, shipped_catalog())
    if absent:
        console.say(console.text(TEXTS, "missing_hint", count=len(absent), round=args.round))
    if args.out:
        from desktop.collect.outputs import write_picture

        target = Path(args.out).expanduser()
        written = write_picture(records, result, register, shipped_catalog(), target, console.lang)
        console.say(
            console.text(
                TEXTS,
                "written",
                files="\n  ".join(map(str, written)),
            )
        )
    return 1 if refused else 0


def run_missing(
    args: argparse.Namespace, console: Console, records: Records, register: Register
) -> int:
    from desktop.collect.missing import missing
    from desktop.collect.printable import printable
    from desktop.collect.standing import standing
    from desktop.survey import shipped_catalog

    catalog = shipped_catalog()
    catalog.round(args.round)
    absent = missing(records, standing(records, args.round, register), register, catalog)
    if not absent:
        console.say(console.text(TEXTS, "missing_none", round=args.round))
        return 0
    county = None
    for item in absent:
        area = item.municipality.wellbeing_area
        if area.code != county:
            county = area.code
            console.say(f"\n{area.name(console.lang)}")
        line = f"  {item.municipality.code}  {item.municipality.name(console.lang)}"
        if item.contact is None:
            console.say(f"{line} – {console.text(TEXTS, 'no_contact')}")
            continue
        contact = item.contact
        parts = [contact.name, contact.title, contact.email, contact.phone]
        person = printable(", ".join(part for part in parts if part))
        console.say(
            f"{line} – {console.text(TEXTS, 'contact', round=contact.round_id, person=person)}"
        )
    console.say("\n" + console.text(TEXTS, "missing_count", round=args.round, count=len(absent)))
    return 0


class _ProgressBar:
    """A bar on a terminal; nothing when the output goes to a file."""

    _WIDTH = 30

    def __init__(self, console: Console) -> None:
        self.stream = console.err
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = False

    def show(self, done: int, total: int) -> None:
        if not self.live or total == 0:
            return
        filled = self._WIDTH * done // total
        bar = "█" * filled + "·" * (self._WIDTH - filled)
        self.stream.write(f"\r{bar} {done}/{total}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
