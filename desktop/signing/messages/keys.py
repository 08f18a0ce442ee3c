"""The signing package's messages about keys and signatures, in fi/sv/en."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "signing.signature.unreadable": {
        "fi": "Allekirjoitustiedosto on vioittunut tai se ei ole CMS-allekirjoitus. "
        "Tekninen tieto (englanniksi): {reason}.",
        "sv": "Signaturfilen är skadad eller inte en CMS-signatur. Teknisk uppgift (på engelska): {reason}.",
        "en": "The signature file is damaged or not a CMS signature. Technical detail: {reason}.",
    },
    "signing.signature.not_intact": {
        "fi": "Allekirjoitus ei täsmää allekirjoitettuun sisältöön: sisältöä on muutettu "
        "allekirjoittamisen jälkeen.",
        "sv": "Underskriften stämmer inte med det undertecknade innehållet: innehållet har "
        "ändrats efter underskriften.",
        "en": "The signature does not match the signed content: the content was changed after "
        "signing.",
    },
    "signing.signature.invalid": {
        "fi": "Allekirjoitus on pätemätön (allekirjoitusarvo ei vastaa allekirjoittajan avainta).",
        "sv": "Underskriften är ogiltig (signaturvärdet motsvarar inte undertecknarens nyckel).",
        "en": "The signature is invalid (its value does not match the signer's key).",
    },
    "signing.signature.weak_algorithm": {
        "fi": "Allekirjoituksessa käytetään hyväksymätöntä algoritmia ({algorithm}).",
        "sv": "Underskriften använder en otillåten algoritm ({algorithm}).",
        "en": "The signature uses an algorithm that is not accepted ({algorithm}).",
    },
    "signing.signature.weak_key": {
        "fi": "Allekirjoittajan avain on liian heikko ({algorithm}, {bits} bittiä; vähintään "
        "{least} bittiä vaaditaan). Kunnan on tehtävä uusi avain ja allekirjoitettava "
        "tiedosto uudelleen sillä.",
        "sv": "Undertecknarens nyckel är för svag ({algorithm}, {bits} bitar; minst {least} "
        "bitar krävs). Kommunen måste skapa en ny nyckel och underteckna filen på nytt med den.",
        "en": "The signer's key is too weak ({algorithm}, {bits} bits; at least {least} bits "
        "are required). The municipality must make a new key and sign the file again with it.",
    },
    "signing.signature.certificate_expired": {
        "fi": "Allekirjoittajan varmenne oli vanhentunut allekirjoitushetkellä {when} "
        "(voimassa {start} – {end}).",
        "sv": "Undertecknarens certifikat hade gått ut vid underskriften {when} "
        "(giltigt {start} – {end}).",
        "en": "The signer's certificate had expired when it signed, {when} "
        "(valid {start} – {end}).",
    },
    "signing.signature.certificate_not_yet_valid": {
        "fi": "Allekirjoittajan varmenne ei ollut vielä voimassa allekirjoitushetkellä {when} "
        "(voimassa {start} – {end}).",
        "sv": "Undertecknarens certifikat var ännu inte giltigt vid underskriften {when} "
        "(giltigt {start} – {end}).",
        "en": "The signer's certificate was not yet valid when it signed, {when} "
        "(valid {start} – {end}).",
    },
    "signing.key.no_key": {
        "fi": "Organisaatioavainta ei ole vielä luotu ({path}). Luo uusi avain tai tuo olemassa "
        "oleva PKCS#12-tiedosto.",
        "sv": "Organisationsnyckeln har inte skapats ännu ({path}). Skapa en ny nyckel eller "
        "importera en befintlig PKCS#12-fil.",
        "en": "The organisation key has not been created yet ({path}). Create a new key or import "
        "an existing PKCS#12 file.",
    },
    "signing.key.key_exists": {
        "fi": "Organisaatioavain on jo olemassa ({path}). Sitä ei korvattu. Poista tai siirrä "
        "vanha avain ensin, jos haluat todella vaihtaa sen.",
        "sv": "Organisationsnyckeln finns redan ({path}). Den ersattes inte. Ta bort eller flytta "
        "den gamla nyckeln först om du verkligen vill byta den.",
        "en": "An organisation key already exists ({path}). It was not replaced. Remove or move "
        "the old key first if you really want to change it.",
    },
    "signing.key.wrong_passphrase": {
        "fi": "Väärä tunnuslause tiedostolle {path}.",
        "sv": "Fel lösenfras för filen {path}.",
        "en": "Wrong passphrase for the file {path}.",
    },
    "signing.key.passphrase_required": {
        "fi": "Tiedosto {path} on suojattu tunnuslauseella. Anna tunnuslause.",
        "sv": "Filen {path} är skyddad med en lösenfras. Ange lösenfrasen.",
        "en": "The file {path} is protected by a passphrase. Enter the passphrase.",
    },
    "signing.key.not_pkcs12": {
        "fi": "Tiedosto {path} ei ole PKCS#12-tiedosto (.p12 tai .pfx).",
        "sv": "Filen {path} är inte en PKCS#12-fil (.p12 eller .pfx).",
        "en": "The file {path} is not a PKCS#12 file (.p12 or .pfx).",
    },
    "signing.key.no_private_key": {
        "fi": "PKCS#12-tiedostossa {path} ei ole yksityistä avainta, joten sillä ei voi "
        "allekirjoittaa. Vie varmenne uudelleen yksityisen avaimen kanssa.",
        "sv": "PKCS#12-filen {path} innehåller ingen privat nyckel och kan inte användas för "
        "underskrift. Exportera certifikatet på nytt tillsammans med den privata nyckeln.",
        "en": "The PKCS#12 file {path} holds no private key, so it cannot sign. Export the "
        "certificate again together with its private key.",
    },
    "signing.key.no_certificate": {
        "fi": "PKCS#12-tiedostossa {path} ei ole varmennetta.",
        "sv": "PKCS#12-filen {path} innehåller inget certifikat.",
        "en": "The PKCS#12 file {path} holds no certificate.",
    },
    "signing.key.key_certificate_mismatch": {
        "fi": "PKCS#12-tiedoston {path} varmenne ei kuulu sen yksityiselle avaimelle.",
        "sv": "Certifikatet i PKCS#12-filen {path} hör inte till dess privata nyckel.",
        "en": "The certificate in the PKCS#12 file {path} does not belong to its private key.",
    },
    "signing.key.unsupported_key": {
        "fi": "PKCS#12-tiedoston {path} avaintyyppiä ({kind}) ei voi käyttää allekirjoittamiseen. "
        "Käytä ECDSA-avainta (P-256, P-384 tai P-521) tai vähintään 2048-bittistä RSA-avainta.",
        "sv": "Nyckeltypen ({kind}) i PKCS#12-filen {path} kan inte användas för underskrift. "
        "Använd en ECDSA-nyckel (P-256, P-384 eller P-521) eller en RSA-nyckel på minst "
        "2048 bitar.",
        "en": "The key type ({kind}) in the PKCS#12 file {path} cannot be used for signing. Use "
        "an ECDSA key (P-256, P-384 or P-521) or an RSA key of at least 2048 bits.",
    },
    "signing.key.not_for_signing": {
        "fi": "PKCS#12-tiedoston {path} varmennetta ei ole tarkoitettu allekirjoittamiseen "
        "(avaimen käyttötarkoitus).",
        "sv": "Certifikatet i PKCS#12-filen {path} är inte avsett för underskrift "
        "(nyckelanvändning).",
        "en": "The certificate in the PKCS#12 file {path} is not meant for signing (key usage).",
    },
    "signing.key.certificate_expired": {
        "fi": "PKCS#12-tiedoston {path} varmenne ei ole voimassa (voimassa {start}–{end}).",
        "sv": "Certifikatet i PKCS#12-filen {path} är inte giltigt (giltigt {start}–{end}).",
        "en": "The certificate in the PKCS#12 file {path} is not valid (valid {start}–{end}).",
    },
    "signing.key.unreadable": {
        "fi": "Tiedostoa {path} ei voitu lukea: {reason}.",
        "sv": "Filen {path} kunde inte läsas: {reason}.",
        "en": "The file {path} could not be read: {reason}.",
    },
    "signing.key.unwritable": {
        "fi": "Avaintiedostoa {path} ei voitu kirjoittaa: {reason}. Mitään ei tallennettu.",
        "sv": "Nyckelfilen {path} kunde inte skrivas: {reason}. Inget sparades.",
        "en": "The key file {path} could not be written: {reason}. Nothing was saved.",
    },
    "signing.key.invalid_name": {
        "fi": "Organisaation nimi puuttuu tai on liian pitkä (enintään {max} merkkiä).",
        "sv": "Organisationens namn saknas eller är för långt (högst {max} tecken).",
        "en": "The organisation's name is missing or too long (at most {max} characters).",
    },
    "signing.key.invalid_business_id": {
        "fi": "Y-tunnus {value} ei kelpaa (muoto 1234567-8, tarkistusnumero oikein).",
        "sv": "FO-numret {value} är ogiltigt (formen 1234567-8 med rätt kontrollsiffra).",
        "en": "The business ID {value} is not valid (form 1234567-8 with a correct check digit).",
    },
    "signing.key.invalid_fingerprint": {
        "fi": "{value!r} ei ole sormenjälki (64 heksadesimaalimerkkiä, esim. 3F2A 9C01 …).",
        "sv": "{value!r} är inget fingeravtryck (64 hexadecimala tecken, t.ex. 3F2A 9C01 …).",
        "en": "{value!r} is not a fingerprint (64 hexadecimal digits, e.g. 3F2A 9C01 …).",
    },
    "signing.pdf.too_large": {
        "fi": "PDF-tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "PDF-filen är för stor ({size} byte, högst {limit}).",
        "en": "The PDF file is too large ({size} bytes, at most {limit}).",
    },
    "signing.pdf.unreadable": {
        "fi": "Tiedosto ei ole luettava PDF. Tekninen tieto (englanniksi): {reason}.",
        "sv": "Filen är ingen läsbar PDF. Teknisk uppgift (på engelska): {reason}.",
        "en": "The file is not a readable PDF. Technical detail: {reason}.",
    },
    "signing.pdf.package_not_pdf": {
        "fi": "Tämä on paketti (ASiC-E-zip), ei PDF-raportti: tarkista se .asice-päätteisenä.",
        "sv": "Detta är ett paket (ASiC-E-zip), inte en PDF-rapport: kontrollera det med "
        "ändelsen .asice.",
        "en": "This is a package (an ASiC-E zip), not a PDF report: check it under an .asice name.",
    },
    "signing.pdf.unsigned": {
        "fi": "PDF-tiedostoa ei ole allekirjoitettu.",
        "sv": "PDF-filen är inte undertecknad.",
        "en": "The PDF file is not signed.",
    },
    "signing.pdf.unsupported_signature": {
        "fi": "PDF-tiedostossa on allekirjoitus, jonka lajia tämä ohjelma ei tarkista "
        "(SubFilter {subfilter}). Ohjelman raportit allekirjoitetaan PAdES-muodossa "
        "(ETSI.CAdES.detached).",
        "sv": "PDF-filen har en underskrift av ett slag som detta program inte kontrollerar "
        "(SubFilter {subfilter}). Programmets rapporter undertecknas som PAdES "
        "(ETSI.CAdES.detached).",
        "en": "The PDF file has a signature of a kind this program does not check (SubFilter "
        "{subfilter}). This program's reports are signed as PAdES (ETSI.CAdES.detached).",
    },
    "signing.pdf.signature_of_no_kind": {
        "fi": "PDF-tiedostossa on allekirjoitus, joka ei kerro lajiaan (SubFilter puuttuu), "
        "joten tämä ohjelma ei voi tarkistaa sitä. Ohjelman raportit allekirjoitetaan "
        "PAdES-muodossa (ETSI.CAdES.detached).",
        "sv": "PDF-filen har en underskrift som inte anger sitt slag (SubFilter saknas), så "
        "detta program kan inte kontrollera den. Programmets rapporter undertecknas som PAdES "
        "(ETSI.CAdES.detached).",
        "en": "The PDF file has a signature of a kind this program does not check: it names "
        "no kind (no SubFilter). This program's reports are signed as PAdES "
        "(ETSI.CAdES.detached).",
    },
    "signing.pdf.several_signatures": {
        "fi": "PDF-tiedostossa on {count} allekirjoitusta; hyväksytään vain yksi.",
        "sv": "PDF-filen har {count} underskrifter; endast en godtas.",
        "en": "The PDF file has {count} signatures; only one is accepted.",
    },
    "signing.pdf.not_entire_file": {
        "fi": "PDF-tiedostoon on lisätty tai muutettu jotain allekirjoittamisen jälkeen "
        "(allekirjoitus ei kata koko tiedostoa).",
        "sv": "Något har lagts till eller ändrats i PDF-filen efter underskriften "
        "(underskriften täcker inte hela filen).",
        "en": "Something was added to or changed in the PDF file after signing (the signature "
        "does not cover the entire file).",
    },
}
