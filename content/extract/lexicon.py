"""Word lists the rules consult: speech verbs, titles, name particles, outlets, places, common nouns.

Kept in one place so a rule reads as a sentence ("a speech verb after a name") and the lists can grow
without touching the rules. Everything is lower-case unless said otherwise.
"""

from __future__ import annotations

#: Verbs that report speech or writing, in the forms news prose uses.
SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds argued argues warned warns noted notes wrote writes believes believe
    believed claimed claims stressed stresses insisted insists suggested suggests explained explains predicted
    predicts estimated estimates acknowledged acknowledges cautioned cautions contended contends maintained
    maintains emphasized emphasizes emphasised emphasises mentioned mentions announced announces revealed
    conceded concedes admitted admits agreed agrees observed observes recalled recalls asserted asserts
    declared declares stated states countered counters complained complains confirmed confirms denied denies
    responded responds replied replies asked asks urged urges thinks expects expected hopes
    concluded concludes testified tweeted posted reported reports forecast forecasts projected projects
    remarked remarks acknowledged explained argued pointed
    informed informs opined opines alleged alleges demanded demands reckoned reckons
    disclosed discloses assured assures shouted began joked jokes quipped quips grinned laughed smiled
    lamented laments read reads deponed depones posed poses directed directs
    """.split()
) | {"points out"}  # "Pell points out that …", never "she points up at it"

#: Speech verbs as participles, whose subject is the sentence's: "Feld was more critical, arguing that …".
PARTICIPLES = frozenset(
    """
    saying adding arguing noting warning insisting stressing explaining claiming suggesting predicting
    acknowledging conceding contending maintaining asserting declaring telling writing
    """.split()
)
#: Participles that need a "that" clause (or a quotation) to carry content.
THAT_ONLY_PARTICIPLES = PARTICIPLES - {"saying", "adding", "arguing", "warning", "insisting", "telling"}

#: Speech verbs that need a "that" clause (or a quotation) to carry content: "announced that …".
THAT_ONLY_VERBS = (
    frozenset(
        """
    announced announces revealed confirmed confirms reported reports predicted predicts estimated estimates
    expects expected hopes recalled recalls denied denies agreed agrees conceded concedes admitted admits
    acknowledged acknowledges testified concluded concludes forecast forecasts projected projects asked asks
    urged urges pointed informed informs alleged alleges demanded demands declared declares
    disclosed discloses assured assures shouted began joked jokes quipped quips grinned laughed smiled
    lamented laments read reads posted posts deponed depones posed poses directed directs
    """.split()
    )
    | THAT_ONLY_PARTICIPLES
)

#: Verbs after which a quotation may follow without "that" ("called the plan “a gamble”").
NAMING_VERBS = frozenset(
    "called calls described describes dubbed labelled labeled termed calling describing dubbing labelling "
    "dismissed dismisses branded brands accused accuses faulted faults praised praises blamed blames criticised "
    "criticized criticises criticizes".split()
)

#: Abbreviated titles and ranks written before a name (compared without the dot).
TITLE_ABBREVIATIONS = frozenset(
    "dr prof maj gen sen capt col lt sgt adm gov rep mr mrs ms mx rev cmdr amb pres brig cpl pvt hon fr sr".split()
)

#: Capitalised words that form a title before a name ("Foreign Minister Wang Yi", "President Ana Ruiz").
TITLE_WORDS = frozenset(
    """
    president vice prime minister foreign defense defence finance interior deputy secretary chancellor senator
    governor mayor judge justice general colonel major captain lieutenant sergeant admiral commander professor
    ambassador chairman chairwoman chair chief executive director spokesman spokeswoman spokesperson pope king
    queen prince princess sheikh premier representative congressman congresswoman councillor councilor
    commissioner envoy inspector detective officer doctor dr economist analyst senior adviser advisor
    magistrate attorney prosecutor assistant coach manager superintendent sheriff constable det garda insp supt
    cllr councillor advocate engr hon mr mrs ms miss mx mep mp msp mla td legislator lawmaker speaker sir dame lord
    baroness baron rev revd canon rabbi imam archbishop bishop leader ombudsman member permanent acting interim
    """.split()
)

#: Lower-case nouns that say what a person does, written just before their name ("Castleford manager Marco
#: Ferrante", "defence lawyer Ana Goldfarb"): a capitalised name after one of them is a person's.
ROLE_NOUNS = frozenset(
    """
    manager coach captain striker winger midfielder goalkeeper defender player lawyer attorney prosecutor judge
    magistrate counsel scientist analyst economist researcher professor expert engineer official spokesperson
    spokesman spokeswoman director minister secretary chairman chairwoman chief executive founder owner resident
    farmer teacher student nurse doctor physician surgeon officer sergeant detective inspector commander general
    colonel lieutenant admiral senator governor mayor premier president adviser advisor consultant editor author
    historian photographer witness neighbour neighbor survivor mother father son daughter wife husband sister
    brother breeder fisherman campaigner activist organiser organizer volunteer lecturer epidemiologist
    virologist physicist chemist biologist geologist meteorologist forecaster trader banker investor partner
    ceo cfo coo cto co-author coauthor agent broker midfielder forward winger centre-back defender goalkeeper
    coroner paramedic firefighter councillor councilor commissioner superintendent constable chancellor principal
    headteacher pastor priest bishop ambassador envoy negotiator speaker boss grandson granddaughter grandfather
    grandmother widow widower niece nephew cousin uncle aunt legislator lawmaker
    """.split()
)

#: Role nouns that refer back to the person the article gave that role or title ("the coroner said" after "area
#: coroner Rachel Hensley"); the registry answers only where exactly one such person fits, most recently seen.
PERSON_ANAPHORS = ROLE_NOUNS - {"chief", "executive", "partner", "general"}

#: Whom something is told, besides outlets and named people: "told the inquest the group had been swimming",
#: "told a news conference the talks had stalled".
AUDIENCE_NOUNS = frozenset(
    """
    court inquest hearing jury committee tribunal panel inquiry meeting conference briefing summit assembly
    parliament senate congress crowd audience delegates lawmakers legislators MPs senators analysts investors
    shareholders students residents supporters fans colleagues staff members council board radio television
    broadcaster podcast newspaper magazine website
    """.split()
)

#: Lower-case particles inside names: van der Berg, de la Cruz, bin Salman.
NAME_PARTICLES = frozenset(
    "van von der den de la le du da di del della dela des dos das bin ibn al el ter ten y zu af av "
    "ní nic ó uí ua".split()
)

#: Family names that come first in Chinese and Korean order ("Wang Yi" is Mr Wang).
EAST_ASIAN_SURNAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang han
    cao deng feng xiao cheng cai peng pan yuan yu dong su ye lu wei jiang tian du ding shen fan fu zhong dai cui
    ren liao yao fang jin qiu xia tan shi zou xiong meng qin bai yan xue hou lei long duan hao kong shao mao wan
    gu lai kang yin qian niu hong gong kim park choi jung cho yoon jang lim moon shin kwon hwang ahn song
    """.split()
)

