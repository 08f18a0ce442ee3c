"""Reading the register's files: the CSV from Statistics Finland, the JSON file of
networks the coordinator keeps, and the record that both passed every check once.

A broken file is the user's to fix, so every problem in it is a ``RegisterError``
naming the file and the line or the reason.
"""

from __future__ import annotations

import contextlib
import io
import json
import operator
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from desktop.digests import sha256
from desktop.municipalities.model import Category, Municipality, Network, RegisterError

CSV_NAME: Final = "municipalities-2022.csv"
NETWORKS_NAME: Final = "networks.json"

# Language status codes of Statistics Finland.
_LANGUAGE_CODES: Final = frozenset({"0", "1", "2", "3"})

_COLUMNS: Final = (
    "code",
    "name_fi",
    "name_sv",
    "name_en",
    "names_sami",
    "wellbeing_area_code",
    "wellbeing_area_fi",
    "wellbeing_area_sv",
    "wellbeing_area_en",
    "region_code",
    "region_fi",
    "region_sv",
    "subregion_code",
    "subregion_fi",
    "subregion_sv",
    "language_code",
    "language_fi",
    "language_sv",
    "language_en",
    "urban_class_code",
    "urban_class_fi",
    "urban_class_sv",
    "urban_class_en",
    "hospital_district_code",
    "hospital_district_fi",
    "hospital_district_sv",
)

# The columns of each classification (only some have English names).
_CATEGORY_COLUMNS: Final = {
    prefix: tuple(column for column in _COLUMNS if column.startswith(f"{prefix}_"))
    for prefix in (
        "wellbeing_area",
        "region",
        "subregion",
        "language",
        "urban_class",
        "hospital_district",
    )
}
# Each class's columns of a row, read in one call (the register is read at start-up).
_CATEGORY_CELLS: Final = {
    prefix: operator.itemgetter(*columns) for prefix, columns in _CATEGORY_COLUMNS.items()
}
_CODE = re.compile(r"\d{3}")
_CLASS_CODE = re.compile(r"\d{1,3}")
_SAMI_LANG = re.compile(r"[a-z]{2,3}")


def read_register(
    directory: Path, checks: Path | None = None
) -> tuple[Mapping[str, Municipality], tuple[Network, ...]]:
    """The municipalities of the files in ``directory`` by code, in the order of their codes
    and each with the networks it belongs to, and the networks.

    With ``checks`` (a folder), files that passed every check once are not checked again
    (``Register.load`` tells how).
    """
    marker = None
    if checks is not None:
        marker = _marker(checks, directory / CSV_NAME, directory / NETWORKS_NAME)
    if marker is not None:
        trusted = _trusted(marker, directory)
        if trusted is not None:
            return trusted
    return _checked(directory, marker)


def _checked(
    directory: Path, marker: Path | None
) -> tuple[dict[str, Municipality], tuple[Network, ...]]:
    """The files in ``directory`` read and checked, as ``read_register`` gives them; with
    ``marker``, that they passed is kept there (written anew over whatever was there)."""
    table_path, listed_path = directory / CSV_NAME, directory / NETWORKS_NAME
    table = _read_text(table_path)
    listed = _read_text(listed_path)
    municipalities = _read_csv(table, table_path)
    networks = _read_networks(listed, listed_path, municipalities)
    member_of = _member_of(networks)
    rows = {
        code: m.replace(networks=member_of.get(code, ()))
        for code, m in sorted(municipalities.items())
    }
    if marker is not None:
        _remember(marker, table, listed)
    return rows, networks


def _marker(checks: Path, *paths: Path) -> Path | None:
    """Where the files' passed check is kept: named by the program's version and each file's
    name, size and times of writing and change, so a changed file is checked again (None when
    a file cannot be looked at: the check tells why)."""
    from desktop import __version__

    digest = sha256(__version__.encode())
    for path in paths:
        try:
            found = path.stat()
        except OSError:
            return None
        stamp = f"{path.name}\0{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}\0"
        digest.update(stamp.encode())
    return checks / f"register-{digest.hexdigest()}.json"


