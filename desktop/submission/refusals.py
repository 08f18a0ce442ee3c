"""Why a submission or an export was refused, in Finnish, Swedish and English."""

from __future__ import annotations

from desktop.errors import UserError


class ExportError(UserError):
    """A submission or an export refused, with nothing recorded (but ``recorded_not_saved``)."""
