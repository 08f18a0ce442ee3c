"""Every command of ``tilannekuva`` in one table: its arguments, its database and its handler.

A new command is one ``Command`` in ``COMMANDS`` (with its help text under its
name in ``desktop.cli_texts.HELP``, or in the ``texts`` it names) and its
handler: the parser, the choice of the one parser to build at start-up, how
the answers database is opened and the dispatch all read this table.

A handler is named as ``"module:function"`` and imported only when its
command runs, so a command loads no more than it uses (start-up time); it is
called as ``handler(args, context)`` and returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Final, cast

from desktop.cli_texts import HELP
from desktop.commands import collect
from desktop.commands.arguments import Parser, whole_number
from desktop.commands.output import Console
from desktop.i18n import Lang, Texts, message
from desktop.paths import DataPaths

if TYPE_CHECKING:
    from desktop.storage import Store
    from desktop.workbook import Workbook

# The largest count or number the commands take (--limit, --number).
MAX_COUNT = 1_000_000


class Database(Enum):
    """How a command uses the answers database of the data folder."""

    NONE = "none"  # none, or one of its own (a received file, the register, the coordinator)
    READ = "read"  # reads only: works while the window holds the data folder
    WRITE = "write"  # takes the data folder's lock and may write


@dataclass
class Context:
    """What a handler runs with: the terminal, the data folder and its database when opened."""

    console: Console
    paths: DataPaths
    data_dir_chosen: bool = False  # --data-dir or TILANNEKUVA_DATA_DIR was given
    opened: Store | None = None

    @property
    def store(self) -> Store:
        if self.opened is None:
            raise RuntimeError("this command opens no answers database")
        return self.opened

    @cached_property
    def workbook(self) -> Workbook:
        from desktop.workbook import Workbook

        return Workbook(self.store)


Handler = Callable[[argparse.Namespace, Context], int]


@dataclass(frozen=True)
class Arguments:
    """What a command's ``arguments`` function adds its arguments with, in the user's language."""

    parser: Parser
    common: Parser
    lang: Lang
    texts: Mapping[str, Texts]

    def h(self, key: str) -> str:
        """The help text ``key`` of this command's texts."""
        return message(self.texts, key, self.lang)

    def m(self, key: str) -> str:
        """A placeholder (metavar) in the user's language."""
        return message(HELP, f"m_{key}", self.lang)

    def count(self, least: int = 0, most: int = MAX_COUNT) -> Callable[[str], int]:
        """A whole number from ``least`` to ``most``, refused in the user's language."""
        return whole_number(self.lang, least=least, most=most)

    def positional(self, dest: str, placeholder: str, helped: str) -> None:
        self.parser.add_argument(dest, metavar=self.m(placeholder), help=self.h(helped))

    def subcommands(self, dest: str, names: str, helped: str) -> argparse._SubParsersAction[Parser]:
        """Subcommands such as ``key show|create|import``, named as ``names`` shows them."""
        found: argparse._SubParsersAction[Parser] = self.parser.add_subparsers(
            dest=dest, metavar=names, required=True, help=self.h(helped)
        )
        return found


def _nothing(_arguments: Arguments) -> None:
    pass


@dataclass(frozen=True)
class Command:
    name: str
    handler: str  # "module:function", imported when the command runs
    arguments: Callable[[Arguments], None] = _nothing
    database: Database = Database.WRITE
    texts: Mapping[str, Texts] = field(default_factory=lambda: HELP)

    def run(self, args: argparse.Namespace, context: Context) -> int:
        module, name = self.handler.split(":")
        handler = cast(Handler, getattr(importlib.import_module(module), name))
        return handler(args, context)


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
        k.add_argument("--passphrase-file", metavar=a.m("file"), help=a.h("passphrase_file"))


def _submissions(a: Arguments) -> None:
    _round(a)
    a.parser.add_argument("--out", metavar=a.m("dir"), help=a.h("out"))
    a.parser.add_argument("--number", type=a.count(), metavar=a.m("number"), help=a.h("number"))


def _backup(a: Arguments) -> None:
    backups = a.subcommands("backup_command", "list|create|restore", "a_backup_command")
    backups.add_parser("list", parents=[a.common], help=a.h("backup_list"))
    b = backups.add_parser("create", parents=[a.common], help=a.h("backup_create"))
    b.add_argument("--to", metavar=a.m("dir"), help=a.h("backup_to"))
    b = backups.add_parser("restore", parents=[a.common], help=a.h("backup_restore"))
    b.add_argument("file", metavar=a.m("file"), help=a.h("a_backup_file"))
    b.add_argument("--yes", action="store_true", help=a.h("yes"))
    b.add_argument("--other-municipality", action="store_true", help=a.h("other_municipality"))


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
        Command("export", f"{_SUBMIT}:run_export", _export),
        # Checking a received file needs no data folder: a coordinator may have none.
        Command("verify", "desktop.commands.verify:run_verify", _verify, Database.NONE),
        Command("key", f"{_SUBMIT}:run_key", _key),
        Command("submissions", f"{_SUBMIT}:run_submissions", _submissions, Database.READ),
        Command("correct", f"{_SUBMIT}:run_correct", _round),
        # Opens its own database in a folder of its own.
        Command("demo", "desktop.commands.demo:run_demo", database=Database.NONE),
        Command("backup", "desktop.commands.backup:run_backup", _backup),
        # The coordinator's commands use a database of their own, with no instance lock.
        *(
            Command(name, "desktop.commands.collect:run", arguments, Database.NONE, collect.HELP)
            for name, arguments in collect.ARGUMENTS.items()
        ),
    )
}
