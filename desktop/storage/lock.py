"""One running program per data directory.

The lock is an operating-system file lock (``flock`` on Linux, ``LockFileEx``
on Windows, through filelock), so it is released when the process dies, even
by a kill: a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from desktop.storage.errors import StorageError, environment_errors


class InstanceLock:
    """Held for as long as this process uses a data directory."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = FileLock(path, timeout=0)

    def acquire(self) -> None:
        try:
            with environment_errors(self._path, self._path.parent):
                self._lock.acquire()
        except Timeout:
            raise StorageError("already_running", path=str(self._path.parent)) from None
        # Tells a person looking at the folder who holds it; filelock ignores the content.
        try:
            with self._path.open("w", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\n")
        except OSError:
            pass

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
