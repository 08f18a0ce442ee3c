"""Writing the national picture of a round: the XLSX workbook, the CSV files and the PDF summary."""

from __future__ import annotations

from pathlib import Path

from desktop.collect.picture import build
from desktop.collect.records import Records
from desktop.collect.spreadsheet import write_csv, write_xlsx
from desktop.collect.standing import Standing
from desktop.i18n import Lang
from desktop.municipalities import Register
from desktop.survey import Catalog


def write_picture(
    records: Records,
    result: Standing,
    register: Register,
    catalog: Catalog,
    target: Path,
    lang: Lang,
) -> tuple[Path, Path, Path]:
    """``target``.xlsx, the CSV files in ``target``-csv/ and ``target``.pdf; where they are."""
    sheets = build(records, result, register, catalog, lang)
    xlsx = write_xlsx(sheets, target.with_suffix(".xlsx"))
    folder = target.with_name(f"{target.with_suffix('').name}-csv")
    write_csv(sheets, folder)
    from desktop.collect.summary_pdf import write_summary

    pdf = write_summary(sheets, result, register, catalog, target.with_suffix(".pdf"), lang)
    return xlsx, folder, pdf
