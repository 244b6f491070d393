"""Sentence, headline, quote and caption templates for the synthetic corpus, by domain.

Templates are `str.format` strings; `_context.Context` fills their fields (`_context.FIELDS`
lists them all). Every template was written for wirewatch.
"""

from __future__ import annotations

from typing import NamedTuple


class Story(NamedTuple):
    """A lead sentence and the headlines that fit it."""

    headlines: tuple[str, ...]
    lead: str


def _s(lead: str, *headlines: str) -> Story:
    return Story(headlines, lead)


class Domain(NamedTuple):
    """The templates of one kind of story."""

    name: str
    stories: tuple[Story, ...]
    body: tuple[str, ...]
    quotes: tuple[str, ...]
    speakers: tuple[str, ...]      # context fields naming a person who can be quoted
    captions: tuple[str, ...]
    places: tuple[str, ...]        # context fields of the cities the story can be filed from


# Speakers: a field ending in "_desc" is "Name, a role at X" and takes "said {speaker}" order.

_CONFLICT_BODY = (
    "The {rival_adj} defence ministry said its forces had repelled {n_dozen} attacks along the "
    "front line over the past {hours} hours and had destroyed {n2_9} armoured vehicles.",
    "{country_adj} troops have been deployed to positions within {km} km of the border since "
    "{month}, according to satellite images reviewed by analysts.",
    "The fighting has displaced more than {n_thousands} people from villages near {rival_city}, "
    "according to figures from {relief_org}.",
    "{org} called on both sides to exercise maximum restraint and to protect civilians and "
    "critical infrastructure.",
    "{rival_leader} said in a televised address that the country would respond to any aggression "
    "\"with all the means at our disposal\".",
    "Air raid sirens sounded across {rival_capital} for more than {hours} hours, and residents "
    "sheltered in basements and metro stations.",
    "{country} denies targeting civilians and says its operations are aimed at military "
    "infrastructure and the supply lines that feed it.",
    "The {country_adj} military said it had struck {n2_9} command posts, an ammunition depot and "
    "a fuel storage site, but did not say where.",
    "Western governments have imposed several rounds of sanctions on {country} over the conflict, "
    "targeting its banks, its energy exports and its defence industry.",
    "Military analysts say both armies have struggled to replace the {weapons} lost in months of "
    "attritional fighting.",
    "The regional governor said {n2_9} people had been killed and {n_dozen} wounded, including "
    "children, and that {n2_9} schools had been damaged.",
    "Hundreds of protesters gathered outside the {country_adj} embassy in {third_capital}, "
    "chanting slogans and demanding an end to the violence.",
    "{formin} is due to travel to {third_capital} later this week for talks on the crisis with "
    "{third_adj} officials.",
    "{third_leader} said the escalation posed \"a grave threat to regional security\" and urged an "
    "immediate return to negotiations.",
    "The {rival_adj} foreign ministry summoned the {country_adj} envoy on {day} to lodge a formal "
    "protest over what it called a flagrant violation of its sovereignty.",
    "Satellite images taken on {day} showed columns of trucks and tanks moving toward the border "
    "crossing at {rival_city}.",
    "{country_adj} state media broadcast footage of {weapons} being launched from mobile platforms "
    "at night, though the footage could not be independently verified.",
    "Emergency crews were still searching the rubble of a residential building of {n2_9} "
    "storeys on {day} evening, the emergency services said.",
    "The two countries have been locked in a dispute over the border for decades, and the last "
    "major round of fighting in {year_past} left hundreds dead.",
    "Diplomats at {org} said a closed-door meeting on the crisis could be held as early as "
    "{weekday}.",
    "The {country_adj} military warned civilians to stay away from military facilities and to "
    "follow instructions from local authorities.",
    "{rival_adj} officials said the strikes had knocked out power to about {n_thousands} homes and "
    "that repair crews were working to restore supplies.",
    "Troops were placed on high alert and leave for officers was cancelled, {source} said, "
    "speaking on condition of anonymity because they were not authorised to speak to the media.",
    "The {rival_adj} army said it had shot down {n_dozen} drones and {n2_9} missiles overnight, "
    "while debris damaged several houses in the {rival_city} region.",
    "{leader} chaired an emergency meeting of the national security council on {day}, the "
    "leader's office said, without giving details.",
    "Oil prices rose more than {pct_small} on fears the fighting could disrupt shipping and energy "
    "supplies in the region.",
    "Human rights groups have accused both sides of violations of international humanitarian "
    "law, including attacks on hospitals and the use of {weapons} in populated areas.",
    "The latest escalation follows weeks of threats and counter-threats, with each side "
    "accusing the other of massing forces near the frontier.",
    "Militants fired {n_dozen} rockets toward {country_adj} towns near the frontier late on "
    "{day}, most of which were intercepted, the military said.",
    "{analyst_desc}, said the strikes appeared designed to send a message rather than to "
    "change the situation on the battlefield.",
)

_CONFLICT_QUOTES = (
    "We will not allow anyone to threaten the security of our people",
    "Every attack on our cities will be answered, and the answer will be painful",
    "This is a deliberate escalation, and the responsibility lies entirely with the other side",
    "Our forces are ready for any scenario and they are in position",
    "We call on the international community to stop talking and to act",
    "There can be no military solution to this conflict",
    "The strikes hit military targets only, and the operation achieved its objectives",
    "The risk of a wider war has never been higher than it is today",
    "We are seeing a significant build-up of troops and equipment along the border",
    "If they cross that line, they will pay a heavy price",
    "Sanctions alone will not change their behaviour, but they raise the cost",
    "Our patience has limits and those limits have been reached",
    "People are terrified and many families spent the whole night in shelters",
    "We have the right to defend ourselves and we will use it",
)

_CONFLICT_SPEAKERS = ("defmin", "formin", "rival_formin", "spokes_desc", "analyst_desc",
                      "leader", "rival_leader", "governor_desc")

_CONFLICT_CAPTIONS = (
    "Firefighters work at the site of a residential building hit by a drone strike in "
    "{rival_city}, {rival_name}, {caption_date}.",
    "Soldiers ride on an armoured vehicle near the border with {rival_name} outside {city}, "
    "{country_name}, {caption_date}.",
    "Smoke rises over the outskirts of {rival_city}, {rival_name}, after shelling, "
    "{caption_date}.",
    "A woman walks past a damaged apartment block in {rival_city}, {rival_name}, "
    "{caption_date}.",
    "Protesters hold flags and placards during a rally in {capital}, {country_name}, "
    "{caption_date}.",
    "{leader_name} attends a meeting with military commanders in {capital}, {country_name}, "
    "{caption_date}.",
)

_CONFLICT_PLACES = ("rival_capital", "rival_city", "capital", "city", "third_capital")


