"""``backup list``, ``backup create [--to FOLDER]`` and ``backup restore FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.backups import BackupSummary, backup_list, summarise_contents
from desktop.commands.output import Console
from desktop.i18n import Lang
from desktop.storage import Store
from desktop.storage.restore import BackupError, inspect_backup, restore_backup, write_backup
from desktop.survey import Catalog, shipped_catalog
from desktop.survey.formatting import format_number, format_time

if TYPE_CHECKING:
    from desktop.commands.registry import Context

EXIT_OK, EXIT_REFUSED = 0, 2

TEXTS = {
    "none": {
        "fi": "Varmuuskopioita ei ole vielä ({folder}).",
        "sv": "Det finns inga säkerhetskopior ännu ({folder}).",
        "en": "There are no backups yet ({folder}).",
    },
    "heading": {
        "fi": "Varmuuskopiot kansiossa {folder} (uusin ensin):",
        "sv": "Säkerhetskopior i mappen {folder} (nyaste först):",
        "en": "Backups in the folder {folder} (newest first):",
    },
    "kind_auto": {"fi": "automaattinen", "sv": "automatisk", "en": "automatic"},
    "kind_manual": {"fi": "käsin otettu", "sv": "manuell", "en": "manual"},
    "kind_restore": {
        "fi": "ennen palautusta",
        "sv": "före återställning",
        "en": "before a restore",
    },
    "kind_migration": {
        "fi": "ennen päivitystä",
        "sv": "före uppdatering",
        "en": "before an upgrade",
    },
    "kind_other": {"fi": "muu", "sv": "annan", "en": "other"},
    "no_answers": {"fi": "ei vastauksia", "sv": "inga svar", "en": "no answers"},
    "submitted": {"fi": "lähetetty", "sv": "inskickad", "en": "submitted"},
    "unusable": {"fi": "ei käytettävissä", "sv": "kan inte användas", "en": "cannot be used"},
    "rotation": {
        "fi": "Automaattisia varmuuskopioita otetaan kerran päivässä ja {keep} uusinta säilytetään; "
        "käsin otettuja ei poisteta koskaan.",
        "sv": "Automatiska säkerhetskopior tas en gång om dagen och de {keep} nyaste sparas; "
        "manuella tas aldrig bort.",
        "en": "Automatic backups are taken once a day and the newest {keep} are kept; manual "
        "ones are never removed.",
    },
    "created": {
        "fi": "Varmuuskopio tallennettu: {path}",
        "sv": "Säkerhetskopian sparades: {path}",
        "en": "Backup saved: {path}",
    },
    "confirm": {
        "fi": "Palautetaanko varmuuskopio {path} ({when})? Nykyiset vastaukset korvataan; niistä "
        "otetaan ensin varmuuskopio. [k/E] ",
        "sv": "Återställa säkerhetskopian {path} ({when})? De nuvarande svaren ersätts; först tas "
        "en säkerhetskopia av dem. [j/N] ",
        "en": "Restore the backup {path} ({when})? The current answers are replaced; a backup of "
        "them is taken first. [y/N] ",
    },
    "confirm_other": {
        "fi": "Palautetaanko silti? [k/E] ",
        "sv": "Återställa ändå? [j/N] ",
        "en": "Restore anyway? [y/N] ",
    },
    "needs_yes": {
        "fi": "Palautus korvaa nykyiset vastaukset. Vahvista lisäämällä --yes. Mitään ei muutettu.",
        "sv": "Återställningen ersätter de nuvarande svaren. Bekräfta med --yes. Inget ändrades.",
        "en": "Restoring replaces the current answers. Confirm with --yes. Nothing was changed.",
    },
    "needs_other": {
        "fi": "Vahvista toisen kunnan varmuuskopion palautus lisäämällä --other-municipality. "
        "Mitään ei muutettu.",
        "sv": "Bekräfta återställningen av en annan kommuns säkerhetskopia med "
        "--other-municipality. Inget ändrades.",
        "en": "Confirm restoring another municipality's backup with --other-municipality. "
        "Nothing was changed.",
    },
    "cancelled": {
        "fi": "Palautus peruttiin. Mitään ei muutettu.",
        "sv": "Återställningen avbröts. Inget ändrades.",
        "en": "The restore was cancelled. Nothing was changed.",
    },
    "restored": {
        "fi": "Varmuuskopio {path} palautettu. Aiemmat vastaukset tallessa: {kept}",
        "sv": "Säkerhetskopian {path} återställdes. De tidigare svaren finns i: {kept}",
        "en": "The backup {path} was restored. The previous answers are kept in: {kept}",
    },
}

_YES = {"fi": ("k", "kyllä"), "sv": ("j", "ja"), "en": ("y", "yes")}


def kind_text(kind: str, console: Console) -> str:
    return console.text(TEXTS, f"kind_{kind}" if f"kind_{kind}" in TEXTS else "kind_other")


def size_text(size: int, lang: Lang) -> str:
    return f"{format_number(size / 1024, lang, decimals=0)} kB"


def progress_text(summary: BackupSummary, console: Console) -> str:
    if summary.problem is not None:
        return f"{console.text(TEXTS, 'unusable')}: {summary.problem.message(console.lang)}"
    if not summary.progress:
        return console.text(TEXTS, "no_answers")
    parts = []
    for round_id, (answered, required) in summary.progress.items():
        part = f"{round_id} {answered}/{required}"
        if round_id in summary.submitted:
            part += f" ({console.text(TEXTS, 'submitted')})"
        parts.append(part)
    return ", ".join(parts)


def run_backup(args: argparse.Namespace, context: Context) -> int:
    store, console, catalog = context.store, context.console, shipped_catalog()
    if args.backup_command == "list":
        return _list(store, console, catalog)
    if args.backup_command == "create":
        folder = Path(args.to).expanduser() if args.to else None
        console.say(console.text(TEXTS, "created", path=write_backup(store, folder)))
        return EXIT_OK
    return _restore(args, store, console, catalog)


def _list(store: Store, console: Console, catalog: Catalog) -> int:
    folder = store.paths.backups
    summaries = backup_list(folder, catalog)
    if not summaries:
        console.say(console.text(TEXTS, "none", folder=folder))
    else:
        console.say(console.text(TEXTS, "heading", folder=folder))
        for summary in summaries:
            when = format_time(summary.file.taken_at.astimezone())
            console.say(
                f"  {when}  {kind_text(summary.file.kind, console)}  "
                f"{size_text(summary.file.size, console.lang)}  {progress_text(summary, console)}"
            )
            console.say(f"      {summary.file.path.name}")
    from desktop.storage.backup import KEEP_AUTOMATIC

    console.say(console.text(TEXTS, "rotation", keep=KEEP_AUTOMATIC))
    return EXIT_OK


def _ask(console: Console, key: str, **values: object) -> bool:
    console.out.write(console.text(TEXTS, key, **values))
    console.out.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in _YES[console.lang] or answer in ("y", "yes")


def _restore(args: argparse.Namespace, store: Store, console: Console, catalog: Catalog) -> int:
    path = Path(args.file).expanduser()
    interactive = sys.stdin.isatty()
    # Checked before asking: a damaged or too new backup is refused at once.
    contents = inspect_backup(path)
    summary = summarise_contents(contents, catalog)
    console.say(f"{path.name}: {progress_text(summary, console)}")
    if not args.yes:
        if not interactive:
            console.warn(console.text(TEXTS, "needs_yes"))
            return EXIT_REFUSED
        when = format_time(contents.file.taken_at.astimezone())
        if not _ask(console, "confirm", path=path, when=when):
            console.say(console.text(TEXTS, "cancelled"))
            return EXIT_REFUSED
    other = bool(args.other_municipality)
    try:
        restored, kept = restore_backup(store, path, other_municipality=other)
    except BackupError as error:
        if error.key != "other_municipality":
            raise
        console.warn(error.message(console.lang))
        if not interactive:
            console.warn(console.text(TEXTS, "needs_other"))
            return EXIT_REFUSED
        if not _ask(console, "confirm_other"):
            console.say(console.text(TEXTS, "cancelled"))
            return EXIT_REFUSED
        restored, kept = restore_backup(store, path, other_municipality=True)
    console.say(console.text(TEXTS, "restored", path=restored.file.path, kept=kept))
    return EXIT_OK
