"""What the command line says while answering: rounds, answers, the profile, backups, the demo
and argparse's own words, in fi/sv/en."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

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
    # Added to a round's status in commands.answers.round_line when it was sent.
    "commands.answers.sent": {
        "fi": "lähetetty {when} (lähetys {number})",
        "sv": "inskickad {when} (inskickning {number})",
        "en": "sent {when} (submission {number})",
    },
    "commands.answers.sent_correcting": {
        "fi": "lähetetty {when} (lähetys {number}), korjaus kesken",
        "sv": "inskickad {when} (inskickning {number}), rättelse pågår",
        "en": "sent {when} (submission {number}), correction under way",
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
    "commands.answers.empty_row": {"fi": "tyhjä rivi", "sv": "tom rad", "en": "empty row"},
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
    "commands.answers.history_event": {
        "fi": "{at}  {actor}  ",
        "sv": "{at}  {actor}  ",
        "en": "{at}  {actor}  ",
    },
    "commands.answers.history_submitted": {
        "fi": "Lähetys {number} allekirjoitettiin ja vietiin",
        "sv": "Inlämning {number} signerades och exporterades",
        "en": "Submission {number} was signed and exported",
    },
    "commands.answers.history_reopened": {
        "fi": "Kierros avattiin korjausta varten",
        "sv": "Omgången öppnades för en rättelse",
        "en": "The round was opened for a correction",
    },
    "commands.answers.history_cancelled": {
        "fi": "Korjaus peruttiin; kierros lukittiin viimeisimmän lähetyksen mukaisena",
        "sv": "Rättelsen avbröts; omgången låstes enligt den senaste inskickningen",
        "en": "The correction was cancelled; the round was locked as its last submission left it",
    },
    "commands.answers.history_locked": {
        "fi": "Kierros lukittiin",
        "sv": "Omgången låstes",
        "en": "The round was locked",
    },
    "commands.answers.history_explained": {
        "fi": "Selitys: {question}: {old} → {text}",
        "sv": "Förklaring: {question}: {old} → {text}",
        "en": "Explanation: {question}: {old} → {text}",
    },
    "commands.answers.history_unexplained": {
        "fi": "Selitys peruttiin: {question}",
        "sv": "Förklaringen togs tillbaka: {question}",
        "en": "Explanation taken back: {question}",
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
    "commands.backup.from_folder": {
        "fi": "Tiedostoa {name} ei ole nykyisessä kansiossa; palautettava otetaan "
        "varmuuskopiokansiosta: {path}",
        "sv": "Filen {name} finns inte i den aktuella mappen; säkerhetskopian tas från mappen "
        "för säkerhetskopior: {path}",
        "en": "There is no file {name} in the current folder; the backup is taken from the "
        "backups folder: {path}",
    },
    "commands.backup.rotation": {
        "fi": "Automaattinen varmuuskopio otetaan päivittäin ohjelmaa avattaessa ja uudelleen "
        "työn jälkeen (ikkunaa suljettaessa, lähetyksen jälkeen); yksi päivää kohden, ja {keep} "
        "uusinta säilytetään. Käsin otettuja ei poisteta koskaan.",
        "sv": "En automatisk säkerhetskopia tas varje dag när programmet öppnas och på nytt efter "
        "arbetet (när fönstret stängs, efter en inskickning); en per dag, och de {keep} nyaste "
        "sparas. Manuella tas aldrig bort.",
        "en": "An automatic backup is taken each day when the program is opened and again after "
        "the work (when the window closes, after a submission); one a day, and the newest {keep} "
        "are kept. Manual ones are never removed.",
    },
    "commands.backup.is_folder": {
        "fi": "{path} on kansio, ei varmuuskopiotiedosto. Anna itse varmuuskopiotiedosto "
        "(tilannekuva backup list näyttää ne). Mitään ei palautettu.",
        "sv": "{path} är en mapp, inte en säkerhetskopia. Ange själva säkerhetskopian "
        "(tilannekuva backup list visar dem). Inget återställdes.",
        "en": "{path} is a folder, not a backup file. Give the backup file itself "
        "(tilannekuva backup list shows them). Nothing was restored.",
    },
    "commands.backup.not_a_file": {
        "fi": "{path} ei ole tavallinen tiedosto (vaan esimerkiksi laite tai nimetty putki), "
        "joten se ei voi olla varmuuskopio. Mitään ei palautettu.",
        "sv": "{path} är ingen vanlig fil (utan till exempel en enhet eller ett namngivet rör), "
        "så den kan inte vara en säkerhetskopia. Inget återställdes.",
        "en": "{path} is not an ordinary file (a device or a named pipe, for example), so it "
        "cannot be a backup. Nothing was restored.",
    },
    "commands.backup.created": {
        "fi": "Varmuuskopio tallennettu: {path}",
        "sv": "Säkerhetskopian sparades: {path}",
        "en": "Backup saved: {path}",
    },
    # A backup just written that a restore would refuse, and how to mend it.
    "commands.backup.created_unusable": {
        "fi": "Huom: tätä varmuuskopiota ei voi palauttaa, koska sen kierroksen {round} "
        "kierrospaketti ei läpäise tarkistusta. {reason} Lisää kierroksen {round} paketti "
        "uudelleen (tilannekuva round add TIEDOSTO): se korvaa tallennetun. Ota sitten uusi "
        "varmuuskopio.",
        "sv": "Obs: den här säkerhetskopian kan inte återställas, eftersom omgångspaketet för "
        "omgång {round} inte klarar kontrollen. {reason} Lägg till paketet för omgång {round} "
        "på nytt (tilannekuva round add FIL): det ersätter det sparade. Ta sedan en ny "
        "säkerhetskopia.",
        "en": "Note: this backup cannot be restored, because the package of round {round} does "
        "not verify. {reason} Add round {round}'s package again (tilannekuva round add FILE): "
        "it replaces the kept one. Then take a new backup.",
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
    "commands.backup.confirm_damaged": {
        "fi": "Tietokanta on vioittunut. Palautetaanko sen tilalle varmuuskopio {path} ({when})? "
        "Vioittunut tiedosto jää talteen tietokansioon. [k/E] ",
        "sv": "Databasen är skadad. Återställa säkerhetskopian {path} ({when}) i dess ställe? Den "
        "skadade filen sparas i datamappen. [j/N] ",
        "en": "The database is damaged. Restore the backup {path} ({when}) in its place? The "
        "damaged file is kept in the data folder. [y/N] ",
    },
    "commands.backup.restored_damaged": {
        "fi": "Varmuuskopio {path} palautettu vioittuneen tietokannan tilalle. Vioittunut "
        "tiedosto on tallessa: {kept}",
        "sv": "Säkerhetskopian {path} återställdes i stället för den skadade databasen. Den "
        "skadade filen finns kvar i: {kept}",
        "en": "The backup {path} was restored in place of the damaged database. The damaged "
        "file is kept in: {kept}",
    },
    "commands.backup.key_missing": {
        "fi": "Huom: palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka "
        "sormenjälki on {fingerprint}, eikä sitä ole tässä tietokansiossa (avain ei kuulu "
        "varmuuskopioon). Kopioi {name} vanhalta tietokoneelta tietokansioon {folder} tai tuo "
        "se: tilannekuva key import TIEDOSTO. Muuten vastaanottaja hylkää seuraavan lähetyksen.",
        "sv": "Obs: de återställda inskickningarna har undertecknats med organisationsnyckeln "
        "med fingeravtrycket {fingerprint}, och den finns inte i den här datamappen (nyckeln "
        "ingår inte i säkerhetskopian). Kopiera {name} från den gamla datorn till datamappen "
        "{folder} eller importera den: tilannekuva key import FIL. Annars underkänner "
        "mottagaren nästa inskickning.",
        "en": "Note: the restored submissions were signed with the organisation key whose "
        "fingerprint is {fingerprint}, and it is not in this data folder (the key is not part "
        "of a backup). Copy {name} from the old computer into the data folder {folder} or "
        "import it: tilannekuva key import FILE. Otherwise the receiver refuses the next "
        "submission.",
    },
    "commands.backup.key_other": {
        "fi": "Huom: palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka "
        "sormenjälki on {fingerprint}, mutta tämän tietokansion avaimen sormenjälki on {here}. "
        "Vastaanottaja hylkää tämän avaimen allekirjoittaman lähetyksen, kunnes se on "
        "rekisteröinyt sen sormenjäljen. Jos aiempi avain on tallessa, käytä sitä.",
        "sv": "Obs: de återställda inskickningarna har undertecknats med organisationsnyckeln "
        "med fingeravtrycket {fingerprint}, men nyckeln i den här datamappen har "
        "fingeravtrycket {here}. Mottagaren underkänner en inskickning som undertecknats med "
        "den här nyckeln tills den har registrerat dess fingeravtryck. Om den tidigare nyckeln "
        "finns kvar, använd den.",
        "en": "Note: the restored submissions were signed with the organisation key whose "
        "fingerprint is {fingerprint}, but the key in this data folder has the fingerprint "
        "{here}. The receiver refuses a submission signed with this key until they have "
        "registered its fingerprint. If the earlier key is kept somewhere, use it.",
    },
    "commands.backup.restored": {
        "fi": "Varmuuskopio {path} palautettu. Aiemmat vastaukset tallessa: {kept}",
        "sv": "Säkerhetskopian {path} återställdes. De tidigare svaren finns i: {kept}",
        "en": "The backup {path} was restored. The previous answers are kept in: {kept}",
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
    "commands.demo.sent_before": {
        "fi": "Kierros {round} lähetettiin aiemmassa demossa (lähetys {number}). Demon vastaukset "
        "ovat samat, joten korjausta ei lähetetä.",
        "sv": "Omgången {round} skickades in i en tidigare demo (inskickning {number}). Demons "
        "svar är desamma, så ingen rättelse skickas.",
        "en": "Round {round} was submitted in an earlier demo (submission {number}). The demo's "
        "answers are the same, so no correction is sent.",
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
    "commands.demo.round_published": {
        "fi": "Koordinaattori julkaisi kierroksen {round} kierrospakettina {path} (demon koordinaattoriavain, sormenjälki {fingerprint}).",
        "sv": "Koordinatorn publicerade omgången {round} som omgångspaketet {path} (demons koordinatornyckel, fingeravtryck {fingerprint}).",
        "en": "The coordinator published round {round} as the round package {path} (the demo's coordinator key, fingerprint {fingerprint}).",
    },
    "commands.demo.round_added": {
        "fi": "Kierros lisätty ohjelmaan: {round} {title}",
        "sv": "Omgången har lagts till i programmet: {round} {title}",
        "en": "The round was added to the program: {round} {title}",
    },
    "commands.demo.round_already": {
        "fi": "Kierros {round} oli jo lisätty aiemmassa demossa.",
        "sv": "Omgången {round} lades redan till i en tidigare demo.",
        "en": "Round {round} was already added in an earlier demo.",
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
    "commands.answers.put_back": {
        "fi": "  [korjaus peruttu: palautettu lähetetyksi]",
        "sv": "  [rättelsen avbruten: återställt till det inskickade]",
        "en": "  [correction cancelled: put back as sent]",
    },
    "commands.answers.copy_undone": {
        "fi": "  [kopiointi peruttu: {source}]",
        "sv": "  [kopieringen ångrad: {source}]",
        "en": "  [copy undone: {source}]",
    },
    "commands.answers.seal": {
        "fi": "Lähetetty: lähetys {number}, allekirjoitettu {signed} (allekirjoituksen oma "
        "aika), kuten se allekirjoitettiin. {signer}",
        "sv": "Inskickad: inskickning {number}, undertecknad {signed} (signaturens egen tid), "
        "såsom den undertecknades. {signer}",
        "en": "Submitted: submission {number}, signed {signed} (the signature's own time), "
        "as it was signed. {signer}",
    },
    "commands.answers.seal_recorded": {
        "fi": "Lähetetty: lähetys {number} (kirjattu {at}; allekirjoitus ei kerro aikaansa), "
        "kuten se allekirjoitettiin. {signer}",
        "sv": "Inskickad: inskickning {number} (registrerad {at}; signaturen anger inte sin "
        "tid), såsom den undertecknades. {signer}",
        "en": "Submitted: submission {number} (recorded {at}; the signature does not tell its "
        "time), as it was signed. {signer}",
    },
    "commands.answers.seal_unchecked": {
        "fi": "Lähetetty: lähetys {number} (kirjattu {at}), kirjattu avaimen sormenjälki "
        "{fingerprint}.",
        "sv": "Inskickad: inskickning {number} (registrerad {at}), registrerat "
        "nyckelfingeravtryck {fingerprint}.",
        "en": "Submitted: submission {number} (recorded {at}), recorded key fingerprint "
        "{fingerprint}.",
    },
    "commands.answers.seal_intact": {
        "fi": "Tallessa olevat tiedostot tarkistettiin nyt: ne ovat ehjät.",
        "sv": "De sparade filerna kontrollerades nu: de är oförändrade.",
        "en": "The stored files were checked now: they are intact.",
    },
    "commands.answers.seal_broken": {
        "fi": "Tallessa olevat tiedostot EIVÄT läpäise tarkistusta: {reason} "
        "Paketin vastauksia ei näytetä.",
        "sv": "De sparade filerna klarar INTE kontrollen: {reason} Paketets svar visas inte.",
        "en": "The stored files do NOT pass the check: {reason} "
        "The package's answers are not shown.",
    },
}
