"""Validation messages, written by us for each kind of error, in fi/sv/en.

The validator library's English text is never shown. A message kind is the
JSON Schema keyword that failed, refined by the field's kind where a plainer
sentence helps (``format.date``, ``type.number``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desktop.i18n import Catalogue

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


MESSAGES: Final[Catalogue] = {
    # What a validation problem says, by its kind.
    "survey.problem.change": {
        "fi": "Vastaus on muuttunut {percent} % edellisestä kierroksesta ({round}: {previous}). "
        "Tarkista vastaus tai kerro lyhyesti, mistä muutos johtuu.",
        "sv": "Svaret har ändrats med {percent} % sedan förra omgången ({round}: {previous}). "
        "Kontrollera svaret eller förklara kort vad ändringen beror på.",
        "en": "The answer changed by {percent} % since the previous round ({round}: {previous}). "
        "Check the answer or say briefly what the change is due to.",
    },
    # A change of more than a hundred times the previous answer (from 0.000001 to 5).
    "survey.problem.change.hundredfold": {
        "fi": "Vastaus on muuttunut yli satakertaiseksi edellisestä kierroksesta ({round}: "
        "{previous}). Tarkista vastaus tai kerro lyhyesti, mistä muutos johtuu.",
        "sv": "Svaret har blivit mer än hundrafaldigt sedan förra omgången ({round}: "
        "{previous}). Kontrollera svaret eller förklara kort vad ändringen beror på.",
        "en": "The answer changed more than a hundredfold since the previous round ({round}: "
        "{previous}). Check the answer or say briefly what the change is due to.",
    },
    "survey.problem.change.from_nothing": {
        "fi": "Edellisellä kierroksella ({round}) vastaus oli {previous}. Tarkista vastaus tai "
        "kerro lyhyesti, mistä muutos johtuu.",
        "sv": "I förra omgången ({round}) var svaret {previous}. Kontrollera svaret eller förklara "
        "kort vad ändringen beror på.",
        "en": "In the previous round ({round}) the answer was {previous}. Check the answer or say "
        "briefly what the change is due to.",
    },
    # What changed in a round since the previous one (desktop.survey.lineage).
    "survey.change.new": {"fi": "Uusi kysymys", "sv": "Ny fråga", "en": "New question"},
    "survey.change.reworded": {"fi": "Muotoiltu uudelleen", "sv": "Omformulerad", "en": "Reworded"},
    "survey.change.renamed": {"fi": "Siirretty", "sv": "Flyttad", "en": "Moved"},
    "survey.change.split": {"fi": "Jaettu", "sv": "Uppdelad", "en": "Split"},
    "survey.change.merged": {"fi": "Yhdistetty", "sv": "Sammanslagen", "en": "Merged"},
    "survey.change.removed": {"fi": "Poistettu", "sv": "Borttagen", "en": "Removed"},
    "survey.change.title": {
        "fi": "Mikä muuttui edellisestä kierroksesta {previous}",
        "sv": "Vad som ändrats sedan förra omgången {previous}",
        "en": "What changed since the previous round {previous}",
    },
    "survey.change.was": {"fi": "Ennen", "sv": "Förut", "en": "Before"},
    "survey.change.now": {"fi": "Nyt", "sv": "Nu", "en": "Now"},
    "survey.change.none": {
        "fi": "Kysymykset ovat samat kuin edellisellä kierroksella {previous}.",
        "sv": "Frågorna är desamma som i förra omgången {previous}.",
        "en": "The questions are the same as in the previous round {previous}.",
    },
    # Previous answers that were saved but never sent (desktop.survey.previous_values).
    "survey.previous.unsent": {"fi": "lähettämätön", "sv": "ej inskickad", "en": "not sent"},
    # Saved answers of a round that was sent, whose stored signed files fail the check.
    "survey.previous.unverified": {
        "fi": "allekirjoittamaton paikallinen kopio: lähetetyt allekirjoitetut tiedostot eivät "
        "läpäise tarkistusta",
        "sv": "osignerad lokal kopia: de inskickade signerade filerna klarar inte kontrollen",
        "en": "unsigned local copy: the signed files sent fail the check",
    },
    "survey.problem.required": {
        "fi": "Vastaa tähän kysymykseen.",
        "sv": "Besvara den här frågan.",
        "en": "Answer this question.",
    },
    "survey.problem.required.none_of_these": {
        "fi": "Vastaa tähän kysymykseen. Jos mikään ei sovi, valitse ”Ei mitään näistä”.",
        "sv": "Besvara den här frågan. Om inget passar, välj ”Inget av dessa”.",
        "en": "Answer this question. If none applies, tick “None of these”.",
    },
    "survey.problem.required.column": {
        "fi": "Täytä tämä sarake riville {row}.",
        "sv": "Fyll i den här kolumnen på rad {row}.",
        "en": "Fill in this column on row {row}.",
    },
    "survey.problem.type": {
        "fi": "Vastaus on väärää muotoa.",
        "sv": "Svaret har fel form.",
        "en": "The answer is in the wrong form.",
    },
    "survey.problem.type.number": {
        "fi": "Anna luku, esimerkiksi 1 250,5.",
        "sv": "Ange ett tal, till exempel 1 250,5.",
        "en": "Enter a number, for example 1,250.5.",
    },
    "survey.problem.type.integer": {
        "fi": "Anna kokonaisluku ilman desimaaleja.",
        "sv": "Ange ett heltal utan decimaler.",
        "en": "Enter a whole number without decimals.",
    },
    "survey.problem.type.string": {
        "fi": "Kirjoita vastaus tekstinä.",
        "sv": "Skriv svaret som text.",
        "en": "Write the answer as text.",
    },
    "survey.problem.type.boolean": {
        "fi": "Valitse kyllä tai ei.",
        "sv": "Välj ja eller nej.",
        "en": "Choose yes or no.",
    },
    "survey.problem.type.array": {
        "fi": "Vastaus on väärää muotoa: odotettiin luetteloa.",
        "sv": "Svaret har fel form: en lista väntades.",
        "en": "The answer is in the wrong form: a list was expected.",
    },
    "survey.problem.enum": {
        "fi": "Valitse jokin annetuista vaihtoehdoista.",
        "sv": "Välj ett av de givna alternativen.",
        "en": "Choose one of the given options.",
    },
    "survey.problem.const": {
        "fi": "Vastauksen on oltava {expected}.",
        "sv": "Svaret ska vara {expected}.",
        "en": "The answer must be {expected}.",
    },
    "survey.problem.minimum": {
        "fi": "Luvun on oltava vähintään {limit}.",
        "sv": "Talet ska vara minst {limit}.",
        "en": "The number must be at least {limit}.",
    },
    "survey.problem.maximum": {
        "fi": "Luku saa olla enintään {limit}.",
        "sv": "Talet får vara högst {limit}.",
        "en": "The number can be at most {limit}.",
    },
    "survey.problem.exclusiveMinimum": {
        "fi": "Luvun on oltava suurempi kuin {limit}.",
        "sv": "Talet ska vara större än {limit}.",
        "en": "The number must be greater than {limit}.",
    },
    "survey.problem.exclusiveMaximum": {
        "fi": "Luvun on oltava pienempi kuin {limit}.",
        "sv": "Talet ska vara mindre än {limit}.",
        "en": "The number must be less than {limit}.",
    },
    "survey.problem.multipleOf": {
        "fi": "Luvun on oltava luvun {limit} monikerta.",
        "sv": "Talet ska vara en multipel av {limit}.",
        "en": "The number must be a multiple of {limit}.",
    },
    "survey.problem.minLength": {
        "fi": "Kirjoita vähintään {limit} merkkiä.",
        "sv": "Skriv minst {limit} tecken.",
        "en": "Write at least {limit} characters.",
    },
    "survey.problem.minLength.empty": {
        "fi": "Kirjoita vastaus; tyhjä ei kelpaa.",
        "sv": "Skriv ett svar; tomt duger inte.",
        "en": "Write an answer; an empty one will not do.",
    },
    "survey.problem.maxLength": {
        "fi": "Teksti on liian pitkä: enintään {limit} merkkiä, nyt {actual}.",
        "sv": "Texten är för lång: högst {limit} tecken, nu {actual}.",
        "en": "The text is too long: at most {limit} characters, now {actual}.",
    },
    "survey.problem.pattern": {
        "fi": "Vastaus ei ole odotettua muotoa.",
        "sv": "Svaret har inte den väntade formen.",
        "en": "The answer is not in the expected form.",
    },
    "survey.problem.pattern.phone": {
        "fi": "Puhelinnumerossa voi olla vain numeroita, välilyöntejä, sulkeita, viivoja ja alussa +.",
        "sv": "Ett telefonnummer får bara innehålla siffror, mellanslag, parenteser, bindestreck och + i början.",
        "en": "A phone number can only hold digits, spaces, brackets, dashes and a leading +.",
    },
    "survey.problem.pattern.municipality": {
        "fi": "Kuntanumero on kolme numeroa, esimerkiksi 211.",
        "sv": "Kommunnumret består av tre siffror, till exempel 211.",
        "en": "A municipality code is three digits, for example 211.",
    },
    "survey.problem.format": {
        "fi": "Vastaus ei ole odotettua muotoa.",
        "sv": "Svaret har inte den väntade formen.",
        "en": "The answer is not in the expected form.",
    },
    "survey.problem.format.date": {
        "fi": "Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 15.2.2022.",
        "sv": "Ange datumet i formen d.m.åååå, till exempel 15.2.2022.",
        "en": "Enter the date as d.m.yyyy, for example 15.2.2022.",
    },
    "survey.problem.format.email": {
        "fi": "Sähköpostiosoite ei kelpaa; tarkista esimerkiksi @-merkki.",
        "sv": "E-postadressen duger inte; kontrollera till exempel @-tecknet.",
        "en": "The e-mail address is not valid; check the @ sign, for example.",
    },
    "survey.problem.format.email.letters": {
        "fi": "Sähköpostiosoitteessa ei voi olla kirjaimia å, ä tai ö eikä muita kuin a–z (tässä: {letters}). Tarkista osoite; yleensä niiden tilalla on a tai o.",
        "sv": "En e-postadress kan inte innehålla å, ä eller ö eller andra bokstäver än a–z (här: {letters}). Kontrollera adressen; oftast står a eller o i deras ställe.",
        "en": "An e-mail address cannot contain å, ä or ö, or letters other than a–z (here: {letters}). Check the address; usually a or o stands in their place.",
    },
    "survey.problem.minItems": {
        "fi": "Anna vähintään {limit}.",
        "sv": "Ange minst {limit}.",
        "en": "Give at least {limit}.",
    },
    "survey.problem.minItems.table": {
        "fi": "Lisää taulukkoon vähintään {limit} rivi(ä).",
        "sv": "Lägg till minst {limit} rad(er) i tabellen.",
        "en": "Add at least {limit} row(s) to the table.",
    },
    "survey.problem.minItems.multichoice": {
        "fi": "Valitse vähintään {limit} vaihtoehto(a).",
        "sv": "Välj minst {limit} alternativ.",
        "en": "Choose at least {limit} option(s).",
    },
    "survey.problem.maxItems": {
        "fi": "Enintään {limit} sallitaan, nyt {actual}.",
        "sv": "Högst {limit} tillåts, nu {actual}.",
        "en": "At most {limit} are allowed, now {actual}.",
    },
    "survey.problem.uniqueItems": {
        "fi": "Sama vaihtoehto on valittu kahdesti.",
        "sv": "Samma alternativ har valts två gånger.",
        "en": "The same option is chosen twice.",
    },
    "survey.problem.additionalProperties": {
        "fi": "Tallennettu vastaus kysymykseen {name}, jota tällä lomakkeella ei ole.",
        "sv": "Ett sparat svar på frågan {name}, som inte finns på den här blanketten.",
        "en": "A stored answer to {name}, a question this form does not have.",
    },
    "survey.problem.rule.failed": {
        "fi": "Tarkistusta {rule} ei voitu tehdä näillä vastauksilla ({reason}). Ilmoita tästä "
        "kyselyn järjestäjälle.",
        "sv": "Kontrollen {rule} kunde inte göras med de här svaren ({reason}). Meddela "
        "enkätens arrangör.",
        "en": "The check {rule} could not be made with these answers ({reason}). Tell the "
        "survey's organiser.",
    },
    "survey.problem.invalid": {
        "fi": "Vastaus ei kelpaa.",
        "sv": "Svaret godtas inte.",
        "en": "The answer is not valid.",
    },
    "survey.form.schema_file": {
        "fi": "Kyselymäärittely {file} on virheellinen: {reason}",
        "sv": "Enkätdefinitionen {file} är felaktig: {reason}",
        "en": "The survey definition {file} is broken: {reason}",
    },
    "survey.form.schema_files": {
        "fi": "Kyselymäärittelyissä on virheitä:\n{problems}",
        "sv": "Enkätdefinitionerna innehåller fel:\n{problems}",
        "en": "The survey definitions have errors:\n{problems}",
    },
    "survey.form.unknown_round": {
        "fi": "Kyselykierrosta {round} ei ole. Kierrokset: {known}.",
        "sv": "Enkätomgången {round} finns inte. Omgångar: {known}.",
        "en": "There is no survey round {round}. Rounds: {known}.",
    },
    "survey.answer.not_a_number": {
        "fi": "”{text}” ei ole luku. Kirjoita esimerkiksi 1 250,5.",
        "sv": "”{text}” är inte ett tal. Skriv till exempel 1 250,5.",
        "en": "“{text}” is not a number. Write for example 1,250.5.",
    },
    "survey.answer.ambiguous_point": {
        "fi": "”{text}” voi tarkoittaa lukua {grouped} tai {decimal}. Kirjoita tuhannet välilyönnillä ja desimaalit pilkulla, esimerkiksi {grouped} tai {decimal}.",
        "sv": "”{text}” kan betyda talet {grouped} eller {decimal}. Skriv tusental med mellanslag och decimaler med komma, till exempel {grouped} eller {decimal}.",
        "en": "“{text}” may mean {grouped} or {decimal}. Type the one you mean, for example {grouped} or {decimal}.",
    },
    "survey.answer.not_an_integer": {
        "fi": "”{text}” ei ole kokonaisluku.",
        "sv": "”{text}” är inte ett heltal.",
        "en": "“{text}” is not a whole number.",
    },
    "survey.answer.too_large": {
        "fi": "”{text}” on liian suuri luku (suurin on {limit}).",
        "sv": "”{text}” är ett för stort tal (det största är {limit}).",
        "en": "“{text}” is too large a number (the largest is {limit}).",
    },
    "survey.answer.not_yes_no": {
        "fi": "”{text}”: vastaa kyllä tai ei.",
        "sv": "”{text}”: svara ja eller nej.",
        "en": "“{text}”: answer yes or no.",
    },
    "survey.answer.unknown_choice": {
        "fi": "”{text}” ei ole vaihtoehto. Vaihtoehdot: {choices}.",
        "sv": "”{text}” är inget alternativ. Alternativ: {choices}.",
        "en": "“{text}” is not an option. Options: {choices}.",
    },
    "survey.answer.not_a_date": {
        "fi": "”{text}” ei ole päivämäärä. Kirjoita muodossa p.k.vvvv, esimerkiksi 15.2.2022.",
        "sv": "”{text}” är inte ett datum. Skriv i formen d.m.åååå, till exempel 15.2.2022.",
        "en": "“{text}” is not a date. Write it as d.m.yyyy, for example 15.2.2022.",
    },
    "survey.answer.control_character": {
        "fi": "Kysymyksen {question} vastauksessa on ohjausmerkki ({char}), jota tekstiin ei "
        "voi tallentaa. Poista se ja anna vastaus uudelleen.",
        "sv": "Svaret på frågan {question} innehåller ett styrtecken ({char}) som inte kan "
        "sparas i en text. Ta bort det och ge svaret på nytt.",
        "en": "The answer to {question} holds a control character ({char}) that cannot be "
        "kept in a text. Remove it and give the answer again.",
    },
    "survey.answer.not_json": {
        "fi": "Arvo ei ole kelvollista JSONia. Tekninen tieto (englanniksi): {reason}.",
        "sv": "Värdet är inte giltig JSON. Teknisk uppgift (på engelska): {reason}.",
        "en": "The value is not valid JSON. Technical detail: {reason}.",
    },
    "survey.answer.stdin_not_json": {
        "fi": "Vakiosyöte ei ole kelvollista JSONia. Tekninen tieto (englanniksi): {reason}.",
        "sv": "Standard in är inte giltig JSON. Teknisk uppgift (på engelska): {reason}.",
        "en": "Standard input is not valid JSON. Technical detail: {reason}.",
    },
    "survey.answer.wrong_type": {
        "fi": "Kysymykseen {question} ei voi tallentaa tällaista arvoa ({got}); odotettiin: {expected}.",
        "sv": "Ett sådant värde ({got}) kan inte sparas för frågan {question}; väntat: {expected}.",
        "en": "That kind of value ({got}) cannot be stored for {question}; expected: {expected}.",
    },
    "survey.answer.table_as_text": {
        "fi": "Kysymys {question} on taulukko: anna rivin sarake, esimerkiksi {example}, tai ”ei yhtään”, jos rivejä ei ole.",
        "sv": "Frågan {question} är en tabell: ange en kolumn på en rad, till exempel {example}, eller ”inga” om det inte finns några rader.",
        "en": "{question} is a table: give a column of a row, for example {example}, or “none” when there are no rows.",
    },
    "survey.value.rows": {"fi": "{count} riviä", "sv": "{count} rader", "en": "{count} rows"},
    "survey.value.rows_one": {"fi": "1 rivi", "sv": "1 rad", "en": "1 row"},
    "survey.value.type.number": {"fi": "luku", "sv": "tal", "en": "number"},
    "survey.value.type.integer": {"fi": "kokonaisluku", "sv": "heltal", "en": "whole number"},
    "survey.value.type.string": {"fi": "teksti", "sv": "text", "en": "text"},
    "survey.value.type.boolean": {"fi": "kyllä/ei", "sv": "ja/nej", "en": "yes/no"},
    "survey.value.type.array": {"fi": "luettelo", "sv": "lista", "en": "list"},
    "survey.value.type.object": {"fi": "rivi", "sv": "rad", "en": "row"},
    # How values are shown.
    "survey.value.no_rows": {"fi": "Ei yhtään", "sv": "Inga", "en": "None"},
    "survey.value.none_chosen": {
        "fi": "Ei mitään näistä",
        "sv": "Inget av dessa",
        "en": "None of these",
    },
    "survey.value.yes": {"fi": "Kyllä", "sv": "Ja", "en": "Yes"},
    "survey.value.no": {"fi": "Ei", "sv": "Nej", "en": "No"},
    "survey.value.computed": {"fi": "laskettu", "sv": "beräknat", "en": "computed"},
    "survey.where.row": {"fi": "rivi {row}", "sv": "rad {row}", "en": "row {row}"},
    "survey.round_definition.invalid": {
        "fi": "Määrittely ei kelpaa: {reason}",
        "sv": "Definitionen duger inte: {reason}",
        "en": "The definition is not usable: {reason}",
    },
    "survey.round_definition.meta": {
        "fi": "Ei noudata kyselymäärittelyjen rakennetta (meta-skeema): {reason}",
        "sv": "Följer inte enkätdefinitionernas struktur (metaschemat): {reason}",
        "en": "Does not follow the structure of survey definitions (the meta schema): {reason}",
    },
    "survey.round_definition.text_missing": {
        "fi": "Tekstistä puuttuu kieliversio {language}.",
        "sv": "Texten saknar språkversionen {language}.",
        "en": "The text lacks its {language} version.",
    },
    "survey.round_definition.file_name": {
        "fi": "Tiedostonimi {name!r} ei ole kierroksen manifestin (VVVV-N.json) eikä lomakkeen (osio-versio.json) nimi.",
        "sv": "Filnamnet {name!r} är varken ett omgångsmanifests (ÅÅÅÅ-N.json) eller ett formulärs (avsnitt-version.json) namn.",
        "en": "The file name {name!r} is neither a round manifest's (YYYY-N.json) nor a form's (section-version.json).",
    },
    "survey.round_definition.no_manifest": {
        "fi": "Kierroksen manifesti (VVVV-N.json) puuttuu.",
        "sv": "Omgångens manifest (ÅÅÅÅ-N.json) saknas.",
        "en": "The round's manifest (YYYY-N.json) is missing.",
    },
    "survey.round_definition.several_manifests": {
        "fi": "Manifesteja on useita ({names}); yhdessä paketissa on yksi kierros.",
        "sv": "Det finns flera manifest ({names}); ett paket innehåller en omgång.",
        "en": "There are several manifests ({names}); a package holds one round.",
    },
    "survey.round_definition.id_collision": {
        "fi": "Lomake {id} on ohjelmassa jo toisenlaisena (ohjelman SHA-256 {known}, tämän tiedoston {given}). Julkaistua lomaketta ei muuteta: muutettu lomake on uusi versio.",
        "sv": "Formuläret {id} finns redan i programmet med annat innehåll (programmets SHA-256 {known}, denna fils {given}). Ett publicerat formulär ändras inte: ett ändrat formulär är en ny version.",
        "en": "The form {id} is already in the program with other content (the program's SHA-256 {known}, this file's {given}). A published form is never edited: a changed form is a new version.",
    },
    "survey.round_definition.round_exists": {
        "fi": "Kierros {round} on jo ohjelmassa toisenlaisena. Julkaistua kierrosta ei muuteta.",
        "sv": "Omgången {round} finns redan i programmet med annat innehåll. En publicerad omgång ändras inte.",
        "en": "Round {round} is already in the program with other content. A published round is never edited.",
    },
    "survey.round_definition.previous_unknown": {
        "fi": "Edellistä kierrosta {round} ei ole tässä ohjelmassa. Lisää ensin sen kierrospaketti.",
        "sv": "Den föregående omgången {round} finns inte i detta program. Lägg först till dess omgångspaket.",
        "en": "The previous round {round} is not in this program. Add its round package first.",
    },
    "survey.round_definition.changes_without_previous": {
        "fi": "Muutosluettelo (changes) tarvitsee edellisen kierroksen (previous).",
        "sv": "Ändringslistan (changes) kräver en föregående omgång (previous).",
        "en": "The list of changes (changes) needs a previous round (previous).",
    },
    "survey.round_definition.changes_old": {
        "fi": "Muutosluettelo nimeää kysymyksen {pointer}, jota edellisellä kierroksella {round} ei ole.",
        "sv": "Ändringslistan nämner frågan {pointer}, som inte finns i den föregående omgången {round}.",
        "en": "The list of changes names the question {pointer}, which the previous round {round} does not have.",
    },
    "survey.round_definition.changes_new": {
        "fi": "Muutosluettelo ohjaa kysymykseen {pointer}, jota tällä kierroksella ei ole.",
        "sv": "Ändringslistan hänvisar till frågan {pointer}, som inte finns i denna omgång.",
        "en": "The list of changes points to the question {pointer}, which this round does not have.",
    },
    "survey.round_definition.kind_changed": {
        "fi": "Kysymys {pointer} on eri tyyppiä kuin kierroksella {round} ({old} → {new}). Sama osoite on sama kysymys: anna muuttuneelle kysymykselle uusi nimi ja merkitse se muutosluetteloon.",
        "sv": "Frågan {pointer} är av en annan typ än i omgången {round} ({old} → {new}). Samma adress är samma fråga: ge den ändrade frågan ett nytt namn och för in den i ändringslistan.",
        "en": "The question {pointer} is of another kind than in round {round} ({old} → {new}). The same address is the same question: give the changed question a new name and list it in the changes.",
    },
    "survey.round_definition.schema_missing_package": {
        "fi": "Manifesti nimeää lomakkeen {id}, jota ei ole paketissa.",
        "sv": "Manifestet nämner formuläret {id}, som inte finns i paketet.",
        "en": "The manifest names the form {id}, which is not in the package.",
    },
    "survey.round_definition.schema_missing_folder": {
        "fi": "Manifesti nimeää lomakkeen {id}, jota ei ole kansiossa eikä ohjelmassa.",
        "sv": "Manifestet nämner formuläret {id}, som varken finns i mappen eller i programmet.",
        "en": "The manifest names the form {id}, which is neither in the folder nor in the program.",
    },
    "survey.round_definition.unused_file": {
        "fi": "Kierroksen manifesti ei käytä tätä lomaketta.",
        "sv": "Omgångens manifest använder inte detta formulär.",
        "en": "The round's manifest does not use this form.",
    },
    "survey.round_definition.twice": {
        "fi": "Lomake {id} on määritelty kahdesti.",
        "sv": "Formuläret {id} är definierat två gånger.",
        "en": "The form {id} is defined twice.",
    },
}
