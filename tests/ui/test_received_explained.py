"""A received package opened read-only shows what the form and the PDF show beside the
answers: the confirmed warning with its signed explanation and the computed totals; the
controls that only edit (adding and removing rows, "none") are not shown at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop import cli
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key, to_pkcs12
from desktop.signing.keystore import write_new_file
from desktop.survey import shipped_catalog
from desktop.ui.coordinator.received import ReceivedView, check_received
from desktop.workbook import Workbook
from tests.test_explanations import ROUND, ROW, WHY, _overtime
from tests.test_explanations import workbook as workbook


@pytest.fixture
def package(data_paths: DataPaths, workbook: Workbook, tmp_path: Path) -> Path:
    _overtime(workbook)
    workbook.store.close()
    write_new_file(data_paths.key_store, to_pkcs12(create_key(Organisation("Espoo", "Esbo")), None))
    out = tmp_path / "out"

    def run(*args: str) -> int:
        return cli.main(["--data-dir", str(data_paths.root), *args])

    assert run("explain", ROUND, f"{ROW}/person_years", WHY) == 0
    assert run("export", ROUND, "--yes", "--out", str(out)) == 0
    (made,) = out.glob("*.asice")
    return made


def test_a_received_package_shows_its_explanations_and_totals_and_no_edit_controls(
    qapp: QApplication, package: Path
) -> None:
    register = Register.load()
    received = check_received(package, shipped_catalog(), register)
    view = ReceivedView(received, "fi", register)
    page = view.sections["staff"]
    row = page.rows["staff_groups"]
    shown = [
        label.text()
        for label in row.findChildren(QLabel)
        if label.isVisibleTo(row) and label.text()
    ]
    told = "\n".join(shown)
    assert WHY in told, shown  # the official's own words, as text: "<sijaisuudet>" shows
    assert "Vahvistettu" in told
    assert "Henkilömäärä yhteensä (laskettu): 909" in told, shown
    editor = row.editor
    assert not editor.add_button.isVisibleTo(row)  # type: ignore[attr-defined]
    assert not editor.remove_button.isVisibleTo(row)  # type: ignore[attr-defined]
    assert row.none_box is None or not row.none_box.isVisibleTo(row)
    view.close()
