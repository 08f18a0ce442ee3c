"""``tilannekuva``: the window with no arguments, and headless subcommands.

Exit status: 0 done, 1 the round has problems to fix, 2 the input or the
environment was refused with a message (nothing was changed), 70 a bug (a
log is written to the data folder).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from desktop import __version__
from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, as_lang, text
from desktop.paths import RECEIVED_SUFFIXES, ROUND_SUFFIX, DataPaths, data_paths

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    # The parser and the commands load only when a command runs: opening the window,
    # the common case, needs neither (start-up time).
    import argparse

    from desktop.commands.output import Console

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_BUG = 0, 1, 2, 70
ENV_LANG = "TILANNEKUVA_LANG"


def _pre_scan_lang(argv: Sequence[str]) -> Lang:
    """The language, known before the parser is built so its help is in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return as_lang(argv[index + 1])
        if arg.startswith("--lang="):
            return as_lang(arg.split("=", 1)[1])
    return as_lang(os.environ.get(ENV_LANG))


def _command_of(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when it is one this program has (else None)."""
    from desktop.commands.registry import COMMANDS

    rest = argv[len(_leading_options(argv)) :]
    if not rest or rest[0].startswith("-"):
        return None  # -h, --version…: the whole parser answers
    return rest[0] if rest[0] in COMMANDS else None


def _window_only(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only opens the window (no command, no help), so the commands can wait."""
    return len(_leading_options(argv)) == len(argv)


def _leading_options(argv: Sequence[str]) -> Sequence[str]:
    """The data folder and language options at the start of ``argv``, with their values."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("--data-dir", "--lang"):
            index += 2
        elif arg.startswith(("--data-dir=", "--lang=")):
            index += 1
        else:
            break
    return argv[: min(index, len(argv))]


def _window_options(argv: Sequence[str]) -> tuple[str | None, str | None] | None:
    """(data folder, language) of an ``argv`` that only opens the window, read without the parser.

    None for anything else, and for anything the parser would read differently
    or refuse (a missing value, an unknown language, an abbreviated option):
    the parser then answers as always.
    """
    options: dict[str, str] = {}
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("--data-dir", "--lang") and index + 1 < len(argv):
            name, value = arg, argv[index + 1]
            index += 2
        elif arg.startswith(("--data-dir=", "--lang=")):
            name, _, value = arg.partition("=")
            index += 1
        else:
            return None
        if not value or value.startswith("-") or (name == "--lang" and value not in LANGS):
            return None
        options[name] = value
    return options.get("--data-dir"), options.get("--lang")


# The reading commands run most often, with their required and optional positional arguments:
# given simply (``simple_arguments``) they are read without building the parser.
_SIMPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rounds": ((), ()),
    "show": (("round",), ("section",)),
    "validate": (("round",), ()),
}


def simple_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """``argv`` read as the parser reads it, when it is one of the commands in ``_SIMPLE`` given
    simply: the data folder and language first (each with a value the parser takes), then the
    command and its positional arguments, none beginning with "-". None for anything else
    (help, an option after the command, a missing or extra argument…): the parser answers.

    Building the parser (and loading argparse) is a tenth of such a command's time.
    """
    leading = _leading_options(argv)
    options = _window_options(leading)
    if options is None:
        return None
    rest = argv[len(leading) :]
    if not rest or rest[0] not in _SIMPLE or any(arg.startswith("-") for arg in rest):
        return None
    command, given = rest[0], rest[1:]
    required, optional = _SIMPLE[command]
    if not len(required) <= len(given) <= len(required) + len(optional):
        return None
    values: dict[str, object] = {"command": command}
    for index, name in enumerate((*required, *optional)):
        values[name] = given[index] if index < len(given) else None
    data_dir, lang = options
    if data_dir is not None:
        values["data_dir"] = data_dir
    if lang is not None:
        values["lang"] = lang
    # The same attributes as the parser's Namespace, without loading argparse.
    return SimpleNamespace(**values)  # type: ignore[return-value]


def _received_file(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``tilannekuva FILE``: the file (as a file manager gives it) taken out of ``argv``.

    Only a last argument after nothing but the data folder and language options
    counts, and only one that names a file: one that is there, or a name with a
    suffix or a folder in it (a file since moved, of a kind the program does not
    open: the window tells why). A command's name has neither, so every command
    keeps its arguments, and a mistyped one still gets the parser's answer.
    """
    if not argv:
        return list(argv), None
    last = argv[-1]
    rest = list(argv[:-1])
    if last.startswith("-") or _window_options(rest) is None:
        return list(argv), None
    path = Path(last)
    if path.suffix or "/" in last or "\\" in last or path.exists():
        return rest, last
    return list(argv), None


def build_parser(
    lang: Lang, *, commands: bool = True, only: str | None = None
) -> argparse.ArgumentParser:
    """The command line; without ``commands`` only the options of opening the window.

    With ``only`` (a command's name), the other commands' arguments are not
    built: a command starts sooner, and its parsing and help are the same.
    """
    import argparse

    from desktop.commands.arguments import Parser
    from desktop.commands.registry import COMMANDS, Arguments

    common = Parser(lang=lang, add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar=text("cli.m_dir", lang),
        help=text("cli.data_dir", lang),
    )
    common.add_argument(
        "--lang",
        choices=LANGS,
        default=argparse.SUPPRESS,
        metavar=text("cli.m_lang", lang),
        help=text("cli.lang", lang),
    )

    parser = Parser(
        prog="tilannekuva",
        description=text("cli.description", lang),
        parents=[common],
        lang=lang,
    )
    parser.add_version(f"tilannekuva {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(
        dest="command",
        metavar=text("cli.m_command", lang),
        help=text("cli.a_command", lang),
    )
    for name, command in COMMANDS.items():
        if only is not None and name != only:
            continue  # not asked for: not built
        helped = text(f"{command.help_ids}{name.replace('-', '_')}", lang)
        p: Parser = sub.add_parser(name, parents=[common], help=helped, description=helped)
        command.add_arguments(Arguments(p, common, lang, command.help_ids))
    return parser


def has_display() -> bool:
    if sys.platform == "win32" or sys.platform == "darwin":
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_window(paths: DataPaths, lang: str | None, received: str | None) -> int:
    # Loaded only on this branch, so the headless commands never load Qt; by name,
    # because the import contract keeps desktop.cli itself free of Qt.
    window = importlib.import_module("desktop.ui.shell.app")
    chosen = lang or os.environ.get(ENV_LANG)
    opened = Path(received) if received else None
    status: int = window.run(paths, as_lang(chosen) if chosen else None, received=opened)
    return status


def _remember_checks(paths: DataPaths) -> None:
    """Where the shipped survey definitions' passed checks are kept (loaded when used)."""
    from desktop.survey.loader import remember_checks_in

    remember_checks_in(paths.schema_checks)


def _window(data_dir: str | None, lang: str | None, received: str | None) -> int:
    paths = data_paths(data_dir)
    _remember_checks(paths)
    return _open_window(paths, lang, received)


def _run(args: argparse.Namespace, console: Console, collecting: bool = True) -> int:
    """Run the command ``args`` name; ``collecting``: the cyclic garbage collector is to run
    during any command but one that only reads (it was on when the program started)."""
    from desktop.commands.registry import COMMANDS, Context, Database

    command = args.command
    if collecting and (command is None or COMMANDS[command].database is not Database.READ):
        gc.enable()
    chosen_dir = getattr(args, "data_dir", None)
    paths = data_paths(chosen_dir)
    _remember_checks(paths)
    received = getattr(args, "received", None)
    if command is None:
        if has_display():
            return _open_window(paths, getattr(args, "lang", None), received)
        if received:
            return _received_without_window(args, received, console, paths)
        console.warn(text("cli.no_window", console.lang))
        command = "demo"
    context = Context(console, paths, data_dir_chosen=chosen_dir is not None)
    from desktop.storage.lock import waiting_when_held

    chosen = COMMANDS[command]
    # A command waits a moment for another that is finishing with the folder.
    with waiting_when_held():
        if chosen.database is Database.NONE:
            return chosen.run(args, context)
        from desktop.commands.registry import open_store

        with open_store(context, reading=chosen.only_reads(args)):
            return chosen.run(args, context)


def _received_without_window(
    args: argparse.Namespace, received: str, console: Console, paths: DataPaths
) -> int:
    """A file given alone with no screen to show it on: a received package or report checked
    and the checks printed, a survey round package added, anything else refused with why."""
    from desktop.commands.registry import COMMANDS, Context
    from desktop.untrusted import escape

    path = Path(received)
    if not path.is_file():
        raise UserError("cli.file_not_found", file=escape(received))
    if path.suffix.lower() in RECEIVED_SUFFIXES:
        args.files, args.trusted = [received], None
        return COMMANDS["verify"].run(args, Context(console, paths))
    if path.suffix.lower() == ROUND_SUFFIX:
        args.round_command, args.file = "add", received
        return COMMANDS["round"].run(args, Context(console, paths))
    raise UserError("cli.file_not_opened", file=escape(received))


def _log_bug(data_dir: str | None, error: Exception, lang: Lang) -> str:
    """Write the traceback to the data folder's log; the message that tells where it went."""
    name = type(error).__name__
    import traceback

    try:
        logs = data_paths(data_dir).logs
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / "cli-error.log"
        with log.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} tilannekuva {__version__}\n")
            handle.write(traceback.format_exc())
    except OSError as exc:
        from desktop import oserrors

        return text("cli.bug_no_log", lang, error=name, reason=oserrors.reason(exc))
    return text("cli.bug", lang, error=name, log=log)


