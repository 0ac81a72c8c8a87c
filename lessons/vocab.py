"""Word lists a reporter knows by heart: titles, organisation words, speech verbs.

Shared by the quotes, entities and timeline lessons, so that "Defense Secretary" is a title
everywhere in the kit. Lists are lower-case; compare with ``word.casefold()``.
"""

from __future__ import annotations

# Words that come before a name and are not part of it: "Defense Secretary Ada Brennock".
TITLES: frozenset[str] = frozenset(
    """
    president vice prime minister secretary chancellor premier governor senator sen. rep.
    representative congressman congresswoman mayor deputy councillor councilor council member
    councilmember alderman chief chair chairman chairwoman chairperson director spokesman
    spokeswoman spokesperson commissioner judge justice attorney general sheriff officer
    detective sergeant sgt. lieutenant lt. captain capt. colonel col. major maj. general gen.
    admiral adm. commander cmdr. ambassador envoy king queen prince princess pope bishop
    archbishop rev. reverend father dr. doctor professor prof. mr. mrs. ms. miss sir dame lord
    lady ceo cfo coo chief executive founder president-elect superintendent principal inspector
    constable trooper coach manager editor minister-president speaker leader head
    dr mr mrs ms cllr superintendent pastor rabbi imam mp mps mep mla msp
    councilman councilwoman assemblyman assemblywoman alderwoman selectman selectwoman
    gov. gov atty. supt. det. insp. cpl. pvt. amb. hon. sec. cmsr. gov.-elect
    """.split()
)

# Words that mark the name of an organisation: "Riverton Water Authority".
ORGANIZATION_CUES: frozenset[str] = frozenset(
    """
    department ministry embassy authority council administration agency office bureau
    commission committee board court parliament senate congress assembly party union
    university college school hospital institute foundation association society federation
    corporation corp. corp inc. inc ltd. ltd llc plc co. company group bank fund trust
    service services police army navy force forces guard command news times post herald
    journal tribune gazette press network club league church
    foods motors airlines airways transit industries holdings technologies pharmaceuticals
    labs media brands partners ministries workers local exchange securities capital railway
    railroad railways reserve programme systems properties realty ventures enterprises
    consulting associates logistics solutions communications bakery diner restaurant cafe
    alliance coalition cooperative co-op consortium collective guild caucus syndicate
    academy seminary polytechnic clinic fc afc cf polymers chemicals plastics materials
    therapeutics biologics pharma steel mining petroleum minerals metals textiles utilities
    insurance bancorp
    café pub tavern grill store shop deli pharmacy salon courier chronicle messenger telegraph
    observer examiner inquirer enquirer sentinel ledger bulletin dispatch advertiser
    """.split()
)