#: News outlets and agencies: never the speaker of what they were told ("told Reuters"). Multi-word names joined by _.
OUTLETS = frozenset(
    name.replace("_", " ")
    for name in """
    reuters ap afp voa bbc cnn nbc abc cbs npr pbs xinhua tass bloomberg nature science axios politico
    associated_press agence_france-presse voice_of_america new_york_times washington_post wall_street_journal
    financial_times guardian economist al_jazeera defense_news defence_news times telegraph der_spiegel le_monde
    nikkei kyodo yonhap fox_news sky_news the_hill atlantic independent south_china_morning_post global_times
    people’s_daily people's_daily interfax ria_novosti dpa ansa efe cnbc msnbc usa_today the_verge wired
    """.split()
)

#: Broadcasters whose name opens the name of one of their services or editions: "BBC Scotland", "CBC News Network".
OUTLET_HEADS = frozenset("bbc cnn nbc abc cbs npr pbs voa cnbc msnbc itv rte rté cbc sbs tvnz rnz reuters".split())
#: The last word of a news service's name: "Sky Sports News", "ABC Radio", "TVB Television".
MEDIA_WORDS = frozenset("news radio television tv".split())

#: Places: a country or city is not a speaker even where news prose lets it "say" things.
PLACES = frozenset(
    name.replace("_", " ")
    for name in """
    china beijing russia moscow washington america united_states u.s. us usa u.k. uk britain london europe
    asia africa japan tokyo india delhi new_delhi france paris germany berlin italy rome spain madrid canada
    ottawa mexico brazil iran tehran iraq baghdad israel jerusalem gaza ukraine kyiv kiev taiwan taipei korea
    seoul pyongyang north_korea south_korea australia canberra brussels geneva vienna turkey ankara syria
    damascus egypt cairo saudi_arabia riyadh pakistan islamabad afghanistan kabul vietnam hanoi indonesia
    jakarta philippines manila singapore hong_kong shanghai netherlands amsterdam the_hague
    poland warsaw sweden stockholm norway oslo denmark copenhagen finland helsinki switzerland zurich
    nigeria lagos kenya nairobi ethiopia south_africa argentina chile colombia peru venezuela cuba
    mars earth moon st._petersburg new_york california texas florida virginia maryland d.c. washington,_d.c.
    west east south north middle_east
    albania algeria andorra angola antigua armenia austria azerbaijan bahamas bahrain bangladesh barbados belarus
    belgium belize benin bhutan bolivia bosnia botswana brunei bulgaria burkina_faso burundi cambodia cameroon
    cape_verde comoros congo costa_rica croatia cyprus czechia czech_republic djibouti dominica ecuador
    el_salvador eritrea estonia eswatini fiji gabon gambia ghana greece grenada guatemala guinea guyana
    haiti honduras hungary iceland ireland jamaica kazakhstan kiribati kosovo kuwait kyrgyzstan laos latvia
    lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
    mauritania mauritius moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
    new_zealand nicaragua niger north_macedonia oman palau palestine panama papua_new_guinea paraguay portugal qatar
    romania rwanda samoa san_marino senegal serbia seychelles sierra_leone slovakia slovenia somalia sri_lanka sudan
    south_sudan suriname tajikistan tanzania thailand bangkok togo tonga trinidad tunisia turkmenistan tuvalu uganda
    united_arab_emirates uae uruguay uzbekistan vanuatu vatican yemen zambia zimbabwe scotland wales england
    northern_ireland greenland catalonia crimea donbas kashmir tibet xinjiang hawaii alaska
    muscat doha dubai abu_dhabi amman beirut sanaa aden tripoli tunis algiers rabat casablanca dakar accra abuja
    addis_ababa khartoum kampala kigali dar_es_salaam kinshasa luanda harare lusaka johannesburg cape_town
    pretoria dhaka kathmandu colombo karachi lahore mumbai kolkata chennai bangalore bengaluru hyderabad
    kuala_lumpur phnom_penh vientiane yangon naypyidaw ho_chi_minh_city osaka kyoto busan shenzhen guangzhou
    chongqing wuhan hangzhou nanjing tianjin macau ulaanbaatar astana almaty tashkent baku tbilisi yerevan
    minsk vilnius riga tallinn bucharest sofia belgrade zagreb ljubljana bratislava budapest prague athens lisbon
    dublin edinburgh cardiff belfast milan naples barcelona munich frankfurt hamburg lyon marseille brussels
    antwerp rotterdam oslo reykjavik havana caracas bogota lima quito santiago buenos_aires montevideo
    brasilia sao_paulo rio_de_janeiro mexico_city toronto montreal vancouver sydney melbourne auckland
    wellington perth brisbane chicago boston seattle houston atlanta miami detroit philadelphia los_angeles
    san_francisco
    alabama arizona arkansas colorado connecticut delaware georgia idaho illinois indiana iowa kansas kentucky
    louisiana maine massachusetts michigan minnesota mississippi missouri montana nebraska nevada new_hampshire
    new_jersey new_mexico north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island
    south_carolina south_dakota tennessee utah vermont west_virginia wisconsin wyoming puerto_rico
    ontario quebec british_columbia alberta manitoba saskatchewan nova_scotia new_brunswick newfoundland yukon
    nunavut queensland tasmania new_south_wales western_australia south_australia northern_territory
    bavaria flanders wallonia lombardy sicily sardinia andalusia galicia brittany normandy provence
    """.split()
)

