"""Writing the files of an export into the folder the user chose, all or nothing.

The files are written under temporary names first and take their names only
when all are written (and, for a submission, once it is recorded); a folder
that cannot take them is told before the slow work starts, a full disk as such.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop import oserrors
from desktop.storage.replacing import held_open, replace_file
from desktop.submission.refusals import ExportError

# What a folder that takes no files stops, for its message: a submission (nothing exported,
# the round not marked as submitted), a draft, or a sent round's files saved again.
Saving = tuple[str, dict[str, object]]
EXPORT: Saving = ("", {})
DRAFT: Saving = ("draft_", {})


def saved_again(number: int) -> Saving:
    return ("again_", {"number": number})


def unwritable(folder: Path, exc: OSError, saving: Saving | None = None) -> ExportError:
    """Why nothing could be written to ``folder``: a full disk is told as such (with where
    else to write), any other trouble in the user's words; with what was not done
    (``saving``: a submission unless told otherwise)."""
    what, values = saving or EXPORT
    if oserrors.disk_full(exc):
        return ExportError(f"submission.refusal.{what}folder_full", folder=folder, **values)
    return ExportError(
        f"submission.refusal.{what}folder_unwritable",
        folder=folder,
        reason=oserrors.reason(exc),
        **values,
    )


def check_folder(folder: Path, saving: Saving | None = None) -> None:
    """Fail before the slow work if ``folder`` cannot take new files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".tilannekuva-"):
            pass
    except OSError as exc:
        raise unwritable(folder, exc, saving) from exc


class Staged:
    """Files written under temporary names in one folder, waiting to take their names."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.temporary: dict[str, Path] = {}

    def write(self, name: str, data: bytes) -> None:
        # Opened like any new file (not mkstemp's owner-only mode): the user sends these on.
        tmp = self.folder / f".{name}.{secrets.token_hex(6)}.tmp"
        with tmp.open("xb") as handle:
            self.temporary[name] = tmp
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    def publish(self, *, replace: bool) -> dict[str, Path]:
        """Give every file its name; an existing file is kept unless ``replace``."""
        final: dict[str, Path] = {}
        for name, tmp in self.temporary.items():
            target = self.folder / name
            if not replace:
                target = _free_name(target)
            try:
                replace_file(tmp, target)
            except OSError as exc:
                if not (replace and held_open(exc, target)):
                    raise
                # The earlier file is open in another program (a PDF reader): this one
                # is saved beside it, as "name (2).pdf", and the earlier is left alone.
                target = _free_name(target)
                tmp.replace(target)
            final[name] = target
        self.temporary.clear()
        return final

    def discard(self) -> None:
        for tmp in self.temporary.values():
            with suppress(OSError):
                tmp.unlink()
        self.temporary.clear()


@contextmanager
def staged(folder: Path, files: dict[str, bytes], saving: Saving | None = None) -> Iterator[Staged]:
    """``files`` written into ``folder`` under temporary names; removed unless published."""
    waiting = Staged(folder)
    try:
        try:
            for name, data in files.items():
                waiting.write(name, data)
        except OSError as exc:
            raise unwritable(folder, exc, saving) from exc
        yield waiting
    finally:
        waiting.discard()


def write_all(
    folder: Path, files: dict[str, bytes], *, replace: bool, saving: Saving | None = None
) -> dict[str, Path]:
    """Write ``files`` into ``folder`` all or none; the paths they got, by name."""
    check_folder(folder, saving)
    with staged(folder, files, saving) as waiting:
        try:
            return waiting.publish(replace=replace)
        except OSError as exc:
            raise unwritable(folder, exc, saving) from exc


def _free_name(target: Path) -> Path:
    """``target``, or ``name (2).ext`` and so on when that file exists already."""
    candidate, number = target, 1
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
    return candidate
