"""The command line's messages, in fi/sv/en: one catalogue (``desktop.i18n``) in parts by topic."""

from __future__ import annotations

from typing import Final

from desktop.commands.messages import answering, coordinating, importing, previous, submitting
from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    **answering.MESSAGES,
    **coordinating.MESSAGES,
    **submitting.MESSAGES,
    **previous.MESSAGES,
    **importing.MESSAGES,
}
