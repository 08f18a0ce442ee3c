"""Writing the national picture of a round: the XLSX workbook, the CSV files and the PDF summary.

Every file is made before any is written, and each is first written beside its place
under a temporary name: a file that cannot be written (a full disk, a folder where the
file should be) leaves none of them in place, and the user is told so. Only if moving
the finished files to their places fails midway are some in place, and the message
names which are and which are not.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from desktop import oserrors
from desktop.collect.picture import build
from desktop.collect.records import Records
from desktop.collect.spreadsheet import SpreadsheetError, csv_files, xlsx_bytes
from desktop.collect.standing import Standing
from desktop.i18n import Lang
from desktop.municipalities import Register
from desktop.storage.replacing import held_open, replace_file
from desktop.survey import Catalog


def write_picture(
    records: Records,
    result: Standing,
    register: Register,
    catalog: Catalog,
    target: Path,
    lang: Lang,
) -> tuple[Path, Path, Path]:
    """``target``.xlsx, the CSV files in ``target``-csv/ and ``target``.pdf; where they are."""
    from desktop.collect.summary_pdf import render_summary

    sheets = build(records, result, register, catalog, lang)
    xlsx = target.with_suffix(".xlsx")
    folder = target.with_name(f"{target.with_suffix('').name}-csv")
    pdf = target.with_suffix(".pdf")
    files = {xlsx: xlsx_bytes(sheets, lang)}
    files.update((folder / name, data) for name, data in csv_files(sheets).items())
    files[pdf] = render_summary(sheets, result, register, catalog, lang)
    _put(files)
    return xlsx, folder, pdf


def _put(files: dict[Path, bytes]) -> None:
    """Each file in its place, or none (``SpreadsheetError`` telling which)."""
    for path in files:  # a folder where a file goes: said before anything is written
        if path.is_dir():
            raise SpreadsheetError("collect.picture.folder_in_place", path=path)
    made: list[Path] = []  # the folders made for the files, deepest first
    staged: list[tuple[Path, Path]] = []
    for path, data in files.items():
        temporary = path.with_name(f".{path.name}.kesken")
        try:
            made[:0] = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
        except OSError as exc:
            for left in [temporary, *(staged_file for staged_file, _ in staged)]:
                _remove(left)
            _remove_folders(made)
            raise SpreadsheetError(
                "collect.picture.unwritable", path=path, reason=oserrors.reason(exc)
            ) from None
        staged.append((temporary, path))
    for done, (temporary, path) in enumerate(staged):
        try:
            replace_file(temporary, path)
        except OSError as exc:
            for left, _ in staged[done:]:
                _remove(left)
            if not done:
                _remove_folders(made)
            if not done and not held_open(exc, path):
                raise SpreadsheetError(
                    "collect.picture.unwritable", path=path, reason=oserrors.reason(exc)
                ) from None
            if held_open(exc, path):
                # Excel (or a PDF reader) has the earlier file open: the user closes it.
                if not done:
                    raise SpreadsheetError("collect.picture.file_open", path=path) from None
                raise SpreadsheetError(
                    "collect.picture.partly_file_open",
                    path=path,
                    written=_listed(placed for _, placed in staged[:done]),
                    left=_listed(place for _, place in staged[done:]),
                ) from None
            raise SpreadsheetError(
                "collect.picture.partly",
                path=path,
                reason=oserrors.reason(exc),
                written=_listed(placed for _, placed in staged[:done]),
                left=_listed(place for _, place in staged[done:]),
            ) from None


def _listed(paths: Iterable[Path]) -> str:
    return ", ".join(str(path) for path in paths)


def _remove_folders(folders: Iterable[Path]) -> None:
    """The folders made for the files, each removed if it is empty (deepest first)."""
    for folder in sorted(set(folders), key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # a temporary file left behind is named as one (.kesken)
        path.unlink(missing_ok=True)