def _remember(marker: Path, table: str, listed: str) -> None:
    """Keep that the files passed their checks, with their rows as read (JSON), so the next
    start reads them without the CSV reader (start-up time); only a check repeated next time
    if it cannot be written."""
    import csv

    reader = csv.reader(io.StringIO(table, newline=""), strict=True)
    header = next(reader)
    column = header.index("code")
    rows = {row[column].strip(): [row, reader.line_num] for row in reader if row}
    kept = json.dumps({"header": header, "rows": rows, "networks": listed}, ensure_ascii=False)
    partial = marker.with_name(f"{marker.name}.partial")
    with contextlib.suppress(OSError):
        marker.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # whatever was left there, a new file
        partial.write_text(kept, encoding="utf-8")
        partial.replace(marker)


_RECORD_LIMIT: Final = 8 << 20  # bytes; the register's record is some 170 kB


def _read_record(marker: Path) -> Any:
    """The JSON that ``_remember`` kept in ``marker``; ``OSError``, or ``ValueError`` when it
    is not JSON or not a regular file of such a size (a named pipe would never end)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(marker, flags)
    with os.fdopen(handle, "rb") as opened:
        found = os.fstat(handle)
        if not stat.S_ISREG(found.st_mode) or found.st_size > _RECORD_LIMIT:
            raise ValueError("not a record of the register's check")
        return json.loads(opened.read(_RECORD_LIMIT + 1))


def _member_of(networks: Iterable[Network]) -> dict[str, tuple[str, ...]]:
    """Each municipality's networks (by code), in the order of the networks' file."""
    member_of: dict[str, list[str]] = {}
    for network in networks:
        for code in network.members:
            member_of.setdefault(code, []).append(network.id)
    return {code: tuple(ids) for code, ids in member_of.items()}


class _RowsByCode(Mapping[str, Municipality]):
    """The municipalities of files that passed every check before, each made from its row
    when first asked for.

    A row's values are checked as it is made; one that fails, or names another code than
    its own, is a record damaged since (the files did pass): ``again`` reads and checks the
    files then, writes the record anew, and its municipalities are the ones given from then
    on. So does a code the record lacks (once: a code that is in no register costs one
    reading of the files per process). Never an error naming the files for a fault of the
    record.
    """

    def __init__(
        self,
        header: list[str],
        rows: dict[str, tuple[list[str], int]],
        record: Path,
        member_of: Mapping[str, tuple[str, ...]],
        again: Callable[[], Mapping[str, Municipality]],
    ) -> None:
        self._header = header
        self._rows = dict(sorted(rows.items()))  # by code, as the register keeps them
        self._record = record
        self._member_of = member_of
        self._again = again
        self._checked: Mapping[str, Municipality] | None = None
        self._made: dict[str, Municipality] = {}
        self._categories: dict[tuple[object, ...], Category] = {}

    def __getitem__(self, code: str) -> Municipality:
        if self._checked is not None:
            return self._checked[code]
        made = self._made.get(code)
        if made is None:
            kept = self._rows.get(code)
            if kept is None:  # perhaps a row kept under another code: not said unknown unread
                return self._read_again()[code]
            row, line = kept
            cells = dict(zip(self._header, row, strict=True))
            try:
                made = _municipality(cells, self._record, line, self._categories)
            except RegisterError:
                return self._read_again()[code]
            if made.code != code:
                return self._read_again()[code]
            made = made.replace(networks=self._member_of.get(code, ()))
            self._made[code] = made
        return made

    def _read_again(self) -> Mapping[str, Municipality]:
        self._checked = self._again()
        return self._checked

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows if self._checked is None else self._checked)

    def __len__(self) -> int:
        return len(self._rows if self._checked is None else self._checked)

    def __contains__(self, code: object) -> bool:
        if self._checked is None and code in self._rows:
            return True
        checked = self._read_again() if self._checked is None else self._checked
        return code in checked


def _trusted(
    marker: Path, directory: Path
) -> tuple[Mapping[str, Municipality], tuple[Network, ...]] | None:
    """The municipalities and networks of files that passed every check before, from the
    rows kept with that check, as ``read_register`` gives them; None when there is no such
    record, or it cannot be read, or it is not whole (damaged since: a disk fault, a hand
    edit), and the files are to be checked again."""
    try:
        kept = _read_record(marker)
        header: list[str] = kept["header"]
        rows = {code: (row, int(line)) for code, (row, line) in kept["rows"].items()}
        listed: str = kept["networks"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not _kept_whole(header, rows) or not isinstance(listed, str):
        return None
    try:
        networks = _read_networks(listed, directory / NETWORKS_NAME, None)
    except RegisterError:
        return None
    if any(code not in rows for network in networks for code in network.members):
        return None

    def again() -> Mapping[str, Municipality]:
        return _checked(directory, marker)[0]

    return _RowsByCode(header, rows, marker, _member_of(networks), again), networks


def _kept_whole(header: object, rows: dict[str, tuple[object, int]]) -> bool:
    """Whether a record of the check holds what the check kept: every column, and each row
    a cell of text for each, kept under the code its row says (its values are checked as
    each row is made; its shape is looked at here, a loop over some 300 rows)."""
    if not isinstance(header, list) or not all(isinstance(h, str) for h in header):
        return False
    if not set(_COLUMNS) <= set(header):
        return False
    width, column = len(header), header.index("code")
    try:
        for code, (row, _line) in rows.items():
            if type(row) is not list or len(row) != width:
                return False
            "".join(row)  # a cell that is not text fails here (start-up time: no loop per cell)
            if row[column].strip() != code:
                return False
    except TypeError:
        return False
    return True


def _read_text(path: Path) -> str:
    try:
        # utf-8-sig: a spreadsheet program may have added a byte-order mark when saving.
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RegisterError("municipalities.encoding", file=str(path)) from None
    except OSError as exc:
        raise RegisterError(
            "municipalities.unreadable", file=str(path), error=exc.strerror or exc
        ) from None


def _read_csv(text: str, path: Path) -> dict[str, Municipality]:
    import csv  # loaded for a check; a trusted register is read without it (start-up time)

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, [])
        missing = [c for c in _COLUMNS if c not in header]
        if missing:
            raise RegisterError(
                "municipalities.columns", file=str(path), columns=", ".join(missing)
            )
        municipalities: dict[str, Municipality] = {}
        categories: dict[tuple[object, ...], Category] = {}
        for row in reader:
            if not row:
                continue
            line = reader.line_num
            if len(row) != len(header):
                raise RegisterError(
                    "municipalities.field_count",
                    file=str(path),
                    line=line,
                    found=len(row),
                    expected=len(header),
                )
            m = _municipality(dict(zip(header, row, strict=True)), path, line, categories)
            if m.code in municipalities:
                raise RegisterError(
                    "municipalities.duplicate_code", file=str(path), line=line, code=m.code
                )
            municipalities[m.code] = m
    except csv.Error as exc:
        raise RegisterError(
            "municipalities.syntax", file=str(path), line=reader.line_num, error=exc
        ) from None
    return municipalities


def _municipality(
    row: dict[str, str], path: Path, line: int, categories: dict[tuple[object, ...], Category]
) -> Municipality:
    def value(column: str, pattern: re.Pattern[str] | None = None) -> str:
        text = row[column].strip()
        if not text or (pattern is not None and not pattern.fullmatch(text)):
            raise RegisterError(
                "municipalities.bad_value", file=str(path), line=line, column=column, value=text
            )
        return text

    def category(prefix: str, *, english: bool = False) -> Category:
        # Rows share their classes: a class read once is the same for the same text.
        raw = (prefix, english, *_CATEGORY_CELLS[prefix](row))
        known = categories.get(raw)
        if known is None:
            known = categories[raw] = Category(
                code=value(f"{prefix}_code", _CLASS_CODE),
                name_fi=value(f"{prefix}_fi"),
                name_sv=value(f"{prefix}_sv"),
                name_en=row[f"{prefix}_en"].strip() if english else "",
            )
        return known

    sami: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in row["names_sami"].split(";"))):
        lang, _, name = pair.partition(":")
        if not _SAMI_LANG.fullmatch(lang.strip()) or not name.strip():
            raise RegisterError(
                "municipalities.bad_value",
                file=str(path),
                line=line,
                column="names_sami",
                value=pair,
            )
        sami[lang.strip()] = name.strip()
    language = category("language", english=True)
    if language.code not in _LANGUAGE_CODES:
        raise RegisterError(
            "municipalities.bad_value",
            file=str(path),
            line=line,
            column="language_code",
            value=language.code,
        )
    return Municipality(
        code=value("code", _CODE),
        name_fi=value("name_fi"),
        name_sv=value("name_sv"),
        name_en=row["name_en"].strip(),
        names_sami=MappingProxyType(sami),
        wellbeing_area=category("wellbeing_area", english=True),
        region=category("region"),
        subregion=category("subregion"),
        language_status=language,
        urban_class=category("urban_class", english=True),
        hospital_district=category("hospital_district"),
    )


def _read_networks(
    text: str, path: Path, municipalities: Mapping[str, Municipality] | None
) -> tuple[Network, ...]:
    """The networks of ``text``; each member is checked against ``municipalities`` (None:
    the file passed every check before)."""
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegisterError(
            "municipalities.syntax", file=str(path), line=exc.lineno, error=exc.msg
        ) from None
    entries = document.get("networks") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise RegisterError(
            "municipalities.network_field", file=str(path), network="–", field="networks"
        )
    networks: list[Network] = []
    seen: set[str] = set()
    for entry in entries:
        ident = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(ident, str) or not ident or ident in seen:
            raise RegisterError(
                "municipalities.network_field", file=str(path), network=ident or "–", field="id"
            )
        seen.add(ident)
        texts: dict[str, dict[str, str]] = {}
        for key in ("name", "description"):
            given = entry.get(key)
            if not isinstance(given, dict) or not all(
                isinstance(given.get(lang), str) and given[lang].strip() for lang in ("fi", "sv")
            ):
                raise RegisterError(
                    "municipalities.network_field", file=str(path), network=ident, field=key
                )
            texts[key] = {lang: str(given.get(lang) or "").strip() for lang in ("fi", "sv", "en")}
        members = entry.get("members")
        if not isinstance(members, dict):
            raise RegisterError(
                "municipalities.network_field", file=str(path), network=ident, field="members"
            )
        if municipalities is not None:
            for code, given_name in members.items():
                _check_member(path, ident, code, given_name, municipalities)
        networks.append(
            Network(
                id=ident,
                name_fi=texts["name"]["fi"],
                name_sv=texts["name"]["sv"],
                name_en=texts["name"]["en"],
                description_fi=texts["description"]["fi"],
                description_sv=texts["description"]["sv"],
                description_en=texts["description"]["en"],
                members=tuple(sorted(members)),
            )
        )
    return tuple(networks)


def _check_member(
    path: Path, network: str, code: str, given: object, municipalities: Mapping[str, Municipality]
) -> None:
    m = municipalities.get(code)
    if m is None:
        raise RegisterError(
            "municipalities.network_member", file=str(path), network=network, code=code
        )
    # The name is for whoever edits the file; checking it catches a valid but wrong code.
    if not isinstance(given, str) or given.strip().casefold() not in {
        m.name_fi.casefold(),
        m.name_sv.casefold(),
    }:
        raise RegisterError(
            "municipalities.network_member_name",
            file=str(path),
            network=network,
            code=code,
            given=given,
            actual=m.name_fi,
        )
