"""A second start on a data folder whose window is open: that window comes to the front.

The data folder's lock (``desktop.storage.lock``) decides which start keeps the
folder. The one that holds it listens, once its window is up, on a local
socket named after the folder (a named pipe on Windows, a Unix socket on Linux:
Qt's ``QLocalServer``), open to this user only. A start that finds the folder
held asks there before telling the user anything: the open window is raised and
activated (and opens the package the start was given), and the start ends
quietly. When nothing answers in time (an older version, the other program
hung), the start tells the user as before.

One request per connection, one line each way: a JSON object (``{}``, or
``{"open": PATH}``) and the answer, ``ok`` or ``raised`` (brought to the front,
but this window takes no files now). The other side is the same user's own
program; a path handed over is opened as any received file is, as hostile data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final, Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import DataPaths

log = logging.getLogger(__name__)

Answer = Literal["ok", "raised"]
ANSWERS: Final[frozenset[str]] = frozenset({"ok", "raised"})
# A second start waits this long to reach the open window, and then for its answer.
CONNECT_MS = 1000
REPLY_MS = 5000
LONGEST_REQUEST: Final = 64 * 1024
# Unix sockets' paths are limited (108 bytes on Linux); a longer one goes to Qt's default.
_LONGEST_SOCKET_PATH: Final = 100


def server_name(paths: DataPaths) -> str:
    """The socket's name for this data folder: the same for any spelling of its path, and
    another for another folder. On Linux it lies in the user's own runtime folder when
    there is one (else Qt puts it in the temporary folder)."""
    folder = os.path.normcase(str(paths.root.resolve()))
    name = "tilannekuva-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:24]
    if sys.platform != "win32":
        runtime = Path(os.environ.get("XDG_RUNTIME_DIR") or "relative")
        if runtime.is_absolute() and runtime.is_dir():
            full = str(runtime / name)
            if len(full.encode("utf-8")) <= _LONGEST_SOCKET_PATH:
                return full
    return name


def bring_to_front(widget: QWidget) -> None:
    """Shown, not minimised, on top and active; a dialog open over it on top of it."""
    state = widget.windowState() & ~Qt.WindowState.WindowMinimized
    widget.setWindowState(state | Qt.WindowState.WindowActive)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not widget:
        modal.raise_()
        modal.activateWindow()


class Listener(QObject):
    """Answers the starts that find the data folder held by this program."""

    def __init__(
        self,
        name: str,
        front: Callable[[], QWidget | None],
        open_file: Callable[[Path], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.front = front
        self.open_file = open_file
        self.server = QLocalServer(self)
        # Only this user's programs may connect (the socket's or pipe's permissions).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    @classmethod
    def start(
        cls,
        paths: DataPaths,
        front: Callable[[], QWidget | None],
        open_file: Callable[[Path], bool],
    ) -> Listener | None:
        """Listening for this data folder (held by this process); None when it cannot."""
        listener = cls(server_name(paths), front, open_file)
        if listener.listen():
            log.info("listening for a second start at %s", listener.server.fullServerName())
            return listener
        log.warning(
            "not listening for a second start at %s: %s",
            listener.name,
            listener.server.errorString(),
        )
        listener.close()
        return None

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        if self.server.serverError() is QAbstractSocket.SocketError.AddressInUseError:
            # A socket file left by a window that was killed: this process holds the folder's
            # lock, so no other program of the folder can be listening there.
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    def close(self) -> None:
        """Stop listening (the socket file goes with it)."""
        self.server.close()
        self.server.deleteLater()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > LONGEST_REQUEST:
                connection.abort()
            return
        line = bytes(connection.readLine(LONGEST_REQUEST).data())
        answer = self._answer(line)
        connection.write(answer.encode("ascii") + b"\n")
        connection.flush()
        connection.disconnectFromServer()

    def _answer(self, line: bytes) -> str:
        try:
            request = json.loads(line)
        except ValueError:
            return "no"
        if not isinstance(request, dict):
            return "no"
        opening = request.get("open")
        if opening is not None and not (isinstance(opening, str) and Path(opening).is_absolute()):
            return "no"
        widget = self.front()
        if widget is None:
            return "no"
        bring_to_front(widget)
        log.info("brought to the front by a second start")
        if opening is None:
            return "ok"
        path = Path(opening)
        if not self.open_file(path):
            return "raised"
        log.info("opened %s given to a second start", path.name)
        return "ok"


def hand_over(
    paths: DataPaths, received: Path | None, reply_ms: int | None = None
) -> Answer | None:
    """Ask the program holding ``paths`` to come to the front (and open ``received``): its
    answer, or None when nothing answers in time."""
    deadline = time.monotonic() + (REPLY_MS if reply_ms is None else reply_ms) / 1000
    _allow_the_other_to_come_forward()
    connection = QLocalSocket()
    connection.connectToServer(server_name(paths))
    try:
        if not connection.waitForConnected(CONNECT_MS):
            return None
        request = {} if received is None else {"open": str(received.absolute())}
        connection.write(json.dumps(request).encode("utf-8") + b"\n")
        connection.flush()
        while not connection.canReadLine():
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not connection.waitForReadyRead(left):
                return None
        answer = bytes(connection.readLine(16).data()).strip().decode("ascii", "replace")
    finally:
        connection.abort()
    if answer == "ok":
        return "ok"
    if answer == "raised":
        return "raised"
    return None


def _allow_the_other_to_come_forward() -> None:
    """Windows lets only the program the user just started take the foreground: it passes
    that on, so the open window comes forward instead of blinking in the task bar."""
    if sys.platform == "win32":
        import ctypes

        any_process = -1  # ASFW_ANY
        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.user32.AllowSetForegroundWindow(any_process)