#: Common nouns that name a kind of source, never a speaker by themselves ("the aide said").
COMMON_SOURCES = frozenset(
    """
    aide aides expert experts analyst analysts official officials report reports study studies story stories
    article survey poll statement document documents source sources observer observers critic critics
    people residents witness witnesses researcher researchers scientist scientists economist economists
    investor investors diplomat diplomats lawmaker lawmakers leader leaders authorities authority police
    spokesperson spokesman spokeswoman representative representatives person man woman group groups
    some others many several few most member members officer officers data figures paper papers letter
    email tweet post blog memo commentary editorial op-ed outlets media newspaper newspapers
    growers farmers workers employers teachers parents doctors nurses patients students fans supporters voters
    shoppers drivers passengers families locals neighbours neighbors activists campaigners protesters opponents
    proponents advocates traders bankers executives producers retailers manufacturers companies firms
    """.split()
)

#: Nouns that refer back to an organisation named earlier ("the company said in a statement").
ORG_ANAPHORS = frozenset(
    """
    company firm ministry agency department government administration bank fund institute university council
    commission office association foundation authority organization organisation union party committee
    federation group court parliament embassy center centre society board regulator army navy force
    carmaker automaker drugmaker insurer lender airline retailer startup operator manufacturer guard chipmaker
    supplier developer producer carrier utility broadcaster publisher club charity hospital school municipality
    league consortium alliance coalition nonprofit trust network watchdog diocese church parish service
    """.split()
)

