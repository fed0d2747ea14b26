"""Templates of the third held-out pseudonymisation set: answers of care providers to a Wlz purchasing survey.

Written for this set only, without looking at openanswers.privacy or the earlier sets' templates.
Slots: {KIND:variant} plants an identifier (benchmarks/_heldout3_fillers.py fills it; "|lower" / "|upper"
sets its case), {C:group} plants a control drawn from a list, [[text]] marks literal text as a control.
Each entry is (case, template): case None keeps the template as written, "lower" / "upper" writes the
whole answer in that case.
"""

PLANTED = [
    # --- formal letters and "Ten dele" answers ---------------------------------------------------------------
    (None, "Ten dele, want de contractmanager van {C:zk}, mevr. {NAAM:sur}, heeft de afspraken over de "
           "tariefopslag pas in {C:month} bevestigd."),
    (None, "Ten dele, want dhr. {NAAM:idouble} gaf aan dat de [[NZa]] de maximumtarieven niet zou aanpassen."),
    (None, "Geachte heer {NAAM:sur},\n\nNaar aanleiding van uw brief van {C:date} over het inkoopbeleid {C:law} "
           "laten wij u weten dat wij bezwaar maken tegen de korting op de {C:zzp}-tarieven.\n\nMet vriendelijke "
           "groet,\n{NAAM:init}\nbestuurder Stichting {ORGANISATIE:name}"),
    (None, "Geachte mevrouw {NAAM:dsur}, hierbij reageren wij namens {ORGANISATIE:name} Zorg B.V. op de "
           "consultatie."),
    (None, "Ja, volledig. Ons gesprek met drs. {NAAM:sur} ({C:zk}) verliep constructief."),
    (None, "Nee, want ir. {NAAM:init} van de afdeling zorginkoop reageert niet op onze mails."),
    (None, "Ten dele, want mr. {NAAM:full} (advocaat) heeft namens ons een kort geding aangespannen tegen "
           "{C:zk} over de tarieven {C:zzp}."),
    (None, "Wij verwijzen naar onze brief met kenmerk {KLANTNUMMER:n}, verstuurd op {C:date} aan de "
           "[[Raad van Bestuur]] van {C:insurer}."),
    (None, "Uw kenmerk: {KLANTNUMMER:n}\nOns kenmerk: {KLANTNUMMER:n}\nBetreft: reactie inkoopkader {C:law} 2025"),
    (None, "Met vriendelijke groet,\n\n{NAAM:full}\nDirecteur-bestuurder\n{ORGANISATIE:name} Wonen & Zorg\n"
           "{ADRES:full}\nT {TELEFOON:land}\n{URL:www}"),
    (None, "Hoogachtend,\nir. {NAAM:idouble}, voorzitter raad van bestuur"),
    (None, "Namens de cliëntenraad van Stichting {ORGANISATIE:name}: mw. {NAAM:sur} (voorzitter) en dhr. "
           "{NAAM:sur} (secretaris)."),
    (None, "In de bijlage treft u het overzicht van onze vestigingen; het hoofdkantoor zit aan de {ADRES:street} "
           "in {C:place}."),
    (None, "Ons bezoekadres is gewijzigd: {ADRES:full}. Post graag naar Postbus {POSTBUS:n}, {POSTCODE:any} "
           "{C:place}."),
    (None, "Correspondentie: postbus {POSTBUS:n} – {POSTCODE:lower} – t.a.v. afdeling Financiën."),
    (None, "Factuuradres: {ORGANISATIE:name} Groep, Postbus {POSTBUS:n}, {POSTCODE:upper} {C:place} "
           "(KvK {KVK:n})."),
    # --- short notes and first names without a cue ----------------------------------------------------------
    (None, "{NAAM:first} weet hier meer van, die doet bij ons de Wlz-declaraties."),
    (None, "vraag maar aan {NAAM:first|lower}, die heeft het contract met {C:zk} onderhandeld"),
    (None, "Overleg gehad met {NAAM:first} en {NAAM:first} over de wachtlijst, we komen er nog op terug."),
    (None, "zie mail van {NAAM:first} van {C:day}"),
    (None, "{NAAM:first}: eens. {NAAM:first}: oneens, de tarieven dekken de cao-stijging niet."),
    (None, "Collega {NAAM:full} (teamleider {LOCATIE:home}) kan dit toelichten."),
    (None, "Contactpersoon: {NAAM:double}, regiomanager {C:region}, {TELEFOON:mobile}"),
    (None, "Bestuurder {NAAM:foreign} heeft in {C:month} een brandbrief gestuurd naar de [[NZa]] en {C:org_body}."),
    (None, "Onze zorgbemiddelaar {NAAM:ffirst} belt wekelijks met het [[CIZ]], toch duurt een indicatie "
           "{C:zzp} nog acht weken."),
    (None, "Sinds {NAAM:first} met pensioen is gegaan doet niemand meer de productieverantwoording."),
    (None, "Het is bij ons vooral {NAAM:fsur} die de roosters maakt, en dat loopt vast door het personeelstekort."),
    (None, "@{NAAM:first} kun jij dit aanvullen? Ik weet de aantallen niet meer."),
    (None, "Bedankt {NAAM:first|lower}!! top dat je dit invult"),
    (None, "Ingevuld door: {NAAM:init} (controller) en {NAAM:full} (manager bedrijfsvoering)"),
    (None, "Wij hebben mevrouw {NAAM:foreign} als cliëntvertegenwoordiger gevraagd mee te lezen."),
    (None, "De EVV'er van mijn moeder, {NAAM:first}, heeft het zorgplan pas na drie maanden opgesteld."),
    (None, "Vanuit het MT: {NAAM:full}, {NAAM:full} en {NAAM:double}."),
    (None, "Dag {NAAM:first},\n\nZoals besproken stuur ik je onze top drie speerpunten. Groet, {NAAM:first}"),
    (None, "Hoi {NAAM:first|lower}, de cijfers van {LOCATIE:home} staan in {C:office}. gr {NAAM:first|lower}"),
    (None, "Met dank aan de heer {NAAM:sur} en mevrouw {NAAM:sur} van {C:insurer} voor het prettige overleg."),
    (None, "Teamleider {NAAM:sur|upper} heeft dit al eens gemeld bij [[IGJ]]."),
    # --- organisations and locations ------------------------------------------------------------------------
    (None, "Wij werken in de regio samen met Zorggroep {ORGANISATIE:name} en Thuiszorg {ORGANISATIE:name}."),
    (None, "Bij {ORGANISATIE:coined} staan momenteel 43 cliënten op de wachtlijst voor {C:zzp}."),
    (None, "Wij hebben de VPT-cliënten overgedragen aan {ORGANISATIE:name} Zorg omdat wij het niet meer rond kregen."),
    (None, "Onze locaties {LOCATIE:home}, {LOCATIE:home} en {LOCATIE:home} hebben samen 112 plaatsen."),
    (None, "Op locatie {LOCATIE:bare} is de afdeling kleinschalig wonen per {C:date} gesloten."),
    (None, "de bewoners van {LOCATIE:home} zijn in {C:month} verhuisd naar de nieuwbouw in {C:place}"),
    (None, "Woonvorm {LOCATIE:bare} (LG) heeft nu een wachttijd van 14 maanden."),
    (None, "Huize {LOCATIE:bare} en paviljoen {LOCATIE:bare} vallen onder dezelfde AGB-code: {AGB:n}."),
    (None, "Stichting Gehandicaptenzorg {ORGANISATIE:name} | {C:place} | AGB {AGB:n} | KvK {KVK:n}"),
    (None, "Wij zijn een kleine aanbieder ({ORGANISATIE:coined} GGZ) met 23 cliënten met een {C:zzp}-indicatie."),
    (None, "Door de fusie met Woonzorgcentrum {ORGANISATIE:name} zijn wij nu de grootste VVT-aanbieder in {C:region}."),
    (None, "Onderaannemer: {ORGANISATIE:acro} Zorgdiensten (KvK-nummer {KVK:n})."),
    (None, "De dagbesteding van Zorgboerderij {ORGANISATIE:compound} wordt niet meer vergoed door {C:zk}."),
    (None, "Wij huren personeel in via {ORGANISATIE:coined} Flex; de meerkosten: {C:rate}."),
    (None, "Ook {ORGANISATIE:name} Thuiszorg en Zorgcoöperatie {ORGANISATIE:name} herkennen dit beeld."),
    (None, "Locatie: {LOCATIE:home}\nAfdeling: psychogeriatrie\nBedden: 28\nLeegstand: 3"),
    (None, "In {LOCATIE:home} hebben wij sinds {C:month} een tekort van {C:fte}."),
    # --- e-mail signatures and forwarded mails --------------------------------------------------------------
    (None, "---------- Doorgestuurd bericht ---------\nVan: {NAAM:full} <{E-MAIL:person}>\nDatum: {C:day} "
           "{C:date}\nOnderwerp: RE: inkoop {C:law}\nAan: {E-MAIL:role}"),
    (None, "Van: {E-MAIL:person}\nVerzonden: {C:day} 14:02\nAan: {E-MAIL:role}\nCC: {E-MAIL:person}\n"
           "Onderwerp: wachtlijst"),
    (None, "-----Oorspronkelijk bericht-----\nFrom: {NAAM:init} [mailto:{E-MAIL:person}]\nSent: {C:date}\n"
           "Subject: Fw: tariefbrief"),
    (None, "Mvg,\n{NAAM:full}\nAdviseur zorginkoop | {ORGANISATIE:name}\nM {TELEFOON:mobile} | "
           "E {E-MAIL:person}"),
    (None, "Groet,\n\n{NAAM:double}\nbeleidsmedewerker\n{TELEFOON:any}\n{URL:any}\nWerkdagen: ma, di, do"),
    (None, "--\n{NAAM:full}\n{ORGANISATIE:name} | {ADRES:street} | {POSTCODE:any} {C:place}\ntel. {TELEFOON:land} "
           "/ {TELEFOON:mobile}"),
    (None, "Verstuurd vanaf mijn iPhone\n\n> Op {C:date} schreef {NAAM:full} <{E-MAIL:free}>:\n> Kun jij de "
           "vragenlijst invullen?"),
    (None, "Neem gerust contact op: {E-MAIL:any} of bel {TELEFOON:any}."),
    (None, "Mailen naar {E-MAIL:role} werkt niet meer, gebruik {E-MAIL:person}"),
    (None, "Zie onze website {URL:any} voor het kwaliteitsplan en het jaarverslag."),
    (None, "Het volledige standpunt staat op {URL:scheme}"),
    (None, "meer info: {URL:bare}"),
    # --- numbers after their keyword ---------------------------------------------------------------------------
    (None, "Graag betaling van de openstaande facturen op {IBAN:grouped} t.n.v. Stichting {ORGANISATIE:name}."),
    (None, "Rekeningnummer: {IBAN:plain}  (BIC RABONL2U)"),
    (None, "iban {IBAN:lower} tnv {ORGANISATIE:name} zorg"),
    (None, "Onze AGB-code is {AGB:n}, die van de onderaannemer agb nr {AGB:n}."),
    (None, "AGB {AGB:n} / KvK {KVK:n} / BTW-nummer vrijgesteld"),
    (None, "Ingeschreven bij de Kamer van Koophandel onder nummer {KVK:n}."),
    (None, "kvk: {KVK:n}, agb-code: {AGB:n}"),
    (None, "Voorbeeld: cliënt met BSN {BSN:n} wacht al sinds {C:month} op een herindicatie door het [[CIZ]]."),
    (None, "De declaratie van cliëntnummer {KLANTNUMMER:n} (burgerservicenummer {BSN:n}) is drie keer "
           "afgekeurd in {C:decl}."),
    (None, "bsn {BSN:n} en bsn {BSN:n} zijn dubbel geregistreerd in iWlz"),
    (None, "Dossiernummer {KLANTNUMMER:n}: de zorgtoewijzing {C:zzp} kwam pas na {C:date} binnen."),
    (None, "Betreft client nr. {KLANTNUMMER:n}, mevr. {NAAM:sur}, geboren 1938."),
    (None, "Relatienummer bij {C:insurer}: {KLANTNUMMER:n}. Debiteurnummer: {KLANTNUMMER:n}."),
    (None, "Ref.: {KLANTNUMMER:n} – bezwaar tegen de vaststelling {C:art}"),
    # --- addresses inside lines -------------------------------------------------------------------------------
    (None, "Het nieuwe gebouw aan de {ADRES:street} opent in {C:month}; 32 appartementen voor {C:zzp}."),
    (None, "adres cliënt: {ADRES:full}"),
    (None, "Wij zijn verhuisd naar {ADRES:street}, postcode {POSTCODE:any}, graag aanpassen in {C:decl}."),
    (None, "postcodegebied {POSTCODE:lower} en omstreken valt buiten ons werkgebied"),
    (None, "Levering op {ADRES:street} ({POSTCODE:any}), niet op het hoofdkantoor."),
    # --- tables copied from Excel -------------------------------------------------------------------------------
    (None, "Naam\tFunctie\tTelefoon\n{NAAM:full}\tteamleider\t{TELEFOON:mobile}\n{NAAM:full}\tplanner\t"
           "{TELEFOON:land}"),
    (None, "locatie | plaatsen | wachtlijst\n{LOCATIE:home} | 24 | 9\n{LOCATIE:home} | 18 | 31"),
    (None, "Cliënt\tBSN\tIndicatie\n{NAAM:init}\t{BSN:n}\t{C:zzp}"),
    (None, "| Organisatie | KvK | AGB |\n| {ORGANISATIE:name} | {KVK:n} | {AGB:n} |"),
    (None, "contact;email;tel\n{NAAM:full};{E-MAIL:person};{TELEFOON:any}"),
    # --- bullet lists ------------------------------------------------------------------------------------------
    (None, "Top drie speerpunten:\n- personeel (zie notitie {NAAM:sur})\n- administratieve lasten\n- "
           "tarieven {C:zzp}"),
    (None, "• wachtlijst {LOCATIE:home}\n• inzet {ORGANISATIE:coined} uitzendkrachten\n• overleg met "
           "{C:zk} over {C:law}"),
    (None, "1) contract {C:zk} 2) {NAAM:full} vervangen als aandachtsvelder 3) {C:office} vervangen"),
    (None, "Actiepunten:\n* {NAAM:first} - bellen met {C:org_body}\n* {NAAM:first} - tarieven doorrekenen\n"
           "* iedereen - input voor {C:date}"),
    # --- lower case, capitals, SMS-like, dictated ------------------------------------------------------------
    ("lower", "Ten dele want {NAAM:full} van {C:zk} zegt steeds dat er geen budget is"),
    ("lower", "bel mij maar op {TELEFOON:mobile} dan leg ik het uit, groet {NAAM:first}"),
    ("lower", "onze locatie {LOCATIE:home} in {C:place} heeft nu al 40 mensen op de wachtlijst"),
    ("lower", "mijn postcode is {POSTCODE:any} en ik woon op de {ADRES:street}"),
    ("upper", "NEE. {NAAM:full} HEEFT ONS NOOIT TERUGGEBELD. DIT IS ONACCEPTABEL VAN {C:zk}."),
    ("upper", "STICHTING {ORGANISATIE:name} KAN DEZE TARIEVEN NIET DRAGEN, ZIE {URL:www}"),
    ("upper", "CONTACT: {E-MAIL:person} / {TELEFOON:land}"),
    (None, "ff snel: {NAAM:first|lower} ziek, {NAAM:first|lower} neemt over. tel {TELEFOON:mobile}"),
    (None, "nvt. vraag {NAAM:first|upper} van planning"),
    (None, "ok maar wachtlijst {LOCATIE:bare} blijft probleem!! zie mail {NAAM:sur}"),
    (None, "ja dus zoals ik al zei tegen mevrouw {NAAM:sur} van het zorgkantoor komma de tarieven zijn te laag "
           "punt nieuwe regel de wachtlijst in {LOCATIE:home} groeit"),
    (None, "dit is ingesproken door {NAAM:full} namens {ORGANISATIE:name} thuiszorg het klopt niet dat wij "
           "minder cliënten hebben"),
    (None, "Hr. {NAAM:sur} en Mw. {NAAM:sur} (beiden wijkverpleegkundige) doen ook de Wlz-indicaties."),
    (None, "Mevr. {NAAM:idouble} is per {C:date} gestart als manager zorg."),
    (None, "GEGEVENS AANVRAGER: {NAAM:full|upper}, {ADRES:street}"),
    # --- remaining mixes ------------------------------------------------------------------------------------
    (None, "Het [[Zorginstituut]] wil meer uniformiteit, maar {ORGANISATIE:name} en wij werken al jaren "
           "met {C:decl}."),
    (None, "Huisarts {NAAM:init} in {C:place} verwijst steeds vaker naar ons, ook zonder {C:zzp}."),
    (None, "Sinds de overname door {ORGANISATIE:coined} Zorg is {NAAM:full} onze vaste contactpersoon."),
    (None, "Op {C:day} is er overleg met {NAAM:first} ({C:zk}) en {NAAM:first} ({ORGANISATIE:name})."),
    (None, "Onze cliënt {NAAM:foreign} woont al 3 jaar bij {LOCATIE:home} maar krijgt geen {C:zzp}."),
    (None, "De familie {NAAM:sur} heeft een klacht ingediend bij de {C:de_body}."),
    (None, "Mijn naam is {NAAM:full}, ik werk als zorgcoördinator bij {ORGANISATIE:name} Zorg in {C:region}."),
    (None, "Via {E-MAIL:free} ontvangen wij steeds vragen van mantelzorgers; {TELEFOON:mobile} is ons nummer "
           "voor spoed."),
    (None, "Kort geding: advocaat mw. mr. {NAAM:init} ({ORGANISATIE:compound} Advocaten), zaaknummer {KLANTNUMMER:n}."),
    (None, "Zie de bijlage van {NAAM:capsur}."),
    (None, "Per {C:date} is {ORGANISATIE:name} GGZ gestopt met de {C:zzp}-zorg in {C:place}."),
    (None, "De inkoper ({NAAM:first}) en ik hebben op {C:date} de nieuwe tarieven besproken; zij zou het "
           "terugkoppelen."),
    (None, "Groeten uit {C:place},\n{NAAM:first} & {NAAM:first}\n{ORGANISATIE:name}"),
    (None, "Retour afzender: Postbus {POSTBUS:n}, {POSTCODE:any} {C:place}"),
    (None, "Stuur de getekende overeenkomst naar POSTBUS {POSTBUS:n} te {C:place}."),
    (None, "Bankgegevens gewijzigd, nieuw nummer: {IBAN:any}"),
    (None, "Terugbetaling van de eigen bijdrage graag op {IBAN:any} (rekening van de dochter)."),
    (None, "Het BSN ({BSN:n}) staat verkeerd in de zorgtoewijzing van {C:zk}."),
    (None, "Nieuwe dependance per {C:month}: {ADRES:full}"),
    (None, "Bel voor een intake {TELEFOON:land} (ma t/m vr, 9-12 uur)."),
    (None, "ik heb al 3x gebeld met {NAAM:full} van het zorgkatoor maar geen reaktie, mischien kunt u "
           "{E-MAIL:any} proberen"),
    (None, "onze teamleidster {NAAM:first} heeft de vragenlijs ingevult, voor vragen {TELEFOON:mobile}"),
    ("upper", "Wij hebben geen contract meer met {C:zk} sinds {C:date}. Vraag {NAAM:full} van {ORGANISATIE:name} "
              "Zorg."),
    (None, "Beste {NAAM:first},\nDank voor je mail. De wachtlijstcijfers volgen {C:day}.\nHartelijke groet,\n"
           "{NAAM:init}"),
    (None, "Namens het MT,\n{NAAM:first} (locatiemanager {LOCATIE:home})"),
    ("lower", "wij (stichting {ORGANISATIE:name}) stoppen per {C:date} met {C:zzp}"),
]

