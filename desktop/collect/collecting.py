"""Collecting a round: every ``.asice`` under the folders verified in a pool and recorded.

The files are checked in worker processes, one per core, each exactly as
``verify`` checks one; as each result comes back it is recorded in the
coordinator's database and dropped, so memory does not grow with the number
of packages. Other files are recorded as not being packages. Nothing a file
holds stops the run: a file that cannot be read is recorded with its reason.
A folder is what it holds now: a file recorded under it before that is no
longer there is forgotten (no longer counted, and said as gone), and a folder
reached through a link is collected by its real name, so the same inbox
through another path is the same files.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from contextlib import closing, suppress
from dataclasses import replace
from pathlib import Path
from typing import Final

from desktop.collect.checking import Outcome, check_file, use_desk
from desktop.collect.desk import Desk
from desktop.collect.records import Received, Records, stored_path
from desktop.collect.standing import Standing, standing
from desktop.errors import UserError
from desktop.storage.stored_round import StoredRoundPackage

PACKAGE_SUFFIX: Final = ".asice"
# Few files per task: results come back (and leave memory) soon, the pool stays busy.
_CHUNK: Final = 2


class CollectError(UserError):
    """Collecting cannot start or go on as asked."""


Progress = Callable[[int, int], None]
"""Told (done, total) after each file is recorded."""


def received_files(folders: Sequence[Path]) -> list[Path]:
    """Every file under ``folders``, sorted, each once (links to folders are not followed)."""
    found: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            raise CollectError("collect.collecting.no_folder", path=folder)
        for root, dirs, files in os.walk(real_folder(folder)):
            dirs.sort()
            # Absolute, not resolved: a link is checked as the file it claims to be.
            found.update(Path(root, name).absolute() for name in files)
    return sorted(found)


def real_folder(folder: Path) -> Path:
    """``folder`` as an absolute path, by its real name where it is reached through a link:
    the same inbox through a link to it is the same files, never a second copy of each.
    (Resolved only then: a mapped network drive keeps the name the coordinator knows.)"""
    folder = folder.absolute()
    try:
        if any(part.is_symlink() for part in (folder, *folder.parents)):
            return folder.resolve()
    except (OSError, RuntimeError):  # a folder not open to us, or a loop of links
        pass
    return folder


def _under(paths: Iterable[str], folders: Sequence[Path]) -> set[str]:
    """The recorded ``paths`` of files under one of ``folders`` (each a ``real_folder``),
    by their folders' real names."""
    reals: dict[Path, Path] = {}
    found = set()
    for path in paths:
        parent = Path(path).parent
        if parent not in reals:
            reals[parent] = real_folder(parent)
        where = reals[parent] / Path(path).name
        if any(where.is_relative_to(folder) for folder in folders):
            found.add(path)
    return found


def forget(records: Records, round_id: str, folders: Sequence[Path], desk: Desk) -> Standing:
    """Forget every file recorded for ``round_id`` under ``folders`` (a folder collected by
    mistake, or one no longer used; it need not exist any more); the standing after."""
    reals = [real_folder(folder.expanduser()) for folder in folders]
    plain = [folder.expanduser().absolute() for folder in folders]
    recorded = [received.path for received in records.received(round_id)]
    gone = sorted(_under(recorded, reals) | _under(recorded, plain))
    records.forget(round_id, gone)
    return replace(standing(records, round_id, desk.register), gone=tuple(gone))


def municipality_files(records: Records, round_id: str, code: str) -> list[str]:
    """The files recorded collecting ``round_id`` that hold a package of the municipality
    ``code`` for that round (counted, replaced or refused; a package of another round found
    beside them is not its answer to this one), as ``Records.received`` gives them."""
    held = {
        package.sha256
        for package in records.packages(round_id)
        if package.code == code and package.round_id in (round_id, None, "")
    }
    return sorted({r.path for r in records.received(round_id) if r.sha256 in held})


def forget_municipality(records: Records, round_id: str, code: str) -> list[str]:
    """Forget every file recorded for ``round_id`` that holds a package of ``code`` (a
    package received by mistake), as ``forget`` forgets a folder's: the files stay where
    they are, and the municipality is missing until one of its packages is collected
    again. The files forgotten."""
    gone = municipality_files(records, round_id, code)
    records.forget(round_id, gone)
    return gone


