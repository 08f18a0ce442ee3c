"""Signatures of the shape we sign with are checked without pyHanko's validation, to the same verdicts.

Each case is verified twice: as the program does (the common shape checked
directly, anything else by pyHanko) and with the direct check switched off
(pyHanko alone, as before). Sound signatures by EC and RSA keys, expired
(refused both ways, as expired) and otherwise odd certificates, every kind of damage to the signature, the
signed bytes and the PDF around them, and the hostile corpus must get the
same verdict, word for word, both ways.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from desktop.signing import cades, common_shape, pdfsign
from desktop.signing.cades import SignatureError, sign_detached, verify_detached
from desktop.signing.keys import Organisation, OrganisationKey, SigningKey, create_key
from desktop.signing.verdict import Verdict
from tests.fixtures.hostile.make_hostile import small_pdf, update_after_signing

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
MANIFEST = b'<?xml version="1.0" encoding="UTF-8"?><ASiCManifest>tiedostot</ASiCManifest>'


def _key(
    private: SigningKey, *, days: int = 30, usage: x509.KeyUsage | None = None
) -> OrganisationKey:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Testikunta")])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=60))
        .not_valid_after(now + dt.timedelta(days=days))
    )
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return OrganisationKey(private, builder.sign(private, hashes.SHA256()))


def _only_certificate_signing() -> x509.KeyUsage:
    flags = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    return x509.KeyUsage(key_cert_sign=True, **flags)


@pytest.fixture(scope="module")
def keys() -> dict[str, OrganisationKey]:
    return {
        "ours": create_key(Organisation("Utsjoki", locality="Ohcejohka")),
        "p384": _key(ec.generate_private_key(ec.SECP384R1())),
        "rsa": _key(rsa.generate_private_key(public_exponent=65537, key_size=2048)),
        "expired": _key(ec.generate_private_key(ec.SECP256R1()), days=-1),
        "cert-signing-only": _key(
            ec.generate_private_key(ec.SECP256R1()), usage=_only_certificate_signing()
        ),
    }


def _pyhanko_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common_shape, "signer_if_sound", lambda *args: None)
    monkeypatch.setattr(pdfsign, "_signed_as_we_sign", lambda data: None)


def _flips(data: bytes, positions: Iterator[int]) -> Iterator[bytes]:
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x01 if position % 2 else 0x80
        yield bytes(changed)


def _cms_outcome(data: bytes, signature: bytes) -> tuple[object, ...]:
    try:
        signer = verify_detached(data, signature)
    except SignatureError as error:
        return ("refused", error.message("en"))
    return ("signed", signer.fingerprint, signer.subject, signer.signed_at)


def _verdict_outcome(verdict: Verdict) -> tuple[object, ...]:
    return (
        verdict.fingerprint,
        tuple(
            (check.id, check.ok, check.message("en"), check.message("sv"))
            for check in verdict.checks
        ),
    )


def _both_ways(
    monkeypatch: pytest.MonkeyPatch, cases: list[bytes], run: Callable[[bytes], tuple[object, ...]]
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    ours = [run(case) for case in cases]
    with monkeypatch.context() as patch:
        _pyhanko_alone(patch)
        alone = [run(case) for case in cases]
    return ours, alone


def test_the_signatures_we_make_take_the_direct_path(keys: dict[str, OrganisationKey]) -> None:
    from asn1crypto import cms

    for name, key in keys.items():
        signature = sign_detached(MANIFEST, key)
        content_info = cms.ContentInfo.load(signature)
        found = common_shape.signer_if_sound(
            content_info["content"],
            lambda algorithm: __import__("hashlib").new(algorithm, MANIFEST).digest(),
        )
        assert found is not None, name
        if name == "expired":
            with pytest.raises(SignatureError, match="vanhentunut"):
                cades.identity(*found)
            continue
        assert cades.identity(*found).fingerprint == key.fingerprint


@pytest.mark.parametrize("name", ["ours", "p384", "rsa", "expired", "cert-signing-only"])
def test_a_damaged_cms_signature_gets_pyhankos_verdict(
    name: str, keys: dict[str, OrganisationKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    signature = sign_detached(MANIFEST, keys[name])
    rng = random.Random(name)
    positions = sorted(rng.sample(range(len(signature)), 40))
    # The signed attributes and the signature value sit at the end: most bytes of them.
    tail = range(max(0, len(signature) - 150), len(signature), 2)
    cases = [signature, *_flips(signature, iter(sorted({*positions, *tail})))]
    ours, alone = _both_ways(monkeypatch, cases, lambda case: _cms_outcome(MANIFEST, case))
    assert ours == alone
    if name == "expired":
        assert ours[0][0] == "refused" and "had expired" in str(ours[0][1])
    else:
        assert ours[0][0] == "signed"
    assert sum(outcome[0] == "refused" for outcome in ours) > len(cases) // 2
    changed_content = [
        _cms_outcome(data, signature) for data in _flips(MANIFEST, iter(range(0, len(MANIFEST), 9)))
    ]
    assert all(outcome[0] == "refused" for outcome in changed_content)


@pytest.fixture(scope="module")
def signed_pdfs(keys: dict[str, OrganisationKey]) -> dict[str, bytes]:
    return {name: pdfsign.sign_pdf(small_pdf("Ohcejohka"), key) for name, key in keys.items()}


def _pdf_cases(pdf: bytes, seed: str, *, flips: bool) -> list[bytes]:
    cases = [
        pdf,
        pdf + b"\n",
        pdf[:-1],
        pdf.replace(b"/ETSI.CAdES.detached", b"/adbe.pkcs7.detached"),
        update_after_signing(pdf),
    ]
    if not flips:
        return cases
    rng = random.Random(seed)
    dictionary = pdf.rindex(b"/ByteRange")
    contents = pdf.index(b"<", pdf.rindex(b"/Contents"))
    around = range(max(0, dictionary - 60), min(len(pdf), dictionary + 60), 3)
    in_signature = rng.sample(range(contents, contents + 3000), 12)
    anywhere = rng.sample(range(len(pdf)), 12)
    return cases + list(_flips(pdf, iter(sorted({*around, *in_signature, *anywhere}))))


def _with_empty_field(pdf: bytes, name: str) -> bytes:
    """``pdf`` with an empty signature field of the form beside those it has."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    append_signature_field(writer, SigFieldSpec(name))
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    return output.getvalue()


