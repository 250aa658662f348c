// Closed word lists the rule-based part of NER reads (ner.ts), English and Spanish, all in folded form (lowercase,
// no accents, no trailing period): the words that say "a person's name follows or precedes" (titles, honorifics,
// role nouns, speech verbs), the ones that say "this is an organisation" (designators), and the ones that are never
// part of a name (sentence-initial function words, months, days, time zones). Closed lists on purpose: every entry is a word news
// writing uses around names, so a name is never guessed from the word alone, only from its place next to one.

const words = (text: string) => new Set(text.trim().split(/\s+/u));

/** Forms of address: "Mr. Kohl", "Mrs Thatcher", "Sr. Pérez", "doña Rosa". */
export const HONORIFICS = words(`
  mr mrs ms miss messrs mme mlle dr sir dame lord lady herr frau shahid
  sr sra srta senor senora senorita don dona dna lic ing monsenor msgr mons doctor doctora
`);

/**
 * Offices and ranks written before a name ("Chancellor Helmut Kohl", "el presidente Pedro Sánchez", "Sen. Bob Dole").
 * `general` is left out (General Motors, General Electric) and only read after another title (Secretary General).
 */
export const TITLES = words(`
  president presidents vice chairman chairwoman chairperson chancellor premier minister ministers secretary
  undersecretary director governor senator senators sen sens rep reps representative congressman congresswoman
  mayor judge justice ambassador envoy commissioner spokesman spokeswoman spokesperson king queen prince princess
  emperor empress sheikh sultan emir pope cardinal archbishop bishop rev reverend father gen adm admiral col colonel
  lt lieutenant capt captain sgt sergeant cmdr commander commandant marshal attorney atty gov treasurer comptroller
  presidente presidenta vicepresidente vicepresidenta ministro ministra ministros canciller secretario secretaria
  subsecretario subsecretaria gobernador gobernadora alcalde alcaldesa senador senadora diputado diputada juez jueza
  fiscal embajador embajadora portavoz rey reina principe princesa coronel comandante mandatario mandataria
  primer primera papa leader administrator ombudsman deputy adviser advisor speaker prime ceo cfo coo
  superintendent inspector detective constable sheriff professor prof emeritus assistant asst special comrade cde
  trustee incumbent acting interim prosecutor mp mps mep meps whistleblower elder imam rabbi pastor
`);

/** Words that make the word before them a title: "Secretary General", "Attorney General", "Director General". */
export const GENERAL_AFTER = words('secretary attorney director inspector surgeon adjutant postmaster secretario');

/**
 * Role nouns written in lowercase before or after a name: "economist Brian Hamley", "Kohl, the West German
 * chancellor,". Titles count too (see isRoleWord).
 */
export const ROLE_NOUNS = words(`
  economist analyst official executive head leader chief investor lawmaker legislator councillor councilor voter
  resident student protester
  spokesman spokeswoman adviser advisor aide negotiator delegate professor lawyer attorney manager founder owner
  candidate member dealer trader banker chairman president director governor deputy
  activist journalist correspondent editor author researcher scientist expert strategist consultant partner
  economista analista asesor asesora lider jefe jefa director directora dirigente profesor profesora abogado
  abogada experto experta investigador investigadora empresario empresaria candidato candidata miembro
`);

/** Verbs of saying that stand next to a speaker: "Balladur said", "said Balladur", "dijo Sánchez", "según Sánchez". */
export const SPEECH_VERBS = words(`
  said says told added stated declared announced warned noted explained argued insisted replied asked urged
  predicted acknowledged admitted commented concluded estimated suggested wrote claimed testified quoted recalled
  dijo afirmo declaro senalo aseguro explico indico anadio agrego manifesto sostuvo advirtio anuncio subrayo
  destaco insistio reconocio preciso comento expreso apunto opino respondio pregunto segun
  tells adds explains notes argues warns insists recalls admits
  dice afirma declara senala asegura explica indica anade agrega sostiene advierte subraya destaca insiste reconoce
  precisa comenta apunta opina responde argumenta cuenta narra relata recuerda lamenta denuncia matiza
`);

/** After "X said": a pronoun that tells a person ("said he would") from an organisation ("said it would"). */
export const PERSON_PRONOUNS = words('he she his her him');
export const THING_PRONOUNS = words('it its');

/** Words in a name that make it an organisation, never a person ("Morgan Stanley Group Inc", "Banco Santander"). */
export const ORGANIZATION_DESIGNATORS = words(`
  inc corp corporation co cos ltd plc ag sa nv bv gmbh spa llc lp group holdings holding bank bancorp banco
  brothers bros partners associates fund trust industries airlines airways motors systems energy oil petroleum
  resources securities capital investments financial insurance company institute university college party union
  association council committee commission ministry department agency authority board bureau service office
  federation foundation society organization organisation news times post journal press television radio club
  reuters reuter
  exchange market centre center international communications technologies technology electronics
  pharmaceuticals chemical chemicals steel mining mines gas electric power railway railroad shipping lines
  enterprises products stores foods staff forces force front movement brigade brigades militia coalition alliance
  network corps guard army navy court democrats republicans socialists liberals conservatives greens
  police representatives command tribe facility forum
  port airport harbour harbor station island islands bay river valley province region county district congress senate parliament assembly government administration
  partido ministerio universidad grupo compania asociacion fundacion instituto consejo comision agencia sindicato
  gobierno tribunal corte congreso senado asamblea empresa centro organizacion federacion confederacion direccion
  servicio oficina comite junta programa ejercito armada policia fuerza fuerzas alianza frente movimiento sociedad escuela
`);

