"""Word lists for the synthetic corpus: countries, leaders, organisations, companies, teams, names.

Every list here was written for wirewatch. Real country, capital, leader, organisation,
company and club names are used so that enrichment finds entities; every person below the
rank of head of state or government is invented.
"""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    """A country with how wire copy names it and who leads it."""

    name: str        # plain short name, for datelines and captions: "Congo", "Britain"
    text: str        # as written mid-sentence: "the United States", "Democratic Republic of Congo"
    adj: str         # nationality adjective: "U.S.", "British", "Congolese"
    capital: str
    cities: tuple[str, ...]
    leader_title: str
    leader_name: str
    leader_last: str


def _c(*fields: str) -> Country:
    """name, text, adj, capital, "City|City|...", leader title, leader name, leader surname."""
    name, text, adj, capital, cities, title, leader, last = fields
    return Country(name, text, adj, capital, tuple(cities.split("|")), title, leader, last)


COUNTRIES: tuple[Country, ...] = (
    _c("United States", "the United States", "U.S.", "Washington",
       "New York|Chicago|Houston|Miami|San Francisco|Los Angeles",
       "President", "Donald Trump", "Trump"),
    _c("Britain", "Britain", "British", "London", "Manchester|Birmingham|Glasgow|Belfast",
       "Prime Minister", "Keir Starmer", "Starmer"),
    _c("France", "France", "French", "Paris", "Marseille|Lyon|Toulouse|Bordeaux",
       "President", "Emmanuel Macron", "Macron"),
    _c("Germany", "Germany", "German", "Berlin", "Frankfurt|Munich|Hamburg|Cologne",
       "Chancellor", "Friedrich Merz", "Merz"),
    _c("Italy", "Italy", "Italian", "Rome", "Milan|Naples|Turin|Genoa",
       "Prime Minister", "Giorgia Meloni", "Meloni"),
    _c("Spain", "Spain", "Spanish", "Madrid", "Barcelona|Valencia|Seville|Bilbao",
       "Prime Minister", "Pedro Sanchez", "Sanchez"),
    _c("Poland", "Poland", "Polish", "Warsaw", "Krakow|Gdansk|Rzeszow|Lublin",
       "Prime Minister", "Donald Tusk", "Tusk"),
    _c("Ukraine", "Ukraine", "Ukrainian", "Kyiv", "Kharkiv|Odesa|Dnipro|Zaporizhzhia|Lviv|Sumy",
       "President", "Volodymyr Zelenskiy", "Zelenskiy"),
    _c("Russia", "Russia", "Russian", "Moscow",
       "St Petersburg|Belgorod|Kursk|Rostov-on-Don|Bryansk",
       "President", "Vladimir Putin", "Putin"),
    _c("Belarus", "Belarus", "Belarusian", "Minsk", "Grodno|Brest|Gomel",
       "President", "Alexander Lukashenko", "Lukashenko"),
    _c("Lithuania", "Lithuania", "Lithuanian", "Vilnius", "Kaunas|Klaipeda",
       "President", "Gitanas Nauseda", "Nauseda"),
    _c("Finland", "Finland", "Finnish", "Helsinki", "Tampere|Turku",
       "President", "Alexander Stubb", "Stubb"),
    _c("Sweden", "Sweden", "Swedish", "Stockholm", "Gothenburg|Malmo",
       "Prime Minister", "Ulf Kristersson", "Kristersson"),
    _c("Hungary", "Hungary", "Hungarian", "Budapest", "Debrecen|Szeged",
       "Prime Minister", "Viktor Orban", "Orban"),
    _c("Greece", "Greece", "Greek", "Athens", "Thessaloniki|Patras",
       "Prime Minister", "Kyriakos Mitsotakis", "Mitsotakis"),
    _c("Serbia", "Serbia", "Serbian", "Belgrade", "Novi Sad|Nis",
       "President", "Aleksandar Vucic", "Vucic"),
    _c("Kosovo", "Kosovo", "Kosovar", "Pristina", "Mitrovica|Prizren",
       "Prime Minister", "Albin Kurti", "Kurti"),
    _c("Turkey", "Turkey", "Turkish", "Ankara", "Istanbul|Izmir|Gaziantep|Antalya",
       "President", "Tayyip Erdogan", "Erdogan"),
    _c("Armenia", "Armenia", "Armenian", "Yerevan", "Gyumri|Vanadzor",
       "Prime Minister", "Nikol Pashinyan", "Pashinyan"),
    _c("Azerbaijan", "Azerbaijan", "Azerbaijani", "Baku", "Ganja|Sumgait",
       "President", "Ilham Aliyev", "Aliyev"),
    _c("Israel", "Israel", "Israeli", "Jerusalem", "Tel Aviv|Haifa|Ashkelon|Beersheba",
       "Prime Minister", "Benjamin Netanyahu", "Netanyahu"),
    _c("Iran", "Iran", "Iranian", "Tehran", "Isfahan|Tabriz|Shiraz|Bandar Abbas",
       "President", "Masoud Pezeshkian", "Pezeshkian"),
    _c("Lebanon", "Lebanon", "Lebanese", "Beirut", "Tyre|Sidon|Tripoli|Baalbek",
       "President", "Joseph Aoun", "Aoun"),
    _c("Syria", "Syria", "Syrian", "Damascus", "Aleppo|Homs|Latakia|Deir al-Zor",
       "President", "Ahmed al-Sharaa", "Sharaa"),
    _c("Iraq", "Iraq", "Iraqi", "Baghdad", "Basra|Mosul|Erbil|Kirkuk",
       "Prime Minister", "Mohammed Shia al-Sudani", "Sudani"),
    _c("Saudi Arabia", "Saudi Arabia", "Saudi", "Riyadh", "Jeddah|Dammam",
       "Crown Prince", "Mohammed bin Salman", "Prince Mohammed"),
    _c("United Arab Emirates", "the United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai|Sharjah",
       "President", "Sheikh Mohamed bin Zayed al-Nahyan", "Sheikh Mohamed"),
    _c("Qatar", "Qatar", "Qatari", "Doha", "Al Wakrah",
       "Emir", "Sheikh Tamim bin Hamad al-Thani", "Sheikh Tamim"),
    _c("Egypt", "Egypt", "Egyptian", "Cairo", "Alexandria|Port Said|Suez",
       "President", "Abdel Fattah al-Sisi", "Sisi"),
    _c("Sudan", "Sudan", "Sudanese", "Khartoum", "Port Sudan|Omdurman|El Fasher",
       "army chief", "Abdel Fattah al-Burhan", "Burhan"),
    _c("Ethiopia", "Ethiopia", "Ethiopian", "Addis Ababa", "Mekelle|Bahir Dar|Gondar",
       "Prime Minister", "Abiy Ahmed", "Abiy"),
    _c("Eritrea", "Eritrea", "Eritrean", "Asmara", "Massawa|Keren",
       "President", "Isaias Afwerki", "Isaias"),
    _c("Somalia", "Somalia", "Somali", "Mogadishu", "Kismayo|Baidoa",
       "President", "Hassan Sheikh Mohamud", "Mohamud"),
    _c("Kenya", "Kenya", "Kenyan", "Nairobi", "Mombasa|Kisumu|Eldoret",
       "President", "William Ruto", "Ruto"),
    _c("Nigeria", "Nigeria", "Nigerian", "Abuja", "Lagos|Kano|Maiduguri|Port Harcourt",
       "President", "Bola Tinubu", "Tinubu"),
    _c("South Africa", "South Africa", "South African", "Pretoria", "Johannesburg|Cape Town|Durban",
       "President", "Cyril Ramaphosa", "Ramaphosa"),
    _c("Congo", "Democratic Republic of Congo", "Congolese", "Kinshasa", "Goma|Bukavu|Lubumbashi",
       "President", "Felix Tshisekedi", "Tshisekedi"),
    _c("Rwanda", "Rwanda", "Rwandan", "Kigali", "Rubavu|Huye",
       "President", "Paul Kagame", "Kagame"),
    _c("Mali", "Mali", "Malian", "Bamako", "Gao|Timbuktu|Mopti",
       "junta leader", "Assimi Goita", "Goita"),
    _c("India", "India", "Indian", "New Delhi", "Mumbai|Bengaluru|Kolkata|Chennai|Srinagar",
       "Prime Minister", "Narendra Modi", "Modi"),
    _c("Pakistan", "Pakistan", "Pakistani", "Islamabad", "Karachi|Lahore|Peshawar|Quetta",
       "Prime Minister", "Shehbaz Sharif", "Sharif"),
    _c("Afghanistan", "Afghanistan", "Afghan", "Kabul", "Kandahar|Herat|Jalalabad",
       "Supreme Leader", "Hibatullah Akhundzada", "Akhundzada"),
    _c("China", "China", "Chinese", "Beijing", "Shanghai|Shenzhen|Guangzhou|Wuhan|Xiamen",
       "President", "Xi Jinping", "Xi"),
    _c("Taiwan", "Taiwan", "Taiwanese", "Taipei", "Kaohsiung|Taichung|Keelung",
       "President", "Lai Ching-te", "Lai"),
    _c("Japan", "Japan", "Japanese", "Tokyo", "Osaka|Yokohama|Fukuoka|Sapporo|Okinawa",
       "Prime Minister", "Sanae Takaichi", "Takaichi"),
    _c("South Korea", "South Korea", "South Korean", "Seoul", "Busan|Incheon|Daegu",
       "President", "Lee Jae-myung", "Lee"),
    _c("North Korea", "North Korea", "North Korean", "Pyongyang", "Wonsan|Kaesong|Sinuiju",
       "leader", "Kim Jong Un", "Kim"),
    _c("Philippines", "the Philippines", "Philippine", "Manila", "Cebu|Davao|Zamboanga",
       "President", "Ferdinand Marcos Jr", "Marcos"),
    _c("Vietnam", "Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City|Da Nang|Haiphong",
       "Prime Minister", "Pham Minh Chinh", "Chinh"),
    _c("Thailand", "Thailand", "Thai", "Bangkok", "Chiang Mai|Phuket|Surin",
       "Prime Minister", "Anutin Charnvirakul", "Anutin"),
    _c("Cambodia", "Cambodia", "Cambodian", "Phnom Penh", "Siem Reap|Battambang",
       "Prime Minister", "Hun Manet", "Hun Manet"),
    _c("Indonesia", "Indonesia", "Indonesian", "Jakarta", "Surabaya|Medan|Makassar",
       "President", "Prabowo Subianto", "Prabowo"),
    _c("Australia", "Australia", "Australian", "Canberra", "Sydney|Melbourne|Brisbane|Perth",
       "Prime Minister", "Anthony Albanese", "Albanese"),
    _c("Canada", "Canada", "Canadian", "Ottawa", "Toronto|Montreal|Vancouver|Calgary",
       "Prime Minister", "Mark Carney", "Carney"),
    _c("Mexico", "Mexico", "Mexican", "Mexico City", "Monterrey|Guadalajara|Tijuana|Culiacan",
       "President", "Claudia Sheinbaum", "Sheinbaum"),
    _c("Venezuela", "Venezuela", "Venezuelan", "Caracas", "Maracaibo|Valencia|Puerto Cabello",
       "President", "Nicolas Maduro", "Maduro"),
    _c("Colombia", "Colombia", "Colombian", "Bogota", "Medellin|Cali|Cucuta|Barranquilla",
       "President", "Gustavo Petro", "Petro"),
    _c("Brazil", "Brazil", "Brazilian", "Brasilia", "Sao Paulo|Belo Horizonte|Salvador|Manaus",
       "President", "Luiz Inacio Lula da Silva", "Lula"),
    _c("Argentina", "Argentina", "Argentine", "Buenos Aires", "Cordoba|Rosario|Mendoza",
       "President", "Javier Milei", "Milei"),
)

