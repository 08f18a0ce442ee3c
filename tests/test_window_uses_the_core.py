"""The window reaches the answers through the workbook and the submission service only.

No module of the window touches a store (``workbook.store``, ``service.store``)
or opens a database connection of its own: what it shows is asked of the
core, so a rule about the answers has one home.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "desktop" / "ui"


def _reaching_into_a_store(source: str) -> list[int]:
    """Lines where a ``.store`` attribute is used as a thing, not called as a method
    (the form's session has a ``store(pointer, value)`` method of its own)."""
    tree = ast.parse(source)
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "store" and id(node) not in called
    ]


def _imports_sqlite(source: str) -> bool:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            return True
    return False


def test_no_module_of_the_window_touches_the_store_or_the_database() -> None:
    found = {}
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = _reaching_into_a_store(source)
        if _imports_sqlite(source):
            lines.append(0)
        if lines:
            found[str(path.relative_to(UI))] = lines
    assert found == {}


def test_the_check_sees_a_store_reached_into() -> None:
    assert _reaching_into_a_store("locked = self.workbook.store.is_locked(r)") == [1]
    assert _reaching_into_a_store("store = workbook.store") == [1]
    assert _reaching_into_a_store("self.session.store(pointer, value)") == []
    assert _imports_sqlite("import sqlite3")
    assert _imports_sqlite("from sqlite3 import connect")
