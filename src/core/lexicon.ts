// Word lists the attribution code classifies noun phrases with. Lower-case; plain Sets for O(1)
// look-ups.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Unnamed plural people: source kind "group". */
export const GROUP_HEADS = set(`
officials analysts experts critics observers residents witnesses economists researchers scientists
actuaries hydrologists geologists assessors valuers appraisers modellers
governors mayors councillors councilmembers congressmen congresswomen judges justices generals officers
spokesmen spokeswomen spokespeople defence defense prosecution
investigators prosecutors lawmakers legislators senators representatives democrats republicans
conservatives liberals progressives activists advocates supporters opponents protesters protestors
voters aides advisers advisors diplomats commanders soldiers troops doctors nurses physicians
authorities leaders members ministers lawyers attorneys historians scholars academics strategists
pollsters insiders people families parents teachers students workers employees executives investors
traders farmers locals villagers survivors victims rescuers firefighters medics police regulators
inspectors monitors campaigners environmentalists organizers organisers participants fans players
coaches judges justices jurors rebels militants insurgents separatists allies partners others
specialists epidemiologists virologists engineers economists forecasters meteorologists agents
detectives officers spokespeople spokesmen spokeswomen representatives negotiators mediators
residents citizens Ukrainians Russians Americans Israelis Palestinians consumers shoppers users
customers patients clinicians researchers skeptics sceptics proponents backers detractors
commentators pundits columnists journalists reporters correspondents editors broadcasters sources
plaintiffs defendants claimants petitioners litigants complainants homeowners
depositors shareholders bondholders retirees pensioners commuters passengers
clerks staffers managers supervisors wardens drivers pilots midwives surgeons paramedics technicians contractors tenants landlords owners operators dealers buyers sellers growers miners dockers
campaigners unions groups agencies governments countries nations states companies firms banks
activists staffers staff personnel administrators managers owners landlords tenants scientists
astronomers biologists physicists chemists psychologists sociologists demographers statisticians
accountants auditors bankers lenders analysts surveyors inspectors watchdogs republicans democrats
authors co-authors men women neighbours neighbors relatives colleagues friends mourners
associations organizations organisations charities
examiners underwriters wholesalers retailers manufacturers exporters importers developers builders brokers planners
reviewers scrutineers canvassers enumerators testers referees umpires stewards consultants suppliers vendors distributors
producers processors shippers truckers trustees directors registrars coroners pathologists toxicologists architects
modelers lobbyists donors fundraisers fund-raisers treasurers comptrollers bookkeepers
`);

/** Unnamed singular or plural people that stand for anonymous sourcing. */
export const ANON_HEADS = set(`source sources insider insiders person people official officials aide aides
diplomat diplomats`);

/** Singular people named by role: "the spokesman", "a senior official". */
export const PERSON_ROLE_HEADS = set(`
spokesman spokeswoman spokesperson minister president senator official secretary director chief head
chairman chairwoman chair ceo governor mayor lawyer attorney prosecutor judge justice professor
economist analyst expert researcher scientist doctor physician nurse author journalist reporter
correspondent editor commander general officer aide adviser advisor ambassador envoy diplomat leader
candidate representative congressman congresswoman lawmaker legislator founder owner manager coach
player witness resident victim survivor mother father woman man neighbor neighbour friend teacher
student worker employee executive investor activist advocate critic observer historian scholar
strategist pollster consultant negotiator mediator inspector investigator detective sheriff chancellor
staffer constable dentist scout referee umpire pupil
premier king queen prince princess pope bishop priest imam rabbi soldier veteran farmer owner
lieutenant colonel captain sergeant admiral marshal commissioner superintendent administrator
nominee appointee incumbent challenger contender clerk treasurer auditor comptroller
trustee counsel solicitor barrister defendant plaintiff suspect accused juror clerk auditor
clinician technician paediatrician pediatrician surgeon midwife paramedic
pharmacist librarian electrician driver pilot firefighter organiser organizer campaigner
epidemiologist virologist engineer specialist expert meteorologist forecaster statistician
economist banker trader broker regulator supervisor warden principal dean provost president-elect
lecturer councillor councilman councilwoman member manager boss midfielder striker goalkeeper captain
chief-executive executive ombudsman ombudsperson coroner registrar magistrate
adjuster appraiser assessor underwriter actuary accountant agent dispatcher planner operator contractor
mechanic machinist welder carpenter plumber miner rancher grower fisherman cashier landlord tenant
homeowner shopkeeper merchant retailer vendor volunteer protester demonstrator voter shareholder
depositor customer passenger commuter patient parent coordinator producer publisher architect surveyor
geologist biologist chemist physicist psychologist psychiatrist therapist counselor counsellor
caseworker guard ranger steward attendant nanny carer caregiver
`);

