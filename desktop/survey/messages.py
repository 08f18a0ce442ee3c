"""Validation messages, written by us for each kind of error, in fi/sv/en.

The validator library's English text is never shown. A message kind is the
JSON Schema keyword that failed, refined by the field's kind where a plainer
sentence helps (``format.date``, ``type.number``).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.i18n import Texts

MESSAGES: Mapping[str, Texts] = {
    "change": {
        "fi": "Vastaus on muuttunut {percent} % edellisestä kierroksesta ({round}: {previous}). "
        "Tarkista vastaus tai kerro lyhyesti, mistä muutos johtuu.",
        "sv": "Svaret har ändrats med {percent} % sedan förra omgången ({round}: {previous}). "
        "Kontrollera svaret eller förklara kort vad ändringen beror på.",
        "en": "The answer changed by {percent} % since the previous round ({round}: {previous}). "
        "Check the answer or say briefly what the change is due to.",
    },
    "change.from_nothing": {
        "fi": "Edellisellä kierroksella ({round}) vastaus oli {previous}. Tarkista vastaus tai "
        "kerro lyhyesti, mistä muutos johtuu.",
        "sv": "I förra omgången ({round}) var svaret {previous}. Kontrollera svaret eller förklara "
        "kort vad ändringen beror på.",
        "en": "In the previous round ({round}) the answer was {previous}. Check the answer or say "
        "briefly what the change is due to.",
    },
    "required": {
        "fi": "Vastaa tähän kysymykseen.",
        "sv": "Besvara den här frågan.",
        "en": "Answer this question.",
    },
    "required.column": {
        "fi": "Täytä tämä sarake riville {row}.",
        "sv": "Fyll i den här kolumnen på rad {row}.",
        "en": "Fill in this column on row {row}.",
    },
    "type": {
        "fi": "Vastaus on väärää muotoa.",
        "sv": "Svaret har fel form.",
        "en": "The answer is in the wrong form.",
    },
    "type.number": {
        "fi": "Anna luku, esimerkiksi 1 250,5.",
        "sv": "Ange ett tal, till exempel 1 250,5.",
        "en": "Enter a number, for example 1,250.5.",
    },
    "type.integer": {
        "fi": "Anna kokonaisluku ilman desimaaleja.",
        "sv": "Ange ett heltal utan decimaler.",
        "en": "Enter a whole number without decimals.",
    },
    "type.string": {
        "fi": "Kirjoita vastaus tekstinä.",
        "sv": "Skriv svaret som text.",
        "en": "Write the answer as text.",
    },
    "type.boolean": {
        "fi": "Valitse kyllä tai ei.",
        "sv": "Välj ja eller nej.",
        "en": "Choose yes or no.",
    },
    "type.array": {
        "fi": "Vastaus on väärää muotoa: odotettiin luetteloa.",
        "sv": "Svaret har fel form: en lista väntades.",
        "en": "The answer is in the wrong form: a list was expected.",
    },
    "enum": {
        "fi": "Valitse jokin annetuista vaihtoehdoista.",
        "sv": "Välj ett av de givna alternativen.",
        "en": "Choose one of the given options.",
    },
    "const": {
        "fi": "Vastauksen on oltava {expected}.",
        "sv": "Svaret ska vara {expected}.",
        "en": "The answer must be {expected}.",
    },
    "minimum": {
        "fi": "Luvun on oltava vähintään {limit}.",
        "sv": "Talet ska vara minst {limit}.",
        "en": "The number must be at least {limit}.",
    },
    "maximum": {
        "fi": "Luku saa olla enintään {limit}.",
        "sv": "Talet får vara högst {limit}.",
        "en": "The number can be at most {limit}.",
    },
    "exclusiveMinimum": {
        "fi": "Luvun on oltava suurempi kuin {limit}.",
        "sv": "Talet ska vara större än {limit}.",
        "en": "The number must be greater than {limit}.",
    },
    "exclusiveMaximum": {
        "fi": "Luvun on oltava pienempi kuin {limit}.",
        "sv": "Talet ska vara mindre än {limit}.",
        "en": "The number must be less than {limit}.",
    },
    "multipleOf": {
        "fi": "Luvun on oltava luvun {limit} monikerta.",
        "sv": "Talet ska vara en multipel av {limit}.",
        "en": "The number must be a multiple of {limit}.",
    },
    "minLength": {
        "fi": "Kirjoita vähintään {limit} merkkiä.",
        "sv": "Skriv minst {limit} tecken.",
        "en": "Write at least {limit} characters.",
    },
    "minLength.empty": {
        "fi": "Kirjoita vastaus; tyhjä ei kelpaa.",
        "sv": "Skriv ett svar; tomt duger inte.",
        "en": "Write an answer; an empty one will not do.",
    },
    "maxLength": {
        "fi": "Teksti on liian pitkä: enintään {limit} merkkiä, nyt {actual}.",
        "sv": "Texten är för lång: högst {limit} tecken, nu {actual}.",
        "en": "The text is too long: at most {limit} characters, now {actual}.",
    },
    "pattern": {
        "fi": "Vastaus ei ole odotettua muotoa.",
        "sv": "Svaret har inte den väntade formen.",
        "en": "The answer is not in the expected form.",
    },
    "pattern.phone": {
        "fi": "Puhelinnumerossa voi olla vain numeroita, välilyöntejä, sulkeita, viivoja ja alussa +.",
        "sv": "Ett telefonnummer får bara innehålla siffror, mellanslag, parenteser, bindestreck och + i början.",
        "en": "A phone number can only hold digits, spaces, brackets, dashes and a leading +.",
    },
    "pattern.municipality": {
        "fi": "Kuntanumero on kolme numeroa, esimerkiksi 211.",
        "sv": "Kommunnumret består av tre siffror, till exempel 211.",
        "en": "A municipality code is three digits, for example 211.",
    },
    "format": {
        "fi": "Vastaus ei ole odotettua muotoa.",
        "sv": "Svaret har inte den väntade formen.",
        "en": "The answer is not in the expected form.",
    },
    "format.date": {
        "fi": "Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 15.2.2022.",
        "sv": "Ange datumet i formen d.m.åååå, till exempel 15.2.2022.",
        "en": "Enter the date as d.m.yyyy, for example 15.2.2022.",
    },
    "format.email": {
        "fi": "Sähköpostiosoite ei kelpaa; tarkista esimerkiksi @-merkki.",
        "sv": "E-postadressen duger inte; kontrollera till exempel @-tecknet.",
        "en": "The e-mail address is not valid; check the @ sign, for example.",
    },
    "minItems": {
        "fi": "Anna vähintään {limit}.",
        "sv": "Ange minst {limit}.",
        "en": "Give at least {limit}.",
    },
    "minItems.table": {
        "fi": "Lisää taulukkoon vähintään {limit} rivi(ä).",
        "sv": "Lägg till minst {limit} rad(er) i tabellen.",
        "en": "Add at least {limit} row(s) to the table.",
    },
    "minItems.multichoice": {
        "fi": "Valitse vähintään {limit} vaihtoehto(a).",
        "sv": "Välj minst {limit} alternativ.",
        "en": "Choose at least {limit} option(s).",
    },
    "maxItems": {
        "fi": "Enintään {limit} sallitaan, nyt {actual}.",
        "sv": "Högst {limit} tillåts, nu {actual}.",
        "en": "At most {limit} are allowed, now {actual}.",
    },
    "uniqueItems": {
        "fi": "Sama vaihtoehto on valittu kahdesti.",
        "sv": "Samma alternativ har valts två gånger.",
        "en": "The same option is chosen twice.",
    },
    "additionalProperties": {
        "fi": "Tallennettu vastaus kysymykseen {name}, jota tällä lomakkeella ei ole.",
        "sv": "Ett sparat svar på frågan {name}, som inte finns på den här blanketten.",
        "en": "A stored answer to {name}, a question this form does not have.",
    },
    "rule.failed": {
        "fi": "Tarkistusta {rule} ei voitu tehdä näillä vastauksilla ({reason}). Ilmoita tästä "
        "kyselyn järjestäjälle.",
        "sv": "Kontrollen {rule} kunde inte göras med de här svaren ({reason}). Meddela "
        "enkätens arrangör.",
        "en": "The check {rule} could not be made with these answers ({reason}). Tell the "
        "survey's organiser.",
    },
    "invalid": {
        "fi": "Vastaus ei kelpaa.",
        "sv": "Svaret godtas inte.",
        "en": "The answer is not valid.",
    },
}

# The JSON Schema keywords a section can use, and the message kind each produces.
KEYWORD_KINDS: Mapping[str, str] = {
    "required": "required",
    "type": "type",
    "enum": "enum",
    "const": "const",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusiveMinimum",
    "exclusiveMaximum": "exclusiveMaximum",
    "multipleOf": "multipleOf",
    "minLength": "minLength",
    "maxLength": "maxLength",
    "pattern": "pattern",
    "format": "format",
    "minItems": "minItems",
    "maxItems": "maxItems",
    "uniqueItems": "uniqueItems",
    "additionalProperties": "additionalProperties",
}
