"""The messages of the modules directly in ``desktop`` and of the command line's help, in
fi/sv/en: one catalogue (``desktop.i18n``) in two parts."""

from __future__ import annotations

from desktop.i18n import Catalogue
from desktop.messages import command_line, modules

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {**command_line.MESSAGES, **modules.MESSAGES}
