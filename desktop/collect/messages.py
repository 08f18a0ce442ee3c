"""The collect package's messages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "collect.received.format": {
        "fi": "survey.json ei noudata paketin muotoa kohdassa {pointer}. Tekninen tieto (englanniksi): {reason}.",
        "sv": "survey.json följer inte paketformatet vid {pointer}. Teknisk uppgift (på engelska): {reason}.",
        "en": "survey.json does not follow the package format at {pointer}. Technical detail: {reason}.",
    },
    "collect.received.made_too_early": {
        "fi": "Paketin mukaan se on tehty {moment}, yli vuoden ennen kierroksen {round} "
        "alkua ({opens}); niin varhain kierroksen pakettia ei tehdä.",
        "sv": "Enligt paketet gjordes det {moment}, mer än ett år innan omgången {round} "
        "började ({opens}); så tidigt görs inget paket för omgången.",
        "en": "The package says it was made on {moment}, more than a year before round "
        "{round} opened ({opens}); no package of the round is made that early.",
    },
    "collect.received.made_after_signing": {
        "fi": "Paketin mukaan se on tehty {moment}, myöhemmin kuin se allekirjoitettiin "
        "({signed}); paketti allekirjoitetaan vasta, kun se on tehty.",
        "sv": "Enligt paketet gjordes det {moment}, senare än det skrevs under ({signed}); ett "
        "paket skrivs under först när det har gjorts.",
        "en": "The package says it was made on {moment}, later than its signature ({signed}); "
        "a package is signed only once it is made.",
    },
    "collect.received.made_later": {
        "fi": "Paketin mukaan se on tehty {moment}, joka on vasta tulossa (nyt on {now}); "
        "tarkista sen tietokoneen kello, jolla paketti tehtiin.",
        "sv": "Enligt paketet gjordes det {moment}, som ännu inte har kommit (nu är det {now}); "
        "kontrollera klockan på datorn där paketet gjordes.",
        "en": "The package says it was made on {moment}, which is still to come (it is now "
        "{now}); check the clock of the computer the package was made on.",
    },
    "collect.received.unknown_round": {
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
    "collect.received.unknown_schema": {
        "fi": "Paketin lomake {id} on tälle ohjelman versiolle tuntematon. Päivitä Tilannekuva.",
        "sv": "Paketets formulär {id} är okänt för denna version av programmet. Uppdatera "
        "Tilannekuva.",
        "en": "The package's form {id} is unknown to this version of the program. Update "
        "Tilannekuva.",
    },
    "collect.received.schema_changed": {
        "fi": "Paketin lomake {id} poikkeaa ohjelman tuntemasta (SHA-256 {given} ≠ {known}): "
        "vastaukset on annettu muutettuun lomakkeeseen.",
        "sv": "Paketets formulär {id} skiljer sig från det programmet känner till (SHA-256 "
        "{given} ≠ {known}): svaren har getts i ett ändrat formulär.",
        "en": "The package's form {id} differs from the one this program knows (SHA-256 "
        "{given} ≠ {known}): the answers were given in a changed form.",
    },
    "collect.received.schemas_differ": {
        "fi": "Paketin lomakkeet eivät ole kierroksen {round} lomakkeet (puuttuu: {missing}; "
        "ylimääräisiä: {extra}).",
        "sv": "Paketets formulär är inte omgångens {round} formulär (saknas: {missing}; "
        "extra: {extra}).",
        "en": "The package's forms are not those of round {round} (missing: {missing}; "
        "extra: {extra}).",
    },
    "collect.received.unknown_section": {
        "fi": "Paketissa on vastauksia osioon {section}, jota kierroksella {round} ei ole.",
        "sv": "Paketet har svar på delen {section}, som inte finns i omgången {round}.",
        "en": "The package has answers for section {section}, which round {round} does not have.",
    },
    "collect.received.answers_invalid": {
        "fi": "Vastauksissa on {count} virhettä, esimerkiksi: {examples}",
        "sv": "Svaren har {count} fel, till exempel: {examples}",
        "en": "The answers have {count} problems, for example: {examples}",
    },
    "collect.received.answers_invalid_one": {
        "fi": "Vastauksissa on 1 virhe: {examples}",
        "sv": "Svaren har 1 fel: {examples}",
        "en": "The answers have 1 problem: {examples}",
    },
    "collect.received.unknown_municipality": {
        "fi": "Paketin kuntanumeroa {code} ei ole kuntarekisterissä.",
        "sv": "Paketets kommunnummer {code} finns inte i kommunregistret.",
        "en": "The package's municipality code {code} is not in the municipality register.",
    },
    "collect.received.municipality_name": {
        "fi": "Paketin kunnan {code} nimi {name!r} ei ole rekisterin nimi ({known}).",
        "sv": "Namnet {name!r} på paketets kommun {code} är inte registrets namn ({known}).",
        "en": "The name {name!r} of the package's municipality {code} is not the register's "
        "({known}).",
    },
    "collect.received.municipality_mismatch": {
        "fi": "Paketti on kunnan {code} nimissä, mutta vastauksissa kunta on {answered}.",
        "sv": "Paketet är i kommunens {code} namn, men i svaren är kommunen {answered}.",
        "en": "The package is in the name of municipality {code}, but the answers give {answered}.",
    },
    "collect.received.hidden_answer": {
        "fi": "Paketissa on vastaus kysymykseen {pointer}, jota lomake ei näytä näillä vastauksilla; "
        "allekirjoitettu raportti ei voi sisältää sitä.",
        "sv": "Paketet innehåller ett svar på frågan {pointer}, som formuläret inte visar med dessa "
        "svar; den undertecknade rapporten kan inte innehålla det.",
        "en": "The package holds an answer to {pointer}, a question the form does not show with "
        "these answers; the signed report cannot hold it.",
    },
    "collect.check.check_failed": {
        "fi": "Tiedoston tarkistus epäonnistui ohjelmavirheeseen ({reason}); ilmoita tästä "
        "ohjelman ylläpitäjälle.",
        "sv": "Kontrollen av filen misslyckades på grund av ett programfel ({reason}); meddela "
        "programmets underhållare.",
        "en": "Checking the file failed on a program error ({reason}); please report this to "
        "the program's maintainers.",
    },
    "collect.collecting.no_folder": {
        "fi": "Kansiota {path} ei ole.",
        "sv": "Mappen {path} finns inte.",
        "en": "The folder {path} does not exist.",
    },
    # Ends a received text cut to fit a workbook's cell (after "… ").
    "collect.sheet.cut": {
        "fi": "[katkaistu: tekstissä on {count} merkkiä, solussa enintään 32 767; koko teksti "
        "on CSV-tiedostossa]",
        "sv": "[avkortad: texten har {count} tecken, en cell rymmer högst 32 767; hela texten "
        "finns i CSV-filen]",
        "en": "[cut: the text has {count} characters, a cell holds at most 32,767; the whole "
        "text is in the CSV file]",
    },
    "collect.sheet.unwritable": {
        "fi": "Tiedostoa {path} ei voi kirjoittaa: {reason}",
        "sv": "Filen {path} kan inte skrivas: {reason}",
        "en": "The file {path} cannot be written: {reason}",
    },
    "collect.picture.unwritable": {
        "fi": "Koontia ei tallennettu: tiedostoa {path} ei voi kirjoittaa ({reason}). Mitään "
        "koonnin tiedostoa ei kirjoitettu.",
        "sv": "Sammanställningen sparades inte: filen {path} kan inte skrivas ({reason}). "
        "Ingen av sammanställningens filer skrevs.",
        "en": "The national picture was not saved: the file {path} cannot be written "
        "({reason}). None of its files were written.",
    },
    "collect.picture.folder_in_place": {
        "fi": "Koontia ei tallennettu: {path} on kansio, ei tiedosto. Valitse koonnille toinen "
        "nimi. Mitään koonnin tiedostoa ei kirjoitettu.",
        "sv": "Sammanställningen sparades inte: {path} är en mapp, inte en fil. Välj ett annat "
        "namn för sammanställningen. Ingen av sammanställningens filer skrevs.",
        "en": "The national picture was not saved: {path} is a folder, not a file. Choose "
        "another name for the picture. None of its files were written.",
    },
    "collect.picture.partly": {
        "fi": "Koonti tallentui vain osittain: tiedostoa {path} ei voi kirjoittaa ({reason}). "
        "Kirjoitettiin: {written}. Jäi kirjoittamatta: {left}.",
        "sv": "Sammanställningen sparades bara delvis: filen {path} kan inte skrivas "
        "({reason}). Skrevs: {written}. Skrevs inte: {left}.",
        "en": "The national picture was saved only in part: the file {path} cannot be "
        "written ({reason}). Written: {written}. Not written: {left}.",
    },
    "collect.picture.file_open": {
        "fi": "Koontia ei tallennettu: tiedosto {path} on auki toisessa ohjelmassa (esimerkiksi "
        "Excelissä). Sulje se ja tallenna koonti uudelleen. Mitään koonnin tiedostoa ei "
        "kirjoitettu.",
        "sv": "Sammanställningen sparades inte: filen {path} är öppen i ett annat program (till "
        "exempel Excel). Stäng den och spara sammanställningen på nytt. Ingen av "
        "sammanställningens filer skrevs.",
        "en": "The national picture was not saved: the file {path} is open in another program "
        "(Excel, for example). Close it and save the picture again. None of its files were "
        "written.",
    },
    "collect.picture.partly_file_open": {
        "fi": "Koonti tallentui vain osittain: tiedosto {path} on auki toisessa ohjelmassa. "
        "Sulje se ja tallenna koonti uudelleen. Kirjoitettiin: {written}. Jäi kirjoittamatta: "
        "{left}.",
        "sv": "Sammanställningen sparades bara delvis: filen {path} är öppen i ett annat "
        "program. Stäng den och spara sammanställningen på nytt. Skrevs: {written}. Skrevs "
        "inte: {left}.",
        "en": "The national picture was saved only in part: the file {path} is open in another "
        "program. Close it and save the picture again. Written: {written}. Not written: {left}.",
    },
    "collect.standing.other_round": {
        "fi": "Paketti on kierrokselta {found}, ei kierrokselta {round}.",
        "sv": "Paketet gäller omgången {found}, inte omgången {round}.",
        "en": "The package is for round {found}, not round {round}.",
    },
    "collect.received.registered_key": {
        "fi": "Allekirjoittajan avain on kunnalle {name} ({code}) luotettujen "
        "allekirjoittajien rekisteriin kirjattu avain.",
        "sv": "Undertecknarens nyckel är den som registrerats för {name} ({code}) i registret "
        "över betrodda undertecknare.",
        "en": "The signer's key is the one registered for {name} ({code}) in the register of "
        "trusted signers.",
    },
    "collect.received.other_key": {
        "fi": "Allekirjoittajan avain ei ole kunnalle {name} ({code}) rekisteröity avain: "
        "paketin allekirjoitti {fingerprint}, rekisterissä on {registered}. Paketti ei ole "
        "kunnan rekisteröidyllä avaimella allekirjoitettu; selvitä asia kunnan kanssa "
        "puhelimitse tai kirjeellä.",
        "sv": "Undertecknarens nyckel är inte den som registrerats för {name} ({code}): paketet "
        "undertecknades med {fingerprint}, i registret finns {registered}. Paketet är inte "
        "undertecknat med kommunens registrerade nyckel; utred saken med kommunen per telefon "
        "eller brev.",
        "en": "The signer's key is not the one registered for {name} ({code}): the package was "
        "signed with {fingerprint}, the register has {registered}. The package is not signed "
        "with the municipality's registered key; sort it out with the municipality by phone "
        "or letter.",
    },
    "collect.received.trusted_other_key": {
        "fi": "Allekirjoittaja on luotettujen listalla, mutta sen avain ei ole kunnalle {name} "
        "({code}) rekisteröity avain: paketin allekirjoitti {fingerprint}, rekisterissä on "
        "{registered}. Luotettujen lista ei ohita rekisteriä; selvitä asia kunnan kanssa "
        "puhelimitse tai kirjeellä.",
        "sv": "Undertecknaren finns på listan över betrodda, men dess nyckel är inte den som "
        "registrerats för {name} ({code}): paketet undertecknades med {fingerprint}, i registret "
        "finns {registered}. Listan går inte före registret; utred saken med kommunen per "
        "telefon eller brev.",
        "en": "The signer is on the trusted list, but its key is not the one registered for "
        "{name} ({code}): the package was signed with {fingerprint}, the register has "
        "{registered}. The list does not override the register; sort it out with the "
        "municipality by phone or letter.",
    },
    "collect.received.explanation_pointer": {
        "fi": "Paketin selitys koskee kohtaa {pointer}, mutta kierroksella {round} ei ole "
        "sellaista kysymystä: selityksen pitää koskea kierroksen kysymystä tai taulukon solua.",
        "sv": "En förklaring i paketet gäller {pointer}, som inte är någon fråga i omgången "
        "{round}: en förklaring ska gälla en fråga i omgången eller en tabellcell.",
        "en": "An explanation in the package is about {pointer}, which names no question of "
        "round {round}: an explanation must be about a question of the round or a table's "
        "cell.",
    },
    "collect.received.answers_not_checked": {
        "fi": "Paketin vastauksia ei tarkistettu.",
        "sv": "Paketets svar kontrollerades inte.",
        "en": "The package's answers were not checked.",
    },
    "collect.received.and_more": {
        "fi": "{names} ja {count} muuta",
        "sv": "{names} och {count} till",
        "en": "{names} and {count} more",
    },
    "collect.received.key_of_another": {
        "fi": "Allekirjoittajan avain on rekisteröity kunnalle {held}, ei kunnalle {name} "
        "({code}), jolle ei ole rekisteröity avainta. Avain vahvistaa vain niiden kuntien "
        "paketit, joille se on rekisteröity; selvitä asia kunnan kanssa puhelimitse tai "
        "kirjeellä.",
        "sv": "Undertecknarens nyckel är registrerad för {held}, inte för {name} ({code}), som "
        "inte har någon registrerad nyckel. En nyckel bekräftar endast paket från de kommuner "
        "den är registrerad för; utred saken med kommunen per telefon eller brev.",
        "en": "The signer's key is registered for {held}, not for {name} ({code}), which has "
        "no key registered. A key confirms only the packages of the municipalities it is "
        "registered for; sort it out with the municipality by phone or letter.",
    },
    "collect.received.key_held_for": {
        "fi": "Rekisterissä tämä avain on kunnan {held} avain.",
        "sv": "I registret är denna nyckel registrerad för {held}.",
        "en": "The register holds this key for {held}.",
    },
    "collect.standing.no_key": {
        "fi": "Allekirjoittajaa ei ole vahvistettu: kunnalle {name} ({code}) ei ole rekisteröity "
        "yhtään avainta (sormenjälki {fingerprint}).",
        "sv": "Undertecknaren är inte bekräftad: ingen nyckel är registrerad för {name} ({code}) "
        "(fingeravtryck {fingerprint}).",
        "en": "Signer not confirmed: no key is registered for {name} ({code}) (fingerprint "
        "{fingerprint}).",
    },
    "collect.standing.other_key": {
        "fi": "Allekirjoittajaa ei ole vahvistettu: avain {fingerprint} ei ole kunnalle {name} "
        "({code}) rekisteröity avain.",
        "sv": "Undertecknaren är inte bekräftad: nyckeln {fingerprint} är inte den nyckel som "
        "registrerats för {name} ({code}).",
        "en": "Signer not confirmed: the key {fingerprint} is not the one registered for {name} "
        "({code}).",
    },
    "collect.standing.conflict": {
        "fi": "Kunnalta {name} ({code}) on kaksi eri pakettia, jotka molemmat ovat lähetys "
        "{number}; kumpaakaan ei lasketa.",
        "sv": "Från {name} ({code}) finns två olika paket som båda är inskickning {number}; "
        "inget av dem räknas.",
        "en": "{name} ({code}) has two different packages both claiming to be submission "
        "{number}; neither is counted.",
    },
    "collect.standing.replaced": {
        "fi": "Korvattu myöhemmällä lähetyksellä {number}.",
        "sv": "Ersatt av den senare inskickningen {number}.",
        "en": "Replaced by the later submission {number}.",
    },
    "collect.standing.not_package_named": {
        "fi": "Ei luettu pakettina: nimi ei pääty .asice vaan {ending}. Nimeä tiedosto "
        "päättymään .asice ja kokoa uudelleen.",
        "sv": "Inte läst som paket: namnet slutar inte på .asice utan på {ending}. Byt namn så "
        "att filen slutar på .asice och samla in igen.",
        "en": "Not read as a package: the name does not end in .asice but in {ending}. Rename "
        "the file to end in .asice and collect again.",
    },
    "collect.overview.refused_by_name": {
        "fi": "Vastaanotettu tiedosto {name} hylättiin, eikä paketista selvinnyt, kenen se on "
        "(kunta tiedostonimen mukaan); katso tiedostot.",
        "sv": "Den mottagna filen {name} avvisades, och paketet visade inte vems det är "
        "(kommunen enligt filnamnet); se filerna.",
        "en": "The received file {name} was refused, and the package did not tell whose it is "
        "(the municipality by its name); see the files.",
    },
    "collect.overview.duplicate": {
        "fi": "Sama paketti kuin {name}; lasketaan kerran.",
        "sv": "Samma paket som {name}; räknas en gång.",
        "en": "The same package as {name}; counted once.",
    },
    "collect.standing.not_package": {
        "fi": "Ei paketti: vain .asice-tiedostot luetaan.",
        "sv": "Inget paket: endast .asice-filer läses.",
        "en": "Not a package: only .asice files are read.",
    },
    "collect.trust.unknown_code": {
        "fi": "Kuntanumeroa {code} ei ole kuntarekisterissä.",
        "sv": "Kommunnumret {code} finns inte i kommunregistret.",
        "en": "Municipality code {code} is not in the municipality register.",
    },
    "collect.trust.bad_fingerprint": {
        "fi": "{value!r} ei ole avaimen sormenjälki (64 heksadesimaalimerkkiä, esim. "
        "”ECF1 FCE9 …”).",
        "sv": "{value!r} är inget fingeravtryck för en nyckel (64 hexadecimala tecken, t.ex. "
        "”ECF1 FCE9 …”).",
        "en": "{value!r} is not a key fingerprint (64 hexadecimal digits, e.g. “ECF1 FCE9 …”).",
    },
    "collect.trust.import_unreadable": {
        "fi": "Tiedostoa {path} ei voi lukea: {reason}",
        "sv": "Filen {path} kan inte läsas: {reason}",
        "en": "The file {path} cannot be read: {reason}",
    },
    "collect.trust.import_too_large": {
        "fi": "Tiedosto {path} on liian suuri sormenjälkiluetteloksi.",
        "sv": "Filen {path} är för stor för att vara en lista över fingeravtryck.",
        "en": "The file {path} is too large to be a list of fingerprints.",
    },
    "collect.trust.import_line": {
        "fi": "Tiedoston {path} rivi {line}: {reason} Mitään ei tallennettu.",
        "sv": "Filen {path}, rad {line}: {reason} Inget sparades.",
        "en": "{path}, line {line}: {reason} Nothing was saved.",
    },
    "collect.trust.import_columns": {
        "fi": "rivillä pitää olla kuntanumero ja sormenjälki pilkulla, puolipisteellä tai "
        "sarkaimella erotettuina.",
        "sv": "raden ska ha kommunnummer och fingeravtryck åtskilda med kommatecken, semikolon "
        "eller tabb.",
        "en": "a line must hold a municipality code and a fingerprint separated by a comma, a "
        "semicolon or a tab.",
    },
    "collect.header.summary": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "collect.header.texts": {"fi": "Tekstivastaukset", "sv": "Textsvar", "en": "Text answers"},
    "collect.header.explanations": {"fi": "Selitykset", "sv": "Förklaringar", "en": "Explanations"},
    "collect.header.code": {"fi": "Kuntanumero", "sv": "Kommunnummer", "en": "Code"},
    "collect.header.municipality": {"fi": "Kunta", "sv": "Kommun", "en": "Municipality"},
    "collect.header.county": {
        "fi": "Hyvinvointialue",
        "sv": "Välfärdsområde",
        "en": "Wellbeing services county",
    },
    "collect.header.submission": {"fi": "Lähetys", "sv": "Inskickning", "en": "Submission"},
    "collect.header.exported": {"fi": "Viety", "sv": "Exporterad", "en": "Exported"},
    "collect.header.group": {"fi": "Ryhmä", "sv": "Grupp", "en": "Group"},
    "collect.header.members": {
        "fi": "Vastanneita kuntia",
        "sv": "Svarande kommuner",
        "en": "Municipalities",
    },
    "collect.header.section": {"fi": "Osio", "sv": "Del", "en": "Section"},
    "collect.header.question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "collect.header.measure": {"fi": "Tunnusluku", "sv": "Nyckeltal", "en": "Measure"},
    "collect.header.value": {"fi": "Arvo", "sv": "Värde", "en": "Value"},
    "collect.header.answer": {"fi": "Vastaus", "sv": "Svar", "en": "Answer"},
    "collect.header.pointer": {"fi": "Kohta", "sv": "Punkt", "en": "Item"},
    "collect.header.explanation": {"fi": "Selitys", "sv": "Förklaring", "en": "Explanation"},
    "collect.header.in_reform": {"fi": "Kuntia", "sv": "Kommuner", "en": "Municipalities"},
    "collect.header.answered": {"fi": "Vastanneet", "sv": "Har svarat", "en": "Answered"},
    "collect.header.missing": {"fi": "Puuttuu", "sv": "Saknas", "en": "Missing"},
    "collect.header.item": {"fi": "Tieto", "sv": "Uppgift", "en": "Item"},
    "collect.header.round": {"fi": "Kierros", "sv": "Omgång", "en": "Round"},
    "collect.header.made": {"fi": "Koottu", "sv": "Sammanställd", "en": "Compiled"},
    "collect.header.counted": {
        "fi": "Laskettuja kuntia",
        "sv": "Räknade kommuner",
        "en": "Municipalities counted",
    },
    "collect.header.replaced": {
        "fi": "Korvattuja lähetyksiä",
        "sv": "Ersatta inskickningar",
        "en": "Replaced",
    },
    "collect.header.refused": {
        "fi": "Hylättyjä tiedostoja",
        "sv": "Avvisade filer",
        "en": "Refused files",
    },
    "collect.header.missing_count": {
        "fi": "Puuttuvia kuntia",
        "sv": "Kommuner som saknas",
        "en": "Missing",
    },
    "collect.header.missing_refused": {
        "fi": "– joista paketti hylättiin",
        "sv": "– varav paketet avvisades",
        "en": "– of which the package was refused",
    },
    "collect.header.rows_of": {
        "fi": "{table} (rivit)",
        "sv": "{table} (rader)",
        "en": "{table} (rows)",
    },
    "collect.measure.answered": {"fi": "Vastanneita", "sv": "Svarande", "en": "Answered"},
    "collect.measure.sum": {"fi": "Summa", "sv": "Summa", "en": "Sum"},
    "collect.measure.median": {"fi": "Mediaani", "sv": "Median", "en": "Median"},
    "collect.measure.q1": {"fi": "Alakvartiili", "sv": "Nedre kvartil", "en": "Lower quartile"},
    "collect.measure.q3": {"fi": "Yläkvartiili", "sv": "Övre kvartil", "en": "Upper quartile"},
    "collect.measure.min": {"fi": "Pienin", "sv": "Minsta", "en": "Least"},
    "collect.measure.max": {"fi": "Suurin", "sv": "Största", "en": "Greatest"},
    "collect.measure.yes": {"fi": "Kyllä", "sv": "Ja", "en": "Yes"},
    "collect.measure.no": {"fi": "Ei", "sv": "Nej", "en": "No"},
    "collect.measure.rows": {"fi": "Rivejä", "sv": "Rader", "en": "Rows"},
    "collect.measure.all_rows": {"fi": "kaikki rivit", "sv": "alla rader", "en": "all rows"},
    "collect.measure.too_large": {
        "fi": "liian suuri laskettavaksi",
        "sv": "för stort för att summeras",
        "en": "too large to sum",
    },
    "collect.measure.not_summed": {"fi": "–", "sv": "–", "en": "–"},
    "collect.note.shares": {
        "fi": "Osuuksia (%) ei lasketa yhteen, sillä kuntien prosenttien summa ei kerro "
        'mitään: summan kohdalla on "–", ja osuuksista annetaan mediaani, kvartiilit, '
        "pienin ja suurin.",
        "sv": "Andelar (%) summeras inte, eftersom summan av kommunernas procentsatser inte "
        'säger något: i stället för summan står det "–", och för andelarna anges median, '
        "kvartiler, minsta och största.",
        "en": "Shares (%) are not summed, as the sum of municipalities' percentages means "
        'nothing: the sum reads "–", and the median, quartiles, least and greatest of the '
        "shares are given.",
    },
    "collect.header.note": {"fi": "Huomautus", "sv": "Anmärkning", "en": "Note"},
    "collect.note.too_large": {
        "fi": "Kaikkia summia ei voitu laskea: vastaukset ovat yhteensä suurempia kuin suurin "
        "luku, jonka taulukko voi esittää (noin 1,8 × 10^308), ja niiden kohdalla lukee "
        '"liian suuri laskettavaksi". Kysymykset: {questions}. Kuntien omat vastaukset '
        "ovat osioiden välilehdillä.",
        "sv": "Alla summor kunde inte räknas: svaren är sammanlagt större än det största tal "
        'en tabell kan visa (cirka 1,8 × 10^308), och där står det "för stort för att '
        'summeras". Frågor: {questions}. Kommunernas egna svar finns på delarnas flikar.',
        "en": "Some sums could not be computed: the answers add up to more than the largest "
        'number a spreadsheet can show (about 1.8 × 10^308), and they read "too large to '
        "sum\". Questions: {questions}. The municipalities' own answers are on the sections' "
        "sheets.",
    },
    "collect.dimension.national": {"fi": "Koko maa", "sv": "Hela landet", "en": "Whole country"},
    "collect.dimension.wellbeing_area": {
        "fi": "Hyvinvointialue",
        "sv": "Välfärdsområde",
        "en": "Wellbeing services county",
    },
    "collect.dimension.region": {"fi": "Maakunta", "sv": "Landskap", "en": "Region"},
    "collect.dimension.language": {
        "fi": "Kielisuhde",
        "sv": "Språkförhållande",
        "en": "Language status",
    },
    "collect.dimension.urban_class": {
        "fi": "Kuntaryhmä",
        "sv": "Kommungrupp",
        "en": "Urban/rural class",
    },
    "collect.dimension.network": {"fi": "Verkosto", "sv": "Nätverk", "en": "Network"},
}
