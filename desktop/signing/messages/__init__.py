"""The signing package's messages, in fi/sv/en: one catalogue (``desktop.i18n``) in two parts."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue
from desktop.signing.messages import keys, packages

MESSAGES: Final[Catalogue] = {**keys.MESSAGES, **packages.MESSAGES}
