"""Every message of the program: found in the catalogues, in Finnish and Swedish, placeholders kept.

The messages of the core, the workbook and the command line (its help too) live
in one plain-data catalogue per package (``desktop.i18n``); the window's own
texts are in the Qt Linguist files, checked in ``tests/ui/test_languages.py``.
This module walks every module of ``desktop``: it collects each catalogue, checks
each message, checks that every message id the code names exists, and that no
module keeps fi/sv/en texts of its own outside the catalogues.
"""

from __future__ import annotations

import ast
import importlib
import re
import string
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import desktop
from desktop.i18n import HOMES, REQUIRED_LANGS, Catalogue, catalogue, known, text
from desktop.i18n import PARTS as PARTS_OF

PACKAGE = Path(desktop.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))
# What an id looks like: a namespace of HOMES, then dotted lowercase parts.
ID = re.compile(rf"^(?:{'|'.join(map(re.escape, HOMES))})\.[A-Za-z0-9_.]+$")

# Texts in fi/sv/en that are not messages: data the program reads, names of languages.
NOT_MESSAGES = {
    ("desktop/ui/shell/menus.py", "LANGUAGE_NAMES"): "each language named in itself",
    ("desktop/ui/translations.py", "_LOCALES"): "Qt's locale names",
    ("desktop/ui/translations.py", "_QT_GAPS"): "fills Qt's own missing translations",
    ("desktop/municipalities/model.py", None): "the register's names of places",
    ("desktop/collect/aggregate.py", None): "the register's names of groups",
    ("desktop/commands/backup.py", "_YES"): "the words that answer yes",
    ("desktop/export/texts.py", "PDF_LANG"): "the PDF's language tags",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _catalogues() -> tuple[dict[str, Catalogue], dict[str, Catalogue]]:
    """Every package's catalogue (``MESSAGES`` of its ``messages`` module) and the parts a
    catalogue is made of (``MESSAGES`` of the modules of a ``messages`` package), by module
    name, found by walking the package."""
    found: dict[str, Catalogue] = {}
    parts: dict[str, Catalogue] = {}
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = _module_name(path)
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "MESSAGES":
                whole = name.endswith(".messages")
                (found if whole else parts)[name] = importlib.import_module(name).MESSAGES
            # A catalogue in parts puts itself together when first asked for (``__getattr__``).
            elif (
                isinstance(node, ast.FunctionDef)
                and node.name == "__getattr__"
                and name.endswith(".messages")
            ):
                found[name] = importlib.import_module(name).MESSAGES
    return found, parts


CATALOGUES, PARTS = _catalogues()
ALL: dict[str, Mapping[str, str]] = {
    message_id: texts for messages in CATALOGUES.values() for message_id, texts in messages.items()
}


def _fields(said: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(said) if name is not None}


def test_every_package_keeps_one_catalogue_that_the_lookup_finds() -> None:
    assert set(CATALOGUES) == set(HOMES.values())
    for namespace, module in HOMES.items():
        assert catalogue(namespace) is CATALOGUES[module]
    for module, messages in CATALOGUES.items():
        for message_id in messages:
            assert ID.match(message_id), message_id
            assert HOMES[message_id.partition(".")[0]] == module, (message_id, module)
    assert sum(len(m) for m in CATALOGUES.values()) == len(ALL), "an id in two catalogues"
    for part, messages in PARTS.items():
        whole = CATALOGUES[part.rpartition(".")[0]]
        assert messages and all(whole.get(key) is texts for key, texts in messages.items()), part
    for module, messages in CATALOGUES.items():
        in_parts = [p for p in PARTS if p.startswith(f"{module}.")]
        if in_parts:
            assert sum(len(PARTS[p]) for p in in_parts) == len(messages), module


def test_a_catalogue_in_parts_finds_each_id_in_the_part_its_topic_names() -> None:
    for part, messages in PARTS.items():
        if not part.startswith("desktop.commands.messages."):
            continue
        for message_id in messages:
            topic = message_id.split(".")[1]
            assert PARTS_OF.get(topic) == part, (message_id, part)
    assert {p for p in PARTS if p.startswith("desktop.commands.messages.")} == set(
        PARTS_OF.values()
    )


def test_a_command_message_loads_only_its_part() -> None:
    code = (
        "import sys\nfrom desktop.i18n import text\n"
        "text('commands.answers.unanswered', 'sv')\n"
        "print(*sorted(m for m in sys.modules if m.startswith('desktop.commands.messages')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [
        "desktop.commands.messages",
        "desktop.commands.messages.answering",
    ]


@pytest.mark.parametrize("message_id", sorted(ALL))
def test_every_message_in_finnish_and_swedish_with_the_same_placeholders(message_id: str) -> None:
    texts = ALL[message_id]
    assert set(texts) <= {"fi", "sv", "en"}, message_id
    for lang in REQUIRED_LANGS:
        assert texts.get(lang, "").strip(), f"{message_id} lacks {lang}"
    if "en" in texts:
        assert texts["en"].strip(), f"{message_id}: English written empty"
    fields = {lang: _fields(said) for lang, said in texts.items()}
    assert len({frozenset(f) for f in fields.values()}) == 1, (message_id, fields)
    values = {name: 0 for name in fields["fi"]}
    for lang in texts:
        text(message_id, lang, **values)  # type: ignore[arg-type]
    if message_id.endswith("_one"):
        assert known(message_id.removesuffix("_one")), message_id


def _named_ids(path: Path) -> Iterator[tuple[str, bool]]:
    """(id, whole) of every string in ``path`` that looks like a message id; an f-string's
    leading constant part is not ``whole``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
            if ID.match(node.value + "x"):
                # "commands.collect." names the ids that begin so.
                yield node.value, not node.value.endswith(".")
        elif isinstance(node, ast.JoinedStr) and node.values:
            first = node.values[0]
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and ID.match(first.value + "x")
            ):
                yield first.value, False


def test_every_message_id_the_code_names_exists() -> None:
    missing = []
    for path in MODULES:
        if _in_a_catalogue(path):
            continue
        for message_id, whole in _named_ids(path):
            if whole and message_id not in ALL and not _is_a_file_name(message_id):
                missing.append((path.name, message_id))
            if not whole and not any(known_id.startswith(message_id) for known_id in ALL):
                missing.append((path.name, message_id + "…"))
    assert missing == []


def _in_a_catalogue(path: Path) -> bool:
    name = _module_name(path)
    return name in CATALOGUES or name in PARTS


def _is_a_file_name(value: str) -> bool:
    # "survey.json", "export.pdf"… are file names, not messages.
    return value.rsplit(".", 1)[-1] in {"json", "pdf", "py", "csv", "xlsx", "asice", "log"}


def _texts_outside(path: Path) -> Iterator[str | None]:
    """The names of module-level values of ``path`` holding fi/sv texts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if set(REQUIRED_LANGS) <= keys:
                yield _owner(tree, node)


def _owner(tree: ast.Module, target: ast.AST) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and any(
            child is target for child in ast.walk(node)
        ):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            return ast.unparse(targets[0])
    return None


def test_no_module_keeps_texts_of_its_own_outside_the_catalogues() -> None:
    outside = []
    for path in MODULES:
        if _in_a_catalogue(path):
            continue
        relative = path.relative_to(PACKAGE.parent).as_posix()
        for name in _texts_outside(path):
            allowed = (relative, name) in NOT_MESSAGES or (relative, None) in NOT_MESSAGES
            if not allowed:
                outside.append((relative, name))
    assert outside == []


# The front ends: they may say which command or option to use next.
FRONT_ENDS = ("cli", "commands")
COMMAND = re.compile(r"tilannekuva [a-z]|(?<![\w-])--[a-z]")


def test_core_messages_say_what_happened_and_name_no_command() -> None:
    naming = [
        message_id
        for message_id, texts in ALL.items()
        if message_id.partition(".")[0] not in FRONT_ENDS
        and any(COMMAND.search(said) for said in texts.values())
    ]
    assert naming == []


def test_every_message_is_named_by_the_code() -> None:
    # By its whole id, or by the beginning an f-string completes ("survey.problem.{kind}").
    whole: set[str] = set()
    beginnings: set[str] = set()
    for path in MODULES:
        if not _in_a_catalogue(path):
            for message_id, complete in _named_ids(path):
                (whole if complete else beginnings).add(message_id)
    unused = [
        message_id
        for message_id in ALL
        if message_id.removesuffix("_one") not in whole
        and not any(message_id.startswith(beginning) for beginning in beginnings)
    ]
    assert unused == []
