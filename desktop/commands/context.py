"""What a command of ``tilannekuva`` is given: its arguments to declare, and what it runs with.

Apart from the table of commands (``desktop.commands.registry``), so that a
command module can name these types while the table imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import cached_property

from desktop.commands.output import Console
from desktop.i18n import Lang, text
from desktop.paths import DataPaths

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    import argparse

    from desktop.commands.arguments import Parser
    from desktop.storage import Store
    from desktop.workbook import Workbook

# The largest count or number the commands take (--limit, --number).
MAX_COUNT = 1_000_000


class Database(Enum):
    """How a command uses the answers database of the data folder."""

    NONE = "none"  # none, or one of its own (a received file, the register, the coordinator)
    READ = "read"  # reads only: works while the window holds the data folder
    WRITE = "write"  # takes the data folder's lock and may write


# Context and Arguments are plain classes, not dataclasses: a dataclass compiles its
# methods each time the program starts (start-up time of every command).
class Context:
    """What a handler runs with: the terminal, the data folder and its database when opened."""

    def __init__(
        self,
        console: Console,
        paths: DataPaths,
        data_dir_chosen: bool = False,  # --data-dir or TILANNEKUVA_DATA_DIR was given
        opened: Store | None = None,
    ) -> None:
        self.console = console
        self.paths = paths
        self.data_dir_chosen = data_dir_chosen
        self.opened = opened

    @property
    def store(self) -> Store:
        if self.opened is None:
            raise RuntimeError("this command opens no answers database")
        return self.opened

    @cached_property
    def workbook(self) -> Workbook:
        from desktop.workbook import Workbook

        return Workbook(self.store)


def open_store(context: Context, *, reading: bool) -> Store:
    """The data folder's database for a command, kept in ``context.opened``.

    ``reading``: the command writes nothing in the data folder, so it also reads a folder
    it may not write to, or one on a full disk (where it is told nothing can be saved).
    """
    from desktop.storage import Store

    store = Store.open_for_reading(context.paths) if reading else Store.open(context.paths)
    context.opened = store
    refused = store.read_only
    if refused is not None and refused.key == "storage.database.disk_full_reading":
        context.console.warn(context.console.told(refused))
    return store


# A command's handler; written as text: argparse waits for the parser (start-up time).
Handler = Callable[["argparse.Namespace", Context], int]


class Arguments:
    """What a command's ``arguments`` function adds its arguments with, in the user's language."""

    def __init__(self, parser: Parser, common: Parser, lang: Lang, help_ids: str) -> None:
        self.parser = parser
        self.common = common
        self.lang = lang
        self.help_ids = help_ids

    def h(self, key: str) -> str:
        """The help text ``key`` of this command (the message ``help_ids + key``)."""
        return text(f"{self.help_ids}{key}", self.lang)

    def m(self, key: str) -> str:
        """A placeholder (metavar) in the user's language."""
        return text(f"cli.m_{key}", self.lang)

    def count(self, least: int = 0, most: int = MAX_COUNT) -> Callable[[str], int]:
        """A whole number from ``least`` to ``most``, refused in the user's language."""
        from desktop.commands.arguments import whole_number

        return whole_number(self.lang, least=least, most=most)

    def positional(self, dest: str, placeholder: str, helped: str) -> None:
        self.parser.add_argument(dest, metavar=self.m(placeholder), help=self.h(helped))

    def subcommands(self, dest: str, names: str, helped: str) -> argparse._SubParsersAction[Parser]:
        """Subcommands such as ``key show|create|import``, named as ``names`` shows them."""
        found: argparse._SubParsersAction[Parser] = self.parser.add_subparsers(
            dest=dest, metavar=names, required=True, help=self.h(helped)
        )
        return found
