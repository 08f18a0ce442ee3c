"""Every command of ``tilannekuva`` in one table: its arguments, its database and its handler.

A new command is one ``Command`` in ``COMMANDS`` (with its help text under its
id under ``cli.`` in ``desktop.messages``, or under the ``help_ids`` it names) and its
handler: the parser, the choice of the one parser to build at start-up, how
the answers database is opened and the dispatch all read this table.

A handler is named as ``"module:function"`` and imported only when its
command runs, so a command loads no more than it uses (start-up time); it is
called as ``handler(args, context)`` and returns the exit status.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

from desktop.commands.context import MAX_COUNT as MAX_COUNT
from desktop.commands.context import Arguments as Arguments
from desktop.commands.context import Context as Context
from desktop.commands.context import Database as Database
from desktop.commands.context import Handler as Handler
from desktop.commands.context import open_store as open_store

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    import argparse
    from typing import Any, Final


def _nothing(_arguments: Arguments) -> None:
    pass


class Command:
    """One command: its name, its handler, its arguments, how it opens the database."""

    # A plain class: a dataclass or a named tuple compiles its methods at every start.
    __slots__ = ("arguments", "database", "handler", "help_ids", "name", "reads_when")

    def __init__(
        self,
        name: str,
        handler: str,  # "module:function", imported when the command runs
        # Or "module:function", imported when this command's parser is built.
        arguments: Callable[[Arguments], None] | str = _nothing,
        database: Database = Database.WRITE,
        # Where its help texts are: the message ids that begin so.
        help_ids: str = "cli.",
        # A command that writes (``Database.WRITE``) but only reads when this says so of its
        # arguments (``key show``): then it opens the database as ``Database.READ`` does.
        reads_when: Callable[[argparse.Namespace], bool] | None = None,
    ) -> None:
        self.name: Final = name
        self.handler: Final = handler
        self.arguments: Final = arguments
        self.database: Final = database
        self.help_ids: Final = help_ids
        self.reads_when: Final = reads_when

    def only_reads(self, args: argparse.Namespace) -> bool:
        """Whether the command run with ``args`` writes nothing in the data folder."""
        if self.database is Database.READ:
            return True
        return self.reads_when is not None and self.reads_when(args)

    def run(self, args: argparse.Namespace, context: Context) -> int:
        handler: Handler = _named(self.handler)
        return handler(args, context)

    def add_arguments(self, arguments: Arguments) -> None:
        """Add this command's arguments to its parser."""
        add: Callable[[Arguments], None] = (
            _named(self.arguments) if isinstance(self.arguments, str) else self.arguments
        )
        add(arguments)


def _named(where: str) -> Any:
    """The function ``where`` names as ``"module:function"``, its module imported now."""
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)


# -- the arguments of each command ------------------------------------------------


def _round(a: Arguments) -> None:
    a.positional("round", "round", "a_round")


def _profile(a: Arguments) -> None:
    for option, placeholder in (
        ("municipality", "code"),
        ("name", "name"),
        ("title", "title"),
        ("email", "email"),
        ("phone", "phone"),
        ("business-id", "business_id"),
    ):
        helped = f"a_{option.replace('-', '_')}"
        a.parser.add_argument(f"--{option}", metavar=a.m(placeholder), help=a.h(helped))


def _municipalities(a: Arguments) -> None:
    a.parser.add_argument("text", nargs="?", default="", metavar=a.m("text"), help=a.h("a_search"))
    a.parser.add_argument(
        "--limit", type=a.count(), default=20, metavar=a.m("count"), help=a.h("a_limit")
    )


