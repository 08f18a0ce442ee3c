"""The messages of previous rounds: copying forward and comparing, in fi/sv/en
(``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "review.copy.no_previous_round": {
        "fi": "Kierroksella {round} ei ole edellistä kierrosta, jolta kopioida.",
        "sv": "Omgången {round} har ingen föregående omgång att kopiera från.",
        "en": "Round {round} has no previous round to copy from.",
    },
    "review.copy.no_previous_answers": {
        "fi": "Edelliseltä kierrokselta {previous} ei ole vastauksia tässä tietokannassa.",
        "sv": "Det finns inga svar från förra omgången {previous} i den här databasen.",
        "en": "There are no answers of the previous round {previous} in this database.",
    },
    "review.copy.submitted": {
        "fi": "Kierros {round} on jo lähetetty, eikä siihen kopioida vastauksia ennen kuin "
        "korjaus aloitetaan.",
        "sv": "Omgången {round} är redan inskickad, och inga svar kopieras till den innan en "
        "rättelse påbörjas.",
        "en": "Round {round} is already submitted; no answers are copied into it until a "
        "correction is started.",
    },
    "review.copy.unknown_target": {
        "fi": "Kierroksella {round} ei ole osiota tai kysymystä {target}. Osiot: {known}.",
        "sv": "Omgången {round} har ingen del eller fråga {target}. Delar: {known}.",
        "en": "Round {round} has no section or question {target}. Sections: {known}.",
    },
    "review.copy.nothing_to_undo": {
        "fi": "Kierrokselle {round} ei ole kopioitu mitään, mitä voisi perua.",
        "sv": "Inget har kopierats till omgången {round} som kan ångras.",
        "en": "Nothing was copied into round {round} that could be undone.",
    },
    "review.compare.bad_reference": {
        "fi": "{given} ei ole kierros eikä lähetys (esim. 2022-1 tai 2022-1#2).",
        "sv": "{given} är ingen omgång eller inskickning (t.ex. 2022-1 eller 2022-1#2).",
        "en": "{given} is no round or submission (e.g. 2022-1 or 2022-1#2).",
    },
    "review.compare.no_submission": {
        "fi": "Kierroksella {round} ei ole lähetystä {number}. Lähetykset: {known}.",
        "sv": "Omgången {round} har ingen inskickning {number}. Inskickningar: {known}.",
        "en": "Round {round} has no submission {number}. Submissions: {known}.",
    },
    "review.compare.unreadable_submission": {
        "fi": "Kierroksen {round} lähetyksen {number} pakettia ei voi lukea.",
        "sv": "Paketet i omgångens {round} inskickning {number} kan inte läsas.",
        "en": "The package of round {round}'s submission {number} cannot be read.",
    },
    "review.compare.title": {
        "fi": "Vertailu: {a} → {b}",
        "sv": "Jämförelse: {a} → {b}",
        "en": "Comparison: {a} → {b}",
    },
    "review.compare.file_name": {
        "fi": "vertailu_{a}_{b}.pdf",
        "sv": "jämförelse_{a}_{b}.pdf",
        "en": "comparison_{a}_{b}.pdf",
    },
    "review.compare.sent": {
        "fi": "{round}, lähetys {number}",
        "sv": "{round}, inskickning {number}",
        "en": "{round}, submission {number}",
    },
    "review.compare.saved": {
        "fi": "{round}, tallennetut vastaukset",
        "sv": "{round}, sparade svar",
        "en": "{round}, saved answers",
    },
    "review.compare.section": {
        "fi": "== {title} ({changed} muuttunut, {same} ennallaan) ==",
        "sv": "== {title} ({changed} ändrade, {same} oförändrade) ==",
        "en": "== {title} ({changed} changed, {same} unchanged) ==",
    },
    "review.compare.nothing_changed": {
        "fi": "Vastauksissa ei ole eroja.",
        "sv": "Svaren skiljer sig inte.",
        "en": "The answers do not differ.",
    },
    "review.compare.summary": {
        "fi": "{count} vastausta muuttui.",
        "sv": "{count} svar ändrades.",
        "en": "{count} answers changed.",
    },
    "review.compare.summary_one": {
        "fi": "1 vastaus muuttui.",
        "sv": "1 svar ändrades.",
        "en": "1 answer changed.",
    },
    "review.compare.same": {"fi": "ennallaan", "sv": "oförändrad", "en": "unchanged"},
    "review.compare.changed": {"fi": "muuttunut", "sv": "ändrad", "en": "changed"},
    "review.compare.added": {
        "fi": "vastattu vain jälkimmäisessä",
        "sv": "besvarad bara i den senare",
        "en": "answered only in the later",
    },
    "review.compare.removed": {
        "fi": "vastattu vain edellisessä",
        "sv": "besvarad bara i den tidigare",
        "en": "answered only in the earlier",
    },
    "review.compare.new": {"fi": "uusi kysymys", "sv": "ny fråga", "en": "new question"},
    "review.compare.gone": {
        "fi": "kysymystä ei enää kysytä",
        "sv": "frågan ställs inte längre",
        "en": "question no longer asked",
    },
    "review.compare.row_added": {
        "fi": "+ uusi rivi {row}: {cells}",
        "sv": "+ ny rad {row}: {cells}",
        "en": "+ new row {row}: {cells}",
    },
    "review.compare.row_removed": {
        "fi": "− poistunut rivi {row}: {cells}",
        "sv": "− borttagen rad {row}: {cells}",
        "en": "− removed row {row}: {cells}",
    },
    "review.compare.row_changed": {
        "fi": "~ {row}: {cells}",
        "sv": "~ {row}: {cells}",
        "en": "~ {row}: {cells}",
    },
    # A number's change of more than a hundred times the earlier number, said in place of
    # its per cent (desktop.survey.change_checks.past_per_cent).
    "review.compare.hundredfold": {
        "fi": "yli satakertainen",
        "sv": "mer än hundrafaldig",
        "en": "more than a hundredfold",
    },
    "review.compare.nothing": {"fi": "—", "sv": "—", "en": "—"},
    "review.compare.question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "review.copy.rows_need_table": {
        "fi": "Rivit valitaan yhdestä taulukosta: {target} ei ole taulukko.",
        "sv": "Rader väljs ur en tabell: {target} är ingen tabell.",
        "en": "Rows are chosen from one table: {target} is no table.",
    },
    "review.copy.unknown_rows": {
        "fi": "Edellisellä kierroksella ei ole rivejä {rows}. Rivit: {known}.",
        "sv": "Förra omgången har inga rader {rows}. Rader: {known}.",
        "en": "The previous round has no rows {rows}. Rows: {known}.",
    },
    "review.compare.over_rounds": {
        "fi": "Toistuvat lukukysymykset kierroksittain",
        "sv": "Återkommande sifferfrågor per omgång",
        "en": "Repeated number questions over the rounds",
    },
}
