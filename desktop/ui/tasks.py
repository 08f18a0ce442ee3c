"""Long work off the UI thread, its progress and result handed back to the UI thread.

``run_task(work, ...)`` runs ``work(report)`` on the global ``QThreadPool``;
``report(done, total)`` may be called from the worker. The callbacks run on
the UI thread, because the ``Task`` object that receives the worker's signals
lives there (a queued connection crosses the threads).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Report = Callable[[int, int], None]
Work = Callable[[Report], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as exc:  # handed to the UI thread, which decides what it means
            log.debug("task failed", exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Task(QObject):
    """One piece of long work; keep a reference (or a parent) until ``finished``."""

    finished = Signal()

    def __init__(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Report | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.signals = _Signals()
        self.signals.progress.connect(self._progress)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.runner = _Runner(work, self.signals)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        _started(self)
        (pool or QThreadPool.globalInstance()).start(self.runner)
        return self

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self.running = False
        _ended(self)
        try:
            self._on_success(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.running = False
        _ended(self)
        try:
            self._on_failure(error if isinstance(error, BaseException) else RuntimeError(error))
        finally:
            self.finished.emit()


# Tasks whose work is running: kept alive until the worker has reported.
_RUNNING: set[Task] = set()


def _started(task: Task) -> None:
    """The UI thread's cyclic garbage collection waits while a worker runs.

    A collection of Qt wrappers in the UI thread while the worker was inside
    reportlab crashed the process once (a segmentation fault, not an
    exception). Reference counting still frees memory meanwhile; the cycles
    are collected when the last task has reported, on the UI thread alone.
    """
    if not _RUNNING:
        gc.disable()
    _RUNNING.add(task)


def _ended(task: Task) -> None:
    _RUNNING.discard(task)
    if not _RUNNING:
        gc.enable()


def run_task(
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Report | None = None,
    parent: QObject | None = None,
) -> Task:
    return Task(work, on_success, on_failure, on_progress, parent).start()
