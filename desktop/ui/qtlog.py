"""Qt's own messages (warnings about layouts, fonts, platform plugins) into ``logging``.

Without this they go to stderr, where nobody sees them on a laptop; in the
log file they sit next to our own records when a problem is looked into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
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


def log_to_file(path: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Our records and Qt's into ``path``, rotated; None when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler
