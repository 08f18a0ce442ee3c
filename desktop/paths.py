"""Every file location of the application, decided in one place.

User data lives where platformdirs says (``%LOCALAPPDATA%`` on Windows,
``$XDG_DATA_HOME`` on Linux). ``--data-dir`` and ``TILANNEKUVA_DATA_DIR``
override it, for tests and for portable use from a USB stick.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.plain import Plain

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

ENV_DATA_DIR = "TILANNEKUVA_DATA_DIR"
# The files the program opens when given one alone (by the file manager, a second start):
RECEIVED_SUFFIXES = (".asice", ".pdf")  # checked as received: a package, a signed report
ROUND_SUFFIX = ".tkround"  # a survey round package: added to the rounds
_APP = "tilannekuva"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """Where read-only files shipped with the program are.

    A wheel carries them inside the package (``desktop/_data``); a source
    checkout and an editable install keep them at the top of the tree.
    """
    inside = _PACKAGE_DIR / "_data" / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def package_data_dir() -> Path:
    """Files a build writes into the package (a wheel's or a bundle's ``desktop/_data``)."""
    return _PACKAGE_DIR / "_data"


def schemas_dir() -> Path:
    return _bundled("schemas")


def resources_dir() -> Path:
    return _bundled("resources")


def default_data_dir() -> Path:
    import platformdirs  # not needed when the data folder is given

    return Path(platformdirs.user_data_dir(_APP, appauthor=False, roaming=False))


class DataPaths(Plain):
    """The files of one data directory (one installation, one database)."""

    # A plain value class (``desktop.plain``): a dataclass compiles its methods at every start.
    __slots__ = ("root",)

    def __init__(self, root: Path) -> None:
        self.root: Final = root

    @property
    def database(self) -> Path:
        return self.root / "tilannekuva.sqlite"

    @property
    def coordinator_database(self) -> Path:
        """The coordinator's own records: trusted signers and received packages."""
        return self.root / "coordinator.sqlite"

    @property
    def lock(self) -> Path:
        return self.root / "tilannekuva.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def crash_log(self) -> Path:
        return self.logs / "crash.log"

    @property
    def key_store(self) -> Path:
        return self.root / "organisation-key.p12"

    @property
    def settings(self) -> Path:
        """The window's preferences (language, last round), kept with the data they belong to."""
        return self.root / "settings.ini"

    @property
    def translations_cache(self) -> Path:
        """Compiled translations, when the install did not ship them."""
        return self.root / "cache" / "translations"

    @property
    def schema_checks(self) -> Path:
        """Records that the shipped survey definitions and municipality register passed their
        checks (by their hashes)."""
        return self.root / "cache" / "checks"


def data_paths(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data directory: the explicit override, the environment, or the platform default."""
    if override:
        return DataPaths(Path(override).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(default_data_dir())