/** Publications: named, they are organizations ("the trade newsletter Thrift Watch"). */
export const PUBLICATION_HEADS = set(`newspaper newsletter magazine journal tabloid daily weekly website blog broadcaster
outlet publication paper`);

/** Organisations referred to by a common noun: "the company", "the ministry". */
export const ORG_HEADS = set(`
company firm ministry department agency government administration campaign committee group
organization organisation bank court union party council board commission network newspaper paper
outlet publication university institute hospital school district city state country club team league
military army navy police office bureau service watchdog regulator charity foundation center centre
lab laboratory startup airline carrier retailer automaker carmaker insurer manufacturer developer
platform operator utility industry lobby force scorekeeper province region kremlin pentagon embassy consulate parliament congress
senate legislature cabinet coalition alliance federation association authority authorities
directorate secretariat inspectorate mission monitor observatory think-tank tank broadcaster station channel
magazine journal website site exchange fund firm conglomerate giant maker producer supplier
manufacturer chain brand studio publisher label prosecutor's prosecutors' office
app lender distributor wholesaler refiner shipper exporter importer contractor
guild caucus chamber syndicate cooperative consortium society trust academy agency union college
television radio tv subcommittee project airport port prison museum library division
collaboration consultancy forum
`);

/** A common noun that names an organisation or a publication ("the trade newsletter Thrift Watch"). */
export function namesOrganisation(word: string): boolean {
  return ORG_HEADS.has(word) || PUBLICATION_HEADS.has(word);
}

/** A party member's label: "the Pennsylvania Democrat", "Sen. Lindgren, Democrat of Minnesota". */
export const PARTY_NAME = /^(?:Democrat|Republican|Independent)$/;

/** Documents and data: source kind "document" (or the author's kind when one is named). */
export const DOC_HEADS = set(`
report reports study studies survey surveys poll polls polling data analysis analyses statement statements
records record documents document figures statistics stats estimates estimate assessment assessments
review audit memo memos letter letters filing filings complaint indictment lawsuit ruling research
readings draft drafts logs sheets results screenshots screenshot recordings recording
paper papers findings investigation census article articles book release transcript testimony
bulletin update tally count database model projections projection forecast forecasts index footage
images imagery video videos photos photographs accounts account evidence remarks comments comment
claims claim numbers number chart charts map maps table tables dossier brief briefing minutes
readout notice guidance order decision opinion verdict affidavit emails email messages message
post posts tweet tweets cable cables leak leaks intelligence reporting coverage media press
newsletter blog website summary note notes text texts interview interviews speech speeches advertisement advertisements ad ads commercial commercials mailer mailers flyer flyers leaflet leaflets brochure brochures posters signs placards
form forms registrations disclosures manifests inventories tallies citation citations manual manuals handbook handbooks guidelines rulebook orders search searches
rosters roster timesheets payslips invoices receipts ledgers spreadsheet spreadsheets samples tests returns literature pamphlet pamphlets documentary documentaries programme broadcast podcast film bid bids application submission submissions prospectus log logbook diary
memorandum memoranda breakdown breakdowns tabulation tabulations petition petitions copy copies contract contracts agreement offer materials schedule schedules timetable mapping plans accounting measurements check checks entry entries register registers manifest inventory invoice ledger payslip receipt rota rotas timesheet
`);

/** Words that start a subordinate clause or a new constituent: a noun phrase never spans them. */
export const NP_STOP = set(`
that which who whom whose when while as because if although though after before since until unless
and but or nor so yet than then where whether how why what once also however meanwhile still
is are was were be been being has have had do does did will would can could should may might must
shall not never n't no to
`);

/** Words a verb's subject is separated from it by ("has also said", "further highlighted"). */
export const PRE_VERB_SKIP = set(`
has have had also further previously repeatedly later then would will could may might did does do
is was were are been be just already recently publicly privately quickly only first again once now
initially officially explicitly openly earlier today yesterday separately too last reportedly
subsequently immediately simply flatly categorically strongly firmly emphatically consistently
specifically directly personally separately ultimately finally notably correctly falsely wrongly
frequently often long even in turn both all herself himself themselves itself alone independently
broadly largely partly partially fully generally roughly mostly
`);