COUNTRY_BY_NAME = {country.name: country for country in COUNTRIES}

# Pairs that wire copy reports as adversaries; conflict stories draw from these.
RIVALS: tuple[tuple[str, str], ...] = (
    ("Russia", "Ukraine"), ("Israel", "Iran"), ("Israel", "Lebanon"), ("India", "Pakistan"),
    ("China", "Taiwan"), ("China", "Philippines"), ("North Korea", "South Korea"),
    ("Armenia", "Azerbaijan"), ("Rwanda", "Congo"), ("United States", "Venezuela"),
    ("Ethiopia", "Eritrea"), ("Serbia", "Kosovo"), ("Thailand", "Cambodia"),
    ("Pakistan", "Afghanistan"), ("Belarus", "Poland"), ("United States", "Iran"),
    ("Turkey", "Syria"), ("Israel", "Syria"), ("China", "Japan"), ("Russia", "Lithuania"),
    ("Egypt", "Ethiopia"), ("Russia", "Finland"), ("Sudan", "Eritrea"), ("Mali", "Nigeria"),
)

# Cities that carry a dateline without a country.
WELL_KNOWN_CITIES = frozenset((
    "New York", "Chicago", "Houston", "Miami", "San Francisco", "Los Angeles", "Frankfurt",
    "Munich", "Milan", "Barcelona", "Shanghai", "Istanbul", "Dubai", "Sydney", "Toronto",
    "Sao Paulo", "Mumbai", "Geneva", "Hong Kong", "Singapore", "Vatican City", "St Petersburg",
    "Tel Aviv", "Johannesburg", "Lagos", "Karachi", "Osaka", "Manchester",
))

