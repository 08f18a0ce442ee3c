"""Storage problems the user can act on, sorted from bugs.

SQLite reports environment trouble (a full disk, a read-only directory,
another program holding the file, a damaged file) with result codes; those
become ``StorageError`` with a plain message. Any other ``sqlite3.Error`` is a
bug in this program and is left to propagate.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import UserError
from desktop.storage.backup_files import latest_sound_backup

_CATALOG = {
    "already_running": {
        "fi": "Tilannekuva on jo käynnissä tällä tietokansiolla ({path}). Sulje toinen ikkuna ensin.",
        "sv": "Tilannekuva körs redan med den här datamappen ({path}). Stäng det andra fönstret först.",
        "en": "Tilannekuva is already running with this data folder ({path}). Close the other window first.",
    },
    "too_new": {
        "fi": "Tietokanta {path} on tehty uudemmalla Tilannekuvan versiolla (tietokantaversio {found}, "
        "tämä ohjelma tuntee version {known}). Päivitä ohjelma. Tiedostoon ei koskettu.",
        "sv": "Databasen {path} har skapats med en nyare version av Tilannekuva (databasversion {found}, "
        "det här programmet känner till version {known}). Uppdatera programmet. Filen lämnades orörd.",
        "en": "The database {path} was made by a newer version of Tilannekuva (database version {found}, "
        "this program knows version {known}). Update the program. The file was not touched.",
    },
    "corrupt": {
        "fi": "Tietokanta {path} on vioittunut eikä sitä voi käyttää. Palauta se viimeisimmästä "
        "ehjästä varmuuskopiosta: {latest} (kansiossa {backups}). Tiedostoon ei koskettu.",
        "sv": "Databasen {path} är skadad och kan inte användas. Återställ den från den senaste "
        "hela säkerhetskopian: {latest} (i mappen {backups}). Filen lämnades orörd.",
        "en": "The database {path} is damaged and cannot be used. Restore it from the latest "
        "sound backup: {latest} (in the folder {backups}). The file was not touched.",
    },
    "corrupt_no_backup": {
        "fi": "Tietokanta {path} on vioittunut eikä sitä voi käyttää. Ehjää varmuuskopiota ei ole "
        "(kansio {backups}). Tiedostoon ei koskettu; ota yhteyttä tukeen ennen kuin poistat sen.",
        "sv": "Databasen {path} är skadad och kan inte användas. Det finns ingen hel "
        "säkerhetskopia (mappen {backups}). Filen lämnades orörd; kontakta supporten innan du "
        "tar bort den.",
        "en": "The database {path} is damaged and cannot be used. There is no sound backup "
        "(folder {backups}). The file was not touched; contact support before removing it.",
    },
    "not_a_folder": {
        "fi": "Tietokansioksi annettu {path} ei kelpaa: se ei ole kansio, johon voi tallentaa "
        "({reason}). Valitse tavallinen kansio (--data-dir).",
        "sv": "{path} duger inte som datamapp: det är inte en mapp där något kan sparas "
        "({reason}). Välj en vanlig mapp (--data-dir).",
        "en": "{path} cannot be the data folder: it is not a folder that files can be saved in "
        "({reason}). Choose an ordinary folder (--data-dir).",
    },
    "disk_full": {
        "fi": "Levy on täynnä: vastausta ei voitu tallentaa. Vapauta levyltä tilaa ({path}), "
        "esimerkiksi tyhjentämällä roskakori tai poistamalla suuria tiedostoja, ja yritä "
        "uudelleen. Aiemmin tallennetut vastaukset ovat tallessa.",
        "sv": "Disken är full: svaret kunde inte sparas. Frigör utrymme på disken ({path}), till "
        "exempel genom att tömma papperskorgen eller ta bort stora filer, och försök igen. "
        "Tidigare sparade svar finns kvar.",
        "en": "The disk is full: the answer could not be saved. Free some space on the disk "
        "({path}), for example by emptying the recycle bin or removing large files, and try "
        "again. Answers saved earlier are safe.",
    },
    "backup_disk_full": {
        "fi": "Levy on täynnä: varmuuskopiota ei voitu kirjoittaa kansioon {path}. Vapauta levyltä "
        "tilaa tai valitse kansio toiselta levyltä. Vastauksiin ei koskettu.",
        "sv": "Disken är full: säkerhetskopian kunde inte skrivas i mappen {path}. Frigör utrymme "
        "på disken eller välj en mapp på en annan disk. Svaren lämnades orörda.",
        "en": "The disk is full: the backup could not be written to the folder {path}. Free some "
        "space on the disk or choose a folder on another disk. The answers were not touched.",
    },
    "read_only": {
        "fi": "Tietokansioon {path} ei voi kirjoittaa (vain luku). Valitse kansio, johon sinulla on "
        "kirjoitusoikeus, tai korjaa kansion oikeudet.",
        "sv": "Det går inte att skriva i datamappen {path} (skrivskyddad). Välj en mapp där du har "
        "skrivrätt eller rätta mappens behörigheter.",
        "en": "The data folder {path} cannot be written to (read-only). Choose a folder you can write "
        "to, or fix the folder's permissions.",
    },
    "locked": {
        "fi": "Toinen ohjelma pitää tietokantaa {path} lukittuna. Sulje se ja yritä uudelleen. "
        "Mitään ei muutettu.",
        "sv": "Ett annat program håller databasen {path} låst. Stäng det och försök igen. "
        "Inget ändrades.",
        "en": "Another program is holding the database {path} locked. Close it and try again. "
        "Nothing was changed.",
    },
    "cannot_open": {
        "fi": "Tietokantaa {path} ei voitu avata: {reason}.",
        "sv": "Databasen {path} kunde inte öppnas: {reason}.",
        "en": "The database {path} could not be opened: {reason}.",
    },
    "io_error": {
        "fi": "Tietokannan {path} lukeminen tai kirjoittaminen epäonnistui (levyvirhe). "
        "Tarkista levy ja yritä uudelleen.",
        "sv": "Läsning eller skrivning av databasen {path} misslyckades (diskfel). "
        "Kontrollera disken och försök igen.",
        "en": "Reading or writing the database {path} failed (disk error). Check the disk and try again.",
    },
    "migration_failed": {
        "fi": "Tietokannan päivitys versioon {version} epäonnistui: {reason}. Tietokanta jätettiin "
        "ennalleen; varmuuskopio on tiedostossa {backup}.",
        "sv": "Uppdateringen av databasen till version {version} misslyckades: {reason}. Databasen "
        "lämnades oförändrad; säkerhetskopian finns i filen {backup}.",
        "en": "Upgrading the database to version {version} failed: {reason}. The database was left "
        "as it was; the backup is in the file {backup}.",
    },
    "round_locked": {
        "fi": "Kierros {round} on lähetetty, eikä sen vastauksia voi enää muuttaa. Tee korjaus "
        "uutena lähetyksenä.",
        "sv": "Omgången {round} har skickats in och dess svar kan inte längre ändras. Gör en "
        "rättelse som en ny inlämning.",
        "en": "Round {round} has been submitted and its answers can no longer be changed. Make a "
        "correction as a new submission.",
    },
}


# What may pass by itself or by the user's hand (space freed, the other program
# closed, the folder's rights fixed): the same write may succeed when tried again.
_PASSING = frozenset({"disk_full", "read_only", "locked", "io_error", "cannot_open"})


class StorageError(UserError):
    """The database cannot be used as asked, for a reason outside this program."""

    catalog = _CATALOG

    @property
    def damaged(self) -> bool:
        """Whether the database itself is damaged (with or without a backup to restore)."""
        return self.key in ("corrupt", "corrupt_no_backup")

    @property
    def may_pass(self) -> bool:
        """Whether trying the same write again later may succeed."""
        return self.key in _PASSING


# SQLite primary result codes (the low byte of the extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def from_sqlite(exc: sqlite3.Error, database: Path) -> StorageError | None:
    """The user's view of an SQLite error, or None when it is a bug of ours."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    path = str(database)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StorageError("locked", path=path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return StorageError("read_only", path=str(database.parent))
    if primary == _SQLITE_FULL:
        return StorageError("disk_full", path=str(database.parent))
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return damaged(database)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and disk_is_full(database.parent):
        # SQLite reports some writes on a full disk as I/O errors (growing the -shm file).
        return StorageError("disk_full", path=str(database.parent))
    if primary == _SQLITE_CANTOPEN:
        folder_error = _folder_error(database.parent)
        if folder_error is not None:
            return folder_error
        return StorageError("cannot_open", path=path, reason=str(exc))
    if primary == _SQLITE_IOERR:
        return StorageError("io_error", path=path)
    return None