def _conflict(kind: str, stories: tuple[Story, ...], body: tuple[str, ...]) -> Domain:
    return Domain(f"conflict/{kind}", stories, body + _CONFLICT_BODY, _CONFLICT_QUOTES,
                  _CONFLICT_SPEAKERS, _CONFLICT_CAPTIONS, _CONFLICT_PLACES)


CONFLICT: tuple[Domain, ...] = (
    _conflict(
        "strike",
        (_s("{country_adj} forces struck targets in and around {rival_city} {time_phrase}, "
            "killing at least {n_dozen} people and wounding dozens more, {rival_adj} officials "
            "said, in one of the heaviest attacks on the area in months.",
            "{country_adj} strikes hit {rival_city} as fighting intensifies",
            "{country_adj} forces pound {rival_adj} positions in overnight barrage"),
         _s("{country} launched a wave of missiles and drones at {rival} overnight, hitting "
            "energy facilities near {rival_city} and {rival_capital}, the {rival_adj} military "
            "said on {day}.",
            "{country} launches missile and drone attack on {rival}",
            "Explosions rock {rival_capital} after {country_adj} missile strike"),
         _s("Artillery shelling and air strikes pounded the outskirts of {rival_city} "
            "{time_phrase} as {country_adj} troops pushed toward the city, local officials said, "
            "with at least {n2_9} civilians reported killed.",
            "Shelling kills civilians in {rival_city} as {country_adj} troops advance",
            "{country_adj} troops push toward {rival_city} under cover of artillery"),
         _s("An air strike by {country_adj} forces on a market in {rival_city} killed {n_dozen} "
            "people on {day}, {rival_adj} emergency services said, as clashes along the border "
            "spread to new areas.",
            "{rival} says {country_adj} air strike killed {n_dozen} at {rival_city} market",
            "Air strike on {rival_city} market kills {n_dozen}, officials say")),
        ("Witnesses described a series of loud explosions shortly before dawn, followed by thick "
         "black smoke rising over the industrial district of {rival_city}.",
         "The {rival_adj} health ministry said hospitals in {rival_city} were overwhelmed and "
         "appealed for blood donations.",
         "{country_adj} artillery kept up the shelling of villages along the river throughout the "
         "day, forcing residents to flee toward {rival_capital}.",
         "It was one of {n_dozen} large-scale attacks on the city since the start of the year, "
         "according to local authorities.",
         "A missile struck a power substation on the edge of {rival_capital}, setting off a fire "
         "that took firefighters {hours} hours to bring under control.",
         "The {country_adj} military said the strike targeted a weapons depot and that "
         "secondary explosions proved ammunition had been stored there."),
    ),
    _conflict(
        "threat",
        (_s("{leader} warned {rival} on {day} that the country was ready to use force if its "
            "demands were not met, in the sharpest threat yet in a dispute that has rattled the "
            "region.",
            "{leader_last} warns {rival} of 'devastating' response",
            "{country} threatens military action if {rival} does not back down"),
         _s("{country} said on {day} it would strike targets inside {rival} if attacks on its "
            "territory continued, hardening its rhetoric as both sides moved forces toward the "
            "border.",
            "{country} warns it will strike inside {rival} if attacks go on",
            "{country} vows retaliation, raising fears of wider conflict"),
         _s("{defmin} said {time_phrase} that the armed forces had prepared plans to hit "
            "{rival_adj} military sites and were waiting only for an order from {leader_last}.",
            "{country_adj} minister says army ready to strike {rival_adj} targets"),
         _s("{country_adj} officials threatened on {day} to retaliate against {rival} with "
            "\"overwhelming force\" after what they called repeated provocations near "
            "{rival_city}.",
            "{country} warns {rival} it will use force to defend its interests",
            "{country} threatens 'overwhelming force' over {rival_city} provocations")),
        ("The threat came hours after {rival_adj} officials accused {country} of sending "
         "reconnaissance drones over military installations.",
         "{leader_last} said in a speech to military graduates that the country's missiles could "
         "reach \"any target, anywhere\" in {rival}.",
         "{rival_formin} dismissed the warnings as \"empty intimidation\" but said {rival} would "
         "not be caught off guard.",
         "The remarks marked a shift from the more cautious tone {country_adj} officials had "
         "adopted in recent weeks.",
         "{country_adj} state television repeated the warning every hour and showed images of "
         "missile launchers being moved on trucks.",
         "Analysts said the threat was partly aimed at a domestic audience ahead of elections "
         "but could not be ignored."),
    ),
    _conflict(
        "deployment",
        (_s("{country} deployed {unit} to its border with {rival} on {day}, the defence "
            "ministry said, as tensions between the neighbours rose after a deadly incident last "
            "week.",
            "{country} sends troops to {rival_adj} border as tensions rise",
            "{country_adj} army deploys {unit} near {rival_adj} border"),
         _s("{country_adj} warships and aircraft began large-scale military exercises near "
            "{rival} {time_phrase}, a show of force that {rival_adj} officials called a rehearsal "
            "for invasion.",
            "{country} begins military exercises near {rival}",
            "{country_adj} warships gather near {rival} in show of force"),
         _s("{country} placed its armed forces on high alert on {day} and moved {unit} toward "
            "the frontier, citing intelligence that {rival} was preparing an attack.",
            "{country} puts troops on alert, accuses {rival} of preparing attack"),
         _s("{country_adj} troops and armoured vehicles were seen moving toward {rival_city} on "
            "{day}, residents said, after the government ordered reinforcements to the border "
            "region.",
            "{country_adj} armour seen moving toward {rival_city}",
            "{country} rushes reinforcements to border with {rival}")),
        ("The exercises involve about {n_thousands} troops, {n_dozen} warships and more than "
         "{n_dozen} aircraft and are due to last {n2_9} days.",
         "{rival} said the drills were a provocation and responded by putting its own air "
         "defences on alert.",
         "The defence ministry said the deployment was defensive and would remain in place \"for "
         "as long as necessary\".",
         "Reservists in the border provinces were ordered to report to their units, local media "
         "reported.",
         "Commercial flights near the exercise zone were rerouted, and fishing boats were told to "
         "stay in port.",
         "{rival_leader} said the country would not be intimidated by \"tanks on parade\"."),
    ),
    _conflict(
        "sanctions",
        (_s("{country} imposed sanctions on {n_dozen} {rival_adj} officials and companies on "
            "{day}, accusing them of supporting military operations, in a move that {rival} said "
            "it would answer in kind.",
            "{country} imposes sanctions on {rival_adj} officials and firms",
            "{rival} vows to retaliate after {country_adj} sanctions"),
         _s("{country} expelled {n2_9} {rival_adj} diplomats on {day} and closed a consulate "
            "in {city}, the foreign ministry said, deepening a diplomatic rift between the two "
            "countries.",
            "{country} expels {n2_9} {rival_adj} diplomats in escalating row"),
         _s("{bloc} agreed on {day} to impose new sanctions on {rival}, targeting its energy "
            "and banking sectors, after weeks of wrangling over the scope of the measures.",
            "{bloc} agrees new sanctions on {rival}",
            "New sanctions target {rival_adj} energy and banks"),
         _s("{country} froze assets worth about {bn} belonging to {rival_adj} state entities "
            "and banned imports of {rival_adj} steel and fertiliser, the finance ministry said on "
            "{day}.",
            "{country} freezes {rival_adj} assets, bans imports")),
        ("The measures include travel bans and asset freezes on senior military commanders and "
         "executives of {n2_9} state-owned defence companies.",
         "{rival} called the sanctions illegal and said it would respond with \"proportionate "
         "measures\".",
         "The expelled diplomats were given {hours} hours to leave the country.",
         "The foreign ministry summoned the {rival_adj} ambassador to deliver a formal protest.",
         "Trade between the two countries had already fallen by about {pct_big} since last "
         "year.",
         "Officials said further sanctions were being prepared if {rival} did not change "
         "course."),
    ),
    _conflict(
        "protest",
        (_s("Thousands of people marched through {capital} on {day} to protest against what "
            "organisers called {rival_adj} aggression, in one of the largest demonstrations in "
            "the city this year.",
            "Thousands protest in {capital} against {rival_adj} moves",
            "Protesters rally in {capital} demanding tougher line on {rival}"),
         _s("Police in {city} fired tear gas and water cannon at protesters who tried to break "
            "through barricades {time_phrase}, witnesses said, and at least {n_dozen} people "
            "were detained.",
            "Clashes erupt in {city} as police break up protest",
            "Police fire tear gas at protesters in {city}"),
         _s("Protests against the government spread to {city} and several other towns on "
            "{day}, with demonstrators blocking roads and burning tyres, local media reported.",
            "Anti-government protests spread to {city}"),
         _s("Crowds gathered outside the {rival_adj} embassy in {capital} on {day}, chanting "
            "slogans and burning flags, as anger over the border dispute with {rival} grew.",
            "Protesters burn flags outside {rival_adj} embassy in {capital}")),
        ("The interior ministry said {n2_9} police officers were injured and {n_dozen} people "
         "were arrested.",
         "Organisers said the rally was peaceful and blamed the violence on a small group of "
         "provocateurs.",
         "Riot police formed lines around government buildings, and the main square was sealed "
         "off.",
         "Protest leaders vowed to return to the streets every evening until their demands were "
         "met.",
         "Opposition politicians accused the police of using excessive force.",
         "Shops in the city centre were boarded up and public transport was suspended."),
    ),
    _conflict(
        "ceasefire",
        (_s("{country} and {rival} agreed on {day} to an immediate ceasefire after {n2_9} "
            "days of talks in {third_capital}, mediators said, raising hopes of an end to "
            "fighting that has killed hundreds.",
            "{country} and {rival} agree to ceasefire after talks in {third_capital}"),
         _s("A ceasefire between {country} and {rival} largely held {time_phrase}, with only "
            "sporadic violations reported near {rival_city}, officials on both sides said.",
            "Truce largely holds between {country} and {rival}",
            "Guns fall silent near {rival_city} as truce holds"),
         _s("{country} began withdrawing troops from areas near its border with {rival} on "
            "{day}, the defence ministry said, in a step agreed under a deal brokered by "
            "{third}.",
            "{country} begins pulling troops back from {rival_adj} border"),
         _s("{country} and {rival} exchanged {n_hundreds} prisoners of war on {day} in a swap "
            "mediated by {third}, the largest since the conflict began.",
            "Prisoner swap between {country} and {rival} raises hopes of peace")),
        ("The agreement provides for the withdrawal of heavy weapons from a buffer zone {km} km "
         "deep and the reopening of border crossings.",
         "Monitors from {org} are expected to arrive within {n2_9} days to observe the truce.",
         "Residents of {rival_city} said the night had been quiet for the first time in weeks.",
         "Both sides said they remained committed to the deal but accused each other of minor "
         "violations.",
         "{third_leader} welcomed the agreement and offered to host further negotiations.",
         "The talks are due to resume next week to discuss a permanent settlement."),
    ),
)

