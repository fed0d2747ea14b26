"""Planted templates of the fourth held-out set: answers to a yearly Wlz purchasing survey.

Written for this set, apart from the rules and the earlier sets. Slots:
  {first} {sur} {full} … (keys of _heldout4_fillers.FILLERS)  an identifier: only its core is a span;
  {c:zk} {c:body} …                                         a control drawn from CONTROLS (must survive);
  [[NZa]]                                                   a control written into the template;
  {v:title} {v:role} {v:town}                               variation, no span.
A template starting with "@lower " or "@upper " is written wholly in that case.
"""

from __future__ import annotations

PLANTED = [
    # --- short answers, bare first names with no cue
    "Ten dele, want {first} heeft de offerte pas na de deadline van {c:zk} ontvangen.",
    "{first} en {first} hebben het tarief voor {c:zzp} doorgerekend; we komen {c:amount} tekort.",
    "Nee. Vraag maar aan {first}, die zit al jaren op dit dossier.",
    "Eens. {first}: 'dit had in {c:month} al geregeld moeten zijn.'",
    "Zoals {first} al zei in het overleg: de administratieve lasten van de [[Wlz]] zijn niet meer te behappen.",
    "Wat {first} ook al zei aan de regiotafel: {c:zk} reageert te laat op de wachtlijstvragen.",
    "oneens want {first_lc} heeft drie keer gebeld en niemand nam op bij {c:zk}",
    "Navragen bij {first_lc} ivm de nacalculatie {c:zzp}",
    "TOP DRIE SPEERPUNTEN VOLGENS {first_uc}: PERSONEEL, TARIEF, MINDER PAPIER.",
    "Graag terugkoppeling naar {first_uc} of {first}.",
    "@lower dank aan {first} en {first} voor het invullen, wij hopen op {c:amount} extra in {c:month}",
    # --- names in possessives and after role words
    "{poss} team heeft de hele zomer extra diensten gedraaid omdat de [[VPT]]-cliënten niet konden doorstromen.",
    "Dankzij {poss_s} planning kwamen we de zomer door zonder de [[VPT]]-cliënten te laten wachten.",
    "{poss_s} voorstel om met {c:zk} over {c:zzp} te onderhandelen is niet overgenomen.",
    "Het was {poss} idee om de inkoopgesprekken met {c:zk} voortaan via {c:meet} te doen.",
    "Onze {v:role} {full} heeft namens ons de reactie op het inkoopbeleid geschreven.",
    "De {v:role}, {sur}, is per {c:month} met pensioen; vervanging is nog niet geregeld.",
    "Contactpersion voor deze enquête: {full}.",
    "Contactpersoon:\n{full}\n{tel}",
    "teamleidster {first} {sur} (wonen) en teamleider {first} (dagbesteding) hebben dit samen ingevuld.",
    "In overleg met onze bestuurder {init} en de {v:role} {full} besloten we geen kort geding te starten tegen {c:zk}.",
    "@upper de regiomanager {sur} heeft dit al in {c:month} aangekaart bij {c:zk}.",
    # --- titles and forms of address
    "Ten dele, want {v:title} {sur} van {c:zk} beloofde een reactie binnen twee weken en die kwam er niet.",
    "{v:title} {sur} gaf aan dat de [[NZa]] de maximumtarieven niet aanpast. Wij vinden dat onbegrijpelijk.",
    "Het gesprek met mevrouwe {sur} en {v:title} {double} was constructief, maar zonder toezeggingen.",
    "Geachte {v:title} {sur},\n\nHierbij onze reactie op de consultatie. {c:body} is in cc.",
    "Beste {first},\nZie bijgaand onze input. Groet,\n{full}",
    "Dag {v:title} {sur}, wij herkennen ons niet in de conclusies van {c:zk}.",
    "Volgens dokter {sur} is de zorgzwaarte van onze bewoners met {c:zzp} structureel onderschat.",
    "Wij verwijzen naar de brief van mr. {init} namens onze organisatie, verstuurd op {c:date}.",
    "Onze huisarts, dr. {double}, heeft meerdere malen gewezen op de wachttijd voor [[GGZ-W]]-plekken.",
    "Dhr.{sur} en mw.{sur} hebben de vragenlijst afgestemd met de cliëntenraad.",
    # --- initials, particles, double names
    "Namens de RvB: {init}, voorzitter.",
    "Opgesteld door {init} en {init}, {c:date}.",
    "Ingevuld door: {double} (controller) en {full} (inkoop).",
    "{double} heeft de bezwaarprocedure bij {c:zk} begeleid.",
    "De berekening is van {init}; vragen kunnen naar {mail}.",
    # --- capitals and lower case
    "ANTWOORD NAMENS {full_uc}: ONEENS, HET TARIEF DEKT DE LOONKOSTEN NIET.",
    "@lower vraag 7: ten dele. {full_lc} (zorgcoördinator) ziet vooral problemen bij de nachtdiensten.",
    "na overleg met {full_lc} en de ondernemingsraad kiezen we voor het basistarief",
    "Akkoord, mits {first_uc} de cijfers nog checkt.",
    # --- signatures and endings
    "Wij verwachten meer flexibiliteit in de productieafspraken.\n\nMet vriendelijke groet,\n{sig}\n{v:role}",
    "Dank voor de mogelijkheid om te reageren.\ngr. {first}",
    "Eens met de richting, oneens met de uitvoering. -- {sig}",
    "Meer personeel, minder regels.\n\n{sig} | {org_tail}\nT {tel}",
    "Zie bijlage.\n\nVriendelijke groet / Kind regards,\n{full}\n{org}\n{url}",
    "Kortom: de indexatie is te laag.\nGroetjes {first}",
    "Graag gedaan!! xx {first_lc}",
    "Het zorgkantoor luistert wel, maar doet er weinig mee.\n– {sig}",
    "Beantwoord door {full} op {c:day} {c:date}.",
    # --- quoted speech
    "\"Dat gaan we niet meer redden dit jaar,\" zei {first} toen de productieafspraak binnenkwam.",
    "Onze {v:role} zei letterlijk: 'Ik stop ermee als dit zo doorgaat.' ({first}, {c:date})",
    "{full} van {c:zk} zei aan de telefoon: \"daar hebben wij geen budget voor\".",
    "'Wachtlijstbeheer is jullie verantwoordelijkheid,' aldus {v:title} {sur} van {c:zk}.",
    "Citaat van een verwant: „Mijn moeder wacht al acht maanden op een plek in {loc}.” (mevr. {sur})",
    # --- minutes and lists
    "Aanwezig: {full}, {init} ({v:role}), {first} (notulen)\nAfwezig: {full}\n1. Tarieven {c:date}",
    "Notulen MT {c:date}\nAanwezig: {first}, {first}, {first}\n- inkoop {c:zk} besproken\n- actie {first}: reactie voor vrijdag",
    "• {first}: personeel\n• {first}: tarieven\n• {first}: minder verantwoording",
    "Speerpunten:\n1. Instroom op {loc}\n2. Nachtzorg in {loc}\n3. Tarief {c:zzp}",
    "– locatie {loc}: 14 wachtenden\n– locatie {loc}: 9 wachtenden\n– {loc}: geen",
    "Actiepunten:\n• {first} belt {c:zk}\n• {full} schrijft de zienswijze\n• {first_lc} plant overleg met {c:body}",
    "1) kort geding tegen {c:zk}: nee\n2) bezwaar: ja, via {org_tail}\n3) contact: {full}, {tel}",
    # --- bracketed asides
    "Wij hebben (na navraag bij {first}) besloten het contract te tekenen.",
    "De wachtlijst op onze locatie [{loc}] is gegroeid naar 31 cliënten.",
    "Het tarief voor {c:zzp} (zie mail van {full}, {c:date}) is niet kostendekkend.",
    "Ons cliëntvolgsysteem (we werken met {c:ecd}; beheerder is {first}) sluit niet aan op [[Vecozo]].",
    # --- English mixing
    "Our contact person is {full}, she speaks Dutch and English. The tariff for {c:zzp} is too low.",
    "Hi, this is {first} from finance. We disagree with the purchasing policy of {c:zk}.",
    "Please contact {v:title} {sur} ({mail}) for the figures; wij hebben ze niet paraat.",
    "Fyi {first}: de deadline is {c:date}, niet later.",
    # --- Flemish spellings
    "Allé, da's toch nie normaal: {first} heeft al drie keer gemaild naar {c:zk} en nog altijd geen antwoord.",
    "Ge moet eens weten hoeveel papierwerk dat is. Vraag het maar aan {v:title} {sur}, onze dossierbeheerder.",
    "'t Is efkes zoeken, maar {org} is bereid mee te denken over de wachtlijst.",
    # --- typos in context words and line breaks
    "Locatei {loc} heeft sinds {c:month} een opnamestop.",
    "De bewoners van\n{loc} zijn bezorgd over de personeelsbezetting.",
    "afdeling {loc} kan geen {c:zzp} meer aan zonder extra nachtdienst",
    "We hebben de stichtng {loc_free} gevraagd om mee te tekenen.",
    "Ons adres is gewijzigd naar\n{adres}\n{pc} {v:town}",
    "Post graag naar {pb}, {pc}  {v:TOWN}",
    # --- organisations
    "Wij werken samen met {org} en {org} in de regio {c:region}.",
    "{org_tail} heeft de cliënten overgenomen na het faillissement.",
    "De onderaannemer ({org_tail}) krijgt {c:amount} minder dan afgesproken.",
    "Bij {org_tail} staan 40 cliënten op de wachtlijst, bij ons 12.",
    "onze collega's van {org} hebben hetzelfde probleem met {c:zk}",
    "Zie ook het rapport dat {org} samen met {c:body} schreef.",
    "We zijn per {c:date} gefuseerd met {org}; de nieuwe naam wordt {org_tail}.",
    "@upper wij zijn het oneens met {c:zk}, net als {org}.",
    # --- locations
    "Huize {loc_free} is te klein voor een rendabele exploitatie onder de [[Wlz]].",
    "Op {loc} wonen nu 24 cliënten met {c:zzp}.",
    "In {loc} en {loc} hebben we de dagbesteding gesloten.",
    "@lower de teams van locatie {loc} en {loc} draaien al maanden onderbezet",
    "Het nieuwe paviljoen {loc_free} opent in {c:month}, als het personeel er is.",
    # --- addresses, postcodes, numbers
    "Factuuradres: {adres}, {pc} {v:town}.",
    "Retour sturen naar: {org}, {pb}, {pc} {v:TOWN}",
    "Wij zitten aan de {adres} in {c:place}; bezoek is welkom.",
    "KvK {kvk_bare} | AGB {agb_bare} | {iban}",
    "Onze gegevens: {kvk}, {agb}.",
    "cliënt met {bsn} wacht al sinds {c:month} op een indicatie van het [[CIZ]]",
    "Het betreft {klant} (dossier bij {c:zk}).",
    "Betaling graag op {iban} t.n.v. {org_tail}.",
    "De factuur met {klant} is door {c:zk} afgekeurd vanwege een fout in {c:ecd}.",
    "Mevrouw (BSN {bsn_bare}) is op {c:date} overleden; de plek stond 23 dagen leeg.",
    "Ref: {klant_bare}\nVan: {mail}\nOnderwerp: reactie inkoopbeleid {c:date}",
    "Bel gerust: {tel} (ma-do) of mail {mail}.",
    "tel {tel} / {tel}",
    "Meer info op {url} of via {mail}.",
    "Onze wachtlijst staat openbaar op {url}",
    # --- long rambling answers (80-200 words)
    ("Ten dele. Het is lastig om hier een kort antwoord op te geven, want de situatie verschilt per locatie en per "
     "doelgroep. Bij de ouderenzorg zien we dat de tarieven voor {c:zzp} wel iets zijn gestegen, maar de loonkosten "
     "stijgen harder, zeker nu we zoveel met uitzendkrachten moeten werken. Onze {v:role} {full} heeft vorig jaar al "
     "uitgerekend dat we per cliënt per dag ongeveer {c:amount} tekortkomen, en dat is sindsdien alleen maar erger "
     "geworden. Daarbij komt dat {c:zk} steeds meer verantwoording vraagt over zaken die volgens ons niets met "
     "kwaliteit te maken hebben. We hopen dat het zorgkantoor hier volgend jaar echt iets mee doet, anders moeten we "
     "keuzes maken die niemand wil."),
    ("Eerlijk gezegd weet ik niet goed waar ik moet beginnen. Mijn vader woont sinds twee jaar op {loc} en de zorg "
     "daar is liefdevol, daar ligt het niet aan. Maar er is gewoon te weinig personeel. Als ik 's avonds kom zijn er "
     "twee mensen voor de hele afdeling. Ik heb dat ook gezegd tegen de {v:role}, {v:title} {sur}, en die erkende het "
     "probleem meteen, maar zei dat het aan de financiering ligt en dat {c:zk} daar over gaat. Dan ga je als familie "
     "toch twijfelen aan het hele systeem. Wie is er nu eigenlijk verantwoordelijk? Ik lees in de krant dat "
     "{c:figure} meer geld heeft vrijgemaakt, maar daar merken wij op de afdeling helemaal niets van."),
    ("Wat ons betreft zijn de top drie speerpunten: personeel, personeel en personeel. Verder vinden we het "
     "inkoopbeleid te star. We hebben in {c:month} een gesprek gehad met {c:zk} over uitbreiding van het aantal "
     "plekken voor cliënten met {c:zzp}, en toen bleek dat dat pas per {c:date} kan. Intussen staan er bij ons "
     "meer dan dertig mensen op de wachtlijst. Collega {first} van de planning belt elke week met de "
     "zorgbemiddelaar om te kijken of er ergens ruimte is, maar die ruimte is er niet. Bij {org} is het net zo. "
     "We zouden graag zien dat er regionaal beter wordt afgestemd en dat het zorgkantoor daarin de regie neemt in "
     "plaats van alleen maar productieafspraken te maken."),
    ("Wij zijn een kleine aanbieder in {c:region} met drie woonhuizen voor mensen met een verstandelijke beperking. "
     "Elk jaar opnieuw kost de inkoopprocedure ons weken werk, terwijl onze omzet maar een fractie is van die van "
     "de grote spelers. Dit jaar moesten we opnieuw alle documenten aanleveren, inclusief het uittreksel van de "
     "Kamer van Koophandel ({kvk}) en onze {agb}, terwijl die gegevens gewoon bij het zorgkantoor bekend zijn. "
     "Dat voelt als wantrouwen. Ons verzoek: maak een lichte procedure voor kleine aanbieders, of laat ons de "
     "gegevens alleen aanleveren als er iets is veranderd. Dat scheelt iedereen tijd."),
    ("Ik vul dit in als voorzitter van de cliëntenraad. Onze achterban maakt zich zorgen over de wachtlijsten en "
     "over de kwaliteit van de zorg in de avond en nacht. Op locatie {loc} is in het afgelopen jaar drie keer een "
     "incident geweest waarbij er te weinig handen waren. De directie, in de persoon van {full}, heeft ons daar "
     "netjes over geïnformeerd en er is een verbeterplan gemaakt. Maar zonder extra geld van {c:zk} kan dat plan niet "
     "worden uitgevoerd. Wij roepen het zorgkantoor op om de tarieven voor de nachtzorg apart te bekijken. Meer "
     "informatie kunt u opvragen bij ons secretariaat: {mail}."),
    ("Oneens. We hebben als organisatie al jaren een goede relatie met {c:zk}, maar de laatste twee jaar is er "
     "veel veranderd. Er zijn nieuwe mensen gekomen die de sector niet kennen, en de afspraken worden steeds "
     "eenzijdiger. Toen onze {v:role} vroeg om een toelichting op de korting op de [[NHC]], kregen we een "
     "standaardbrief terug. Pas nadat {v:title} {sur} zich ermee bemoeide kwam er een gesprek. Dat gesprek was "
     "goed, maar het kan toch niet zo zijn dat je eerst moet escaleren? We hebben ook overwogen om een kort geding "
     "te starten, samen met andere aanbieders in de regio, maar de kosten en de onzekerheid hielden ons tegen."),
    ("De administratieve lasten zijn ons grootste probleem. Neem alleen al de declaratie: elke maand zijn er "
     "regels die worden afgekeurd door kleine verschillen tussen wat in {c:ecd} staat en wat het zorgkantoor "
     "verwacht. Ons administratief medewerker {first} besteedt daar bijna twee dagen per maand aan. Vorige maand "
     "ging het om een cliënt met {klant}, waarbij de ingangsdatum van de indicatie door {c:body} was aangepast "
     "zonder dat wij bericht kregen. Dat soort dingen kosten zoveel tijd. Als het zorgkantoor de berichten in het "
     "[[iWlz]]-verkeer beter zou benutten, zou een groot deel daarvan niet nodig zijn."),
    ("I'll answer in English if that's okay, my Dutch is not good enough for this. I work as a nurse at {loc} for "
     "four years now. The work is heavy, many clients have {c:zzp} and need a lot of care, but we are always short "
     "of staff. My team leader, {full}, does her best, but she also has to do the planning and the paperwork. "
     "I think the zorgkantoor should pay more for the night shifts. Also the registration in {c:ecd} takes too "
     "much time, time we should spend with the clients. Thank you for asking our opinion."),
    # --- mixed registers
    "Van: {full} <{mail}>\nVerzonden: {c:day} {c:date}\nAan: inkoop\nOnderwerp: RE: enquête",
    "Doorgestuurd bericht van {full_uc}: wij tekenen niet voor {c:date}.",
    "#wachtlijst #personeel — groet van het hele team van {loc} en {first}",
    "{first} ({tel}) weet meer over de vastgoedcomponent.",
    "WhatsApp-groep 'inkoop 2025' ({first}, {first}, {first_lc}) is handiger dan mailen met {c:zk}.",
    "ps. {first}s kantoor zit nu op de {adres}, niet meer bij {org}.",
    "Ik ben {full}, mantelzorger van mijn moeder ({klant}).",
    "De zoon van mevr. {sur} heeft ons gevraagd dit door te geven: zij wacht al een jaar.",
    "Tussen {org} en {c:zk} is het contact verbeterd sinds {full} er werkt.",
    "Onze nieuwe website {url} staat live; het inkoopdossier staat onder 'partners'.",
    "@lower stuur de post naar {pb} {pc} {v:town}, niet naar de locatie",
    # --- addresses, numbers and contact details in more forms
    "Ons nieuwe bezoekadres: {adres} ({v:town}).",
    "@upper {adres}, {pc} {v:TOWN}",
    "Correspondentie: {pb}\n{pc} {v:town}\nBezoek: {adres}",
    "Ingeschreven bij de Kamer van Koophandel: {kvk_bare}.",
    "Wij declareren onder AGB-code {agb_bare}, maar {c:zk} kent ons nog onder een oude code.",
    "AGB-code praktijk: {agb_bare}\nAGB-code zorgverlener: {agb_bare}",
    "De cliënt ({bsn}) is verhuisd naar een andere regio en staat nog bij ons ingeschreven.",
    "Bij de overdracht stond een verkeerd {bsn} op het formulier, daardoor weigerde {c:body} de melding.",
    "Restitutie graag naar {iban}.",
    "@lower iban {iban_bare} t.n.v. de stichting, graag vóór {c:date}",
    "Het bedrag van {c:amount} is overgemaakt van {iban_bare} naar {iban_bare}.",
    "Ons postadres is sinds {c:date} {pb} te {v:town}.",
    "{pb} | {pc} | {v:town}",
    "De facturen gaan naar {pb} ({pc}); niet naar de {adres}.",
    "Adres locatie: {adres}\nPostcode: {pc}\nPlaats: {v:town}",
    "We verhuizen het kantoor naar de {adres} in {c:place}.",
    "Voor de volledigheid: {kvk}, {iban}, {agb}.",
    "• KvK: {kvk_bare}\n• AGB: {agb_bare}\n• IBAN: {iban_bare}",
    "Ik heb als verwant geen inzage gekregen, terwijl ik het {bsn} en {klant} van mijn vader gewoon kon doorgeven.",
    "De BSN's in de bijlage zijn weggelakt, behalve {bsn_bare}, excuus daarvoor.",
    "Zie {url} voor ons jaarverslag, daar staan de cijfers over {c:date}.",
    "@upper bezoekadres {adres} {pc}",
    "Telefonisch bereikbaar: {tel}\nFax (ja, nog steeds): {tel}",
    "mail naar {mail} en zet het kenmerk {klant_bare} in het onderwerp",
    "Tip: {url} heeft een goede rekentool voor de [[NHC]].",
    "Betaalkenmerk {klant_bare} — het bedrag is nog steeds niet overgemaakt door {c:zk}.",
    "Het pand aan de {adres} heeft 30 plaatsen, dat aan de {adres} heeft er 18.",
    "Wij hebben een tweede KvK-inschrijving ({kvk_bare}) voor de zorgboerderij.",
    "Onze kvk staat verkeerd in {c:ecd}: moet zijn {kvk_bare}.",
    "rek.nr {iban_bare}\npostbus {pb_bare}\n{pc} {v:town}",
    # --- more organisations and locations
    "De stichting achter {loc_free} heet sinds de fusie {org_tail}.",
    "Bewoners van {loc} verhuizen in {c:month} naar {loc}.",
    "We zijn onderaannemer van {org} voor de cliënten in {c:region}.",
    "Ten dele, want {org_tail} en {org_tail} kregen wel een hoger tarief.",
    "Wooncentrum {loc_free} (onderdeel van {org}) sluit eind dit jaar.",
    "Op de Wlz-afdeling van {loc} zijn drie bedden geblokkeerd.",
    "@lower we hebben de dagbesteding van {org} overgenomen, inclusief de locatie {loc}",
    "Dit is een gezamenlijke reactie van {org}, {org} en {org_tail}.",
    "BSN van de cliënt: {bsn_bare}. Indicatie {c:zzp} sinds {c:date}.",
    "Aanmelden kan via {url} of via {mail}.",
    "Vacatures: {url} (we zoeken twaalf verpleegkundigen voor {loc})",
    "{loc}, {loc} en {loc}: daar zitten de knelpunten.",
]

