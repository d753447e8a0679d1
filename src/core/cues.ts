// The reporting-verb lexicon: every inflected form of the verbs that attribute content to a source
// ("said", "says", "telling", "has warned", "is quoted as saying"). Built once into a Map so a
// sentence is checked word by word with O(1) look-ups instead of one huge alternation regex.

export type Tense = "base" | "s" | "past" | "ing";

export interface CueForm {
  lemma: string;
  tense: Tense;
  /** the form is also a common noun/adjective ("claims", "reported", "estimated"): needs a clear subject */
  ambiguous: boolean;
  /** the verb only attributes with a document-like subject ("the report found", "data show") */
  docOnly: boolean;
  /** the verb needs a complement clause or quote to attribute ("agreed that", "believes the …") */
  weak: boolean;
}

// Irregular verbs: base, s-form, past, ing.
const IRREGULAR: [string, string, string, string][] = [
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["write", "writes", "wrote", "writing"],
  ["think", "thinks", "thought", "thinking"],
  ["find", "finds", "found", "finding"],
  ["show", "shows", "showed", "showing"],
  ["foresee", "foresees", "foresaw", "foreseeing"],
  ["forecast", "forecasts", "forecast", "forecasting"],
  ["put", "puts", "put", "putting"],
  ["read", "reads", "read", "reading"],
  ["swear", "swears", "swore", "swearing"],
  ["hold", "holds", "held", "holding"],
  ["bet", "bets", "bet", "betting"],
  ["teach", "teaches", "taught", "teaching"],
  ["bear", "bears", "bore", "bearing"],
];
// Extra past participles of irregular verbs.
const EXTRA: [string, string, Tense][] = [
  // ("The GAO arrived at nearly the same number, 4,910": a figure reached, checked in attribution)
  ["arrived", "arrive", "past"],
  // ("The surveillance project logged 19 head injuries": only the past tense; "incident logs" is a noun)
  ["logged", "log", "past"],
  ["written", "write", "past"],
  ["shown", "show", "past"],
  ["foreseen", "foresee", "past"],
  ["sworn", "swear", "past"],
  ["forecasted", "forecast", "past"],
  ["borne", "bear", "past"],
];

// Regular verbs. A trailing "*" doubles the final consonant ("admit*" → admitted, admitting).
const REGULAR = `
add ask claim state reveal disclose assert estimate warn argue suggest interpret deny confirm
insist acknowledge admit* report announce explain highlight reference believe predict project
allege contend maintain testify tweet post declare emphasize emphasise stress note observe remark
reply respond answer retort counter recount recall comment reiterate repeat quip* joke complain
lament boast brag vow pledge promise threaten urge caution cite quote describe characterize
characterise speculate posit theorize theorise hypothesize hypothesise opine surmise reckon
mention indicate signal hint imply accuse charge blame criticize criticise praise doubt dispute
reject dismiss refute rebut* contest conclude calculate recommend propose demand advise inform
assure reassure remind affirm reaffirm clarify elaborate specify summarize summarise concede
confess exclaim shout yell scream whisper mutter murmur fume grumble acknowledge detail outline
expect fear suspect hope worry anticipate project estimate guess figure assess concur agree
disagree contend decry denounce condemn slam* blast hail applaud commend tout trumpet label dub* count
term brand call tweet text email message publish announce proclaim pronounce decree rule credit
determine document relay convey communicate flag* point describe depict portray
recommend question challenge advocate caution chide scold rebuke lambast pledge insist
corroborate contradict record list attribute assume identify place
explain estimate wonder muse ponder predict forecast testify certify attest verify
`;

const DOUBLE = new Set<string>();

