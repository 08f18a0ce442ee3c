"""SHA-256 without loading OpenSSL, for the hashes a command needs at start.

``hashlib`` loads OpenSSL's library and looks up every algorithm it offers
when imported: some milliseconds of each command's start, for hashing a few
dozen small survey definition files. CPython's own SHA-256 (``_sha256``, in
3.12 on ``_sha2``) gives the same digests without it; ``hashlib`` is the
fallback where neither is built in.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol


if TYPE_CHECKING:  # typing waits for the type checker (start-up time)

    class Hash(Protocol):
        """A running SHA-256, as ``hashlib.sha256()`` returns it."""

        def update(self, data: bytes, /) -> None: ...

        def digest(self) -> bytes: ...

        def hexdigest(self) -> str: ...


@functools.cache
def _constructor() -> Callable[[bytes], Hash]:
    for name in ("_sha256", "_sha2"):
        try:
            found: Callable[[bytes], Hash] = importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return found
    import hashlib

    return hashlib.sha256


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 over ``data`` (``hashlib.sha256(data)``)."""
    return _constructor()(data)


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex."""
    return _constructor()(data).hexdigest()
