"""Text from a received file made safe to show, and kept short.

A package's municipality name, a file name in a folder the coordinator was
sent: any of it may carry terminal escapes, bidirectional overrides or line
breaks meant to mislead. ``desktop.untrusted.escape`` writes those as
visible escapes; this also cuts a long text.
"""

from __future__ import annotations

from desktop.untrusted import escape


def printable(text: object, limit: int = 300) -> str:
    """``text`` escaped, cut to ``limit`` characters with "…"."""
    whole = str(text)
    return escape(whole[:limit]) + ("…" if len(whole) > limit else "")
