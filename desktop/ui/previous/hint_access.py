"""A previous answer that copies, told to a screen reader as the button it works as.

A ``QLabel`` is static text to assistive technology, however it reacts to a
click, Enter or Space: NVDA and Orca would not say that it can be pressed.
This interface makes a copyable hint a button with a press action; a hint
that cannot copy stays text. Qt asks for it only while assistive technology
listens, so it costs nothing otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class _HintAccessible(QAccessibleWidget):
    def __init__(self, hint: QWidget) -> None:
        super().__init__(hint, QAccessible.Role.StaticText)
        self.hint = hint

    def _pressable(self) -> bool:
        return bool(getattr(self.hint, "copyable", False))

    def role(self) -> QAccessible.Role:  # Qt's name
        return QAccessible.Role.Button if self._pressable() else QAccessible.Role.StaticText

    def actionNames(self) -> list[str]:  # Qt's name
        names = list(super().actionNames())
        if self._pressable():
            names.insert(0, QAccessibleActionInterface.pressAction())
        return names

    def doAction(self, action: str) -> None:  # Qt's name
        if action == QAccessibleActionInterface.pressAction() and self._pressable():
            getattr(self.hint, "on_copy")()  # noqa: B009 (any widget kind with on_copy)
        else:
            super().doAction(action)


_installed: list[type[QWidget]] = []


def expose_as_button(kind: type[QWidget]) -> None:
    """Have Qt's accessibility ask this module for the interface of every ``kind`` widget."""
    if _installed:
        return
    _installed.append(kind)

    def interface(_class_name: str, thing: QObject) -> QAccessibleInterface | None:
        return _HintAccessible(thing) if isinstance(thing, kind) else None

    QAccessible.installFactory(interface)
