"""The export package's messages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "export.package.unencodable": {
        "fi": "Vastauksia ei voi kirjoittaa pakettiin: {reason}. Tarkista luvut (liian suuret?).",
        "sv": "Svaren kan inte skrivas i paketet: {reason}. Kontrollera talen (för stora?).",
        "en": "The answers cannot be written into the package: {reason}. Check the numbers "
        "(too large?).",
    },
    "export.package.format": {
        "fi": "survey.json ei noudata paketin muotoa kohdassa {pointer}: {reason}",
        "sv": "survey.json följer inte paketformatet vid {pointer}: {reason}",
        "en": "survey.json does not follow the package format at {pointer}: {reason}",
    },
    "export.package.unknown_round": {
        "fi": "Paketti on kierrokselta {round}, jota tämä ohjelman versio ei tunne. Lisää "
        "kierroksen kierrospaketti tai päivitä Tilannekuva uusimpaan "
        "versioon.",
        "sv": "Paketet gäller omgången {round}, som denna version av programmet inte känner till. "
        "Lägg till omgångens omgångspaket eller uppdatera Tilannekuva "
        "till den senaste versionen.",
        "en": "The package is for round {round}, which this version of the program does not "
        "know. Add the round's package or update Tilannekuva to the "
        "latest version.",
    },
    "export.package.unknown_schema": {
        "fi": "Paketin lomake {id} on tälle ohjelman versiolle tuntematon. Päivitä Tilannekuva.",
        "sv": "Paketets formulär {id} är okänt för denna version av programmet. Uppdatera "
        "Tilannekuva.",
        "en": "The package's form {id} is unknown to this version of the program. Update "
        "Tilannekuva.",
    },
    "export.package.schema_changed": {
        "fi": "Paketin lomake {id} poikkeaa ohjelman tuntemasta (SHA-256 {given} ≠ {known}): "
        "vastaukset on annettu muutettuun lomakkeeseen.",
        "sv": "Paketets formulär {id} skiljer sig från det programmet känner till (SHA-256 "
        "{given} ≠ {known}): svaren har getts i ett ändrat formulär.",
        "en": "The package's form {id} differs from the one this program knows (SHA-256 "
        "{given} ≠ {known}): the answers were given in a changed form.",
    },
    "export.package.schemas_differ": {
        "fi": "Paketin lomakkeet eivät ole kierroksen {round} lomakkeet (puuttuu: {missing}; "
        "ylimääräisiä: {extra}).",
        "sv": "Paketets formulär är inte omgångens {round} formulär (saknas: {missing}; "
        "extra: {extra}).",
        "en": "The package's forms are not those of round {round} (missing: {missing}; "
        "extra: {extra}).",
    },
    "export.package.unknown_section": {
        "fi": "Paketissa on vastauksia osioon {section}, jota kierroksella {round} ei ole.",
        "sv": "Paketet har svar på delen {section}, som inte finns i omgången {round}.",
        "en": "The package has answers for section {section}, which round {round} does not have.",
    },
    "export.package.answers_invalid": {
        "fi": "Vastauksissa on {count} virhettä, esimerkiksi: {examples}",
        "sv": "Svaren har {count} fel, till exempel: {examples}",
        "en": "The answers have {count} problems, for example: {examples}",
    },
    "export.package.answers_invalid_one": {
        "fi": "Vastauksissa on 1 virhe: {examples}",
        "sv": "Svaren har 1 fel: {examples}",
        "en": "The answers have 1 problem: {examples}",
    },
    "export.package.unknown_municipality": {
        "fi": "Paketin kuntanumeroa {code} ei ole kuntarekisterissä.",
        "sv": "Paketets kommunnummer {code} finns inte i kommunregistret.",
        "en": "The package's municipality code {code} is not in the municipality register.",
    },
    "export.package.municipality_name": {
        "fi": "Paketin kunnan {code} nimi {name!r} ei ole rekisterin nimi ({known}).",
        "sv": "Namnet {name!r} på paketets kommun {code} är inte registrets namn ({known}).",
        "en": "The name {name!r} of the package's municipality {code} is not the register's "
        "({known}).",
    },
    "export.package.municipality_mismatch": {
        "fi": "Paketti on kunnan {code} nimissä, mutta vastauksissa kunta on {answered}.",
        "sv": "Paketet är i kommunens {code} namn, men i svaren är kommunen {answered}.",
        "en": "The package is in the name of municipality {code}, but the answers give {answered}.",
    },
    "export.package.hidden_answer": {
        "fi": "Paketissa on vastaus kysymykseen {pointer}, jota lomake ei näytä näillä vastauksilla; "
        "allekirjoitettu raportti ei voi sisältää sitä.",
        "sv": "Paketet innehåller ett svar på frågan {pointer}, som formuläret inte visar med dessa "
        "svar; den undertecknade rapporten kan inte innehålla det.",
        "en": "The package holds an answer to {pointer}, a question the form does not show with "
        "these answers; the signed report cannot hold it.",
    },
    "export.report.cut_short": {
        "fi": "… [lyhennetty: vastauksessa on {count} merkkiä, raportissa {shown}]",
        "sv": "… [förkortat: svaret har {count} tecken, rapporten visar {shown}]",
        "en": "… [shortened: the answer has {count} characters, the report shows {shown}]",
    },
    "export.report.answers_of": {
        "fi": "Kunnan vastaukset",
        "sv": "Kommunens svar",
        "en": "The municipality's answers",
    },
    "export.report.municipality": {"fi": "Kunta", "sv": "Kommun", "en": "Municipality"},
    "export.report.municipality_code": {
        "fi": "Kuntanumero",
        "sv": "Kommunnummer",
        "en": "Municipality code",
    },
    "export.report.wellbeing_area": {
        "fi": "Hyvinvointialue",
        "sv": "Välfärdsområde",
        "en": "Wellbeing services county",
    },
    "export.report.round": {"fi": "Kyselykierros", "sv": "Enkätomgång", "en": "Survey round"},
    "export.report.period": {"fi": "Vastausaika", "sv": "Svarstid", "en": "Answering period"},
    "export.report.organisers": {
        "fi": "Kyselyn järjestäjät",
        "sv": "Enkätens arrangörer",
        "en": "Organisers",
    },
    "export.report.contact": {"fi": "Yhteyshenkilö", "sv": "Kontaktperson", "en": "Contact person"},
    "export.report.business_id": {"fi": "Y-tunnus", "sv": "FO-nummer", "en": "Business ID"},
    "export.report.signer": {"fi": "Allekirjoittaja", "sv": "Undertecknare", "en": "Signed by"},
    "export.report.generated": {
        "fi": "Raportti luotu",
        "sv": "Rapporten skapad",
        "en": "Report created",
    },
    "export.report.fingerprint": {
        "fi": "Allekirjoitusavaimen sormenjälki (SHA-256)",
        "sv": "Signeringsnyckelns fingeravtryck (SHA-256)",
        "en": "Signing key fingerprint (SHA-256)",
    },
    "export.report.fingerprint_note": {
        "fi": "Vastaanottaja voi verrata sormenjälkeä kunnan erikseen ilmoittamaan.",
        "sv": "Mottagaren kan jämföra fingeravtrycket med det som kommunen meddelat separat.",
        "en": "The recipient can compare the fingerprint with the one the municipality "
        "registered separately.",
    },
    "export.report.generator": {"fi": "Ohjelma", "sv": "Program", "en": "Generated by"},
    "export.report.check": {"fi": "Tarkistus", "sv": "Kontroll", "en": "Validation"},
    "export.report.draft_notice": {
        "fi": "LUONNOS – tätä raporttia ei ole allekirjoitettu eikä lähetetty.",
        "sv": "UTKAST – den här rapporten är inte signerad och har inte skickats in.",
        "en": "DRAFT – this report is not signed and has not been submitted.",
    },
    "export.report.watermark": {"fi": "LUONNOS", "sv": "UTKAST", "en": "DRAFT"},
    "export.report.unanswered": {
        "fi": "— (vastaamatta)",
        "sv": "— (obesvarad)",
        "en": "— (not answered)",
    },
    "export.report.none": {"fi": "—", "sv": "—", "en": "—"},
    "export.report.row_number": {"fi": "Nro", "sv": "Nr", "en": "No."},
    "export.report.validation": {
        "fi": "Tarkistuksen tulos",
        "sv": "Kontrollresultat",
        "en": "Validation summary",
    },
    "export.report.no_problems": {
        "fi": "Vastauksista ei löytynyt puutteita.",
        "sv": "Inga brister hittades i svaren.",
        "en": "No problems were found in the answers.",
    },
    "export.report.no_problems_short": {
        "fi": "ei puutteita",
        "sv": "inga brister",
        "en": "no problems",
    },
    "export.report.problem_count": {
        "fi": "Vastauksista löytyi {count} puutetta.",
        "sv": "{count} brister hittades i svaren.",
        "en": "{count} problems were found in the answers.",
    },
    "export.report.problem_count_one": {
        "fi": "Vastauksista löytyi 1 puute.",
        "sv": "1 brist hittades i svaren.",
        "en": "1 problem was found in the answers.",
    },
    "export.report.problem_count_short": {
        "fi": "{count} puutetta",
        "sv": "{count} brister",
        "en": "{count} problems",
    },
    "export.report.problem_count_short_one": {"fi": "1 puute", "sv": "1 brist", "en": "1 problem"},
    "export.report.explained": {
        "fi": "Vahvistettu huomautus",
        "sv": "Bekräftad anmärkning",
        "en": "Confirmed warning",
    },
    "export.report.explanation": {"fi": "Selitys", "sv": "Förklaring", "en": "Explanation"},
    "export.report.warnings": {
        "fi": "Huomautukset ({count}): tarkista, ettei vastauksissa ole virhettä",
        "sv": "Anmärkningar ({count}): kontrollera att svaren inte innehåller fel",
        "en": "Warnings ({count}): check that the answers hold no mistake",
    },
    "export.report.page": {
        "fi": "sivu {page} / {pages}",
        "sv": "sida {page} / {pages}",
        "en": "page {page} / {pages}",
    },
    "export.report.subject": {
        "fi": "{municipality}: vastaukset tilannekuvakyselyyn {round}",
        "sv": "{municipality}: svar på lägesbildsenkäten {round}",
        "en": "{municipality}: answers to the situational-picture survey {round}",
    },
    "export.font.missing": {
        "fi": "Raportin fonttitiedostoa {file} ei löydy tai sitä ei voi lukea: {error}. "
        "Asenna ohjelma uudelleen.",
        "sv": "Rapportens typsnittsfil {file} saknas eller kan inte läsas: {error}. "
        "Installera programmet på nytt.",
        "en": "The report's font file {file} is missing or unreadable: {error}. "
        "Reinstall the application.",
    },
}
