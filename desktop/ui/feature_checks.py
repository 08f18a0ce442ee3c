"""Spares PySide6 reading the source of every module the window imports.

Once PySide6 is loaded, every module named in an ``import`` gets its whole
source file read, once, to see whether it mentions PySide6 and so may opt
into PySide6's ``__feature__`` switches (``snake_case``, ``true_property``).
The window imports about a hundred modules after PySide6, so at every start
it read about a hundred files (the standard library's ``typing``, ``os``,
``pathlib``… among them): about a twentieth of its start-up in instructions.
This program uses no ``__feature__`` switch (a test holds that), so the
answer is known without reading: the window's own modules use PySide6, the
rest of the program and the standard library do not. Any other module is
still read as PySide6 does. Nothing changes where PySide6 works differently.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_OWN = "desktop"
_WINDOW = "desktop.ui"


def _known(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        name = str(getattr(module, "__name__", ""))
        top = name.partition(".")[0]
        if top == _OWN:
            return name == _WINDOW or name.startswith(_WINDOW + ".")
        if top in sys.stdlib_module_names:
            return False
        return original(module)

    return uses_pyside


def skip_known_sources() -> bool:
    """Answer PySide6's question for this program's and Python's modules; True when done."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__qualname__", "").startswith(_known.__qualname__):
        return True  # already in place
    feature._mod_uses_pyside = _known(original)  # type: ignore[attr-defined]
    return True
