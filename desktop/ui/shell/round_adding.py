"""File → Add survey round…: a round package chosen, checked and added, then offered at once.

The package's container and signature are checked off the UI thread (the
signing library is slow to load the first time); its definition is checked
and stored by ``desktop.rounds.library`` on the UI thread, which owns the
database connection. Every refusal is the core's message in the user's
language, shown as plain text: nothing a package holds is read as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import UserError
from desktop.i18n import Lang, pick
from desktop.ui import dialogs
from desktop.ui.tasks import Report, Task, run_task
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.paths import DataPaths
    from desktop.rounds.library import Added
    from desktop.workbook import Workbook


class RoundAdding(QObject):
    """Adds round packages to the window's workbook; ``added`` tells which round came."""

    added = Signal(str)

    def __init__(self, window: QWidget, workbook: Workbook, paths: DataPaths) -> None:
        super().__init__(window)
        self.window = window
        self.workbook = workbook
        self.paths = paths
        self.lang: Lang = "fi"
        self.task: Task | None = None
        self.box: QMessageBox | None = None

    def choose(self, folder: Path | None = None) -> QFileDialog:
        return dialogs.open_file(
            self.window,
            self.tr("Lisää kyselykierros"),
            folder or Path.home(),
            self.tr("Kyselykierrokset (*.tkround);;Kaikki tiedostot (*)"),
            self.add_file,
        )

    def add_file(self, path: Path) -> None:
        paths = self.paths

        def work(_report: Report) -> tuple[bytes, Any]:
            from desktop.rounds.library import open_package
            from desktop.signing.received import read_received

            data = read_received(path)
            return data, open_package(data, paths)

        self.task = run_task(work, self._opened, self._refused, parent=self)

    def _opened(self, result: tuple[bytes, Any]) -> None:
        data, opened = result
        try:
            added = self.workbook.add_round(opened, data)
        except UserError as error:
            self._refused(error)
            return
        self.added.emit(added.round.id)
        self._tell(added)

    def _tell(self, added: Added) -> None:
        rnd = added.round
        title = escape(pick(rnd.title, self.lang))
        if not added.stored:
            text = fill(
                self.tr("Kierros %1 on jo ohjelmassa samanlaisena; mitään ei muutettu."), rnd.id
            )
        else:
            origin = rnd.origin
            signer = escape(origin.signer_name) if origin is not None else ""
            fingerprint = origin.signer_fingerprint if origin is not None else ""
            text = fill(
                self.tr("Kierros %1 lisättiin: %2\n\nAllekirjoittaja: %3\nSormenjälki: %4"),
                rnd.id,
                title,
                signer,
                fingerprint,
            )
        self.box = dialogs.information(self.window, self.tr("Kyselykierros lisätty"), text)
        self.box.setTextFormat(Qt.TextFormat.PlainText)

    def _refused(self, error: BaseException) -> None:
        said = error.message(self.lang) if isinstance(error, UserError) else str(error)
        self.box = dialogs.error(self.window, self.tr("Kyselykierrosta ei lisätty"), said)
        self.box.setTextFormat(Qt.TextFormat.PlainText)
