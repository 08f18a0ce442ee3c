"""Ways to put a data directory into the states a user's machine can be in."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only_directory(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable, also for root (who ignores permission bits)."""
    if os.name == "posix" and os.geteuid() == 0:
        chattr = shutil.which("chattr")
        assert chattr, "root needs chattr to make a directory read-only"
        subprocess.run([chattr, "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run([chattr, "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(mode)


def file_digest(path: Path) -> bytes:
    import hashlib

    return hashlib.sha256(path.read_bytes()).digest()


@contextlib.contextmanager
def small_disk(path: Path, size_kb: int = 1024) -> Iterator[Path]:
    """A real file system of ``size_kb`` at ``path`` (Linux, as root), to be filled to the brim.

    Skips the test where a file system cannot be mounted: only a real full
    disk shows which errors SQLite and the operating system give for it.
    """
    import pytest

    path.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small file system needs Linux and root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("a small file system could not be mounted here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill_disk(folder: Path) -> None:
    """Take every free byte of the disk holding ``folder``."""
    with (folder / "filler").open("ab", buffering=0) as handle:
        chunk = b"\0" * 4096
        try:
            while handle.write(chunk):
                pass
        except OSError:
            pass
    with contextlib.suppress(OSError):
        (folder / "filler-small").write_bytes(b"\0" * 512)
