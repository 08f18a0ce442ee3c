"""The command line names a municipality in the user's language (Pargas, not Parainen, in
Swedish and English)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from tests.parainen_package import parainen_key, parainen_package

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return parainen_package(tmp_path_factory.mktemp("pargas"), parainen_key())


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(tmp_path / "coordinator"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_verify_names_the_municipality_in_the_users_language(run: Run, package: Path) -> None:
    code, out, _ = run("--lang", "sv", "verify", str(package))
    assert code == 0, out
    assert "Bekräfta fingeravtrycket" in out and "med Pargas (445)" in out
    assert "Parainen (445)" not in out  # the signer names itself as its certificate does
    code, out, _ = run("--lang", "en", "verify", str(package))
    assert "with Pargas (445)" in out and "Parainen (445)" not in out
    code, out, _ = run("verify", str(package))
    assert "kunnalta Parainen (445)" in out


def test_the_trust_register_names_the_municipality_in_the_users_language(
    run: Run, package: Path
) -> None:
    code, out, err = run("--lang", "sv", "trust", "add", "445", "CC66 " * 15 + "CC66")
    assert code == 0, err
    assert "Pargas" in out and "Parainen" not in out
    code, out, _ = run("--lang", "sv", "verify", str(package))
    assert code == 1, out
    assert "Pargas (445)" in out and "Parainen (445)" not in out


def test_collect_names_the_municipality_in_the_users_language(
    run: Run, package: Path, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / package.name).write_bytes(package.read_bytes())
    # Collected before any key is registered, then again with another key registered.
    for registering in (False, True):
        if registering:
            assert run("trust", "add", "445", "CC66 " * 15 + "CC66")[0] == 0
        _, out, err = run("--lang", "sv", "collect", "2022-1", str(inbox), "--workers", "1")
        told = out + err
        assert "Pargas (445)" in told, told
        assert "Parainen (445)" not in told