# Verbs that introduce speech: "she said", "according to", "told reporters".
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells tell added adds asked asks wrote writes write stated states
    announced announces explained explains noted notes warned warns insisted insists argued
    argues claimed claims replied replies continued continues recalled recalls declared
    declares confirmed confirms acknowledged acknowledges admitted admits reads read
    """.split()
)

# --- Lesson 3: what kind of name is it? -----------------------------------------------------
# The last word of a name usually says what it names ("Brisk River Bridge" is a structure);
# for some kinds the first word does ("Lake Erie", "Hurricane Wenna", "Port Ellery").

# Structures and sites: "Port Ellery International Airport", "Penn Station".
FACILITY_CUES: frozenset[str] = frozenset(
    """
    airport bridge stadium arena station terminal plant factory mill refinery mine hall center
    centre tower building complex courthouse prison jail dam pier wharf dock causeway tunnel
    highway freeway expressway interstate motorway road street avenue boulevard lane drive
    square plaza mall market cathedral mosque synagogue temple chapel palace castle monument
    memorial museum library theater theatre gym gymnasium field pavilion base camp barracks
    park parkway route trail cemetery zoo garden gardens cannery warehouse depot shipyard
    lofts apartments towers condominiums ground fairgrounds showgrounds showground
    racecourse racetrack speedway ballpark coliseum auditorium amphitheater amphitheatre
    hotel motel marina lighthouse observatory
    foundry
    """.split()
)

# Natural places and regions: "River Trell", "Gannet Island", "the Rocky Mountains".
LOCATION_CUES: frozenset[str] = frozenset(
    """
    river lake sea ocean gulf bay strait channel island islands isle peninsula coast shore
    beach mountain mountains mount mt. hill hills valley canyon desert forest woods creek
    glacier volcano cape plain plains basin delta reef marsh swamp wetlands region
    """.split()
)

# Places that govern themselves: "Quezon City", "Tessop County", "Republic of Belarus".
GPE_CUES: frozenset[str] = frozenset(
    """
    city town township village county borough parish province oblast prefecture republic
    kingdom emirate emirates state states commonwealth springs heights port fort
    """.split()
)

# Events, laws, storms and products: "Independence Day", "Clean Water Act", "Hurricane Wenna".
OTHER_CUES: frozenset[str] = frozenset(
    """
    act law bill treaty accord accords agreement convention protocol amendment day week
    festival games olympics cup championship award prize war battle summit system
    hurricane typhoon cyclone storm tropical index expo exposition fair show marathon
    tournament parade carnival gala fire wildfire blaze flood earthquake quake tornado
    eruption spill outbreak pandemic epidemic
    """.split()
)

# Capitals and big cities of the world (NLTK's gazetteers only list US cities).
WORLD_CITIES: frozenset[str] = frozenset(
    line.strip()
    for line in """
    Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku
    Nassau|Manama|Dhaka|Minsk|Brussels|Antwerp|Belmopan|Porto-Novo|Thimphu|La Paz|Sarajevo
    Gaborone|Brasilia|Brasília|Rio de Janeiro|Sao Paulo|São Paulo|Sofia|Ouagadougou|Phnom Penh
    Yaounde|Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Bogota|Bogotá
    Kinshasa|San Jose|Zagreb|Havana|Nicosia|Prague|Copenhagen|Djibouti|Santo Domingo|Quito
    Cairo|Alexandria|San Salvador|Tallinn|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Libreville
    Tbilisi|Berlin|Munich|Hamburg|Frankfurt|Accra|Athens|Guatemala City|Conakry|Port-au-Prince
    Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bangalore|Jakarta
    Tehran|Baghdad|Mosul|Dublin|Belfast|Jerusalem|Tel Aviv|Gaza|Gaza City|Rome|Milan|Naples
    Kingston|Tokyo|Osaka|Amman|Astana|Almaty|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane
    Riga|Beirut|Monrovia|Tripoli|Vilnius|Luxembourg|Antananarivo|Lilongwe|Kuala Lumpur|Male
    Bamako|Valletta|Nouakchott|Mexico City|Monterrey|Guadalajara|Tijuana|Chisinau|Monaco
    Ulaanbaatar|Podgorica|Rabat|Casablanca|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu
    Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Pyongyang
    Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Panama City|Port Moresby|Asuncion
    Lima|Manila|Quezon City|Warsaw|Krakow|Lisbon|Porto|Doha|Bucharest|Moscow|St. Petersburg
    Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Freetown|Singapore|Bratislava|Ljubljana
    Mogadishu|Pretoria|Johannesburg|Cape Town|Seoul|Busan|Juba|Madrid|Barcelona|Colombo
    Khartoum|Paramaribo|Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|Taipei|Dushanbe
    Dodoma|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev
    Kharkiv|Odesa|Odessa|Lviv|Abu Dhabi|Dubai|London|Manchester|Birmingham|Edinburgh|Glasgow
    Cardiff|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|Brussels
    """.replace("\n", "|").split("|")
    if line.strip()
)

# Continents and wide regions: natural or cultural areas, not governments.
REGIONS: frozenset[str] = frozenset(
    line.strip()
    for line in """
    Africa|Antarctica|Arctic|Asia|Europe|North America|South America|Latin America
    Central America|Oceania|Middle East|Far East|Balkans|Caribbean|Scandinavia|Siberia
    Sahara|Sahel|Midwest|Pacific Northwest|New England|Southeast Asia|West Bank|Gaza Strip
    Eastern Europe|Western Europe|Central Asia|South Asia|East Asia|Horn of Africa
    Southeast|Northeast|Southwest|Northwest|South East|North East|South West|North West
    North|South|East|West
    Atlantic|Pacific|Mediterranean|Baltic|Baltics|Adriatic|Aegean|Alps|Andes|Himalayas
    """.replace("\n", "|").split("|")
    if line.strip()
)

# Never a name on their own, even with a capital: "On Tuesday", "last August".
WEEKDAYS_AND_MONTHS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept
    sept. oct oct. nov nov. dec dec.
    """.split()
)
