"""Round packages kept in the database are verified before they are used: a restored backup
or a copied database cannot add a round "signed by" the organisers that they never signed.
A package that fails is not offered (the round is told as unavailable, with the reason) and
nothing is deleted; the signer shown is the one of the verified signature. A package
verified once is remembered, so ``rounds`` loads no signature library at the next start."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.digests import sha256_hex

ORGANISERS = "96E3 6F1F 068B CCF0 9A8A D0E3 09EA 8022 3350 B12E 0E45 A84D D654 B467 BA3C EE3B"
ADDED = "2023-1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(root), "demo"]) == 0
    (root / "tilannekuva.lock").unlink(missing_ok=True)
    shutil.rmtree(root / "cache", ignore_errors=True)  # nothing remembered
    return root


def _copy(demo: Path, to: Path) -> Path:
    shutil.copytree(demo, to)
    return to


def _forge(database: Path) -> None:
    """The added round's title changed (its signature no longer holds), said to be signed by
    the organisers."""
    conn = sqlite3.connect(database)
    with conn:
        (package,) = conn.execute("SELECT package FROM round_packages").fetchone()
        source = zipfile.ZipFile(io.BytesIO(package))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as forged:
            for name in source.namelist():
                data = source.read(name)
                if name == f"rounds/{ADDED}.json":
                    doc = json.loads(data)
                    doc["title"] = {"fi": "VÄÄRENNETTY", "sv": "FÖRFALSKAD", "en": "FORGED round"}
                    data = json.dumps(doc, ensure_ascii=False).encode()
                forged.writestr(zipfile.ZipInfo(name), data)
        made = out.getvalue()
        conn.execute(
            "UPDATE round_packages SET package = ?, package_sha256 = ?, signer_fingerprint = ?, "
            "signer_name = ?",
            (made, sha256_hex(made), ORGANISERS, "Valtiovarainministeriö"),
        )
    conn.close()


def _run(
    capsys: pytest.CaptureFixture[str], root: Path, lang: str, *args: str
) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(root), "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _packages(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute("SELECT count(*) FROM round_packages").fetchone()[0])
    finally:
        conn.close()


def test_a_forged_round_in_a_copied_database_is_not_offered_and_not_deleted(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "data")
    _forge(root / "tilannekuva.sqlite")
    for lang, unavailable in (
        ("en", "unavailable"),
        ("fi", "ei ole käytettävissä"),
        ("sv", "inte tillgänglig"),
    ):
        code, out, err = _run(capsys, root, lang, "rounds")
        assert code == 0, err
        assert "FORGED" not in out and "VÄÄRENNETTY" not in out and "FÖRFALSKAD" not in out
        assert "Valtiovarainministeriö" not in out
        assert ADDED in err and unavailable in err, err
    code, _out, err = _run(capsys, root, "en", "show", ADDED)
    assert code == 2 and "Program error" not in err
    assert _packages(root / "tilannekuva.sqlite") == 1  # nothing deleted


def test_a_backup_holding_a_forged_round_is_refused_at_restore(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _copy(demo, tmp_path / "bad") / "tilannekuva.sqlite"
    _forge(bad)
    here = _copy(demo, tmp_path / "here")
    before = (here / "tilannekuva.sqlite").read_bytes()
    for lang, said in (
        ("en", "was not restored: the signature"),
        ("fi", "ei palautettu: sen kierroksen"),
        ("sv", "återställdes inte: signaturen"),
    ):
        code, _out, err = _run(capsys, here, lang, "backup", "restore", str(bad), "--yes")
        assert code == 2, err
        assert said in err and ADDED in err
    assert (here / "tilannekuva.sqlite").read_bytes() == before


def test_the_signer_shown_is_the_one_of_the_signature_not_of_the_table(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "data")
    conn = sqlite3.connect(root / "tilannekuva.sqlite")
    with conn:
        conn.execute(
            "UPDATE round_packages SET signer_fingerprint = ?, signer_name = ?",
            (ORGANISERS, "Valtiovarainministeriö"),
        )
    conn.close()
    for _ in range(2):  # verified, then remembered
        code, out, err = _run(capsys, root, "en", "rounds")
        assert code == 0, err
        assert "Valtiovarainministeriö" not in out and ORGANISERS not in out
        assert "signed by Kuntaliitto (demo)" in out


def test_a_package_verified_once_loads_no_signature_library_at_the_next_start(
    demo: Path, tmp_path: Path
) -> None:
    root = _copy(demo, tmp_path / "data")
    code = f"""
import contextlib, io, sys
from desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()) as said:
    assert main(["--data-dir", {str(root)!r}, "rounds"]) == 0
assert {ADDED!r} in said.getvalue() and "signed by" in said.getvalue()
print("\\n".join(sys.modules))
"""

    def loaded() -> set[str]:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "TILANNEKUVA_LANG": "en"},
        )
        return set(done.stdout.split())

    first = loaded()
    assert {"pyhanko", "cryptography"} & first  # verified the first time
    again = loaded()
    heavy = {m for m in again if m.split(".")[0] in ("pyhanko", "cryptography", "asn1crypto")}
    assert not heavy, sorted(heavy)


def test_a_remembered_package_is_verified_again_once_its_signer_is_no_longer_trusted(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "data")
    code, out, _err = _run(capsys, root, "en", "rounds")
    assert "signed by Kuntaliitto (demo)" in out
    (root / "round-signers.txt").write_text(ORGANISERS + "\n", "utf-8")
    code, out, err = _run(capsys, root, "en", "rounds")
    assert code == 0 and "Kuntaliitto" not in out
    assert ADDED in err and "unavailable" in err