ORGANISATIONS: tuple[str, ...] = (
    "the United Nations", "NATO", "the European Union", "the International Monetary Fund",
    "the World Bank", "the African Union", "the U.N. Security Council",
    "the World Health Organization",
    "the International Atomic Energy Agency", "the International Committee of the Red Cross",
    "the World Trade Organization", "the Organization for Security and Co-operation in Europe",
    "the Association of Southeast Asian Nations", "the Arab League", "the G7", "the G20",
    "the International Criminal Court", "the U.N. refugee agency", "the World Food Programme",
    "the Organization of American States",
)

SANCTIONING_BODIES: tuple[str, ...] = (
    "the European Union", "the G7", "the U.N. Security Council", "the United States",
    "Britain", "Canada", "Japan",
)

THINK_TANKS: tuple[str, ...] = (
    "the International Institute for Strategic Studies", "Chatham House", "the Atlantic Council",
    "the International Crisis Group", "the Carnegie Endowment for International Peace",
    "the RAND Corporation", "the Stockholm International Peace Research Institute",
    "the Brookings Institution", "the European Council on Foreign Relations",
    "the Lowy Institute", "the Institute for the Study of War",
    "the Royal United Services Institute",
)

WEAPONS: tuple[str, ...] = (
    "drones", "ballistic missiles", "cruise missiles", "artillery", "rocket launchers",
    "glide bombs", "attack helicopters", "fighter jets", "armed drones", "mortars",
)