export const DETERMINERS = set(`the a an this these that those his her their its our my your some many several
such other another any each every either neither both all most few no one two three four five six seven eight nine
ten dozens hundreds thousands numerous various certain top`);

/** Determiners and modifiers that make a following "-ed"/"-s" word a noun or adjective, not a verb. */
export const NOUN_LEFT = set(`the a an this these those his her their its our my your such other another
any each every no of in on for with by from at to into about over under than new recent earlier
previous similar latest initial official unofficial widely so-called alleged these own`);

export const PREPOSITIONS = set(`of for from by at with within in on inside among across near under over
around about between into via`);

export const PRONOUNS = set(`he she they it we i you`);

export const PERSON_TITLES = set(`mr mrs ms miss dr prof sen rep gov lt gen col maj capt sgt adm cmdr
councillor councilor councilman councilwoman alderman assemblyman assemblywoman delegate
president senator representative congressman congresswoman governor mayor minister secretary chancellor
premier judge justice chief general colonel major captain lieutenant admiral sergeant commander
ambassador director chairman chairwoman chair sir dame lord lady king queen prince princess pope
father sister brother rabbi imam bishop cardinal professor doctor deputy acting former ex-president
vice speaker leader attorney prosecutor sheriff commissioner inspector superintendent detective officer constable
spokesman spokeswoman spokesperson correspondent reporter analyst economist ceo cfo coo founder
st president-elect rev reverend msgr fr`);

export const MALE_TITLES = set("mr sir lord king prince father brother congressman chairman spokesman");
export const FEMALE_TITLES = set("mrs ms miss dame lady queen princess sister congresswoman chairwoman spokeswoman");

/** Words in an organisation's proper name. */
export const ORG_WORDS = set(`
ministry office department agency council committee commission bank company co corp corporation inc ltd llc
plc group association union university institute party court service bureau administration organization
organisation foundation center centre times post news journal press network army navy force forces police
government parliament congress senate house kremlin pentagon reuters bloomberg associated agence
federation alliance fund board authority authorities club fc league team school hospital clinic
church trust society coalition network channel tv radio broadcasting airlines airways motors systems
technologies labs laboratories capital partners holdings industries international global securities
exchange commission reserve treasury cabinet embassy assembly command guard guards directorate
statistics statistic statistical survey office nations un nato eu who cdc fbi cia nasa
workers employees local guild teamsters brotherhood services
guild guilds caucus chamber syndicate cooperative consortium partnership institution agencies unions councils associates analytics consultancy
brotherhood sisterhood federation confederation commissioners regents trustees academy observatory college
bancorp bancshares programme forum courant herald tribune gazette chronicle inquirer examiner dispatch networks brands solutions enterprises
bulletin unit division management athletics sporting logistics freight foods mining resources energy pharmaceuticals pharma construction
properties insurance finance financial utilities telecom communications airport ports railways water
therapeutics biosciences bioscience biotech biologics diagnostics medical health healthcare motors electronics semiconductor semiconductors software robotics aerospace shipping airways
buses coaches trains rail railway transit transport haulage couriers
`);

/** Capitalised words that are not names at the start of a sentence or anywhere. */
export const CAP_STOP = set(`the a an in on at for but and or however this that these those it he she they we i
his her their its our my as while when after before since if although though despite with without by from to
of according meanwhile still yet so also then some many most several other others both each every all no not
last next monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december there here what which who why how where one two three
four five six seven eight nine ten adding asked speaking during under over about earlier later today
yesterday tomorrow now just even only such another any because until unless whether instead among
amid nor nobody everybody everyone someone somebody anyone anybody nothing everything something`);

