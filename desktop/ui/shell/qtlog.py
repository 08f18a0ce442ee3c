"""Qt's own messages (warnings about layouts, fonts, platform plugins) into ``logging``.

Without this they go to stderr, where nobody sees them on a laptop; in the
log file they sit next to our own records when a problem is looked into.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

qt_log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    category = context.category or "qt"
    qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s%s", category, text, where)


def route_qt_messages() -> Callable[[QtMsgType, QMessageLogContext, str], None] | None:
    """Send Qt's messages to ``logging``; returns the handler that was there before."""
    previous: Callable[[QtMsgType, QMessageLogContext, str], None] | None = qInstallMessageHandler(
        qt_message
    )
    return previous


class RotatingLog(logging.FileHandler):
    """A log file moved aside to ``.1`` (``.1`` to ``.2``…) once it has grown past ``max_bytes``.

    What ``logging.handlers.RotatingFileHandler`` does; that module (with pickle,
    queue and the socket handlers) is not worth its import time at every start.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written (a full disk) is given up quietly, not with a traceback."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)

    def _rotate(self) -> None:
        stream, self.stream = self.stream, None  # emit() reopens it should a move fail
        if stream is not None:
            stream.close()
        for number in range(self.backups - 1, 0, -1):
            older = Path(f"{self.path}.{number}")
            if older.exists():
                older.replace(f"{self.path}.{number + 1}")
        if self.backups > 0:
            self.path.replace(f"{self.path}.1")
        else:
            self.path.unlink(missing_ok=True)
        self.stream = self._open()


def log_to_file(path: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Our records and Qt's into ``path``, rotated; None when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingLog(path, max_bytes=1_000_000, backups=3)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler
