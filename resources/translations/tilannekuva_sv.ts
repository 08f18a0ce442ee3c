<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tietoja ohjelmasta</source>
        <translation>Om programmet</translation>
    </message>
    <message>
        <source>Sote-uudistuksen tilannekuvakyselyjen vastaaminen ilman verkkoyhteyttä.</source>
        <translation>Besvara vårdreformens lägesbildsenkäter utan nätförbindelse.</translation>
    </message>
    <message>
        <source>Tietokansio: %1</source>
        <translation>Datamapp: %1</translation>
    </message>
    <message>
        <source>Ohjelman lisenssi: %1 (Euroopan unionin yleinen lisenssi).</source>
        <translation>Programmets licens: %1 (Europeiska unionens offentliga licens).</translation>
    </message>
    <message>
        <source>Ohjelma käyttää Qt:ta (versio %1) ja PySide6:ta LGPL-3.0-lisenssillä. Ne ovat ohjelman kansiossa erillisinä jaettuina kirjastoina (%2), ja ne saa korvata omalla, muokatulla versiollaan. Lähdekoodi: %3 ja %4. Lisenssin teksti: %5.</source>
        <translation>Programmet använder Qt (version %1) och PySide6 under licensen LGPL-3.0. De finns i programmets mapp som separata delade bibliotek (%2) och får ersättas med en egen, ändrad version. Källkod: %3 och %4. Licenstexten: %5.</translation>
    </message>
    <message>
        <source>Raportin fontti %1 %2: %3.</source>
        <translation>Rapportens typsnitt %1 %2: %3.</translation>
    </message>
    <message>
        <source>Kuntarekisteri: Tilastokeskuksen luokitukset 2022, lisenssi CC BY 4.0. Lähde: Tilastokeskus. %1</source>
        <translation>Kommunregistret: Statistikcentralens klassificeringar 2022, licens CC BY 4.0. Källa: Statistikcentralen. %1</translation>
    </message>
    <message>
        <source>Mukana olevat kirjastot</source>
        <translation>Medföljande bibliotek</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisenssi</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Lähde</source>
        <translation>Källa</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Lisää luotettu avain</source>
        <translation>Lägg till en betrodd nyckel</translation>
    </message>
    <message>
        <source>esim. 091</source>
        <translation>t.ex. 091</translation>
    </message>
    <message>
        <source>64 merkkiä 0–9 ja A–F, välilyönnit sallittu</source>
        <translation>64 tecken 0–9 och A–F, mellanslag tillåtna</translation>
    </message>
    <message>
        <source>Kirjoita kunnan numero ja sen avaimen sormenjälki sellaisena kuin kunta sen kertoi puhelimitse tai kirjeellä.</source>
        <translation>Skriv kommunens nummer och fingeravtrycket för dess nyckel så som kommunen uppgav det per telefon eller brev.</translation>
    </message>
    <message>
        <source>&amp;Kuntanumero:</source>
        <translation>&amp;Kommunnummer:</translation>
    </message>
    <message>
        <source>&amp;Sormenjälki:</source>
        <translation>&amp;Fingeravtryck:</translation>
    </message>
    <message>
        <source>Tämä sormenjälki on vastaanotetusta tiedostosta. Rekisteröi se vain, jos se on sama kuin kunnan puhelimitse tai kirjeellä kertoma: lue se ääneen ryhmä kerrallaan ja vertaa.</source>
        <translation>Det här fingeravtrycket kommer från den mottagna filen. Registrera det bara om det är detsamma som kommunen uppgav per telefon eller brev: läs upp det grupp för grupp och jämför.</translation>
    </message>
    <message>
        <source>&amp;Vahvistan: sormenjälki on sama kuin kunnan kertoma</source>
        <translation>&amp;Jag bekräftar: fingeravtrycket är detsamma som kommunen uppgav</translation>
    </message>
    <message>
        <source>&amp;Rekisteröi</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Luettavaksi: %1</source>
        <translation>Att läsa upp: %1</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Vastaukset – %1</source>
        <translation>Svar – %1</translation>
    </message>
    <message>
        <source>Vastaanotetun paketin vastaukset, vain luettavissa.</source>
        <translation>Svaren i det mottagna paketet, endast för läsning.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Varmuuskopiot</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Ohjelma ottaa varmuuskopion kerran päivässä ja säilyttää %1 uusinta; itse otettuja ei poisteta. Palautus korvaa nykyiset vastaukset, ja niistä otetaan ensin varmuuskopio.</source>
        <translation>Programmet tar en säkerhetskopia en gång om dagen och sparar de %1 nyaste; de du själv tagit tas aldrig bort. En återställning ersätter de nuvarande svaren, och först tas en säkerhetskopia av dem.</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Laji</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Koko</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Kierrosten tilanne</source>
        <translation>Omgångarnas läge</translation>
    </message>
    <message>
        <source>&amp;Palauta valittu…</source>
        <translation>&amp;Återställ vald…</translation>
    </message>
    <message>
        <source>Palauta &amp;tiedostosta…</source>
        <translation>Återställ från &amp;fil…</translation>
    </message>
    <message>
        <source>Tee varmuuskopio &amp;kansioon…</source>
        <translation>Säkerhetskopiera till &amp;mapp…</translation>
    </message>
    <message>
        <source>automaattinen</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>itse otettu</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>ennen palautusta</source>
        <translation>före återställning</translation>
    </message>
    <message>
        <source>ennen päivitystä</source>
        <translation>före uppdatering</translation>
    </message>
    <message>
        <source>muu</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>ei vastauksia</source>
        <translation>inga svar</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>(lähetetty)</source>
        <translation>(inskickad)</translation>
    </message>
    <message>
        <source>Kansio varmuuskopiolle</source>
        <translation>Mapp för säkerhetskopian</translation>
    </message>
    <message>
        <source>Varmuuskopio</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Varmuuskopio tallennettu: %1</source>
        <translation>Säkerhetskopian sparades: %1</translation>
    </message>
    <message>
        <source>Tätä varmuuskopiota ei voi palauttaa, koska sen kierroksen %1 kierrospaketti ei läpäise tarkistusta. %2 Lisää kierroksen %1 paketti uudelleen (Lisää kyselykierros): se korvaa tallennetun. Ota sitten uusi varmuuskopio.</source>
        <translation>Den här säkerhetskopian kan inte återställas, eftersom omgångspaketet för omgång %1 i den inte klarar kontrollen. %2 Lägg till paketet för omgång %1 på nytt (Lägg till enkätomgång): det ersätter det sparade. Ta sedan en ny säkerhetskopia.</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Palautettava varmuuskopio</source>
        <translation>Säkerhetskopia att återställa</translation>
    </message>
    <message>
        <source>Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)</source>
        <translation>Säkerhetskopior (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Palautus ei onnistu</source>
        <translation>Återställningen går inte</translation>
    </message>
    <message>
        <source>Palautetaanko varmuuskopio %1 (%2) vioittuneen tietokannan tilalle? Vioittunut tiedosto jää talteen tietokansioon uudella nimellä.</source>
        <translation>Återställa säkerhetskopian %1 (%2) i stället för den skadade databasen? Den skadade filen sparas i datamappen under ett nytt namn.</translation>
    </message>
    <message>
        <source>Palautetaanko varmuuskopio %1 (%2)? Nykyiset vastaukset korvataan; niistä otetaan ensin varmuuskopio.</source>
        <translation>Återställa säkerhetskopian från %1 (%2)? De nuvarande svaren ersätts; först tas en säkerhetskopia av dem.</translation>
    </message>
    <message>
        <source>Palauta varmuuskopio</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Toisen kunnan varmuuskopio</source>
        <translation>En annan kommuns säkerhetskopia</translation>
    </message>
    <message>
        <source>Palautetaanko silti?</source>
        <translation>Återställa ändå?</translation>
    </message>
    <message>
        <source>Varmuuskopio palautettu</source>
        <translation>Säkerhetskopian återställdes</translation>
    </message>
    <message>
        <source>Vastaukset palautettiin. Aiemmat vastaukset ovat tallessa: %1</source>
        <translation>Svaren återställdes. De tidigare svaren finns kvar i: %1</translation>
    </message>
    <message>
        <source>Tehdään varmuuskopiota…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>– valitse –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>Kyllä</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ei</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>p.k.vvvv</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>– valitse –</source>
        <translation>– välj –</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Vertaa kierroksia</source>
        <translation>Jämför omgångar</translation>
    </message>
    <message>
        <source>Vertailu</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>Mikä muuttui</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>Kehitys kierroksittain</source>
        <translation>Utveckling per omgång</translation>
    </message>
    <message>
        <source>&amp;Aiempi:</source>
        <translation>&amp;Tidigare:</translation>
    </message>
    <message>
        <source>&amp;Myöhempi:</source>
        <translation>&amp;Senare:</translation>
    </message>
    <message>
        <source>Tallenna PDF…</source>
        <translation>Spara PDF…</translation>
    </message>
    <message>
        <source>%1, vastaukset nyt</source>
        <translation>%1, svaren nu</translation>
    </message>
    <message>
        <source>%1, lähetys %2 (%3)</source>
        <translation>%1, inskickning %2 (%3)</translation>
    </message>
    <message>
        <source>poistettu: ”%1”</source>
        <translation>borttaget: ”%1”</translation>
    </message>
    <message>
        <source>lisätty: ”%1”</source>
        <translation>tillagt: ”%1”</translation>
    </message>
    <message>
        <source>Tallenna vertailu</source>
        <translation>Spara jämförelsen</translation>
    </message>
    <message>
        <source>Vertailua ei tallennettu</source>
        <translation>Jämförelsen sparades inte</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Vastaanotetut paketit</source>
        <translation>Mottagna paket</translation>
    </message>
    <message>
        <source>&amp;Kierros:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>Kansiota ei ole valittu.</source>
        <translation>Ingen mapp är vald.</translation>
    </message>
    <message>
        <source>&amp;Valitse kansio…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <source>&amp;Tarkista ja kirjaa</source>
        <translation>&amp;Kontrollera och registrera</translation>
    </message>
    <message>
        <source>%v / %m tiedostoa</source>
        <translation>%v / %m filer</translation>
    </message>
    <message>
        <source>Kesk&amp;eytä</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Kuntanumero</source>
        <translation>Kommunnummer</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Hyvinvointialue</source>
        <translation>Välfärdsområde</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lähetys</source>
        <translation>Inskickning</translation>
    </message>
    <message>
        <source>Syy</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Yhteystiedot (edellinen kierros)</source>
        <translation>Kontaktuppgifter (föregående omgång)</translation>
    </message>
    <message>
        <source>Tiedosto</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kuntia</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Vastanneet</source>
        <translation>Har svarat</translation>
    </message>
    <message>
        <source>Puuttuu</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>K&amp;unnat</source>
        <translation>Ko&amp;mmuner</translation>
    </message>
    <message>
        <source>Tiedost&amp;ot</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Luettelot</source>
        <translation>Listor</translation>
    </message>
    <message>
        <source>Valitun rivin tiedot</source>
        <translation>Uppgifterna om den valda raden</translation>
    </message>
    <message>
        <source>Tallenna koo&amp;nti…</source>
        <translation>Spa&amp;ra sammanställningen…</translation>
    </message>
    <message>
        <source>Tarkistetaan… Taulukot näyttävät tilanteen ennen tätä kokoamista; ne päivittyvät, kun kokoaminen on valmis.</source>
        <translation>Kontrollerar… Tabellerna visar läget före denna insamling; de uppdateras när insamlingen är klar.</translation>
    </message>
    <message>
        <source>Keskeytetään…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Kokoaminen on kesken</source>
        <translation>Insamlingen pågår</translation>
    </message>
    <message>
        <source>Kokoaminen on kesken. Keskeytetäänkö? Jo tarkistetut tiedostot jäävät kirjatuiksi, ja kokoamalla kansion uudelleen saat sen valmiiksi.</source>
        <translation>Insamlingen pågår. Ska den avbrytas? De filer som redan kontrollerats förblir registrerade, och när du samlar in mappen på nytt blir insamlingen klar.</translation>
    </message>
    <message>
        <source>Keskeytä ja sulje</source>
        <translation>Avbryt och stäng</translation>
    </message>
    <message>
        <source>Jatka kokoamista</source>
        <translation>Fortsätt insamlingen</translation>
    </message>
    <message>
        <source>Edellinen kokoaminen keskeytyi, kun %1 / %2 tiedostoa oli tarkistettu. Luvut ovat siihen asti kirjatut. Kokoa kansio uudelleen, niin kokoaminen valmistuu.</source>
        <translation>Den senaste insamlingen avbröts när %1 / %2 filer hade kontrollerats. Siffrorna är de som registrerats dittills. Samla in mappen på nytt så blir insamlingen klar.</translation>
    </message>
    <message>
        <source>Kaksoiskappale</source>
        <translation>Dubblett</translation>
    </message>
    <message numerus="yes">
        <source>Laskettu %n kuntaa</source>
        <translation>
            <numerusform>%n kommun räknad</numerusform>
            <numerusform>%n kommuner räknade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puuttuu %n</source>
        <translation>
            <numerusform>%n saknas</numerusform>
            <numerusform>%n saknas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puuttuvista %n lähetti hylätyn paketin</source>
        <translation>
            <numerusform>av de saknade skickade %n ett avvisat paket</numerusform>
            <numerusform>av de saknade skickade %n avvisade paket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hylättyä tiedostoa</source>
        <translation>
            <numerusform>%n avvisad fil</numerusform>
            <numerusform>%n avvisade filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korvattua lähetystä</source>
        <translation>
            <numerusform>%n ersatt inskickning</numerusform>
            <numerusform>%n ersatta inskickningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muuta tiedostoa</source>
        <translation>
            <numerusform>%n annan fil</numerusform>
            <numerusform>%n andra filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n toisen kierroksen pakettia</source>
        <translation>
            <numerusform>%n paket från en annan omgång</numerusform>
            <numerusform>%n paket från en annan omgång</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kaksoiskappaletta</source>
        <translation>
            <numerusform>%n dubblett</numerusform>
            <numerusform>%n dubbletter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiedostoa ei enää kansiossa</source>
        <translation>
            <numerusform>%n fil finns inte längre i mappen</numerusform>
            <numerusform>%n filer finns inte längre i mappen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ei yhteystietoja edelliseltä kierrokselta</source>
        <translation>%1: inga kontaktuppgifter från föregående omgång</translation>
    </message>
    <message>
        <source>%1: ei pakettia</source>
        <translation>%1: inget paket</translation>
    </message>
    <message>
        <source>%1: laskettu, ei huomautettavaa</source>
        <translation>%1: räknad, inget att anmärka</translation>
    </message>
    <message>
        <source>%1: paketti laskettu, yhteystietoja ei näytetä</source>
        <translation>%1: paketet räknat, kontaktuppgifter visas inte</translation>
    </message>
    <message>
        <source>%1: paketti hylättiin, katso tiedostot</source>
        <translation>%1: paketet avvisades, se filerna</translation>
    </message>
    <message>
        <source>%1: hylätystä paketista ei selviä lähetyksen numero</source>
        <translation>%1: det avvisade paketet anger inget inlämningsnummer</translation>
    </message>
    <message>
        <source>%1: tiedostosta ei selviä lähetyksen numero</source>
        <translation>%1: filen anger inget inlämningsnummer</translation>
    </message>
    <message>
        <source>%1: ei huomautettavaa</source>
        <translation>%1: inget att anmärka</translation>
    </message>
    <message>
        <source>Koontia ei tallennettu</source>
        <translation>Sammanställningen sparades inte</translation>
    </message>
    <message>
        <source>&amp;Hyvinvointialueittain</source>
        <translation>&amp;Per välfärdsområde</translation>
    </message>
    <message>
        <source>Valitun rivin tiedot näkyvät tässä.</source>
        <translation>Uppgifterna om den valda raden visas här.</translation>
    </message>
    <message>
        <source>&amp;Avaa vastaukset…</source>
        <translation>Öppna &amp;svaren…</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Vastaanotettujen pakettien kansio</source>
        <translation>Mappen med mottagna paket</translation>
    </message>
    <message>
        <source>Paketteja ei voitu tarkistaa</source>
        <translation>Paketen kunde inte kontrolleras</translation>
    </message>
    <message>
        <source>%1 (tiedostonimen mukaan)</source>
        <translation>%1 (enligt filnamnet)</translation>
    </message>
    <message>
        <source>tuntematon</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Laskettu</source>
        <translation>Räknad</translation>
    </message>
    <message>
        <source>Hylätty</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Korvattu</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>Allekirjoittajaa ei vahvistettu</source>
        <translation>Undertecknaren inte bekräftad</translation>
    </message>
    <message>
        <source>Ristiriita</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Eri kierros</source>
        <translation>Annan omgång</translation>
    </message>
    <message>
        <source>Ei luettavissa</source>
        <translation>Kan inte läsas</translation>
    </message>
    <message>
        <source>Ei paketti</source>
        <translation>Inget paket</translation>
    </message>
    <message>
        <source>Tallenna koonti</source>
        <translation>Spara sammanställningen</translation>
    </message>
    <message>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Koonti tallennettu</source>
        <translation>Sammanställningen sparad</translation>
    </message>
</context>
<context>
    <name>CorrectionCancelling</name>
    <message>
        <source>Peru korjaus</source>
        <translation>Avbryt rättelsen</translation>
    </message>
    <message>
        <source>&amp;Peru korjaus ja hylkää muutokset</source>
        <translation>&amp;Avbryt rättelsen och förkasta ändringarna</translation>
    </message>
    <message>
        <source>&amp;Jatka korjausta</source>
        <translation>&amp;Fortsätt rättelsen</translation>
    </message>
    <message>
        <source>Perutaanko kierroksen ”%1” korjaus? Kierros palautetaan lähetyksen %2 mukaiseksi ja lukitaan, ja korjauksessa tehdyt muutokset hylätään:</source>
        <translation>Avbryta rättelsen av omgången ”%1”? Omgången återställs enligt inskickning %2 och låses, och ändringarna i rättelsen förkastas:</translation>
    </message>
    <message>
        <source>• muutettuja vastauksia: %1 (%2)</source>
        <translation>• ändrade svar: %1 (%2)</translation>
    </message>
    <message>
        <source>• muutettuja huomautusten selityksiä: %1</source>
        <translation>• ändrade förklaringar till anmärkningar: %1</translation>
    </message>
    <message>
        <source>• tallentamattomia muutoksia: %1</source>
        <translation>• osparade ändringar: %1</translation>
    </message>
    <message>
        <source>Korjausta ei peruttu</source>
        <translation>Rättelsen avbröts inte</translation>
    </message>
    <message>
        <source>Korjaus peruttu: kierros on lukittu, ja sen vastaus on lähetys %1.</source>
        <translation>Rättelsen avbröts: omgången är låst, och dess svar är inskickning %1.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Ohjelmassa tapahtui virhe: %1.

Tallennetut vastauksesi ovat tallessa. Tiedot virheestä on kirjoitettu tiedostoon %2. Voit jatkaa työtä; jos virhe toistuu, käynnistä ohjelma uudelleen ja lähetä tiedosto tukeen.</source>
        <translation>Ett fel inträffade i programmet: %1.

Dina sparade svar finns kvar. Uppgifter om felet har skrivits i filen %2. Du kan fortsätta arbeta; om felet upprepas, starta om programmet och skicka filen till supporten.</translation>
    </message>
    <message>
        <source>Ohjelmassa tapahtui virhe: %1.

Tallennetut vastauksesi ovat tallessa. Tietoja virheestä ei voitu kirjoittaa tiedostoon %2 (%3): ne ovat alla kohdassa Näytä tiedot. Kopioi ne talteen ja lähetä tukeen, jos virhe toistuu.</source>
        <translation>Ett fel inträffade i programmet: %1.

Dina sparade svar finns kvar. Uppgifterna om felet kunde inte skrivas i filen %2 (%3): de finns nedan under Visa detaljer. Kopiera dem och skicka dem till supporten om felet upprepas.</translation>
    </message>
    <message>
        <source>Ohjelmavirhe</source>
        <translation>Programfel</translation>
    </message>
    <message>
        <source>levy on täynnä</source>
        <translation>disken är full</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Tietokantaa ei voi avata</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>Uusin ehjä varmuuskopio on ajalta %1, ja siinä on vastauksia: %2. Palautettaessa vioittunut tiedosto jää talteen tietokansioon uudella nimellä; mitään ei poisteta.</source>
        <translation>Den nyaste hela säkerhetskopian är från %1, och den innehåller svar: %2. Vid återställningen sparas den skadade filen i datamappen under ett nytt namn; ingenting tas bort.</translation>
    </message>
    <message>
        <source>Varmuuskopion voi palauttaa myös tiedostosta, esimerkiksi USB-tikulta: valitse Näytä varmuuskopiot.</source>
        <translation>En säkerhetskopia kan också återställas från en fil, till exempel från ett USB-minne: välj Visa säkerhetskopior.</translation>
    </message>
    <message>
        <source>Tietokanta on vioittunut</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>&amp;Palauta uusin varmuuskopio</source>
        <translation>&amp;Återställ den nyaste säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Näytä varmuuskopiot…</source>
        <translation>&amp;Visa säkerhetskopior…</translation>
    </message>
    <message>
        <source>&amp;Sulje ohjelma</source>
        <translation>&amp;Stäng programmet</translation>
    </message>
    <message>
        <source>Palautus ei onnistu</source>
        <translation>Återställningen går inte</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>p.k.vvvv</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Valitse kalenterista</source>
        <translation>Välj i kalendern</translation>
    </message>
</context>
<context>
    <name>Explaining</name>
    <message>
        <source>Vahvistus ei onnistunut</source>
        <translation>Bekräftelsen lyckades inte</translation>
    </message>
    <message>
        <source>%1

Jos vastaus pitää paikkansa, kerro lyhyesti miksi (tyhjä teksti peruu vahvistuksen). Selitys lähetetään vastausten mukana ja tulostetaan raporttiin.</source>
        <translation>%1

Om svaret stämmer, förklara kort varför (en tom text tar tillbaka bekräftelsen). Förklaringen skickas med svaren och skrivs ut i rapporten.</translation>
    </message>
    <message>
        <source>Vahvista huomautus</source>
        <translation>Bekräfta anmärkningen</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Valmistellaan…</source>
        <translation>Förbereds…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (pakollinen)</source>
        <translation>%1 (obligatorisk)</translation>
    </message>
    <message>
        <source>Pakollinen.</source>
        <translation>Obligatorisk.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Muuta selitystä…</source>
        <translation>Ändra förklaringen…</translation>
    </message>
    <message>
        <source>Vahvista huomautus…</source>
        <translation>Bekräfta anmärkningen…</translation>
    </message>
    <message>
        <source>Jos vastaus pitää paikkansa, kerro lyhyesti miksi. Selitys tallennetaan ja lähetetään vastausten mukana.</source>
        <translation>Om svaret stämmer, förklara kort varför. Förklaringen sparas och skickas med svaren.</translation>
    </message>
</context>
<context>
    <name>ForgetMunicipality</name>
    <message>
        <source>&amp;Unohda vastaanotetut paketit…</source>
        <translation>&amp;Glöm mottagna paket…</translation>
    </message>
    <message numerus="yes">
        <source>…ja %n muuta</source>
        <translation>
            <numerusform>…och %n till</numerusform>
            <numerusform>…och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unohdetaanko kunnan %1 (%2) kierroksella %3 vastaanotetut paketit? Kokoamisen muistista unohdetaan nämä %n tiedostoa:

%4

Kunta näkyy sen jälkeen puuttuvana, eikä sen paketteja lasketa. Tiedostoja ei poisteta: jos ne ovat yhä kokoamassasi kansiossa, seuraava kokoaminen kirjaa ne uudelleen.</source>
        <translation>
            <numerusform>Glömma de paket som tagits emot från %1 (%2) i omgång %3? Insamlingen glömmer denna %n fil:

%4

Kommunen visas sedan som saknad, och dess paket räknas inte. Filen raderas inte: om den fortfarande finns i mappen du samlar in, registreras den igen vid nästa insamling.</numerusform>
            <numerusform>Glömma de paket som tagits emot från %1 (%2) i omgång %3? Insamlingen glömmer dessa %n filer:

%4

Kommunen visas sedan som saknad, och dess paket räknas inte. Filerna raderas inte: om de fortfarande finns i mappen du samlar in, registreras de igen vid nästa insamling.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unohda vastaanotetut paketit</source>
        <translation>Glöm mottagna paket</translation>
    </message>
    <message>
        <source>Unohda</source>
        <translation>Glöm</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Kunnan %1 (%2) vastaanotetut paketit unohdettiin (%n tiedostoa).</source>
        <translation>
            <numerusform>De mottagna paketen från %1 (%2) har glömts (%n fil).</numerusform>
            <numerusform>De mottagna paketen från %1 (%2) har glömts (%n filer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paketteja ei unohdettu</source>
        <translation>Paketen glömdes inte</translation>
    </message>
</context>
<context>
    <name>FormSession</name>
    <message>
        <source>Tallennettuna on yhä %1.</source>
        <translation>Fortfarande sparat: %1.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Organisaatioavain</source>
        <translation>Organisationsnyckel</translation>
    </message>
    <message>
        <source>Lopullinen lähetys allekirjoitetaan organisaation avaimella. Vastaanottaja tunnistaa avaimen sen sormenjäljestä, joka kerrotaan hänelle muuta kautta (esimerkiksi puhelimitse).</source>
        <translation>Den slutliga inskickningen signeras med organisationens nyckel. Mottagaren känner igen nyckeln på dess fingeravtryck, som meddelas på annat sätt (till exempel per telefon).</translation>
    </message>
    <message>
        <source>Nimi:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Voimassa:</source>
        <translation>Giltig:</translation>
    </message>
    <message>
        <source>Sormenjälki:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <source>Tiedosto:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Näytä tiedot…</source>
        <translation>&amp;Visa uppgifterna…</translation>
    </message>
    <message>
        <source>&amp;Luo uusi avain…</source>
        <translation>&amp;Skapa en ny nyckel…</translation>
    </message>
    <message>
        <source>&amp;Tuo PKCS#12-tiedosto…</source>
        <translation>&amp;Importera en PKCS#12-fil…</translation>
    </message>
    <message>
        <source>Luetaan avainta…</source>
        <translation>Nyckeln läses…</translation>
    </message>
    <message>
        <source>Avainta ei ole vielä luotu. Luo uusi avain tai tuo kunnan olemassa oleva PKCS#12-tiedosto (.p12 tai .pfx).</source>
        <translation>Nyckeln har inte skapats ännu. Skapa en ny nyckel eller importera kommunens befintliga PKCS#12-fil (.p12 eller .pfx).</translation>
    </message>
    <message>
        <source>Tässä tietokansiossa ei ole organisaatioavainta, mutta sen aiemmat lähetykset on allekirjoitettu avaimella, jonka sormenjälki on:

%1

Kopioi tiedosto %2 vanhalta tietokoneelta tai tuo se (Tuo PKCS#12-tiedosto…). Jos luot uuden avaimen, vastaanottaja hylkää sillä allekirjoitetut lähetykset, kunnes se on rekisteröinyt uuden sormenjäljen.</source>
        <translation>Den här datamappen har ingen organisationsnyckel, men dess tidigare inskickningar har undertecknats med nyckeln med fingeravtrycket:

%1

Kopiera filen %2 från den gamla datorn eller importera den (Importera en PKCS#12-fil…). Om du skapar en ny nyckel underkänner mottagaren inskickningar som undertecknats med den tills den har registrerat det nya fingeravtrycket.</translation>
    </message>
    <message>
        <source>Avain on tiedostossa %1. Se on suojattu tunnuslauseella.</source>
        <translation>Nyckeln finns i filen %1. Den är skyddad med en lösenfras.</translation>
    </message>
    <message>
        <source>(Y-tunnus %1)</source>
        <translation>(FO-nummer %1)</translation>
    </message>
    <message>
        <source>Avain on käytössä. Vain yksi avain on kerrallaan käytössä; sitä ei korvata tästä ikkunasta.</source>
        <translation>Nyckeln används. Endast en nyckel används åt gången; den ersätts inte från det här fönstret.</translation>
    </message>
    <message>
        <source>Tämän tietokansion aiemmat lähetykset on allekirjoitettu toisella avaimella (sormenjälki %1). Vastaanottaja hyväksyy tällä avaimella allekirjoitetut lähetykset vasta, kun se on rekisteröinyt tämän avaimen sormenjäljen.</source>
        <translation>Den här datamappens tidigare inskickningar har undertecknats med en annan nyckel (fingeravtryck %1). Mottagaren godkänner inskickningar som undertecknats med den här nyckeln först när den har registrerat den här nyckelns fingeravtryck.</translation>
    </message>
</context>
<context>
    <name>KeyManagement</name>
    <message>
        <source>Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:</source>
        <translation>Organisationsnyckeln är skyddad med en lösenfras. Ange lösenfrasen:</translation>
    </message>
    <message>
        <source>Tiedosto %1 on suojattu tunnuslauseella. Anna tunnuslause:</source>
        <translation>Filen %1 är skyddad med en lösenfras. Ange lösenfrasen:</translation>
    </message>
    <message>
        <source>Tuo PKCS#12-tiedosto</source>
        <translation>Importera en PKCS#12-fil</translation>
    </message>
    <message>
        <source>PKCS#12-tiedostot (*.p12 *.pfx);;Kaikki tiedostot (*)</source>
        <translation>PKCS#12-filer (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Uusi avain on luotu. Sen sormenjälki on:

%1

Kerro sormenjälki vastaanottajalle muuta kautta (esimerkiksi puhelimitse tai kirjeellä), jotta hän voi luottaa allekirjoitukseesi.</source>
        <translation>En ny nyckel har skapats. Dess fingeravtryck är:

%1

Meddela mottagaren fingeravtrycket på annat sätt (till exempel per telefon eller brev) så att den kan lita på din underskrift.</translation>
    </message>
    <message>
        <source>Avain on tuotu ja tallennettu ohjelman tietokansioon. Sen sormenjälki on:

%1

Tarkista, että vastaanottaja tuntee tämän sormenjäljen.</source>
        <translation>Nyckeln har importerats och sparats i programmets datamapp. Dess fingeravtryck är:

%1

Kontrollera att mottagaren känner till detta fingeravtryck.</translation>
    </message>
    <message>
        <source>Huom: tämän tietokansion aiemmat lähetykset on allekirjoitettu toisella avaimella:

%1

Vastaanottaja hyväksyy tällä avaimella allekirjoitetut lähetykset vasta, kun se on rekisteröinyt uuden sormenjäljen.</source>
        <translation>Obs: den här datamappens tidigare inskickningar har undertecknats med en annan nyckel:

%1

Mottagaren godkänner inskickningar som undertecknats med den här nyckeln först när den har registrerat det nya fingeravtrycket.</translation>
    </message>
    <message>
        <source>Avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet.</source>
        <translation>Nyckeln har ingen lösenfras; den skyddas endast av filens behörigheter.</translation>
    </message>
    <message>
        <source>Avain luotu</source>
        <translation>Nyckeln har skapats</translation>
    </message>
    <message>
        <source>Avain tuotu</source>
        <translation>Nyckeln har importerats</translation>
    </message>
</context>
<context>
    <name>KeyRequest</name>
    <message>
        <source>Tunnuslause oli väärä. Kirjoita se uudelleen.</source>
        <translation>Lösenfrasen var fel. Skriv den igen.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>%1, %2: tyhjä</source>
        <translation>%1, %2: tom</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Lähetetty %1 klo %2 (lähetys %3); aloita korjaus muuttaaksesi vastauksia</source>
        <translation>Inskickad %1 kl. %2 (inskickning %3); börja en rättelse för att ändra svaren</translation>
    </message>
    <message>
        <source>Korjaus käynnissä: lähetys %1 tehtiin %2 klo %3. Kun lähetät korjatut vastaukset, niistä tulee lähetys %4.</source>
        <translation>Rättelse pågår: inskickning %1 gjordes %2 kl. %3. När du skickar in de rättade svaren blir de inskickning %4.</translation>
    </message>
    <message>
        <source>&amp;Aloita korjaus</source>
        <translation>&amp;Börja en rättelse</translation>
    </message>
    <message>
        <source>Aloita korjaus</source>
        <translation>Börja en rättelse</translation>
    </message>
    <message>
        <source>&amp;Peru korjaus</source>
        <translation>Avbry&amp;t rättelsen</translation>
    </message>
    <message>
        <source>Peru korjaus</source>
        <translation>Avbryt rättelsen</translation>
    </message>
    <message>
        <source>Palauttaa kierroksen lähetyksen %1 mukaiseksi ja lukitsee sen</source>
        <translation>Återställer omgången enligt inskickning %1 och låser den</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Lähetys</source>
        <translation>&amp;Inskickning</translation>
    </message>
    <message>
        <source>Lähetys</source>
        <translation>Inskickning</translation>
    </message>
    <message>
        <source>&amp;Tee luonnos (PDF)…</source>
        <translation>Gör ett &amp;utkast (PDF)…</translation>
    </message>
    <message>
        <source>Allekirjoittamaton LUONNOS-raportti tarkastettavaksi; keskeneräiset vastaukset sallitaan, eikä mitään lähetetä.</source>
        <translation>En osignerad UTKAST-rapport att granska; ofärdiga svar tillåts och inget skickas in.</translation>
    </message>
    <message>
        <source>&amp;Lähetä…</source>
        <translation>&amp;Skicka in…</translation>
    </message>
    <message>
        <source>Allekirjoitettu raportti ja paketti valittuun kansioon; lähetys kirjataan ja kierros lukitaan.</source>
        <translation>En signerad rapport och ett paket i den valda mappen; inskickningen registreras och omgången låses.</translation>
    </message>
    <message>
        <source>Lähety&amp;kset…</source>
        <translation>&amp;Inskickningar…</translation>
    </message>
    <message>
        <source>&amp;Aloita korjaus</source>
        <translation>&amp;Börja en rättelse</translation>
    </message>
    <message>
        <source>&amp;Peru korjaus</source>
        <translation>Avbry&amp;t rättelsen</translation>
    </message>
    <message>
        <source>Hylkää korjauksen muutokset: kierros palautetaan viimeisimmän lähetyksen mukaiseksi ja lukitaan.</source>
        <translation>Förkastar rättelsens ändringar: omgången återställs enligt den senaste inskickningen och låses.</translation>
    </message>
    <message>
        <source>&amp;Organisaatioavain…</source>
        <translation>&amp;Organisationsnyckel…</translation>
    </message>
    <message>
        <source>&amp;Näytä</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Ohje</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Tallenna nyt</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>&amp;Kunta ja yhteyshenkilö…</source>
        <translation>&amp;Kommun och kontaktperson…</translation>
    </message>
    <message>
        <source>&amp;Avaa paketti…</source>
        <translation>Ö&amp;ppna paket…</translation>
    </message>
    <message>
        <source>Tarkistaa paketin ja näyttää sen vastaukset vain luettavina; mitään ei tallenneta tähän ohjelmaan.</source>
        <translation>Kontrollerar ett paket och visar dess svar skrivskyddade; inget sparas i programmet.</translation>
    </message>
    <message>
        <source>Lisää k&amp;yselykierros…</source>
        <translation>Lägg till &amp;enkätomgång…</translation>
    </message>
    <message>
        <source>T&amp;uo toisella koneella viety paketti…</source>
        <translation>&amp;Importera paket från en annan dator…</translation>
    </message>
    <message>
        <source>Ottaa oman kunnan toisella koneella viedyn paketin tämän koneen lähetykseksi (esimerkiksi uudelle koneelle siirryttäessä).</source>
        <translation>Tar den egna kommunens paket, exporterat på en annan dator, som en inskickning på den här datorn (till exempel vid byte till en ny dator).</translation>
    </message>
    <message>
        <source>Koo&amp;rdinaattorille</source>
        <translation>För sa&amp;mordnaren</translation>
    </message>
    <message>
        <source>Tee &amp;varmuuskopio</source>
        <translation>&amp;Gör en säkerhetskopia</translation>
    </message>
    <message>
        <source>K&amp;okoa vastaanotetut paketit…</source>
        <translation>Sammanställ m&amp;ottagna paket…</translation>
    </message>
    <message>
        <source>&amp;Luotetut avaimet…</source>
        <translation>Betrodda &amp;nycklar…</translation>
    </message>
    <message>
        <source>Kuntien avainten sormenjäljet: lisää, tuo luettelo tai poista.</source>
        <translation>Fingeravtrycken för kommunernas nycklar: lägg till, importera en lista eller ta bort.</translation>
    </message>
    <message>
        <source>&amp;Lopeta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Seuraava osio</source>
        <translation>&amp;Nästa del</translation>
    </message>
    <message>
        <source>&amp;Edellinen osio</source>
        <translation>&amp;Föregående del</translation>
    </message>
    <message>
        <source>Seuraava &amp;korjattava</source>
        <translation>Nästa sak att &amp;rätta</translation>
    </message>
    <message>
        <source>Siirry korjattavien &amp;listaan</source>
        <translation>Gå till &amp;listan över det som ska rättas</translation>
    </message>
    <message>
        <source>Siirry &amp;osioluetteloon</source>
        <translation>Gå till &amp;delarna</translation>
    </message>
    <message>
        <source>Korjattavaa-&amp;paneeli</source>
        <translation>Panelen &amp;Att rätta</translation>
    </message>
    <message>
        <source>&amp;Ohje…</source>
        <translation>&amp;Hjälp…</translation>
    </message>
    <message>
        <source>&amp;Pikanäppäimet</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Tietoja ohjelmasta</source>
        <translation>&amp;Om programmet</translation>
    </message>
    <message>
        <source>Varmuuskopiot ja &amp;palautus…</source>
        <translation>Säkerhetskopior och å&amp;terställning…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tilannekuva – sote-uudistuksen tilannekuvakysely</source>
        <translation>Tilannekuva – lägesbildsenkät om vårdreformen</translation>
    </message>
    <message>
        <source>Punainen: virhe, joka on korjattava ennen lähettämistä.</source>
        <translation>Rött: ett fel som måste rättas innan svaren skickas in.</translation>
    </message>
    <message>
        <source>Keltainen: huomautus. Tarkista vastaus; jos se pitää paikkansa, vahvista se lyhyellä selityksellä (%1).</source>
        <translation>Gult: en anmärkning. Kontrollera svaret; om det stämmer, bekräfta det med en kort förklaring (%1).</translation>
    </message>
    <message>
        <source>Korjattavaa-luettelo (%1) kokoaa molemmat; Enter vie kysymykseen.</source>
        <translation>Listan Att rätta (%1) samlar båda; Enter tar dig till frågan.</translation>
    </message>
    <message>
        <source>Taulukkoon lisätään rivi sen alla olevalla Lisää rivi -painikkeella tai Insert-näppäimellä.</source>
        <translation>En rad läggs till i en tabell med knappen Lägg till rad under den eller med Insert-tangenten.</translation>
    </message>
    <message>
        <source>Lähettäminen: %1 → %2 tekee allekirjoitetun raportin ja paketin valitsemaasi kansioon, kirjaa lähetyksen ja lukitsee kierroksen. Luonnoksen voi tehdä ensin: %1 → %3.</source>
        <translation>Skicka in: %1 → %2 gör en undertecknad rapport och ett paket i den mapp du väljer, registrerar inskickningen och låser omgången. Ett utkast kan göras först: %1 → %3.</translation>
    </message>
    <message>
        <source>Lähetetyt tiedostot: viimeksi valittu kansio %1</source>
        <translation>Inskickade filer: senast vald mapp %1</translation>
    </message>
    <message>
        <source>Lähetetyt tiedostot: valitsemasi kansio (aluksi %1)</source>
        <translation>Inskickade filer: den mapp du väljer (först %1)</translation>
    </message>
    <message>
        <source>Varmuuskopiot: %1</source>
        <translation>Säkerhetskopior: %1</translation>
    </message>
    <message>
        <source>Kaikki pikanäppäimet: %1.</source>
        <translation>Alla kortkommandon: %1.</translation>
    </message>
    <message>
        <source>Ohje</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Sarkain siirtyy kysymyksestä toiseen. Taulukossa nuolinäppäimet liikkuvat soluissa ja Enter tai F2 aloittaa muokkauksen. Kyllä/ei-kysymyksen vastauksen voi poistaa Delete-näppäimellä.</source>
        <translation>Tabb flyttar från fråga till fråga. I en tabell flyttar piltangenterna mellan cellerna och Enter eller F2 börjar redigeringen. Svaret på en ja/nej-fråga kan tas bort med Delete.</translation>
    </message>
    <message>
        <source>Pikanäppäimet</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Insert, Ctrl++</source>
        <translation>Insert, Ctrl++</translation>
    </message>
    <message>
        <source>Taulukossa: lisää rivin taulukon loppuun</source>
        <translation>I en tabell: lägger till en rad i slutet av tabellen</translation>
    </message>
    <message>
        <source>Delete, Ctrl+-</source>
        <translation>Delete, Ctrl+-</translation>
    </message>
    <message>
        <source>Taulukossa: poistaa valitut rivit (kysyy ensin)</source>
        <translation>I en tabell: tar bort de valda raderna (frågar först)</translation>
    </message>
    <message>
        <source>F4, Alt+Alas</source>
        <translation>F4, Alt+Nedpil</translation>
    </message>
    <message>
        <source>Taulukon solussa, jossa on vaihtoehdot: avaa vaihtoehtojen luettelon</source>
        <translation>I en tabellcell med alternativ: öppnar listan med alternativ</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <source>Taulukossa: aloittaa solun muokkauksen; Enter tallentaa solun</source>
        <translation>I en tabell: börjar redigera cellen; Enter sparar cellen</translation>
    </message>
    <message>
        <source>Taulukon solua muokattaessa: peruu muokkauksen</source>
        <translation>När en tabellcell redigeras: ångrar redigeringen</translation>
    </message>
    <message>
        <source>Vaihto+Enter, Ctrl+Enter</source>
        <translation>Skift+Enter, Ctrl+Enter</translation>
    </message>
    <message>
        <source>Taulukon pitkän tekstin solussa: rivinvaihto</source>
        <translation>I en tabellcell med lång text: radbrytning</translation>
    </message>
    <message>
        <source>Päivämääräkysymyksessä: avaa kalenterin</source>
        <translation>I en datumfråga: öppnar kalendern</translation>
    </message>
    <message>
        <source>Taulukossa: kopioi valitut solut</source>
        <translation>I en tabell: kopierar de valda cellerna</translation>
    </message>
    <message>
        <source>Taulukossa: liittää taulukkolaskennasta kopioidut solut</source>
        <translation>I en tabell: klistrar in celler kopierade från ett kalkylprogram</translation>
    </message>
    <message>
        <source>Sarkain</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Taulukossa: siirtyy seuraavaan soluun ja viimeisestä solusta pois taulukosta</source>
        <translation>I en tabell: går till nästa cell och från den sista cellen ut ur tabellen</translation>
    </message>
    <message>
        <source>Ctrl+Sarkain</source>
        <translation>Ctrl+Tabb</translation>
    </message>
    <message>
        <source>Taulukossa: siirtyy pois taulukosta mistä tahansa solusta</source>
        <translation>I en tabell: går ut ur tabellen från vilken cell som helst</translation>
    </message>
</context>
<context>
    <name>MenuDialogs</name>
    <message>
        <source>Tiedostoa %1 ei ole: se on ehkä siirretty tai poistettu.</source>
        <translation>Filen %1 finns inte: den har kanske flyttats eller tagits bort.</translation>
    </message>
    <message>
        <source>Tilannekuva ei osaa avata tiedostoa %1: se ei ole vastaanotettu paketti (.asice), raportti (.pdf) eikä kyselykierros (.tkround).</source>
        <translation>Tilannekuva kan inte öppna filen %1: den är varken ett mottaget paket (.asice), en rapport (.pdf) eller en enkätomgång (.tkround).</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi avata</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>%1 / %2 vastattu</source>
        <translation>%1 / %2 besvarade</translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa</source>
        <translation>
            <numerusform>%n att rätta</numerusform>
            <numerusform>%n att rätta</numerusform>
        </translation>
    </message>
    <message>
        <source>avoinna</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>tulossa</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>päättynyt</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>lähetetty</source>
        <translation>inskickad</translation>
    </message>
    <message>
        <source>korjauksessa, lähetys %1 tehty</source>
        <translation>rättas, inskickning %1 gjord</translation>
    </message>
    <message>
        <source>lisätty %1</source>
        <translation>tillagd %1</translation>
    </message>
    <message>
        <source>Lisätty kierrospaketista %1; allekirjoittaja %2, sormenjälki %3</source>
        <translation>Tillagd från ett omgångspaket %1; undertecknare %2, fingeravtryck %3</translation>
    </message>
    <message>
        <source>Kyselykie&amp;rros</source>
        <translation>Enkät&amp;omgång</translation>
    </message>
    <message>
        <source>O&amp;siot</source>
        <translation>&amp;Delar</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Uusi organisaatioavain</source>
        <translation>Ny organisationsnyckel</translation>
    </message>
    <message>
        <source>Avain nimetään kunnan mukaan: %1.</source>
        <translation>Nyckeln namnges efter kommunen: %1.</translation>
    </message>
    <message>
        <source>Y-tunnus: %1.</source>
        <translation>FO-nummer: %1.</translation>
    </message>
    <message>
        <source>&amp;Tunnuslause</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Tunnuslause &amp;uudelleen</source>
        <translation>Lösenfrasen &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Luo avain</source>
        <translation>&amp;Skapa nyckeln</translation>
    </message>
    <message>
        <source>Tunnuslauseet eivät ole samat.</source>
        <translation>Lösenfraserna är inte samma.</translation>
    </message>
    <message>
        <source>Ilman tunnuslausetta avainta suojaavat vain tiedoston käyttöoikeudet: kuka tahansa, joka pääsee tiedostoon käsiksi, voi allekirjoittaa kunnan nimissä.</source>
        <translation>Utan lösenfras skyddas nyckeln endast av filens behörigheter: vem som helst som kommer åt filen kan signera i kommunens namn.</translation>
    </message>
    <message>
        <source>Tunnuslause kysytään aina, kun lähetys allekirjoitetaan. Sitä ei voi palauttaa, jos se unohtuu.</source>
        <translation>Lösenfrasen frågas varje gång en inskickning signeras. Den kan inte återställas om den glöms bort.</translation>
    </message>
</context>
<context>
    <name>PackageImporting</name>
    <message>
        <source>Tuo paketti</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <source>Paketit (*.asice);;Kaikki tiedostot (*)</source>
        <translation>Paket (*.asice);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1

Tehdäänkö paketin kunnasta profiilin kunta ja tuodaanko paketti?</source>
        <translation>%1

Ska paketets kommun bli profilens kommun och paketet importeras?</translation>
    </message>
    <message>
        <source>Toisen kunnan paketti</source>
        <translation>En annan kommuns paket</translation>
    </message>
    <message>
        <source>Paketti %1 on jo tallessa: kierroksen %2 lähetys %3. Mitään ei muutettu.</source>
        <translation>Paketet %1 finns redan sparat: omgångens %2 inskickning %3. Inget ändrades.</translation>
    </message>
    <message>
        <source>Paketti %1 tuotiin kierroksen %2 lähetykseksi %3.

Sormenjälki: %4</source>
        <translation>Paketet %1 importerades som omgångens %2 inskickning %3.

Fingeravtryck: %4</translation>
    </message>
    <message>
        <source>Paketti tuotu</source>
        <translation>Paketet importerat</translation>
    </message>
    <message>
        <source>Pakettia ei tuotu</source>
        <translation>Paketet importerades inte</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Tunnuslause</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Avaa</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Avataan avainta…</source>
        <translation>Nyckeln öppnas…</translation>
    </message>
</context>
<context>
    <name>PreviousHints</name>
    <message>
        <source>Edellinen %1</source>
        <translation>Föregående %1</translation>
    </message>
    <message>
        <source>Kopioi edellinen vastaus tähän</source>
        <translation>Kopiera det föregående svaret hit</translation>
    </message>
    <message>
        <source>%1 – Enter kopioi sen tähän</source>
        <translation>%1 – Enter kopierar det hit</translation>
    </message>
    <message>
        <source>Edellisellä kierroksella, ei nyt: %1</source>
        <translation>I förra omgången, inte nu: %1</translation>
    </message>
    <message>
        <source>◥ = arvo eroaa kierroksen %1 vastauksesta (edellinen arvo näkyy, kun osoitin on solun päällä)</source>
        <translation>◥ = värdet skiljer sig från svaret i omgång %1 (det föregående värdet visas när pekaren är över cellen)</translation>
    </message>
    <message>
        <source>Kopioi</source>
        <translation>Kopiera</translation>
    </message>
</context>
<context>
    <name>PreviousRounds</name>
    <message>
        <source>&amp;Edelliset kierrokset</source>
        <translation>&amp;Tidigare omgångar</translation>
    </message>
    <message>
        <source>Kopioi edelliset vastaukset tähän &amp;osioon</source>
        <translation>&amp;Kopiera föregående svar till den här delen</translation>
    </message>
    <message>
        <source>Kopioi edelliset vastaukset &amp;koko kierrokseen</source>
        <translation>Kopiera föregående svar till &amp;hela omgången</translation>
    </message>
    <message>
        <source>&amp;Peru viimeisin kopiointi</source>
        <translation>Å&amp;ngra den senaste kopieringen</translation>
    </message>
    <message>
        <source>&amp;Vertaa kierroksia…</source>
        <translation>&amp;Jämför omgångar…</translation>
    </message>
    <message>
        <source>Ei kopioitu</source>
        <translation>Inget kopierades</translation>
    </message>
    <message>
        <source>Ei kopioitavaa</source>
        <translation>Inget att kopiera</translation>
    </message>
    <message>
        <source>Kaikki edellisen kierroksen vastaukset, jotka voi kopioida, ovat jo tässä.</source>
        <translation>Alla svar från förra omgången som kan kopieras finns redan här.</translation>
    </message>
    <message numerus="yes">
        <source>Taulukoista, joihin on jo vastattu, puuttuu %n edellisen kierroksen riviä. Lisätäänkö ne? Jos et lisää, taulukot pysyvät sellaisina kuin ne ovat.</source>
        <translation>
            <numerusform>%n rad från förra omgången saknas i tabeller som redan är besvarade. Ska den läggas till? Om du inte lägger till den förblir tabellerna som de är.</numerusform>
            <numerusform>%n rader från förra omgången saknas i tabeller som redan är besvarade. Ska de läggas till? Om du inte lägger till dem förblir tabellerna som de är.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lisätäänkö puuttuvat rivit?</source>
        <translation>Lägga till de saknade raderna?</translation>
    </message>
    <message numerus="yes">
        <source>%n kohtaan on jo vastattu tällä kierroksella. Korvataanko ne edellisen kierroksen vastauksilla? Jos et korvaa, vain tyhjät kohdat täytetään.</source>
        <translation>
            <numerusform>%n svar är redan givet i den här omgången. Ska det ersättas med förra omgångens svar? Om du inte ersätter det fylls bara de tomma frågorna i.</numerusform>
            <numerusform>%n svar är redan givna i den här omgången. Ska de ersättas med förra omgångens svar? Om du inte ersätter dem fylls bara de tomma frågorna i.</numerusform>
        </translation>
    </message>
    <message>
        <source>Korvataanko annetut vastaukset?</source>
        <translation>Ersätta givna svar?</translation>
    </message>
    <message numerus="yes">
        <source>Kopioitu %n vastausta kierrokselta %1.</source>
        <translation>
            <numerusform>%n svar kopierades från omgången %1.</numerusform>
            <numerusform>%n svar kopierades från omgången %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ei peruttu</source>
        <translation>Inget ångrades</translation>
    </message>
    <message numerus="yes">
        <source>Kopiointi peruttu: %n vastausta palautettiin ennalleen.</source>
        <translation>
            <numerusform>Kopieringen ångrades: %n svar återställdes.</numerusform>
            <numerusform>Kopieringen ångrades: %n svar återställdes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>… ja %n muuta</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa kohtaa. Valitse kohta ja paina Enter, niin pääset kysymykseen.</source>
        <translation>
            <numerusform>%n sak att rätta. Välj den och tryck Enter för att gå till frågan.</numerusform>
            <numerusform>%n saker att rätta. Välj en och tryck Enter för att gå till frågan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vahvista valittu huomautus…</source>
        <translation>Bekräfta den valda anmärkningen…</translation>
    </message>
    <message>
        <source>Jos vastaus pitää paikkansa, kerro lyhyesti miksi. Selitys tallennetaan ja lähetetään vastausten mukana.</source>
        <translation>Om svaret stämmer, förklara kort varför. Förklaringen sparas och skickas med svaren.</translation>
    </message>
    <message>
        <source>Korjattavaa (%1) · vastaamatta %2</source>
        <translation>Att rätta (%1) · %2 obesvarade</translation>
    </message>
    <message>
        <source>Korjattavaa (%1)</source>
        <translation>Att rätta (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Huomautukset: tarkista nämä (%n)</source>
        <translation>
            <numerusform>Anmärkningar: kontrollera den här (%n)</numerusform>
            <numerusform>Anmärkningar: kontrollera dessa (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vahvistetut huomautukset (%n)</source>
        <translation>
            <numerusform>Bekräftad anmärkning (%n)</numerusform>
            <numerusform>Bekräftade anmärkningar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ei korjattavaa.</source>
        <translation>Inget att rätta.</translation>
    </message>
    <message>
        <source>Ei korjattavaa. Kaikki vastaukset ovat kunnossa.</source>
        <translation>Inget att rätta. Alla svar är i ordning.</translation>
    </message>
    <message numerus="yes">
        <source>%n pakollista kysymystä vielä vastaamatta.</source>
        <translation>
            <numerusform>%n obligatorisk fråga ännu obesvarad.</numerusform>
            <numerusform>%n obligatoriska frågor ännu obesvarade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n huomautusta vahvistettavana tai muutettavana ennen lähettämistä: tarkista ne ja vahvista selityksellä, jos vastaus pitää paikkansa.</source>
        <translation>
            <numerusform>%n anmärkning att bekräfta eller ändra innan inskickandet: kontrollera den och bekräfta den med en förklaring om svaret stämmer.</numerusform>
            <numerusform>%n anmärkningar att bekräfta eller ändra innan inskickandet: kontrollera dem och bekräfta dem med en förklaring om svaren stämmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n huomautusta vahvistettu selityksellä.</source>
        <translation>
            <numerusform>%n anmärkning bekräftad med en förklaring.</numerusform>
            <numerusform>%n anmärkningar bekräftade med en förklaring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Vahvistettu: %2</source>
        <translation>%1
Bekräftad: %2</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>rad %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Kirjoita kunnan nimi tai numero ja valitse listasta.</source>
        <translation>Skriv kommunens namn eller nummer och välj i listan.</translation>
    </message>
    <message>
        <source>Valittu: %1, %2</source>
        <translation>Vald: %1, %2</translation>
    </message>
    <message>
        <source>Kunta ja yhteyshenkilö</source>
        <translation>Kommun och kontaktperson</translation>
    </message>
    <message>
        <source>Valitse kunta, jonka puolesta vastaat, ja kerro yhteyshenkilö. Tiedot tallennetaan tälle koneelle ja liitetään vastauksiin.</source>
        <translation>Välj den kommun som du svarar för och ange en kontaktperson. Uppgifterna sparas på den här datorn och fogas till svaren.</translation>
    </message>
    <message>
        <source>&amp;Kunta</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Yhteyshenkilö</source>
        <translation>K&amp;ontaktperson</translation>
    </message>
    <message>
        <source>&amp;Tehtävänimike</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Sähköposti</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Puhelin</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Y-tu&amp;nnus</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>esim. Kangasala tai 211</source>
        <translation>t.ex. Kangasala eller 211</translation>
    </message>
    <message>
        <source>Palauta &amp;varmuuskopiosta…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Uudella koneella: palauta vastaukset ja kunnan tiedot varmuuskopiosta, esimerkiksi USB-tikulta.</source>
        <translation>På en ny dator: återställ svaren och kommunens uppgifter från en säkerhetskopia, till exempel från ett USB-minne.</translation>
    </message>
    <message>
        <source>Olen koo&amp;rdinaattori</source>
        <translation>Jag är koo&amp;rdinator</translation>
    </message>
    <message>
        <source>Kokoat kuntien lähettämät paketit etkä vastaa minkään kunnan puolesta: avaa vastaanotettujen pakettien ikkuna.</source>
        <translation>Du sammanställer paketen som kommunerna skickar och svarar inte för någon kommun: öppna fönstret för mottagna paket.</translation>
    </message>
    <message>
        <source>Palautettava varmuuskopio</source>
        <translation>Säkerhetskopia att återställa</translation>
    </message>
    <message>
        <source>Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)</source>
        <translation>Säkerhetskopior (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Palautus ei onnistu</source>
        <translation>Återställningen går inte</translation>
    </message>
    <message>
        <source>Varmuuskopio palautettu</source>
        <translation>Säkerhetskopian återställdes</translation>
    </message>
    <message>
        <source>Profiilia ei tallennettu</source>
        <translation>Profilen sparades inte</translation>
    </message>
</context>
<context>
    <name>ReadinessSummary</name>
    <message>
        <source>Tarkista ennen lähettämistä</source>
        <translation>Kontrollera före inskickningen</translation>
    </message>
    <message>
        <source>&amp;Jatka lähettämistä</source>
        <translation>&amp;Fortsätt inskickningen</translation>
    </message>
    <message>
        <source>&amp;Palaa takaisin</source>
        <translation>&amp;Gå tillbaka</translation>
    </message>
    <message>
        <source>Kierros %1 on valmis lähetettäväksi.</source>
        <translation>Omgången %1 är klar att skickas in.</translation>
    </message>
    <message>
        <source>Muutettu lähetyksen %1 jälkeen (%2):</source>
        <translation>Ändrat efter inskickning %1 (%2):</translation>
    </message>
    <message>
        <source>Vastauksia ei ole muutettu lähetyksen %1 jälkeen; huomautusten selityksiä on muutettu.</source>
        <translation>Svaren har inte ändrats efter inskickning %1; anmärkningarnas förklaringar har ändrats.</translation>
    </message>
    <message>
        <source>Vastauksia ei ole muutettu lähetyksen %1 jälkeen.</source>
        <translation>Svaren har inte ändrats efter inskickning %1.</translation>
    </message>
    <message>
        <source>Vahvistetut huomautukset (%1):</source>
        <translation>Bekräftade anmärkningar (%1):</translation>
    </message>
    <message>
        <source>Poikkeukselliset muutokset edelliseen kierrokseen, vahvistettu (%1):</source>
        <translation>Ovanliga ändringar sedan föregående omgång, bekräftade (%1):</translation>
    </message>
    <message>
        <source>Selitys: %1</source>
        <translation>Förklaring: %1</translation>
    </message>
    <message>
        <source>… ja %1 muuta</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Vapaaehtoiset kysymykset, joihin ei ole vastattu (%1):</source>
        <translation>Frivilliga frågor som inte har besvarats (%1):</translation>
    </message>
    <message>
        <source>Kaikkiin kysymyksiin on vastattu, eikä huomautuksia ole.</source>
        <translation>Alla frågor är besvarade och det finns inga anmärkningar.</translation>
    </message>
    <message>
        <source>Jatka lähettämistä, niin seuraavaksi valitaan kansio ja vastaukset allekirjoitetaan. Palaa takaisin, jos haluat vielä muuttaa vastauksia.</source>
        <translation>Fortsätt inskickningen, så väljs härnäst mappen och svaren undertecknas. Gå tillbaka om du ännu vill ändra svaren.</translation>
    </message>
</context>
<context>
    <name>ReceivedOpener</name>
    <message>
        <source>Avaa vastaanotettu paketti</source>
        <translation>Öppna mottaget paket</translation>
    </message>
    <message>
        <source>Paketit ja raportit (*.asice *.pdf);;Kaikki tiedostot (*)</source>
        <translation>Paket och rapporter (*.asice *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata</source>
        <translation>Filen kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <source>Vastaanotettu tiedosto – %1</source>
        <translation>Mottagen fil – %1</translation>
    </message>
    <message>
        <source>Tarkistus</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Rek&amp;isteröi tämä avain…</source>
        <translation>Re&amp;gistrera nyckeln…</translation>
    </message>
    <message>
        <source>%1 klo %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Tiedosto on kunnossa, ja sen allekirjoittaja on vahvistettu: kaikki tarkistukset täsmäävät.</source>
        <translation>Filen är i ordning och dess undertecknare är bekräftad: alla kontroller stämmer.</translation>
    </message>
    <message>
        <source>Tiedostot ovat ehjät, ja ne on allekirjoitettu tämän tietokoneen organisaatioavaimella.</source>
        <translation>Filerna är intakta och signerade med den här datorns organisationsnyckel.</translation>
    </message>
    <message>
        <source>Tiedostot ovat ehjät, mutta allekirjoittajaa ei ole vahvistettu.</source>
        <translation>Filerna är intakta, men undertecknaren är inte bekräftad.</translation>
    </message>
    <message>
        <source>Tiedostoa ei hyväksytty: tarkistus epäonnistui.</source>
        <translation>Filen godkändes inte: en kontroll misslyckades.</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Kierros</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Lähetys</source>
        <translation>Inskickning</translation>
    </message>
    <message>
        <source>Viety</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Sormenjälki on sama kuin tämän ohjelman tietokansion organisaatioavaimen: paketti on tehty tällä avaimella. Toisen avaimen allekirjoittamaa pakettia ei näin vahvisteta.</source>
        <translation>Fingeravtrycket är detsamma som för organisationsnyckeln i programmets datamapp: paketet är gjort med den nyckeln. Ett paket som signerats med en annan nyckel bekräftas inte så här.</translation>
    </message>
    <message>
        <source>Allekirjoitus on ehjä, mutta allekirjoittajaa ei ole verrattu luotettuun sormenjälkeen. Varmista sormenjälki kunnalta puhelimitse tai kirjeellä.</source>
        <translation>Underskriften är intakt, men undertecknaren har inte jämförts med ett betrott fingeravtryck. Bekräfta fingeravtrycket med kommunen per telefon eller brev.</translation>
    </message>
    <message>
        <source>Vastauksia ei näytetä, koska tiedosto ei läpäissyt tarkistuksia.</source>
        <translation>Svaren visas inte, eftersom filen inte klarade kontrollerna.</translation>
    </message>
</context>
<context>
    <name>RestoredKey</name>
    <message>
        <source>Organisaatioavain puuttuu</source>
        <translation>Organisationsnyckeln saknas</translation>
    </message>
    <message>
        <source>Palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka sormenjälki on:

%1

Avain ei kuulu varmuuskopioon, eikä sitä ole tässä tietokansiossa. Kopioi tiedosto %2 vanhalta tietokoneelta tai tuo se (Lähetys → Organisaatioavain… → Tuo PKCS#12-tiedosto…). Muuten vastaanottaja hylkää seuraavan lähetyksen.</source>
        <translation>De återställda inskickningarna har undertecknats med organisationsnyckeln med fingeravtrycket:

%1

Nyckeln ingår inte i säkerhetskopian och finns inte i den här datamappen. Kopiera filen %2 från den gamla datorn eller importera den (Inskickning → Organisationsnyckel… → Importera en PKCS#12-fil…). Annars underkänner mottagaren nästa inskickning.</translation>
    </message>
    <message>
        <source>Eri organisaatioavain</source>
        <translation>En annan organisationsnyckel</translation>
    </message>
    <message>
        <source>Palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka sormenjälki on:

%1

Tämän tietokansion avain on toinen:

%2

Vastaanottaja hylkää tällä avaimella allekirjoitetun lähetyksen, kunnes se on rekisteröinyt sen sormenjäljen. Jos aiempi avain on tallessa, käytä sitä.</source>
        <translation>De återställda inskickningarna har undertecknats med organisationsnyckeln med fingeravtrycket:

%1

Nyckeln i den här datamappen är en annan:

%2

Mottagaren underkänner en inskickning som undertecknats med den här nyckeln tills den har registrerat dess fingeravtryck. Om den tidigare nyckeln finns kvar, använd den.</translation>
    </message>
</context>
<context>
    <name>RoundAdding</name>
    <message>
        <source>Lisää kyselykierros</source>
        <translation>Lägg till enkätomgång</translation>
    </message>
    <message>
        <source>Kyselykierrokset (*.tkround);;Kaikki tiedostot (*)</source>
        <translation>Enkätomgångar (*.tkround);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Kierros %1 on jo ohjelmassa samanlaisena; mitään ei muutettu.</source>
        <translation>Omgången %1 finns redan i programmet med samma innehåll; inget ändrades.</translation>
    </message>
    <message>
        <source>Kierros %1 lisättiin: %2

Allekirjoittaja: %3
Sormenjälki: %4</source>
        <translation>Omgången %1 har lagts till: %2

Undertecknare: %3
Fingeravtryck: %4</translation>
    </message>
    <message>
        <source>Kyselykierros lisätty</source>
        <translation>Enkätomgången har lagts till</translation>
    </message>
    <message>
        <source>Kyselykierrosta ei lisätty</source>
        <translation>Enkätomgången lades inte till</translation>
    </message>
</context>
<context>
    <name>RoundsChart</name>
    <message>
        <source>lähetetty</source>
        <translation>inskickad</translation>
    </message>
    <message>
        <source>ei lähetetty (vastaukset nyt)</source>
        <translation>inte inskickad (svaren nu)</translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <source>Kopioi rivejä kierrokselta %1</source>
        <translation>Kopiera rader från omgång %1</translation>
    </message>
    <message>
        <source>Taulukko %1: valitse kopioitavat rivit. Rivin, joka on jo taulukossa, tyhjät solut täytetään; annetuista vastauksista kysytään ensin.</source>
        <translation>Tabell %1: välj de rader som kopieras. I en rad som redan finns i tabellen fylls de tomma cellerna i; om givna svar frågas först.</translation>
    </message>
    <message>
        <source>Edellisen kierroksen rivit</source>
        <translation>Raderna från föregående omgång</translation>
    </message>
    <message>
        <source>%1 (on jo taulukossa)</source>
        <translation>%1 (finns redan i tabellen)</translation>
    </message>
    <message>
        <source>&amp;Rivit</source>
        <translation>&amp;Rader</translation>
    </message>
    <message>
        <source>Valitse &amp;kaikki</source>
        <translation>Välj &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Tyhjennä valinnat</source>
        <translation>&amp;Avmarkera alla</translation>
    </message>
    <message>
        <source>K&amp;opioi valitut</source>
        <translation>K&amp;opiera de valda</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Tallennettuna on yhä %1.</source>
        <translation>Fortfarande sparat: %1.</translation>
    </message>
</context>
<context>
    <name>SaveFailureBanner</name>
    <message>
        <source>Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun levyllä on taas tilaa; tallentamista yritetään uudelleen muutaman sekunnin välein.</source>
        <translation>Svaren finns kvar i fönstret och sparas när det åter finns utrymme på disken; sparandet försöks på nytt med några sekunders mellanrum.</translation>
    </message>
    <message>
        <source>Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun kansioon voi taas kirjoittaa; sitä yritetään uudelleen muutaman sekunnin välein. Jos suljet ohjelman ennen sitä, tallentamattomat vastaukset menetetään.</source>
        <translation>Svaren finns kvar i fönstret och sparas när det åter går att skriva i mappen; det försöks på nytt med några sekunders mellanrum. Om du stänger programmet innan dess går de osparade svaren förlorade.</translation>
    </message>
    <message>
        <source>Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun tallentaminen taas onnistuu; sitä yritetään uudelleen muutaman sekunnin välein.</source>
        <translation>Svaren finns kvar i fönstret och sparas när sparandet åter lyckas; det försöks på nytt med några sekunders mellanrum.</translation>
    </message>
    <message>
        <source>&amp;Yritä nyt</source>
        <translation>&amp;Försök nu</translation>
    </message>
    <message>
        <source>Levy on täynnä, joten tietokansion %1 vastaukset avattiin vain luettaviksi: mitään ei voi tallentaa, ennen kuin levyltä vapautetaan tilaa. Tyhjennä roskakori tai poista suuria tiedostoja; aiemmin tallennetut vastaukset ovat tallessa.</source>
        <translation>Disken är full, så svaren i datamappen %1 öppnades endast för läsning: inget kan sparas förrän utrymme har frigjorts på disken. Töm papperskorgen eller ta bort stora filer; tidigare sparade svar finns kvar.</translation>
    </message>
    <message>
        <source>Tietokansioon %1 ei voi kirjoittaa, joten vastaukset avattiin vain luettaviksi: mitään ei tallenneta, ennen kuin kansioon voi kirjoittaa. Pyydä kansioon kirjoitusoikeus, tai avaa ohjelma kansiossa, johon voit kirjoittaa.</source>
        <translation>Det går inte att skriva i datamappen %1, så svaren öppnades skrivskyddade: ingenting sparas förrän det går att skriva i mappen. Be om skrivrättighet till mappen, eller öppna programmet i en mapp där du kan skriva.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Tallentamatta olevia vastauksia: %1 (yritetään uudelleen)</source>
        <translation>Osparade svar: %1 (försöker igen)</translation>
    </message>
    <message>
        <source>Tallentamatta, koska ei kelpaa: %1 (katso Korjattavaa)</source>
        <translation>Inte sparat, eftersom det inte duger: %1 (se Att rätta)</translation>
    </message>
    <message>
        <source>Kaikki vastaukset tallessa</source>
        <translation>Alla svar sparade</translation>
    </message>
    <message>
        <source>Tallennettu %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Tallennetaan…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Vastausta ei tallennettu</source>
        <translation>Svaret sparades inte</translation>
    </message>
    <message>
        <source>Vastauksia ei voitu lukea</source>
        <translation>Svaren kunde inte läsas</translation>
    </message>
    <message numerus="yes">
        <source>%n vastausta ei voitu tallentaa.</source>
        <translation>
            <numerusform>%n svar kunde inte sparas.</numerusform>
            <numerusform>%n svar kunde inte sparas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu (ne on lueteltu kohdassa Korjattavaa).</source>
        <translation>
            <numerusform>%n svar godtas inte som det är skrivet och har därför inte sparats (det finns under Att rätta).</numerusform>
            <numerusform>%n svar godtas inte som de är skrivna och har därför inte sparats (de finns under Att rätta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jos suljet ikkunan nyt, nämä vastaukset menetetään. Muut vastaukset ovat tallessa. Suljetaanko silti?</source>
        <translation>
            <numerusform>Om du stänger fönstret nu går det här svaret förlorat. Övriga svar är sparade. Stäng ändå?</numerusform>
            <numerusform>Om du stänger fönstret nu går de här svaren förlorade. Övriga svar är sparade. Stäng ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>Vastauksia tallentamatta</source>
        <translation>Osparade svar</translation>
    </message>
    <message>
        <source>&amp;Sulje tallentamatta</source>
        <translation>&amp;Stäng utan att spara</translation>
    </message>
    <message>
        <source>&amp;Palaa lomakkeelle</source>
        <translation>&amp;Tillbaka till formuläret</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Lähetys %1: allekirjoittanut %2, %3 klo %4 (allekirjoituksen oma aika). Avaimen sormenjälki:</source>
        <translation>Inskickning %1: undertecknad av %2 den %3 kl. %4 (signaturens egen tid). Nyckelns fingeravtryck:</translation>
    </message>
    <message>
        <source>Lähetys %1: allekirjoitettu %2 klo %3 (allekirjoituksen oma aika). Avaimen sormenjälki:</source>
        <translation>Inskickning %1: undertecknad den %2 kl. %3 (signaturens egen tid). Nyckelns fingeravtryck:</translation>
    </message>
    <message>
        <source>Lähetys %1: allekirjoittanut %2; kirjattu %3 klo %4 (allekirjoitus ei kerro aikaansa). Avaimen sormenjälki:</source>
        <translation>Inskickning %1: undertecknad av %2; registrerad den %3 kl. %4 (signaturen anger inte sin tid). Nyckelns fingeravtryck:</translation>
    </message>
    <message>
        <source>Lähetys %1: kirjattu %2 klo %3. Avaimen sormenjälki:</source>
        <translation>Inskickning %1: registrerad den %2 kl. %3. Nyckelns fingeravtryck:</translation>
    </message>
    <message>
        <source>Tallessa olevaa pakettia tarkistetaan…</source>
        <translation>Det sparade paketet kontrolleras…</translation>
    </message>
    <message>
        <source>Tallessa olevat tiedostot tarkistettiin klo %1: ne ovat ehjät. Vastaukset näytetään allekirjoitetusta paketista.</source>
        <translation>De sparade filerna kontrollerades kl. %1: de är oförändrade. Svaren visas ur det undertecknade paketet.</translation>
    </message>
    <message>
        <source>Tallessa olevat tiedostot EIVÄT läpäise tarkistusta (klo %1): %2 Paketin vastauksia ei näytetä, koska ei voi varmistaa, että ne ovat lähetetyt.</source>
        <translation>De sparade filerna klarar INTE kontrollen (kl. %1): %2 Paketets svar visas inte, eftersom det inte går att säkerställa att de är de inskickade.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message numerus="yes">
        <source>Poistetaanko rivit %1 taulukosta ”%2”?</source>
        <translation>
            <numerusform>Ta bort rad %1 ur tabellen ”%2”?</numerusform>
            <numerusform>Ta bort raderna %1 ur tabellen ”%2”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Poista rivejä</source>
        <translation>Ta bort rader</translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n huomautus tarkistettavana: tarkista vastaus tai vahvista se selityksellä.</source>
        <translation>
            <numerusform>Tabellen har %n anmärkning att kontrollera: kontrollera svaret eller bekräfta det med en förklaring.</numerusform>
            <numerusform>Tabellen har %n anmärkningar att kontrollera: kontrollera svaren eller bekräfta dem med en förklaring.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Vahvistettu: %2</source>
        <translation>%1 Bekräftad: %2</translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n korjattavaa kohtaa.</source>
        <translation>
            <numerusform>Tabellen har %n sak att rätta.</numerusform>
            <numerusform>Tabellen har %n saker att rätta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedKeys</name>
    <message>
        <source>Avain %1 on rekisteröity useammalle kuin yhdelle kunnalle: %2. Kukin niistä voi allekirjoittaa toisten puolesta. Varmista kunnilta, että avain on todella yhteinen, tai poista väärä.</source>
        <translation>Nyckeln %1 är registrerad för mer än en kommun: %2. Var och en av dem kan underteckna för de andra. Kontrollera med kommunerna att nyckeln verkligen är gemensam, eller ta bort den felaktiga.</translation>
    </message>
    <message>
        <source>Sama avain usealla kunnalla</source>
        <translation>Samma nyckel för flera kommuner</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Tilannekuva on jo käynnissä</source>
        <translation>Tilannekuva körs redan</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta</source>
        <translation>Databasen är från en nyare version</translation>
    </message>
    <message>
        <source>Tietokantaa ei voi avata</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>Tilannekuva suljetaan</source>
        <translation>Tilannekuva stängs</translation>
    </message>
    <message>
        <source>Kuntaa ei valittu, joten ohjelma suljetaan. Tilannekuva tarvitsee kunnan, jonka puolesta vastaat, ennen kuin kyselyyn voi vastata. Kunta kysytään uudelleen, kun avaat ohjelman seuraavan kerran. Mitään ei tallennettu.</source>
        <translation>Ingen kommun valdes, så programmet stängs. Tilannekuva behöver kommunen du svarar för innan enkäten kan besvaras. Kommunen frågas på nytt nästa gång du öppnar programmet. Inget sparades.</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Lähetykset – %1</source>
        <translation>Inskickningar – %1</translation>
    </message>
    <message>
        <source>Nro</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Lähettäjä</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>Avaimen sormenjälki</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>Paketti</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>%1 klo %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>&amp;Tallenna tiedostot uudelleen…</source>
        <translation>&amp;Spara filerna igen…</translation>
    </message>
    <message>
        <source>&amp;Näytä ikkunassa</source>
        <translation>&amp;Visa i fönstret</translation>
    </message>
    <message>
        <source>Näytä lähetyksen vastaukset ikkunassa sellaisina kuin ne allekirjoitettiin.</source>
        <translation>Visa inskickningens svar i fönstret så som de undertecknades.</translation>
    </message>
    <message>
        <source>Kierrosta ei ole lähetetty.</source>
        <translation>Omgången har inte skickats in.</translation>
    </message>
    <message>
        <source>Kierros on lukittu viimeisimmän lähetyksen jälkeen. Jos vastauksia on muutettava, aloita korjaus; aiemmat lähetykset säilyvät.</source>
        <translation>Omgången är låst sedan den senaste inskickningen. Om svaren ska ändras, börja en rättelse; tidigare inskickningar bevaras.</translation>
    </message>
    <message>
        <source>Kierros on auki korjausta varten; seuraava lähetys on numero %1.</source>
        <translation>Omgången är öppen för rättelse; nästa inskickning får nummer %1.</translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>Ohjelmassa tapahtui virhe (%1). Tiedot virheestä on kirjoitettu lokiin tietokansion logs-kansioon.</source>
        <translation>Ett fel inträffade i programmet (%1). Uppgifter om felet har skrivits i loggen i datamappens logs-mapp.</translation>
    </message>
    <message>
        <source>Tallenna ne toiseen kansioon: Lähetys → Lähetykset… → Tallenna tiedostot uudelleen.</source>
        <translation>Spara dem i en annan mapp: Inskickning → Inskickningar… → Spara filerna igen.</translation>
    </message>
    <message>
        <source>Luo tai tuo avain: Lähetys → Organisaatioavain…</source>
        <translation>Skapa eller importera nyckeln: Inskickning → Organisationsnyckel…</translation>
    </message>
    <message>
        <source>Tuo aiempi avain: Lähetys → Organisaatioavain… → Tuo PKCS#12-tiedosto…</source>
        <translation>Importera den tidigare nyckeln: Inskickning → Organisationsnyckel… → Importera en PKCS#12-fil…</translation>
    </message>
    <message>
        <source>Korjaus aloitetaan valikosta Lähetys → Aloita korjaus.</source>
        <translation>En rättelse börjas i menyn Inskickning → Börja en rättelse.</translation>
    </message>
    <message>
        <source>Valitse kunta: Tiedosto → Kunta ja yhteyshenkilö…</source>
        <translation>Välj kommunen: Arkiv → Kommun och kontaktperson…</translation>
    </message>
    <message>
        <source>Avainta ei voitu avata</source>
        <translation>Nyckeln kunde inte öppnas</translation>
    </message>
    <message>
        <source>Tee luonnos – valitse kansio</source>
        <translation>Gör ett utkast – välj mapp</translation>
    </message>
    <message>
        <source>Kierros on jo lähetetty</source>
        <translation>Omgången är redan inskickad</translation>
    </message>
    <message>
        <source>Kierros on jo lähetetty (lähetys %1) ja lukittu. Jos vastauksia on muutettava, aloita korjaus (Lähetys → Aloita korjaus).</source>
        <translation>Omgången är redan inskickad (inskickning %1) och låst. Om svaren ska ändras, börja en rättelse (Inskickning → Börja en rättelse).</translation>
    </message>
    <message>
        <source>Kierrosta ei voi vielä lähettää</source>
        <translation>Omgången kan inte skickas in ännu</translation>
    </message>
    <message>
        <source>Tallentamatta olevia vastauksia: %1. Lähetys tehtäisiin ilman niitä. Odota, kunnes ne on tallennettu (tilarivillä lukee silloin ”Tallennettu”), ja lähetä sitten.</source>
        <translation>Osparade svar: %1. Inskickningen skulle göras utan dem. Vänta tills de har sparats (statusraden visar då ”Sparat”), och skicka sedan in.</translation>
    </message>
    <message numerus="yes">
        <source>Vastauksissa on %n korjattavaa kohtaa. Ne on lueteltu oikealla Korjattavaa-paneelissa (F8 vie seuraavaan). Korjaa ne ennen lähettämistä, tai tee luonnos (PDF), jossa keskeneräiset vastaukset sallitaan.</source>
        <translation>
            <numerusform>Svaren har %n sak att rätta. Den listas till höger i panelen Att rätta (F8 går dit). Rätta den innan du skickar in, eller gör ett utkast (PDF), där ofärdiga svar tillåts.</numerusform>
            <numerusform>Svaren har %n saker att rätta. De listas till höger i panelen Att rätta (F8 går till nästa). Rätta dem innan du skickar in, eller gör ett utkast (PDF), där ofärdiga svar tillåts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lisäksi %n huomautusta on vahvistettava tai vastausta muutettava.</source>
        <translation>
            <numerusform>Dessutom ska %n anmärkning bekräftas eller svaret ändras.</numerusform>
            <numerusform>Dessutom ska %n anmärkningar bekräftas eller svaren ändras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vastauksissa on %n huomautusta, jota kukaan ei ole vahvistanut. Tarkista se Korjattavaa-paneelissa: jos vastaus pitää paikkansa, vahvista se lyhyellä selityksellä (Vahvista valittu huomautus…), muuten muuta vastausta. Sitten voit lähettää.</source>
        <translation>
            <numerusform>Svaren har %n anmärkning som ingen har bekräftat. Kontrollera den i panelen Att rätta: om svaret stämmer, bekräfta det med en kort förklaring (Bekräfta den valda anmärkningen…), annars ändra svaret. Sedan kan du skicka in.</numerusform>
            <numerusform>Svaren har %n anmärkningar som ingen har bekräftat. Kontrollera dem i panelen Att rätta: om ett svar stämmer, bekräfta det med en kort förklaring (Bekräfta den valda anmärkningen…), annars ändra svaret. Sedan kan du skicka in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisaatioavain puuttuu</source>
        <translation>Organisationsnyckeln saknas</translation>
    </message>
    <message>
        <source>Kierros on jo päättynyt</source>
        <translation>Omgången har redan stängts</translation>
    </message>
    <message>
        <source>Jos tarvitset lähetyksen tiedostot uudelleen: Lähetys → Lähetykset… → Tallenna tiedostot uudelleen.</source>
        <translation>Om du behöver inskickningens filer igen: Inskickning → Inskickningar… → Spara filerna igen.</translation>
    </message>
    <message>
        <source>Kierros päättyi %1. Lähetetäänkö vastaukset silti myöhässä? Lähetä vain, jos vastaanottaja on luvannut ottaa ne vielä vastaan.</source>
        <translation>Omgången stängdes %1. Skickas svaren ändå för sent? Skicka bara om mottagaren har lovat att ännu ta emot dem.</translation>
    </message>
    <message>
        <source>Muuta vastauksia, jos niissä on korjattavaa. Jos tarvitset lähetyksen %1 allekirjoitetut tiedostot (paketti ja raportti) uudelleen, tallenna ne kansioon.</source>
        <translation>Ändra svaren om något ska rättas. Om du behöver de undertecknade filerna för inskickning %1 (paketet och rapporten) igen, spara dem i en mapp.</translation>
    </message>
    <message>
        <source>Korjauksessa ei ole muutoksia</source>
        <translation>Rättelsen innehåller inga ändringar</translation>
    </message>
    <message>
        <source>&amp;Tallenna lähetyksen %1 tiedostot…</source>
        <translation>&amp;Spara filerna för inskickning %1…</translation>
    </message>
    <message>
        <source>&amp;Palaa lomakkeeseen</source>
        <translation>&amp;Tillbaka till formuläret</translation>
    </message>
    <message>
        <source>Lähetys allekirjoitetaan organisaation avaimella, eikä avainta ole vielä luotu. Luo uusi avain tai tuo kunnan olemassa oleva avain (PKCS#12-tiedosto).</source>
        <translation>Inskickningen undertecknas med organisationens nyckel, och nyckeln har inte skapats ännu. Skapa en ny nyckel eller importera kommunens befintliga nyckel (en PKCS#12-fil).</translation>
    </message>
    <message>
        <source>Lähetys allekirjoitetaan organisaation avaimella, eikä sitä ole tässä tietokansiossa. Aiemmat lähetykset on allekirjoitettu avaimella, jonka sormenjälki on:

%1

Tuo se: kopioi tiedosto %2 vanhalta tietokoneelta. Uudella avaimella allekirjoitetun lähetyksen vastaanottaja hylkää, kunnes se on rekisteröinyt uuden sormenjäljen.</source>
        <translation>Inskickningen undertecknas med organisationens nyckel, och den finns inte i den här datamappen. De tidigare inskickningarna har undertecknats med nyckeln med fingeravtrycket:

%1

Importera den: kopiera filen %2 från den gamla datorn. En inskickning som undertecknats med en ny nyckel underkänns av mottagaren tills den har registrerat det nya fingeravtrycket.</translation>
    </message>
    <message>
        <source>&amp;Luo uusi avain…</source>
        <translation>&amp;Skapa en ny nyckel…</translation>
    </message>
    <message>
        <source>&amp;Tuo avain…</source>
        <translation>&amp;Importera en nyckel…</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Lähetä – valitse kansio lähetettäville tiedostoille</source>
        <translation>Skicka in – välj mapp för filerna som skickas</translation>
    </message>
    <message>
        <source>Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:</source>
        <translation>Organisationsnyckeln är skyddad med en lösenfras. Ange lösenfrasen:</translation>
    </message>
    <message>
        <source>Eri avain kuin aiemmissa lähetyksissä</source>
        <translation>En annan nyckel än i de tidigare inskickningarna</translation>
    </message>
    <message>
        <source>Lähetys allekirjoitettaisiin avaimella, jonka sormenjälki on:

%1

Aiemmat lähetykset (viimeksi kierroksen %3 lähetys %4) on allekirjoitettu toisella avaimella:

%2

Vastaanottaja hylkää uudella avaimella allekirjoitetun lähetyksen, kunnes se on rekisteröinyt uuden sormenjäljen: kerro se vastaanottajalle muuta kautta ennen lähettämistä. Jos aiempi avain on tallessa, tuo se ja lähetä sillä.

Allekirjoitetaanko silti uudella avaimella?</source>
        <translation>Inskickningen skulle undertecknas med nyckeln med fingeravtrycket:

%1

De tidigare inskickningarna (senast omgången %3, inskickning %4) har undertecknats med en annan nyckel:

%2

Mottagaren underkänner en inskickning som undertecknats med den nya nyckeln tills den har registrerat det nya fingeravtrycket: meddela mottagaren det på annat sätt innan du skickar. Om den tidigare nyckeln finns kvar, importera den och skicka med den.

Undertecknas inskickningen ändå med den nya nyckeln?</translation>
    </message>
    <message>
        <source>&amp;Allekirjoita uudella avaimella</source>
        <translation>&amp;Underteckna med den nya nyckeln</translation>
    </message>
    <message>
        <source>Tehdään luonnosta</source>
        <translation>Utkastet görs</translation>
    </message>
    <message>
        <source>Lähetetään</source>
        <translation>Skickas in</translation>
    </message>
    <message>
        <source>Luonnos on tallennettu (allekirjoittamaton, ei lähetetty):
%1</source>
        <translation>Utkastet har sparats (osignerat, inte inskickat):
%1</translation>
    </message>
    <message numerus="yes">
        <source>Luonnoksessa on %n korjattavaa kohtaa; ne on lueteltu raportin lopussa.</source>
        <translation>
            <numerusform>Utkastet har %n sak att rätta; den nämns i slutet av rapporten.</numerusform>
            <numerusform>Utkastet har %n saker att rätta; de listas i slutet av rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Luonnos valmis</source>
        <translation>Utkastet är klart</translation>
    </message>
    <message>
        <source>Lähetys %1 kierrokselle %2 on valmis, ja kierros on lukittu.

Paketti: %3
Raportti: %4

Avaimen sormenjälki:
%5

Lähetä molemmat tiedostot ja kerro sormenjälki vastaanottajalle muuta kautta.</source>
        <translation>Inskickning %1 för omgången %2 är klar, och omgången är låst.

Paket: %3
Rapport: %4

Nyckelns fingeravtryck:
%5

Skicka båda filerna och meddela mottagaren fingeravtrycket på annat sätt.</translation>
    </message>
    <message>
        <source>Lähetys valmis</source>
        <translation>Inskickningen är klar</translation>
    </message>
    <message>
        <source>Luonnosta ei tehty</source>
        <translation>Utkastet gjordes inte</translation>
    </message>
    <message>
        <source>Lähetys ei onnistunut</source>
        <translation>Inskickningen lyckades inte</translation>
    </message>
    <message>
        <source>Tiedostoja ei tallennettu</source>
        <translation>Filerna sparades inte</translation>
    </message>
    <message>
        <source>Tiedostot tallennettu</source>
        <translation>Filerna har sparats</translation>
    </message>
    <message>
        <source>Lähetyksen %1 tiedostot on tallennettu:
%2
%3</source>
        <translation>Filerna för inskickning %1 har sparats:
%2
%3</translation>
    </message>
    <message>
        <source>Tallenna lähetyksen %1 tiedostot – valitse kansio</source>
        <translation>Spara filerna för inskickning %1 – välj mapp</translation>
    </message>
    <message>
        <source>Korjausta ei aloitettu</source>
        <translation>Rättelsen påbörjades inte</translation>
    </message>
    <message>
        <source>Kierros on avattu korjausta varten (tuleva lähetys %1).</source>
        <translation>Omgången har öppnats för rättelse (kommande inskickning %1).</translation>
    </message>
    <message>
        <source>Aloita korjaus</source>
        <translation>Börja en rättelse</translation>
    </message>
    <message>
        <source>Avataanko kierros ”%1” korjausta varten? Aiemmat lähetykset säilyvät ennallaan. Kun lähetät korjatut vastaukset, niistä tulee lähetys %2.</source>
        <translation>Öppna omgången ”%1” för rättelse? Tidigare inskickningar bevaras som de är. När du skickar in de rättade svaren blir de inskickning %2.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Lisää rivi</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Lisää rivi taulukon loppuun (Insert tai Ctrl++)</source>
        <translation>Lägg till en rad i slutet av tabellen (Insert eller Ctrl++)</translation>
    </message>
    <message>
        <source>Poista valitut rivit</source>
        <translation>Ta bort valda rader</translation>
    </message>
    <message>
        <source>Poista valitut rivit (Delete tai Ctrl+-)</source>
        <translation>Ta bort de valda raderna (Delete eller Ctrl+-)</translation>
    </message>
    <message>
        <source>Nuolinäppäimet siirtävät solusta toiseen, Enter tai F2 muokkaa, Sarkain siirtyy seuraavaan soluun ja viimeisestä solusta (Ctrl+Sarkain mistä tahansa) pois taulukosta, Insert lisää rivin. Ctrl+V liittää taulukkolaskennasta kopioidut solut.</source>
        <translation>Piltangenterna flyttar från cell till cell, Enter eller F2 redigerar, Tabb går till nästa cell och från den sista cellen (Ctrl+Tabb från vilken som helst) ut ur tabellen, Insert lägger till en rad. Ctrl+V klistrar in celler kopierade från ett kalkylprogram.</translation>
    </message>
    <message>
        <source>Insert lisää rivin, Ctrl+V liittää, Ctrl+Sarkain vie pois. Kaikki näppäimet: F1.</source>
        <translation>Insert ny rad, Ctrl+V klistrar in, Ctrl+Tabb lämnar tabellen. Alla tangenter: F1.</translation>
    </message>
    <message numerus="yes">
        <source>Liitetty %n riviä.</source>
        <translation>
            <numerusform>%n rad inklistrad.</numerusform>
            <numerusform>%n rader inklistrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa ei sopinut sarakkeeseensa eikä sitä tallennettu (yliviivattu).</source>
        <translation>
            <numerusform>%n värde passade inte i sin kolumn och sparades inte (överstruket).</numerusform>
            <numerusform>%n värden passade inte i sina kolumner och sparades inte (överstrukna).</numerusform>
        </translation>
    </message>
    <message>
        <source>Taulukkoon mahtuu enintään %1 riviä: %2 riviä jäi liittämättä.</source>
        <translation>Tabellen rymmer högst %1 rader: %2 rader klistrades inte in.</translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa jäi taulukon viimeisen sarakkeen yli eikä sitä liitetty.</source>
        <translation>
            <numerusform>%n värde låg utanför tabellens sista kolumn och klistrades inte in.</numerusform>
            <numerusform>%n värden låg utanför tabellens sista kolumn och klistrades inte in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rivi %1, %2:</source>
        <translation>Rad %1, %2:</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <source>&amp;Luotetut avaimet…</source>
        <translation>Betrodda &amp;nycklar…</translation>
    </message>
    <message>
        <source>Rek&amp;isteröi tämä avain…</source>
        <translation>Re&amp;gistrera nyckeln…</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Luotetut avaimet</source>
        <translation>Betrodda nycklar</translation>
    </message>
    <message>
        <source>Kunnan paketti lasketaan vain, kun sen allekirjoittaneen avaimen sormenjälki on rekisteröity kunnalle. Kunta kertoo sormenjäljen puhelimitse tai kirjeellä.</source>
        <translation>En kommuns paket räknas bara när fingeravtrycket för nyckeln som undertecknade det är registrerat för kommunen. Kommunen uppger fingeravtrycket per telefon eller brev.</translation>
    </message>
    <message>
        <source>Kuntanumero</source>
        <translation>Kommunnummer</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Lisätty</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>&amp;Lisää…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Tuo luettelo…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message>
        <source>&amp;Poista…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>S&amp;täng</translation>
    </message>
    <message numerus="yes">
        <source>%n avainta</source>
        <translation>
            <numerusform>%n nyckel</numerusform>
            <numerusform>%n nycklar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kuntaa</source>
        <translation>
            <numerusform>%n kommun</numerusform>
            <numerusform>%n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>Yhtään avainta ei ole rekisteröity.</source>
        <translation>Inga nycklar är registrerade.</translation>
    </message>
    <message>
        <source>Tuo luotettujen avainten luettelo</source>
        <translation>Importera en lista över betrodda nycklar</translation>
    </message>
    <message>
        <source>Luettelot (*.csv *.txt *.tsv);;Kaikki tiedostot (*)</source>
        <translation>Listor (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Luetteloa ei tuotu</source>
        <translation>Listan importerades inte</translation>
    </message>
    <message numerus="yes">
        <source>Luettu %n riviä</source>
        <translation>
            <numerusform>%n rad läst</numerusform>
            <numerusform>%n rader lästa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uutta avainta rekisteröity.</source>
        <translation>
            <numerusform>%n ny nyckel registrerad.</numerusform>
            <numerusform>%n nya nycklar registrerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Luettelo tuotu</source>
        <translation>Listan importerad</translation>
    </message>
    <message>
        <source>Poista avaimet</source>
        <translation>Ta bort nycklarna</translation>
    </message>
    <message>
        <source>Poistetaanko kunnan %1 (%2) kaikki rekisteröidyt avaimet (%3)? Kunnan paketteja ei sen jälkeen lasketa, ennen kuin sen avain rekisteröidään uudelleen.</source>
        <translation>Ta bort alla registrerade nycklar (%3) för kommunen %1 (%2)? Kommunens paket räknas sedan inte förrän dess nyckel registreras igen.</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Avainta ei poistettu</source>
        <translation>Nyckeln togs inte bort</translation>
    </message>
</context>
<context>
    <name>UnavailableRounds</name>
    <message>
        <source>Piilota</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Piilottaa ilmoituksen ohjelman seuraavaan käynnistykseen asti</source>
        <translation>Döljer meddelandet tills programmet startas nästa gång</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Kyllä</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ei</source>
        <translation>Nej</translation>
    </message>
</context>
</TS>