#: Last words of organisations that are institutions, not firms: "the company" never means one.
INSTITUTION_HEADS = frozenset(
    """
    academy school college university police constabulary council ministry department government hospital clinic
    church diocese parish court tribunal parliament senate congress embassy army navy force service authority
    commission committee museum observatory
    """.split()
)

#: Anaphors that may refer back to any firm, whatever its name ("Nordvik Shipping …, the company said").
GENERIC_ORG_NOUNS = frozenset(
    """
    company firm group carmaker automaker drugmaker insurer lender airline retailer startup operator manufacturer
    chipmaker supplier developer producer carrier business conglomerate club
    """.split()
)

#: Words that, ending a capitalised run, make it an organisation rather than a person.
ORG_HEADS = frozenset(
    """
    inc inc. corp corp. corporation company co co. ltd ltd. llc plc group bank fund institute university
    council commission department office administration association foundation authority organization
    organisation union party committee federation laboratories labs systems technologies holdings airlines
    motors pharmaceuticals energy agency service force army navy court parliament congress senate embassy
    programme program center centre society ministry board academy alliance coalition network institution
    observatory museum police bureau trust partners capital industries electronics networks kremlin
    pentagon house secretariat college school guard semiconductors semiconductor pharma therapeutics biotech chamber
    survey securities government
    solutions software media aerospace robotics dynamics instruments materials resources mining oil gas petroleum
    steel chemicals foods brands insurance logistics shipping telecom communications airways railways studios
    entertainment ventures analytics ag sa nv gmbh se asa ab bv llp ministry agency line lines services
    utilities inspectorate directorate regulator watchdog tribunal fc rovers athletic hospital clinic charity
    homes developments properties estates construction builders airways municipality consortium cooperative community
    league metals metering diocese archdiocese church parish
    """.split()
)

#: Words that head a title of a work or document: what follows in quotation marks is a title, not speech.
WORK_NOUNS = frozenset(
    """
    report book film movie song album article story paper study titled entitled headlined headline series
    show program programme documentary novel play poem essay column campaign initiative operation project
    exhibition slogan motto hashtag autobiography memoir memoirs biography textbook anthology podcast newsletter
    blog website musical opera painting sculpture
    """.split()
)

#: Words that mark a quotation as scare quotes.
SCARE_MARKERS = frozenset(
    {"so-called", "so called", "dubbed", "termed", "branded", "nicknamed", "known as"}
    # what a sign says is no one's quotation: "placards reading “Modernisasyon, hindi pagpatay sa kabuhayan”"
    | {f"{sign} reading" for sign in "sign signs placard placards banner banners t-shirts shirts slogan".split()}
)

