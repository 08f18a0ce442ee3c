"""The municipality register: the bundled data, search, and errors in broken files."""

from __future__ import annotations

import ast
import csv
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.errors import UserError
from desktop.municipalities import (
    CSV_NAME,
    NETWORKS_NAME,
    Register,
    RegisterError,
    UnknownMunicipality,
)
from desktop.municipalities.register import _load
from desktop.paths import resources_dir

DATA_DIR = resources_dir() / "municipalities"
NETWORK_IDS = {"frame_municipalities", "regional_towns", "small_municipalities"}


@pytest.fixture(scope="module")
def register() -> Register:
    return Register.load()


def _csv_rows() -> list[dict[str, str]]:
    with (DATA_DIR / CSV_NAME).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _copy_data(tmp_path: Path) -> Path:
    for name in (CSV_NAME, NETWORKS_NAME):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def test_all_309_load_with_unique_three_digit_codes(register: Register) -> None:
    codes = [m.code for m in register]
    assert len(register) == 309
    assert len(set(codes)) == 309
    assert all(len(c) == 3 and c.isdigit() for c in codes)
    assert codes == sorted(codes)


def test_register_is_read_once_per_process(register: Register) -> None:
    assert Register.load() is register
    assert Register.load(DATA_DIR) is register


def test_helsinki(register: Register) -> None:
    helsinki = register.get("091")
    assert helsinki.name_fi == "Helsinki"
    assert helsinki.name_sv == "Helsingfors"
    assert helsinki.display_name("sv") == "Helsingfors"
    assert helsinki.wellbeing_area.code == "90"
    assert helsinki.organises_own_services
    assert not helsinki.outside_reform
    assert helsinki.bilingual
    assert helsinki.survey_lang == "fi"  # bilingual, Finnish majority
    assert register.get("91") is helsinki


def test_aland_is_outside_the_reform(register: Register) -> None:
    mariehamn = register.get("478")
    assert mariehamn.outside_reform
    assert mariehamn.wellbeing_area.code == "91"
    assert mariehamn.survey_lang == "sv"


def test_kangasala(register: Register) -> None:
    kangasala = register.get("211")
    assert kangasala.display_name("fi") == "Kangasala"
    assert kangasala.display_name("sv") == "Kangasala"
    assert kangasala.region.name("fi") == "Pirkanmaa"
    assert kangasala.region.name("en") == "Pirkanmaa"  # no English names: Finnish stands in
    assert "frame_municipalities" in kangasala.networks


def test_inari_sami_names(register: Register) -> None:
    inari = register.get("148")
    assert inari.names_sami["smn"] == "Aanaar"
    assert inari.names_sami["se"] == "Anár"
    assert any("á" in name for name in inari.names_sami.values())
    shown = inari.display_name("fi")
    assert shown.startswith("Inari")
    assert "Anár" in shown and "Aanaar" in shown
    assert register.get("091").names_sami == {}


def test_sami_homeland_has_four_municipalities_with_sami_names(register: Register) -> None:
    assert {m.name_fi for m in register if m.names_sami} == {
        "Enontekiö",
        "Inari",
        "Sodankylä",
        "Utsjoki",
    }


def test_bilingual_count_is_what_the_data_says(register: Register) -> None:
    # Statistics Finland's language status: 1 and 3 are the bilingual municipalities.
    from_csv = [r for r in _csv_rows() if r["language_code"] in {"1", "3"}]
    assert len(from_csv) == 33
    assert sum(m.bilingual for m in register) == 33
    swedish_majority = [m for m in register if m.bilingual and m.survey_lang == "sv"]
    assert len(swedish_majority) == 15
    assert register.get("499").survey_lang == "sv"  # Mustasaari / Korsholm


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kang", "Kangasala"),
        ("KANG", "Kangasala"),
        ("helsingfors", "Helsinki"),
        ("aanaar", "Inari"),
        ("anár", "Inari"),
        ("Anar", "Inari"),
        ("211", "Kangasala"),
        ("91", "Helsinki"),
        ("ahtari", "Ähtäri"),
        ("åbo", "Turku"),
    ],
)
def test_search_finds_first(register: Register, text: str, expected: str) -> None:
    found = register.search(text, limit=5)
    assert found, text
    assert found[0].name_fi == expected


def test_search_puts_prefix_before_substring(register: Register) -> None:
    found = [m.name_fi for m in register.search("joki", limit=50)]
    assert found[0] == "Jokioinen"  # the only name beginning with "joki"
    assert "Eurajoki" in found


def test_search_limit_and_blank(register: Register) -> None:
    assert len(register.search("a", limit=3)) == 3
    assert register.search("   ") == []
    assert register.search("kang", limit=0) == []
    assert register.search("xyzzy") == []