UNITS: tuple[str, ...] = (
    "an armoured brigade", "two infantry battalions", "a marine division", "special forces units",
    "air defence batteries", "a mechanised division", "several thousand troops",
    "an airborne regiment", "naval patrol vessels", "a squadron of fighter jets",
)


class Company(NamedTuple):
    """A listed company, its sector and the index it trades on."""

    name: str
    sector: str
    city: str
    market_index: str


COMPANIES: tuple[Company, ...] = (
    Company("Apple", "technology", "New York", "the Nasdaq"),
    Company("Microsoft", "software", "New York", "the Nasdaq"),
    Company("Nvidia", "chipmaking", "New York", "the Nasdaq"),
    Company("Boeing", "aerospace", "Chicago", "the S&P 500"),
    Company("ExxonMobil", "energy", "Houston", "the S&P 500"),
    Company("JPMorgan Chase", "banking", "New York", "the S&P 500"),
    Company("Toyota", "carmaking", "Tokyo", "the Nikkei"),
    Company("Sony", "electronics", "Tokyo", "the Nikkei"),
    Company("Samsung Electronics", "chipmaking", "Seoul", "the KOSPI"),
    Company("TSMC", "chipmaking", "Taipei", "the Taiex"),
    Company("Alibaba", "e-commerce", "Hong Kong", "the Hang Seng"),
    Company("BYD", "electric vehicle", "Hong Kong", "the Hang Seng"),
    Company("Volkswagen", "carmaking", "Frankfurt", "the DAX"),
    Company("Siemens", "engineering", "Munich", "the DAX"),
    Company("Deutsche Bank", "banking", "Frankfurt", "the DAX"),
    Company("Airbus", "aerospace", "Paris", "the CAC 40"),
    Company("TotalEnergies", "energy", "Paris", "the CAC 40"),
    Company("LVMH", "luxury goods", "Paris", "the CAC 40"),
    Company("Shell", "energy", "London", "the FTSE 100"),
    Company("BP", "energy", "London", "the FTSE 100"),
    Company("HSBC", "banking", "London", "the FTSE 100"),
    Company("Unilever", "consumer goods", "London", "the FTSE 100"),
    Company("Rio Tinto", "mining", "London", "the FTSE 100"),
    Company("Nestle", "food", "Zurich", "the SMI"),
    Company("Novartis", "pharmaceuticals", "Zurich", "the SMI"),
    Company("Ericsson", "telecoms equipment", "Stockholm", "the OMX Stockholm 30"),
    Company("Maersk", "shipping", "Copenhagen", "the OMX Copenhagen 25"),
    Company("Saudi Aramco", "oil", "Riyadh", "the Tadawul"),
    Company("Reliance Industries", "conglomerate", "Mumbai", "the Nifty 50"),
    Company("Tata Motors", "carmaking", "Mumbai", "the Nifty 50"),
    Company("Petrobras", "oil", "Sao Paulo", "the Bovespa"),
    Company("Vale", "mining", "Sao Paulo", "the Bovespa"),
    Company("BHP", "mining", "Sydney", "the S&P/ASX 200"),
    Company("Stellantis", "carmaking", "Milan", "the FTSE MIB"),
    Company("ArcelorMittal", "steelmaking", "Paris", "the CAC 40"),
)

