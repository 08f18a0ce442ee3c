"""Telling a screen reader of a change it would not speak by itself.

A status bar's label changing its text, or a list's name changing its count,
is not spoken by NVDA or Orca: nothing has the focus there. An announcement
(Qt's ``QAccessibleAnnouncementEvent``, a UI Automation notification on
Windows and an AT-SPI announcement on Linux) is. Nothing is built or sent
while no assistive technology listens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader speak ``message`` (``assertive``: at once, cutting in)."""
    # Built when first needed: the first screen does not build these classes.
    from PySide6.QtGui import QAccessible

    if not message or not QAccessible.isActive():
        return
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
