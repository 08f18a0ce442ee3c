"""Confirming a warning in the window: the user's short explanation, kept through the workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.ui import dialogs
from desktop.ui.form.session import FormSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog


def explain_warning(parent: QWidget, session: FormSession, pointer: str) -> QInputDialog | None:
    """Ask why the answer at ``pointer`` is right despite its warning; store what is said.

    The dialog shows what the warning says and any explanation given before;
    an empty text takes the confirmation back.
    """
    warnings = [p for p in session.problems if p.pointer == pointer and not p.blocking]
    if not warnings:
        return None
    said = "\n".join(p.describe(session.lang) for p in warnings)
    before = next((p.explanation for p in warnings if p.explanation), "")

    def done(text: str) -> None:
        try:
            session.workbook.explain(session.round_id, pointer, text)
        except UserError as exc:
            dialogs.error(
                parent,
                QCoreApplication.translate("Explaining", "Vahvistus ei onnistunut"),
                exc.message(session.lang),
            )
            return
        session.check()

    label = QCoreApplication.translate(
        "Explaining",
        "%1\n\nJos vastaus pitää paikkansa, kerro lyhyesti miksi (tyhjä teksti peruu "
        "vahvistuksen). Selitys lähetetään vastausten mukana ja tulostetaan raporttiin.",
    ).replace("%1", said)
    return dialogs.text_input(
        parent,
        QCoreApplication.translate("Explaining", "Vahvista huomautus"),
        label,
        before or "",
        done,
    )