/** Acronyms of things, not of bodies: never an organisation's name on their own ("DNA samples", "GDP grew"). */
export const COMMON_ACRONYMS = words(`
  dna rna gdp gnp ceo cfo coo cto ai tv pdf url gps sms hiv aids covid sars mers ufo vip faq atm led lcd usb dvd cd
  pc it iq mri ct icu er suv vpn wifi isbn pin id adn pib
  hpv iud iuds dpt dtp bcg mmr ngo ngos tb std stds ivf
`);

/** Designators that name a place rather than an organisation ("Port of Callao", "Ilo Province"). */
export const PLACE_DESIGNATORS = words(
  'port airport harbour harbor station island islands bay river valley province region county district mosque masjid church cathedral temple museum stadium bridge square',
);

/**
 * Capitalised words that name an office's domain, between a title and the name: "Chancellor of the Exchequer Nigel
 * Lawson", "Secretary of State George Shultz", "ministra de Economía Nadia Calviño".
 */
export const OFFICE_WORDS = words(`
  exchequer state treasury finance foreign affairs defense defence commerce agriculture trade energy labor labour
  interior justice economy economic health education transport transportation industry budget management
  reserve federal board bank council commission committee department ministry office staff chiefs navy army
  external internal home environment culture planning development executive operating officer
  hacienda economia exteriores defensa gobierno estado justicia trabajo sanidad educacion industria comercio
  relaciones asuntos interior fomento agricultura cultura
`);

/** Particles an Arabic family name is joined to by a hyphen: "al-Sabah", "el-Sisi", "bin-Laden", "ould-Daddah". */
export const FAMILY_PARTICLES = words('al el bin ibn bint ould');

/** Particles inside personal names: "Richard von Weizsäcker", "Javier Pérez de Cuéllar", "Osama bin Laden". */
export const NAME_PARTICLES = words('de del della di da das dos du la le van von der den ter ten bin ibn al el y zu');

/** Name suffixes that are not the surname: "Martin Luther King Jr.", "John Paul II". */
export const NAME_SUFFIXES = words('jr sr ii iii iv');

/**
 * Letters after a name that are honours, ranks at the bar or seats, not part of it: "Kama Melly QC", "Sir Keir Starmer
 * KC", "Jane Smith MP", "John Doe OBE". Matched as written (all capitals), so "Mp" or "Qc" in a name are not taken.
 */
export const POSTNOMINALS: ReadonlySet<string> = new Set(
  'QC KC SC MP MEP MSP MLA MPP TD OBE MBE CBE KBE DBE GBE CH OM PhD'.split(' '),
);

/** Capitalised only because they open a sentence or a clause, or calendar words: never the first word of a name. */
export const NEVER_NAME = words(`
  the a an and but or nor so yet if when while after before as since although though however meanwhile rather
  instead indeed perhaps thus hence later earlier now moreover furthermore nevertheless nonetheless overall finally
  first second third last next once whereas whether unless because until despite
  who whom whose
  democrat democrats republican republicans socialist socialists conservative conservatives liberal liberals
  communist communists tory tories labour independent
  according namely image photo video both either neither
  yesterday today tomorrow in on at for of by with from to into over under about against between during
  this that these those his her their our its my your we he she they it i you there here then also still only

  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  el la los las un una unos unas y o pero en con para por segun tras ante desde sin sobre entre hacia hasta
  este esta estos estas ese esa aquel su sus nuestro lunes martes miercoles jueves viernes sabado domingo enero
  febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  utc gmt ist est edt cst cdt mst mdt pst pdt bst cet cest eet eest jst kst hkt sgt aest aedt wib
`);

/** Month names that are also surnames ("Theresa May"): inside a run of names, they stay part of it. */
export const MONTHS_AS_NAMES = words('may june april august march');

/** First words of place names, never of a person's: "San Martín", "Santa Lucía", "Fort Worth", "Port Said". */
export const PLACE_HEADS = words(`
  san santa santo sao saint st fort port puerto mount mt lake cape isla cerro rio
  mv hms uss rms hurricane storm typhoon cyclone tropical operation project
`);

/** Words an institution's generic name is made of ("Supreme Court", "Air Force", "District Council"): alone, a head. */
export const GENERIC_NAME_WORDS = words(`
  supreme national federal central select house high district super member congressional air general state
  international executive public royal
`);

/** Words that may open an apposition: "Balladur, the French finance minister,", "Kohl, then chancellor,". */
export const APPOSITION_OPENERS = words('the a an el la un una former ex then now his her their our its');

/** Determiners that never stand before a person's name (but do before "the Bundesbank", "la Moncloa"). */
export const DETERMINERS = words('the a an this that el la los las un una este esta ese esa');

/** Words that introduce a byline or a credit: "By John Smith", "Reporting by …; Editing by …", "Por Juan Pérez". */
export const CREDIT_WORDS = words('reporting editing writing compiled photo photos photograph video additional');
export const BYLINE_WORDS = words('by por');

export function isTitleWord(folded: string, previousFolded: string | undefined): boolean {
  if (folded === 'general') return previousFolded !== undefined && GENERAL_AFTER.has(previousFolded);
  // "Secretary-General", "President-elect", "Vice-President", "ex-Minister".
  if (folded.includes('-')) return folded.split('-').some((part) => TITLES.has(part));
  return TITLES.has(folded);
}

export function isRoleWord(folded: string): boolean {
  return ROLE_NOUNS.has(folded) || TITLES.has(folded);
}