def test_unknown_code_message(register: Register) -> None:
    with pytest.raises(UnknownMunicipality) as caught:
        register.get("999")
    error = caught.value
    assert isinstance(error, UserError)
    assert error.message("fi") == "Kuntanumeroa 999 ei ole kuntarekisterissä."
    assert error.message("sv") == "Kommunnumret 999 finns inte i kommunregistret."
    assert "999" in error.message("en")


def test_networks(register: Register) -> None:
    networks = register.networks()
    assert {n.id for n in networks} == NETWORK_IDS
    for network in networks:
        assert network.name("fi") and network.name("sv") and network.name("en")
        assert network.description("fi") and network.description("sv")
        assert network.members
        for code in network.members:
            assert code in register
            assert network.id in register.get(code).networks
    frame = next(n for n in networks if n.id == "frame_municipalities")
    assert frame.name_fi == "Kehyskuntaverkosto"
    assert frame.name_sv == "Kranskommunnätverket"
    assert "211" in frame.members


def test_broken_csv_names_file_and_line(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    lines = (data / CSV_NAME).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = "12X," + lines[4].split(",", 1)[1]  # line 5: a code that is not three digits
    (data / CSV_NAME).write_text("".join(lines), encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        Register.load(data)
    message = caught.value.message("fi")
    assert str(data / CSV_NAME) in message
    assert "rivillä 5" in message and "12X" in message
    assert "rad 5" in caught.value.message("sv")
    assert "line 5" in caught.value.message("en")


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ("code,name_fi\n005,Alajärvi\n", "columns"),
        (None, "field_count"),
        (None, "duplicate_code"),
        (b"\xff\xfe garbage", "encoding"),
    ],
)
def test_malformed_csv_is_a_user_error(
    tmp_path: Path, content: str | bytes | None, key: str
) -> None:
    data = _copy_data(tmp_path)
    path = data / CSV_NAME
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    else:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if key == "field_count":
            lines[2] = lines[2].rstrip("\n") + ",extra\n"
        else:
            lines.append(lines[1])
        path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        Register.load(data)
    assert caught.value.key == f"municipalities.{key}"
    assert str(path) in caught.value.message("sv")


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(RegisterError) as caught:
        Register.load(tmp_path)
    assert caught.value.key == "municipalities.unreadable"
    assert CSV_NAME in caught.value.message("fi")


def _edit_networks(data: Path, edit: str) -> Path:
    path = data / NETWORKS_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    frame = document["networks"][0]
    if edit == "unknown_member":
        frame["members"]["999"] = "Olematon"
    elif edit == "wrong_name":
        frame["members"]["211"] = "Kangasniemi"
    elif edit == "no_members":
        del frame["members"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        ("unknown_member", "network_member"),
        ("wrong_name", "network_member_name"),
        ("no_members", "network_field"),
    ],
)
def test_broken_networks_file(tmp_path: Path, edit: str, key: str) -> None:
    path = _edit_networks(_copy_data(tmp_path), edit)
    with pytest.raises(RegisterError) as caught:
        Register.load(tmp_path)
    assert caught.value.key == f"municipalities.{key}"
    assert str(path) in caught.value.message("fi")
    assert "frame_municipalities" in caught.value.message("fi")


