"""The command line's messages, in fi/sv/en: one catalogue (``desktop.i18n``) in parts by topic.

A message is looked up in its part alone (``desktop.i18n.PARTS`` names the part of each
command's ids), so a command loads the texts of its own topic only (start-up time);
``MESSAGES``, the whole catalogue, is put together when first asked for.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from desktop.i18n import Catalogue

    MESSAGES: Catalogue

# The parts, each a module of this package with its own ``MESSAGES``.
PARTS = ("answering", "coordinating", "submitting", "previous", "importing")


def __getattr__(name: str) -> object:
    if name != "MESSAGES":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    whole: dict[str, object] = {}
    for part in PARTS:
        whole.update(importlib.import_module(f"{__name__}.{part}").MESSAGES)
    globals()["MESSAGES"] = whole
    return whole