DIPLOMACY = Domain(
    "diplomacy",
    (_s("{leader} and {third_leader} agreed on {day} to deepen cooperation on trade, energy "
        "and security, after talks in {capital} that both sides described as constructive.",
        "{leader_last} and {third_leader_last} pledge closer ties at {capital} talks",
        "{leader_last} hosts {third_leader_last}, promises deeper trade links"),
     _s("{country} and {third} signed a series of agreements on {day} covering {topic}, during "
        "a visit to {third_capital} by {formin}.",
        "{country} and {third} sign agreements on {topic}",
        "{formin_last} visits {third_capital}, signs deals on {topic}"),
     _s("Leaders gathered in {third_capital} on {day} for a summit of {org} overshadowed by "
        "disagreements over {topic} and {hotspot}.",
        "{org} summit opens with divisions over {topic}",
        "Leaders meet in {third_capital} as rifts over {topic} deepen"),
     _s("{formin} arrived in {third_capital} on {day} for talks aimed at repairing relations "
        "that have been strained since a dispute over {topic} last year.",
        "{formin_last} visits {third_capital} in bid to mend ties",
        "Foreign ministers meet in {third_capital} to discuss {topic}"),
     _s("{country} and {third} announced on {day} that they would restore full diplomatic ties "
        "and reopen embassies, ending a rift that lasted more than {n2_9} years.",
        "{country} and {third} agree to restore full diplomatic relations")),
    ("The two leaders held {n2_9} hours of talks, including a working lunch, before appearing "
     "together at a news conference.",
     "A joint statement said the two countries would set up a working group on {topic} and meet "
     "again within {n2_9} months.",
     "Officials said trade between the two countries reached {bn} last year and both sides "
     "aimed to double it within five years.",
     "{third_leader} said the visit opened \"a new chapter\" in relations between the two "
     "countries.",
     "The agreements include a memorandum on energy cooperation and a plan to expand direct "
     "flights between {capital} and {third_capital}.",
     "Diplomats said the sides had made progress on most issues but remained apart on "
     "{topic}.",
     "Officials at {org} said the talks were an important signal at a time of rising tensions in "
     "the region.",
     "Protesters gathered near the venue to demand that the leaders address human rights.",
     "{formin} also met business leaders and toured a port built with {country_adj} investment.",
     "It was the first visit by a head of government from {country} to {third} in more than "
     "a decade.",
     "Relations between the two countries soured in {year_past} over a territorial dispute "
     "and have improved only slowly since.",
     "Both sides played down their differences and said the relationship was too important to "
     "be held hostage by a single issue.",
     "The summit's final communique, seen by reporters, was watered down after objections from "
     "{n2_9} member states.",
     "Diplomats worked through the night to agree the wording of the declaration on {topic}.",
     "{country_adj} officials said a free trade agreement could be signed before the end of the "
     "year.",
     "The two countries also agreed to resume regular consultations between their defence "
     "ministries.",
     "The meeting came days after {hot_country} held military drills that alarmed its "
     "neighbours.",
     "Observers said the warm words masked deep mistrust, and that the real test would be "
     "whether agreements were implemented.",
     "{third_adj} officials said they hoped the visit would unlock investment in railways, "
     "power plants and ports.",
     "Both governments pledged to cooperate at {org} on climate finance and debt relief for "
     "poorer nations.",
     "The leaders also discussed {hotspot} and agreed on the need for a "
     "negotiated settlement.",
     "{leader_last} invited {third_leader_last} to visit {capital} next year, and the "
     "invitation was accepted, officials said.",
     "A dinner hosted by {third_leader_last} for the visiting delegation stretched late into "
     "the evening.",
     "Agreements on student exchanges, tourism and cultural cooperation were also signed.",
     "Analysts said the rapprochement reflected a broader realignment as countries hedged "
     "against uncertainty in global trade."),
    ("This visit shows that dialogue is always possible when there is goodwill on both sides",
     "We have agreed to work together on the issues that matter most to our citizens",
     "Our relationship is strong and it is getting stronger",
     "We did not agree on everything, but we agreed on the way forward",
     "No one in this region benefits from confrontation",
     "Trade and investment will be the backbone of this partnership",
     "We want to see concrete results within months, not years",
     "There is still a lot of work to do, but the direction is right",
     "We came here to listen as well as to talk"),
    ("formin", "leader", "third_leader", "analyst_desc", "diplomat_desc"),
    ("{leader_name} and {third_leader_name} shake hands before their talks in {capital}, "
     "{country_name}, {caption_date}.",
     "Foreign ministers pose for a family photo at a summit in {third_capital}, {third_name}, "
     "{caption_date}.",
     "{formin} arrives at the airport in {third_capital}, {third_name}, {caption_date}."),
    ("capital", "third_capital"),
)

