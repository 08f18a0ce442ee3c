"""``tilannekuva profile`` and ``tilannekuva municipalities``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.storage import Profile
from desktop.workbook import AnswerTargetError, shipped_register

if TYPE_CHECKING:
    from desktop.commands.context import Context


def run_profile(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    register = workbook.register
    current = workbook.profile()
    changes = {
        "contact_name": args.name,
        "contact_title": args.title,
        "contact_email": args.email,
        "contact_phone": args.phone,
        "business_id": args.business_id,
    }
    changes = {k: v.strip() for k, v in changes.items() if v is not None}
    if args.municipality is not None:
        code = args.municipality.strip()
        # Refuses a code that is not in the register, and Åland's (outside the reform).
        municipality = register.respondent(code)
        changes["municipality_code"] = municipality.code
    if changes:
        if current is None and "municipality_code" not in changes:
            raise AnswerTargetError("workbook.no_profile")
        updated = current.replace(**changes) if current else Profile(**changes)
        workbook.save_profile(updated)
        chosen = register.get(updated.municipality_code)
        console.say(
            console.text(
                "commands.profile.saved", name=chosen.display_name(console.lang), code=chosen.code
            )
        )
        return 0
    if current is None:
        raise AnswerTargetError("workbook.no_profile")
    municipality = register.get(current.municipality_code)
    console.say(
        console.text(
            "commands.profile.show",
            name=municipality.display_name(console.lang),
            code=municipality.code,
            area=municipality.wellbeing_area.name(console.lang),
            contact=current.contact_name or "-",
            title=current.contact_title or "-",
            email=current.contact_email or "-",
            phone=current.contact_phone or "-",
            business_id=current.business_id or "-",
        )
    )
    return 0


def run_municipalities(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    register = shipped_register()  # the register alone: no answers database is opened
    found = register.search(args.text, limit=args.limit) if args.text else list(register)
    if not found:
        console.warn(console.text("commands.profile.no_match", text=args.text))
        return 1
    for municipality in found:
        note = (
            f"  ({console.text('commands.profile.outside_reform')})"
            if municipality.outside_reform
            else ""
        )
        console.say(f"{municipality.code}  {municipality.display_name(console.lang)}{note}")
    return 0
