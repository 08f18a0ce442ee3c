"""The organisation key's commands, and ``verify`` of an exported package as a receiver runs it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.collect.receiving import verify_received
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key, to_pkcs12
from desktop.survey import shipped_catalog
from tests.exported_round import INARI, PASSPHRASE, ROUND, Run

# -- the key ---------------------------------------------------------------------------------


def test_key_create_show_and_refuse_a_second(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    assert run("profile", "--municipality", INARI, "--business-id", "0201256-6")[0] == 0
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, "utf-8")
    code, out, _ = run("key", "create", "--passphrase-file", str(phrase))
    assert code == 0, out
    assert "O=Inari" in out and "0201256-6" in out
    fingerprint = out.split("Sormenjälki: ")[1].splitlines()[0]
    assert len(fingerprint.split()) == 16
    code, out, _ = run("key", "show", "--passphrase-file", str(phrase))
    assert code == 0 and fingerprint in out
    code, _, err = run("key", "create", "--passphrase-file", str(phrase))
    assert code == 2 and "on jo olemassa" in err
    code, out, _ = run("key", "show", "--passphrase-file", str(phrase))
    assert fingerprint in out  # the first key is still the key


def test_key_create_needs_the_municipality(run: Run) -> None:
    code, _, err = run("key", "create")
    assert code == 2 and "valitse kunta ensin" in err


def test_key_import_of_a_certificate_without_its_key_is_refused(
    run: Run, data_paths: DataPaths, organisation_key: OrganisationKey, tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12

    only_cert = tmp_path / "varmenne.p12"
    only_cert.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"x", None, organisation_key.certificate, None, NoEncryption()
        )
    )
    code, _, err = run("key", "import", str(only_cert))
    assert code == 2 and "ei ole yksityistä avainta" in err
    assert not data_paths.key_store.exists()

    full = tmp_path / "avain.p12"
    full.write_bytes(to_pkcs12(organisation_key, PASSPHRASE))
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, "utf-8")
    code, out, _ = run("key", "import", str(full), "--passphrase-file", str(phrase))
    assert code == 0 and organisation_key.fingerprint in out


# -- verify ----------------------------------------------------------------------------------


def test_verify_refuses_an_untrusted_signer_and_reads_a_trusted_list_file(
    run: Run, ready: DataPaths, tmp_path: Path, organisation_key: OrganisationKey
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    package = str(tmp_path / "2022-1_148_inari_1.asice")
    other = create_key(Organisation("Utsjoki")).fingerprint
    code, out, _ = run("verify", package, "--trusted", other)
    assert code == 1 and "ei ole luotettujen listalla" in out and "EI hyväksytä" in out
    listing = tmp_path / "luotetut.txt"
    listing.write_text(f"# kunnat\n{other}  # Utsjoki\n{organisation_key.fingerprint.lower()}\n")
    assert run("verify", package, "--trusted", str(listing))[0] == 0
    code, _, err = run("verify", package, "--trusted", "ABCD")
    assert code == 2 and "ei ole sormenjälki" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "Tiedostoa"),
        (b"", "zip"),
        (b"%PDF-1.7\n" + b"0" * 100, "PDF"),
        (b"not a package at all", "zip"),
    ],
)
def test_verify_tells_what_is_wrong_with_a_file_that_is_not_a_package(
    run: Run, tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "vastaanotettu.asice"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run("verify", str(path))
    assert code in (1, 2)
    assert expected in out + err
    assert "Traceback" not in out + err


def test_any_changed_byte_of_an_exported_package_is_caught(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    package = (tmp_path / "2022-1_148_inari_1.asice").read_bytes()
    catalog, register = shipped_catalog(), Register.load()
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        infos = [(info, archive.read(info.filename)) for info in archive.infolist()]
    expected = {
        "mimetype": "mimetype",
        "survey.json": "manifest",
        "report.pdf": "manifest",
        "META-INF/ASiCManifest.xml": "signature",
        "META-INF/signature001.p7s": "signature",
    }
    for index, (info, data) in enumerate(infos):
        for position in sorted({0, len(data) // 2, len(data) - 1}):
            changed = bytearray(data)
            changed[position] ^= 0x01
            entries = [(i, bytes(changed) if n == index else d) for n, (i, d) in enumerate(infos)]
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                for entry, content in entries:
                    archive.writestr(entry, content)
            verdict = verify_received(
                buffer.getvalue(), pdf=False, catalog=catalog, register=register
            )
            assert not verdict.ok, (info.filename, position)
            assert verdict.failure is not None
            assert verdict.failure.id == expected[info.filename], (info.filename, position)


def test_verify_refuses_a_file_too_large_to_check_without_reading_it_all(
    run: Run, tmp_path: Path
) -> None:
    from desktop.signing.received import MAX_RECEIVED

    huge = tmp_path / "valtava.asice"
    with huge.open("wb") as handle:
        handle.truncate(MAX_RECEIVED + 1)  # sparse: no disk space used
    code, out, _ = run("verify", str(huge))
    assert code == 1 and "liian suuri tarkistettavaksi" in out