# Cities named by companies and clubs that no country above lists.
EXTRA_CITY_REGIONS: dict[str, str | None] = {
    "Zurich": "Switzerland", "Geneva": None, "Copenhagen": None, "Hong Kong": None,
    "Singapore": None, "Amsterdam": None, "Lisbon": None, "Brussels": None,
    "Liverpool": "England", "Newcastle": "England", "Dortmund": "Germany",
    "Leverkusen": "Germany", "Eindhoven": "Netherlands", "Porto": "Portugal", "Rio": "Brazil",
    "Glasgow": "Scotland",
}

BENCHMARKS: tuple[str, ...] = (
    "the S&P 500", "the Nasdaq", "the Dow Jones Industrial Average", "the FTSE 100", "the DAX",
    "the CAC 40", "the Nikkei", "the Hang Seng", "the pan-European STOXX 600", "MSCI's world index",
)

CENTRAL_BANKS: tuple[str, ...] = (
    "the Federal Reserve", "the European Central Bank", "the Bank of England", "the Bank of Japan",
    "the People's Bank of China", "the Reserve Bank of India", "the Swiss National Bank",
    "the Reserve Bank of Australia", "the Bank of Canada", "Brazil's central bank",
)

CURRENCIES: tuple[str, ...] = (
    "the dollar", "the euro", "the yen", "sterling", "the Swiss franc", "the yuan",
    "the Australian dollar", "the rupee", "the Brazilian real", "the South Korean won",
)

