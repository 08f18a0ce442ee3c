"""Sizes in the reasons a received file is refused are written as the program writes numbers
in the user's language: "67 108 865 tavua", never "67108865"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.collect import trust
from desktop.collect.collecting import collect
from desktop.collect.records import Records
from desktop.municipalities import Register
from desktop.signing.safezip import SafeZipError, ZipLimits, read_zip
from tests.fixtures.received.generate import cached


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fi", "67 108 865 tavua, enintään 67 108 864"),
        ("sv", "67 108 865 byte, högst 67 108 864"),
        ("en", "67,108,865 bytes, at most 67,108,864"),
    ],
)
def test_a_file_too_large_tells_its_size_with_grouped_digits(
    lang: str, said: str, generated: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, _ = generated
    records = Records.open(tmp_path / "coordinator.sqlite")
    try:
        trust.import_csv(records, folder / "trusted.csv", Register.load())
        result = collect(records, "2022-1", [folder], workers=1)
    finally:
        records.close()
    (entry,) = [e for e in result.entries if any(p.endswith("liian-suuri.asice") for p in e.paths)]
    assert said in entry.reason(lang).replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fi", "yli 1 500 tavua"), ("sv", "över 1 500 byte"), ("en", "over 1,500 bytes")],
)
def test_a_package_too_large_unpacked_tells_its_limit_with_grouped_digits(
    lang: str, said: str
) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", b"a" * 1000)
        archive.writestr("b.txt", b"b" * 1000)
    with pytest.raises(SafeZipError) as caught:
        read_zip(buffer.getvalue(), limits=ZipLimits(max_total_size=1500, max_ratio=10_000))
    assert said in caught.value.message(lang).replace("\u00a0", " ")
