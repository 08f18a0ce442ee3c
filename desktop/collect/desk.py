"""The coordinator's desk: the register and the rounds received packages are checked against.

The coordinator's window and the ``trust``, ``collect``, ``missing`` and
``verify`` commands each open one desk and hand its register and catalog to
the work they call; each worker process that checks packages opens its own
from the same added rounds. This module is the only one on the receiving
side that loads the municipality register (the official's side has
``desktop.workbook``); a test holds both to that. Everything is read when
first asked for, so a command that needs no rounds reads no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from desktop.municipalities import Register

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.collect.records import Records
    from desktop.paths import DataPaths
    from desktop.storage.stored_round import StoredRoundPackage
    from desktop.survey import Catalog


class Desk:
    """What received packages are checked against; ``Desk.open(paths)`` for a data folder's,
    ``Desk()`` for the shipped rounds alone, ``Desk(added)`` for these added rounds too."""

    def __init__(self, added: Sequence[StoredRoundPackage] = ()) -> None:
        self._paths: DataPaths | None = None
        self._given = tuple(added)

    @classmethod
    def open(cls, paths: DataPaths) -> Desk:
        """The desk of the data folder ``paths``: its coordinator database and its added rounds."""
        desk = cls()
        desk._paths = paths
        return desk

    @cached_property
    def register(self) -> Register:
        """The municipality register, read once per process."""
        return Register.load()

    @cached_property
    def added(self) -> tuple[StoredRoundPackage, ...]:
        """The round packages added to the data folder: the coordinator's own copies."""
        from desktop.rounds.library import added_in

        return added_in(self._paths) if self._paths is not None else self._given

    @cached_property
    def catalog(self) -> Catalog:
        """The shipped rounds and the added ones beside them."""
        from desktop.rounds.library import catalog_with

        return catalog_with(self.added)

    @cached_property
    def registered(self) -> Mapping[str, frozenset[str]]:
        """The coordinator's trust register: each municipality's registered key fingerprints
        (empty when this data folder has no coordinator database; nothing is created)."""
        if self._paths is None or not self._paths.coordinator_database.exists():
            return {}
        from desktop.collect.records import read_registered

        return read_registered(self._paths.coordinator_database)

    @property
    def database(self) -> Path:
        """The coordinator's own database (trusted signers, recorded packages)."""
        if self._paths is None:
            raise RuntimeError("this desk has no data folder")
        return self._paths.coordinator_database

    def records(self) -> Records:
        """The coordinator's database, opened (each thread opens its own)."""
        from desktop.collect.records import Records

        return Records.open(self.database)
