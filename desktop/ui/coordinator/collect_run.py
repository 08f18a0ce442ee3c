"""One collect of a received folder, run off the coordinator window's thread.

``CollectRun`` starts ``desktop.collect.collecting.collect`` in a task (its
worker processes spawned, never forked from a process with Qt's threads),
hands each (done, total) back to the window, stops after the file being
recorded when asked (Cancel, closing the window, the program quitting), and
remembers with the window's preferences a collect that did not finish, so
that the window says so when it opens again (``Unfinished``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThreadPool

from desktop.collect.overview import FileLine, MunicipalityLine, Summary
from desktop.i18n import Lang
from desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from desktop.collect.desk import Desk

# How long quitting waits for a collect to stop (after the file being checked).
_QUIT_WAIT_MS = 60_000

Outcome = tuple[list[MunicipalityLine], list[FileLine], list[tuple[str, int, int, int]], Summary]


class Cancelled(Exception):
    """The coordinator cancelled the collect after ``done`` of ``total`` files were recorded."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(done, total)
        self.done = done
        self.total = total


class Unfinished:
    """A collect cancelled or cut short, remembered per round with the window's preferences."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @staticmethod
    def _key(round_id: str) -> str:
        return f"coordinator/unfinished/{round_id}"

    def remember(self, round_id: str, done: int, total: int, folder: Path) -> None:
        self.settings.setValue(self._key(round_id), [str(done), str(total), str(folder)])

    def forget(self, round_id: str) -> None:
        self.settings.remove(self._key(round_id))

    def of(self, round_id: str) -> tuple[int, int, Path] | None:
        """How many files of how many the last collect of ``round_id`` recorded before it was
        cancelled or cut short, and its folder; None when it finished."""
        value = self.settings.value(self._key(round_id))
        try:
            done, total, folder = value
            return int(done), int(total), Path(folder)
        except (TypeError, ValueError):
            return None


class CollectRun(QObject):
    """One collect of ``folder`` for ``round_id``, started at once.

    ``progressed(done, total)``, ``collected(outcome)`` and ``failed(error)`` are
    called on the window's thread; a stopped collect fails with ``Cancelled``.
    """

    def __init__(
        self,
        desk: Desk,
        round_id: str,
        folder: Path,
        lang: Lang,
        unfinished: Unfinished,
        *,
        workers: int | None,
        progressed: Callable[[int, int], None],
        collected: Callable[[Outcome], None],
        failed: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.round_id = round_id
        self.folder = folder
        self.unfinished = unfinished
        self._progressed = progressed
        self._collected = collected
        self._failed = failed
        # Set to stop the collect after the file being recorded; what was recorded stays.
        self.stopping = threading.Event()
        stopping = self.stopping

        def work(report: Any) -> Outcome:
            from desktop.collect.collecting import collect

            def progress(done: int, total: int) -> None:
                if stopping.is_set():  # the collect stops here, its workers ended
                    raise Cancelled(done, total)
                report(done, total)

            with desk.records() as records:
                result = collect(
                    records,
                    round_id,
                    [folder],
                    progress=progress,
                    workers=workers,
                    start_method="spawn",
                    desk=desk,
                )
                return outcome_of(records, result, desk, lang)

        settings = unfinished.settings

        def quitting() -> None:
            # The program quits (its main window closed) during the collect: the collect
            # stops and its workers end before the program does, which they would not
            # otherwise (each printed a broken pipe); it is remembered as unfinished.
            stopping.set()
            QThreadPool.globalInstance().waitForDone(_QUIT_WAIT_MS)
            settings.sync()

        self.on_quit: Callable[[], None] | None = None
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(quitting)
            self.on_quit = quitting
        self.task: Task = run_task(work, self._done, self._refused, self._progress, parent)

    def stop(self) -> None:
        """Stop after the file being recorded."""
        self.stopping.set()

    def _progress(self, done: int, total: int) -> None:
        # Unfinished until it ends, should the program be closed meanwhile.
        self.unfinished.remember(self.round_id, done, total, self.folder)
        self._progressed(done, total)

    def _done(self, outcome: Outcome) -> None:
        self.unfinished.forget(self.round_id)
        self._end()
        self._collected(outcome)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.unfinished.remember(self.round_id, error.done, error.total, self.folder)
        self._end()
        self._failed(error)

    def _end(self) -> None:
        application = QCoreApplication.instance()
        if self.on_quit is not None and application is not None:
            application.aboutToQuit.disconnect(self.on_quit)
        self.on_quit = None


def outcome_of(records: Any, result: Any, desk: Desk, lang: Lang) -> Outcome:
    """The lines the window shows of a round's standing: each municipality, each file, each
    county, and the counts."""
    from desktop.collect.missing import latest_contacts
    from desktop.collect.overview import file_lines, municipality_lines, summarise
    from desktop.collect.picture import county_counts

    register = desk.register
    absent = {m.code for m in register} - set(result.current())
    contacts = latest_contacts(records, absent, result.round_id, desk.catalog, register)
    municipalities = municipality_lines(result, register, lang, contacts)
    files = file_lines(result, lang)
    counts = summarise(result, register)
    return municipalities, files, county_counts(result, register, lang), counts
