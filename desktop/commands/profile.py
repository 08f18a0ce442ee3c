"""``tilannekuva profile`` and ``tilannekuva municipalities``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.municipalities import Register
from desktop.storage import Profile
from desktop.workbook import AnswerTargetError

if TYPE_CHECKING:
    from desktop.commands.registry import Context

TEXTS = {
    "saved": {
        "fi": "Profiili tallennettu: {name} ({code}).",
        "sv": "Profilen sparad: {name} ({code}).",
        "en": "Profile saved: {name} ({code}).",
    },
    "show": {
        "fi": "Kunta: {name} ({code})\nHyvinvointialue: {area}\nYhteyshenkilö: {contact}\n"
        "Tehtävänimike: {title}\nSähköposti: {email}\nPuhelin: {phone}\nY-tunnus: {business_id}",
        "sv": "Kommun: {name} ({code})\nVälfärdsområde: {area}\nKontaktperson: {contact}\n"
        "Befattning: {title}\nE-post: {email}\nTelefon: {phone}\nFO-nummer: {business_id}",
        "en": "Municipality: {name} ({code})\nWellbeing services county: {area}\n"
        "Contact person: {contact}\nJob title: {title}\nE-mail: {email}\nPhone: {phone}\n"
        "Business ID: {business_id}",
    },
    "outside_reform": {
        "fi": "Ahvenanmaa: sote-uudistuksen ulkopuolella, ei vastaa kyselyyn",
        "sv": "Åland: utanför vårdreformen, besvarar inte enkäten",
        "en": "Åland: outside the sote reform, does not answer the survey",
    },
    "no_match": {
        "fi": "Hakua ”{text}” vastaavaa kuntaa ei löytynyt.",
        "sv": "Ingen kommun motsvarar sökningen ”{text}”.",
        "en": "No municipality matches “{text}”.",
    },
}


def run_profile(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    register = Register.load()
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
            raise AnswerTargetError("no_profile")
        updated = replace(current, **changes) if current else Profile(**changes)
        workbook.save_profile(updated)
        chosen = register.get(updated.municipality_code)
        console.say(
            console.text(TEXTS, "saved", name=chosen.display_name(console.lang), code=chosen.code)
        )
        return 0
    if current is None:
        raise AnswerTargetError("no_profile")
    municipality = register.get(current.municipality_code)
    console.say(
        console.text(
            TEXTS,
            "show",
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
    register = Register.load()
    found = register.search(args.text, limit=args.limit) if args.text else list(register)
    if not found:
        console.warn(console.text(TEXTS, "no_match", text=args.text))
        return 1
    for municipality in found:
        note = f"  ({console.text(TEXTS, 'outside_reform')})" if municipality.outside_reform else ""
        console.say(f"{municipality.code}  {municipality.display_name(console.lang)}{note}")
    return 0
