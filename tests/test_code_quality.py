"""The project's own rules, checked with every test run: ruff, mypy --strict, import contracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is installed with the test extras"
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)


def test_ruff_lint() -> None:
    proc = _run(_tool("ruff"), "check", "--output-format", "concise", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format() -> None:
    proc = _run(_tool("ruff"), "format", "--check", "desktop", "benchmarks")
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_mypy_strict_on_the_whole_program() -> None:
    proc = _run(_tool("mypy"))  # the files and strictness are set in pyproject.toml
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_only_the_ui_imports_qt() -> None:
    proc = _run(_tool("lint-imports"), "--no-cache")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_part_of_the_program_has_its_place_in_the_layers() -> None:
    """A new package or top-level module must be given its layer, so its imports are checked."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layers,) = [c for c in contracts if c["type"] == "layers" and "containers" not in c]
    named = {
        name.strip() for layer in layers["layers"] for name in layer.replace(":", "|").split("|")
    }
    desktop = REPO / "desktop"
    parts = {
        f"desktop.{path.stem}"
        for path in desktop.iterdir()
        if (path.suffix == ".py" and path.stem not in ("__init__", "__main__"))
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert parts - named == set(), "give these a layer in pyproject.toml"
    assert named - parts == set(), "these layers name nothing that exists"