ECONOMY = Domain(
    "economy",
    (_s("Shares of {company} fell {pct_big} on {day} after the {sector} group cut its annual "
        "profit forecast, blaming weak demand and rising costs, in a bloodbath that dragged down "
        "{index}.",
        "{company} shares tumble after profit warning",
        "{company} cuts forecast, shares slump"),
     _s("{company} shares jumped {pct_big} on {day} after the company reported quarterly profit "
        "well above analysts' expectations, firing up a market rally that lifted {index} to a "
        "record.",
        "{company} shares jump as results beat forecasts",
        "{index} hits record high, {company} leads gains"),
     _s("Global stock markets fell on {day} as investors braced for {central_bank} to keep "
        "interest rates higher for longer, with {benchmark} down {pct} in early trading.",
        "Stocks slide as investors brace for {central_bank} decision",
        "{benchmark} falls {pct} ahead of {central_bank} meeting",
        "Investors flee risk before {central_bank} decision",
        "World stocks retreat as rate fears bite, {benchmark} down {pct}"),
     _s("{central_bank} left interest rates unchanged on {day} but said it had ammunition to "
        "act if growth faltered, sending {currency} lower against its peers.",
        "{central_bank} holds rates, signals patience on cuts",
        "{central_bank} keeps rates on hold, says it has ammunition if needed",
        "{currency} slips after {central_bank} holds fire on rates"),
     _s("{company} said on {day} it would cut about {n_thousands} jobs and close {n2_9} "
        "plants as it fights a price war with {company2} in the {sector} market.",
        "{company} to cut {n_thousands} jobs in restructuring",
        "{company} and {company2} battle for market share in {sector}"),
     _s("Prices of {commodity} jumped more than {pct} on {day}, their biggest daily gain in "
        "months, as traders worried about supply disruptions and stock markets turned "
        "volatile.",
        "Prices of {commodity} surge {pct} on supply fears",
        "Traders pile into {commodity} as supply worries mount",
        "{commodity} market in turmoil as prices soar")),
    ("The company's market value fell by about {bn} in a single session, its worst day since "
     "{year_past}.",
     "Revenue rose {pct} to {bn} in the quarter, while operating profit fell {pct_big}.",
     "{index} closed down {pct}, with {sector} stocks among the biggest losers.",
     "{benchmark} gained {pct} while {currency} weakened {pct_small} against the dollar.",
     "Investors have been fleeing riskier assets as the prospect of higher borrowing costs "
     "weighs on the outlook for corporate earnings.",
     "Trading volumes were about {pct_big} above their {n_dozen}-day average, exchange data "
     "showed.",
     "{ceo} told analysts on a conference call that the company was ready for \"a long battle\" "
     "with its competitors.",
     "Analysts at {bank} cut their price target on the stock and said the company was losing "
     "the war for customers in its core markets.",
     "Markets are now pricing in {n2_9} rate cuts by the end of the year, according to futures "
     "data.",
     "{company2} shares rose {pct} as investors bet it would gain market share at its rival's "
     "expense.",
     "The yield on 10-year government bonds rose {n2_9} basis points to {pct_small} above its "
     "level a month ago.",
     "Inflation slowed to {pct} in {month}, official data showed, still above the central "
     "bank's target.",
     "{central_bank} said in a statement that risks to growth were tilted to the downside.",
     "The company said it would launch a share buyback programme of up to {bn} to support its "
     "stock price.",
     "The firm is fighting on several fronts, from Chinese competitors to higher tariffs and "
     "slowing demand in Europe.",
     "{commodity} futures settled up {pct} at their highest level since {month}, exchange data "
     "showed.",
     "Hedge funds have built up large short positions in the stock, betting on further "
     "declines, according to market data.",
     "The sell-off wiped out most of the market's gains for the year.",
     "Labour unions said they would fight the job cuts and called a strike for next week.",
     "Economists expect the economy to grow {pct} this year, down from an earlier forecast, "
     "according to a poll of {n_dozen} economists.",
     "The {sector} industry has been under pressure from high energy costs and weaker orders "
     "from abroad.",
     "The International Monetary Fund cut its global growth forecast last month, citing trade "
     "tensions and high debt levels.",
     "Shares in European banks fell {pct}, while defensive sectors such as utilities and "
     "healthcare gained.",
     "The company's chief financial officer said the outlook for the second half remained "
     "uncertain.",
     "Traders said the market was likely to remain volatile until the central bank's next "
     "meeting in {month}.",
     "{company} plans to spend {bn} on new factories and research over the next five years.",
     "Emerging market currencies fell, with {currency} hitting its lowest in {n2_9} "
     "months."),
    ("We are in a fierce fight for market share, and we intend to win it",
     "The market is punishing any company that misses expectations, even by a little",
     "This is a bloodbath for the sector, and it may not be over yet",
     "We have the firepower to keep investing through the downturn",
     "Investors are shooting first and asking questions later",
     "The central bank is keeping its powder dry until the data are clearer",
     "Our balance sheet is strong and our strategy is unchanged",
     "This is the start of a price war that nobody will win",
     "The numbers were solid, but the guidance spooked the market",
     "Rates are going to stay higher than markets would like for some time"),
    ("ceo", "economist_desc", "analyst_market_desc", "cb_official"),
    ("Traders work on the floor of the stock exchange in {company_city}, {caption_date}.",
     "The logo of {company} is seen at its headquarters in {company_city}, {caption_date}.",
     "A screen displays market data at a brokerage in {company_city}, {caption_date}."),
    ("company_city", "company_city", "capital"),
)

