"""Where a file dialog starts: the folder last used for that kind of file, else the
documents folder (never the bare home folder, where nobody keeps these files).

The shell's preferences remember the folders (``desktop.ui.shell.settings``);
naming what is needed of them here lets each room use them without importing
the shell.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class Folders(Protocol):
    """The folder last used for each kind of file ("packages", "rounds", "comparisons")."""

    def folder(self, kind: str) -> Path: ...

    def remember_folder(self, kind: str, folder: Path) -> None: ...


def documents_folder() -> Path:
    """The user's documents folder; the home folder where the account has none."""
    from PySide6.QtCore import QStandardPaths  # built by PySide6 when a dialog first opens

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # Qt names ~/Documents even where the account has none (a fresh Linux install).
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_folder(folders: Folders | None, kind: str) -> Path:
    """Where a dialog for ``kind`` of file starts."""
    return folders.folder(kind) if folders is not None else documents_folder()