TRICKY = [
    (None, "Ten dele, want {C:zk} houdt vast aan de tarieven van de [[NZa]] en dat is {C:rate} te weinig."),
    (None, "Het [[CIZ]] doet er in {C:month} gemiddeld zes weken over, terwijl de [[Wlz]] vier weken voorschrijft."),
    (None, "Nee. De [[NZa]] rekent met een loonindex die achterloopt; wij verliezen {C:money} per jaar."),
    (None, "{C:insurer} heeft als zorgkantoor in {C:region} de meeste wachtlijsten."),
    (None, "Volgens {C:art} moet het zorgkantoor zorgen voor voldoende aanbod; dat gebeurt in {C:place} niet."),
    (None, "Wij leveren {C:zzp} en {C:zzp}, maar de tarieven per {C:date} dekken de cao niet."),
    (None, "De administratieve lasten rond {C:decl} en {C:office} nemen elk jaar toe."),
    (None, "Op {C:day} en {C:day} hebben wij structureel te weinig personeel."),
    (None, "[[Van harte]] eens met de visie van {C:org_body}, maar de uitvoering schiet tekort."),
    (None, "[[De zorg]] in {C:region} staat onder druk door krapte op de arbeidsmarkt."),
    (None, "Wij zoeken [[kok en huishouding]] en helpenden niveau 2 in {C:place}."),
    (None, "[[Kortom]]: meer ruimte in het inkoopbeleid van {C:zk}."),
    (None, "[[Samen]] met {C:org_body} en {C:org_body} werken wij aan een regiobeeld."),
    (None, "Graag meer aandacht voor de {C:law} naast de {C:law}."),
    (None, "[[Winter]] en [[zomer]] zijn drukke periodes; rond [[Kerst]] sluiten we de dagbesteding in {C:place}."),
    (None, "Wij [[hopen]] dat {C:zk} in {C:month} met een herziene tariefbrief komt."),
    (None, "[[Ben]] benieuwd of het {C:het_body} iets met deze uitkomsten doet."),
    (None, "De [[Wet langdurige zorg]] en de [[Wmo]] sluiten slecht op elkaar aan bij een {C:zzp}-indicatie."),
    (None, "Wachtlijst in {C:place}: 112 cliënten, in {C:place}: 67 cliënten (peildatum {C:date})."),
    (None, "Ons verzuim is gestegen naar {C:pct}; de inzet van PNIL kost {C:money}."),
    (None, "Tarief {C:zzp}: {C:rate}, tarief {C:zzp}: {C:rate}."),
    (None, "Bij het [[Zorginstituut]] is het kwaliteitskader nog niet aangepast aan de {C:law}."),
    (None, "[[Sterk]] punt: de korte lijnen met {C:zk}. [[Zwak]] punt: de declaratieregels."),
    (None, "{C:insurer} en {C:insurer} hanteren verschillende regels voor {C:zzp}."),
    (None, "Het overleg met {C:zk} is sinds {C:month} beter, dankzij de nieuwe werkwijze."),
    (None, "Wij declareren via {C:decl}; de retourinformatie komt vaak pas na {C:date}."),
    (None, "De [[Wet zorg en dwang]] vraagt veel registratie in {C:decl}."),
    (None, "[[Groen]] wonen is populair in {C:region}, maar er is geen grond."),
    (None, "[[Hart]] voor de zorg is er genoeg in {C:region}, handen niet."),
    (None, "De [[Vrijheid]] van cliënten onder de {C:law} kost veel toezicht."),
    ("lower", "{C:zk} betaalt te laat, de {C:de_body} doet er niks aan"),
    ("lower", "wachtlijst {C:place} is in {C:month} weer gegroeid"),
    ("lower", "{C:zzp} tarief te laag, {C:money} tekort"),
    ("upper", "{C:zk} MOET DE TARIEVEN VERHOGEN. PUNT."),
    ("upper", "DE {C:de_body} EN HET {C:het_body} LUISTEREN NIET"),
    (None, "[[Jan Modaal]] kan de eigen bijdrage via het [[CAK]] nauwelijks betalen sinds {C:date}."),
    (None, "Bij [[Marktconforme]] tarieven zou {C:region} wel aanbod hebben."),
    (None, "[[Rust]] en [[regelmaat]] zijn belangrijk voor cliënten met {C:zzp}."),
    (None, "Het [[Centraal Administratie Kantoor]] en de {C:de_body} werken aan een nieuwe [[iStandaard]]."),
    (None, "[[Pasen]] en [[Pinksteren]] vallen in {C:month}; dan is er minder inzet van invalkrachten."),
    (None, "[[Zorgverzekeraars Nederland]] noemde in {C:month} {C:pct} als gemiddelde indexatie."),
    (None, "Wij vinden {C:art} onduidelijk over meerzorg bij {C:zzp}."),
    (None, "De regio {C:region} heeft een eigen arbeidsmarktagenda, getrokken door {C:zk}."),
    (None, "In {C:place} en {C:place} zijn sinds {C:date} twee verpleeghuizen gesloten."),
    (None, "Volgens het [[CBS]] vergrijst {C:region} sneller dan gemiddeld."),
    (None, "[[Wil]] het zorgkantoor ook naar de {C:law} kijken bij het inkoopbeleid?"),
    (None, "[[Frank]] en eerlijk: het {C:het_body} heeft ons niet geholpen."),
    (None, "Het [[Bakker]]-rapport is achterhaald, zegt {C:org_body}."),
    (None, "[[Rooskleurig]] is het niet: {C:money} verlies tot {C:date}."),
    (None, "Onze cliënten met {C:zzp} krijgen zorg volgens het [[Kwaliteitskader Verpleeghuiszorg]]."),
]

