"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

In PySide6 6.12.0 every ``signal.emit()`` made from Python gives back ``True``
without owning a reference to it, and every return of a Python slot called
from Qt drops one reference to ``None`` too many (6.11.3 does neither; seen
with a probe like the one below). On Python 3.12 and later these objects are
immortal and nothing happens; on 3.11 their counts fall with every edit until
the interpreter aborts ("deallocating True or False"), after an hour or an
afternoon of typing. The project pins that release away; this guard keeps a
window that got it anyway from crashing: when the probe sees the leak, it
makes the three singletons as immortal as Python 3.12 does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

# As Python 3.12 does for its immortal objects: a count no program can wear down.
_IMMORTAL = 1 << 40


class _Probe(QObject):
    ping = Signal()


def leaks() -> bool:
    """Whether this PySide6 loses references to True or None on emit and slot return."""
    probe = _Probe()
    probe.objectNameChanged.connect(lambda _name: None)
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range(8):
        probe.ping.emit()
        probe.setObjectName(f"probe{_}")  # Qt emits objectNameChanged into a Python slot
    after = (sys.getrefcount(True), sys.getrefcount(None))
    return after[0] < before[0] or after[1] < before[1]


def guard() -> bool:
    """Apply the guard when needed; True when it was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not leaks():
        return False
    import ctypes  # only for the release that needs it

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _IMMORTAL
    return True
