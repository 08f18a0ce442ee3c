"""The builders of the PDF report and the data package: data in, bytes out; no Qt.

Owns: the report (``report`` with its pages, tables, markup, fonts and
texts) and the package's ``survey.json`` with its checks on receipt
(``package``). It reads no database and writes no file: exporting a round,
recording a submission and writing the files are the submission service's
(``desktop.submission``).

May import: signing, storage (for its records: the profile, the contact
answers), survey, municipalities and the ground floor (i18n, paths, errors,
jsonvalue, untrusted); never the workbook, the submission service or a front
end.

``render_report`` is loaded on first use, so that
checking a received package does not load reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.export.report import render_report

__all__ = ["render_report"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from desktop.export import report

        return getattr(report, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
