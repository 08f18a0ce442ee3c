"""The licences of what the program is made of, for the About box.

The program's own parts (its code, the fonts, the municipality register)
are listed here; every library comes from its installed distribution's
metadata. A bundle carries the list as written at build time
(``desktop/_data/licences.json``, made by the PyInstaller spec from the
distributions it actually collected); a program run from an installed
package reads the metadata of its dependencies when asked.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from desktop.paths import package_data_dir

LICENCES_FILE: Final = "licences.json"
PROGRAM_DISTRIBUTION: Final = "tilannekuva"
QT_DISTRIBUTIONS: Final = frozenset({"pyside6-essentials", "pyside6", "shiboken6"})
# Wheels that are build or install tools, never imported by the program.
_TOOLS: Final = frozenset({"pip", "setuptools", "wheel"})


@dataclass(frozen=True)
class Licence:
    """One part of the program and the terms it comes under."""

    name: str
    version: str
    licence: str
    source: str = ""  # where its source or the data comes from

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Licence:
        return cls(data["name"], data["version"], data["licence"], data.get("source", ""))


# The parts that are not Python distributions.
FONTS = Licence(
    "DejaVu Sans",
    "2.37",
    "Bitstream Vera Fonts licence and Arev Fonts licence; DejaVu changes public domain",
    "https://dejavu-fonts.github.io/",
)
REGISTER = Licence(
    "Municipality register 2022 (Statistics Finland)",
    "2022",
    "CC-BY-4.0 — Source: Statistics Finland",
    "https://www.stat.fi/en/luokitukset",
)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, name: str) -> str:
    """A metadata field, empty when missing (``get_all`` never warns about a missing key)."""
    values = dist.metadata.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The distribution's licence: its SPDX expression, its short licence field or classifier."""
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    field = _field(dist, "License").strip()
    if field and "\n" not in field and len(field) <= 60:
        return field
    classifiers = [
        c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    if classifiers:
        return " / ".join(classifiers)
    return field.splitlines()[0][:60] if field else "?"


# Project-URL labels that name where the source is, most telling first.
_SOURCE_LABELS: Final = ("source", "source code", "repository", "code", "homepage", "home")


def source_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        urls.setdefault(label.strip().lower(), url.strip())
    for label in _SOURCE_LABELS:
        if urls.get(label):
            return urls[label]
    return _field(dist, "Home-page")


def describe(dist: metadata.Distribution) -> Licence:
    return Licence(_field(dist, "Name"), dist.version, licence_of(dist), source_of(dist))


def installed_dependencies(root: str = PROGRAM_DISTRIBUTION) -> list[Licence]:
    """Every distribution ``root`` needs to run, found through the installed metadata."""
    from packaging.requirements import Requirement

    seen: dict[str, metadata.Distribution] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        key = normalise(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            parsed = Requirement(requirement)
            if parsed.marker is None or parsed.marker.evaluate({"extra": ""}):
                waiting.append(parsed.name)
    seen.pop(normalise(root), None)
    return sorted(
        (describe(dist) for key, dist in seen.items() if key not in _TOOLS),
        key=lambda item: item.name.lower(),
    )


def write_licences(target: Path, libraries: list[Licence]) -> Path:
    """The list a bundle carries, written at build time."""
    target.write_text(
        json.dumps([asdict(item) for item in libraries], ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    return target


def libraries() -> list[Licence]:
    """The libraries of this program: the bundle's list, or the installed metadata."""
    shipped = package_data_dir() / LICENCES_FILE
    if shipped.is_file():
        data = json.loads(shipped.read_text(encoding="utf-8"))
        return [Licence.from_dict(item) for item in data]
    return installed_dependencies()


def is_qt(item: Licence) -> bool:
    return normalise(item.name) in QT_DISTRIBUTIONS
