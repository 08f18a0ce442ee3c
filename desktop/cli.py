"""``tilannekuva``: the window with no arguments, and headless subcommands.

Exit status: 0 done, 1 the round has problems to fix, 2 the input or the
environment was refused with a message (nothing was changed), 70 a bug (a
log is written to the data folder).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.cli_texts import HELP
from desktop.commands.arguments import Parser, whole_number
from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, as_lang, message
from desktop.paths import DataPaths, data_paths
from desktop.storage import Store
from desktop.survey.loader import remember_checks_in
from desktop.workbook import Workbook

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_BUG = 0, 1, 2, 70
ENV_LANG = "TILANNEKUVA_LANG"
SUBMIT_COMMANDS = frozenset({"export", "verify", "key", "submissions", "correct"})
RECEIVED_SUFFIXES = (".asice", ".pdf")
# Commands that only read the database: they work while the window holds the data folder.
READING_COMMANDS = frozenset({"rounds", "show", "validate", "history", "submissions"})
# The coordinator's own database: no answers database, no instance lock.
COORDINATOR_COMMANDS = frozenset({"trust", "collect", "missing"})
# The largest count or number the commands take (--limit, --number).
MAX_COUNT = 1_000_000
# Every command, so that one asked for can be built alone (start-up time).
COMMANDS = frozenset(
    {
        "profile",
        "municipalities",
        "rounds",
        "show",
        "set",
        "clear",
        "validate",
        "history",
        "export",
        "verify",
        "key",
        "submissions",
        "correct",
        "demo",
        "backup",
        "copy-forward",
        *COORDINATOR_COMMANDS,
    }
)


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
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("--data-dir", "--lang"):
            index += 2
        elif arg.startswith(("--data-dir=", "--lang=")):
            index += 1
        elif arg.startswith("-"):
            return None  # -h, --version…: the whole parser answers
        else:
            return arg if arg in COMMANDS else None
    return None


def _window_only(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only opens the window (no command, no help), so the commands can wait."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("--data-dir", "--lang"):
            index += 2
        elif arg.startswith(("--data-dir=", "--lang=")):
            index += 1
        else:
            return False
    return True


def _received_file(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``tilannekuva FILE``: the file (as a file manager gives it) taken out of ``argv``.

    Only a last argument naming an existing ``.asice`` or ``.pdf`` file counts,
    so every command keeps its own arguments.
    """
    if not argv:
        return list(argv), None
    last = argv[-1]
    rest = list(argv[:-1])
    if (
        not last.startswith("-")
        and last.lower().endswith(RECEIVED_SUFFIXES)
        and Path(last).is_file()
        and _window_only(rest)
    ):
        return rest, last
    return list(argv), None


