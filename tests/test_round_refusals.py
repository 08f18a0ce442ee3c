"""Every bad round package is refused with its reason, and the catalog is unchanged after it."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import cli
from desktop.errors import UserError
from desktop.i18n import LANGS
from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.storage.round_packages import round_packages
from tests.fixtures.hostile import make_hostile
from tests.fixtures.hostile.zipsurgery import entries_of, entry, rezip, with_extra, without
from tests.rounds_support import (
    add,
    edit,
    files_of,
    folder_copy,
    package_2023,
    round_ids,
    signed,
    stranger_key,
    trust,
)

SHIPPED = ["2022-1", "2022-2", "2022-3"]
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    chosen = DataPaths(tmp_path / "data")
    trust(chosen)
    return chosen


def refused(paths: DataPaths, data: bytes) -> UserError:
    """The refusal of ``data``; the catalog and the database are as they were."""
    with pytest.raises(UserError) as raised:
        add(paths, data)
    error = raised.value
    for lang in LANGS:
        assert error.message(lang).strip()
    assert error.message("fi") != error.message("sv")
    assert round_ids(paths) == SHIPPED
    with Store.open(paths) as store:
        assert round_packages(store) == []
    return error


def changed(tmp_path: Path, name: str, change: Callable[[Any], None]) -> dict[str, bytes]:
    folder = folder_copy(tmp_path)
    files = files_of(folder)
    document = json.loads(files[name])
    change(document)
    files[name] = json.dumps(document, ensure_ascii=False, indent=2).encode()
    return files


def test_unknown_signer_is_refused_with_its_fingerprint(paths: DataPaths) -> None:
    stranger = stranger_key()
    data = signed(files_of(folder_copy(paths.root.parent)), stranger)
    error = refused(paths, data)
    assert stranger.fingerprint in error.message("fi")
    assert "does not trust" in error.message("en")
    assert "round-signers.txt" in error.message("sv")


def test_tampered_package_is_refused(paths: DataPaths) -> None:
    original = package_2023()
    items = entries_of(original)
    evil = [
        (info, data.replace(b'"minimum": 0', b'"minimum": 5', 1))
        if info.filename == "sections/premises-7.json"
        else (info, data)
        for info, data in items
    ]
    error = refused(paths, rezip(evil))
    assert "premises-7.json" in error.message("en") and "changed after signing" in error.message(
        "en"
    )


def test_schema_that_fails_the_meta_schema(paths: DataPaths, tmp_path: Path) -> None:
    def slider(document: Any) -> None:
        document["properties"]["area_expected_back"]["x-widget"] = "slider"

    error = refused(paths, signed(changed(tmp_path, "premises-7.json", slider)))
    message = error.message("en")
    assert "premises-7.json /properties/area_expected_back/x-widget" in message
    assert "meta schema" in message


def test_missing_swedish_text(paths: DataPaths, tmp_path: Path) -> None:
    def no_swedish(document: Any) -> None:
        document["properties"]["compensation_applied"]["x-label"]["sv"] = " "

    error = refused(paths, signed(changed(tmp_path, "finances-2.json", no_swedish)))
    assert "finances-2.json /properties/compensation_applied/x-label" in error.message("en")
    assert "sv" in error.message("en")


def test_changes_naming_a_missing_pointer(paths: DataPaths, tmp_path: Path) -> None:
    def wrong(document: Any) -> None:
        document["changes"]["/premises/no_such_question"] = "/premises/area_expected_back"

    error = refused(paths, signed(changed(tmp_path, "2023-1.json", wrong)))
    message = error.message("en")
    assert "2023-1.json /changes/~1premises~1no_such_question" in message
    assert "/premises/no_such_question" in message and "2022-3" in message


def test_changes_pointing_to_a_question_this_round_lacks(paths: DataPaths, tmp_path: Path) -> None:
    def wrong(document: Any) -> None:
        document["changes"]["/premises/area_to_give_up"] = "/premises/nowhere"

    error = refused(paths, signed(changed(tmp_path, "2023-1.json", wrong)))
    assert "/premises/nowhere" in error.message("en")


def test_id_collision_names_the_id_and_both_hashes(paths: DataPaths, tmp_path: Path) -> None:
    folder = folder_copy(tmp_path)
    files = files_of(folder)
    shipped = files["background-2.json"]
    files["background-2.json"] = shipped.replace(b'"fi": "Taustatiedot"', b'"fi": "Tausta"', 1)
    assert files["background-2.json"] != shipped
    message = refused(paths, signed(files)).message("en")
    assert "urn:tilannekuva:section:background:2" in message
    assert hashlib.sha256(shipped).hexdigest() in message
    assert hashlib.sha256(files["background-2.json"]).hexdigest() in message


def test_round_id_that_exists(paths: DataPaths, tmp_path: Path) -> None:
    files = changed(tmp_path, "2023-1.json", lambda d: d.update(id="2022-3", previous="2022-2"))
    files["2022-3.json"] = files.pop("2023-1.json")
    message = refused(paths, signed(files)).message("sv")
    assert "2022-3" in message and "finns redan" in message


def test_previous_round_the_program_does_not_have(paths: DataPaths, tmp_path: Path) -> None:
    files = changed(tmp_path, "2023-1.json", lambda d: d.update(previous="2022-9"))
    message = refused(paths, signed(files)).message("fi")
    assert "2023-1.json /previous" in message and "2022-9" in message


def test_a_package_missing_a_schema_it_names(paths: DataPaths, tmp_path: Path) -> None:
    files = files_of(folder_copy(tmp_path))
    del files["background-2.json"]
    assert "urn:tilannekuva:section:background:2" in refused(paths, signed(files)).message("en")


def test_an_answer_package_is_not_a_round(paths: DataPaths) -> None:
    corpus = make_hostile.Corpus if hasattr(make_hostile, "Corpus") else None
    assert corpus is not None
    answer = (HOSTILE / "other-key.asice").read_bytes()
    assert "answer package" in refused(paths, answer).message("en")


def _round_hostile() -> dict[str, bytes]:
    """The answer packages' kinds of hostile zip, cut from a round package."""
    p = package_2023()
    first, *rest = entries_of(p)
    deep = b'{"a":' * 200 + b"1" + b"}" * 200
    return {
        "traversal": with_extra(p, "sections/../../evil.json", b"{}"),
        "absolute": with_extra(p, "/etc/evil.json", b"{}"),
        "extra member": with_extra(p, "evil.exe", b"MZ"),
        "deep json": rezip([*entries_of(p)[:-2], (entry("sections/deep-1.json"), deep)]),
        "missing signature": without(p, "META-INF/signature001.p7s"),
        "wrong mimetype": rezip([(first[0], b"application/zip"), *rest]),
        "mimetype not first": rezip([rest[0], first, *rest[1:]]),
        "zip bomb": rezip([first, (entry("sections/bomb-1.json"), b" " * (8 << 20))]),
        "truncated": p[: len(p) // 2],
        "empty": b"",
        "prefixed": b"MZ" + bytes(510) + p,
        "compressed mimetype": rezip([(entry("mimetype", zipfile.ZIP_DEFLATED), first[1]), *rest]),
    }


@pytest.mark.parametrize("kind", sorted(_round_hostile()))
def test_hostile_round_packages_are_refused(paths: DataPaths, kind: str) -> None:
    refused(paths, _round_hostile()[kind])


CORPUS = sorted(
    path
    for path in HOSTILE.iterdir()
    if path.is_file() and path.name not in make_hostile.META_FILES
)


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_the_answer_packages_hostile_corpus_is_refused(paths: DataPaths, path: Path) -> None:
    refused(paths, path.read_bytes())


def test_refusal_on_the_command_line_is_a_message(
    tmp_path: Path, paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "stranger.tkround"
    target.write_bytes(signed(files_of(folder_copy(tmp_path)), stranger_key()))
    code = cli.main(["--data-dir", str(paths.root), "--lang", "en", "round", "add", str(target)])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_REFUSED
    assert stranger_key().fingerprint in err and "Traceback" not in err + out
    assert round_ids(paths) == SHIPPED


def test_round_check_lists_every_problem_with_file_and_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_copy(tmp_path)
    edit(folder / "premises-7.json", lambda d: d["properties"]["area_expected_back"].pop("x-label"))
    edit(folder / "2023-1.json", lambda d: d["changes"].update({"/staff/gone": None}))
    code = cli.main(["--lang", "en", "round", "check", str(folder), "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "premises-7.json /properties/area_expected_back" in out
    # The manifest's problems are told at the same time, while the schema is broken.
    assert "2023-1.json /changes/~1staff~1gone" in out
    assert not (tmp_path / "2023-1-draft-empty.pdf").exists()


def test_round_build_refuses_a_broken_folder_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_copy(tmp_path)
    edit(folder / "2023-1.json", lambda d: d.update(previous="2021-1"))
    from desktop.signing.keys import to_pkcs12
    from tests.rounds_support import coordinator_key

    key_file = tmp_path / "key.p12"
    key_file.write_bytes(to_pkcs12(coordinator_key(), None))
    out = tmp_path / "out.tkround"
    args = [
        "--lang",
        "en",
        "round",
        "build",
        str(folder),
        "--out",
        str(out),
        "--key",
        str(key_file),
    ]
    assert cli.main(args) == cli.EXIT_REFUSED
    assert "2021-1" in capsys.readouterr().err
    assert not out.exists()


@settings(max_examples=40, deadline=None)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_flipped_bit_is_refused_with_a_message_or_changes_nothing(
    position: int, bit: int
) -> None:
    """A package damaged anywhere is refused with a message; nothing else escapes."""
    original = package_2023()
    damaged = bytearray(original)
    damaged[position % len(original)] ^= 1 << bit
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        trust(paths)
        try:
            added = add(paths, bytes(damaged))
        except UserError as error:
            assert error.message("sv").strip()
            assert round_ids(paths) == SHIPPED
        else:
            # A bit the format does not read (a header's timestamp) changes nothing that counts.
            assert added.round.sha256 == _manifest_sha()


def _manifest_sha() -> str:
    with zipfile.ZipFile(io.BytesIO(package_2023())) as archive:
        return hashlib.sha256(archive.read("rounds/2023-1.json")).hexdigest()


def test_a_folder_file_too_deep_for_the_reader_is_refused_by_round_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_copy(tmp_path)
    (folder / "finances-2.json").write_bytes(b"[" * 500 + b"]" * 500)
    code = cli.main(["--lang", "en", "round", "check", str(folder), "--out", str(tmp_path)])
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_REFUSED
    assert "finances-2.json" in err and "Traceback" not in err
