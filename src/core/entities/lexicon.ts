/**
 * Small word lists the recogniser reasons with. All folded (lowercase, no diacritics).
 * They describe English news prose in general; no list names a particular entity.
 */
const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Lowercase words allowed inside a name ("Daughters of the American Revolution", "Abu al-Hassan"). */
export const CONNECTORS = set(
  'of the for and de del della des du da di la le von van der den y e al el bin ibn upon',
);

/** Head words that make a name a group. */
export const GROUP_HEADS = set(`
ministry ministries party parties union unions office front army armies council agency agencies committee bank banks
university college school schools academy institute institution association organisation organization corporation
company companies co inc ltd llc plc group foundation society league federation commission court courts parliament
congress assembly senate department bureau service services force forces navy police guard guards brigade brigades
movement alliance coalition network news times post herald journal press tribune gazette telegraph chronicle club
team fc church library libraries board authority administration government directorate secretariat fund trust
exchange airlines airways records studios labs laboratory laboratories systems technologies industries holdings
partners mission command corps regiment division battalion cabinet tribunal initiative organisations organizations
structure unit police agency federation confederation institutes foundation council commonwealth
magazine review broadcasting broadcaster radio television tv channel agency clinic clinics orchestra
band choir ensemble caucus daughters sons knights friends brothers sisters junta militia rebels brotherhood universiteit universitat universite universidad
universita universidade hochschule bibliotheek bibliotheque biblioteca ministerio ministere partei parti partido bulletin daily observer courier examiner inquirer recorder dispatch
media publishing entertainment communications ventures pharmaceuticals motors energy pictures films
software networks solutions brands foods petroleum mining telecom investments
monitor
`);

/** Head words of events, works and periods: such names are neither groups nor places. */
export const OTHER_HEADS = set(`
war wars revolution olympics games cup championship championships festival award awards prize day week act treaty
agreement accord crisis summit election elections battle siege era age ages period dynasty prize trophy tournament
series show film novel album song study survey report index program programme project plan
`);

/** Head words that make a name a place. */
export const PLACE_HEADS = set(`
river rivers lake lakes mountain mountains mount mt island islands isle isles bay sea ocean gulf strait straits valley
desert camp province provinces county state states city town village district region street st avenue ave road rd
square park bridge airport station beach coast peninsula canyon falls hill hills forest plateau harbour harbor port
cape tunnel tube highway boulevard plaza temple cathedral palace castle tower stadium arena building territory
territories prefecture oblast governorate municipality borough quarter neighbourhood neighborhood market lane drive
kingdom republic emirate emirates sultanate channel creek glacier reef basin delta canal dam peak heights
museum centre center hall hotel hospital mosque synagogue lodge theatre theater gallery towers zoo gardens
cemetery archipelago trail expressway turnpike freeway motorway parkway blvd terrace reserve monastery abbey chapel
pier wharf quay mall plains prairie highlands lowlands shelf atoll lagoon fjord marsh moor heath
`);

/** Words that open a place name ("Mount X", "Lake X", "Gulf of X"). */
export const PLACE_OPENERS = set(
  'mount mt lake gulf bay cape isle port fort lake sierra rio san santa saint sao',
);

/** Titles, roles and honorifics: the capitalised words after them are a person's name. */
export const TITLES = set(`
mr mrs ms miss mx dr prof professor sir dame lord lady president minister prime secretary senator sen rep
representative congressman congresswoman governor gov mayor king queen prince princess emperor empress pope general
gen colonel col captain capt lieutenant lt sergeant sgt admiral commander judge justice chairman chairwoman
chairperson director ceo chancellor ambassador spokesman spokeswoman spokesperson archbishop bishop rev reverend
father sister brother sheikh ayatollah imam rabbi cardinal coach premier councillor councilor deputy vice chief
officer inspector detective superintendent constable major marshal private corporal dean rector president-elect
earl duke duchess baron baroness marquess marquis viscount viscountess countess
`);

/** Lowercase titles that also introduce a person ("minister Bledi Cuci", "spokesman Ali Safavi"). */
export const ROLE_NOUNS = set(`
spokesman spokeswoman spokesperson minister president leader chairman director founder official officer analyst
author writer professor researcher scientist journalist reporter editor lawyer attorney judge doctor colonel general
man woman boy girl son daughter wife husband mother brother sister friend widow child poet painter politician
commander member secretary governor mayor senator ambassador adviser advisor actor actress singer player coach manager
`);

/** Capitalised words that are never names by themselves. */
export const NEVER = set(`
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday i i'm i've i'd i'll mr mrs ms dr prof ok okay am pm ad bc bce ce tv iq ceo gdp dna
phd ph.d hiv aids pdf faq ps etc vs
`);

/** Frequent sentence openers; a capitalised one of these is an ordinary word, not a name. */
export const COMMON = set(`
the a an in on at this that these those it its he she they we you i his her their our my your but and or however
after before when while if as for from with by to of there here some many most all one two three four five six seven
eight nine ten no not yes what why how where who whom which also then since although though because during until
according despite meanwhile today yesterday tomorrow last next first second third other another each every both such
only even still yet so thus hence again once now later earlier instead indeed perhaps maybe almost about above below
between into over under up down out off near around through across against among within without along via per
would could should will can may might must shall do does did is are was were be been being have has had let lets
please thank thanks well oh mr chapter section table figure introduction conclusion abstract results discussion
methods background summary contents references notes see also get go see take make use many much more less few
several any none nothing something everything anyone someone everyone new old good great big small early late
`);

/** Words that stay lowercase in a name but signal a group when they follow it ("the MEK group"). */
export const GROUP_NOUNS = set(`
group organisation organization party movement agency company firm body militia faction ministry government union
alliance coalition network team club council committee newspaper paper channel broadcaster university college school
charity foundation organization ngo association society institute agency regulator watchdog insurgents rebels
`);

/** Lowercase nouns that follow a place name ("Manze town", "the Ashraf camp"). */
export const PLACE_NOUNS = set(`
town city village country region province state capital island area district camp municipality county border coast
river valley neighbourhood neighborhood suburb towns cities villages countries regions provinces states islands
districts rivers valleys lake lakes mountains beaches suburbs neighbourhoods neighborhoods
`);

/** Common English given names: a capitalised name that opens with one is a person. */
export const FIRST_NAMES = set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda
elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle
carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris
marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori ali mohammed
muhammad ahmed ahmad hassan hussein omar mahmoud ibrahim youssef yusuf abdul abdullah hamid reza mehdi said karim
vladimir sergei dmitry ivan nikolai olga natalia elena tatiana hans klaus jurgen wolfgang pierre jean-pierre francois
jacques michel philippe giuseppe giovanni marco luca francesco carlos luis jorge miguel pedro pablo antonio manuel
javier wei li zhang wang chen liu yang hiroshi takashi akira yuki kenji raj rahul amit priya sanjay ravi
boris angela emmanuel nelson barack hillary joe kamala donald vladimir xi recep bashar benjamin isabel isabelle
mario maria luigi sofia lucas liam mateo hugo lars jan pieter willem sven anders erik ingrid astrid lotte sanne
michiel tom tim ben sam max alex chris nick mike dave steve bob jim bill tony ian andy matt dan rob greg
`);