def build_parser(
    lang: Lang, *, commands: bool = True, only: str | None = None
) -> argparse.ArgumentParser:
    """The command line; without ``commands`` only the options of opening the window.

    With ``only`` (a command's name), the other commands' arguments are not
    built: a command starts sooner, and its parsing and help are the same.
    """

    def h(key: str) -> str:
        return message(HELP, key, lang)

    def m(key: str) -> str:
        return message(HELP, f"m_{key}", lang)

    count = whole_number(lang, most=MAX_COUNT)

    common = Parser(lang=lang, add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar=m("dir"), help=h("data_dir")
    )
    common.add_argument(
        "--lang", choices=LANGS, default=argparse.SUPPRESS, metavar=m("lang"), help=h("lang")
    )

    parser = Parser(prog="tilannekuva", description=h("description"), parents=[common], lang=lang)
    parser.add_version(f"tilannekuva {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar=m("command"), help=h("a_command"))

    def command(name: str, *arguments: tuple[str, str, str]) -> Parser:
        """A subcommand and its positional arguments: (name, placeholder, help)."""
        if only is not None and name != only:
            return Parser(lang=lang, add_help=False)  # not asked for: thrown away
        p: Parser = sub.add_parser(name, parents=[common], help=h(name), description=h(name))
        for dest, placeholder, helped in arguments:
            p.add_argument(dest, metavar=m(placeholder), help=h(helped))
        return p

    p = command("profile")
    for option, placeholder in (
        ("municipality", "code"),
        ("name", "name"),
        ("title", "title"),
        ("email", "email"),
        ("phone", "phone"),
        ("business-id", "business_id"),
    ):
        helped = f"a_{option.replace('-', '_')}"
        p.add_argument(f"--{option}", metavar=m(placeholder), help=h(helped))

    p = command("municipalities")
    p.add_argument("text", nargs="?", default="", metavar=m("text"), help=h("a_search"))
    p.add_argument("--limit", type=count, default=20, metavar=m("count"), help=h("a_limit"))

    command("rounds")

    p = command("show", ("round", "round", "a_round"))
    p.add_argument("section", nargs="?", metavar=m("section"), help=h("a_section"))

    p = command(
        "set",
        ("round", "round", "a_round"),
        ("pointer", "pointer", "a_pointer"),
        ("value", "value", "a_value"),
    )
    p.add_argument("--json", action="store_true", help=h("json"))

    command("clear", ("round", "round", "a_round"), ("pointer", "pointer", "a_clear_pointer"))
    command("validate", ("round", "round", "a_round"))

    p = command(
        "explain",
        ("round", "round", "a_round"),
        ("pointer", "pointer", "a_warning_pointer"),
        ("text", "explanation", "a_explanation"),
    )
    p.add_argument("--check", metavar=m("check"), help=h("check"))

    p = command("copy-forward", ("round", "round", "a_round"))
    p.add_argument("target", nargs="?", metavar=m("copy_target"), help=h("a_copy_target"))
    p.add_argument("--overwrite", action="store_true", help=h("overwrite"))
    p.add_argument("--undo", action="store_true", help=h("undo_copy"))

    p = command("history", ("round", "round", "a_round"))
    p.add_argument("--limit", type=count, default=50, metavar=m("count"), help=h("a_history_limit"))

    p = command("export", ("round", "round", "a_round"))
    p.add_argument("--draft", action="store_true", help=h("draft"))
    p.add_argument("--out", default=".", metavar=m("dir"), help=h("out"))
    p.add_argument("--passphrase-file", metavar=m("file"), help=h("passphrase_file"))
    p.add_argument("--yes", action="store_true", help=h("a_late"))

    p = command("verify")
    p.add_argument("files", nargs="+", metavar=m("file"), help=h("a_verify_file"))
    p.add_argument("--trusted", action="append", metavar=m("fingerprints"), help=h("trusted"))

    p = command("key")
    keys = p.add_subparsers(
        dest="key_command",
        metavar="show|create|import",
        required=True,
        help=h("a_key_command"),
    )
    for name in ("show", "create", "import"):
        k = keys.add_parser(name, parents=[common], help=h(f"key_{name}"))
        if name == "import":
            k.add_argument("file", metavar=m("file"), help=h("a_key_file"))
        k.add_argument("--passphrase-file", metavar=m("file"), help=h("passphrase_file"))

    p = command("submissions", ("round", "round", "a_round"))
    p.add_argument("--out", metavar=m("dir"), help=h("out"))
    p.add_argument("--number", type=count, metavar=m("number"), help=h("number"))

    command("correct", ("round", "round", "a_round"))
    command("demo")

    p = command("backup")
    backups = p.add_subparsers(
        dest="backup_command",
        metavar="list|create|restore",
        required=True,
        help=h("a_backup_command"),
    )
    backups.add_parser("list", parents=[common], help=h("backup_list"))
    b = backups.add_parser("create", parents=[common], help=h("backup_create"))
    b.add_argument("--to", metavar=m("dir"), help=h("backup_to"))
    b = backups.add_parser("restore", parents=[common], help=h("backup_restore"))
    b.add_argument("file", metavar=m("file"), help=h("a_backup_file"))
    b.add_argument("--yes", action="store_true", help=h("yes"))
    b.add_argument("--other-municipality", action="store_true", help=h("other_municipality"))

    if only is None or only in COORDINATOR_COMMANDS:
        from desktop.commands import collect

        collect.add_parsers(sub, common, lang)
    return parser


def has_display() -> bool:
    if sys.platform == "win32" or sys.platform == "darwin":
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run(args: argparse.Namespace, console: Console) -> int:
    chosen_dir = getattr(args, "data_dir", None)
    paths = data_paths(chosen_dir)
    remember_checks_in(paths.schema_checks)
    command = args.command
    received = getattr(args, "received", None)
    if command is None:
        if has_display():
            # Loaded only on this branch, so the headless commands never load Qt; by name,
            # because the import contract keeps desktop.cli itself free of Qt.
            window = importlib.import_module("desktop.ui.app")
            chosen = getattr(args, "lang", None) or os.environ.get(ENV_LANG)
            opened = Path(received) if received else None
            status: int = window.run(paths, as_lang(chosen) if chosen else None, received=opened)
            return status
        if received:
            # No screen to show it on: the same checks, printed.
            from desktop.commands import verify

            args.files, args.trusted = [received], None
            return verify.run_verify(args, console)
        console.warn(message(HELP, "no_window", console.lang))
        command = "demo"
    if command == "demo" and chosen_dir is None:
        # The demo never writes into the real answers of the installation.
        paths = DataPaths(paths.root / "demo")
    if command == "municipalities":
        from desktop.commands import profile

        return profile.run_municipalities(args, console)
    if command in SUBMIT_COMMANDS:
        return _run_submit(args, console, paths)
    if command in COORDINATOR_COMMANDS:
        from desktop.commands import collect

        return collect.run(args, console, paths)
    with _open_store(command, paths) as store:
        if command == "demo":
            from desktop.commands import demo

            return demo.run_demo(args, store, console, paths.root)
        if command == "backup":
            from desktop.commands.backup import run_backup

            return run_backup(args, store, console)
        workbook = Workbook(store)
        if command == "profile":
            from desktop.commands import profile

            return profile.run_profile(args, workbook, console)
        from desktop.commands import answers

        handlers = {
            "rounds": answers.run_rounds,
            "show": answers.run_show,
            "set": answers.run_set,
            "clear": answers.run_clear,
            "validate": answers.run_validate,
            "explain": answers.run_explain,
            "history": answers.run_history,
        }
        if command == "copy-forward":
            from desktop.commands.previous import run_copy_forward

            return run_copy_forward(args, workbook, console)
        return handlers[command](args, workbook, console)


def _open_store(command: str, paths: DataPaths) -> Store:
    if command in READING_COMMANDS:
        return Store.open_for_reading(paths)
    return Store.open(paths)


def _run_submit(args: argparse.Namespace, console: Console, paths: DataPaths) -> int:
    # Signing and the report need pyHanko and reportlab: loaded only by the commands using them.
    from desktop.commands import submit

    command = args.command
    if command == "verify":
        # Checking a received file needs no data folder: a coordinator may have none.
        from desktop.commands import verify

        return verify.run_verify(args, console)
    with _open_store(command, paths) as store:
        if command == "key":
            return submit.run_key(args, store, console, paths)
        workbook = Workbook(store)
        if command == "export":
            return submit.run_export(args, workbook, console, paths)
        if command == "submissions":
            return submit.run_submissions(args, workbook, console)
        return submit.run_correct(args, workbook, console)


def _log_bug(args: argparse.Namespace, error: Exception, lang: Lang) -> str:
    """Write the traceback to the data folder's log; the message that tells where it went."""
    name = type(error).__name__
    import traceback

    try:
        logs = data_paths(getattr(args, "data_dir", None)).logs
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / "cli-error.log"
        with log.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} tilannekuva {__version__}\n")
            handle.write(traceback.format_exc())
    except OSError as exc:
        full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
        reason = message(HELP, "log_disk_full", lang) if full else (exc.strerror or str(exc))
        return message(HELP, "bug_no_log", lang, error=name, reason=reason)
    return message(HELP, "bug", lang, error=name, log=log)


def main(argv: Sequence[str] | None = None) -> int:
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
    # Opening the window (the common case) builds no subcommand parsers: start-up time.
    parser = build_parser(lang, commands=not _window_only(argv), only=_command_of(argv))
    args = parser.parse_args(argv)
    args.received = received
    console = Console(as_lang(getattr(args, "lang", None) or lang))
    try:
        return _run(args, console)
    except UserError as exc:
        console.warn(exc.message(console.lang))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped listening; that is not an error of ours.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        import logging

        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        console.warn(_log_bug(args, exc, console.lang))
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
