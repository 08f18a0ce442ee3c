"""A layout that tells when the widget it lays out changes size, in place of ``resizeEvent``.

A ``resizeEvent`` written in Python makes PySide6 build the event's class, and
with it ``QEvent`` and its hundreds of event types, the first time the widget
is sized: at every start, before the window is shown. Qt hands a layout its
new geometry as a plain rectangle, which costs nothing to pass to Python.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

# The new size, and the one before (None the first time the widget is laid out).
Resized = Callable[[QSize, QSize | None], None]


class SizeWatchingLayout(QVBoxLayout):
    """A vertical layout of ``parent`` that calls ``resized`` after each change of its size,
    once its items have their new geometry."""

    def __init__(self, parent: QWidget, resized: Resized | None = None) -> None:
        super().__init__(parent)
        self.resized = resized  # may be given later, once what it calls exists
        self._size: QSize | None = None

    def setGeometry(self, rect: QRect) -> None:  # Qt's name
        super().setGeometry(rect)
        size = rect.size()
        old = self._size
        if old is None or size != old:
            self._size = size
            if self.resized is not None:
                self.resized(size, old)