CLEAN_OPENINGS = [  # an opening that ends in "," or "want" keeps the next sentence in lower case
    "Ten dele, want", "Nee,", "Ja.", "Ja, maar", "Ten dele.", "Geen mening.", "", "", "Eens.", "Oneens:",
    "Niet van toepassing.", "Zie ook vorig jaar.", "Lastig te zeggen.", "Graag!", "Aanvulling:",
]

CLEAN_SENTENCES = [
    "de tarieven dekken de stijging van de loonkosten niet.",
    "wij merken dat de wachtlijsten voor verpleeghuiszorg blijven groeien.",
    "de administratieve lasten zijn het afgelopen jaar verder toegenomen.",
    "het zorgkantoor denkt goed mee, maar de ruimte in het budget is beperkt.",
    "we kunnen geen nieuwe cliënten aannemen door het tekort aan verpleegkundigen.",
    "de regels voor meerzorg zijn te ingewikkeld en verschillen per regio.",
    "een meerjarige overeenkomst zou ons veel zekerheid geven.",
    "de indexatie komt elk jaar te laat om nog mee te rekenen in de begroting.",
    "de inzet van uitzendkrachten is duur, maar zonder hen kunnen we de roosters niet vullen.",
    "het aantal cliënten met een zware zorgvraag neemt toe.",
    "wij willen meer ruimte voor innovatie en zorgtechnologie.",
    "het verschil tussen wonen met zorg thuis en in een instelling wordt kleiner.",
    "de productieafspraken worden in de loop van het jaar te weinig bijgesteld.",
    "ons verzuim ligt hoger dan vorig jaar, vooral in de nachtdiensten.",
    "de samenwerking met de huisartsen in de wijk loopt goed.",
    "mantelzorgers hebben meer ondersteuning nodig dan wij kunnen bieden.",
    "kleine aanbieders hebben geen tijd voor al die verantwoording.",
    "de gesprekken over de tarieven voelen niet als een onderhandeling.",
    "wij zouden graag zien dat de inkoopprocedure eenvoudiger wordt.",
    "het vullen van vacatures in de gehandicaptenzorg kost maanden.",
    "de bezetting in de avond is een groot probleem.",
    "de opleiding van nieuwe collega's vraagt veel van het vaste team.",
    "de kwaliteitsgelden zijn goed besteed aan extra handen aan het bed.",
    "wij zien meer cliënten met psychiatrische problematiek op de pg-afdeling.",
    "de huisvesting is verouderd en renovatie is niet te betalen.",
    "de energiekosten zijn niet volledig gecompenseerd.",
    "het tweejaarlijkse gesprek is te weinig om echt af te stemmen.",
    "wij missen een vast aanspreekpunt.",
    "dagbesteding staat onder druk door het vervoer.",
    "de inzet van vrijwilligers is gelukkig weer op het oude niveau.",
    "de eigen bijdrage schrikt sommige cliënten af.",
    "zorg thuis wordt steeds vaker gevraagd, maar de reistijd wordt niet vergoed.",
    "het is onduidelijk hoe de regionale opgave wordt vertaald naar afspraken.",
    "wij hebben het afgelopen jaar twee afdelingen moeten sluiten.",
    "de uitstroom van jonge medewerkers baart ons zorgen.",
    "de vragenlijst is lang, maar de vragen zijn wel relevant.",
    "een vaste contactpersoon per aanbieder zou helpen.",
    "de wachttijd voor een herindicatie is veel te lang.",
    "we willen minder regels en meer vertrouwen.",
    "de ondersteuning bij het digitaal werken mag beter.",
    "ons financiële resultaat was negatief, ondanks een volle bezetting.",
    "er is te weinig aandacht voor de zorg in de nacht.",
    "de afspraken over onderaanneming zijn helder.",
    "we hopen dat er volgend jaar meer ruimte komt voor kleinschalige woonvormen.",
    "het personeelstekort is ons grootste probleem, gevolgd door de tarieven.",
    "de tarieven zijn te laag om de zorg goed te kunnen leveren, en dat zeggen we al jaren",
    "wij hebben geen zicht op de wachtlijst omdat de gegevens niet kloppen",
    "eigenlijk zou het zorgkatoor vaker langs moeten komen op de werkvloer.",
    "de registratie last is enorm, iedereen klaagt erover.",
    "meer ruimte voor maatwerk bij complexe cliënten graag.",
]

CLEAN_CLOSINGS = [
    "Dank voor de vragenlijst.", "Succes met de verwerking.", "Groet.", "Meer info volgt.", "Graag tot ziens.",
    "Zie bijlage.", "Bedankt!",
]