def test_networks_json_syntax_error_names_line(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / NETWORKS_NAME).write_text('{\n  "networks": [\n    {,\n', encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        Register.load(data)
    assert caught.value.key == "municipalities.syntax"
    assert "rivillä 3" in caught.value.message("fi")


# The two modules that load the register and hand it out: the official's side and the
# coordinator's. Everything else (widgets included) is given it.
REGISTER_OWNERS = {"desktop/workbook.py", "desktop/collect/desk.py"}


def _register_loads(source: str) -> list[int]:
    """The lines naming ``Register.load`` (called, or handed on to be called later)."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr == "load"
        and isinstance(node.value, ast.Name)
        and node.value.id == "Register"
    )


def test_the_register_is_loaded_only_by_its_two_owners() -> None:
    root = Path(desktop.__file__).parent
    found: dict[str, list[int]] = {}
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root.parent).as_posix()
        if name != "desktop/municipalities/register.py" and (
            lines := _register_loads(path.read_text())
        ):
            found[name] = lines
    strays = {name: lines for name, lines in found.items() if name not in REGISTER_OWNERS}
    assert not strays, f"get the register from the workbook or the coordinator's desk: {strays}"
    assert set(found) == REGISTER_OWNERS  # the scan sees the owners' own loading
    assert _register_loads("f(register=Register.load)\nRegister.load()") == [1, 2]


def test_every_class_is_the_one_its_row_names() -> None:
    register = Register.load()
    path = resources_dir() / "municipalities" / "municipalities-2022.csv"
    attributes = {"language": "language_status"}
    prefixes = ("wellbeing_area", "region", "subregion", "language", "urban_class")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(register)
    for row in rows:
        municipality = register.get(row["code"])
        for prefix in (*prefixes, "hospital_district"):
            category = getattr(municipality, attributes.get(prefix, prefix))
            given = (row[f"{prefix}_code"], row[f"{prefix}_fi"], row[f"{prefix}_sv"])
            assert (category.code, category.name_fi, category.name_sv) == tuple(
                value.strip() for value in given
            )
            assert category.name_en == row.get(f"{prefix}_en", "").strip()


def _copied_register(tmp_path: Path) -> Path:
    folder = tmp_path / "municipalities"
    folder.mkdir()
    for name in ("municipalities-2022.csv", "networks.json"):
        source = resources_dir() / "municipalities" / name
        (folder / name).write_bytes(source.read_bytes())
    return folder


def test_a_register_that_passed_its_checks_reads_the_same(tmp_path: Path) -> None:
    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    checked = Register.load(folder, checks=checks)  # checked, and remembered
    assert [p.name.startswith("register-") for p in checks.iterdir()] == [True]
    _load.cache_clear()  # as the next start reads it
    trusted = Register.load(folder, checks=checks)
    assert trusted is not checked
    assert type(trusted._by_code).__name__ == "_RowsByCode"  # each made when first asked for
    assert trusted.get("211") == checked.get("211")
    assert trusted.get("91").display_name("sv") == checked.get("091").display_name("sv")
    assert "091" in trusted and "999" not in trusted and len(trusted) == len(checked) == 309
    assert list(trusted) == list(checked)
    assert trusted.networks() == checked.networks()
    assert trusted.search("kanga") == checked.search("kanga")
    with pytest.raises(UnknownMunicipality):
        trusted.get("999")


def test_a_changed_register_is_checked_again(tmp_path: Path) -> None:
    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    Register.load(folder, checks=checks)
    csv_path = folder / "municipalities-2022.csv"
    csv_path.write_text(csv_path.read_text("utf-8").replace("\n211,", "\n21x,", 1), "utf-8")
    _load.cache_clear()
    with pytest.raises(RegisterError) as caught:
        Register.load(folder, checks=checks)
    assert "code" in caught.value.message("en")


def test_a_register_that_passed_its_checks_is_read_without_the_csv_reader(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    Register.load(folder, checks=checks)
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop.municipalities import Register\n"
        f"r = Register.load(Path({str(folder)!r}), checks=Path({str(checks)!r}))\n"
        "print(r.get('445').display_name('sv'), 'csv' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["Pargas", "False"]


def test_a_damaged_record_of_the_check_only_means_checking_again(tmp_path: Path) -> None:
    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    checked = Register.load(folder, checks=checks)
    (record,) = checks.iterdir()
    record.write_text('{"header": ["code"], "rows": {"211": ', "utf-8")  # cut short
    _load.cache_clear()
    again = Register.load(folder, checks=checks)
    assert again.get("211") == checked.get("211") and len(again) == 309
    _load.cache_clear()
    assert Register.load(folder, checks=checks).get("445") == checked.get("445")  # kept anew


def _cut(kept: dict[str, Any]) -> None:
    kept["rows"]["211"][0] = kept["rows"]["211"][0][:5]  # a row cut short (a disk fault)


def _longer(kept: dict[str, Any]) -> None:
    kept["rows"]["211"][0].append("extra")


def _not_text(kept: dict[str, Any]) -> None:
    kept["rows"]["211"][0][0] = 7


def _line_not_a_number(kept: dict[str, Any]) -> None:
    kept["rows"]["211"][1] = "x"


def _row_gone(kept: dict[str, Any]) -> None:
    kept["rows"]["211"] = None


def _rows_not_by_code(kept: dict[str, Any]) -> None:
    kept["rows"] = list(kept["rows"].values())


def _column_gone(kept: dict[str, Any]) -> None:
    kept["header"].pop()


def _column_renamed(kept: dict[str, Any]) -> None:
    kept["header"][0] = "no_such_column"


def _cell(kept: dict[str, Any], code: str, column: str, value: str) -> None:
    kept["rows"][code][0][kept["header"].index(column)] = value


def _value_refused(kept: dict[str, Any]) -> None:
    _cell(kept, "211", "wellbeing_area_code", "zz")  # as the check of the CSV refuses it


def _other_code(kept: dict[str, Any]) -> None:
    _cell(kept, "211", "code", "999")  # kept under its own code, saying another


def _moved_to_other_code(kept: dict[str, Any]) -> None:
    kept["rows"]["999"] = kept["rows"].pop("211")
    _cell(kept, "999", "code", "999")


def _networks_not_json(kept: dict[str, Any]) -> None:
    kept["networks"] = kept["networks"][:-5]


def _network_member_gone(kept: dict[str, Any]) -> None:
    member = json.loads(kept["networks"])["networks"][0]["members"]
    del kept["rows"][next(iter(member))]


def _rewrite(record: Path, damage: Callable[[dict[str, Any]], None]) -> None:
    kept = json.loads(record.read_text("utf-8"))
    damage(kept)
    record.write_text(json.dumps(kept, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        _cut,
        _longer,
        _not_text,
        _line_not_a_number,
        _row_gone,
        _rows_not_by_code,
        _column_gone,
        _column_renamed,
        _value_refused,
        _other_code,
        _moved_to_other_code,
        _networks_not_json,
        _network_member_gone,
    ],
)
def test_a_record_of_the_check_that_reads_but_is_damaged_means_checking_again(
    tmp_path: Path, damage: Callable[[dict[str, Any]], None]
) -> None:
    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    checked = Register.load(folder, checks=checks)
    (record,) = checks.iterdir()
    sound = record.read_bytes()
    _rewrite(record, damage)
    _load.cache_clear()
    again = Register.load(folder, checks=checks)
    assert again.get("211") == checked.get("211") and len(again) == 309
    assert again.get("211").display_name("sv") == "Kangasala"
    assert list(again) == list(checked) and again.networks() == checked.networks()
    assert record.read_bytes() == sound  # written anew


def test_a_row_refused_as_it_is_made_reads_the_files_again_then(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    Register.load(folder, checks=checks)
    (record,) = checks.iterdir()
    sound = record.read_bytes()
    _rewrite(record, _value_refused)
    # Start-up reads the other rows from the record (no CSV reader); Kangasala's, refused
    # when it is first asked for, has the files read and checked again, not an error.
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop.municipalities import Register\n"
        f"r = Register.load(Path({str(folder)!r}), checks=Path({str(checks)!r}))\n"
        "print(r.get('445').display_name('sv'), 'csv' in sys.modules)\n"
        "print(r.get('211').wellbeing_area.code, 'csv' in sys.modules, len(r), '211' in r)\n"
        "print(r.search('kangas')[0].code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["Pargas", "False", "8", "True", "309", "True", "211"]
    assert record.read_bytes() == sound


def test_a_code_the_record_lacks_is_looked_for_in_the_files(tmp_path: Path) -> None:
    # Helsinki's row kept under another code (and saying it), in no network: the record reads
    # whole, but Helsinki is not said to be unknown before the files are read again.
    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    checked = Register.load(folder, checks=checks)
    (record,) = checks.iterdir()
    sound = record.read_bytes()

    def moved(kept: dict[str, Any]) -> None:
        kept["rows"]["998"] = kept["rows"].pop("091")
        _cell(kept, "998", "code", "998")

    _rewrite(record, moved)
    _load.cache_clear()
    assert "091" in Register.load(folder, checks=checks)
    assert record.read_bytes() == sound
    _rewrite(record, moved)
    _load.cache_clear()
    again = Register.load(folder, checks=checks)
    assert again.get("91") == checked.get("091") and "998" not in again
    assert record.read_bytes() == sound


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_in_place_of_the_record_is_no_record(tmp_path: Path) -> None:
    folder, checks = _copied_register(tmp_path), tmp_path / "checks"
    checked = Register.load(folder, checks=checks)
    (record,) = checks.iterdir()
    sound = record.read_bytes()
    record.unlink()
    os.mkfifo(record)  # read, it would never end
    _load.cache_clear()
    assert Register.load(folder, checks=checks).get("211") == checked.get("211")
    assert record.read_bytes() == sound


def test_a_municipality_named_whole_as_a_list_or_the_command_line_names_it() -> None:
    register = Register.load()
    for text in ("211", " 91 ", "Kangasala (211)", "Helsingfors (91)", "ANÁR", "Aanaar"):
        assert register.named_whole(text) is not None, text
    assert register.named_whole("Enare – Anár – Aanaar – Aanar (148)") == register.get("148")
    assert register.named_whole("Inari – Anár – Aanaar – Aanar") == register.get("148")
    for text in ("", "Kanga", "Helsinki (211)", "0091", "999", "(999)", "Kangasala (211) x"):
        assert register.named_whole(text) is None, text
    assert register.named_whole("Mariehamn") == register.get("478")
    assert register.named_whole("Mariehamn", in_reform=True) is None
    # Typed as the list shows it, the search finds that one.
    assert register.search("Helsingfors (091)") == [register.get("091")]
    assert register.search("Helsingfors (211)") == []