TRICKY = [
    "Ten dele, want {c:zk} heeft de tarieven voor {c:zzp} per {c:date} verhoogd met {c:amount}.",
    "Volgens {c:body} voldoet het inkoopbeleid aan {c:article}.",
    "In {c:month} heeft {c:figure} toegezegd dat de [[Wlz]]-tarieven worden geïndexeerd.",
    "Een berg administratie, zwart op wit vastgelegd, en dan nog geen reactie van {c:zk}.",
    "[[Kok]] en huishouding vallen buiten het tarief voor {c:zzp}, dat is een probleem.",
    "Dat advies van {c:body} was echt in de [[roos]].",
    "[[Mooi]] dat {c:zk} eindelijk de wachtlijsten in {c:region} serieus neemt.",
    "[[Roos]]kleurig is het niet: de uitstroom in {c:place} stijgt.",
    "[[Wit]]te vlekken in het aanbod: vooral in {c:region} en rond {c:place}.",
    "[[Berg]]en en dalen, zo zou ik het afgelopen jaar omschrijven. {c:zk} kwam pas in {c:month} met duidelijkheid.",
    "[[De zorg]] voor cliënten met {c:zzp} is niet kostendekkend.",
    "[[Van harte]] eens met de ambitie, maar {c:amount} extra is te weinig.",
    "[[Frank]] en vrij gezegd: {c:body} en {c:zk} wijzen naar elkaar.",
    "[[Wil]] het zorgkantoor echt iets doen, dan moet de [[NHC]] omhoog, net als het tarief voor {c:zzp}.",
    "[[Ben]] benieuwd wat {c:figure} hiermee gaat doen.",
    "[[Samen]] met {c:body} hebben we de impact van {c:law} in kaart gebracht.",
    "Sinds {c:date} registreren we in {c:soft} en rapporteren we via {c:soft}.",
    "De wachtlijst in {c:region} is gegroeid van 120 naar 184 cliënten tussen {c:month} en {c:month}.",
    "Vanaf {c:day} gaat de nieuwe werkwijze van {c:zk} in, zie {c:article}.",
    "Tarief {c:zzp}: {c:amount}; tarief {c:zzp}: {c:amount}.",
    "De kosten van {c:law} en {c:law} samen lopen op tot {c:amount}.",
    "Ook {c:body} en {c:body} hebben gezamenlijk een brief gestuurd aan {c:figure}.",
    "@lower het zorgkantoor ({c:zk}) reageert pas na {c:date}, ook {c:body} weet dat",
    "@upper {c:zk} moet de tarieven voor {c:zzp} herzien.",
    "Top drie speerpunten: 1. personeel 2. {c:law} 3. minder uitvraag door {c:body}.",
    "• {c:zzp}: wachtlijst\n• {c:zzp}: voldoende aanbod\n• {c:zzp}: onbekend",
    "Het kort geding tegen {c:zk} is op {c:date} in {c:place} gediend.",
    "We gebruiken {c:ecd} voor de roosters en {c:meet} voor overleg; beide kosten {c:amount} per jaar.",
    "Ten dele, want de [[Wet langdurige zorg]] schrijft voor dat het [[CIZ]] indiceert, niet {c:zk}.",
    "[[Kortom]]: de tarieven van {c:zk} dekken de kosten niet.",
    "[[Zomer]] en [[Kerst]] zijn altijd de drukste periodes voor de planning in {c:place}.",
    "In {c:place}, {c:place} en {c:place} sluiten dit jaar samen 60 plaatsen.",
    "Wij volgen de lijn van {c:body}: geen handtekening onder een contract dat {c:article} niet respecteert.",
    "In het debat zei {c:figure} dat {c:law} moet worden herzien.",
    "[[Groen]] licht van {c:zk}, maar pas na {c:month}.",
    "Het [[Zorgakkoord]] en het [[IZA]] gaan uit van meer samenwerking, maar {c:zk} werkt per aanbieder.",
    "[[Vrijdag]] {c:date} is de deadline voor de productieafspraken bij {c:zk}.",
    "Ten dele, want [[de minister]] en {c:body} zeggen iets anders dan {c:zk}.",
    "Zie {c:article} en de beleidsregel van {c:body} over {c:zzp}.",
    "We hebben {c:amount} geïnvesteerd in {c:soft}, maar {c:zk} accepteert de export niet.",
    "[[Hart]] voor de zaak hebben we, [[geld]] niet, zegt ook {c:body}.",
    "[[Zwaar]] weer in {c:region}: drie aanbieders stoppen met {c:zzp}.",
    "Cliënten uit {c:region} worden nu in {c:place} geplaatst, ver van familie.",
    "Het kwaliteitsbudget van {c:amount} is per {c:date} vervallen, aldus {c:zk}.",
    "[[Vos]]sen en hazen waren er meer dan personeel, zei een collega grappend in {c:month}.",
    "Eens, maar {c:law} en {c:law} bijten elkaar.",
    "@lower in {c:month} en {c:month} lag de bezetting onder de 90%, zie ook {c:body}",
    "Aan {c:zk}: wanneer komt de nacalculatie over {c:date}?",
    "Geen opmerkingen, behalve dat {c:body} te weinig toezicht houdt op {c:zk}.",
    "Onze {v:role} en een collega van de cliëntenraad hebben dit samen ingevuld op {c:day}.",
]
