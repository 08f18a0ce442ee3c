"""A kept round package that no longer verifies is replaced by adding the genuine one again.

The window and ``rounds`` tell a round whose kept package fails its check
("nothing was deleted"); adding the round's package again is how the user
mends it, and the audit log says which package replaced which.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.digests import sha256_hex
from desktop.errors import UserError
from desktop.paths import DataPaths
from desktop.rounds.library import Unavailable, catalog_for
from desktop.storage import Store
from desktop.storage.round_packages import round_packages
from tests.rounds_support import add, forge_added, package_2023, stranger_key, trust


def _kept(paths: DataPaths) -> bytes:
    with Store.open(paths) as store:
        (kept,) = round_packages(store)
    return kept.package


def test_adding_the_genuine_package_replaces_a_forged_kept_copy(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    forge_added(paths.database)
    forged = _kept(paths)
    with Store.open(paths) as store:
        (told,) = [p for p in catalog_for(store).problems if isinstance(p, Unavailable)]
    assert "replaces the kept one" in told.message("en")  # the way to mend it, as done here
    added = add(paths, package_2023())
    assert added.stored and added.round.id == "2023-1"
    assert _kept(paths) == package_2023()
    with Store.open(paths) as store:
        catalog = catalog_for(store)
        assert "2023-1" in catalog.round_ids() and not catalog.problems
        entry = next(e for e in store.audit_log() if e.pointer == "/round_package")
    assert (entry.old, entry.new) == (sha256_hex(forged), sha256_hex(package_2023()))


def test_the_command_line_mends_the_round(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    forge_added(paths.database)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    args = ["--data-dir", str(paths.root), "--lang", "en"]
    assert main([*args, "round", "add", str(package)]) == 0
    assert _kept(paths) == package_2023()


def test_a_package_of_an_untrusted_signer_replaces_nothing(tmp_path: Path) -> None:
    from desktop.rounds.library import build_package
    from desktop.survey import shipped_catalog
    from tests.rounds_support import ROUND_FOLDER

    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    forge_added(paths.database)
    forged = _kept(paths)
    stranger, _ = build_package(ROUND_FOLDER, shipped_catalog(), stranger_key())
    with pytest.raises(UserError):  # refused as any package of a signer not trusted
        add(paths, stranger)
    assert _kept(paths) == forged