SPORT = Domain(
    "sport",
    (_s("{team} launched a relentless attack from the opening whistle and crushed {team2} "
        "{score_w}-{score_l} on {day} to go top of {league}, with {player} scoring twice.",
        "{team} crush {team2} to go top of {league}",
        "{player_last} double fires {team} past {team2}"),
     _s("{player} struck in the {minute} minute to give {team} a {score_w}-{score_l} win over "
        "{team2} on {day}, capping a bruising match in which both sides had goals disallowed.",
        "{player_last} strikes as {team} edge {team2} in bruising clash",
        "{team2} boss {rival_coach_last} fumes after {team} defeat"),
     _s("{team} survived a second-half bombardment from {team2} to win {score_w}-{score_l} on "
        "{day} and reach the last eight of the {cup}.",
        "{team} survive {team2} onslaught to reach {cup} last eight"),
     _s("{team} ripped through the {team2} defence on {day} in a {score_w}-{score_l} rout, a "
        "massacre that left {rival_coach} facing awkward questions.",
        "Ruthless {team} tear {team2} apart",
        "{player_last} scores twice as {team} destroy {team2}"),
     _s("A late goal by {player} gave {team} a {score_w}-{score_l} victory in a fierce "
        "{league_name} battle with {team2} on {day}, keeping alive their hopes of the title.",
        "{team} snatch late winner against {team2} in battle at the top")),
    ("{player_last} opened the scoring in the {minute} minute, firing a shot into the top "
     "corner from outside the box.",
     "{team2} thought they had equalised when {rival_player} headed in from a corner, but the "
     "goal was ruled out for offside after a video review.",
     "The home side laid siege to the {team2} goal in the second half, forcing {n2_9} saves "
     "from the goalkeeper.",
     "{coach} praised the players' killer instinct and said the win was a statement to their "
     "title rivals.",
     "{rival_player} was sent off in the {minute} minute for a reckless challenge, leaving "
     "{team2} with ten men.",
     "The victory lifted {team} to {table_record}, {n2_9} ahead of "
     "their nearest challengers.",
     "{team2} have now lost {n2_9} of their last {n_dozen} league games and sit just above the "
     "relegation zone.",
     "A crowd of {n_thousands} packed the stadium, and the atmosphere was electric from the "
     "first minute.",
     "{player2} doubled the lead shortly after the break with a low shot that went in off the "
     "post.",
     "The visitors' defence was torn apart time and again by the pace of the {team} forwards.",
     "{rival_coach} said the side had been too passive and had surrendered control of the "
     "midfield.",
     "The goalkeeper produced a string of fine saves to keep the score respectable.",
     "{team} next face {team2} again in the return leg of their {cup} tie in {n2_9} weeks.",
     "It was a match of few chances until the final quarter, when the game exploded into "
     "life.",
     "Fans of both clubs were kept apart by a large police presence outside the ground.",
     "{player_last} has now scored {n_dozen} goals in all competitions this season.",
     "The referee showed {n2_9} yellow cards in a feisty first half.",
     "{team} had won only {n2_9} of their previous {n_dozen} meetings with {team2}.",
     "{coach_last}'s side dominated possession, finishing with more than {pct_big} of the ball "
     "in the second half.",
     "An injury to one of the {team2} defenders in the warm-up forced a late change to the "
     "visitors' line-up.",
     "The result leaves the title race wide open with {n2_9} matches of the season remaining.",
     "{team2} fought back with a goal from {rival_player} but could not find an equaliser.",
     "The stadium erupted when the final whistle blew, and the players celebrated in front of "
     "the home fans.",
     "The club's president described the win as one of the best performances of the last "
     "decade.",
     "{team2} started brightly and hit the crossbar inside the first {n2_9} minutes.",
     "{player_last} was substituted to a standing ovation with {n_dozen} minutes to play.",
     "The visitors switched to a back three at half-time but it did little to stem the tide.",
     "{coach_last} made {n2_9} changes from the side that won at the weekend, resting several "
     "regulars ahead of a busy schedule.",
     "A penalty appeal for {team2} was waved away by the referee, to the fury of their bench.",
     "{team} have not lost at home in {n_dozen} matches in all competitions.",
     "The home fans unveiled a giant banner before kick-off and kept up the noise throughout.",
     "{rival_player} forced a fine save from close range just before the interval.",
     "Both sides pressed high and the midfield battle was fierce from the first whistle.",
     "The match was held up for several minutes after flares were thrown onto the pitch.",
     "{player2} curled a free kick just over the bar midway through the second half.",
     "{team2} have conceded {n_dozen} goals in their last {n2_9} away games.",
     "Television replays suggested the decision to rule out the goal had been correct.",
     "{coach_last} has now won {n_dozen} matches since taking charge of the club.",
     "{team} travel to face {team2} again later in the season in what could be a decisive "
     "fixture.",
     "Squad rotation has been a theme of the season as the club juggles league and European "
     "commitments.",
     "There were chances at both ends in a frantic final ten minutes."),
    ("We went out there to attack them and we did exactly that",
     "The boys showed real killer instinct tonight",
     "We were shot to pieces in the first half and you cannot do that at this level",
     "It was a war out there, but we stood our ground",
     "We are not getting carried away, there is still a long way to go",
     "They destroyed us on the counter-attack and we have to learn from it",
     "When you are in a battle like this you need character, and we showed it",
     "The dressing room is hurting, but we will come back fighting",
     "Every match now is a final for us"),
    ("coach", "rival_coach", "player_desc", "rival_player_desc"),
    ("{player} of {team} celebrates scoring their side's first goal against {team2}, "
     "{caption_date}.",
     "{rival_player} of {team2} reacts after the match against {team}, {caption_date}.",
     "Fans cheer in the stands before the match between {team} and {team2}, {caption_date}."),
    ("team_city",),
)