// Forms that double as nouns/adjectives in ordinary prose.
const AMBIGUOUS = new Set(
  `claims claim report reports reported estimate estimates estimated note notes noted state states stated
  call calls called highlight highlights reference references project projects projected comment comments
  answer answers reply replies promise promises pledge pledges vow vows demand demands doubt doubts
  question questions challenge challenges charge charges charged blame praise quote quotes quoted post posts
  posted tweet tweets signal signals hint hints point points forecast forecasts record figure figures
  rule rules ruled document documents text texts message messages email emails label labels term terms
  brand brands read reading writing finding findings show shows showing alleged expected fear fears
  hope hopes worry worries concern concerns detail details outline outlines advice counter counters
  dispute disputes contest contests fume fumes joke jokes ruling thought held put predicted
  confirmed declared determined suspected feared hoped described featured reported warning warnings
  calling repeat repeats respond response mention mentions comment commented proposed proposal
  assessed assess flag flags decree decrees guess guesses boast boasts advocate advocates
  records recorded recording list lists listed listing bear bears bore bearing borne counts places placed`.split(/\s+/),
);

// Verbs that attribute only with a document-like subject ("the study found", "data show").
// ("The officers' report assumes growth of 1.5% a year"; a person who "assumed office" reports nothing)
// ("Their assessment also places the clash in waters claimed by both countries": where a finding puts something)
const DOC_ONLY = new Set(["find", "show", "indicate", "read", "document", "hold", "record", "log", "list", "bear", "attribute", "credit", "assume", "identify", "place"]);

// Verbs that attribute only when followed by a clause or quote ("agreed that", "hopes the …").
const WEAK = new Set([
  "agree", "disagree", "concur", "hope", "worry", "fear", "expect", "anticipate", "wonder", "muse",
  "ponder", "rule", "determine", "figure", "guess", "bet", "teach", "point", "question", "challenge",
  "praise", "criticize", "criticise", "hail", "applaud", "commend", "condemn", "decry",
  "denounce", "slam", "blast", "lambast", "chide", "scold", "rebuke", "advocate", "demand",
  "recommend", "propose", "urge", "threaten", "term", "label", "dub", "brand", "depict", "portray",
  "describe", "characterize", "characterise", "put", "assess", "hold", "publish", "relay", "convey",
  "communicate", "text", "email", "message", "post", "call", "flag", "signal", "suspect", "answer",
  "respond", "certify", "attest", "verify", "document", "charge", "accuse",
  "dispute", "contest", "reject", "dismiss", "counter", "verify", "announce", "declare", "publish",
  // verbs that also take a plain object ("noted the crowd size", "added 5,000 jobs", "revealed a plan")
  "note", "add", "reveal", "explain", "disclose", "report", "detail", "outline",
]);

function regularForms(base: string, dbl: boolean): [string, string, string] {
  let s: string, past: string, ing: string;
  if (/[^aeiou]y$/.test(base)) {
    s = base.slice(0, -1) + "ies";
    past = base.slice(0, -1) + "ied";
    ing = base + "ing";
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    s = base + "es";
    past = base + "ed";
    ing = base + "ing";
  } else if (base.endsWith("ee")) {
    s = base + "s";
    past = base + "d";
    ing = base + "ing";
  } else if (base.endsWith("e")) {
    s = base + "s";
    past = base + "d";
    ing = base.slice(0, -1) + "ing";
  } else if (dbl) {
    const last = base.slice(-1);
    s = base + "s";
    past = base + last + "ed";
    ing = base + last + "ing";
  } else {
    s = base + "s";
    past = base + "ed";
    ing = base + "ing";
  }
  return [s, past, ing];
}

function build(): Map<string, CueForm> {
  const map = new Map<string, CueForm>();
  const put = (form: string, lemma: string, tense: Tense) => {
    if (map.has(form)) return;
    map.set(form, {
      lemma,
      tense,
      ambiguous: AMBIGUOUS.has(form),
      docOnly: DOC_ONLY.has(lemma),
      weak: WEAK.has(lemma),
    });
  };
  for (const [b, s, p, i] of IRREGULAR) {
    put(b, b, "base");
    put(s, b, "s");
    put(p, b, "past");
    put(i, b, "ing");
  }
  for (const [f, l, t] of EXTRA) put(f, l, t);
  for (const raw of REGULAR.split(/\s+/)) {
    if (!raw) continue;
    const dbl = raw.endsWith("*");
    const base = dbl ? raw.slice(0, -1) : raw;
    if (dbl) DOUBLE.add(base);
    const [s, p, i] = regularForms(base, dbl);
    put(base, base, "base");
    put(s, base, "s");
    put(p, base, "past");
    put(i, base, "ing");
  }
  return map;
}

