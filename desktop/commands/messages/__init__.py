"""The command line's messages, in fi/sv/en: one catalogue (``desktop.i18n``) in parts."""

from __future__ import annotations

from typing import Final

from desktop.commands.messages import answering, previous, submitting
from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    **answering.MESSAGES,
    **submitting.MESSAGES,
    **previous.MESSAGES,
}