def main(argv: Sequence[str] | None = None, *, exiting: bool = False) -> int:
    """Run the program with ``argv`` (the command line's by default); the exit status.

    ``exiting``: the process ends once this returns, and the cyclic garbage
    collector was turned off while this module loaded (``desktop.run``). It is
    turned on for the window and for every command but one that only reads,
    which also skips the collector's last pass over every object at exit: a
    reading command ends with nothing of its own to free (start-up time).
    Otherwise the collector is left as it was found.
    """
    collecting = True if exiting else gc.isenabled()
    if getattr(sys, "frozen", False):
        # In the bundle, a worker process of `collect` starts this program again: it must
        # become the worker, not open a second window.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A Windows console may not be UTF-8; a Sámi letter must not crash a command.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    lang = _pre_scan_lang(argv)
    argv, received = _received_file(argv)
    window = _window_options(argv) if has_display() else None
    if window is not None:
        # Opening the window (the common case) builds no parser and loads no command.
        data_dir, chosen = window
        if collecting:
            gc.enable()
        return _guarded(
            lambda: _window(data_dir, chosen, received), as_lang(chosen or lang), data_dir
        )
    # A command that only reads makes no garbage worth collecting before it exits: the cyclic
    # collector's passes over what its imports make are start-up time (``_run`` turns it on
    # again for every other command).
    gc.disable()
    try:
        args = simple_arguments(argv)
        if args is None:
            parser = build_parser(lang, commands=not _window_only(argv), only=_command_of(argv))
            args = parser.parse_args(argv)
        args.received = received
        from desktop.commands.output import Console

        console = Console(as_lang(getattr(args, "lang", None) or lang), given=_given(args))
        return _guarded(
            lambda: _run(args, console, collecting),
            console.lang,
            getattr(args, "data_dir", None),
            console,
        )
    finally:
        if exiting and not gc.isenabled():
            gc.freeze()  # the process ends: no last pass over what a reading command made
        elif collecting:
            gc.enable()


