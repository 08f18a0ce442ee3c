"""When the program itself fails: a log in the data folder, a dialog, and the answers kept.

Every answer is committed as it is typed, so a bug costs at most the edit in
progress; the hook first tries to save that too, then writes the traceback
to ``logs/crash.log`` and tells the user where it is.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.paths import DataPaths
from desktop.ui import dialogs
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """``sys.excepthook`` (and threads'), installed by the application at start."""

    def __init__(self, paths: DataPaths, rescue: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.rescue = rescue
        self.box: QMessageBox | None = None
        # Why the last error could not be written to the log (a full disk…), or None.
        self.log_failure: OSError | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.write(args.exc_type, args.exc_value, args.exc_traceback)

    def write(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> str:
        text = "".join(traceback.format_exception(kind, error, tb))
        self.log_failure = None
        try:
            self.paths.logs.mkdir(parents=True, exist_ok=True)
            with self.paths.crash_log.open("a", encoding="utf-8") as handle:
                handle.write(
                    f"--- {datetime.now().astimezone().isoformat()} tilannekuva {__version__}\n"
                )
                handle.write(text)
        except OSError as exc:
            self.log_failure = exc
            log.warning("could not write the crash log: %s", exc)
        log.error("unexpected error:\n%s", text)
        return text

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        details = self.write(kind, error, tb)
        if self.rescue is not None:
            try:
                self.rescue()
            except Exception:
                log.exception("saving the pending answers after an error failed too")
        if QApplication.instance() is None or self.box is not None:
            return  # one dialog at a time; the log has every error
        if self.log_failure is None:
            text = fill(
                self.tr(
                    "Ohjelmassa tapahtui virhe: %1.\n\nTallennetut vastauksesi ovat tallessa. "
                    "Tiedot virheestä on kirjoitettu tiedostoon %2. Voit jatkaa työtä; "
                    "jos virhe toistuu, käynnistä ohjelma uudelleen ja lähetä tiedosto tukeen."
                ),
                kind.__name__,
                self.paths.crash_log,
            )
        else:
            text = fill(
                self.tr(
                    "Ohjelmassa tapahtui virhe: %1.\n\nTallennetut vastauksesi ovat tallessa. "
                    "Tietoja virheestä ei voitu kirjoittaa tiedostoon %2 (%3): ne ovat alla "
                    "kohdassa Näytä tiedot. Kopioi ne talteen ja lähetä tukeen, jos virhe toistuu."
                ),
                kind.__name__,
                self.paths.crash_log,
                self._reason(self.log_failure),
            )
        self.box = dialogs.error(
            None, self.tr("Ohjelmavirhe"), text, details=details, on_finished=self._closed
        )

    def _reason(self, failure: OSError) -> str:
        from desktop import oserrors  # only when the log could not be written

        if oserrors.disk_full(failure):
            return self.tr("levy on täynnä")
        return failure.strerror or type(failure).__name__

    def _closed(self) -> None:
        self.box = None
