"""The messages of a refused zip, shared by its layout check and its reader."""

from __future__ import annotations

from desktop.errors import UserError


class SafeZipError(UserError):
    """A received zip is refused; the message names the member and the reason."""