POLITICS = Domain(
    "politics",
    (_s("The {party} won a majority in {country}'s parliamentary election on {day}, "
        "preliminary results showed, handing {leader} a fresh mandate after a bruising "
        "campaign.",
        "{country_adj} ruling party wins majority in parliamentary election"),
     _s("{country}'s parliament approved the government's budget on {day} by {votes_for} votes "
        "to {votes_against}, after a debate in which opposition lawmakers accused ministers of "
        "reckless spending.",
        "{country_adj} parliament passes budget after bitter debate"),
     _s("{leader} replaced {n2_9} ministers on {day} in a cabinet reshuffle aimed at reviving "
        "the government's fortunes before next year's election.",
        "{leader_last} reshuffles cabinet as poll ratings slide"),
     _s("{country}'s main opposition party launched a blistering attack on the government on "
        "{day} over a corruption scandal that has already cost {n2_9} senior officials their "
        "jobs.",
        "Opposition launches all-out attack on {leader_last} over scandal",
        "{country_adj} coalition wobbles as corruption scandal widens"),
     _s("{opp_leader}, leader of the {opp_party}, announced on {day} a run for the presidency, "
        "setting up what is expected to be a fierce battle with the governing camp.",
        "{country_adj} opposition leader announces presidential bid")),
    ("Turnout was {pct_big}, according to the electoral commission, up slightly from the "
     "previous election.",
     "The {opp_party} came second with about {pct_big} of the vote and conceded defeat late on "
     "{day}.",
     "Opinion polls had predicted a much closer race, and party officials celebrated in the "
     "streets of {capital}.",
     "The government's approval rating has fallen to {pct_big}, according to a poll "
     "published last week.",
     "Opposition lawmakers walked out of the chamber before the final vote in protest.",
     "{opp_leader_last} accused the government of waging war on the middle class with higher "
     "taxes and cuts to public services.",
     "The campaign was dominated by the cost of living, migration and the state of public "
     "finances.",
     "The new finance minister, {finmin}, is a former central bank official with little "
     "political experience.",
     "Analysts said the reshuffle was an attempt to draw a line under months of infighting "
     "within the ruling party.",
     "Coalition talks could take weeks, and the final shape of the government remained "
     "unclear.",
     "Election observers from {org} said the vote was generally well organised but noted "
     "concerns about media coverage.",
     "The budget includes higher spending on defence, health and pensions, funded partly by "
     "new borrowing.",
     "{leader_last} told supporters the result was a victory for stability and continuity.",
     "Several hundred supporters of the opposition gathered outside parliament during the "
     "debate.",
     "The junior coalition partner has threatened to withdraw its {n_dozen} lawmakers unless "
     "its demands on pension reform are met.",
     "Political commentators described the session as one of the most acrimonious in years.",
     "The scandal centres on contracts worth about {mn} awarded without competitive tender.",
     "A parliamentary committee is due to question {n2_9} former ministers next month.",
     "The party's campaign chief said the opposition had fired all its ammunition too early.",
     "The next election must be held by {month} of next year.",
     "The government denies any wrongdoing and says the allegations are politically "
     "motivated.",
     "{leader_last} has led the country since {year_past} and is seeking another term."),
    ("This is a victory for everyone who believes in a better future for this country",
     "The government has lost touch with ordinary people",
     "We will fight this campaign in every town and every village",
     "Nobody voted for chaos, and that is what this government has delivered",
     "We have listened to the voters and we have understood the message",
     "The opposition has no plan, only slogans",
     "This budget is a declaration of war on working families"),
    ("leader", "opp_leader_desc", "analyst_desc", "lawmaker_desc"),
    ("Supporters of the {party} celebrate in {capital}, {country_name}, {caption_date}.",
     "{leader_name} speaks during a session of parliament in {capital}, {country_name}, "
     "{caption_date}.",
     "A voter casts a ballot at a polling station in {city}, {country_name}, {caption_date}."),
    ("capital", "city"),
)

DISASTER = Domain(
    "disaster",
    (_s("{hazard_a} struck {country} on {day}, killing at least {n_dozen} people and "
        "destroying hundreds of homes around {city}, the national disaster agency said.",
        "{hazard_title} kills at least {n_dozen} in {country}",
        "Death toll from {country_adj} {hazard} rises"),
     _s("Rescue teams worked through the night to search for survivors after {hazard_a} hit "
        "the area around {city} {time_phrase}, officials said, with dozens still missing.",
        "Rescuers search for survivors after {hazard} hits {city}"),
     _s("Authorities in {country} evacuated more than {n_thousands} people on {day} as "
        "{hazard_a} bore down on {city}, closing schools and suspending flights.",
        "Thousands evacuated as {hazard} threatens {city}")),
    ("The national disaster agency said {n_hundreds} people had been injured and {n_dozen} "
     "were still missing.",
     "Television footage showed collapsed buildings, overturned cars and roads covered in mud "
     "and debris.",
     "The army was deployed to help with rescue efforts and to deliver food, water and "
     "medicine.",
     "{leader} declared a state of emergency in {n2_9} provinces and promised to rebuild "
     "every damaged home.",
     "Power and mobile networks were down across much of the region, hampering the response.",
     "{relief_org} said it was sending emergency teams and supplies to the affected area.",
     "Forecasters warned that conditions could worsen again over the next {hours} hours.",
     "Survivors spent the night in tents and school buildings set up as temporary shelters.",
     "The region was hit by a similar disaster in {year_past} that killed hundreds of people.",
     "Scientists say climate change is making extreme weather events more frequent and more "
     "intense.",
     "Officials said the death toll was likely to rise as rescuers reached remote villages.",
     "Damage to roads, bridges and farmland was estimated at about {mn}.",
     "{third} and {org} offered assistance, and a first aid flight landed in {capital} on "
     "{day}.",
     "Residents criticised the authorities for failing to issue warnings in time.",
     "Rescue dogs and heavy machinery were brought in from neighbouring provinces.",
     "Frightened residents spent the night in the streets, afraid to return to damaged "
     "buildings.",
     "Hospitals in {city} set up tents in their car parks to treat the injured.",
     "Volunteers formed human chains to pass bricks and debris away from collapsed houses.",
     "The main highway into the region was cut in several places, and supplies were being "
     "flown in by helicopter.",
     "Insurers said early estimates of the losses ran to several hundred million dollars.",
     "Schools and sports halls across the province were turned into shelters for families who "
     "had lost their homes.",
     "Experts said poor building standards and unchecked construction had made the damage "
     "worse.",
     "Forecasters said conditions should ease by {weekday}, but warned of further risks from "
     "swollen rivers and unstable slopes.",
     "Many of the dead were found in villages built on steep hillsides, officials said.",
     "The government released {mn} from an emergency fund and appealed for blood donations.",
     "Television pictures showed residents salvaging furniture and belongings from the "
     "ruins of their homes.",
     "Aid workers warned of the risk of waterborne disease in crowded shelters."),
    ("We lost everything, the house, the animals, everything",
     "Our priority now is to reach the people who are still trapped",
     "The water rose so fast that we had no time to take anything",
     "We are working around the clock, but the conditions are extremely difficult",
     "The scale of the damage is unlike anything we have seen before"),
    ("rescue_chief", "resident_desc", "governor_desc"),
    ("Rescue workers search the rubble of a collapsed building in {city}, {country_name}, "
     "{caption_date}.",
     "Residents wade through a flooded street in {city}, {country_name}, {caption_date}."),
    ("city", "capital"),
)

