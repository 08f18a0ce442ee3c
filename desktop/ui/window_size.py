"""A window's first size, never larger than the screen it opens on (a 1024×700 laptop)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# Room kept for the window's frame and title bar, which the window manager adds outside.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, shrunk to what fits in ``available`` with the frame around it."""
    if available.isEmpty():
        return wanted
    return QSize(
        min(wanted.width(), available.width() - FRAME_ALLOWANCE.width()),
        min(wanted.height(), available.height() - FRAME_ALLOWANCE.height()),
    )


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or to its screen where that is smaller."""
    screen = widget.screen()
    available = screen.availableGeometry() if screen is not None else QRect()
    widget.resize(fitted(QSize(width, height), available))
