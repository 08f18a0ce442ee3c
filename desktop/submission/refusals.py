"""Why a submission or an export was refused, in Finnish, Swedish and English."""

from __future__ import annotations

from desktop.errors import UserError

_CATALOG = {
    "no_profile": {
        "fi": "Kuntaa ei ole valittu. Valitse ensin: tilannekuva profile --municipality KUNTANUMERO",
        "sv": "Ingen kommun är vald. Välj först: tilannekuva profile --municipality KOMMUNNUMMER",
        "en": "No municipality is chosen. Choose first: tilannekuva profile --municipality CODE",
    },
    "unsaved": {
        "fi": "Kierrosta {round} ei voi lähettää: {count} vastausta odottaa tallennusta.",
        "sv": "Omgången {round} kan inte skickas: {count} svar väntar på att sparas.",
        "en": "Round {round} cannot be submitted: {count} answers wait to be saved.",
    },
    "unsaved_one": {
        "fi": "Kierrosta {round} ei voi lähettää: 1 vastaus odottaa tallennusta.",
        "sv": "Omgången {round} kan inte skickas: 1 svar väntar på att sparas.",
        "en": "Round {round} cannot be submitted: 1 answer waits to be saved.",
    },
    "unexplained_warnings": {
        "fi": "Kierrosta {round} ei voi lähettää: {count} huomautusta odottaa vahvistusta. Korjaa "
        "vastaus tai kerro lyhyesti, miksi se pitää paikkansa (tilannekuva explain {round} "
        'OSOITE "selitys").',
        "sv": "Omgången {round} kan inte skickas: {count} anmärkningar väntar på bekräftelse. "
        "Rätta svaret eller förklara kort varför det stämmer (tilannekuva explain {round} "
        'ADRESS "förklaring").',
        "en": "Round {round} cannot be submitted: {count} warnings wait for confirmation. Change "
        "the answer or say briefly why it is right (tilannekuva explain {round} POINTER "
        '"explanation").',
    },
    "unexplained_warnings_one": {
        "fi": "Kierrosta {round} ei voi lähettää: 1 huomautus odottaa vahvistusta. Korjaa "
        "vastaus tai kerro lyhyesti, miksi se pitää paikkansa (tilannekuva explain {round} "
        'OSOITE "selitys").',
        "sv": "Omgången {round} kan inte skickas: 1 anmärkning väntar på bekräftelse. "
        "Rätta svaret eller förklara kort varför det stämmer (tilannekuva explain {round} "
        'ADRESS "förklaring").',
        "en": "Round {round} cannot be submitted: 1 warning waits for confirmation. Change "
        "the answer or say briefly why it is right (tilannekuva explain {round} POINTER "
        '"explanation").',
    },
    "has_problems": {
        "fi": "Kierrosta {round} ei voi lähettää: vastauksissa on {count} korjattavaa. Korjaa ne "
        "(tilannekuva validate {round}) tai tee luonnos (--draft).",
        "sv": "Omgången {round} kan inte skickas: svaren har {count} saker att rätta. Rätta dem "
        "(tilannekuva validate {round}) eller gör ett utkast (--draft).",
        "en": "Round {round} cannot be submitted: the answers have {count} things to fix. Fix "
        "them (tilannekuva validate {round}) or make a draft (--draft).",
    },
    "has_problems_one": {
        "fi": "Kierrosta {round} ei voi lähettää: vastauksissa on 1 korjattava asia. Korjaa se "
        "(tilannekuva validate {round}) tai tee luonnos (--draft).",
        "sv": "Omgången {round} kan inte skickas: svaren har 1 sak att rätta. Rätta den "
        "(tilannekuva validate {round}) eller gör ett utkast (--draft).",
        "en": "Round {round} cannot be submitted: the answers have 1 thing to fix. Fix it "
        "(tilannekuva validate {round}) or make a draft (--draft).",
    },
    "closed": {
        "fi": "Kierros {round} päättyi {closes}. Lähetä myöhässä vain, jos vastaanottaja on "
        "luvannut ottaa vastauksen vielä vastaan: tilannekuva export {round} --yes",
        "sv": "Omgången {round} stängdes {closes}. Skicka för sent bara om mottagaren har lovat "
        "att ännu ta emot svaret: tilannekuva export {round} --yes",
        "en": "Round {round} closed on {closes}. Submit late only if the receiver has agreed to "
        "take the answer still: tilannekuva export {round} --yes",
    },
    "already_submitted": {
        "fi": "Kierros {round} on jo lähetetty ({count}. lähetys) ja lukittu. Jos vastauksia on "
        "korjattava, aloita korjaus: tilannekuva correct {round}",
        "sv": "Omgången {round} är redan inskickad (inskickning {count}) och låst. Om svaren ska "
        "rättas, börja en rättelse: tilannekuva correct {round}",
        "en": "Round {round} has already been submitted (submission {count}) and is locked. To "
        "change the answers, start a correction: tilannekuva correct {round}",
    },
    "no_key": {
        "fi": "Lopullinen vienti tarvitsee organisaation avaimen allekirjoitukseen. Luo se: "
        "tilannekuva key create",
        "sv": "Den slutliga exporten behöver organisationens nyckel för underskriften. Skapa den: "
        "tilannekuva key create",
        "en": "The final export needs the organisation key to sign. Create it: "
        "tilannekuva key create",
    },
    "folder_unwritable": {
        "fi": "Kansioon {folder} ei voi kirjoittaa: {reason}. Valitse toinen kansio; mitään ei "
        "viety eikä kierrosta merkitty lähetetyksi.",
        "sv": "Det går inte att skriva i mappen {folder}: {reason}. Välj en annan mapp; inget "
        "exporterades och omgången markerades inte som inskickad.",
        "en": "The folder {folder} cannot be written to: {reason}. Choose another folder; "
        "nothing was exported and the round was not marked as submitted.",
    },
    "folder_full": {
        "fi": "Kansion {folder} levy on täynnä. Vapauta levyltä tilaa tai valitse kansio toiselta "
        "levyltä (esimerkiksi muistitikulta); mitään ei viety eikä kierrosta merkitty lähetetyksi.",
        "sv": "Disken för mappen {folder} är full. Frigör utrymme eller välj en mapp på en annan "
        "disk (till exempel ett USB-minne); inget exporterades och omgången markerades inte som "
        "inskickad.",
        "en": "The disk of the folder {folder} is full. Free some space or choose a folder on "
        "another disk (a USB stick, say); nothing was exported and the round was not marked as "
        "submitted.",
    },
    "recorded_not_saved": {
        "fi": "Lähetys {number} on tallennettu, mutta tiedostoja ei voitu kirjoittaa kansioon "
        "{folder}: {reason}. Tallenna ne toiseen kansioon: tilannekuva submissions {round} "
        "--out KANSIO",
        "sv": "Inskickning {number} är sparad, men filerna kunde inte skrivas i mappen {folder}: "
        "{reason}. Spara dem i en annan mapp: tilannekuva submissions {round} --out MAPP",
        "en": "Submission {number} is recorded, but the files could not be written to the folder "
        "{folder}: {reason}. Save them to another folder: tilannekuva submissions {round} "
        "--out FOLDER",
    },
    "self_check": {
        "fi": "Tehty paketti ei läpäissyt omaa tarkistusta ({reason}). Mitään ei viety. Ilmoita "
        "tästä ohjelman ylläpitäjälle.",
        "sv": "Det skapade paketet klarade inte den egna kontrollen ({reason}). Inget "
        "exporterades. Meddela programmets underhållare.",
        "en": "The package made did not pass its own check ({reason}). Nothing was exported. "
        "Please report this to the program's maintainers.",
    },
    "no_submission": {
        "fi": "Kierroksella {round} ei ole lähetystä {number}.",
        "sv": "Omgången {round} har ingen inskickning {number}.",
        "en": "Round {round} has no submission {number}.",
    },
}


class ExportError(UserError):
    """A submission or an export refused, with nothing recorded (but ``recorded_not_saved``)."""

    catalog = _CATALOG
