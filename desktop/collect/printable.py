"""Text from a received file made safe to show: control and format characters escaped.

A package's municipality name, a file name in a folder the coordinator was
sent: any of it may carry terminal escape sequences, bidirectional
overrides or line breaks meant to mislead. Shown through this, they appear
as visible escapes instead.
"""

from __future__ import annotations

import unicodedata


def printable(text: object, limit: int = 300) -> str:
    """``text`` with every control, format or separator character (but the space) escaped."""
    shown = []
    for char in str(text)[:limit]:
        if char != " " and unicodedata.category(char)[0] in "CZ":
            shown.append(char.encode("unicode_escape").decode("ascii"))
        else:
            shown.append(char)
    suffix = "…" if len(str(text)) > limit else ""
    return "".join(shown) + suffix