def test_other_forms_get_pyhankos_verdict(
    keys: dict[str, OrganisationKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = keys["ours"]
    empty_beside = pdfsign.sign_pdf(_with_empty_field(small_pdf("Inari"), "Tyhjä"), key)
    signed_into_it = pdfsign.sign_pdf(
        _with_empty_field(small_pdf("Inari"), "Valmis"), key, field_name="Valmis"
    )
    empty_after = _with_empty_field(pdfsign.sign_pdf(small_pdf("Inari"), key), "Myöhemmin")
    cases = [empty_beside, signed_into_it, empty_after]
    ours, alone = _both_ways(
        monkeypatch,
        cases,
        lambda case: _verdict_outcome(pdfsign.verify_pdf(case, trusted={key.fingerprint})),
    )
    assert ours == alone
    assert pdfsign._signed_as_we_sign(empty_beside) is not None
    assert pdfsign._signed_as_we_sign(signed_into_it) is not None


@pytest.mark.parametrize("name", ["ours", "p384", "rsa", "expired", "cert-signing-only"])
def test_a_changed_signed_pdf_gets_pyhankos_verdict(
    name: str,
    keys: dict[str, OrganisationKey],
    signed_pdfs: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = keys[name]
    cases = _pdf_cases(signed_pdfs[name], name, flips=name in ("ours", "rsa"))
    ours, alone = _both_ways(
        monkeypatch,
        cases,
        lambda case: _verdict_outcome(pdfsign.verify_pdf(case, trusted={key.fingerprint})),
    )
    assert ours == alone
    if name == "expired":
        verdict = pdfsign.verify_pdf(signed_pdfs[name], trusted={key.fingerprint})
        assert not verdict.ok and "had expired" in _verdict_outcome(verdict)[1][-1][2]  # type: ignore[index]
        return
    assert pdfsign._signed_as_we_sign(signed_pdfs[name]) is not None
    assert pdfsign.verify_pdf(signed_pdfs[name], trusted={key.fingerprint}).ok


def test_the_hostile_corpus_gets_pyhankos_verdicts(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.signing import asice

    def run(data: bytes) -> tuple[object, ...]:
        if data.startswith(b"%PDF") or not data.startswith(b"PK"):
            return _verdict_outcome(pdfsign.verify_pdf(data))
        return _verdict_outcome(asice.verify(data))

    cases = [
        path.read_bytes() for path in sorted(HOSTILE.iterdir()) if path.suffix in (".pdf", ".asice")
    ]
    ours, alone = _both_ways(monkeypatch, cases, run)
    assert ours == alone


def test_verifying_a_sound_package_loads_no_signing_stack(
    tmp_path: Path, keys: dict[str, OrganisationKey]
) -> None:
    from desktop.signing import asice

    report = pdfsign.sign_pdf(small_pdf("Ohcejohka"), keys["ours"])
    package = tmp_path / "p.asice"
    package.write_bytes(asice.build({"survey.json": b"{}", "report.pdf": report}, keys["ours"]))
    code = f"""
import sys
from desktop.signing import asice
verdict = asice.verify(open({str(package)!r}, "rb").read())
assert [c.ok for c in verdict.checks][:7] == [True] * 7, [c.message("en") for c in verdict.checks]
print("\\n".join(sys.modules))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "desktop.signing.pdfsign" in loaded
    assert not {"pyhanko.sign", "aiohttp"} & loaded
    # The report in a sound package needs no PDF reader at all.
    assert not [name for name in loaded if name.startswith("pyhanko")]


def test_a_report_in_a_package_gets_the_same_verdict_without_a_pdf_reader(
    keys: dict[str, OrganisationKey],
    signed_pdfs: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The package's signer signed every byte of the report but its signature, or the
    report goes to ``verify_pdf`` as before: the package's verdict is the same both ways."""
    from desktop.signing import asice

    key = keys["ours"]
    pdf = signed_pdfs["ours"]
    twice = pdfsign.sign_pdf(pdf, key, field_name="Toinen")
    reports = {
        "sound": pdf,
        "other signer": signed_pdfs["p384"],
        "signed twice": twice,
        "empty field after signing": _with_empty_field(pdf, "Myöhemmin"),
        "empty field beside": pdfsign.sign_pdf(_with_empty_field(small_pdf("Inari"), "T"), key),
        "byte range named twice": pdf.replace(b"%%EOF", b"%/ByteRange [0 1 2 3]\n%%EOF", 1),
        "not a pdf": pdf[1:],
    }
    cases = [*reports.values(), *_pdf_cases(pdf, "package", flips=True)]

    def verdict(report: bytes) -> tuple[object, ...]:
        package = asice.build({"survey.json": b"{}", "report.pdf": report}, key)
        return _verdict_outcome(asice.verify(package, trusted={key.fingerprint}))

    ours = [verdict(case) for case in cases]
    with monkeypatch.context() as patch:
        patch.setattr(pdfsign, "report_signed_whole_by", lambda data, fingerprint: False)
        alone = [verdict(case) for case in cases]
    assert ours == alone
    whole = {
        name: pdfsign.report_signed_whole_by(report, key.fingerprint)
        for name, report in reports.items()
    }
    assert whole == {name: name in ("sound", "empty field beside") for name in reports}
    assert [
        check.ok
        for check in asice.verify(
            asice.build({"survey.json": b"{}", "report.pdf": pdf}, key), trusted={key.fingerprint}
        ).checks
    ][:7] == [True] * 7
    refused = asice.verify(asice.build({"survey.json": b"{}", "report.pdf": twice}, key))
    assert any("report.pdf" in check.message("en") for check in refused.checks if not check.ok)
