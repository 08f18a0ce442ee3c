"""File → Add survey round…: a round package chosen, checked and added, then offered at once.

The package's container and signature are checked off the UI thread; its
definition is checked and stored by ``desktop.rounds.library`` on the UI
thread (``desktop.ui.picked_file``). Every refusal is the core's message in
the user's language, shown as plain text: nothing a package holds is read as
markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.i18n import pick
from desktop.ui.folders import Folders
from desktop.ui.picked_file import PickedFile
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from desktop.paths import DataPaths
    from desktop.rounds.library import Added
    from desktop.rounds.package import OpenedPackage
    from desktop.workbook import Workbook


class RoundAdding(PickedFile):
    """Adds round packages to the window's workbook; ``added`` tells which round came."""

    added = Signal(str)

    kind = "rounds"

    def __init__(
        self, window: QWidget, workbook: Workbook, paths: DataPaths, folders: Folders | None = None
    ) -> None:
        super().__init__(window, folders)
        self.workbook = workbook
        self.paths = paths

    def choose(self, folder: Path | None = None) -> QFileDialog:
        return self.pick(
            self.tr("Lisää kyselykierros"),
            folder,
            self.tr("Kyselykierrokset (*.tkround);;Kaikki tiedostot (*)"),
            self.add_file,
        )

    def add_file(self, path: Path) -> None:
        paths = self.paths

        def opened(data: bytes) -> OpenedPackage:
            from desktop.rounds.library import open_package

            return open_package(data, paths)

        self.check(path, opened, self._opened, self._refused)

    def _opened(self, data: bytes, opened: OpenedPackage) -> None:
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
        self.tell(self.tr("Kyselykierros lisätty"), text)

    def _refused(self, error: BaseException) -> None:
        self.refuse(self.tr("Kyselykierrosta ei lisätty"), error)
