"""The command line's help: every command's and argument's description and its own messages, in
fi/sv/en."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
    # The command line's help, every argument's description and its own messages.
    "cli.description": {
        "fi": "Sote-uudistuksen tilannekuvakyselyn vastaaminen. Ilman komentoa avautuu ikkuna.",
        "sv": "Besvara lägesbildsenkäten om vårdreformen. Utan kommando öppnas fönstret.",
        "en": "Answer the sote reform situational-picture survey. Without a command the window opens.",
    },
    "cli.data_dir": {"fi": "tietokansio", "sv": "datamapp", "en": "data folder"},
    "cli.lang": {
        "fi": "kieli (fi, sv, en)",
        "sv": "språk (fi, sv, en)",
        "en": "language (fi, sv, en)",
    },
    "cli.profile": {
        "fi": "näytä tai aseta kunta ja yhteyshenkilö",
        "sv": "visa eller ställ in kommun och kontaktperson",
        "en": "show or set the municipality and the contact person",
    },
    "cli.municipalities": {
        "fi": "hae kuntarekisteristä",
        "sv": "sök i kommunregistret",
        "en": "search the municipality register",
    },
    "cli.rounds": {
        "fi": "luettele kyselykierrokset",
        "sv": "lista enkätomgångarna",
        "en": "list the survey rounds",
    },
    "cli.show": {
        "fi": "näytä kierroksen osiot ja vastaukset",
        "sv": "visa omgångens delar och svar",
        "en": "show a round's sections and answers",
    },
    "cli.set": {
        "fi": "tallenna yksi vastaus JSON-osoittimella (esim. /premises/lease_status)",
        "sv": "spara ett svar med en JSON-pekare (t.ex. /premises/lease_status)",
        "en": "store one answer by JSON pointer (e.g. /premises/lease_status)",
    },
    "cli.json": {"fi": "arvo on JSONia", "sv": "värdet är JSON", "en": "the value is JSON"},
    "cli.clear": {
        "fi": "poista vastaus tai taulukon rivi",
        "sv": "ta bort ett svar eller en tabellrad",
        "en": "remove an answer or a table row",
    },
    "cli.validate": {
        "fi": "tarkista kierroksen vastaukset (paluuarvo 1, jos korjattavaa on)",
        "sv": "kontrollera omgångens svar (slutstatus 1 om något ska rättas)",
        "en": "check a round's answers (exit status 1 when there is something to fix)",
    },
    "cli.explain": {
        "fi": "vahvista huomautus lyhyellä selityksellä (tyhjä selitys peruu vahvistuksen)",
        "sv": "bekräfta en anmärkning med en kort förklaring (en tom förklaring tar tillbaka den)",
        "en": "confirm a warning with a short explanation (an empty one takes it back)",
    },
    "cli.check": {
        "fi": "vain tämän tarkistuksen huomautus (tunnus validate-tulosteesta)",
        "sv": "bara den här kontrollens anmärkning (id från validate)",
        "en": "only this check's warning (its id as validate shows it)",
    },
    "cli.a_warning_pointer": {
        "fi": "huomautuksen kohteen osoite, kuten validate sen näyttää",
        "sv": "adressen som anmärkningen gäller, som validate visar den",
        "en": "the address the warning is about, as validate shows it",
    },
    "cli.a_explanation": {
        "fi": "miksi vastaus pitää paikkansa, lyhyesti",
        "sv": "varför svaret stämmer, kort",
        "en": "why the answer is right, in short",
    },
    "cli.history": {
        "fi": "näytä kierroksen muutoshistoria",
        "sv": "visa omgångens ändringshistorik",
        "en": "show a round's change history",
    },
    "cli.export": {
        "fi": "vie kierros: allekirjoitettu raportti ja paketti lähetettäväksi (tai --draft)",
        "sv": "exportera omgången: undertecknad rapport och paket att skicka in (eller --draft)",
        "en": "export a round: the signed report and package to submit (or --draft)",
    },
    "cli.draft": {
        "fi": "luonnos: allekirjoittamaton PDF, sallittu puutteineen, ei lähetystä",
        "sv": "utkast: osignerad PDF, tillåten med brister, ingen inskickning",
        "en": "draft: an unsigned PDF, allowed with problems, not a submission",
    },
    "cli.new_key": {
        "fi": "allekirjoita, vaikka avain on eri kuin aiempien lähetysten (vastaanottajan on "
        "rekisteröitävä uusi sormenjälki)",
        "sv": "underteckna fast nyckeln är en annan än de tidigare inskickningarnas (mottagaren "
        "måste registrera det nya fingeravtrycket)",
        "en": "sign even though the key is not the earlier submissions' key (the receiver has "
        "to register the new fingerprint)",
    },
    "cli.out": {
        "fi": "kansio, johon tiedostot kirjoitetaan (oletus: nykyinen)",
        "sv": "mapp dit filerna skrivs (standard: aktuell)",
        "en": "folder the files are written to (default: the current one)",
    },
    "cli.passphrase_file": {
        "fi": "lue avaimen tunnuslause tiedostosta (- = vakiosyöte)",
        "sv": "läs nyckelns lösenfras från en fil (- = standardinmatning)",
        "en": "read the key's passphrase from a file (- = standard input)",
    },
    "cli.verify": {
        "fi": "tarkista vastaanotetut paketit (.asice) ja raportit (.pdf): tiedostoja tai kansioita",
        "sv": "kontrollera mottagna paket (.asice) och rapporter (.pdf): filer eller mappar",
        "en": "check received packages (.asice) and reports (.pdf): files or folders",
    },
    "cli.trusted": {
        "fi": "luotetut sormenjäljet pilkuin eroteltuina tai tiedosto, jossa yksi per rivi",
        "sv": "betrodda fingeravtryck åtskilda med kommatecken, eller en fil med ett per rad",
        "en": "trusted fingerprints separated by commas, or a file with one per line",
    },
    "cli.key": {
        "fi": "organisaation allekirjoitusavain: show, create, import",
        "sv": "organisationens signeringsnyckel: show, create, import",
        "en": "the organisation's signing key: show, create, import",
    },
    "cli.key_show": {"fi": "näytä avain", "sv": "visa nyckeln", "en": "show the key"},
    "cli.key_create": {
        "fi": "luo uusi avain kunnan nimiin (tai --organisation NIMI)",
        "sv": "skapa en ny nyckel i kommunens namn (eller --organisation NAMN)",
        "en": "create a new key in the municipality's name (or --organisation NAME)",
    },
    "cli.key_organisation": {
        "fi": "avain organisaation nimiin, joka ei ole kunta (esim. kokoava Kuntaliitto); "
        "kuntaa ei tarvitse valita",
        "sv": "nyckeln i namnet på en organisation som inte är en kommun (t.ex. Kommunförbundet "
        "som sammanställer); ingen kommun behöver väljas",
        "en": "the key in the name of an organisation that is not a municipality (e.g. the "
        "coordinating association); no municipality needs to be chosen",
    },
    "cli.key_import": {
        "fi": "tuo olemassa oleva PKCS#12-tiedosto (.p12, .pfx)",
        "sv": "importera en befintlig PKCS#12-fil (.p12, .pfx)",
        "en": "import an existing PKCS#12 file (.p12, .pfx)",
    },
    "cli.submissions": {
        "fi": "näytä kierroksen lähetykset (--out tallentaa lähetyksen tiedostot uudelleen)",
        "sv": "visa omgångens inskickningar (--out sparar inskickningens filer på nytt)",
        "en": "show a round's submissions (--out saves a submission's files again)",
    },
    "cli.number": {
        "fi": "lähetyksen numero (oletus: viimeisin)",
        "sv": "inskickningens nummer (standard: den senaste)",
        "en": "the submission's number (default: the latest)",
    },
    "cli.correct": {
        "fi": "avaa lähetetty kierros korjausta varten (uusi numeroitu lähetys)",
        "sv": "öppna en inskickad omgång för rättelse (ny numrerad inskickning)",
        "en": "open a submitted round for a correction (a new numbered submission)",
    },
    "cli.cancel_correction": {
        "fi": "peru käynnissä oleva korjaus: kierros palautetaan viimeisimmän lähetyksen "
        "mukaiseksi ja lukitaan",
        "sv": "avbryt en pågående rättelse: omgången återställs enligt den senaste inskickningen "
        "och låses",
        "en": "cancel a correction under way: the round is put back as its last submission left "
        "it, and locked",
    },
    "cli.cancel_yes": {
        "fi": "--cancel: hylkää korjauksessa tehdyt muutokset kysymättä",
        "sv": "--cancel: förkasta ändringarna i rättelsen utan att fråga",
        "en": "--cancel: discard the changes made in the correction without asking",
    },
    "cli.demo": {
        "fi": "täytä demokunnan ensimmäinen kierros, tarkista, allekirjoita ja lähetä se",
        "sv": "fyll i demokommunens första omgång, kontrollera, underteckna och skicka in den",
        "en": "fill in the demo municipality's first round, check, sign and submit it",
    },
    # The placeholders of the arguments in the usage lines.
    "cli.m_code": {"fi": "KUNTANUMERO", "sv": "KOMMUNNUMMER", "en": "CODE"},
    "cli.m_round": {"fi": "KIERROS", "sv": "OMGÅNG", "en": "ROUND"},
    "cli.m_section": {"fi": "OSIO", "sv": "DEL", "en": "SECTION"},
    "cli.m_pointer": {"fi": "OSOITE", "sv": "ADRESS", "en": "POINTER"},
    "cli.m_value": {"fi": "ARVO", "sv": "VÄRDE", "en": "VALUE"},
    "cli.m_file": {"fi": "TIEDOSTO", "sv": "FIL", "en": "FILE"},
    "cli.m_dir": {"fi": "KANSIO", "sv": "MAPP", "en": "FOLDER"},
    "cli.m_text": {"fi": "HAKU", "sv": "SÖKORD", "en": "TEXT"},
    "cli.m_count": {"fi": "MÄÄRÄ", "sv": "ANTAL", "en": "COUNT"},
    "cli.m_number": {"fi": "NUMERO", "sv": "NUMMER", "en": "NUMBER"},
    "cli.m_command": {"fi": "KOMENTO", "sv": "KOMMANDO", "en": "COMMAND"},
    "cli.m_fingerprints": {"fi": "SORMENJÄLJET", "sv": "FINGERAVTRYCK", "en": "FINGERPRINTS"},
    "cli.m_fingerprint": {"fi": "SORMENJÄLKI", "sv": "FINGERAVTRYCK", "en": "FINGERPRINT"},
    "cli.m_name": {"fi": "NIMI", "sv": "NAMN", "en": "NAME"},
    "cli.m_title": {"fi": "NIMIKE", "sv": "BEFATTNING", "en": "TITLE"},
    "cli.m_email": {"fi": "SÄHKÖPOSTI", "sv": "E-POST", "en": "E-MAIL"},
    "cli.m_phone": {"fi": "PUHELIN", "sv": "TELEFON", "en": "PHONE"},
    "cli.m_business_id": {"fi": "Y-TUNNUS", "sv": "FO-NUMMER", "en": "BUSINESS-ID"},
    "cli.m_lang": {"fi": "KIELI", "sv": "SPRÅK", "en": "LANGUAGE"},
    "cli.m_explanation": {"fi": "SELITYS", "sv": "FÖRKLARING", "en": "EXPLANATION"},
    "cli.m_check": {"fi": "TARKISTUS", "sv": "KONTROLL", "en": "CHECK"},
    # What each argument is.
    "cli.a_command": {
        "fi": "mitä tehdään; komennon oma ohje: tilannekuva KOMENTO --help",
        "sv": "vad som görs; kommandots egen hjälp: tilannekuva KOMMANDO --help",
        "en": "what to do; a command's own help: tilannekuva COMMAND --help",
    },
    "cli.a_backup_command": {
        "fi": "mitä varmuuskopioille tehdään",
        "sv": "vad som görs med säkerhetskopiorna",
        "en": "what to do with the backups",
    },
    "cli.a_backup_file": {
        "fi": "palautettava varmuuskopiotiedosto (luettelo: tilannekuva backup list)",
        "sv": "säkerhetskopian som återställs (lista: tilannekuva backup list)",
        "en": "the backup file to restore (list: tilannekuva backup list)",
    },
    "cli.a_late": {
        "fi": "lähetä kysymättä, vaikka kierros on jo päättynyt",
        "sv": "skicka utan att fråga, fast omgången redan har stängts",
        "en": "submit without asking even when the round has closed",
    },
    "cli.a_key_command": {
        "fi": "mitä avaimelle tehdään",
        "sv": "vad som görs med nyckeln",
        "en": "what to do with the key",
    },
    "cli.a_municipality": {
        "fi": "kunta, jonka puolesta vastaat, kuntanumerona (hae: tilannekuva municipalities NIMI)",
        "sv": "kommunen du svarar för, som kommunnummer (sök: tilannekuva municipalities NAMN)",
        "en": "the municipality you answer for, by its code (find it: tilannekuva municipalities "
        "NAME)",
    },
    "cli.a_name": {
        "fi": "yhteyshenkilön nimi; täyttää myös taustatietojen vastaajan",
        "sv": "kontaktpersonens namn; fyller också i svararen under Bakgrund",
        "en": "the contact person's name; also fills in Background's respondent",
    },
    "cli.a_title": {
        "fi": "yhteyshenkilön tehtävänimike",
        "sv": "kontaktpersonens befattning",
        "en": "the contact person's job title",
    },
    "cli.a_email": {
        "fi": "yhteyshenkilön sähköposti, esim. etunimi.sukunimi@kunta.fi",
        "sv": "kontaktpersonens e-post, t.ex. fornamn.efternamn@kommun.fi",
        "en": "the contact person's e-mail, e.g. first.last@kunta.fi",
    },
    "cli.a_phone": {
        "fi": "yhteyshenkilön puhelin, esim. 040 123 4567",
        "sv": "kontaktpersonens telefon, t.ex. 040 123 4567",
        "en": "the contact person's phone, e.g. 040 123 4567",
    },
    "cli.a_business_id": {
        "fi": "kunnan Y-tunnus muodossa 1234567-8 (tarkistusnumero tarkistetaan)",
        "sv": "kommunens FO-nummer i formen 1234567-8 (kontrollsiffran kontrolleras)",
        "en": "the municipality's business ID as 1234567-8 (its check digit is checked)",
    },
    "cli.a_search": {
        "fi": "kunnan nimi tai numero tai niiden alku (tyhjä: kaikki kunnat)",
        "sv": "kommunens namn eller nummer eller deras början (tomt: alla kommuner)",
        "en": "the municipality's name or code, or how it starts (empty: every municipality)",
    },
    "cli.a_limit": {
        "fi": "näytä enintään näin monta",
        "sv": "visa högst så här många",
        "en": "show at most this many",
    },
    "cli.a_round": {
        "fi": "kierroksen tunnus, esim. 2022-1 (luettelo: tilannekuva rounds)",
        "sv": "omgångens beteckning, t.ex. 2022-1 (lista: tilannekuva rounds)",
        "en": "the round's id, e.g. 2022-1 (list: tilannekuva rounds)",
    },
    "cli.a_section": {
        "fi": "näytä vain tämä osio, esim. premises",
        "sv": "visa bara den här delen, t.ex. premises",
        "en": "show only this section, e.g. premises",
    },
    "cli.a_pointer": {
        "fi": "kysymyksen osoite, esim. /premises/lease_status tai taulukon solu "
        "/premises/premises/0/floor_area (osoitteet: tilannekuva show KIERROS)",
        "sv": "frågans adress, t.ex. /premises/lease_status eller en tabellcell "
        "/premises/premises/0/floor_area (adresserna: tilannekuva show OMGÅNG)",
        "en": "the question's address, e.g. /premises/lease_status or a table cell "
        "/premises/premises/0/floor_area (the addresses: tilannekuva show ROUND)",
    },
    "cli.a_value": {
        "fi": "vastaus kuten lomakkeelle kirjoitettuna, esim. 1 250,5, kyllä tai 15.2.2022; "
        "- lukee vastauksen vakiosyötteestä (esim. koko taulukko JSONina)",
        "sv": "svaret som det skrivs i formuläret, t.ex. 1 250,5, ja eller 15.2.2022; "
        "- läser svaret från standardinmatningen (t.ex. en hel tabell som JSON)",
        "en": "the answer as typed in the form, e.g. 1,250.5, yes or 15.2.2022; "
        "- reads it from standard input (e.g. a whole table as JSON)",
    },
    "cli.a_clear_pointer": {
        "fi": "poistettavan vastauksen tai taulukon rivin osoite, esim. /premises/premises/2",
        "sv": "adressen till svaret eller tabellraden som tas bort, t.ex. /premises/premises/2",
        "en": "the address of the answer or table row to remove, e.g. /premises/premises/2",
    },
    "cli.a_history_limit": {
        "fi": "näytä näin monta viimeisintä muutosta",
        "sv": "visa så här många av de senaste ändringarna",
        "en": "show this many of the latest changes",
    },
    "cli.a_verify_file": {
        "fi": "tarkistettavat paketit (.asice) ja raportit (.pdf), tai kansiot, joissa niitä on",
        "sv": "paketen (.asice) och rapporterna (.pdf) som kontrolleras, eller mappar med dem",
        "en": "the packages (.asice) and reports (.pdf) to check, or folders holding them",
    },
    "cli.a_key_file": {
        "fi": "tuotava PKCS#12-tiedosto (.p12, .pfx)",
        "sv": "PKCS#12-filen som importeras (.p12, .pfx)",
        "en": "the PKCS#12 file to import (.p12, .pfx)",
    },
    "cli.backup": {
        "fi": "varmuuskopiot: list, create, restore",
        "sv": "säkerhetskopior: list, create, restore",
        "en": "backups: list, create, restore",
    },
    "cli.backup_list": {
        "fi": "luettele varmuuskopiot (aika, koko, kierrosten tilanne silloin)",
        "sv": "lista säkerhetskopiorna (tid, storlek, omgångarnas läge då)",
        "en": "list the backups (time, size, how far each round was then)",
    },
    "cli.backup_create": {
        "fi": "ota varmuuskopio nyt",
        "sv": "ta en säkerhetskopia nu",
        "en": "take a backup now",
    },
    "cli.backup_to": {
        "fi": "kirjoita varmuuskopio tähän kansioon (esim. muistitikulle)",
        "sv": "skriv säkerhetskopian i den här mappen (t.ex. ett USB-minne)",
        "en": "write the backup into this folder (e.g. a USB stick)",
    },
    "cli.backup_restore": {
        "fi": "palauta vastaukset varmuuskopiosta (nykyisistä otetaan ensin varmuuskopio)",
        "sv": "återställ svaren från en säkerhetskopia (först tas en kopia av de nuvarande)",
        "en": "restore the answers from a backup (the current ones are backed up first)",
    },
    "cli.yes": {
        "fi": "älä kysy vahvistusta",
        "sv": "fråga inte om bekräftelse",
        "en": "do not ask for confirmation",
    },
    "cli.other_municipality": {
        "fi": "salli toisen kunnan varmuuskopio",
        "sv": "tillåt en annan kommuns säkerhetskopia",
        "en": "allow another municipality's backup",
    },
    "cli.file_not_found": {
        "fi": "Tiedostoa {file} ei ole: se on ehkä siirretty tai poistettu.",
        "sv": "Filen {file} finns inte: den har kanske flyttats eller tagits bort.",
        "en": "The file {file} was not found: it may have been moved or deleted.",
    },
    "cli.file_not_opened": {
        "fi": "Tilannekuva ei osaa avata tiedostoa {file}: se ei ole vastaanotettu paketti "
        "(.asice), raportti (.pdf) eikä kyselykierros (.tkround).",
        "sv": "Tilannekuva kan inte öppna filen {file}: den är varken ett mottaget paket "
        "(.asice), en rapport (.pdf) eller en enkätomgång (.tkround).",
        "en": "Tilannekuva cannot open the file {file}: it is not a received package "
        "(.asice), a report (.pdf) or a survey round (.tkround).",
    },
    "cli.no_window": {
        "fi": "Ikkunaa ei voi avata: näyttöä ei ole. Ajetaan sen sijaan demo komentoriviltä.\n",
        "sv": "Fönstret kan inte öppnas: det finns ingen skärm. Demon körs i stället på kommandoraden.\n",
        "en": "The window cannot open: there is no display. Running the demo on the command line instead.\n",
    },
    "cli.bug": {
        "fi": "Ohjelmavirhe: {error}. Tiedot on kirjoitettu lokiin {log}. Vastauksesi ovat tallessa.",
        "sv": "Programfel: {error}. Detaljerna har skrivits i loggen {log}. Dina svar är sparade.",
        "en": "Program error: {error}. The details were written to the log {log}. Your answers are safe.",
    },
    "cli.interrupted": {
        "fi": "Keskeytetty.",
        "sv": "Avbrutet.",
        "en": "Interrupted.",
    },
    "cli.bug_no_log": {
        "fi": "Ohjelmavirhe: {error}. Lokia ei voitu kirjoittaa ({reason}). Vastauksesi ovat tallessa.",
        "sv": "Programfel: {error}. Loggen kunde inte skrivas ({reason}). Dina svar är sparade.",
        "en": "Program error: {error}. The log could not be written ({reason}). Your answers are safe.",
    },
    # Previous rounds.
    "cli.copy_forward": {
        "fi": "kopioi edellisen kierroksen vastaukset (kirjoitettuja vastauksia ei korvata)",
        "sv": "kopiera förra omgångens svar (skrivna svar ersätts inte)",
        "en": "copy the previous round's answers (answers already given are not replaced)",
    },
    "cli.a_copy_target": {
        "fi": "osio tai kysymyksen osoite (oletus: koko kierros)",
        "sv": "en del eller en frågas adress (standard: hela omgången)",
        "en": "a section or a question's address (default: the whole round)",
    },
    "cli.overwrite": {
        "fi": "korvaa myös jo annetut vastaukset edellisillä",
        "sv": "ersätt också redan givna svar med de föregående",
        "en": "replace answers already given with the previous ones too",
    },
    "cli.add_rows": {
        "fi": "lisää taulukoihin, joihin on jo vastattu, edellisen kierroksen rivit, jotka niistä puuttuvat",
        "sv": "lägg till raderna från föregående omgång som saknas i tabeller som redan är besvarade",
        "en": "add the previous round's rows that tables already answered lack",
    },
    "cli.undo_copy": {
        "fi": "peru viimeisin kopiointi",
        "sv": "ångra den senaste kopieringen",
        "en": "undo the latest copy",
    },
    "cli.compare": {
        "fi": "vertaa kahta kierrosta tai kierroksen kahta lähetystä (esim. 2022-1#1 2022-1#2)",
        "sv": "jämför två omgångar eller två inskickningar av en omgång (t.ex. 2022-1#1 2022-1#2)",
        "en": "compare two rounds, or two submissions of a round (e.g. 2022-1#1 2022-1#2)",
    },
    "cli.a_compare_a": {
        "fi": "aiempi: kierros (vastaukset nyt) tai KIERROS#N (lähetys N)",
        "sv": "den tidigare: en omgång (svaren nu) eller OMGÅNG#N (inskickning N)",
        "en": "the earlier: a round (its answers now) or ROUND#N (submission N)",
    },
    "cli.a_compare_b": {
        "fi": "myöhempi: kierros tai KIERROS#N",
        "sv": "den senare: en omgång eller OMGÅNG#N",
        "en": "the later: a round or ROUND#N",
    },
    "cli.compare_format": {
        "fi": "muoto: text (oletus), csv tai pdf",
        "sv": "format: text (standard), csv eller pdf",
        "en": "format: text (default), csv or pdf",
    },
    "cli.compare_out": {
        "fi": "kirjoita tiedostoon (pdf: oletuksena nykyiseen kansioon)",
        "sv": "skriv till en fil (pdf: som standard i den aktuella mappen)",
        "en": "write to a file (pdf: by default into the current folder)",
    },
    "cli.changes": {
        "fi": "näytä, mitkä kysymykset ovat uusia tai muuttuneet edellisestä kierroksesta",
        "sv": "visa vilka frågor som är nya eller ändrade sedan förra omgången",
        "en": "show which questions are new or changed since the previous round",
    },
    "cli.m_reference": {"fi": "KIERROS[#N]", "sv": "OMGÅNG[#N]", "en": "ROUND[#N]"},
    "cli.m_copy_target": {"fi": "OSIO|OSOITE", "sv": "DEL|ADRESS", "en": "SECTION|POINTER"},
    "cli.copy_row": {
        "fi": "vain tämä taulukon rivi (sen avain, esim. rakennus); toistettavissa",
        "sv": "bara den här tabellraden (dess nyckel, t.ex. byggnaden); kan upprepas",
        "en": "only this row of the table (its key, e.g. the building); may be repeated",
    },
    "cli.m_row_key": {"fi": "RIVI", "sv": "RAD", "en": "ROW"},
}
