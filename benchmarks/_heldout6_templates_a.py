"""Planted templates of the sixth held-out set, part one: care staff, controllers, ZZP'ers, minutes, e-mails.

Written for this set. ``{slot}`` is a filler (see _heldout6_fillers.KIND_OF), ``[[text]]`` a control kept as written.
"""

TEMPLATES_A = [
    # wijkverpleegkundigen and specialist ouderengeneeskunde
    "Als wijkverpleegkundige in [[de Achterhoek]] zie ik dat het MPT te krap is. Vorige week nog: {first_lc} kon niet naar huis omdat er geen avondzorg was.",
    "Namens de specialisten ouderengeneeskunde van {org}: de indicatie [[VV 6]] dekt de nachtzorg niet. Navragen kan bij dr. {sur}, {tel}.",
    "Ik ben SO bij {loc} en teken dit namens mijn collega {full}. Het [[CIZ]] doet er gemiddeld zes weken over.",
    "Wij hebben in [[maart]] een mevrouw opgenomen (cliëntnr {klant}) die al maanden op de wachtlijst stond. Dat is niet uit te leggen aan haar dochter {first}.",
    "wijkteam {first_lc} en {first_lc} doen de nachtdiensten voor heel {loc}, dat houdt niemand vol",
    "Zuster {sur} (locatie {loc}) vraagt of het zorgkantoor ook naar de reistijd kijkt. Wij rijden soms 40 minuten tussen twee cliënten.",
    "Het VPT-tarief is niet kostendekkend. Onze verpleegkundig specialist {init} heeft het doorgerekend: we leggen per cliënt per dag toe.",
    "Graag contact opnemen met onze teamleider wijkverpleging, {full}, via {mail} of {tel}.",
    "De specialist ouderengeneeskunde van {org_lc} ({full_lc}) werkt voor drie locaties tegelijk, dat is onverantwoord.",
    "{first} werkt bij ons al 23 jaar op {loc} en zegt: zo druk als nu is het nooit geweest.",
    # financial controllers, terse bullet lists
    "- tarief VV4 te laag\n- indexatie 2025 niet toereikend\n- contactpersoon: {full} (controller), {mail}",
    "Punten vanuit finance:\n• OVA-index komt te laat\n• nacalculatie kost ons 3 fte\n• vragen: {init}, {tel}",
    "Controller {org}: kostprijs ZZP VV5 ligt 11% boven het tarief. Onderbouwing op te vragen bij {sur_uc}.",
    "kvk {kvk} / AGB {agb}. Wij verzoeken het zorgkantoor de productieafspraak van 2025 te herzien.",
    "Betalingen graag op {iban} t.n.v. {org}; de vorige voorschotten kwamen op het verkeerde rekeningnummer binnen.",
    "Financieel: negatief resultaat op de Wlz-tak. Zie jaarrekening {org}, KvK-nummer {kvk}. Vragen: {mail}.",
    "1) tarief 2) volume 3) administratieve lasten. Verder niets toe te voegen. — {init}, manager bedrijfsvoering",
    "Voorschot nog niet ontvangen op rekening {iban}. Debiteurnummer bij jullie: {klant}.",
    # ZZP'ers writing about their own business
    "Ik ben zzp'er (verpleegkundige) en werk onder de naam {org}. Mijn AGB-code {agb} wordt niet geaccepteerd door het portaal.",
    "Als zelfstandige in de zorg (KvK {kvk}) val ik buiten elke inkoopronde. Ik werk via een pgb voor vier cliënten in {place}.",
    "Mijn bedrijfje {org} bestaat sinds 2016. Contact: {tel} of {url}. Onderaanneming via een grote aanbieder kost mij 18% van mijn tarief.",
    "zzp'er hier. {full} is mijn naam, ik begeleid mensen met een [[pgb]] en snap niks meer van de nieuwe regels",
    "Sinds de [[Wet DBA]] durft niemand mij nog in te huren. Mijn website {url} staat er nog, maar de opdrachten zijn weg.",
    "Factuuradres: {adres}, {pc}. Ik factureer zelf aan de budgethouder, niet aan de [[SVB]].",
    # clientenraad members
    "Als lid van de cliëntenraad van {loc} wil ik zeggen dat de bewoners vooral de vaste gezichten missen, zoals {first} en {nick}.",
    "De cliëntenraad (voorzitter {full}) heeft op 14 [[mei]] ongevraagd advies gegeven over de sluiting van {loc}.",
    "CLIËNTENRAAD {org_lc}: WIJ ZIJN NIET GEHOORD. NAMENS DE RAAD, {full_uc}",
    "Onze cliëntenraad vergadert in {loc}, {adres}. Iedereen die iets wil inbrengen kan mailen naar {mail}.",
    "Mevrouw {sur} van de centrale cliëntenraad heeft een brief gestuurd naar [[de NZa]], tot nu toe zonder antwoord.",
    # volunteers
    "Ik doe vrijwilligerswerk bij {org} en rijd elke [[donderdag]] met {first} naar de dagbesteding.",
    "vrijwilliger op {loc} sinds 2019, samen met {first_lc}. meer hoeft u niet te weten",
    "Wij zijn met 30 vrijwilligers. Coördinator is {nicksur}, bereikbaar op {tel} (liever niet na acht uur).",
    "De vrijwilligers van {org} zijn kwaad dat de koffieochtend in {loc} wordt geschrapt. Opa {first} kwam daar elke week.",
    # board decision lists and minutes
    "Besluitenlijst RvB d.d. 3 [[oktober]]:\n1. Inschrijving op de inkoop van {body} gaat door.\n2. Woordvoerder richting zorgkantoor: {full}.\n3. Locatie {loc} sluit per 1 [[januari]].",
    "Notulen MT-overleg. Aanwezig: {init}, {full}, {first} (notulen). Afwezig met bericht: {sur}.",
    "Actiepunt 4 ({first_nl}): navragen bij het zorgkantoor of de plaatsingslijst per locatie ({loc}, {loc}) kan worden gedeeld.",
    "Besluit: bezwaar indienen tegen de tariefbeschikking. Advocaat: {init} van {org}. Kort geding niet uitgesloten.",
    "Uit het verslag van de RvT: de heer {sur} (portefeuille financiën) vraagt om een second opinion op de kostprijzen.",
    "Vergadering 12-09, locatie {adres} ({org}). Agendapunt Wlz-inkoop werd doorgeschoven naar november.",
    # e-mail threads with headers
    "Van: {full} <{mail}>\nAan: zorgkantoor\nCC: {first}\nOnderwerp: productieafspraak\n\nWij kunnen niet akkoord gaan met het bod.",
    "-----Oorspronkelijk bericht-----\nVan: {mail}\nVerzonden: dinsdag\nAan: {full}\nOnderwerp: RE: wachtlijst {loc}\n\nZie onder, dit speelt al sinds [[april]].",
    "Ik plak hier de mail van onze inkoper:\n> Beste {first},\n> Het bod voor [[VPT]] is definitief.\n> Groet, {full}",
    "Zie mail van {full_lc} van 4 [[juni]]: het zorgkantoor wil geen meerzorg meer toekennen voor [[ZZP VV5]].",
    "Doorgestuurd bericht\nVan: {org} <{mail}>\nDatum: 2 [[februari]]\nWe sluiten de wachtlijst voor {loc}.",
    # answers with a footnote or list of contacts
    "Het tarief voor dagbesteding is te laag (zie voetnoot 1).\n\n[1] Berekening door {full}, {org}, op te vragen via {mail}.",
    "Contacten:\n{full} – inkoop – {tel}\n{full} – kwaliteit – {mail}\n{init} – controller",
    "Contactpersonen voor dit dossier: mw. {sur} (zorgbemiddeling) en dhr. {sur} (contractmanager).",
    "Voor vragen:\n* {full}\n* {tel}\n* {adres}\n* {pc}",
    # CSV-like pastes with semicolons
    "naam;functie;telefoon\n{full};zorgcoördinator;{tel}\n{full};teamleider;{tel}",
    "locatie;plaatsen;wachtlijst\n{loc};32;14\n{loc};18;9\n{loc};24;21",
    "{org};{kvk};{agb};{adres};{pc}",
    "cliëntnummer;zzp;ingangsdatum\n{klant};[[VV4]];01-03-2024\n{klant};[[VV 6]];15-05-2024",
    # Wlz purchasing, ten dele, top three
    "Ten dele, want bij {org} zien we dat het inkoopbeleid vooral grote aanbieders bevoordeelt.",
    "Ten dele, want {first} (onze inkoper) kreeg pas na drie weken antwoord van het zorgkantoor.",
    "Top drie speerpunten: 1. personeel 2. wachtlijst {loc} 3. administratieve lasten. Vragen? Bel {first_nl} op {tel}.",
    "Onze top drie: tarieven, meerzorg en de bereikbaarheid van het zorgkantoor ({body} noemt {full} als contactpersoon, maar die is nooit bereikbaar).",
    "Ja, want het zorgkantoor heeft ons ({org}, AGB {agb}) vorig jaar wel degelijk gehoord.",
    "Nee. Wij hebben na het kort geding van {org} tegen {body} niets meer gehoord over de nieuwe tarieven.",
    "De wachtlijst voor {loc} loopt op tot 60 mensen. Cliënt {klant} wacht al sinds [[september]] 2023.",
    "Het zorgkantoor vraagt per cliënt een zorgplan; voor cliëntnummer {klant} hebben we er inmiddels vier gestuurd.",
    "Personeel blijft ons grootste probleem. Op {loc} werken nu meer uitzendkrachten dan vaste mensen, zegt teamleider {first}.",
    "Administratieve lasten: elk kwartaal dezelfde lijst. {full_uc} is daar twee dagen per maand mee bezig.",
]
