"""A file the user picked, read and checked off the UI thread; then kept or refused on it.

Adding a survey round and importing a package go this way: the file is read
as ``verify`` reads a received file (a regular file, within its limit) and
checked in the background (the signing library is slow to load the first
time); what the check found is kept on the UI thread, which owns the
database connection. Every outcome is shown as plain text: nothing a file
holds is read as markup. The titles and texts are the subclass's own, so
each action keeps its translations.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.ui import dialogs
from desktop.ui.folders import Folders, start_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.ui.tasks import Report, Task

Checked = TypeVar("Checked")


class PickedFile(QObject):
    """One of the window's actions on a file the user picks; the box it showed last is ``box``."""

    # The kind of file picked, whose folder is remembered (``desktop.ui.folders``).
    kind = "files"

    def __init__(self, window: QWidget, folders: Folders | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folders = folders
        self.lang: Lang = "fi"
        self.task: Task | None = None
        self.box: QMessageBox | None = None

    def pick(
        self, title: str, folder: Path | None, name_filter: str, chosen: Callable[[Path], None]
    ) -> QFileDialog:
        folders, kind = self.folders, self.kind

        def picked(path: Path) -> None:
            if folders is not None:
                folders.remember_folder(kind, path.parent)
            chosen(path)

        start = folder or start_folder(folders, kind)
        return dialogs.open_file(self.window, title, start, name_filter, picked)

    def check(
        self,
        path: Path,
        check: Callable[[bytes], Checked],
        done: Callable[[bytes, Checked], None],
        refused: Callable[[BaseException], None],
    ) -> None:
        """Read ``path`` and ``check`` its bytes off the UI thread; then, on the UI thread,
        ``done(data, checked)``, or ``refused(error)`` when reading or checking failed."""

        def work(_report: Report) -> tuple[bytes, Checked]:
            from desktop.signing.received import read_received

            data = read_received(path)
            return data, check(data)

        def finished(result: tuple[bytes, Checked]) -> None:
            done(*result)

        from desktop.ui.tasks import run_task  # the thread pool: when first used

        self.task = run_task(work, finished, refused, parent=self)

    def tell(self, title: str, text: str) -> None:
        self.box = dialogs.information(self.window, title, text)
        self.box.setTextFormat(Qt.TextFormat.PlainText)

    def refuse(self, title: str, error: BaseException) -> None:
        """The core's message of ``error`` in the user's language."""
        said = error.message(self.lang) if isinstance(error, UserError) else str(error)
        self.box = dialogs.error(self.window, title, said)
        self.box.setTextFormat(Qt.TextFormat.PlainText)
