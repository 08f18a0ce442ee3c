"""A key's fingerprint written the one way people read it out: groups of four hex digits.

The canonical form (``format_fingerprint``) is what the program stores,
compares and prints on one line; ``fingerprint_lines`` breaks it into lines
of eight groups for the report, the window and anywhere it is read aloud on
the phone. Plain text only: no cryptography is loaded to show one.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

GROUP: Final = 4  # hex digits in a group
PER_LINE: Final = 8  # groups on a line


def format_fingerprint(digest: bytes) -> str:
    """``digest`` as upper-case groups of four hex digits with spaces between."""
    text = digest.hex().upper()
    return " ".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def spki_fingerprint(spki_der: bytes) -> str:
    """The fingerprint of a DER SubjectPublicKeyInfo."""
    return format_fingerprint(hashlib.sha256(spki_der).digest())


def fingerprint_lines(fingerprint: str) -> list[str]:
    """The fingerprint as lines of eight groups of four hex digits (as given if not hex)."""
    compact = re.sub(r"[\s:]", "", fingerprint).upper()
    if not compact or not re.fullmatch(r"[0-9A-F]+", compact):
        return [fingerprint]
    groups = [compact[i : i + GROUP] for i in range(0, len(compact), GROUP)]
    return [" ".join(groups[i : i + PER_LINE]) for i in range(0, len(groups), PER_LINE)]