def collect(
    records: Records,
    round_id: str,
    folders: Sequence[Path],
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    start_method: str | None = None,
    desk: Desk | None = None,
) -> Standing:
    """Verify and record every package under ``folders`` for ``round_id``; the standing after.

    ``start_method`` picks how the worker processes start ("spawn" from the
    window: a process with Qt's threads must not fork). ``desk`` holds the
    register and the rounds (default: the shipped ones); the rounds the
    coordinator added verify as shipped ones.
    """
    desk = desk if desk is not None else Desk()
    desk.catalog.round(round_id)  # an unknown round is refused before any work
    files = received_files(folders)
    packages = [str(path) for path in files if path.suffix.lower() == PACKAGE_SUFFIX]
    others = [str(path) for path in files if path.suffix.lower() != PACKAGE_SUFFIX]
    total, done = len(files), 0
    for path in others:
        records.record(round_id, Received(path, None, None), None)
        done += 1
        if progress is not None:
            progress(done, total)
    # With a register in use, a package whose signer it does not hold for the package's
    # municipality is refused before its answers are read (it could not count anyway).
    registered = {code: frozenset(keys) for code, keys in records.trusted_by_code().items()}
    checked = check_all(
        packages, workers=workers, start_method=start_method, desk=desk, registered=registered
    )
    # A ``progress`` that raises stops the collect (the window's Cancel): the workers are
    # ended then, not when the exception is let go; what was recorded stays recorded.
    with closing(checked):
        for outcome in checked:
            records.record(round_id, outcome.received, outcome.package)
            done += 1
            if progress is not None:
                progress(done, total)
    # A file recorded under these folders that is no longer there (deleted, moved, or seen
    # before through a link) is no longer received: forgotten, said as gone.
    reals = [real_folder(folder) for folder in folders]
    found = {stored_path(str(path)) for path in files}
    recorded = [r.path for r in records.received(round_id) if r.path not in found]
    gone = sorted(_under(recorded, reals))
    records.forget(round_id, gone)
    return replace(standing(records, round_id, desk.register), gone=tuple(gone))


def check_all(
    paths: Sequence[str],
    *,
    workers: int | None = None,
    start_method: str | None = None,
    desk: Desk | None = None,
    registered: Mapping[str, frozenset[str]] | None = None,
) -> Generator[Outcome, None, None]:
    """The outcome of each path, in the order they finish (``registered``: the trust
    register, by municipality code, when one is in use)."""
    desk = desk if desk is not None else Desk()
    count = min(workers or os.cpu_count() or 1, max(len(paths), 1))
    if count <= 1 or len(paths) <= 1:
        _warm(desk, registered)
        yield from map(check_file, paths)
        return
    context = multiprocessing.get_context(start_method)
    # A worker opens a desk of its own with the same added rounds (a desk does not pickle).
    initargs = (desk.added, dict(registered or {}))
    with context.Pool(count, initializer=_warm_worker, initargs=initargs) as pool:
        yield from pool.imap_unordered(check_file, paths, chunksize=_CHUNK)


def _warm_worker(
    added: tuple[StoredRoundPackage, ...], registered: Mapping[str, frozenset[str]]
) -> None:
    # Ctrl+C reaches every process of the terminal: the collecting process stops the pool
    # and says it was interrupted; a worker leaves it to that (no traceback of its own).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm(Desk(added), registered)


def _warm(desk: Desk, registered: Mapping[str, frozenset[str]] | None = None) -> None:
    """Load the survey, the register and the verifiers once per process, before the first file."""
    from desktop.collect.receiving import verify_received  # noqa: F401
    from desktop.signing import asice, pdfsign  # noqa: F401

    use_desk(desk, registered)
    with suppress(UserError):  # read now, not with the first file
        _ = desk.catalog, desk.register


def paths_of(folders: Iterable[str]) -> list[Path]:
    return [Path(folder).expanduser() for folder in folders]