# Below this much free space a failed write is taken for a full disk.
_NEARLY_FULL = 1024 * 1024


def _folder_error(folder: Path) -> StorageError | None:
    """Why no file can be made in ``folder`` (read-only, a file, /proc), or None when one can."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        return from_os(exc, folder)


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` (or its nearest existing parent) has no room left."""
    for candidate in (folder, *folder.parents):
        try:
            usage = shutil.disk_usage(candidate)
        except OSError:
            continue
        # A system folder (/proc) has no size at all: that is no full disk.
        return usage.total > 0 and usage.free < _NEARLY_FULL
    return False


def damaged(database: Path) -> StorageError:
    """The refusal of a damaged database, naming the newest backup that is itself sound."""
    folder = database.parent / "backups"
    latest = latest_sound_backup(folder)
    if latest is None:
        return StorageError("corrupt_no_backup", path=str(database), backups=str(folder))
    return StorageError("corrupt", path=str(database), backups=str(folder), latest=latest.name)


def from_os(exc: OSError, path: Path) -> StorageError | None:
    """The user's view of a file-system error around the database, or None."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("read_only", path=str(path))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError("disk_full", path=str(path))
    if exc.errno in _NOT_A_FOLDER:
        return StorageError("not_a_folder", path=str(path), reason=exc.strerror or exc.errno)
    return None


# What the file system says when the data folder is a file, lies below one, or is a
# system folder where nothing can be created (``/proc/self``).
_NOT_A_FOLDER = frozenset(
    {errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.ENOENT, errno.EINVAL, errno.ENXIO}
)


@contextlib.contextmanager
def environment_errors(database: Path, folder: Path | None = None) -> Iterator[None]:
    """Turn SQLite's and the file system's environment errors into ``StorageError``.

    ``folder`` is what a file-system error is about (the data folder by default).
    Anything else propagates unchanged: it is a bug, not advice for the user.
    """
    try:
        yield
    except sqlite3.Error as exc:
        mapped = from_sqlite(exc, database)
        if mapped is None:
            raise
        raise mapped from exc
    except OSError as exc:
        mapped_os = from_os(exc, folder or database.parent)
        if mapped_os is None:
            raise
        raise mapped_os from exc
