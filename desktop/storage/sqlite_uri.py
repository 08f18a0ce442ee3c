"""The address SQLite is given to open a database file with options (``mode=ro``...).

``Path.resolve().as_uri()`` does not do: on Windows ``resolve()`` turns a mapped drive
(H:) into its network share ``\\\\server\\share``, and ``as_uri()`` of that names the server
as the address's authority (``file://server/share/...``), which SQLite refuses. Here the
path is only made absolute, and a network share gets an empty authority
(``file:////server/share/...``), which SQLite on Windows opens as ``\\\\server\\share\\...``.
"""

from __future__ import annotations

from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote, urlencode

# What may stand unquoted in the path of the address; '?', '#' and '%' must not.
_SAFE = "/:"


def file_uri(path: PurePath, **options: str) -> str:
    """The ``file:`` address of the absolute ``path``, with SQLite's ``options`` as its query."""
    text = path.as_posix()
    if isinstance(path, PureWindowsPath) and path.drive.startswith("\\\\"):
        # \\server\share\... → //server/share/...: the server is part of the path.
        text = "//" + text.lstrip("/")
    elif isinstance(path, PureWindowsPath):
        text = "/" + text  # C:/... → /C:/...
    query = f"?{urlencode(options)}" if options else ""
    return f"file://{quote(text, safe=_SAFE)}{query}"


def database_uri(path: Path, **options: str) -> str:
    """The address of the database at ``path`` (made absolute, links not followed)."""
    return file_uri(path.absolute(), **options)