def _show(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument("section", nargs="?", metavar=a.m("section"), help=a.h("a_section"))


def _set(a: Arguments) -> None:
    _round(a)
    a.positional("pointer", "pointer", "a_pointer")
    a.positional("value", "value", "a_value")
    a.parser.add_argument("--json", action="store_true", help=a.h("json"))


def _clear(a: Arguments) -> None:
    _round(a)
    a.positional("pointer", "pointer", "a_clear_pointer")


def _explain(a: Arguments) -> None:
    _round(a)
    a.positional("pointer", "pointer", "a_warning_pointer")
    a.positional("text", "explanation", "a_explanation")
    a.parser.add_argument("--check", metavar=a.m("check"), help=a.h("check"))


def _copy_forward(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument(
        "target", nargs="?", metavar=a.m("copy_target"), help=a.h("a_copy_target")
    )
    a.parser.add_argument("--overwrite", action="store_true", help=a.h("overwrite"))
    a.parser.add_argument("--add-rows", action="store_true", help=a.h("add_rows"))
    a.parser.add_argument("--row", action="append", metavar=a.m("row_key"), help=a.h("copy_row"))
    a.parser.add_argument("--undo", action="store_true", help=a.h("undo_copy"))


def _compare(a: Arguments) -> None:
    a.positional("a", "reference", "a_compare_a")
    a.positional("b", "reference", "a_compare_b")
    a.parser.add_argument(
        "--format", choices=("text", "csv", "pdf"), default="text", help=a.h("compare_format")
    )
    a.parser.add_argument("--out", metavar=a.m("file"), help=a.h("compare_out"))


def _history(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument(
        "--limit", type=a.count(), default=50, metavar=a.m("count"), help=a.h("a_history_limit")
    )


def _export(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument("--draft", action="store_true", help=a.h("draft"))
    a.parser.add_argument("--out", default=".", metavar=a.m("dir"), help=a.h("out"))
    a.parser.add_argument("--passphrase-file", metavar=a.m("file"), help=a.h("passphrase_file"))
    a.parser.add_argument("--yes", action="store_true", help=a.h("a_late"))
    a.parser.add_argument("--new-key", action="store_true", help=a.h("new_key"))


def _verify(a: Arguments) -> None:
    a.parser.add_argument("files", nargs="+", metavar=a.m("file"), help=a.h("a_verify_file"))
    a.parser.add_argument(
        "--trusted", action="append", metavar=a.m("fingerprints"), help=a.h("trusted")
    )


def _key(a: Arguments) -> None:
    keys = a.subcommands("key_command", "show|create|import", "a_key_command")
    for name in ("show", "create", "import"):
        k = keys.add_parser(name, parents=[a.common], help=a.h(f"key_{name}"))
        if name == "import":
            k.add_argument("file", metavar=a.m("file"), help=a.h("a_key_file"))
        if name == "create":
            k.add_argument("--organisation", metavar=a.m("name"), help=a.h("key_organisation"))
        k.add_argument("--passphrase-file", metavar=a.m("file"), help=a.h("passphrase_file"))


def _submissions(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument("--out", metavar=a.m("dir"), help=a.h("out"))
    a.parser.add_argument("--number", type=a.count(), metavar=a.m("number"), help=a.h("number"))


def _correct(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument("--cancel", action="store_true", help=a.h("cancel_correction"))
    a.parser.add_argument("--yes", action="store_true", help=a.h("cancel_yes"))


def _backup(a: Arguments) -> None:
    backups = a.subcommands("backup_command", "list|create|restore", "a_backup_command")
    backups.add_parser("list", parents=[a.common], help=a.h("backup_list"))
    b = backups.add_parser("create", parents=[a.common], help=a.h("backup_create"))
    b.add_argument("--to", metavar=a.m("dir"), help=a.h("backup_to"))
    b = backups.add_parser("restore", parents=[a.common], help=a.h("backup_restore"))
    b.add_argument("file", metavar=a.m("file"), help=a.h("a_backup_file"))
    b.add_argument("--yes", action="store_true", help=a.h("yes"))
    b.add_argument("--other-municipality", action="store_true", help=a.h("other_municipality"))


def _draft(args: argparse.Namespace) -> bool:
    return bool(args.draft)


def _showing_key(args: argparse.Namespace) -> bool:
    return bool(args.key_command == "show")


_ANSWERS = "desktop.commands.answers"
_SUBMIT = "desktop.commands.submit"
_PREVIOUS = "desktop.commands.previous"

# In the order the help lists them.
COMMANDS: Final[Mapping[str, Command]] = {
    command.name: command
    for command in (
        Command("profile", "desktop.commands.profile:run_profile", _profile),
        Command(
            "municipalities",
            "desktop.commands.profile:run_municipalities",
            _municipalities,
            Database.NONE,
        ),
        Command("rounds", f"{_ANSWERS}:run_rounds", database=Database.READ),
        Command("show", f"{_ANSWERS}:run_show", _show, Database.READ),
        Command("set", f"{_ANSWERS}:run_set", _set),
        Command("clear", f"{_ANSWERS}:run_clear", _clear),
        Command("validate", f"{_ANSWERS}:run_validate", _round, Database.READ),
        Command("explain", f"{_ANSWERS}:run_explain", _explain),
        Command("history", f"{_ANSWERS}:run_history", _history, Database.READ),
        Command("copy-forward", f"{_PREVIOUS}:run_copy_forward", _copy_forward),
        Command("compare", "desktop.commands.compare:run_compare", _compare, Database.READ),
        Command("changes", "desktop.commands.compare:run_changes", _round, Database.READ),
        # A draft is written only where --out says.
        Command("export", f"{_SUBMIT}:run_export", _export, reads_when=_draft),
        # Checking a received file needs no data folder: a coordinator may have none.
        Command("verify", "desktop.commands.verify:run_verify", _verify, Database.NONE),
        Command("key", f"{_SUBMIT}:run_key", _key, reads_when=_showing_key),
        Command("submissions", f"{_SUBMIT}:run_submissions", _submissions, Database.READ),
        Command("correct", f"{_SUBMIT}:run_correct", _correct),
        Command(
            "import",
            "desktop.commands.importing:run_import",
            "desktop.commands.importing:arguments",
            help_ids="commands.import.",
        ),
        # Opens its own database in a folder of its own.
        Command("demo", "desktop.commands.demo:run_demo", database=Database.NONE),
        # Opens the database itself: its backups are listed and restored when it is damaged.
        Command("backup", "desktop.commands.backup:run_backup", _backup, Database.NONE),
        # Opens the database itself: only ``add`` writes, and ``check`` needs none.
        Command(
            "round",
            "desktop.commands.rounds:run",
            "desktop.commands.rounds:arguments",
            Database.NONE,
            "commands.round.",
        ),
        # The coordinator's commands use a database of their own, with no instance lock.
        *(
            Command(
                name,
                "desktop.commands.collect:run",
                f"desktop.commands.collect:{arguments}",
                Database.NONE,
                "commands.collect.",
            )
            for name, arguments in (
                ("trust", "trust_arguments"),
                ("collect", "collect_arguments"),
                ("missing", "missing_arguments"),
            )
        ),
    )
}
