"""The fixed texts of the PDF report in Finnish, Swedish and English.

Survey texts (rounds, sections, questions, choices) come from the schemas;
only the report's own headings and labels live here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desktop.i18n import Lang, text

# The language tag written into the PDF, for screen readers and search.
PDF_LANG: Final[Mapping[Lang, str]] = {"fi": "fi-FI", "sv": "sv-FI", "en": "en"}


def problem_count(count: int, lang: Lang, *, short: bool = False) -> str:
    """ "1 puute", "3 puutetta": the count of problems as a sentence or a short phrase."""
    suffix = "_short" if short else ""
    if count == 0:
        return text(
            "export.report.no_problems_short" if short else "export.report.no_problems", lang
        )
    if count == 1:
        return text(f"export.report.problem_count{suffix}_one", lang)
    return text(f"export.report.problem_count{suffix}", lang, count=count)
