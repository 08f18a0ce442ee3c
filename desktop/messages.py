"""The messages of the modules directly in ``desktop``: the command line's help and
answers, the workbook and the contact details, in fi/sv/en (``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {}
