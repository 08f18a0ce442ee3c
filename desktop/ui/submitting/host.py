"""The window a submission is made from, as submitting and the key dialogs see it.

The main window is one (``desktop.ui.shell.main_window``). Naming what is
needed of it here lets this room type its window without importing the
shell, which imports this room.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from desktop.i18n import Lang
    from desktop.paths import DataPaths
    from desktop.storage import Submission
    from desktop.ui.form.save_status import SaveStatus
    from desktop.ui.form.session import FormSession
    from desktop.workbook import Workbook


class ExportFolder(Protocol):
    """Where the last export went, remembered between runs (the shell's preferences)."""

    @property
    def export_folder(self) -> Path | None: ...

    @export_folder.setter
    def export_folder(self, value: Path) -> None: ...


class SubmittingWindow(QMainWindow):
    """A main window with a round being answered; the shell's window fills these in."""

    workbook: Workbook
    paths: DataPaths
    preferences: ExportFolder
    lang: Lang
    today: date
    session: FormSession | None  # the round being answered, None before one is opened
    save_status: SaveStatus

    def flush(self) -> None:
        """Save every edit still waiting."""
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """Take no input while an export runs."""
        raise NotImplementedError

    def refresh_lock(self) -> None:
        """Show again whether the chosen round is submitted."""
        raise NotImplementedError

    def show_submission(self, submission: Submission) -> None:
        """Show a submitted round as that submission's stored package says."""
        raise NotImplementedError

    def focus_problems(self) -> None:
        """Put the focus in the list of problems."""
        raise NotImplementedError