COMMODITIES: tuple[str, ...] = (
    "Brent crude", "U.S. crude", "gold", "copper", "wheat", "natural gas", "iron ore",
    "aluminium", "soybeans", "coffee", "silver", "palm oil",
)

BANKS: tuple[str, ...] = (
    "ING", "Nomura", "Commerzbank", "Capital Economics", "Saxo Bank", "Pictet Wealth Management",
    "Rabobank", "Natixis", "UBS Global Wealth Management", "Oxford Economics", "BNP Paribas",
    "Macquarie", "Societe Generale", "Mizuho Securities",
)


class Team(NamedTuple):
    """A football club, where it plays and in which competition."""

    name: str
    city: str
    region: str | None
    league: str      # as written after "top of": "the Premier League", "Serie A"


TEAMS: tuple[Team, ...] = (
    Team("Liverpool", "Liverpool", "England", "the Premier League"),
    Team("Manchester City", "Manchester", None, "the Premier League"),
    Team("Arsenal", "London", None, "the Premier League"),
    Team("Chelsea", "London", None, "the Premier League"),
    Team("Tottenham Hotspur", "London", None, "the Premier League"),
    Team("Newcastle United", "Newcastle", "England", "the Premier League"),
    Team("Real Madrid", "Madrid", None, "La Liga"),
    Team("Barcelona", "Barcelona", None, "La Liga"),
    Team("Atletico Madrid", "Madrid", None, "La Liga"),
    Team("Sevilla", "Seville", "Spain", "La Liga"),
    Team("Bayern Munich", "Munich", None, "the Bundesliga"),
    Team("Borussia Dortmund", "Dortmund", "Germany", "the Bundesliga"),
    Team("Bayer Leverkusen", "Leverkusen", "Germany", "the Bundesliga"),
    Team("Juventus", "Turin", "Italy", "Serie A"),
    Team("Inter Milan", "Milan", None, "Serie A"),
    Team("AC Milan", "Milan", None, "Serie A"),
    Team("Napoli", "Naples", "Italy", "Serie A"),
    Team("Paris St Germain", "Paris", None, "Ligue 1"),
    Team("Olympique de Marseille", "Marseille", "France", "Ligue 1"),
    Team("Ajax", "Amsterdam", None, "the Eredivisie"),
    Team("PSV Eindhoven", "Eindhoven", "Netherlands", "the Eredivisie"),
    Team("Benfica", "Lisbon", None, "the Primeira Liga"),
    Team("Porto", "Porto", "Portugal", "the Primeira Liga"),
    Team("Galatasaray", "Istanbul", None, "the Super Lig"),
    Team("Celtic", "Glasgow", "Scotland", "the Scottish Premiership"),
    Team("Rangers", "Glasgow", "Scotland", "the Scottish Premiership"),
    Team("Fenerbahce", "Istanbul", None, "the Super Lig"),
    Team("Palmeiras", "Sao Paulo", None, "the Brasileirao"),
    Team("Flamengo", "Rio", "Brazil", "the Brasileirao"),
    Team("Boca Juniors", "Buenos Aires", None, "the Argentine Primera Division"),
    Team("River Plate", "Buenos Aires", None, "the Argentine Primera Division"),
)

CUP_COMPETITIONS: tuple[str, ...] = (
    "Champions League", "Champions League", "Europa League", "Conference League",
)
SOUTH_AMERICAN_CUP = "Copa Libertadores"

# Countries whose leaders do not face parliamentary elections; politics stories skip them.
NO_ELECTIONS = frozenset((
    "Saudi Arabia", "United Arab Emirates", "Qatar", "North Korea", "Afghanistan", "Mali",
    "Sudan", "Eritrea", "China", "Vietnam",
))

SPACE_AGENCIES: tuple[str, ...] = (
    "NASA", "the European Space Agency", "Japan's JAXA", "India's ISRO", "the China National Space "
    "Administration",
)

