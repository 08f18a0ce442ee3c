"""The PDF report, the package and the export of a round: data in, bytes out; no Qt.

``render_report`` and ``format_fingerprint`` are loaded on first use, so that
checking a received package does not load reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.export.report import format_fingerprint, render_report

__all__ = ["format_fingerprint", "render_report"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from desktop.export import report

        return getattr(report, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
