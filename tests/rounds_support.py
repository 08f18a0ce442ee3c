"""Round packages for the tests: a coordinator key, the 2023-1 folder, packages made from it."""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

from desktop.paths import DataPaths, resources_dir
from desktop.rounds.library import DefinitionRefused, add_package, catalog_for
from desktop.rounds.package import pack
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Store
from desktop.survey import shipped_catalog

ROUND_FOLDER = resources_dir() / "rounds" / "2023-1"


@cache
def coordinator_key() -> OrganisationKey:
    return create_key(Organisation("Kuntaliitto", "Helsinki"))


@cache
def stranger_key() -> OrganisationKey:
    return create_key(Organisation("Joku muu", "Tampere"))


def trust(paths: DataPaths, key: OrganisationKey | None = None) -> None:
    """Let ``paths`` accept round packages signed by ``key`` (the coordinator's by default)."""
    paths.root.mkdir(parents=True, exist_ok=True)
    chosen = key or coordinator_key()
    (paths.root / "round-signers.txt").write_text(f"# test\n{chosen.fingerprint}\n", "utf-8")


def folder_copy(tmp_path: Path) -> Path:
    target = tmp_path / "2023-1"
    shutil.copytree(ROUND_FOLDER, target)
    return target


def edit(path: Path, change: Any) -> None:
    document = json.loads(path.read_text("utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")


def files_of(folder: Path) -> dict[str, bytes]:
    """The files a package of ``folder`` holds: its own and the shipped schemas it names."""
    from desktop.rounds.library import check_folder

    return check_folder(folder, shipped_catalog()).files


@cache
def package_2023() -> bytes:
    """The package of resources' 2023-1, signed by the coordinator's key."""
    from desktop.rounds.library import build_package

    data, _ = build_package(ROUND_FOLDER, shipped_catalog(), coordinator_key())
    return data


def signed(files: dict[str, bytes], key: OrganisationKey | None = None) -> bytes:
    """A package of exactly ``files``, unchecked (for the refusals), signed by ``key``."""
    return pack(files, key or coordinator_key())


def round_ids(paths: DataPaths) -> list[str]:
    with Store.open(paths) as store:
        return catalog_for(store).round_ids()


def add(paths: DataPaths, data: bytes) -> Any:
    with Store.open(paths) as store:
        return add_package(store, data, paths)


def answered_2023(paths: DataPaths, out: Path) -> Path:
    """Round 2023-1 added to ``paths``, answered for Espoo, submitted into ``out``: the package."""
    from desktop.rounds.draft import sample_answers
    from desktop.storage import Profile
    from desktop.submission.exporting import export_round
    from desktop.submission.service import Submissions
    from desktop.workbook import Workbook

    trust(paths)
    add(paths, package_2023())
    with Store.open(paths) as store:
        workbook = Workbook(store)
        workbook.save_profile(
            Profile("049", "Maija Meikäläinen", "talousjohtaja", "maija@espoo.fi", "+358 9 81621")
        )
        rnd = workbook.round("2023-1")
        for section_id, answers in sample_answers(rnd, "fi").items():
            for name, value in answers.items():
                if section_id == "background" and name != "networks":
                    continue  # the contact comes from the profile, the municipality too
                workbook.set_json("2023-1", f"/{section_id}/{name}", value)
        workbook.set_json("2023-1", "/staff/staff_groups/0/headcount", 2)
        assert workbook.problems("2023-1") == []
        result = export_round(
            Submissions(workbook),
            "2023-1",
            out,
            key=coordinator_key(),
            lang="fi",
            after_closing=True,
        )
    assert result.package is not None
    return result.package


def forge_added(database: Path, *, round_id: str | None = None, only: str | None = None) -> None:
    """The title of the round package kept in ``database`` changed, so its signature no
    longer holds (what a copied or restored database could hold); ``round_id``: the id its
    row is kept under, when not its own; ``only``: the round whose package is forged, when
    the database keeps several."""
    import io
    import sqlite3
    import zipfile

    conn = sqlite3.connect(database)
    with conn:
        where, chosen = ("WHERE round_id = ?", (only,)) if only else ("", ())
        (package,) = conn.execute(f"SELECT package FROM round_packages {where}", chosen).fetchone()
        source = zipfile.ZipFile(io.BytesIO(package))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as forged:
            for name in source.namelist():
                data = source.read(name)
                if name.startswith("rounds/") and name.endswith(".json"):
                    doc = json.loads(data)
                    doc["title"] = {"fi": "VÄÄRENNETTY", "sv": "FÖRFALSKAD", "en": "FORGED round"}
                    data = json.dumps(doc, ensure_ascii=False).encode()
                forged.writestr(zipfile.ZipInfo(name), data)
        conn.execute(f"UPDATE round_packages SET package = ? {where}", (out.getvalue(), *chosen))
        if round_id is not None:
            conn.execute(f"UPDATE round_packages SET round_id = ? {where}", (round_id, *chosen))
    conn.close()


__all__ = ["DefinitionRefused"]
