"""The register: every municipality by code and the networks they belong to, read once
per process, and the type-ahead search on their codes and names."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from desktop.i18n import LANGS, InEachLang
from desktop.municipalities.files import read_register
from desktop.municipalities.model import Municipality, Network, RegisterError, UnknownMunicipality
from desktop.paths import resources_dir


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, so "anar" finds "Anár" and "ahtari" Ähtäri."""
    import unicodedata  # only when names are searched (start-up time)

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _names(m: Municipality) -> tuple[str, ...]:
    """Its names, casefolded: in Finnish, Swedish and English, in Sámi, and as a list shows
    them in each language ("Inari – Anár – Aanaar – Aanar")."""
    names = {m.name_fi, m.name_sv, m.name_en, *m.names_sami.values()}
    names.update(m.display_name(lang) for lang in LANGS)
    return tuple(n.casefold() for n in names if n)


# A municipality as a list shows it, its code after its name: "Kangasala (211)".
_LABELLED = re.compile(r"(.*?) ?\((\d{1,3})\)")


class Register:
    """All municipalities by code, and the networks they belong to."""

    def __init__(self, municipalities: Iterable[Municipality], networks: Iterable[Network]) -> None:
        by_code: Mapping[str, Municipality] = {
            m.code: m for m in sorted(municipalities, key=lambda m: m.code)
        }
        self._by_code = by_code
        self._networks = tuple(networks)

    @functools.cached_property
    def _keys(self) -> list[tuple[Municipality, tuple[str, ...], tuple[str, ...]]]:
        """Search keys per municipality, its names exactly and folded: made at the first search."""
        keys = []
        for m in self._by_code.values():
            exact = _names(m)
            keys.append((m, exact, tuple(_fold(n) for n in exact)))
        return keys

    @classmethod
    def load(cls, path: str | Path | None = None, *, checks: Path | None = None) -> Register:
        """The register in directory ``path`` (default: the bundled one), read once per process.

        With ``checks`` (a folder), files that passed every check once are not
        checked again: a file named by the hash of the program's version and of
        both files records that they passed, and each municipality of such
        files is made when it is first asked for (start-up time: a command
        that names one answered municipality reads one row, not 309).
        """
        directory = Path(path) if path is not None else resources_dir() / "municipalities"
        return _load(directory.resolve(), checks)

    @classmethod
    def _of_rows(cls, rows: Mapping[str, Municipality], networks: tuple[Network, ...]) -> Register:
        """The register of ``rows`` as ``read_register`` gives them: by code, in the order of
        their codes, each with its networks (kept as given: some are made when first asked for)."""
        register = cls((), networks)
        register._by_code = rows
        return register

    def get(self, code: str) -> Municipality:
        """The municipality with ``code``; "91" is taken as "091"."""
        key = code.strip()
        if key.isdigit() and len(key) < 3:
            key = key.zfill(3)
        try:
            return self._by_code[key]
        except KeyError:
            raise UnknownMunicipality("municipalities.unknown_code", code=code) from None

    def respondent(self, code: str) -> Municipality:
        """The municipality with ``code`` as one that answers the survey: Åland's are refused."""
        municipality = self.get(code)
        if municipality.outside_reform:
            names = dict.fromkeys((municipality.name_fi, municipality.name_sv))
            raise RegisterError(
                "municipalities.outside_reform", name=" – ".join(names), code=municipality.code
            )
        return municipality

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def named(self, code: str, otherwise: str | None = None) -> InEachLang | str:
        """ "Pargas (445)" in each language; for a code not in the register, ``otherwise``
        (by default the code) and the code."""
        if code in self:
            return self.get(code).named()
        return f"{code if otherwise is None else otherwise} ({code})"

    def __iter__(self) -> Iterator[Municipality]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def networks(self) -> tuple[Network, ...]:
        return self._networks

    def named_whole(self, text: str, *, in_reform: bool = False) -> Municipality | None:
        """The one municipality ``text`` names whole: its code as the command line takes it
        ("91" is 091), a name of it in any language (Sámi too; its letters' accents aside
        when no other has that name so), or its name and code as a list shows them
        ("Kangasala (211)", "Enare – Anár – Aanaar – Aanar (148)", in any language). None
        for anything else: a beginning, a name and a code of different municipalities, a
        name more than one has; with ``in_reform``, Åland's municipalities too.
        """
        query = " ".join(text.split()).casefold()
        labelled = _LABELLED.fullmatch(query)
        name, code = (labelled[1], labelled[2]) if labelled else (query, "")
        if not labelled and query.isdigit():
            name, code = "", query
        if code:
            try:
                m = self.get(code)
            except UnknownMunicipality:
                return None
            named = not name or _fold(name) in {_fold(n) for n in _names(m)}
            return m if named and not (in_reform and m.outside_reform) else None
        if not name:
            return None
        keys = [k for k in self._keys if not (in_reform and k[0].outside_reform)]
        found = {m.code: m for m, exact, _ in keys if name in exact}
        if not found:
            folded = _fold(name)
            found = {m.code: m for m, _, loose in keys if folded in loose}
        return next(iter(found.values())) if len(found) == 1 else None

    def search(self, text: str, limit: int = 10, *, in_reform: bool = False) -> list[Municipality]:
        """Type-ahead on the code and the Finnish, Swedish, English and Sámi names; a
        municipality as a list shows it ("Kangasala (211)") finds that one.

        Prefix matches come before matches inside a name, exact letters
        before matches that ignore accents. ``in_reform`` leaves out Åland's
        municipalities, which do not answer the survey.
        """
        query = text.strip().casefold()
        if not query or limit <= 0:
            return []
        if _LABELLED.fullmatch(" ".join(query.split())):
            labelled = self.named_whole(query, in_reform=in_reform)
            return [] if labelled is None else [labelled]
        folded = _fold(query)
        padded = query.zfill(3) if query.isdigit() else None  # "91" is Helsinki's 091
        ranked: list[tuple[int, str, Municipality]] = []
        for m, exact, loose in self._keys:
            if in_reform and m.outside_reform:
                continue  # not offered where a municipality is chosen to answer for
            if m.code == padded:
                rank = 0
            elif m.code.startswith(query):
                rank = 1
            elif any(k.startswith(query) for k in exact):
                rank = 2
            elif any(k.startswith(folded) for k in loose):
                rank = 3
            elif query in m.code or any(query in k for k in exact):
                rank = 4
            elif any(folded in k for k in loose):
                rank = 5
            else:
                continue
            ranked.append((rank, m.name_fi.casefold(), m))
        ranked.sort(key=lambda r: (r[0], r[1], r[2].code))
        return [m for _, _, m in ranked[:limit]]


@functools.cache
def _load(directory: Path, checks: Path | None = None) -> Register:
    municipalities, networks = read_register(directory, checks)
    return Register._of_rows(municipalities, networks)
