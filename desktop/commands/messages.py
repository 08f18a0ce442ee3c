"""The commands package's messages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "commands.answers.stdin_not_utf8": {
        "fi": "Vakiosyötteestä luettu arvo ei ole UTF-8-tekstiä; mitään ei tallennettu.",
        "sv": "Värdet som lästes från standardinmatningen är inte UTF-8-text; inget sparades.",
        "en": "The value read from standard input is not UTF-8 text; nothing was saved.",
    },
    "commands.answers.round_line": {
        "fi": "{id}  {title}  {opens}–{closes}  {status}  vastattu {answered}/{required}",
        "sv": "{id}  {title}  {opens}–{closes}  {status}  besvarat {answered}/{required}",
        "en": "{id}  {title}  {opens}–{closes}  {status}  answered {answered}/{required}",
    },
    "commands.answers.upcoming": {"fi": "tulossa", "sv": "kommande", "en": "upcoming"},
    "commands.answers.open": {"fi": "avoinna", "sv": "öppen", "en": "open"},
    "commands.answers.closed": {"fi": "päättynyt", "sv": "stängd", "en": "closed"},
    "commands.answers.section_head": {
        "fi": "== {title} ({answered}/{required} pakollista vastattu) ==",
        "sv": "== {title} ({answered}/{required} obligatoriska besvarade) ==",
        "en": "== {title} ({answered}/{required} required answered) ==",
    },
    "commands.answers.unanswered": {
        "fi": "(vastaamatta)",
        "sv": "(obesvarad)",
        "en": "(unanswered)",
    },
    "commands.answers.follow_up": {"fi": "jatkokysymys", "sv": "följdfråga", "en": "follow-up"},
    "commands.answers.row": {"fi": "rivi", "sv": "rad", "en": "row"},
    "commands.answers.saved": {
        "fi": "Tallennettu {pointer} = {value}",
        "sv": "Sparat {pointer} = {value}",
        "en": "Saved {pointer} = {value}",
    },
    "commands.answers.saved_with_problem": {
        "fi": "Huom: {problem}",
        "sv": "Obs: {problem}",
        "en": "Note: {problem}",
    },
    "commands.answers.cleared": {
        "fi": "Poistettu {pointer}",
        "sv": "Borttaget {pointer}",
        "en": "Removed {pointer}",
    },
    "commands.answers.nothing_to_clear": {
        "fi": "Kohdassa {pointer} ei ollut vastausta.",
        "sv": "Det fanns inget svar vid {pointer}.",
        "en": "There was no answer at {pointer}.",
    },
    "commands.answers.valid": {
        "fi": "Kierroksen {round} vastaukset ovat kunnossa: ei ongelmia.",
        "sv": "Svaren i omgången {round} är i ordning: inga problem.",
        "en": "The answers of round {round} are in order: no problems.",
    },
    "commands.answers.problems": {
        "fi": "Kierroksella {round} on {count} korjattavaa:",
        "sv": "Omgången {round} har {count} saker att rätta:",
        "en": "Round {round} has {count} things to fix:",
    },
    "commands.answers.no_errors": {
        "fi": "Kierroksella {round} ei ole korjattavaa.",
        "sv": "Omgången {round} har inget att rätta.",
        "en": "Round {round} has nothing to fix.",
    },
    "commands.answers.warnings": {
        "fi": "{count} huomautusta: tarkista, ettei vastauksissa ole virhettä, ja korjaa "
        "vastaus tai vahvista se lyhyellä selityksellä:",
        "sv": "{count} anmärkningar: kontrollera att svaren inte innehåller fel, och rätta "
        "svaret eller bekräfta det med en kort förklaring:",
        "en": "{count} warnings: check the answers hold no mistake, and change the answer or "
        "confirm it with a short explanation:",
    },
    "commands.answers.warnings_one": {
        "fi": "1 huomautus: tarkista, ettei vastauksessa ole virhettä, ja korjaa vastaus tai "
        "vahvista se lyhyellä selityksellä:",
        "sv": "1 anmärkning: kontrollera att svaret inte innehåller fel, och rätta svaret eller "
        "bekräfta det med en kort förklaring:",
        "en": "1 warning: check the answer holds no mistake, and change the answer or confirm "
        "it with a short explanation:",
    },
    "commands.answers.explained": {
        "fi": "Vahvistettu: {message}\n  Selitys: {text}",
        "sv": "Bekräftat: {message}\n  Förklaring: {text}",
        "en": "Confirmed: {message}\n  Explanation: {text}",
    },
    "commands.answers.withdrawn": {
        "fi": "Vahvistus peruttu: {message}",
        "sv": "Bekräftelsen togs tillbaka: {message}",
        "en": "Confirmation taken back: {message}",
    },
    "commands.answers.explanation_line": {
        "fi": "      Vahvistettu, selitys: {text}",
        "sv": "      Bekräftad, förklaring: {text}",
        "en": "      Confirmed, explanation: {text}",
    },
    "commands.answers.to_explain": {
        "fi": '      Korjaa vastaus tai vahvista: tilannekuva explain {round} {pointer} "selitys"',
        "sv": '      Rätta svaret eller bekräfta: tilannekuva explain {round} {pointer} "förklaring"',
        "en": '      Change the answer or confirm: tilannekuva explain {round} {pointer} "why"',
    },
    "commands.answers.problems_one": {
        "fi": "Kierroksella {round} on 1 korjattava asia:",
        "sv": "Omgången {round} har 1 sak att rätta:",
        "en": "Round {round} has 1 thing to fix:",
    },
    "commands.answers.no_section": {
        "fi": "Kierroksella {round} ei ole osiota {section}. Osiot: {known}.",
        "sv": "Omgången {round} har ingen del {section}. Delar: {known}.",
        "en": "Round {round} has no section {section}. Sections: {known}.",
    },
    "commands.answers.history_line": {
        "fi": "{at}  {actor}  {question} ({pointer}): {old} → {new}",
        "sv": "{at}  {actor}  {question} ({pointer}): {old} → {new}",
        "en": "{at}  {actor}  {question} ({pointer}): {old} → {new}",
    },
    "commands.arguments.usage": {"fi": "käyttö: ", "sv": "användning: ", "en": "usage: "},
    "commands.arguments.positionals": {"fi": "argumentit", "sv": "argument", "en": "arguments"},
    "commands.arguments.options": {"fi": "valinnat", "sv": "flaggor", "en": "options"},
    "commands.arguments.help": {
        "fi": "näytä tämä ohje ja lopeta",
        "sv": "visa den här hjälpen och avsluta",
        "en": "show this help and exit",
    },
    "commands.arguments.error": {
        "fi": "{prog}: virhe: {message}",
        "sv": "{prog}: fel: {message}",
        "en": "{prog}: error: {message}",
    },
    "commands.arguments.bad_count": {
        "fi": "”{text}” ei kelpaa: anna kokonaisluku {least}–{limit} numeroin 0–9.",
        "sv": "”{text}” duger inte: ange ett heltal {least}–{limit} med siffrorna 0–9.",
        "en": "“{text}” will not do: give a whole number {least}–{limit} in the digits 0–9.",
    },
    "commands.arguments.version": {
        "fi": "näytä ohjelman versio ja lopeta",
        "sv": "visa programmets version och avsluta",
        "en": "show the program's version and exit",
    },
    "commands.backup.none": {
        "fi": "Varmuuskopioita ei ole vielä ({folder}).",
        "sv": "Det finns inga säkerhetskopior ännu ({folder}).",
        "en": "There are no backups yet ({folder}).",
    },
    "commands.backup.heading": {
        "fi": "Varmuuskopiot kansiossa {folder} (uusin ensin):",
        "sv": "Säkerhetskopior i mappen {folder} (nyaste först):",
        "en": "Backups in the folder {folder} (newest first):",
    },
    "commands.backup.kind_auto": {"fi": "automaattinen", "sv": "automatisk", "en": "automatic"},
    "commands.backup.kind_manual": {"fi": "käsin otettu", "sv": "manuell", "en": "manual"},
    "commands.backup.kind_restore": {
        "fi": "ennen palautusta",
        "sv": "före återställning",
        "en": "before a restore",
    },
    "commands.backup.kind_migration": {
        "fi": "ennen päivitystä",
        "sv": "före uppdatering",
        "en": "before an upgrade",
    },
    "commands.backup.kind_other": {"fi": "muu", "sv": "annan", "en": "other"},
    "commands.backup.no_answers": {"fi": "ei vastauksia", "sv": "inga svar", "en": "no answers"},
    "commands.backup.submitted": {"fi": "lähetetty", "sv": "inskickad", "en": "submitted"},
    "commands.backup.unusable": {
        "fi": "ei käytettävissä",
        "sv": "kan inte användas",
        "en": "cannot be used",
    },
    "commands.backup.rotation": {
        "fi": "Automaattisia varmuuskopioita otetaan kerran päivässä ja {keep} uusinta säilytetään; "
        "käsin otettuja ei poisteta koskaan.",
        "sv": "Automatiska säkerhetskopior tas en gång om dagen och de {keep} nyaste sparas; "
        "manuella tas aldrig bort.",
        "en": "Automatic backups are taken once a day and the newest {keep} are kept; manual "
        "ones are never removed.",
    },
    "commands.backup.created": {
        "fi": "Varmuuskopio tallennettu: {path}",
        "sv": "Säkerhetskopian sparades: {path}",
        "en": "Backup saved: {path}",
    },
    "commands.backup.confirm": {
        "fi": "Palautetaanko varmuuskopio {path} ({when})? Nykyiset vastaukset korvataan; niistä "
        "otetaan ensin varmuuskopio. [k/E] ",
        "sv": "Återställa säkerhetskopian {path} ({when})? De nuvarande svaren ersätts; först tas "
        "en säkerhetskopia av dem. [j/N] ",
        "en": "Restore the backup {path} ({when})? The current answers are replaced; a backup of "
        "them is taken first. [y/N] ",
    },
    "commands.backup.confirm_other": {
        "fi": "Palautetaanko silti? [k/E] ",
        "sv": "Återställa ändå? [j/N] ",
        "en": "Restore anyway? [y/N] ",
    },
    "commands.backup.needs_yes": {
        "fi": "Palautus korvaa nykyiset vastaukset. Vahvista lisäämällä --yes. Mitään ei muutettu.",
        "sv": "Återställningen ersätter de nuvarande svaren. Bekräfta med --yes. Inget ändrades.",
        "en": "Restoring replaces the current answers. Confirm with --yes. Nothing was changed.",
    },
    "commands.backup.needs_other": {
        "fi": "Vahvista toisen kunnan varmuuskopion palautus lisäämällä --other-municipality. "
        "Mitään ei muutettu.",
        "sv": "Bekräfta återställningen av en annan kommuns säkerhetskopia med "
        "--other-municipality. Inget ändrades.",
        "en": "Confirm restoring another municipality's backup with --other-municipality. "
        "Nothing was changed.",
    },
    "commands.backup.cancelled": {
        "fi": "Palautus peruttiin. Mitään ei muutettu.",
        "sv": "Återställningen avbröts. Inget ändrades.",
        "en": "The restore was cancelled. Nothing was changed.",
    },
    "commands.backup.restored": {
        "fi": "Varmuuskopio {path} palautettu. Aiemmat vastaukset tallessa: {kept}",
        "sv": "Säkerhetskopian {path} återställdes. De tidigare svaren finns i: {kept}",
        "en": "The backup {path} was restored. The previous answers are kept in: {kept}",
    },
    "commands.collect.trust": {
        "fi": "luotetut allekirjoittajat (kuntien avainten sormenjäljet): add, list, remove, import",
        "sv": "betrodda undertecknare (kommunernas fingeravtryck): add, list, remove, import",
        "en": "trusted signers (the municipalities' key fingerprints): add, list, remove, import",
    },
    "commands.collect.trust_add": {
        "fi": "rekisteröi kunnan avaimen sormenjälki",
        "sv": "registrera fingeravtrycket för kommunens nyckel",
        "en": "register a municipality's key fingerprint",
    },
    "commands.collect.trust_list": {
        "fi": "luettele rekisteröidyt avaimet",
        "sv": "lista de registrerade nycklarna",
        "en": "list the registered keys",
    },
    "commands.collect.trust_remove": {
        "fi": "poista kunnan kaikki avaimet",
        "sv": "ta bort alla nycklar för en kommun",
        "en": "remove every key of a municipality",
    },
    "commands.collect.trust_import": {
        "fi": "tuo CSV-tiedosto, jossa rivi kohden kuntanumero,sormenjälki",
        "sv": "importera en CSV-fil med kommunnummer,fingeravtryck per rad",
        "en": "import a CSV file with code,fingerprint per line",
    },
    "commands.collect.collect": {
        "fi": "tarkista ja kirjaa kierroksen vastaanotetut paketit kansioista",
        "sv": "kontrollera och registrera omgångens mottagna paket från mappar",
        "en": "verify and record a round's received packages from folders",
    },
    "commands.collect.missing": {
        "fi": "kunnat, joilta kierroksen hyväksytty vastaus puuttuu, hyvinvointialueittain",
        "sv": "kommuner som saknar ett godkänt svar för omgången, per välfärdsområde",
        "en": "municipalities with no accepted answer for the round, by wellbeing services county",
    },
    "commands.collect.out": {
        "fi": "kirjoita koonti: FILE.xlsx, CSV-tiedostot kansioon FILE-csv ja tiivistelmä FILE.pdf",
        "sv": "skriv sammanställningen: FILE.xlsx, CSV-filer i mappen FILE-csv och sammandraget "
        "FILE.pdf",
        "en": "write the national picture: FILE.xlsx, CSV files in FILE-csv and the summary FILE.pdf",
    },
    "commands.collect.workers": {
        "fi": "rinnakkaisten tarkistusprosessien määrä (oletus: ytimien määrä)",
        "sv": "antal parallella kontrollprocesser (standard: antalet kärnor)",
        "en": "number of parallel checking processes (default: the number of cores)",
    },
    "commands.collect.a_trust_command": {
        "fi": "mitä luotettujen allekirjoittajien luettelolle tehdään",
        "sv": "vad som görs med listan över betrodda undertecknare",
        "en": "what to do with the list of trusted signers",
    },
    "commands.collect.a_code": {
        "fi": "kunnan kuntanumero, esim. 211",
        "sv": "kommunens kommunnummer, t.ex. 211",
        "en": "the municipality's code, e.g. 211",
    },
    "commands.collect.a_fingerprint": {
        "fi": "kunnan avaimen sormenjälki (64 heksadesimaalimerkkiä, välit sallittuja)",
        "sv": "kommunens nyckels fingeravtryck (64 hexadecimala tecken, mellanslag tillåtna)",
        "en": "the municipality key's fingerprint (64 hex digits, spaces allowed)",
    },
    "commands.collect.a_trust_file": {
        "fi": "CSV-tiedosto: kuntanumero ja sormenjälki riveittäin",
        "sv": "CSV-fil: kommunnummer och fingeravtryck per rad",
        "en": "a CSV file: a municipality code and a fingerprint on each line",
    },
    "commands.collect.a_round": {
        "fi": "kierroksen tunnus, esim. 2022-1",
        "sv": "omgångens beteckning, t.ex. 2022-1",
        "en": "the round's id, e.g. 2022-1",
    },
    "commands.collect.a_folders": {
        "fi": "kansiot, joista vastaanotetut paketit (.asice) luetaan",
        "sv": "mapparna som de mottagna paketen (.asice) läses från",
        "en": "the folders the received packages (.asice) are read from",
    },
    "commands.collect.added": {
        "fi": "Rekisteröity: {code} {name}  {fingerprint}",
        "sv": "Registrerad: {code} {name}  {fingerprint}",
        "en": "Registered: {code} {name}  {fingerprint}",
    },
    "commands.collect.removed": {
        "fi": "Poistettu {count} avainta kunnalta {code}.",
        "sv": "{count} nycklar borttagna för kommunen {code}.",
        "en": "Removed {count} keys of municipality {code}.",
    },
    "commands.collect.imported": {
        "fi": "Luettu {lines} riviä, {new} uutta avainta rekisteröity.",
        "sv": "{lines} rader lästa, {new} nya nycklar registrerade.",
        "en": "Read {lines} lines, registered {new} new keys.",
    },
    "commands.collect.none_trusted": {
        "fi": "Yhtään avainta ei ole rekisteröity. Lisää: tilannekuva trust add KUNTANUMERO "
        "SORMENJÄLKI",
        "sv": "Inga nycklar är registrerade. Lägg till: tilannekuva trust add KOMMUNNUMMER "
        "FINGERAVTRYCK",
        "en": "No keys are registered. Add one: tilannekuva trust add CODE FINGERPRINT",
    },
    "commands.collect.summary": {
        "fi": "Kierros {round}: {files} tiedostoa, {counted} kuntaa laskettu, {replaced} korvattua "
        "lähetystä, {refused} hylättyä, {ignored} muuta tiedostoa.",
        "sv": "Omgång {round}: {files} filer, {counted} kommuner räknade, {replaced} ersatta "
        "inskickningar, {refused} avvisade, {ignored} andra filer.",
        "en": "Round {round}: {files} files, {counted} municipalities counted, {replaced} "
        "replaced submissions, {refused} refused, {ignored} other files.",
    },
    "commands.collect.refused_line": {
        "fi": "✗ {path}\n    {reason}",
        "sv": "✗ {path}\n    {reason}",
        "en": "✗ {path}\n    {reason}",
    },
    "commands.collect.missing_hint": {
        "fi": "Vastaus puuttuu {count} kunnalta: tilannekuva missing {round}",
        "sv": "Svar saknas från {count} kommuner: tilannekuva missing {round}",
        "en": "{count} municipalities have not answered: tilannekuva missing {round}",
    },
    "commands.collect.written": {
        "fi": "Koonti kirjoitettu:\n  {files}",
        "sv": "Sammanställningen skriven:\n  {files}",
        "en": "The national picture written:\n  {files}",
    },
    "commands.collect.missing_none": {
        "fi": "Kaikki kunnat ovat vastanneet kierrokseen {round}.",
        "sv": "Alla kommuner har svarat på omgången {round}.",
        "en": "Every municipality has answered round {round}.",
    },
    "commands.collect.missing_count": {
        "fi": "Kierroksen {round} vastaus puuttuu {count} kunnalta.",
        "sv": "Svar för omgången {round} saknas från {count} kommuner.",
        "en": "{count} municipalities have not answered round {round}.",
    },
    "commands.collect.contact": {
        "fi": "yhteyshenkilö ({round}): {person}",
        "sv": "kontaktperson ({round}): {person}",
        "en": "contact ({round}): {person}",
    },
    "commands.collect.no_contact": {
        "fi": "ei yhteystietoja aiemmilta kierroksilta",
        "sv": "inga kontaktuppgifter från tidigare omgångar",
        "en": "no contact details from earlier rounds",
    },
    "commands.demo.filling": {
        "fi": "Täytetään kierros {round} demokunnalle {name} ({code}) tietokansioon {path}",
        "sv": "Omgången {round} fylls i för demokommunen {name} ({code}) i datamappen {path}",
        "en": "Filling round {round} for the demo municipality {name} ({code}) in the data folder {path}",
    },
    "commands.demo.filled": {
        "fi": "{count} vastausta tallennettu.",
        "sv": "{count} svar sparade.",
        "en": "{count} answers saved.",
    },
    "commands.demo.filled_one": {
        "fi": "1 vastaus tallennettu.",
        "sv": "1 svar sparat.",
        "en": "1 answer saved.",
    },
    "commands.demo.reopened": {
        "fi": "Kierros {round} oli lähetetty aiemmassa demossa; se avataan korjausta varten.",
        "sv": "Omgången {round} skickades in i en tidigare demo; den öppnas för rättelse.",
        "en": "Round {round} was submitted in an earlier demo; it is reopened for a correction.",
    },
    "commands.demo.submitted": {
        "fi": "Allekirjoitettu ja lähetetty (lähetys {number}):\n  {package}\n  {report}\n"
        "  sormenjälki {fingerprint}\nPaketin tarkistus kuten vastaanottaja sen tekee:",
        "sv": "Undertecknat och inskickat (inskickning {number}):\n  {package}\n  {report}\n"
        "  fingeravtryck {fingerprint}\nPaketet kontrolleras som mottagaren gör det:",
        "en": "Signed and submitted (submission {number}):\n  {package}\n  {report}\n"
        "  fingerprint {fingerprint}\nThe package checked as its receiver checks it:",
    },
    "commands.demo.next": {
        "fi": "Katso vastaukset: tilannekuva --data-dir {path} show {round}\n"
        "Lähetykset: tilannekuva --data-dir {path} submissions {round}",
        "sv": "Se svaren: tilannekuva --data-dir {path} show {round}\n"
        "Inskickningar: tilannekuva --data-dir {path} submissions {round}",
        "en": "See the answers: tilannekuva --data-dir {path} show {round}\n"
        "Submissions: tilannekuva --data-dir {path} submissions {round}",
    },
    "commands.demo.own_work": {
        "fi": "Tietokansiossa {path} on jonkun omaa työtä (vastauksia tai organisaatioavain); demo "
        "ei kirjoita sen päälle. Valitse toinen kansio: tilannekuva --data-dir KANSIO demo",
        "sv": "Datamappen {path} innehåller någons eget arbete (svar eller en organisationsnyckel); "
        "demon skriver inte över det. Välj en annan mapp: tilannekuva --data-dir MAPP demo",
        "en": "The data folder {path} holds someone's own work (answers or an organisation key); "
        "the demo will not overwrite it. Choose another folder: tilannekuva --data-dir FOLDER demo",
    },
    "commands.demo.other_profile": {
        "fi": "Tietokansiossa {path} on jo kunnan {code} profiili; demo ei kirjoita sen päälle. "
        "Valitse toinen kansio: tilannekuva --data-dir KANSIO demo",
        "sv": "Datamappen {path} har redan en profil för kommunen {code}; demon skriver inte över "
        "den. Välj en annan mapp: tilannekuva --data-dir MAPP demo",
        "en": "The data folder {path} already has a profile for municipality {code}; the demo will "
        "not overwrite it. Choose another folder: tilannekuva --data-dir FOLDER demo",
    },
    "commands.profile.saved": {
        "fi": "Profiili tallennettu: {name} ({code}).",
        "sv": "Profilen sparad: {name} ({code}).",
        "en": "Profile saved: {name} ({code}).",
    },
    "commands.profile.show": {
        "fi": "Kunta: {name} ({code})\nHyvinvointialue: {area}\nYhteyshenkilö: {contact}\n"
        "Tehtävänimike: {title}\nSähköposti: {email}\nPuhelin: {phone}\nY-tunnus: {business_id}",
        "sv": "Kommun: {name} ({code})\nVälfärdsområde: {area}\nKontaktperson: {contact}\n"
        "Befattning: {title}\nE-post: {email}\nTelefon: {phone}\nFO-nummer: {business_id}",
        "en": "Municipality: {name} ({code})\nWellbeing services county: {area}\n"
        "Contact person: {contact}\nJob title: {title}\nE-mail: {email}\nPhone: {phone}\n"
        "Business ID: {business_id}",
    },
    "commands.profile.outside_reform": {
        "fi": "Ahvenanmaa: sote-uudistuksen ulkopuolella, ei vastaa kyselyyn",
        "sv": "Åland: utanför vårdreformen, besvarar inte enkäten",
        "en": "Åland: outside the sote reform, does not answer the survey",
    },
    "commands.profile.no_match": {
        "fi": "Hakua ”{text}” vastaavaa kuntaa ei löytynyt.",
        "sv": "Ingen kommun motsvarar sökningen ”{text}”.",
        "en": "No municipality matches “{text}”.",
    },
    "commands.secrets.prompt": {
        "fi": "Avaimen {path} tunnuslause: ",
        "sv": "Lösenfras för nyckeln {path}: ",
        "en": "Passphrase of the key {path}: ",
    },
    "commands.secrets.prompt_new": {
        "fi": "Uuden avaimen tunnuslause (tyhjä = ei tunnuslausetta): ",
        "sv": "Lösenfras för den nya nyckeln (tom = ingen lösenfras): ",
        "en": "Passphrase for the new key (empty = no passphrase): ",
    },
    "commands.secrets.prompt_again": {
        "fi": "Sama tunnuslause uudelleen: ",
        "sv": "Samma lösenfras igen: ",
        "en": "The same passphrase again: ",
    },
    "commands.secrets.mismatch": {
        "fi": "Tunnuslauseet eivät olleet samat. Mitään ei tallennettu.",
        "sv": "Lösenfraserna var inte samma. Inget sparades.",
        "en": "The passphrases were not the same. Nothing was saved.",
    },
    "commands.secrets.unreadable": {
        "fi": "Tunnuslausetiedostoa {path} ei voitu lukea: {reason}.",
        "sv": "Lösenfrasfilen {path} kunde inte läsas: {reason}.",
        "en": "The passphrase file {path} could not be read: {reason}.",
    },
    "commands.submit.draft_done": {
        "fi": "Luonnos (allekirjoittamaton, ei lähetetty): {report}",
        "sv": "Utkast (osignerat, inte inskickat): {report}",
        "en": "Draft (unsigned, not submitted): {report}",
    },
    "commands.submit.draft_problems": {
        "fi": "Luonnoksessa on {count} korjattavaa; ne on lueteltu raportin lopussa.",
        "sv": "Utkastet har {count} saker att rätta; de listas i slutet av rapporten.",
        "en": "The draft has {count} things to fix; they are listed at the end of the report.",
    },
    "commands.submit.late_question": {
        "fi": "Kierros {round} päättyi {closes}. Lähetetäänkö vastaukset silti myöhässä? [k/E] ",
        "sv": "Omgången {round} stängdes {closes}. Skickas svaren ändå för sent? [j/N] ",
        "en": "Round {round} closed on {closes}. Submit the answers late anyway? [y/N] ",
    },
    "commands.submit.late_not_sent": {
        "fi": "Kierrosta {round} ei lähetetty.",
        "sv": "Omgången {round} skickades inte in.",
        "en": "Round {round} was not submitted.",
    },
    "commands.submit.draft_problems_one": {
        "fi": "Luonnoksessa on 1 korjattava asia; se on mainittu raportin lopussa.",
        "sv": "Utkastet har 1 sak att rätta; den nämns i slutet av rapporten.",
        "en": "The draft has 1 thing to fix; it is named at the end of the report.",
    },
    "commands.submit.final_done": {
        "fi": "Lähetys {number} kierrokselle {round} on valmis ja kierros on lukittu.\n"
        "  Paketti:  {package}\n  Raportti: {report}\n  Avaimen sormenjälki: {fingerprint}\n"
        "Lähetä molemmat tiedostot ja kerro sormenjälki vastaanottajalle muuta kautta.",
        "sv": "Inskickning {number} för omgången {round} är klar och omgången är låst.\n"
        "  Paket:   {package}\n  Rapport: {report}\n  Nyckelns fingeravtryck: {fingerprint}\n"
        "Skicka båda filerna och meddela mottagaren fingeravtrycket på annat sätt.",
        "en": "Submission {number} of round {round} is ready and the round is locked.\n"
        "  Package: {package}\n  Report:  {report}\n  Key fingerprint: {fingerprint}\n"
        "Send both files and tell the receiver the fingerprint by other means.",
    },
    "commands.submit.key_show": {
        "fi": "Organisaatioavain: {path}\n  Nimi: {subject}\n  Voimassa: {start}–{end}\n"
        "  Sormenjälki: {fingerprint}",
        "sv": "Organisationsnyckel: {path}\n  Namn: {subject}\n  Giltig: {start}–{end}\n"
        "  Fingeravtryck: {fingerprint}",
        "en": "Organisation key: {path}\n  Name: {subject}\n  Valid: {start}–{end}\n"
        "  Fingerprint: {fingerprint}",
    },
    "commands.submit.key_made": {
        "fi": "Uusi avain on luotu. Kerro sormenjälki vastaanottajalle muuta kautta (esim. "
        "puhelimitse tai kirjeellä), jotta se voi luottaa allekirjoitukseesi.",
        "sv": "En ny nyckel har skapats. Meddela mottagaren fingeravtrycket på annat sätt (t.ex. "
        "per telefon eller brev) så att den kan lita på din underskrift.",
        "en": "A new key has been created. Tell the receiver the fingerprint by other means (e.g. "
        "by phone or letter) so that they can trust your signature.",
    },
    "commands.submit.no_passphrase": {
        "fi": "Huom: avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet.",
        "sv": "Obs: nyckeln har ingen lösenfras; den skyddas endast av filens behörigheter.",
        "en": "Note: the key has no passphrase; only the file's permissions protect it.",
    },
    "commands.submit.no_submissions": {
        "fi": "Kierrosta {round} ei ole lähetetty.",
        "sv": "Omgången {round} har inte skickats in.",
        "en": "Round {round} has not been submitted.",
    },
    "commands.submit.submission_line": {
        "fi": "{number}. {at}  {actor}  {name}\n   paketti SHA-256 {package}\n   "
        "sormenjälki {fingerprint}",
        "sv": "{number}. {at}  {actor}  {name}\n   paket SHA-256 {package}\n   "
        "fingeravtryck {fingerprint}",
        "en": "{number}. {at}  {actor}  {name}\n   package SHA-256 {package}\n   "
        "fingerprint {fingerprint}",
    },
    "commands.submit.locked": {
        "fi": "Kierros on lukittu; korjaus aloitetaan: tilannekuva correct {round}",
        "sv": "Omgången är låst; en rättelse påbörjas med: tilannekuva correct {round}",
        "en": "The round is locked; start a correction with: tilannekuva correct {round}",
    },
    "commands.submit.correcting": {
        "fi": "Kierros on auki korjausta varten; seuraava lähetys on numero {number}.",
        "sv": "Omgången är öppen för rättelse; nästa inskickning får nummer {number}.",
        "en": "The round is open for a correction; the next submission is number {number}.",
    },
    "commands.submit.saved_files": {
        "fi": "Lähetyksen {number} tiedostot tallennettu:\n  {package}\n  {report}",
        "sv": "Filerna för inskickning {number} har sparats:\n  {package}\n  {report}",
        "en": "The files of submission {number} were saved:\n  {package}\n  {report}",
    },
    "commands.submit.correction_started": {
        "fi": "Kierros {round} on avattu korjausta varten. Aiemmat lähetykset säilyvät. Korjaa "
        "vastaukset ja vie kierros uudelleen; siitä tulee lähetys {number}.",
        "sv": "Omgången {round} har öppnats för rättelse. Tidigare inskickningar bevaras. Rätta "
        "svaren och exportera omgången igen; det blir inskickning {number}.",
        "en": "Round {round} is open for a correction. Earlier submissions are kept. Correct the "
        "answers and export the round again; it becomes submission {number}.",
    },
    "commands.submit.not_locked": {
        "fi": "Kierros {round} ei ole lukittu; sitä voi muokata suoraan.",
        "sv": "Omgången {round} är inte låst; den kan redigeras direkt.",
        "en": "Round {round} is not locked; it can be edited directly.",
    },
    "commands.submit.no_profile_for_key": {
        "fi": "Avain nimetään kunnan mukaan: valitse kunta ensin: tilannekuva profile "
        "--municipality KUNTANUMERO",
        "sv": "Nyckeln namnges efter kommunen: välj kommun först: tilannekuva profile "
        "--municipality KOMMUNNUMMER",
        "en": "The key is named after the municipality: choose it first: tilannekuva profile "
        "--municipality CODE",
    },
    "commands.verify.file": {"fi": "== {path} ==", "sv": "== {path} ==", "en": "== {path} =="},
    "commands.verify.verdict_ok": {
        "fi": "Tulos: tiedosto on kunnossa, ja sen allekirjoittaja on luotettujen listalla.",
        "sv": "Resultat: filen är i ordning och dess undertecknare finns på listan över betrodda.",
        "en": "Result: the file is sound, and its signer is on the trusted list.",
    },
    "commands.verify.verdict_unconfirmed": {
        "fi": "Tulos: allekirjoitus on ehjä eikä tiedostoa ole muutettu allekirjoittamisen "
        "jälkeen, MUTTA allekirjoittajaa ei ole vahvistettu: luotettuja sormenjälkiä ei "
        "annettu. Vahvista sormenjälki {fingerprint} allekirjoittajalta muuta kautta "
        "(puhelimitse tai kirjeellä) ja tarkista uudelleen: tilannekuva verify TIEDOSTO "
        '--trusted "{fingerprint}"',
        "sv": "Resultat: underskriften är intakt och filen har inte ändrats efter "
        "underskriften, MEN undertecknaren är inte bekräftad: inga betrodda fingeravtryck "
        "angavs. Bekräfta fingeravtrycket {fingerprint} med undertecknaren på annat sätt "
        "(per telefon eller brev) och kontrollera igen: tilannekuva verify FIL "
        '--trusted "{fingerprint}"',
        "en": "Result: the signature is intact and the file is unchanged since signing, BUT "
        "the signer is not confirmed: no trusted fingerprints were given. Confirm the "
        "fingerprint {fingerprint} with the signer by other means (by phone or letter) and "
        'check again: tilannekuva verify FILE --trusted "{fingerprint}"',
    },
    "commands.verify.verdict_refused": {
        "fi": "Tulos: tiedostoa EI hyväksytä.",
        "sv": "Resultat: filen godkänns INTE.",
        "en": "Result: the file is NOT accepted.",
    },
    "commands.verify.nothing_in_folder": {
        "fi": "Kansiossa {path} ei ole paketteja (.asice) eikä raportteja (.pdf).",
        "sv": "Mappen {path} innehåller inga paket (.asice) eller rapporter (.pdf).",
        "en": "The folder {path} holds no packages (.asice) or reports (.pdf).",
    },
    "commands.verify.summary": {
        "fi": "Yhteensä {count} tiedostoa: {sound} kunnossa (joista {unconfirmed} ilman "
        "vahvistettua allekirjoittajaa), {refused} hylätty.",
        "sv": "Totalt {count} filer: {sound} i ordning (varav {unconfirmed} utan bekräftad "
        "undertecknare), {refused} underkända.",
        "en": "In all {count} files: {sound} sound ({unconfirmed} of them with the signer "
        "unconfirmed), {refused} refused.",
    },
    "commands.verify.summary_refused": {
        "fi": "Hylätty: {path}",
        "sv": "Underkänd: {path}",
        "en": "Refused: {path}",
    },
    # argparse's own error messages.
    "commands.arguments.argparse.missing": {
        "fi": "puuttuu: {names}",
        "sv": "saknas: {names}",
        "en": "missing: {names}",
    },
    "commands.arguments.argparse.unknown_arguments": {
        "fi": "tuntemattomia argumentteja: {names}",
        "sv": "okända argument: {names}",
        "en": "unknown arguments: {names}",
    },
    "commands.arguments.argparse.invalid_choice": {
        "fi": "{name}: {value} ei ole vaihtoehto (vaihtoehdot: {choices})",
        "sv": "{name}: {value} är inget alternativ (alternativ: {choices})",
        "en": "{name}: {value} is not one of the choices ({choices})",
    },
    "commands.arguments.argparse.not_a_number": {
        "fi": "{name}: {value} ei ole luku",
        "sv": "{name}: {value} är inte ett tal",
        "en": "{name}: {value} is not a number",
    },
    "commands.arguments.argparse.expected_argument": {
        "fi": "{name} tarvitsee arvon",
        "sv": "{name} behöver ett värde",
        "en": "{name} needs a value",
    },
    "commands.arguments.argparse.ignored_argument": {
        "fi": "{name} ei ota arvoa ({value})",
        "sv": "{name} tar inget värde ({value})",
        "en": "{name} takes no value ({value})",
    },
    "commands.arguments.argparse.ambiguous_option": {
        "fi": "{option} voi tarkoittaa useaa valintaa: {matches}",
        "sv": "{option} kan betyda flera flaggor: {matches}",
        "en": "{option} could mean several options: {matches}",
    },
    "commands.arguments.argparse.argument": {
        "fi": "{name}: {message}",
        "sv": "{name}: {message}",
        "en": "{name}: {message}",
    },
    # Previous rounds: copy-forward, compare, changes, the demo's second round.
    "commands.previous.previous": {
        "fi": "      Edellinen {answer}",
        "sv": "      Föregående {answer}",
        "en": "      Previous {answer}",
    },
    "commands.previous.previous_row": {
        "fi": "      [{row}] edellinen {answer}",
        "sv": "      [{row}] föregående {answer}",
        "en": "      [{row}] previous {answer}",
    },
    "commands.previous.missing_row": {
        "fi": "      Edellisellä kierroksella {round}, ei nyt: {row}",
        "sv": "      I förra omgången {round}, inte nu: {row}",
        "en": "      In the previous round {round}, not now: {row}",
    },
    "commands.previous.source_sent": {
        "fi": "Edelliset vastaukset: kierroksen {round} lähetys {number} ({at}).",
        "sv": "Föregående svar: omgångens {round} inskickning {number} ({at}).",
        "en": "Previous answers: round {round}, submission {number} ({at}).",
    },
    "commands.previous.source_unsent": {
        "fi": "Edelliset vastaukset: kierroksen {round} tallennetut vastaukset (ei lähetetty).",
        "sv": "Föregående svar: omgångens {round} sparade svar (inte inskickade).",
        "en": "Previous answers: round {round}'s saved answers (not sent).",
    },
    "commands.previous.copied": {
        "fi": "Kopioitu {count} vastausta kierrokselta {source} kierrokselle {round}.",
        "sv": "{count} svar kopierades från omgången {source} till omgången {round}.",
        "en": "Copied {count} answers from round {source} into round {round}.",
    },
    "commands.previous.copied_one": {
        "fi": "Kopioitu 1 vastaus kierrokselta {source} kierrokselle {round}.",
        "sv": "1 svar kopierades från omgången {source} till omgången {round}.",
        "en": "Copied 1 answer from round {source} into round {round}.",
    },
    "commands.previous.nothing_copied": {
        "fi": "Mitään ei kopioitu: kierroksella {round} on jo kaikki, mitä kierrokselta {source} voi kopioida.",
        "sv": "Inget kopierades: omgången {round} har redan allt som kan kopieras från omgången {source}.",
        "en": "Nothing was copied: round {round} already has all that can be copied from round {source}.",
    },
    "commands.previous.skipped_typed": {
        "fi": "Ohitettu, koska vastaus on jo annettu ({count}): {pointers}\nKorvaa ne edellisillä vastauksilla: tilannekuva copy-forward {round} {target}--overwrite",
        "sv": "Hoppades över eftersom svaret redan är givet ({count}): {pointers}\nErsätt dem med föregående svar: tilannekuva copy-forward {round} {target}--overwrite",
        "en": "Skipped because an answer is already given ({count}): {pointers}\nReplace them with the previous answers: tilannekuva copy-forward {round} {target}--overwrite",
    },
    "commands.previous.skipped_not_fitting": {
        "fi": "Ohitettu, koska edellinen vastaus ei sovi muuttuneeseen kysymykseen ({count}): {pointers}",
        "sv": "Hoppades över eftersom det föregående svaret inte passar den ändrade frågan ({count}): {pointers}",
        "en": "Skipped because the previous answer does not fit the changed question ({count}): {pointers}",
    },
    "commands.previous.skipped_not_copyable": {
        "fi": "Ei kopioitu, koska kysymys on jaettu tai yhdistetty ({count}): {pointers}",
        "sv": "Kopierades inte eftersom frågan har delats eller slagits ihop ({count}): {pointers}",
        "en": "Not copied because the question was split or merged ({count}): {pointers}",
    },
    "commands.previous.undone": {
        "fi": "Peruttu kopiointi kierrokselta {source} ({count} vastausta).",
        "sv": "Kopieringen från omgången {source} ångrades ({count} svar).",
        "en": "Undid the copy from round {source} ({count} answers).",
    },
    "commands.previous.undone_kept": {
        "fi": "{count} kopioitua vastausta oli muutettu sen jälkeen; ne jätettiin ennalleen.",
        "sv": "{count} kopierade svar hade ändrats sedan dess; de lämnades som de är.",
        "en": "{count} copied answers had been changed since; they were left as they are.",
    },
    "commands.compare.written": {
        "fi": "Vertailu kirjoitettu: {path}",
        "sv": "Jämförelsen skrevs: {path}",
        "en": "Comparison written: {path}",
    },
    "commands.compare.csv_head": {
        "fi": "osio,osoite,kysymys,rivi,sarake,tila,ennen,jälkeen,erotus,prosenttia",
        "sv": "del,adress,fråga,rad,kolumn,status,före,efter,skillnad,procent",
        "en": "section,pointer,question,row,column,status,before,after,difference,per_cent",
    },
    "commands.compare.unwritable": {
        "fi": "Tiedostoa {path} ei voi kirjoittaa: {reason}",
        "sv": "Filen {path} kan inte skrivas: {reason}",
        "en": "The file {path} cannot be written: {reason}",
    },
    "commands.demo_story.carrying": {
        "fi": "\nSeuraava kierros {round}: edellisen kierroksen vastaukset pohjaksi.",
        "sv": "\nNästa omgång {round}: förra omgångens svar som grund.",
        "en": "\nThe next round {round}: the previous round's answers to start from.",
    },
    "commands.demo_story.reopened": {
        "fi": "Kierros {round} oli lähetetty aiemmassa demossa; se avataan korjausta varten.",
        "sv": "Omgången {round} skickades in i en tidigare demo; den öppnas för rättelse.",
        "en": "Round {round} was submitted in an earlier demo; it is reopened for a correction.",
    },
    "commands.demo_story.copied": {
        "fi": "{count} vastausta kopioitu kierrokselta {source} (jo annettuja ohitettu: {skipped}).",
        "sv": "{count} svar kopierades från omgången {source} (redan givna hoppades över: {skipped}).",
        "en": "{count} answers copied from round {source} (already given, skipped: {skipped}).",
    },
    "commands.demo_story.typed": {
        "fi": "{count} muuttunutta tai uutta vastausta kirjoitettu.",
        "sv": "{count} ändrade eller nya svar skrevs in.",
        "en": "{count} changed or new answers typed in.",
    },
    "commands.demo_story.explained": {
        "fi": "Suuri muutos vahvistettu selityksellä: {message}\n  Selitys: {text}",
        "sv": "En stor ändring bekräftades med en förklaring: {message}\n  Förklaring: {text}",
        "en": "A large change confirmed with an explanation: {message}\n  Explanation: {text}",
    },
    "commands.demo_story.why": {
        "fi": "Vuokra laskettiin uudelleen valtioneuvoston asetuksen 272/2022 mukaan: pääomavuokra määräytyy rakennusten teknisestä arvosta.",
        "sv": "Hyran räknades om enligt statsrådets förordning 272/2022: kapitalhyran bestäms av byggnadernas tekniska värde.",
        "en": "The rent was recalculated under Government Decree 272/2022: the capital rent follows the buildings' technical value.",
    },
    "commands.answers.copied_from": {
        "fi": "  [kopioitu: {source}]",
        "sv": "  [kopierat: {source}]",
        "en": "  [copied: {source}]",
    },
    "commands.answers.submission_n": {
        "fi": "{round}, lähetys {number}",
        "sv": "{round}, inskickning {number}",
        "en": "{round}, submission {number}",
    },
    "commands.answers.copy_undone": {
        "fi": "  [kopiointi peruttu: {source}]",
        "sv": "  [kopieringen ångrad: {source}]",
        "en": "  [copy undone: {source}]",
    },
}