SCIENCE = Domain(
    "science",
    (_s("{space_agency} launched its {mission} probe on {day}, beginning a journey of {n2_9} "
        "years to study the atmosphere of a distant planet.",
        "{space_agency} launches {mission} probe to study distant worlds",
        "{mission} probe lifts off on {n2_9}-year journey"),
     _s("Scientists at {university} have found {finding}, according to a study published in "
        "{journal} on {day}.",
        "Scientists find {finding}, study says",
        "Study in {journal} finds {finding}"),
     _s("Researchers said on {day} they had made a significant advance in {field}, which could "
        "lead to practical applications within a decade.",
        "Researchers report breakthrough in {field}",
        "Scientists claim leap forward in {field}",
        "Advance in {field} could bring practical uses within decade")),
    ("The study, which followed {n_thousands} participants over {n_dozen} years, was peer "
     "reviewed.",
     "The spacecraft will make {n2_9} flybys of Earth and Venus to gather speed before heading "
     "for the outer solar system.",
     "The team used a combination of satellite data, computer models and field measurements.",
     "Other scientists not involved in the research said the findings were promising but "
     "needed to be replicated.",
     "The mission cost about {bn} and involves researchers from {n_dozen} countries.",
     "The findings could help explain why some regions are warming faster than others.",
     "{scientist_desc}, said the results were \"genuinely surprising\".",
     "The launch had been delayed {n2_9} times because of technical problems and bad weather.",
     "Data from the instrument will be made freely available to researchers around the world.",
     "The researchers plan a larger trial involving {n_thousands} people next year.",
     "The probe is expected to reach its destination in {year_future}.",
     "Funding for the project came from government grants and private foundations.",
     "The discovery adds to a growing body of evidence on the subject.",
     "Engineers cheered in the control room as the first signal arrived.",
     "The work builds on earlier studies that were too small to draw firm conclusions.",
     "The authors cautioned that the results showed an association, not a cause.",
     "The team now hopes to test the approach in the field, outside the laboratory.",
     "Scientists at {n2_9} other institutions contributed data and analysis to the project.",
     "The instrument on board can measure temperatures to within a fraction of a degree.",
     "Private space companies have increasingly competed for contracts once reserved for "
     "government agencies.",
     "The research was carried out over {n2_9} years and involved more than {n_hundreds} "
     "samples.",
     "Critics questioned whether the cost of the programme could be justified at a time of "
     "tight budgets.",
     "The findings are likely to feed into international assessments due next year.",
     "Independent experts said the methods were sound but called for longer follow-up."),
    ("This is the kind of result that changes the textbooks",
     "We have been waiting years for data like this",
     "There is still a great deal we do not understand",
     "It is a beautiful machine, and it worked perfectly"),
    ("scientist_desc", "scientist"),
    ("A rocket carrying the {mission} probe lifts off, {caption_date}.",
     "Researchers work in a laboratory at {university}, {caption_date}."),
    ("capital", "city"),
)

HEALTH = Domain(
    "health",
    (_s("An outbreak of {disease} has killed at least {n_dozen} people in {country} since "
        "{month}, health officials said on {day}, as authorities struggled to contain its "
        "spread.",
        "{disease_title} outbreak kills {n_dozen} in {country}",
        "Health officials race to contain {disease} in {country}"),
     _s("The World Health Organization warned on {day} that cases of {disease} were rising "
        "sharply in {region_word}, with more than {n_thousands} suspected infections reported "
        "this year.",
        "WHO warns of rising {disease} cases in {region_word}"),
     _s("{country} began a mass vaccination campaign on {day} in an effort to halt an outbreak "
        "of {disease} that has spread to {n2_9} provinces.",
        "{country} launches vaccination drive as {disease} spreads")),
    ("The health ministry said {n_hundreds} new cases had been recorded in the past week.",
     "Hospitals in {city} were struggling to cope with the number of patients, doctors said.",
     "The campaign aims to vaccinate {n_thousands} people within {n2_9} weeks.",
     "Health workers said shortages of clean water and poor sanitation were fuelling the "
     "spread.",
     "{health_min} said the situation was serious but under control.",
     "The WHO said the risk at the global level remained low.",
     "Aid agencies appealed for {mn} to fund treatment centres and public information "
     "campaigns.",
     "Most of the deaths were among children under five, according to the ministry.",
     "Schools in the worst-affected districts were closed as a precaution.",
     "The outbreak is the worst since {year_past}, when thousands fell ill.",
     "Experts warned that cuts to international aid budgets were weakening disease "
     "surveillance.",
     "Travellers arriving from affected areas are being screened at airports and border "
     "crossings.",
     "Doctors said early treatment with fluids and antibiotics was saving lives.",
     "Mobile clinics were sent to remote villages where many people live hours from the "
     "nearest health centre.",
     "The ministry urged people to boil drinking water and to wash their hands regularly.",
     "Health officials said vaccine stocks would last only {n2_9} more weeks without new "
     "deliveries.",
     "Neighbouring countries stepped up checks at border crossings and airports.",
     "Laboratory tests confirmed {n_dozen} of the suspected cases, the ministry said.",
     "Health workers have been going door to door to trace contacts of infected people.",
     "The disease spreads most quickly in crowded camps and poor urban districts, experts said.",
     "A shortage of nurses and doctors has made it harder to respond, unions said.",
     "The WHO said it had shipped medical supplies and deployed a team of epidemiologists.",
     "Rumours circulating on social media have fuelled mistrust of vaccines in some areas."),
    ("We are fighting this outbreak on every front",
     "The next few weeks will be critical",
     "We need more vaccines, and we need them now",
     "Every death from this disease is preventable"),
    ("health_min", "doctor_desc", "who_official"),
    ("A health worker prepares a vaccine at a clinic in {city}, {country_name}, {caption_date}.",
     "Patients wait at a treatment centre in {city}, {country_name}, {caption_date}."),
    ("capital", "city"),
)

