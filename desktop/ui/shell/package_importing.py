"""File → Import package…: a package exported on another computer kept as a past submission.

The package is read and checked exactly as ``verify`` checks it off the UI
thread; it is kept by ``desktop.submission.importing`` on the UI thread
(``desktop.ui.picked_file``). A package of another municipality than the profile's is imported
only when the user confirms making its municipality the profile's. Every
refusal is the core's message in the user's language, shown as plain text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.ui import dialogs
from desktop.ui.folders import Folders
from desktop.ui.picked_file import PickedFile
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from desktop.signing.verdict import Verdict
    from desktop.submission.importing import Imported
    from desktop.workbook import Workbook


class PackageImporting(PickedFile):
    """Imports packages into the window's workbook; ``imported`` tells which round got one."""

    imported = Signal(str)

    kind = "packages"

    def __init__(self, window: QWidget, workbook: Workbook, folders: Folders | None = None) -> None:
        super().__init__(window, folders)
        self.workbook = workbook

    def choose(self, folder: Path | None = None) -> QFileDialog:
        return self.pick(
            self.tr("Tuo paketti"),
            folder,
            self.tr("Paketit (*.asice);;Kaikki tiedostot (*)"),
            self.import_file,
        )

    def import_file(self, path: Path) -> None:
        workbook = self.workbook
        workbook.register  # noqa: B018 -- loaded here, so the worker only reads it
        name = path.name

        def checked(data: bytes) -> Verdict:
            from desktop.submission.importing import check_package

            return check_package(workbook, data, name)

        def done(data: bytes, verdict: Verdict) -> None:
            self._keep(name, data, verdict)

        self.check(path, checked, done, self._refused)

    def _keep(self, name: str, data: bytes, verdict: Verdict, confirmed: bool = False) -> None:
        from desktop.submission.importing import OtherMunicipality, keep_package

        try:
            imported = keep_package(self.workbook, data, name, verdict, make_profile=confirmed)
        except OtherMunicipality as error:
            question = fill(
                self.tr("%1\n\nTehdäänkö paketin kunnasta profiilin kunta ja tuodaanko paketti?"),
                error.message(self.lang),
            )

            def answered(yes: bool) -> None:
                if yes:
                    self._keep(name, data, verdict, confirmed=True)

            self.box = dialogs.question(
                self.window, self.tr("Toisen kunnan paketti"), question, answered
            )
            self.box.setTextFormat(Qt.TextFormat.PlainText)
            return
        except UserError as error:
            self._refused(error)
            return
        self.imported.emit(imported.submission.round_id)
        self._tell(name, imported)

    def _tell(self, name: str, imported: Imported) -> None:
        submission = imported.submission
        if imported.already:
            text = fill(
                self.tr("Paketti %1 on jo tallessa: kierroksen %2 lähetys %3. Mitään ei muutettu."),
                escape(name),
                submission.round_id,
                str(submission.number),
            )
        else:
            text = fill(
                self.tr("Paketti %1 tuotiin kierroksen %2 lähetykseksi %3.\n\nSormenjälki: %4"),
                escape(name),
                submission.round_id,
                str(submission.number),
                submission.signer_fingerprint,
            )
        self.tell(self.tr("Paketti tuotu"), text)

    def _refused(self, error: BaseException) -> None:
        self.refuse(self.tr("Pakettia ei tuotu"), error)
