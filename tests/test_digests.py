"""The program's own SHA-256 gives hashlib's digests."""

from __future__ import annotations

import hashlib

import pytest

from desktop.digests import sha256, sha256_hex


@pytest.mark.parametrize("data", [b"", b"abc", bytes(range(256)) * 1000])
def test_the_same_digests_as_hashlib(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    running = sha256(data[:10])
    running.update(data[10:])
    assert running.digest() == hashlib.sha256(data).digest()
