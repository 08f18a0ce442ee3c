"""Starting the window: logging, translations, the crash hook, the database, the first run.

A second start on a data folder whose window is open brings that window to
the front and ends (``single_instance``); one whose window does not answer,
and a database written by a newer version, stop here with a dialog that says
so; the database is not touched (``Store.open`` refuses before writing).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.i18n import LANGS, Lang, as_lang
from desktop.paths import RECEIVED_SUFFIXES, DataPaths, resources_dir
from desktop.storage import StorageError, Store
from desktop.ui import dialogs
from desktop.ui.shell.crash import CrashHandler
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.qtlog import log_to_file, route_qt_messages
from desktop.ui.shell.settings import Preferences
from desktop.ui.translations import Translations, compiled_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QEventLoop
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

    from desktop.ui.shell.single_instance import Listener

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REFUSED = 0, 2
APP_ID = "fi.tilannekuva.Tilannekuva"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Set by packaging/smoke.py: the window closes as soon as it has been shown.
ENV_EXIT_WHEN_SHOWN = "TILANNEKUVA_EXIT_WHEN_SHOWN"

SignalHandler = Callable[[int, FrameType | None], Any] | int | None


def application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The name of the installed .desktop file, so the desktop shows our icon and name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The icon drawn for the program, at each size it was rendered (files read when shown)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"tilannekuva-{size}.png"), QSize(size, size))
    return icon


def startup_error_box(error: StorageError, lang: Lang) -> QMessageBox:
    """The dialog for a data folder that cannot be opened (second instance, newer database…)."""
    titles = {
        "storage.database.already_running": QCoreApplication.translate(
            "Startup", "Tilannekuva on jo käynnissä"
        ),
        "storage.database.too_new": QCoreApplication.translate(
            "Startup", "Tietokanta on uudemmasta versiosta"
        ),
    }
    title = titles.get(error.key, QCoreApplication.translate("Startup", "Tietokantaa ei voi avata"))
    return dialogs.error(None, title, error.message(lang))


def setup_translations(paths: DataPaths, lang: Lang) -> Translations:
    translations = Translations(compiled_dir(paths.translations_cache))
    translations.install(lang)
    return translations


def run(
    paths: DataPaths,
    lang: Lang | None = None,
    argv: Sequence[str] | None = None,
    received: Path | None = None,
) -> int:
    """Open the window on ``paths`` (and ``received``, a file to check); returns the exit status."""
    app = application(argv)
    previous_handler = route_qt_messages()
    log_file = log_to_file(paths.logs / "tilannekuva.log")
    preferences = Preferences(paths)
    chosen: Lang = lang or preferences.lang or first_language(QLocale.system().uiLanguages())
    translations = setup_translations(paths, chosen)
    crash = CrashHandler(paths)
    crash.install()
    read_only: StorageError | None = None  # the folder may only be read: why
    try:
        try:
            store = Store.open(paths)
        except StorageError as exc:
            log.warning("data folder refused: %s", exc.key)
            if exc.key == "storage.database.already_running" and _handed_over(paths, received):
                return EXIT_OK  # the open window came to the front (with the file)
            if _checkable(received) and exc.key == "storage.database.already_running":
                # A package opened from the file manager while the window is open: checking
                # it needs no data folder, so it is shown in a window of its own.
                return _show_received_only(received, chosen, paths)
            readable = _read_only_store(paths, exc)
            if readable is not None:
                store, read_only = readable, exc
            elif not exc.damaged:
                box = startup_error_box(exc, chosen)
                # A loop of its own: the application's exec() is for the window only.
                waiting = _own_loop()
                box.finished.connect(waiting.quit)
                waiting.exec()
                return EXIT_REFUSED
            else:
                # Not a dead end: a backup restored in its place (the damaged file kept aside).
                from desktop.ui.shell.damaged import recover

                recovered = recover(paths, exc, chosen)
                if recovered is None:
                    return EXIT_REFUSED
                store = recovered
        # A folder only read holds no lock: another window may read it too, and answers there.
        stop_answering = _answer_second_starts(paths) if read_only is None else _nothing
        try:
            if _checkable(received) and store.profile() is None:
                # Someone who only receives packages (no municipality chosen): the package alone.
                return _show_received_only(received, chosen, paths)
            if store.profile() is None and paths.coordinator_database.exists():
                # A coordinator's folder (signers registered or packages collected here) with
                # no municipality of its own: the received packages, not the question of one.
                return _show_coordinator_only(paths, chosen)
            if read_only is not None and store.profile() is None:
                # Nothing to show, and the municipality could not be kept: said as before.
                _wait_for(startup_error_box(read_only, chosen))
                return EXIT_REFUSED
            return _run_window(
                app, store, paths, translations, preferences, chosen, crash, received, read_only
            )
        finally:
            stop_answering()
            _back_up_the_work(store)
            store.close()
    finally:
        crash.uninstall()
        translations.uninstall()
        qInstallMessageHandler(previous_handler)
        if log_file is not None:
            logging.getLogger().removeHandler(log_file)
            # A full disk: what the log still held is lost, the answers are not.
            with contextlib.suppress(OSError):
                log_file.close()


def first_language(languages: Sequence[str]) -> Lang:
    """The language of a first start: the first of the system's user-interface languages
    (``sv-FI``, ``en-GB``) the program speaks, else Finnish (the survey's own language). A
    language chosen in the window or with --lang is kept and wins from then on."""
    for name in languages:
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in LANGS:
            return as_lang(code)
    return "fi"


def _checkable(received: Path | None) -> TypeGuard[Path]:
    """Whether ``received`` is a package or report there to check, which needs no answers'
    window (a round package is added to the answers; anything else the window tells why not)."""
    return (
        received is not None and received.suffix.lower() in RECEIVED_SUFFIXES and received.is_file()
    )


# Why a start was refused on a folder whose answers can still be read: its rights, a full disk.
_READABLE = ("storage.database.read_only", "storage.database.disk_full_open")


def _read_only_store(paths: DataPaths, refused: StorageError) -> Store | None:
    """The answers of a data folder this user may only read (a colleague's, a locked share)
    or on a full disk, opened read-only as the reading commands open them; None when they
    cannot be."""
    if refused.key not in _READABLE or not paths.database.is_file():
        return None
    try:
        return Store.open_for_reading(paths)
    except StorageError as again:
        log.warning("read-only data folder not readable either: %s", again.key)
        return None


def _wait_for(dialog: QDialog) -> None:
    """A loop of its own until ``dialog`` closes: the application's exec() is for the window."""
    waiting = _own_loop()
    dialog.finished.connect(waiting.quit)
    waiting.exec()


def _handed_over(paths: DataPaths, received: Path | None) -> bool:
    """Started again on a data folder whose window is open (the icon double-clicked twice, a
    package opened from the file manager): whether that window came to the front and took
    ``received``. False when it could not be reached (an older version, a hung program) or
    takes no file now: the caller goes on as before."""
    try:
        from desktop.ui.shell.single_instance import hand_over
    except ImportError:  # a build without Qt's network module
        log.exception("cannot reach the open window")
        return False
    answer = hand_over(paths, received)
    log.info("the open window answered a second start: %s", answer)
    return answer == "ok" or (answer == "raised" and received is None)


def _answer_second_starts(paths: DataPaths) -> Callable[[], None]:
    """Once the first window is up (its first paint done), listen for a later start on this
    data folder, which brings it to the front (``_handed_over``); returns what stops it.

    The listening and Qt's network module load then, off the start's path."""
    listening: list[Listener] = []
    stopped = [False]

    def listen() -> None:
        if stopped[0]:  # the window closed before the loop ran
            return
        try:
            from desktop.ui.shell.single_instance import Listener
        except ImportError:  # a build without Qt's network module
            log.exception("not listening for a second start")
            return
        listener = Listener.start(paths, _front_window, _open_in_window)
        if listener is not None:
            listening.append(listener)

    def stop() -> None:
        stopped[0] = True
        while listening:
            listening.pop().close()

    QTimer.singleShot(0, listen)
    return stop


def _nothing() -> None:
    pass


def _front_window() -> QWidget | None:
    """The window a second start brings forward: the answers' window, else the one the
    program shows on its own (the first question, the coordinator's window, a package)."""
    shown = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
        and widget.parentWidget() is None
        and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ]
    main = [widget for widget in shown if isinstance(widget, MainWindow)]
    if main:
        return main[0]
    return shown[0] if shown else None


def _open_in_window(path: Path) -> bool:
    """A package given to a second start, opened in the answers' window; False with none."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.open_file(path)
            return True
    return False


def _back_up_the_work(store: Store) -> None:
    """The window has closed (its edits saved): the day's backup is taken again when anything
    was saved since the newest backup, so that a backup holds the day's answers."""
    from desktop.backups import after_work

    try:
        made = after_work(store)
    except Exception:  # a backup must never keep the program from ending
        log.exception("no backup after the work")
        return
    if made is not None:
        log.info("backup after the work: %s", made.name)


def _run_window(
    app: QApplication,
    store: Store,
    paths: DataPaths,
    translations: Translations,
    preferences: Preferences,
    lang: Lang,
    crash: CrashHandler,
    received: Path | None = None,
    read_only: StorageError | None = None,
) -> int:
    from desktop.workbook import Workbook

    workbook = Workbook(store)
    while store.profile() is None:
        # Only the first start asks for the profile: the dialog and the register load here.
        from desktop.ui.shell.profile_dialog import ProfileDialog

        # On a new laptop the answers come from a backup instead (README: moving).
        dialog = ProfileDialog(
            workbook.register, lang, restore=workbook.restore_backup, workbook=workbook
        )
        result = dialog.exec()
        if result == ProfileDialog.RESTORED:
            workbook = Workbook(store)  # the rounds added in the backup too
            continue  # a backup taken before any profile: asked for still
        if result == ProfileDialog.COORDINATOR:
            # No municipality of one's own: the received packages. The window makes the
            # coordinator's database, so the next start opens it again without asking.
            return _show_coordinator_only(paths, lang)
        profile = dialog.profile() if result == ProfileDialog.DialogCode.Accepted else None
        if profile is None:
            _tell_why_ending()
            return EXIT_OK
        workbook.save_profile(profile)
    window = MainWindow(workbook, paths, translations, preferences, lang)
    crash.rescue = window.flush

    # Logging out or shutting down: the session manager asks, or a SIGTERM comes.
    terminating = _CloseOnTerminate(window)
    app.commitDataRequest.connect(terminating.session_ending)
    geometry = preferences.geometry
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    if read_only is not None:
        window.save_status.tell_read_only(read_only)
    exit_when_shown = bool(os.environ.get(ENV_EXIT_WHEN_SHOWN))
    if received is not None:
        # A file given on the command line or by the file manager: its verdict and answers.
        if exit_when_shown:
            window.received.shown.connect(lambda _view: _report_shown(window))
            window.received.failed.connect(lambda _text: window.close())
        window.open_file(received)
    elif exit_when_shown:
        QTimer.singleShot(0, lambda: _report_shown(window))
    try:
        return app.exec()
    finally:
        # The application may outlive the window (tests, a second start in one process).
        terminating.end()
        app.commitDataRequest.disconnect(terminating.session_ending)
        crash.rescue = None


def _show_received_only(received: Path, lang: Lang, paths: DataPaths | None = None) -> int:
    """The verdict and answers of ``received`` alone, without the answers' window: checked
    as ``verify`` checks it, against the rounds added to ``paths`` and the coordinator's
    trust register there (read only; none: the shipped rounds alone)."""
    from desktop.collect.desk import Desk
    from desktop.ui.coordinator.received import ReceivedOpener

    desk = Desk.open(paths) if paths is not None else Desk()
    if paths is None:
        opener = ReceivedOpener(None, lang, desk, registered=lambda: desk.registered)
    else:
        # The register read again for each check: a key registered from the view counts
        # when the file is checked again.
        opener = ReceivedOpener(
            None,
            lang,
            desk,
            registered=lambda: Desk.open(paths).registered,
            desk=lambda: Desk.open(paths),
        )
    waiting = _own_loop()
    status = [EXIT_OK]

    def shown(view: QDialog) -> None:
        view.finished.connect(waiting.quit)
        if os.environ.get(ENV_EXIT_WHEN_SHOWN):
            _say_ready()
            view.close()

    def failed(_text: str) -> None:
        status[0] = EXIT_REFUSED
        box = opener.error_box
        if box is None:
            waiting.quit()
        else:
            box.finished.connect(waiting.quit)

    opener.shown.connect(shown)
    opener.failed.connect(failed)
    opener.open(received)
    waiting.exec()
    return status[0]


def _show_coordinator_only(paths: DataPaths, lang: Lang) -> int:
    """The coordinator's window over the received packages, without the answers' window."""
    from desktop.ui.coordinator.window import CoordinatorWindow

    window = CoordinatorWindow(paths, lang)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    waiting = _own_loop()
    window.finished.connect(waiting.quit)
    window.show()
    if os.environ.get(ENV_EXIT_WHEN_SHOWN):
        _say_ready()
        window.close()
        return EXIT_OK
    waiting.exec()
    return EXIT_OK


def _own_loop() -> QEventLoop:
    """A loop of its own, for a dialog or a window other than the main one (its class is built
    by PySide6 when first touched, so the common start does without it)."""
    from PySide6.QtCore import QEventLoop

    return QEventLoop()


def _say_ready() -> None:
    if sys.stdout is not None:  # a windowed program on Windows has no standard output
        print("READY", flush=True)


def _report_shown(window: MainWindow) -> None:
    """For the bundle's smoke test: say the window is up, then close it as the user would."""
    _say_ready()
    window.close()


def _tell_why_ending() -> None:
    """The first start was cancelled: the program ends, and says why and what comes next."""
    box = dialogs.information(
        None,
        QCoreApplication.translate("Startup", "Tilannekuva suljetaan"),
        QCoreApplication.translate(
            "Startup",
            "Kuntaa ei valittu, joten ohjelma suljetaan. Tilannekuva tarvitsee kunnan, jonka "
            "puolesta vastaat, ennen kuin kyselyyn voi vastata. Kunta kysytään uudelleen, kun "
            "avaat ohjelman seuraavan kerran. Mitään ei tallennettu.",
        ),
    )
    # A loop of its own: the application's exec() is for the window only.
    waiting = _own_loop()
    box.finished.connect(waiting.quit)
    waiting.exec()


class _UserBack(QObject):
    """The user's first key or click in the program after the session manager's save:
    watched only until then (a filter on the application sees every event)."""

    def __init__(self, on_back: Callable[[], None]) -> None:
        super().__init__()
        self.on_back = on_back
        self.watching = False
        self.user_input: frozenset[QEvent.Type] = frozenset()

    def watch(self) -> None:
        from PySide6.QtCore import QEvent  # not for the first screen (start-up time)

        # What the user does, not the system: the logout was cancelled if one of these comes.
        self.user_input = frozenset(
            {
                QEvent.Type.KeyPress,
                QEvent.Type.ShortcutOverride,  # before a shortcut acts (Ctrl+Q)
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonDblClick,
            }
        )
        app = QCoreApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
            self.watching = True

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self.watching:
            app.removeEventFilter(self)
        self.watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.user_input:
            self.stop()
            self.on_back()
        return False


class _CloseOnTerminate:
    """SIGTERM and Ctrl+C save what can be saved and close the window without asking (no one
    is there to answer while the system logs out or shuts down: a text refused as typed is
    lost, as the status line said); the session manager's ending saves too, and the window
    then closes without asking if the logout goes on. The session manager tells nothing of a
    logout cancelled: the user's next key or click says it, and the window asks again.

    The handlers are installed once the first screen is shown (nothing can have been
    typed before), so loading ``signal`` is no part of the start-up; ``end`` puts back
    the handlers that were there before.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.previous: dict[int, SignalHandler] = {}
        self.ended = False
        self.user_back = _UserBack(window.session_resumed)
        # Python runs its signal handlers only between bytecodes; a light timer gives it the chance.
        self.heartbeat = QTimer(window)
        self.heartbeat.timeout.connect(lambda: None)
        QTimer.singleShot(0, self.heartbeat, self.install)

    def install(self) -> None:
        if self.ended:
            return
        import signal

        def close(_signum: int, _frame: object) -> None:
            QTimer.singleShot(0, self.window.close_unasked)

        for name in ("SIGTERM", "SIGINT"):
            number = getattr(signal, name, None)
            if number is not None:
                self.previous[number] = signal.signal(number, close)
        self.heartbeat.start(250)

    def session_ending(self, _manager: object = None) -> None:
        """The session manager's ``commitDataRequest``: a logout or shutdown may follow."""
        self.window.session_ending()
        self.user_back.watch()

    def end(self) -> None:
        self.ended = True
        self.heartbeat.stop()
        self.user_back.stop()
        if self.previous:
            import signal

            for number, handler in self.previous.items():
                if handler is not None:
                    signal.signal(number, handler)
            self.previous.clear()