JOURNALS: tuple[str, ...] = (
    "Nature", "Science", "The Lancet", "the New England Journal of Medicine", "Cell",
    "Nature Climate Change", "the Astrophysical Journal", "PLOS Medicine",
)

UNIVERSITIES: tuple[str, ...] = (
    "the University of Oxford", "Stanford University", "the University of Tokyo", "ETH Zurich",
    "the University of Cape Town", "McGill University", "Tsinghua University",
    "the University of Melbourne", "Imperial College London", "the Karolinska Institute",
    "the University of Sao Paulo", "Seoul National University",
)

DISEASES: tuple[str, ...] = (
    "cholera", "measles", "dengue fever", "mpox", "H5N1 bird flu", "malaria", "diphtheria",
    "Marburg virus", "meningitis", "polio",
)

HAZARDS: tuple[str, ...] = (
    "earthquake", "flash flood", "landslide", "wildfire", "cyclone", "typhoon",
    "volcanic eruption", "tornado", "mudslide",
)

MISSIONS: tuple[str, ...] = (
    "Aster", "Kestrel", "Lumen", "Halcyon", "Meridian", "Tessera", "Corvid", "Solace",
    "Pathfinder Nine", "Orison",
)

PARTIES: tuple[str, ...] = (
    "Civic Renewal Party", "National Unity Movement", "People's Democratic Front",
    "Liberal Reform Alliance", "Green Future Party", "Social Justice League",
    "Freedom and Progress Party", "Labour Solidarity Bloc", "New Centre Coalition",
    "Patriotic Union", "Democratic Citizens' Party", "Rural Alliance",
)

FIRST_NAMES: tuple[str, ...] = (
    "Aisha", "Alejandro", "Amara", "Anders", "Ana", "Andrei", "Arjun", "Beatriz", "Bilal",
    "Camille", "Chen", "Clara", "Daniel", "Dmitri", "Elena", "Emeka", "Emre", "Farah", "Felix",
    "Fatima", "Gabriel", "Hana", "Hamid", "Ingrid", "Isaac", "Jana", "Javier", "Jin", "Jonas",
    "Kaveh", "Keiko", "Kwame", "Laila", "Lars", "Leila", "Lucia", "Malik", "Marek", "Maria",
    "Mateo", "Mei", "Miguel", "Mina", "Nadia", "Nikos", "Noor", "Olga", "Omar", "Oskar",
    "Paolo", "Priya", "Rafael", "Rania", "Rohan", "Sara", "Sergei", "Simone", "Sofia", "Tariq",
    "Thabo", "Tomasz", "Valentina", "Viktor", "Wei", "Yara", "Yusuf", "Zanele", "Zofia",
    "Graham", "Harriet", "Owen", "Rebecca", "Tom", "Jessica", "Martin", "Louise",
)

LAST_NAMES: tuple[str, ...] = (
    "Abara", "Adeyemi", "Aldana", "Baranov", "Bellamy", "Brandt", "Castellano", "Chaudhry",
    "Costa", "Dalton", "Delacroix", "Demir", "Dvorak", "Eriksen", "Farouk", "Fernholm", "Garza",
    "Haddad", "Hartley", "Holm", "Ibarra", "Ivanova", "Jansen", "Kamau", "Karimi", "Kowalczyk",
    "Lindqvist", "Lozano", "Mahlangu", "Marchetti", "Mendez", "Moreau", "Nakamura", "Nasser",
    "Novak", "Okafor", "Oyelaran", "Pereira", "Petrakis", "Quintero", "Rahimi", "Rasmussen",
    "Reyes", "Rostova", "Saberi", "Santos", "Schreiber", "Sharma", "Sokolov", "Takeda", "Tanaka",
    "Thornton", "Umarov", "Valdez", "Varga", "Verhoeven", "Wainwright", "Whitcombe", "Yilmaz",
    "Zamora", "Zhou", "Kessler", "Lindgren", "Mbeki", "Ferrante", "Osei", "Halvorsen", "Iqbal",
)

NUMBER_WORDS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
)

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