// A small list of common given names, to type a two-word capitalised run as a person and to
// guess a pronoun's gender. Not exhaustive: unknown names are still people when titled or referred to.
export const FEMALE_NAMES = set(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary kamala nancy
elise marjorie lauren alexandria ilhan rashida ayanna tulsi kirsten amy elizabeth susan lisa nikki
kristi sarah gretchen kathy karine jen jill melania ivanka condoleezza madeleine ursula angela theresa
jacinda giorgia marine liz kemi yvette priti suella olena yulia svetlana natalia olga irina tatiana
elena anastasia ekaterina ludmila lyudmila galina larisa marina valentina annalena christine sanna
mette magdalena claudia ana sofia lucia carmen isabel pilar leticia fatima aisha amina layla
mariam noor priya anjali sunita indira deepa meera yuki keiko mei ling hui xin jing aung suu
ananya miriam alicia shannon janet paula erin rosa ruth svitlana linda danielle laura lena margaret
elaine kate katie molly chloe zoe ella grace lily mia ava amelia harper evelyn abby leah naomi tara
nina rita vera eva clara ingrid astrid freya hanna helga greta sabine petra monika agnieszka katarzyna
joanna ewa oksana iryna halyna nadia yasmin zainab fatma leila sara dana beth meg jenna tess lucy
lauren brooke paige shelby whitney courtney kristen kristin erica erika monica veronica dolores
marta francesca giulia chiara paola simone noemi ines beatriz adriana gabriela mariana valeria
camila daniela fernanda renata ximena lorena patricia gwen bridget siobhan aoife niamh maeve orla
marian gillian jillian vivian lillian vivienne doreen maureen colleen eileen noreen arlene darlene
charlene marlene irene
`);

export const MALE_NAMES = set(`
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
ralph eugene russell bobby mason philip louis barack joe mitch chuck ted marco rand lindsey mike kevin
bernie pete hakeem jd vance ron greg gavin rick kris jim tim tom bill dick newt al hunter beto cory
elon jeff mark sundar tim satya vladimir volodymyr sergei sergey dmitry dmitri valery valeriy oleksandr
oleksiy andriy andrii mykhailo yevgeny yevgeniy alexei alexey nikolai igor ivan viktor boris mikhail
yuri vitali vitaliy petro denys kyrylo rustem emmanuel olaf friedrich boris keir rishi benjamin
benny bibi yoav naftali isaac recep xi li wang narendra rahul imran shehbaz mohammed muhammad ahmed ali
hassan hussein omar khalid abdullah salman recep ebrahim hamid abbas ismail yahya christoph hans klaus
wolfgang jurgen gerhard helmut pierre jean francois jacques nicolas luis carlos javier pedro miguel
jorge manuel antonio giuseppe giorgio mario luigi matteo andrzej jaroslaw lech donald viktor
graham erik kieran leonard marcus owen harlan trent luis doug gerald daniel bradley howard edward
pieter ihor oleh maksym mark jack victor thomas grant aaron matthias tiago jan lars sven bjorn nils
olav anders magnus henrik johan karl fritz dieter stefan tobias lukas florian moritz jonas felix
niklas sebastian mateusz piotr tomasz pawel krzysztof marek grzegorz taras bohdan yaroslav roman
vasyl mykola serhiy serhii dmytro volodymyr ruslan artem anton pavel maxim nikita kirill arjun
rohan vikram sanjay rajesh amit anil sunil ravi hiroshi kenji takeshi haruki wei jun hao chen kwame
kofi chinedu emeka oluwaseun tunde jamal malik darnell tyrone dwayne lamar andre marquis deshawn
cody chase colton hunter wyatt brett trevor derek travis shane clint dale curtis glenn neil craig
julian adrian damian fabian dorian lucian kristian duncan evan
stuart ian alastair hamish callum angus rory declan liam sean seamus conor cian eoin padraig fergus
`);

/** Countries, capitals and regions that speak as institutions ("Russia said", "Washington warned"). */
export const PLACE_NAMES = set(`
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
bolivia bosnia brazil britain bulgaria cambodia cameroon canada chad chile china colombia congo croatia cuba
cyprus czechia denmark ecuador egypt eritrea estonia ethiopia europe finland france gaza georgia germany ghana
greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan
kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg madagascar malaysia mali mexico
moldova mongolia montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman
pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda serbia singapore
slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda
ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe america
washington moscow kyiv kiev beijing london paris berlin brussels tehran jerusalem damascus baghdad kabul ankara
cairo riyadh doha tokyo seoul pyongyang taipei delhi islamabad minsk warsaw rome madrid ottawa canberra
pretoria nairobi khartoum tripoli beirut amman havana caracas brasilia
`);

// Participles that do not end in -ed/-en: "The documentary, broadcast by Kanal West on Sunday, alleged"
export const IRREGULAR_PARTICIPLES = new Set(["broadcast", "set", "put", "run", "held", "led", "made", "paid", "sold", "sent", "built", "kept", "left", "found", "brought", "bought", "won", "spent", "lost", "cut", "read", "shot", "hit", "told", "thought", "caught", "taught"]);
