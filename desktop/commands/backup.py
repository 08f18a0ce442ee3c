"""``backup list``, ``backup create [--to FOLDER]`` and ``backup restore FILE``."""

from __future__ import annotations

import argparse
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.backups import (
    BackupSummary,
    backup_list,
    summarise_contents,
    unusable_text,
    written_unusable,
)
from desktop.commands.context import open_store
from desktop.commands.output import Console
from desktop.i18n import Lang, known
from desktop.paths import DataPaths
from desktop.rounds.library import catalog_for
from desktop.storage import StorageError, Store
from desktop.storage.restore import (
    BackupError,
    inspect_backup,
    restore_backup,
    restore_over_damaged,
    write_backup,
)
from desktop.survey import Catalog, shipped_catalog
from desktop.survey.formatting import format_local_time, format_number

if TYPE_CHECKING:
    from desktop.commands.context import Context

EXIT_OK, EXIT_REFUSED = 0, 2


_YES = {"fi": ("k", "kyllä"), "sv": ("j", "ja"), "en": ("y", "yes")}


def kind_text(kind: str, console: Console) -> str:
    message_id = f"commands.backup.kind_{kind}"
    return console.text(message_id if known(message_id) else "commands.backup.kind_other")


def size_text(size: int, lang: Lang) -> str:
    return f"{format_number(size / 1024, lang, decimals=0)} kB"


def progress_text(summary: BackupSummary, console: Console) -> str:
    if summary.problem is not None:
        return unusable_text(summary.problem, console.lang)
    if not summary.progress:
        return console.text("commands.backup.no_answers")
    parts = []
    for round_id, (answered, required) in summary.progress.items():
        part = f"{round_id} {answered}/{required}"
        if round_id in summary.submitted:
            part += f" ({console.text('commands.backup.submitted')})"
        parts.append(part)
    return ", ".join(parts)


def run_backup(args: argparse.Namespace, context: Context) -> int:
    """The database is opened here, not before: listing the backups and restoring one must
    work when it is damaged (that is when they are needed)."""
    console, catalog, paths = context.console, shipped_catalog(), context.paths
    if args.backup_command == "list":
        try:  # a folder that cannot be a data folder is refused as by any command
            with Store.open_for_reading(paths) as store:
                # The rounds added here too: a backup's progress in them is counted.
                catalog = catalog_for(store)
        except StorageError as refused:
            if not refused.damaged:
                raise
            console.warn(refused.message(console.lang))  # damaged: the way out is listed
        return _list(paths, console, catalog)
    if args.backup_command == "create":
        folder = Path(args.to).expanduser() if args.to else None
        # A copy to another folder writes nothing in the data folder: made also from one that
        # may only be read, or on a full disk.
        with open_store(context, reading=folder is not None) as store:
            made = write_backup(store, folder)
        console.say(console.text("commands.backup.created", path=made))
        unusable = written_unusable(made, paths)
        if unusable is not None:
            console.warn(
                console.text(
                    "commands.backup.created_unusable",
                    round=unusable.values["round"],
                    reason=unusable.cause.message(console.lang),
                )
            )
        return EXIT_OK
    path = _backup_path(args.file, paths, console)
    try:
        store = Store.open(paths)
    except StorageError as refused:
        if not refused.damaged:
            raise
        return _restore_over_damaged(args, path, paths, console, catalog)
    with store:
        return _restore(args, path, store, console, catalog)


def _backup_path(given: str, paths: DataPaths, console: Console) -> Path:
    """The backup file ``given`` names: as a path, or, when it is a bare name no file in the
    current folder has, the backup of that name in the data folder's backups (as ``backup
    list`` names them); which was taken is told."""
    path = Path(given).expanduser()
    bare = Path(given).name == given and given not in ("", ".", "..")
    if not bare or path.exists() or path.is_symlink():
        return path
    listed = paths.backups / given
    if not listed.is_file():
        return path  # told "not found" as given
    console.say(console.text("commands.backup.from_folder", name=given, path=listed))
    return listed


def _list(paths: DataPaths, console: Console, catalog: Catalog) -> int:
    folder = paths.backups
    summaries = backup_list(paths, catalog)
    if not summaries:
        console.say(console.text("commands.backup.none", folder=folder))
    else:
        console.say(console.text("commands.backup.heading", folder=folder))
        for summary in summaries:
            when = format_local_time(summary.file.taken_at)
            console.say(
                f"  {when}  {kind_text(summary.file.kind, console)}  "
                f"{size_text(summary.file.size, console.lang)}  {progress_text(summary, console)}"
            )
            console.say(f"      {summary.file.path.name}")
    from desktop.storage.backup import KEEP_AUTOMATIC

    console.say(console.text("commands.backup.rotation", keep=KEEP_AUTOMATIC))
    return EXIT_OK


