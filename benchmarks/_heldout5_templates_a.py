"""Planted templates, part one: family and representatives in gehandicaptenzorg and GGZ, zorgkantoor
staff in an internal evaluation, transcribed phone interviews, chat messages. Written for this set."""

TEMPLATES = [
    # representatives and family (gehandicaptenzorg, GGZ)
    "Als mentor van mijn broer merk ik dat de persoonlijk begeleider ({NAAM:first}) steeds vaker alleen op de groep staat.",
    "Wij zijn de ouders van {NAAM:first}. Sinds [[ZZP VG 7]] is toegekend wachten we nog steeds op een plek.",
    "mijn zoon woont op {LOCATIE:loc} en heeft het daar prima, maar de wachtlijst voor dagbesteding is lang",
    "Ik ben curator van dhr. {NAAM:sur}; het pgb-deel loopt via {C:body} en dat kost mij elke maand een avond.",
    "Namens de familie van mw {NAAM:sur_cap}: de overgang van MPT naar een plek in {LOCATIE:loc} verliep chaotisch.",
    "Onze dochter {NAAM:first_f} (28) woont sinds {C:month} in een woongroep van Stichting {ORGANISATIE:org_odd}.",
    "De gedragsdeskundige, mevrouw {NAAM:double}, is in een jaar tijd drie keer vervangen.",
    "Bewindvoerder {NAAM:initials} heeft de eigen bijdrage nog altijd niet geregeld bij {C:body}.",
    "{NAAM:first}s begeleiding is teruggebracht van vier naar twee dagdelen, zonder overleg met ons.",
    "Als cliëntvertrouwenspersoon zie ik dat {NAAM:first_f} en haar moeder gewoon niet gehoord worden.",
    "Mijn schoonzus, {NAAM:full_f}, regelt het pgb voor onze vader; zij zegt dat de SVB-rompslomp het ergste is.",
    "Contact opnemen kan via mij: {TELEFOON:mobile}, ik ben de zus van {NAAM:first}.",
    "het gaat om mijn broertje {NAAM:first_m|lower}, hij zit al 14 maanden op de wachtlijst voor {LOCATIE:loc}",
    "Psychiater {NAAM:sur_cap} van de {ORGANISATIE:org_odd} polikliniek schreef een brief, maar [[het CIZ]] nam die niet mee.",
    "De woonbegeleider, {NAAM:nick}, is een topper. Alleen: die werkt er nog maar 16 uur.",
    "SPV'er {NAAM:first} {NAAM:plain_sur|upper} belt ons elke week, dat scheelt enorm.",
    "Onze zoon verhuisde van {LOCATIE:loc} naar {LOCATIE:loc} en in die week wist niemand wie zijn medicatie gaf.",
    "Vader ({NAAM:first_m}, 81) heeft een VPT, maar de thuiszorg komt op {C:day} vaak te laat.",
    "Wij als ouderinitiatief {ORGANISATIE:org_quoted} huren het pand aan de {ADRES:street} in {C:place}.",
    "Het AVG-arts-consult door dr. {NAAM:sur_cap} werd door het zorgkantoor niet vergoed.",
    "Mijn moeder woont in {LOCATIE:loc} (afdeling {LOCATIE:loc_bare}); wij betalen nog steeds de was zelf.",
    "De orthopedagoog van {ORGANISATIE:org_artist} Zorg, drs. {NAAM:initials}, stelde voor om het ZZP te herindiceren.",
    "Sinds {NAAM:first_f} daar woont zien wij haar lachen. Dank aan het team van {LOCATIE:loc}!",
    "Ik ben de moeder van {NAAM:first_m} en {NAAM:first_f}. Beiden hebben een indicatie, maar maar één van hen een plek.",
    "{NAAM:nick}, {NAAM:first} en ik hebben samen een brief gestuurd naar {C:zk}. Nooit antwoord gehad.",
    # zorgkantoor staff, internal evaluation
    "Als inkoopadviseur merk ik dat {ORGANISATIE:org} de tariefsystematiek niet begrijpt; collega {NAAM:first} bevestigt dat.",
    "Ten dele, want het gesprek met {ORGANISATIE:org_brand} werd door hun bestuurder {NAAM:full} afgebroken.",
    "Contractmanager {NAAM:first_nl} heeft alle dossiers van regio {C:region} overgenomen sinds {C:month}.",
    "Het kort geding van {ORGANISATIE:org_amp} (KvK {KVK:kvk}) heeft ons team veel tijd gekost.",
    "De wachtlijstbemiddeling in {C:region} lukt alleen omdat {NAAM:nick} van de zorgbemiddeling alles met de hand bijhoudt.",
    "Top drie speerpunten van ons team: 1. tarieven, 2. {ORGANISATIE:org_odd} en hun productieafspraken, 3. personeel.",
    "Aanbieder {ORGANISATIE:org_num} leverde de verantwoording in {C:software} aan, met AGB-code {AGB:agb} verkeerd ingevuld.",
    "Collega {NAAM:first_nl} {NAAM:sur} van zorginkoop heeft dit punt al twee keer aangekaart bij {C:role}.",
    "Bij {ORGANISATIE:org_abbr} ontbreken sinds {C:date} de maandelijkse productieopgaven; navraag bij mw. {NAAM:sur} loopt.",
    "De zorgbemiddelaar ({NAAM:first}) heeft de wachtlijst voor {LOCATIE:loc} in een eigen Excel-lijst bijgehouden.",
    "Het overleg met Zorgcoöperatie {ORGANISATIE:org_odd} over het MPT-tarief is op {C:day} weer uitgesteld.",
    "Ik heb het inkoopkader in {C:month} besproken met {NAAM:double} en {NAAM:first} van de cliëntenraad.",
    "Regio {C:region}: wij kopen in bij {ORGANISATIE:org} en {ORGANISATIE:org}; allebei met personeelstekort.",
    "Ten dele, want teamleider {NAAM:first|lower} heeft de nieuwe werkwijze nooit aan ons uitgelegd.",
    "Onze relatiebeheerder {NAAM:first_init} zit er sinds {C:month} niet meer; niemand weet wie de portefeuille nu heeft.",
    "Het bezwaar van {ORGANISATIE:org_artist} Wonen is ingediend door hun advocaat, mr. {NAAM:sur_cap}.",
    "Postadres aanbieder: Postbus {POSTBUS:pb}, {POSTCODE:pc} {C:place}. Graag alle post daarheen.",
    # transcribed phone interviews
    "I: Met wie spreek ik?\nR: Met {NAAM:full}, ik doe de inkoop bij {ORGANISATIE:org_odd}.",
    "I: En de wachtlijst?\nR: Die is lang. {NAAM:first_f} houdt hem bij, maar ze is nu met verlof.\nI: Oké.",
    "I: Wat vindt u van de tarieven?\nR: Te laag. Vraag het {NAAM:first_other} maar, die doet onze financiën.",
    "I: Kunt u een voorbeeld geven?\nR: Ja, locatie {LOCATIE:loc_bare} moest vorig jaar een afdeling sluiten door personeelstekort.",
    "I: Heeft u contact met het zorgkantoor?\nR: Met {NAAM:first} {NAAM:sur}, elke twee maanden. Prima contact hoor.",
    "I: Noemt u uw top drie speerpunten?\nR: Personeel, personeel en... eh, {ORGANISATIE:org_brand} als partner behouden.",
    "I: Mag ik u terugbellen?\nR: Ja, op {TELEFOON:tel}, na vier uur.",
    "R: Ik ben {NAAM:first}, ik werk als planner bij Thuishulp {ORGANISATIE:org_odd}.\nI: Dank u.",
    "I: Over het pgb.\nR: Mijn vrouw {NAAM:first_f} doet dat. Budgetnummer {KLANTNUMMER:klant}, als u het na wilt kijken.",
    "I: En de NZa?\nR: [[De NZa]] zegt dat het kan. Maar {NAAM:sur_cap}, onze controller, zegt van niet.",
    "I: Heeft u nog iets toe te voegen?\nR: Ja. {NAAM:nick} van het zorgkantoor was geweldig bij de doorstart van {LOCATIE:loc}.",
    "R: ...dus toen heb ik {NAAM:first|upper} gebeld, die zat in [[Teams]], en die zei: gewoon indienen.\nI: (lacht)",
    "I: Uw functie?\nR: Regiomanager, voor de {ORGANISATIE:org_river} locaties. Mijn naam is {NAAM:initials}.",
    "I: Hoe schrijft u dat?\nR: {NAAM:plain_sur|upper}. Met een hoofdletter, haha.",
    # chat messages
    "[10:42] {NAAM:first}: heb je het inkoopdocument al?\n[10:43] {NAAM:first}: nee nog niet, vraag maar aan {NAAM:nick}",
    "{NAAM:first|lower}: tarief vv5 klopt niet 😡\n{NAAM:first|lower}: welke regio?\n{NAAM:first|lower}: {C:region}",
    "📎 offerte_{ORGANISATIE:org_odd}_def.pdf — door {NAAM:first} gedeeld in het kanaal #wlz-inkoop",
    "@{NAAM:first} kun jij morgen naar {LOCATIE:loc}? ik red het niet 🙏",
    "oké top, dan bel ik {NAAM:first|lower} wel even. nr is {TELEFOON:mobile} toch?",
    "Groepsapp 'Ouders {LOCATIE:loc_bare}': {NAAM:first}, {NAAM:first}, {NAAM:nick} en ik.",
    "👍 dank je {NAAM:nick}! stuur je het ook naar {E-MAIL:mail_role}?",
    "{NAAM:first} heeft de nieuwe productieafspraak ondertekend ✅ #wlz #inkoop2026",
    "Zie mail van {NAAM:nick}.",
    "gesprek met {NAAM:first_other} {NAAM:plain_sur} om 14u, locatie {LOCATIE:loc_bare} (grote zaal)",
    # long answers
    ("I: Kunt u iets vertellen over de samenwerking met het zorgkantoor?\nR: Ja, eh, dat is wisselend. In het begin "
     "hadden we {NAAM:first} als contactpersoon, die kende onze locaties, die wist ook wat {C:zzp} in de praktijk "
     "betekent. Daarna kwam {NAAM:hyphen_first}, ook aardig hoor, maar die moest alles opnieuw leren. En nu weet ik "
     "eerlijk gezegd niet eens wie het is.\nI: En de tarieven?\nR: Te laag. Wij hebben in {C:month} met de controller, "
     "{NAAM:first} {NAAM:double}, alles doorgerekend en we komen {C:amount} tekort op {LOCATIE:loc}.\nI: Dank u wel."),
    ("Ik schrijf dit als moeder en als wettelijk vertegenwoordiger van mijn zoon {NAAM:first_m#z}. {NAAM:=z} is 31, "
     "heeft een psychotische stoornis en woonde tot vorig jaar beschermd in {LOCATIE:loc}. Toen de stichting "
     "daar een afdeling sloot, moest hij weg. Niemand kon ons vertellen waarheen. De regiebehandelaar, mevrouw "
     "{NAAM:double}, heeft toen met het zorgkantoor gebeld, maar daar kreeg ze steeds iemand anders aan de lijn. "
     "Uiteindelijk heeft {NAAM:nick} van de cliëntondersteuning het opgelost. Mijn punt: zonder die ene persoon "
     "was {NAAM:=z} op straat beland. Dat kan toch niet de bedoeling zijn van {C:law}?"),
    ("Evaluatie inkoopronde, team {C:region}. Wat ging goed: de gesprekken met {ORGANISATIE:org_odd} en "
     "{ORGANISATIE:org_amp} waren open en we hebben afspraken gemaakt over de wachtlijst. Wat ging minder: de "
     "aanlevering van {ORGANISATIE:org_brand} kwam drie weken te laat, en hun contactpersoon ({NAAM:initials}) was "
     "onbereikbaar. Collega {NAAM:hyphen_first} heeft uiteindelijk de cijfers zelf uit {C:software} gehaald. "
     "Aanbeveling: vroeger beginnen, één vast aanspreekpunt per aanbieder, en minder losse uitvragen naast de "
     "productieafspraken. Ten slotte: de brief over het kort geding is door {NAAM:full} opgesteld en door de "
     "jurist nagekeken."),
    ("Reactie op consultatie inkoopbeleid – {ORGANISATIE:org_quoted}\n\nWij herkennen ons in de lijn van het "
     "zorgkantoor, maar hebben drie zorgen. Ten eerste de tarieven: die volgen de loonontwikkeling niet. Ten tweede "
     "de personele inzet: in {LOCATIE:loc} werken we al met {C:pct} flexibele krachten. Ten derde de "
     "verantwoording, die elk jaar uitgebreider wordt.\n\nVoor vragen: {NAAM:first_nl} {NAAM:sur} "
     "(bestuurssecretaris), {TELEFOON:landline}, of {E-MAIL:mail}."),
    # representatives, more shapes
    "Wij betalen elke maand de eigen bijdrage op {IBAN:iban} van de stichting, maar krijgen geen overzicht.",
    "De familieraad van {LOCATIE:loc} (voorzitter: {NAAM:full}) is niet betrokken bij de verbouwing.",
    "Mijn broer {NAAM:first_m}, BSN {BSN:bsn}, staat al drie jaar ingeschreven; bij [[het CIZ]] kennen ze hem niet.",
    "Graag antwoord naar mijn privéadres: {ADRES:street}, {POSTCODE:pc} {C:place}.",
    "De cliëntenraad van Stichting {ORGANISATIE:org_odd} vindt dat de inkoop over onze hoofden heen gaat.",
    "{NAAM:first_f} (mijn dochter, {C:zzp}) heeft cliëntnummer {KLANTNUMMER:klant} bij jullie.",
    "Dank aan zuster {NAAM:first_f} van {LOCATIE:loc} voor het geduld met mijn moeder.",
    "Onze moeder {NAAM:first_f} kreeg een brief van de thuiszorg waarin stond dat haar VPT stopt per {C:date}.",
    "Bezoek aan {NAAM:first}s nieuwe woning op de {ADRES:street}: de badkamer is niet aangepast.",
]