#: Capitalised words that start sentences and are never names.
NON_NAME_WORDS = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your but and or so yet
    however meanwhile still also then when while after before since although though if as in on at for by
    with from of to into about over under what who why how where which there here regardless nonetheless
    unfortunately moreover furthermore instead indeed yes no not many some several few most according
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tomorrow last next first second third
    mr mrs ms dr prof one two three four five six seven eight nine ten another others each both every all former
    """.split()
)

MONTHS = "january february march april may june july august september october november december".split()

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers"})

#: Given names that say a person's gender in nearly every use, so "she" after "Tomasz Wierzbicki" looks past him.
#: Only names with a clear majority use are listed; anyone else's gender is read from titles and pronouns.
GIVEN_NAMES_MALE = frozenset(
    """
    aaron adam adrian ahmed alan albert alejandro alexander ali andrew andrzej angelo anthony antonio arjun arthur
    ben benjamin bernard bill bob brian bruce callum carl carlos charles chris christian christopher colin connor
    craig daniel darren david dennis derek dmitri donald douglas duncan edward eduardo emeka eric erik evan felipe
    fernando francesco francis frank fred gareth gary geoffrey george gerald graham gregory hamza hans harold harry
    henry hugh ian ibrahim ivan jack jacob jakub james jamie jason javier jeffrey jeremy jim joe johan john jonathan
    jorge jose joseph juan julian karl keith kenneth kevin kofi krzysztof kwame lars lee leon liam louis luca luis
    luke marco marcus mark martin matthew maurice michael miguel mohamed mohammed muhammad nathan neil nicholas
    nigel oliver omar oscar owen pablo patrick paul pedro peter philip piotr rafael rahul rajesh ralph raymond
    richard robert roberto rodrigo roger ronald ross russell ryan samuel scott sean sergei simon stanislaw stefan
    stephen steven stuart sunil thabo themba thomas timothy tom tomas tomasz tony trevor victor vikram vincent
    vladimir walter wayne william yusuf
    abdul alfie alistair andy archie barry billy brendan calvin cameron charlie clive dale danny dave declan dylan
    eamon eddie elijah ethan finn gavin glen gordon grant greg harvey howard isaac jake jared jay jesse joel jordan
    josh joshua ken kenny kieran kyle lewis logan malcolm mason max mike mitchell neville noah norman patrick phil
    reggie rhys rob robbie ron rory roy sam seth shane shaun sid stan ted terry theo tim toby travis tyler vernon
    vic warren wes will zach
    """.split()
)
GIVEN_NAMES_FEMALE = frozenset(
    """
    abigail adaeze agnes aisha alice alison amanda amy ana andrea angela anna anne annette barbara beatriz brenda
    carla carmen caroline catherine charlotte chloe christine claire clara daniela deborah denise diana donna
    dorothy elena elizabeth ellen emily emma eva fatima fiona francesca gabriela grace hannah heather helen helena
    ifeoma ingrid irene isabel jane janet jennifer jessica joan joanne joyce judith julia julie karen katarzyna
    kate katherine kathleen kelly kelsey laura lauren linda lisa lucy lydia magdalena margaret maria marie marisol
    martha mary megan melissa michelle monica nadia nancy natalia natasha nicola nomvula olga olivia patricia
    paula pauline priya rachel rebecca rosa ruth sandra sara sarah sharon sofia sophie stephanie susan tamara
    teresa theresa valentina valerie victoria wendy yvonne zanele zoe
    abby alexandra alicia amber amelia ann annie ava beth bethany bridget carol caitlin cathy charlene cheryl
    christina cindy colleen courtney dana danielle dawn debbie eileen eleanor ella ellie erin esther evelyn faye
    georgia gemma gillian gina gloria harriet hazel holly imogen isla jackie jacqueline jade jasmine jean jenny jill
    jo josephine kathryn katie kayla keira kirsty leah leanne lily lindsay lorraine louise lynn madeleine maggie
    mandy maureen maya melanie mia mildred millie miriam molly naomi nina nora norma paige peggy penny phoebe poppy
    rita rose rosie sally samantha shannon sheila shirley siobhan stacey tara tessa tina tracy vanessa vera vivian
    """.split()
)

#: Given names of either gender.
KNOWN_GIVEN_NAMES = GIVEN_NAMES_MALE | GIVEN_NAMES_FEMALE

#: Relatives, whom an aside may name by a first name alone ("His wife, Carla, …"), and the gender each gives.
FEMALE_KIN = frozenset("wife mother daughter sister widow grandmother granddaughter niece aunt".split())
MALE_KIN = frozenset("husband father son brother widower grandfather grandson nephew uncle".split())
KIN_NOUNS = FEMALE_KIN | MALE_KIN | {"partner", "cousin"}

#: The Irish police (An Garda Síochána), however written: one speaker, "Gardaí".
IRISH_POLICE = frozenset({"garda", "gardaí", "gardai", "garda síochána", "an garda síochána"})
