"""The window survives an afternoon of signals whatever PySide6 release it runs on."""

from __future__ import annotations

import sys

import desktop.ui
from desktop.ui.shell.refcount_guard import _Probe, leaks


def test_the_guard_is_on_wherever_pyside_leaks(qapp: object) -> None:
    assert desktop.ui.REFCOUNT_GUARDED or not leaks() or sys.version_info >= (3, 12)


def test_many_signals_do_not_wear_down_true_and_none(qapp: object) -> None:
    probe = _Probe()
    probe.objectNameChanged.connect(lambda _name: None)
    # An afternoon of typing and saving, in signals; PySide6 6.12.0 unguarded aborts early on.
    for count in range(30_000):
        probe.ping.emit()
        probe.setObjectName(f"probe{count}")
    assert sys.getrefcount(True) > 0 and sys.getrefcount(None) > 0
