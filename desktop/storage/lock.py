"""One running program per data directory.

The lock is an operating-system file lock (``flock`` on Linux, a byte-range
lock through ``msvcrt.locking`` on Windows) on ``tilannekuva.lock``, so it is
released when the process dies, even by a kill: a crash never leaves a stale
lock behind. Two opens in the same process exclude each other as two
processes do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from stat import S_ISREG
from types import TracebackType

from desktop.storage.errors import StorageError, environment_errors

if sys.platform == "win32":
    import msvcrt

    _BUSY = {errno.EACCES, errno.EDEADLOCK}

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in _BUSY:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        # The lock is on the first byte; writing the process id moved the position.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    _BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in _BUSY:
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# How long a command waits for another holder (a command that writes, a draft being made)
# before it is refused, in seconds; the window is told at once (it hands over to the first).
COMMAND_PATIENCE = 5.0
_patience = 0.0
_POLL = 0.05


@contextlib.contextmanager
def waiting_when_held() -> Iterator[None]:
    """While a command runs, a lock held by another waits ``COMMAND_PATIENCE`` seconds."""
    global _patience
    before, _patience = _patience, COMMAND_PATIENCE
    try:
        yield
    finally:
        _patience = before


# Process ids are written right-aligned in this many characters (Linux's are at most 7 digits,
# Windows' fit in 10).
_PID_WIDTH = 10


def _waited_for(fd: int, wait: bool) -> bool:
    """Whether the lock came free within this process's patience (none for the window)."""
    import time

    deadline = time.monotonic() + (_patience if wait else 0.0)
    while time.monotonic() < deadline:
        time.sleep(_POLL)
        if _try_lock(fd):
            return True
    return False


class InstanceLock:
    """Held for as long as this process uses a data directory."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self, *, wait: bool = True) -> None:
        """Hold the lock; ``wait``: for a while when another holds it (``waiting_when_held``)."""
        if self._fd is not None:
            return
        with environment_errors(self._path, self._path.parent):
            try:
                fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                if self._path.is_dir():  # the data folder is fine: its lock file is not
                    raise self._not_a_file() from None
                raise
            try:
                found = os.fstat(fd)
                if not S_ISREG(found.st_mode):  # a pipe, a device: no lock of ours
                    raise self._not_a_file()
                locked = _try_lock(fd) or _waited_for(fd, wait)
            except BaseException:
                os.close(fd)
                raise
        if not locked:
            os.close(fd)
            raise StorageError("storage.database.already_running", path=str(self._path.parent))
        self._fd = fd
        # Tells a person looking at the folder who holds it; the lock ignores the content.
        # Written over the last holder's in place, always as long: no truncating, which
        # costs a write to the file system's journal at every start.
        try:
            written = f"{os.getpid():>{_PID_WIDTH}}\n".encode("ascii")
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, written)
            if found.st_size > len(written):  # an older program's longer content
                os.ftruncate(fd, len(written))
        except OSError:
            pass

    def _not_a_file(self) -> StorageError:
        return StorageError("storage.database.lock_not_a_file", path=str(self._path))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file releases the lock all the same
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

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