export const CUE_FORMS: ReadonlyMap<string, CueForm> = build();

// A cheap pre-test before the map look-up, which would hash every word it is asked about: for each
// pair of ASCII first and second characters, and for each pair of first and last characters, the
// lengths (below 32) some form with them has. A word that fails either is not in the map.
const pairIndex = (a: number, b: number): number => (a << 7) | (b < 128 ? b : 0);
const LEN_BY_FIRST_SECOND = new Uint32Array(128 * 128);
const LEN_BY_FIRST_LAST = new Uint32Array(128 * 128);
for (const form of CUE_FORMS.keys()) {
  const c = form.charCodeAt(0);
  const n = form.length;
  if (c >= 128 || n >= 32 || n < 2) continue;
  LEN_BY_FIRST_SECOND[pairIndex(c, form.charCodeAt(1))]! |= 1 << n;
  LEN_BY_FIRST_LAST[pairIndex(c, form.charCodeAt(n - 1))]! |= 1 << n;
}
const NOT_PREFILTERED = new Set([...CUE_FORMS.keys()].filter((f) => f.charCodeAt(0) >= 128 || f.length >= 32 || f.length < 2));

function lookup(lower: string): CueForm | undefined {
  const c = lower.charCodeAt(0);
  const n = lower.length;
  if (c < 128 && n < 32 && n >= 2) {
    const bit = 1 << n;
    if ((LEN_BY_FIRST_SECOND[pairIndex(c, lower.charCodeAt(1))]! & bit) === 0 || (LEN_BY_FIRST_LAST[pairIndex(c, lower.charCodeAt(n - 1))]! & bit) === 0) return undefined;
  } else if (NOT_PREFILTERED.size === 0) return undefined;
  return CUE_FORMS.get(lower);
}

export function cueForm(lower: string): CueForm | undefined {
  return lookup(lower);
}

/** The token's reporting-verb form, looked up once per token. */
export function cueOf(tok: { lo: string; word: boolean; cf?: CueForm | null }): CueForm | undefined {
  if (tok.cf === undefined) tok.cf = tok.word ? lookup(tok.lo) ?? null : null;
  return tok.cf ?? undefined;
}

/** Participles that hang off the main clause's subject (", adding that …", "by citing …"). */
export const PARTICIPLE_LEMMAS = new Set([
  "say", "add", "cite", "note", "argue", "claim", "warn", "insist", "explain", "tell", "write",
  "state", "suggest", "quote", "call", "describe", "accuse", "point", "stress", "emphasize",
  "emphasise", "deny", "acknowledge", "admit", "predict", "estimate", "allege", "assert", "reveal",
  "disclose", "announce", "report", "highlight", "reference", "complain", "conclude", "indicate",
  "reiterate", "recall", "ask", "declare", "urge", "vow", "promise", "pledge", "threaten", "blame",
  "boast", "joke", "caution", "signal", "hint", "confirm", "reject", "dismiss", "dispute", "counter",
  "contend", "maintain", "concede", "observe", "remark", "show",
  // ("… reached much the same conclusion, putting the share at 68 percent")
  "put",
  // ("A separate review by the GAO reached a similar conclusion, finding that …")
  "find",
]);

/** Lemmas whose content is a denial or rejection: the denier disputes earlier claims. */
export const DENIAL_LEMMAS = new Set(["deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest", "counter", "contradict"]);
/** Lemmas that confirm content. */
export const CONFIRM_LEMMAS = new Set(["confirm", "verify", "corroborate", "certify", "attest"]);