CRIME = Domain(
    "crime",
    (_s("Police in {country} arrested {n2_9} people on {day} in connection with the robbery "
        "of a bank in {city} last week, in which thieves escaped with about {cash} in cash.",
        "Police arrest {n2_9} over {city} bank robbery"),
     _s("A court in {capital} sentenced a former senior official to {n2_9} years in prison on "
        "{day} for taking bribes in exchange for public contracts.",
        "Court jails former official for {n2_9} years over bribery"),
     _s("Police seized more than {n2_9} tonnes of cocaine hidden in a shipment of bananas at "
        "the port of {city} on {day}, the largest such haul in the country's history.",
        "Police seize record drug haul at {city} port"),
     _s("A {age}-year-old man has been charged with murder after a stabbing in central {city} "
        "on {day}, police said.",
        "Man charged with murder after {city} stabbing")),
    ("The suspects, the youngest aged {age}, are due to appear in court next week.",
     "Detectives said the investigation was continuing and further arrests were possible.",
     "{police_chief} told a news conference that the gang had planned the operation for "
     "months.",
     "Prosecutors said the defendant had accepted payments worth {mn} over {n2_9} years.",
     "The defence said it would appeal against the verdict.",
     "The drugs had an estimated street value of {mn}, customs officials said.",
     "Police appealed for witnesses and asked anyone with information to come forward.",
     "The victim was taken to hospital but died of the injuries, police said.",
     "Investigators are working with counterparts in {third} to trace the origin of the "
     "shipment.",
     "The case has drawn attention to corruption in public procurement.",
     "Officers found weapons, cash and mobile phones during raids on {n2_9} properties.",
     "Police said there was no wider threat to the public.",
     "The trial lasted {n2_9} months and heard evidence from dozens of witnesses.",
     "Security camera footage helped investigators identify the suspects, police said.",
     "The defendant denied all the charges and said the case was politically motivated.",
     "Prosecutors said they would seek to recover the proceeds of the crime.",
     "The arrests followed a months-long investigation involving police in several countries.",
     "Lawyers for the accused said they had not been given access to the evidence.",
     "Officers sealed off the area for several hours while forensic teams worked at the scene.",
     "The case is the latest in a series that have shaken public confidence in the "
     "authorities.",
     "The judge said the sentence should serve as a warning to others.",
     "Customs officials said traffickers were increasingly using commercial shipping routes."),
    ("This was a highly organised criminal network",
     "No one is above the law, whatever position they held",
     "We will not rest until everyone responsible is brought to justice"),
    ("police_chief", "prosecutor_desc"),
    ("Police officers stand guard outside a court in {capital}, {country_name}, {caption_date}.",
     "Customs officers display seized packages at the port of {city}, {country_name}, "
     "{caption_date}."),
    ("city", "capital"),
)

# Sentences any story can carry.
GENERIC_BODY: tuple[str, ...] = (
    "Officials did not give further details and did not respond to requests for comment.",
    "{agency_name} could not immediately verify the reports.",
    "The statement did not say how long the measures would remain in place.",
    "Local media reported that the situation remained tense late into the evening.",
    "A government spokesperson said more information would be released in the coming days.",
    "The announcement was welcomed by some and criticised by others, reflecting deep divisions "
    "over the issue.",
    "The developments came as {leader_last} prepared for a visit to {third_capital} later this "
    "month.",
    "Social media users shared videos that appeared to show the scene, but their authenticity "
    "could not be confirmed.",
    "The issue is expected to be discussed when officials meet in {third_capital} on "
    "{weekday}.",
    "It was not immediately clear how many people had been affected.",
    "The ministry said it was monitoring the situation closely.",
    "Critics said the government had been slow to respond and had underestimated the problem.",
    "Further announcements were expected after a cabinet meeting on {weekday}.",
    "The news dominated the front pages of newspapers in {capital} on {day}.",
    "A senior official said the government was considering several options, without "
    "elaborating.",
    "Similar measures were taken in {year_past}, with mixed results, officials acknowledged.",
    "The latest figures were released late on {day} by the statistics office.",
    "Opposition politicians demanded that ministers appear before parliament to explain "
    "their response.",
    "The story was first reported by local media on {weekday} and later confirmed by "
    "officials.",
    "Neighbouring countries said they were following events closely.",
    "International organisations offered technical help and said they stood ready to do "
    "more.",
    "Newspapers in {capital} devoted several pages to the story and its likely consequences.",
    "Residents interviewed by local television said they were worried about what would "
    "happen next.",
    "Commentators on state television struck a more cautious tone than officials.",
    "The authorities promised a full review once the immediate situation had been dealt "
    "with.",
)

SHORT: tuple[str, ...] = (
    "No details were given.", "Officials declined to comment.", "He gave no further details.",
    "She did not elaborate.", "The investigation continues.", "It was not clear why.",
    "Talks are due to continue.", "Nobody claimed responsibility.", "The cause was unknown.",
    "Reaction was swift.", "The ministry confirmed the figures.", "More details were expected.",
    "Both sides disputed the account.", "The mood was tense.", "Markets took note.",
    "Questions remain.", "Calm returned.", "Details were scarce.",
)

QUOTE_FRAMES: tuple[str, ...] = (
    "\"{q},\" {speaker} said.",
    "\"{q},\" {speaker} told reporters.",
    "{speaker} said: \"{q}.\"",
    "\"{q},\" {speaker} said in a statement.",
    "\"{q},\" {speaker} told a news conference.",
)
# For speakers described by an apposition: "Name, a role at X".
QUOTE_FRAMES_DESC: tuple[str, ...] = (
    "\"{q},\" said {speaker}.",
    "\"{q},\" said {speaker}, speaking by telephone.",
)

TOPICS: tuple[str, ...] = (
    "trade and tariffs", "climate finance", "migration", "energy security", "critical minerals",
    "maritime security", "nuclear non-proliferation", "debt relief", "food security",
    "artificial intelligence", "arms control", "visa rules",
)

FINDINGS: tuple[str, ...] = (
    "evidence of water ice beneath the surface of a distant moon",
    "a link between air pollution and memory loss in older adults",
    "a new species of deep-sea fish off the coast of {country}",
    "that coral reefs can recover faster than expected after heatwaves",
    "a gene variant that protects against severe malaria",
    "the oldest known cave paintings in {country}",
    "that glaciers in the region are melting twice as fast as in the 1990s",
    "that sleep loss speeds up the build-up of proteins linked to dementia",
    "traces of an ancient river system on Mars",
    "that urban trees cut summer temperatures by several degrees",
    "a faint galaxy formed less than 400 million years after the Big Bang",
    "that a common diabetes drug may slow kidney disease",
)

FIELDS_OF_STUDY: tuple[str, ...] = (
    "battery storage", "quantum computing", "gene therapy", "fusion energy",
    "malaria vaccines", "carbon capture", "early cancer detection", "solid-state batteries",
    "drought-resistant crops", "antibiotic discovery", "brain-computer interfaces",
    "green hydrogen", "earthquake early warning",
)

RELIEF_ORGS: tuple[str, ...] = (
    "the International Committee of the Red Cross", "the U.N. refugee agency",
    "the World Food Programme", "Doctors Without Borders", "the International Organization for "
    "Migration", "UNICEF",
)

REGION_WORDS: tuple[str, ...] = (
    "Africa", "South Asia", "Southeast Asia", "Latin America", "the Middle East",
    "Eastern Europe", "the Sahel",
)