def _given(args: argparse.Namespace) -> list[str]:
    """The data folder and language options ``args`` hold as given: a command told to run next
    repeats them (``Console.program``)."""
    given: list[str] = []
    for option, name in (("--data-dir", "data_dir"), ("--lang", "lang")):
        value = getattr(args, name, None)
        if value:
            given += [option, str(value)]
    return given


def _guarded(
    run: Callable[[], int], lang: Lang, data_dir: str | None, console: Console | None = None
) -> int:
    """``run``'s exit status; a refusal, an interruption or a bug told as the program tells them."""

    def told() -> Console:
        from desktop.commands.output import Console

        return console or Console(lang)

    def warn(said: str) -> None:
        told().warn(said)
        if sys.stderr is None:  # the windowed program: no console to read it on
            message_box(said)

    try:
        return run()
    except UserError as exc:
        warn(told().told(_naming_usable_backup(exc, data_dir)))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        told().warn(text("cli.interrupted", lang if console is None else console.lang))
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped listening; that is not an error of ours.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        import logging

        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        warn(_log_bug(data_dir, exc, lang))
        return EXIT_BUG


def _naming_usable_backup(error: UserError, data_dir: str | None) -> UserError:
    """A damaged database's refusal, naming the newest backup a restore takes.

    Storage names the newest backup whose database is sound; a restore still refuses one
    that holds a round package not verifying here, which storage cannot check. Read only
    when the database is damaged: the signature libraries load with the check."""
    if error.key != "storage.database.corrupt":
        return error
    from desktop.backups import newest_usable
    from desktop.storage.errors import StorageError
    from desktop.survey import shipped_catalog

    try:
        usable = newest_usable(data_paths(data_dir), shipped_catalog())
    except (UserError, OSError):
        return error  # what storage named: a restore tells why it refuses, if it does
    values = dict(error.values)
    if usable is None:
        del values["latest"]
        return StorageError("storage.database.corrupt_no_backup", **values)
    if usable.file.path.name == values.get("latest"):
        return error
    return StorageError("storage.database.corrupt", **{**values, "latest": usable.file.path.name})


def message_box(said: str) -> None:
    """``said`` in a message box of the system, for the windowed program on Windows, which has
    no console: a failure before the window is up (a library that does not load, a data folder
    refused) is otherwise told to no one. Elsewhere a program started from the desktop keeps
    its standard error (the session's log)."""
    if os.name != "nt":
        return
    import ctypes

    error_icon = 0x10
    ctypes.windll.user32.MessageBoxW(None, said, "Tilannekuva", error_icon)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
