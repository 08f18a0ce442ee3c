"""The command line's messages, in fi/sv/en: one catalogue (``desktop.i18n``) in parts by topic."""

from __future__ import annotations

from desktop.commands.messages import answering, coordinating, importing, previous, submitting
from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
    **answering.MESSAGES,
    **coordinating.MESSAGES,
    **submitting.MESSAGES,
    **previous.MESSAGES,
    **importing.MESSAGES,
}
