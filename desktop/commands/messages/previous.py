"""What the command line says about previous rounds: their answers in ``show``, copying
forward, comparing, what changed, and the demo's second round, in fi/sv/en."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
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
    "commands.previous.source_unverified": {
        "fi": "Edelliset vastaukset: kierroksen {round} tallennetut vastaukset (allekirjoittamaton "
        "paikallinen kopio: lähetetyt allekirjoitetut tiedostot eivät läpäise tarkistusta).",
        "sv": "Föregående svar: omgångens {round} sparade svar (osignerad lokal kopia: de "
        "inskickade signerade filerna klarar inte kontrollen).",
        "en": "Previous answers: round {round}'s saved answers (unsigned local copy: the signed "
        "files sent fail the check).",
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
    "commands.previous.skipped_rows_left_out": {
        "fi": "Edellisen kierroksen rivejä ei lisätty, koska taulukkoon on jo vastattu ilman niitä ({count}): {pointers}\nLisää puuttuvat rivit: tilannekuva copy-forward {round} {target}--add-rows (tai yksi rivi: tilannekuva copy-forward {round} TAULUKKO --row AVAIN)",
        "sv": "Rader från föregående omgång lades inte till eftersom tabellen redan är besvarad utan dem ({count}): {pointers}\nLägg till de saknade raderna: tilannekuva copy-forward {round} {target}--add-rows (eller en rad: tilannekuva copy-forward {round} TABELL --row NYCKEL)",
        "en": "Rows of the previous round were not added because the table is already answered without them ({count}): {pointers}\nAdd the missing rows: tilannekuva copy-forward {round} {target}--add-rows (or one row: tilannekuva copy-forward {round} TABLE --row KEY)",
    },
    "commands.previous.undone": {
        "fi": "Peruttu kopiointi kierrokselta {source} ({count} vastausta).",
        "sv": "Kopieringen från omgången {source} ångrades ({count} svar).",
        "en": "Undid the copy from round {source} ({count} answers).",
    },
    "commands.previous.undone_one": {
        "fi": "Peruttu kopiointi kierrokselta {source} (1 vastaus).",
        "sv": "Kopieringen från omgången {source} ångrades (1 svar).",
        "en": "Undid the copy from round {source} (1 answer).",
    },
    "commands.previous.undone_kept": {
        "fi": "{count} kopioitua vastausta oli muutettu sen jälkeen; ne jätettiin ennalleen.",
        "sv": "{count} kopierade svar hade ändrats sedan dess; de lämnades som de är.",
        "en": "{count} copied answers had been changed since; they were left as they are.",
    },
    "commands.previous.undone_kept_one": {
        "fi": "1 kopioitu vastaus oli muutettu sen jälkeen; se jätettiin ennalleen.",
        "sv": "1 kopierat svar hade ändrats sedan dess; det lämnades som det är.",
        "en": "1 copied answer had been changed since; it was left as it is.",
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
}