def _interactive() -> bool:
    """Whether the user can be asked: standard input is a terminal (the windowed program
    has none)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(console: Console, key: str, **values: object) -> bool:
    console.out.write(console.text(f"commands.backup.{key}", **values))
    console.out.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in _YES[console.lang] or answer in ("y", "yes")


def _agreed(
    args: argparse.Namespace,
    path: Path,
    paths: DataPaths,
    console: Console,
    catalog: Catalog,
    question: str,
) -> bool:
    """Whether to restore the backup ``path``: it is checked as the restore checks it (and its
    answers told) before asking, so a damaged, too new or forged backup is refused at once."""
    from desktop.rounds.library import package_check

    _refuse_unless_a_file(path)
    contents = inspect_backup(path, check_package=package_check(paths))
    summary = summarise_contents(contents, catalog)
    console.say(f"{path.name}: {progress_text(summary, console)}")
    if args.yes:
        return True
    if not _interactive():
        console.warn(console.text("commands.backup.needs_yes"))
        return False
    when = format_local_time(contents.file.taken_at)
    if not _ask(console, question, path=path, when=when):
        console.say(console.text("commands.backup.cancelled"))
        return False
    return True


def _refuse_unless_a_file(path: Path) -> None:
    """A folder or a device given as the backup is told as such, not as "not found"."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there, or not reachable: told by the backup's own checks
    if stat.S_ISDIR(mode):
        raise BackupError("commands.backup.is_folder", path=str(path))
    if not stat.S_ISREG(mode):
        raise BackupError("commands.backup.not_a_file", path=str(path))


def _restore_over_damaged(
    args: argparse.Namespace, path: Path, paths: DataPaths, console: Console, catalog: Catalog
) -> int:
    """The database cannot be opened (damaged): the backup goes in its place, and the
    damaged file is kept aside."""
    if not _agreed(args, path, paths, console, catalog, "confirm_damaged"):
        return EXIT_REFUSED
    from desktop.rounds.library import package_check

    restored, kept = restore_over_damaged(paths, path, check_package=package_check(paths))
    with Store.open(paths) as store:
        # An older backup is brought up to date now, and the day's backup taken.
        console.say(
            console.text("commands.backup.restored_damaged", path=restored.file.path, kept=kept)
        )
        _tell_missing_key(store, console)
    return EXIT_OK


def _restore(
    args: argparse.Namespace, path: Path, store: Store, console: Console, catalog: Catalog
) -> int:
    interactive = _interactive()
    if not _agreed(args, path, store.paths, console, catalog, "confirm"):
        return EXIT_REFUSED
    other = bool(args.other_municipality)
    database = store.paths.database
    from desktop.rounds.library import package_check

    check = package_check(store.paths)

    def waiting() -> None:
        console.warn(console.text("storage.backup.waiting", path=database))

    try:
        restored, kept = restore_backup(
            store, path, other_municipality=other, waiting=waiting, check_package=check
        )
    except BackupError as error:
        if error.key != "storage.backup.other_municipality":
            raise
        console.warn(console.told(error))
        if not interactive:
            console.warn(console.text("commands.backup.needs_other"))
            return EXIT_REFUSED
        if not _ask(console, "confirm_other"):
            console.say(console.text("commands.backup.cancelled"))
            return EXIT_REFUSED
        restored, kept = restore_backup(
            store, path, other_municipality=True, waiting=waiting, check_package=check
        )
    console.say(console.text("commands.backup.restored", path=restored.file.path, kept=kept))
    _tell_missing_key(store, console)
    return EXIT_OK


def _tell_missing_key(store: Store, console: Console) -> None:
    """The restored submissions' key, when this data folder does not hold it: the key is
    not in a backup, and a new one would sign packages the receiver refuses."""
    from desktop.submission.signers import missing_key

    missing = missing_key(store)
    if missing is None:
        return
    path = store.paths.key_store
    if missing.here is None:
        said = console.text(
            "commands.backup.key_missing",
            fingerprint=missing.fingerprint,
            name=path.name,
            folder=path.parent,
        )
    else:
        said = console.text(
            "commands.backup.key_other", fingerprint=missing.fingerprint, here=missing.here
        )
    console.warn(said)
