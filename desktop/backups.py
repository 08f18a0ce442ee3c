"""Backups as the user sees them: when, how large, and how far each round was then.

The window's backup list and ``tilannekuva backup list`` both read this;
checking, writing and restoring a backup are storage's
(``desktop.storage.restore``). ``write_backup_apart`` writes one from a
worker thread, on a connection of its own.

A backup is listed with the verdict a restore would give it: the same checks,
each round package it holds verified all the way against the signers trusted in
the data folder (``desktop.rounds.library.package_check``), never from what is
remembered. The backups of one folder mostly hold the same packages: each
distinct package is verified once a listing (``verified_once``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.digests import sha256_hex
from desktop.errors import UserError
from desktop.i18n import Lang, text
from desktop.paths import DataPaths
from desktop.rounds.library import package_check
from desktop.storage import Store
from desktop.storage.backup import BackupFile, backup_after_work, describe, list_backups
from desktop.storage.restore import (
    BackupContents,
    UnreadableRows,
    UntrustedRound,
    inspect_backup,
    write_backup,
)
from desktop.survey import Catalog, UnknownRound
from desktop.untrusted import escape
from desktop.workbook import round_progress, with_municipality


@dataclass(frozen=True)
class BackupSummary:
    """A backup with the progress of each round it holds, or the reason it cannot be used."""

    file: BackupFile
    municipality_code: str | None
    # round id → (answered, required), in the catalogue's order of rounds
    progress: dict[str, tuple[int, int]]
    submitted: frozenset[str]
    problem: UserError | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


# A restore's refusal (its message id) → what a listing says of the same backup.
_LISTED: dict[str, str] = {
    "storage.backup.damaged": "backups.unusable.damaged",
    "storage.backup.too_new": "backups.unusable.too_new",
    "storage.backup.not_ours": "backups.unusable.not_ours",
    "storage.backup.missing": "backups.unusable.missing",
}


def unusable_text(problem: UserError, lang: Lang) -> str:
    """Why a backup cannot be restored, as a list of backups tells it: what is true of the
    file ("cannot be restored: the package of round 2023-1 in it does not verify here. …"),
    not a restore's refusal (nobody tried to restore it, and the answers are not in question)."""
    if isinstance(problem, UntrustedRound):
        return text(
            "backups.unusable.round",
            lang,
            round=problem.values["round"],
            reason=problem.cause.message(lang),
        )
    if isinstance(problem, UnreadableRows):
        named = [
            text("storage.backup.unreadable_row", lang, table=t, round=escape(r), column=c)
            for t, r, c in problem.rows[:3]
        ]
        if len(problem.rows) > len(named):
            named.append("…")
        return text("backups.unusable.unreadable_rows", lang, rows="; ".join(named))
    listed = _LISTED.get(problem.key)
    if listed is None:
        return text("backups.unusable.other", lang, reason=problem.message(lang))
    return text(listed, lang, **problem.values)


def written_unusable(path: Path, paths: DataPaths) -> UntrustedRound | None:
    """Why a backup just written at ``path`` cannot be restored into ``paths``: a round package
    in it does not verify (it came from the database: a kept copy damaged or forged since, or
    its signer no longer trusted; adding the round's package again mends it). None when a
    restore takes it."""
    try:
        inspect_backup(path, check_package=package_check(paths))
    except UntrustedRound as refused:
        return refused
    return None


def summarise_contents(contents: BackupContents, catalog: Catalog) -> BackupSummary:
    progress: dict[str, tuple[int, int]] = {}
    for rnd in catalog.ordered_rounds():
        stored = contents.answers.get(rnd.id)
        if not stored:
            continue
        answers = with_municipality(rnd, dict(stored), contents.municipality_code)
        progress[rnd.id] = round_progress(rnd, answers)
    for round_id in contents.answers:
        if round_id not in progress:
            try:
                catalog.round(round_id)
            except UnknownRound:
                progress[round_id] = (0, 0)  # a round this version does not know
    return BackupSummary(contents.file, contents.municipality_code, progress, contents.submitted)


PackageCheck = Callable[[bytes], object]


def verified_once(check: PackageCheck) -> PackageCheck:
    """``check`` run once for each distinct package (by its digest), its verdict (passed, or
    the ``UserError`` it raised) given again for the same bytes."""
    verdicts: dict[str, UserError | None] = {}

    def checked(data: bytes) -> object:
        digest = sha256_hex(data)
        if digest not in verdicts:
            try:
                check(data)
            except UserError as refused:
                verdicts[digest] = refused
            else:
                verdicts[digest] = None
        verdict = verdicts[digest]
        if verdict is not None:
            raise verdict
        return None

    return checked


def summarise(path: Path, catalog: Catalog, check_package: PackageCheck) -> BackupSummary:
    """One backup, checked as a restore checks it (``check_package``: ``package_check`` of
    the data folder); one that cannot be used is listed with its reason, not skipped."""
    try:
        return summarise_contents(inspect_backup(path, check_package=check_package), catalog)
    except UserError as problem:
        return BackupSummary(describe(path), None, {}, frozenset(), problem)


def summarise_for(paths: DataPaths, path: Path, catalog: Catalog) -> BackupSummary:
    """The backup at ``path`` (one chosen from a file), as a restore into ``paths`` sees it."""
    return summarise(path, catalog, package_check(paths))


def backup_list(paths: DataPaths, catalog: Catalog) -> list[BackupSummary]:
    """Every backup in the data folder's backups, newest first, each with the verdict a
    restore into it would give."""
    check = verified_once(package_check(paths))
    return [summarise(backup.path, catalog, check) for backup in list_backups(paths.backups)]


def newest_usable(paths: DataPaths, catalog: Catalog) -> BackupSummary | None:
    """The newest backup a restore takes (one named as taken in the future only when there
    is no other: its time is shown where it is offered); None when there is none."""
    check = verified_once(package_check(paths))
    for backup in list_backups(paths.backups):  # those of the future after the others
        summary = summarise(backup.path, catalog, check)
        if summary.usable:
            return summary
    return None


def write_backup_apart(paths: DataPaths, folder: Path | None = None) -> Path:
    """A backup asked for by the user (into the data folder's backups, or into ``folder``),
    written on a store of its own: sqlite3 connections stay in the thread that made them."""
    store = Store.attach(paths)
    try:
        return write_backup(store, folder)
    finally:
        store.close()


def after_work(store: Store) -> Path | None:
    """The day's automatic backup taken again once the user's work is done (the window
    closing, a submission), when ``store`` committed anything since the newest backup;
    None when nothing was taken (nothing new, a damaged database, no room)."""
    return backup_after_work(store.connection, store.paths.backups, store.last_commit)


def answer_count(summary: BackupSummary) -> int:
    """How many questions a backup has answers to, over all its rounds."""
    return sum(answered for answered, _required in summary.progress.values())
