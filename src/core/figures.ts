// Quantity phrases in one sentence: counts, percentages, money, ranges, rates, approximations, number
// words, multiples and changes; and what only looks like one (dates, times, ordinals, identifiers,
// page furniture, relative dates, names such as "the 1,500m"). A hand-written tokenizer and a matcher
// with bounded look-ahead keep the cost linear: no regular expression runs over the sentence.

import type { Figure } from "./model.ts";
import { codeUnitTest } from "./charclass.ts";
import {
  FOLD_WORDS, FRACTIONS, MULTIPLE_VERBS, SCALE_SUFFIX, SCALE_WORDS, SMALL, TENS, VAGUE_COUNTS,
  numeralValue, table, wordValue,
} from "./numbers.ts";

const K = { Num: 0, Word: 1, Sym: 2 } as const;
type K = (typeof K)[keyof typeof K];

/** The sentence being tokenized, lower-cased once when that keeps offsets ("İ" grows, then per word). */
class Src {
  readonly low: string | null;
  /** a word token joins letters with U+2010/U+2011 (set by tokenize; such words fold it to "-") */
  hyphens = false;
  constructor(readonly s: string, lowered: string) {
    this.low = lowered.length === s.length ? lowered : null;
  }
  lower(start: number, end: number): string {
    const w = this.low !== null ? this.low.slice(start, end) : this.s.slice(start, end).toLowerCase();
    if (!this.hyphens) return w;
    return w.indexOf("\u2010") >= 0 || w.indexOf("\u2011") >= 0 ? w.replace(/[\u2010\u2011]/g, "-") : w;
  }
}

// Most words are never looked at: their lower-case text is made only when the matcher asks for it.
class Tok {
  private lc: string | undefined;
  private nv: number | undefined | null = null;
  constructor(
    private readonly src: Src,
    readonly k: K,
    /** start and end offsets in the sentence */
    readonly s: number,
    readonly e: number,
    /** whitespace (or nothing) precedes: true when separated from the previous token */
    readonly sp: boolean,
    /** first letter is upper case (words only) */
    readonly cap: boolean,
  ) {}
  /** lower-cased text (numerals as written) */
  get l(): string {
    if (this.lc === undefined) this.lc = this.k === K.Word ? this.src.lower(this.s, this.e) : this.src.s.slice(this.s, this.e);
    return this.lc;
  }
  /** a numeral's value, parsed once (the year, date and unit tests all ask for it) */
  get v(): number | undefined {
    if (this.nv === null) this.nv = numeralValue(this.l);
    return this.nv;
  }
  /** Is this word one that can open a figure? Walks a trie over the lower-cased text: no string made. */
  startsFigure(): boolean {
    const low = this.src.low;
    if (low === null) return mayStartFigure(this.l);
    let node: TrieNode | undefined = STARTER_TRIE;
    for (let i = this.s; i < this.e; i++) {
      const c = low.charCodeAt(i);
      if ((c === 45 || c === 0x2010 || c === 0x2011) && node.end) return true; // "two-thirds": the head decides
      node = c < 128 ? node.ascii[c] : node.next.get(c);
      if (node === undefined) return false;
    }
    return node.end;
  }
}

interface TrieNode {
  end: boolean;
  next: Map<number, TrieNode>;
  /** the same children for ASCII code units, by index */
  ascii: (TrieNode | undefined)[];
}

function buildTrie(words: Iterable<string>): TrieNode {
  const root: TrieNode = { end: false, next: new Map(), ascii: new Array<TrieNode | undefined>(128).fill(undefined) };
  for (const w of words) {
    let n = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) {
        m = { end: false, next: new Map(), ascii: new Array<TrieNode | undefined>(128).fill(undefined) };
        n.next.set(c, m);
        if (c < 128) n.ascii[c] = m;
      }
      n = m;
    }
    n.end = true;
  }
  return root;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const isUnicodeLetterUnit = codeUnitTest(/\p{L}/u);

function isLetterCode(c: number): boolean {
  // (one range test: setting bit 5 folds "A"–"Z" onto "a"–"z")
  if (c < 128) return ((c | 32) - 97) >>> 0 < 26;
  return isUnicodeLetterUnit(c);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Where the word at `start` ends, when it is "under-" or "over-" then digits and "s" ("under-18s"); else `dash`. */
function ageBandEnd(s: string, start: number, dash: number): number {
  const w = s.slice(start, dash).toLowerCase();
  if (w !== "under" && w !== "over") return dash;
  let j = dash + 1;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  if (j - dash > 3 || (s.charCodeAt(j) | 32) !== 115) return dash;
  const after = s.charCodeAt(j + 1);
  return isLetterCode(after) || isDigit(after) ? dash : j + 1;
}

/** `lowered` is `s.toLowerCase()`, when the caller has it already. */
export function tokenize(s: string, lowered = s.toLowerCase()): Tok[] {
  const out: Tok[] = [];
  const n = s.length;
  const src = new Src(s, lowered);
  const low = src.low;
  let i = 0;
  let sp = true;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) { sp = true; i++; continue; }
    const start = i;
    if (isDigit(c)) {
      i++;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      let decimal = false;
      for (;;) {
        // thousands groups: exactly three digits after each comma
        if (!decimal && s.charCodeAt(i) === 44 && i + 3 < n + 1 && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) &&
          isDigit(s.charCodeAt(i + 3)) && !isDigit(s.charCodeAt(i + 4))) { i += 4; continue; }
        if (!decimal && s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1))) {
          decimal = true;
          i += 2;
          while (i < n && isDigit(s.charCodeAt(i))) i++;
          continue;
        }
        break;
      }
      out.push(new Tok(src, K.Num, start, i, sp, false));
    } else if (isLetterCode(c)) {
      i++;
      for (;;) {
        while (i < n && isLetterCode(s.charCodeAt(i))) i++;
        const d = s.charCodeAt(i);
        // inner hyphen or apostrophe joins letters: "two-thirds", "year-old", "Ukraine's"
        if ((d === 45 || d === 39 || d === 0x2019 || d === 0x2010 || d === 0x2011) && i + 1 < n && isLetterCode(s.charCodeAt(i + 1))) {
          if (d === 0x2010 || d === 0x2011) src.hyphens = true;
          i += 2;
          continue;
        }
        break;
      }
      // an age band after a numeral is one word, the unit it counts: "41 under-18s"
      // (elsewhere it stays split, so "one in five over-75s" keeps the ratio alone, as labelled)
      if (s.charCodeAt(i) === 45 && (i - start === 5 || i - start === 4) && isDigit(s.charCodeAt(i + 1)) && start > 1 && s.charCodeAt(start - 1) === 32 && isDigit(s.charCodeAt(start - 2))) i = ageBandEnd(s, start, i);
      const cap = (c >= 65 && c <= 90) || (c >= 128 && (low !== null ? s[start] !== low[start] : s[start] !== s[start]!.toLowerCase()));
      out.push(new Tok(src, K.Word, start, i, sp, cap));
    } else {
      // one code unit (a surrogate pair stays two symbols; harmless)
      i++;
      out.push(new Tok(src, K.Sym, start, i, sp, false));
    }
    sp = false;
  }
  return out;
}

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

const TIME_UNITS = new Set([
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
  "months", "year", "years", "decade", "decades", "century", "centuries", "millennium", "millennia", "night", "nights", "weekend", "weekends", "season", "seasons",
  "winter", "winters", "summer", "summers", "autumn", "autumns", "springs",
]);
// The spans a baseline is taken over ("a 20-year low", "the five-year average"); "a 58-minute average" is a
// measured time, not a baseline
const BASELINE_UNITS = new Set([...TIME_UNITS].filter((u) => !/^(?:second|minute|hour)s?$/.test(u)));
const RELATIVE_AFTER = new Set(["ago", "earlier", "later", "before", "after", "previously", "prior", "since", "hence"]);
const YEAR_CONTEXT = new Set([
  "in", "since", "by", "until", "till", "of", "from", "during", "before", "after", "early", "late", "mid",
  "the", "between", "to", "and", "through", "throughout", "circa", "c", "year", "spring", "summer", "autumn",
  "fall", "winter", "season", "fiscal", "financial", "for", "at", "around", "as", "last", "this", "that", "or",
  // ("frozen at their 1989 levels": whose, then which year's)
  "their", "its", "his", "her", "our",
]);

// What "half that …" can be half of: a number just given ("barely half that number")
const HALF_OF_NOUNS = new Set(["number", "figure", "amount", "sum", "total", "count", "rate", "size", "level", "price", "cost", "estimate"]);
// A place on a course named by its distance ("the 30-kilometer mat"), not a length
const COURSE_MARK_RE = /^\d+(?:\.\d+)?-(?:kilomet(?:er|re)|km|mile|metre|meter)\s+(?:mat|mark|marker|checkpoint|post|split)$/i;
// The round denominators a ratio around its noun uses ("seven voters in ten"); other numbers count something else
const RATIO_DENOMINATORS = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000]);
// Kinds of number that name someone or something ("his inmate number, 40917,"), not count it
const ID_NUMBER_KINDS = new Set(["inmate", "prisoner", "case", "badge", "phone", "telephone", "hotline", "helpline", "account", "reference", "registration", "serial", "tracking", "ticket", "policy", "licence", "license", "employee", "student", "patient", "booking", "order", "docket", "plate", "tail", "jersey", "shirt", "squad"]);
// Words after which a numeral is a label, not a quantity ("Article 5", "Section 230", "Flight 17").
const LOWER_IDENT = new Set(["mile", "kilometre", "kilometer", "reference", "ref", "route", "bus", "flight", "platform", "gate", "junction", "exit", "terminal", "pier", "room", "ward", "apartment", "page", "chapter", "docket", "episode", "season", "verse", "track", "bay", "berth"]);
const IDENT_NOUNS = new Set([
  "no", "nos", "number", "article", "articles", "section", "sections", "clause", "chapter", "rule", "flight",
  "route", "room", "case", "level", "category", "grade", "phase", "stage", "paragraph", "amendment",
  "resolution", "title", "act", "apollo", "boeing", "airbus", "windows", "iphone", "model", "vol", "volume",
  "page", "pages", "table", "figure", "fig", "exhibit", "count", "item", "lot", "unit", "suite", "box",
  "highway", "interstate", "gate", "platform", "terminal", "block", "building", "ward", "district",
  "precinct", "formula", "ligue", "serie", "tier", "class", "type", "version", "mark", "mk", "channel",
  "radio", "bbc", "ftse", "dow", "nikkei", "fortune", "s&p", "covid", "line", "bus", "train", "pier", "door",
  "apartment", "apt", "floor", "bay", "lane", "exit", "junction", "track", "episode", "season", "series",
  "game", "week", "round", "day", "part", "step", "verse", "psalm", "appendix", "annex", "schedule",
  "regulation", "directive", "bill", "ordinance", "code", "docket", "file", "ref", "reference", "id",
  "ticket", "order", "patent", "vision", "agenda", "top", "under", "group", "hole", "lap", "stage", "heat",
  // ("at mile 19": a place on a course; "Local 2290 of the …": a union branch)
  "mile", "kilometre", "kilometer", "local",
]);
// Capitalised words that can precede a real quantity ("In 2019", "Nearly 300", "Some 40%").
const CAP_OK = new Set([
  "in", "at", "on", "since", "about", "around", "some", "nearly", "almost", "over", "under", "only", "just",
  "all", "of", "by", "to", "from", "between", "and", "or", "with", "than", "more", "fewer", "less", "roughly",
  "approximately", "about", "up", "at", "least", "most", "another", "another", "those", "these", "the", "a",
  "an", "but", "yet", "so", "then", "now", "still", "even", "almost", "exactly", "precisely", "around",
  "estimated", "police", "officials", "it", "they", "he", "she", "we", "i", "you", "there", "that", "this",
  "when", "while", "after", "before", "for", "per", "each", "every", "among", "including", "us", "usd",
  "eur", "gbp", "rs", "chf", "jpy", "inr", "rub", "uah", "cny", "aud", "cad", "nzd", "hkd", "sgd", "zar",
  "brl", "try", "krw", "mxn", "sek", "nok", "dkk", "pln", "around", "below", "above", "across", "within",
  "both", "just", "well", "as", "many", "much", "like", "what", "whereas", "however", "meanwhile", "overall",
  "altogether", "total", "combined",
]);
const STREET_PREFIXES = new Set(["quai", "rue", "via", "viale", "calle", "avenida", "rua", "piazza", "plaza", "boulevard", "strasse", "straße", "ulica", "avenue", "chemin", "corso", "carrer", "praça"]);
const STREET_TYPES = new Set([
  "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "way",
  "place", "pl", "square", "sq", "court", "ct", "terrace", "crescent", "close", "parkway", "highway", "row",
  "strasse", "straße", "gardens", "grove", "hill", "mews", "parade", "wharf", "quay", "walk", "alley", "circle",
]);
const CURRENCY_SYMS: Map<string, string> = table({ "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₦": "NGN" });
const CURRENCY_SYM_CODES = new Set([...CURRENCY_SYMS.keys()].map((k) => k.charCodeAt(0)));
const DOLLAR_PREFIX: Map<string, string> = table({ us: "USD", a: "AUD", au: "AUD", c: "CAD", ca: "CAD", nz: "NZD", hk: "HKD", s: "SGD", r: "BRL", nt: "TWD" });
const CURRENCY_CODES = new Set([
  "usd", "eur", "gbp", "chf", "jpy", "inr", "rub", "uah", "cny", "rmb", "aud", "cad", "nzd", "hkd", "sgd",
  "zar", "brl", "krw", "mxn", "sek", "nok", "dkk", "pln", "rs", "ksh", "kes", "ngn", "egp", "try",
]);
const CURRENCY_WORDS: Map<string, string> = table({
  dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR", pounds: "GBP", pound: "GBP", sterling: "GBP", rubles: "RUB",
  roubles: "RUB", ruble: "RUB", rouble: "RUB", yuan: "CNY", renminbi: "CNY", yen: "JPY", rupees: "INR", rupee: "INR",
  hryvnias: "UAH", hryvnia: "UAH", hryvnia_: "UAH", francs: "CHF", pesos: "MXN", won: "KRW", lira: "TRY", naira: "NGN",
  rand: "ZAR", shillings: "KES", cents: "cents", cent: "cents", bitcoin: "BTC", bitcoins: "BTC", pence: "pence", dinars: "dinars", riyals: "riyals", dirhams: "dirhams",
  kyat: "MMK", baht: "THB", taka: "BDT", rupiah: "IDR", ringgit: "MYR", dong: "VND", zloty: "PLN", kronor: "SEK", krona: "SEK",
  kroner: "NOK", krone: "DKK", forints: "HUF", shekels: "ILS", cedis: "GHS", birr: "ETB", afghanis: "AFN", pesetas: "ESP",
  koruna: "CZK", korun: "CZK", crowns: "crowns", forint: "HUF", lei: "RON", leu: "MDL", leva: "BGN", lev: "BGN",
  zlotys: "PLN", kwacha: "ZMW", cedi: "GHS", rials: "rials", rial: "rials", dinar: "dinars", riyal: "riyals",
  dirham: "dirhams", tenge: "KZT", manat: "AZN", lari: "GEL", dram: "AMD", rupiahs: "IDR", pula: "BWP", shekel: "ILS",
});
// Units written straight after the numeral ("10km", "40C", "5kg").
const ATTACHED_UNITS = new Set([
  "km", "kg", "g", "mg", "mph", "kph", "kmh", "ft", "cm", "mm", "ml", "l", "lb", "lbs", "oz", "mw", "gw",
  "kw", "kwh", "mwh", "gwh", "twh", "c", "f", "x", "pc", "bp", "bps", "ha", "sqm", "sqft", "m2", "m3", "h",
  "hr", "hrs", "yr", "yrs", "min", "mins", "sec", "secs", "t", "kt", "mt", "gt", "p", "st", "cc", "db", "ghz", "mhz", "mb", "gb", "tb",
  "nm", "sq", "in", "yd", "yds", "mi", "bbl", "mbps", "gbps", "kmph",
]);
// Unit abbreviations written after a space ("15.5 mph", "80 km", "400 MW")
const SPACED_UNITS = new Set(["mph", "kph", "kmh", "mpg", "km", "kg", "mg", "mm", "cm", "ml", "kw", "kwh", "mw", "mwh", "gw", "gwh", "twh", "lb", "lbs", "oz", "ft", "ha", "bpm", "rpm", "mbps", "gbps"]);
const CLOCK_UNITS = new Set(["h", "hr", "hrs", "min", "mins", "sec", "secs", "s"]);
const APPROX: string[][] = [
  ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
  ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["as", "little", "as"], ["as", "high", "as"],
  ["as", "low", "as"], ["close", "to"], ["upwards", "of"], ["in", "excess", "of"], ["just", "over"],
  ["just", "under"], ["well", "over"], ["well", "above"], ["well", "under"], ["well", "below"], ["just", "above"], ["just", "below"], ["an", "estimated"],
  ["an", "average", "of"], ["on", "average"], ["nearly"], ["almost"], ["approximately"], ["approx"], ["about"],
  ["around"], ["roughly"], ["some"], ["over"], ["under"], ["estimated"], ["below"], ["above"], ["circa"],
  ["nearer"], ["just", "shy", "of"], ["north", "of"], ["the", "best", "part", "of"], ["a", "little", "over"],
  ["a", "little", "under"], ["a", "maximum", "of"], ["a", "minimum", "of"], ["no", "more", "than"],
  ["no", "fewer", "than"], ["no", "less", "than"], ["an", "additional"], ["another"], ["almost", "exactly"],
  ["closer", "to"], ["nearer", "to"], ["a", "further"], ["an", "extra"], ["within"], ["just"],
  // ("enough for perhaps ten days", "comfortably more than $9bn")
  ["perhaps"], ["possibly"], ["maybe"], ["barely"], ["scarcely"], ["hardly"], ["little", "more", "than"], ["a", "little", "more", "than"], ["longer", "than"], ["shorter", "than"], ["comfortably", "more", "than"], ["comfortably", "over"], ["comfortably", "above"],
];
const RANK_COMPOUND_RE = /^(?:grade|category|tier|level|class|stage|phase|band|type|division)-(?:one|two|three|four|five|six|i|ii|iii|iv|[1-6])$/;
const MONEYISH = /^[$£€]|\b(?:pence|cents?|dollars|pounds|euros)$/;
const MOD_STOP = new Set(["figure", "number", "estimate", "total", "count", "once", "already", "still", "also", "now", "then", "even", "just", "only", "not", "never", "ever", "who", "which", "that", "since", "when", "while"]);
const WHOLE_ALONE_FOLLOWERS = new Set(["had", "have", "has", "were", "was", "are", "is", "did", "would", "could", "will", "remain", "remained", "still"]);
function indexByFirst(list: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) {
    const k = p[0]!;
    const a = m.get(k);
    if (a) a.push(p);
    else m.set(k, [p]);
  }
  return m;
}
const APPROX_BY_FIRST = indexByFirst(APPROX);
const CHANGE_VERBS = new Set([
  "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased",
  "increase", "increases", "increasing", "decreased", "decrease", "decreases", "grew", "grow", "grows",
  "growing", "grown", "dropped", "drop", "drops", "jumped", "jump", "jumps", "climbed", "climb", "climbs",
  "declined", "decline", "declines", "surged", "surge", "surges", "plunged", "plunge", "plunges", "slumped",
  "slump", "gained", "gain", "gains", "lost", "cut", "cuts", "reduced", "reduce",
  "soared", "soared", "soar", "tumbled", "tumble", "shrank", "shrink", "shrunk", "expanded", "expand", "slipped",
  "slip", "edged", "dipped", "dip", "spiked", "spike", "contracted", "contract", "widened", "narrowed",
  "down", "up",
]);
const RATE_UNITS = new Set([
  "second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
  "century", "generation", "annum", "season", "capita", "head", "person", "share", "barrel", "tonne", "ton", "litre", "liter",
  "gallon", "kilo", "kilogram", "pound", "ounce", "unit", "household", "student", "patient", "pupil",
  "employee", "worker", "kilometre", "kilometer", "mile", "hectare", "acre", "megawatt", "dose", "child",
  "adult", "game", "match", "resident", "inhabitant", "citizen", "mwh", "kwh", "cent",
  "bushel", "bale", "carton", "case", "meal", "visit", "trip", "vote", "ticket", "seat", "bed", "room", "square",
  "aircraft", "plane", "jet", "helicopter", "tank", "ship", "vehicle", "car", "truck", "missile", "copy", "dollar",
]);
const HYPHEN_MEASURES = new Set(["mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "yard", "acre", "hectare", "tonne", "ton", "pound", "gallon", "storey", "story", "lane", "seat", "bed", "room"]);
const MEASURE_AFTER_CUBIC = /^(?:feet|foot|metres?|meters?|yards?|miles?|kilometres?|kilometers?|inch(?:es)?|centimetres?|centimeters?|km|m)$/;
// Measures that can take "of" and what they measure: "four days of deliberations", "5,000 tonnes of grain".
const MEASURES = new Set([
  "tonnes", "tons", "litres", "liters", "barrels", "hectares", "acres", "kilometres", "kilometers", "miles",
  "metres", "meters", "rounds", "gallons", "cubic", "square", "pounds", "kilograms", "kg", "doses", "hours",
  "days", "weeks", "months", "years", "minutes", "decades", "nights", "seconds",
]);
const IRREGULAR_PLURALS = new Set([
  "people", "police", "men", "women", "children", "staff", "personnel", "cattle", "sheep", "fish", "aircraft",
  "deer", "livestock", "feet", "teeth", "mice", "geese", "data", "media", "crew", "youth", "clergy", "troops",
  "infantry", "militia", "civilians", "refugees", "migrants", "spacecraft", "offspring", "swine", "poultry",
]);
const AS_WORDS = new Set(["many", "much", "high", "large", "big", "likely", "fast", "long", "great", "often", "expensive", "low", "small", "frequent", "common", "costly", "deadly"]);
// Plural or mass nouns that commonly modify the noun after them.
const NOUN_MODIFIERS = new Set(["police", "weapons", "claims", "arms", "drugs", "sales", "sports", "jobs", "health", "security", "savings", "customs", "news", "goods", "parts", "systems", "services", "operations", "rights", "works", "aid", "staff", "prison", "hospital", "school"]);
// "-s" words that are verbs after a count ("300 workers says" is no noun phrase).
const S_VERBS = new Set(["says", "shows", "remains", "seems", "means", "needs", "wants", "gets", "makes", "takes", "goes", "comes", "looks", "runs", "costs", "pays", "falls", "rises", "includes", "expects", "hopes", "plans", "faces", "holds", "leads", "lacks", "puts", "sees", "stands", "tells", "uses", "serves", "offers", "wins", "loses", "adds", "helps", "keeps", "calls"]);
const CASUALTY_WORDS = new Set(["killed", "wounded", "injured", "dead", "hurt", "missing"]);
const DIFFERENCE_WORDS = new Set(["more", "fewer", "less", "higher", "lower", "larger", "smaller", "bigger", "greater", "cheaper", "longer", "shorter", "older", "younger"]);
const COMPARATIVES = new Set([
  "more", "higher", "larger", "bigger", "greater", "faster", "lower", "smaller", "fewer", "less", "longer",
  "over", "cheaper", "deadlier", "richer", "likelier", "worse", "better",
]);
const RACE_M = new Set(["60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000", "5,000", "10000", "10,000", "1600", "1,600"]);
const RACE_OWNERS = new Set(["men's", "women's", "men’s", "women’s", "boys'", "girls'", "mixed", "indoor", "olympic", "world"]);
const APPROX_BEFORE_ARTICLE = new Set(["than", "over", "under", "nearly", "almost", "about", "around", "roughly", "least", "to"]);
const MEASURE_SINGULAR = new Set(["mile", "kilometre", "kilometer", "metre", "meter", "tonne", "ton", "litre", "liter", "gallon", "pound", "kilogram", "dollar", "euro", "penny", "cent", "percent"]);
const SOURCE_TAILS = new Set(["familiar", "briefed", "close", "knowledgeable", "who", "speaking", "involved", "present", "aware"]);
const SOURCE_WHO = new Set(["spoke", "asked", "requested", "declined", "were", "was", "had", "have", "insisted", "did"]);
const WHO_STATE = new Set(["were", "was", "had", "have", "did"]);
// ("people who were briefed on the talks" are sources; "dozens of people who had been queuing for bread" are counted)
const WHO_STATE_SOURCE = new Set(["not", "seen", "read", "reviewed", "heard", "attended", "witnessed", "familiar", "briefed", "involved", "present", "aware", "close", "granted", "authorized", "authorised", "told", "at", "in", "speaking", "knowledgeable"]);
const SOURCE_NOUNS = new Set(["people", "persons", "officials", "sources", "aides", "diplomats", "insiders", "individuals", "executives", "officers", "staffers", "employees", "members", "lawmakers", "advisers", "advisors"]);
// ("its six investigators" says how many it has: a possessive does not make a set definite)
const DEFINITE = new Set(["the", "these", "those", "both", "all"]);
const RACE_KM = new Set(["5", "10", "15", "20", "21", "35", "42", "50", "100"]);
// A maturity names a kind of debt ("the 30-year bond", "10-year Treasury notes"): no quantity is asserted.
const DEBT_WORDS = new Set([
  "bond", "bonds", "note", "notes", "treasury", "treasuries", "gilt", "gilts", "bund", "bunds", "yield", "yields",
  "mortgage", "mortgages", "paper", "bill", "bills", "debt", "swap", "swaps", "maturity", "maturities", "issue",
]);
// A span that names a measure or a product, not a length of time: "the four-year graduation rate", "a two-year fixed deal"
const DIMENSIONS = new Set(["long", "wide", "deep", "high", "tall", "thick", "across"]);
const SPAN_NAMED = new Set(["graduation", "fixed", "completion", "survival", "retention"]);
// ("a 100-year storm", "the 500-year floodplain": a return period names how rare an event is; "a two-day storm" lasts)
const RETURN_PERIOD_EVENTS = new Set(["storm", "storms", "flood", "floods", "floodplain", "event", "events", "rainfall", "hurricane"]);
const DEBT_MODIFIERS = new Set(["government", "benchmark", "sovereign", "federal", "municipal", "corporate", "state", "fixed-rate", "german", "british", "italian", "japanese", "u.s."]);
// "18 consecutive months", "three straight years"
const SEQUENCE_ADJ = new Set(["consecutive", "straight", "successive", "running", "full", "long", "additional", "more", "further", "extra", "business", "working", "school", "trading", "calendar"]);
// Words between a count and its noun that keep it a count ("two other traders", "three more games").
const COUNT_BRIDGES = new Set(["other", "such", "more", "fewer", "further", "additional", "extra", "new", "separate", "likely", "registered", "eligible", "undecided"]);
const MODAL_BEFORE_MULTIPLE = new Set(["will", "would", "could", "can", "may", "might", "to", "should", "'ll", "’ll"]);
// "a 9-point lead", "a 20-seat majority": the hyphenated measure and the noun it measures
const MEASURED_NOUNS = new Set(["lead", "leads", "margin", "advantage", "edge", "deficit", "gap", "swing", "drop", "gain", "majority", "increase", "decline", "lift"]);
const RATE_WORDS = new Set(["annually", "monthly", "weekly", "daily", "yearly", "nightly", "hourly", "apiece", "each"]);

const AGE_GROUP_NOUNS = new Set(["children", "kids", "people", "adults", "those", "anyone", "patients", "pupils", "students", "residents", "men", "women", "boys", "girls", "voters", "drivers", "workers", "everyone"]);

// Words that never serve as the unit after a number.
const NOT_UNIT = new Set([
  // ("112 eighth graders": an ordinal names the grade; the count is the number alone)
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  // ("three one-on-one meetings": an idiom, no count of its own)
  "one-on-one", "face-to-face", "one-to-one",
  // ("a 2018 news release": a year, "news" is no count)
  "news",
  "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from", "was", "were",
  "is", "are", "has", "have", "had", "be", "been", "that", "this", "which", "who", "whom", "as", "than",
  "per", "percent", "more", "less", "fewer", "higher", "lower", "times", "each", "every", "a", "were",
  "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "does", "not", "but",
  "so", "if", "when", "while", "because", "since", "after", "before", "during", "over", "under", "about",
  "around", "into", "onto", "up", "down", "out", "off", "its", "their", "his", "her", "our", "my", "your",
  "all", "both", "such", "these", "those", "there", "here", "then", "now", "also", "only", "just", "even",
  "still", "yet", "ago", "earlier", "later", "apiece", "annually", "monthly", "weekly", "daily", "yearly",
  "other", "others", "another", "said", "says", "say", "according", "between", "among", "against",
  "across", "through", "toward", "towards", "until", "upon", "via", "within", "without", "where", "what",
  "why", "how", "it", "they", "he", "she", "we", "i", "you", "them", "him", "us", "me", "or", "nor", "nearly",
  "almost", "some", "any", "no", "one", "cent", "percentage", "alone", "total", "overall",
  "respectively", "altogether", "apart", "away", "back", "again",
]);

interface Core {
  /** first and one-past-last token */
  a: number;
  b: number;
  value?: number;
  unit?: string;
  /** the phrase can take a counted noun after it */
  countable: boolean;
  /** a bare numeral with no unit yet (the year test needs this) */
  bare: boolean;
  /** imprecise by nature ("dozens") */
  vague?: boolean;
}

class Matcher {
  private readonly t: Tok[];
  private readonly s: string;
  constructor(s: string, lowered: string) {
    this.s = s;
    this.t = tokenize(s, lowered);
  }

  private l(i: number): string {
    return this.t[i]?.l ?? "";
  }

  private isWord(i: number, w: string): boolean {
    const t = this.t[i];
    return t !== undefined && t.k === K.Word && t.l === w;
  }

  private adj(i: number): boolean {
    const t = this.t[i];
    return t !== undefined && !t.sp;
  }

  private isNum(i: number): boolean {
    return this.t[i]?.k === K.Num;
  }

  private isHyphen(i: number): boolean {
    const l = this.l(i);
    return l === "-" || l === "\u2013" || l === "\u2014" || l === "\u2010" || l === "\u2011" || l === "\u2212";
  }

  private phraseAt(i: number, list: string[][]): number {
    let best = 0;
    const t = this.t[i];
    if (!t || t.k !== K.Word) return 0;
    const cands = (list === APPROX ? APPROX_BY_FIRST : indexByFirst(list)).get(t.l);
    if (!cands) return 0;
    for (const p of cands) {
      if (p.length <= best) continue;
      let ok = true;
      // (every candidate opens with the word at i)
      for (let k = 1; k < p.length; k++) {
        if (!this.isWord(i + k, p[k]!)) { ok = false; break; }
      }
      if (ok) best = p.length;
    }
    return best;
  }

  /** Past the slash-joined parts of a reference from i ("24/01187/FUL"). */
  private slashTail(i: number): number {
    let j = i + 1;
    while (j + 1 < this.t.length && this.t[j]!.l === "/" && !this.t[j]!.sp && !this.t[j + 1]!.sp) j += 2;
    return j;
  }

  /** The numeral at i is a year, date, time, ordinal or identifier: return the token index after it, else 0. */
  private nonQuantityNumeral(i: number, approx: boolean): number {
    const t = this.t[i]!;
    const raw = t.l;
    const next = this.t[i + 1];
    const prev = this.t[i - 1];
    const plain = raw.indexOf(",") < 0 && raw.indexOf(".") < 0;
    // Attached to letters before it: "MH17", "G7", "COVID-19", "F-16", "FY2024".
    if (prev && !t.sp && prev.k === K.Word) return i + 1;
    if (prev && !t.sp && this.isHyphen(i - 1) && this.t[i - 2]?.k === K.Word && !this.t[i - 1]!.sp) {
      return i + 1;
    }
    // ("numbered OIG-24-31": the last part of a hyphen chain that opens with letters)
    if (prev && !t.sp && this.isHyphen(i - 1) && !this.t[i - 1]!.sp && this.t[i - 2]?.k === K.Num && !this.t[i - 2]!.sp &&
      this.isHyphen(i - 3) && !this.t[i - 3]!.sp && this.t[i - 4]?.k === K.Word) return i + 1;
    // Square-bracket references "[1]".
    if (prev?.l === "[" && next?.l === "]") return i + 2;
    // ("open 24/7": round the clock, no count)
    if (raw === "24" && next && !next.sp && next.l === "/" && this.t[i + 2]?.l === "7" && !this.t[i + 2]!.sp && !(this.t[i + 3] && !this.t[i + 3]!.sp && this.t[i + 3]!.l === "/")) return i + 3;
    // ("case number SGI/24/07", "application 24/01187/FUL": slash-joined parts of a reference)
    if (prev && !t.sp && prev.l === "/" && !prev.sp && this.t[i - 2] && (this.t[i - 2]!.k === K.Word || (next && !next.sp && next.l === "/"))) return this.slashTail(i);
    if (next && !next.sp && next.l === "/" && this.t[i + 2] && !this.t[i + 2]!.sp && (this.t[i + 2]!.k === K.Word || (this.t[i + 3] && !this.t[i + 3]!.sp && this.t[i + 3]!.l === "/"))) return this.slashTail(i);
    // ("registered as case 12026/0311": two long parts, or one padded with a zero, number a file, not a fraction)
    if (next && !next.sp && next.l === "/" && this.t[i + 2]?.k === K.Num && !this.t[i + 2]!.sp && plain) {
      const b = this.t[i + 2]!.l;
      if (/^\d+$/.test(b) && ((b.length >= 2 && b[0] === "0") || (raw.length >= 3 && b.length >= 3))) return this.slashTail(i);
    }
    if (next && !next.sp) {
      if (next.k === K.Word) {
        const w = next.l;
        if (w === "st" || w === "nd" || w === "rd" || w === "th") return i + 2; // ordinal
        if (w === "s" || w === "'s" || w === "\u2019s") return i + 2; // decade "1990s"
        if (w === "am" || w === "pm") return i + 2;
        if (w === "a" && this.l(i + 2) === "." && this.l(i + 3) === "m") return i + 5;
        if (w === "p" && this.l(i + 2) === "." && this.l(i + 3) === "m") return i + 5;
        if (w === "b") return i + 2; // "21B" is a room; "$2b" goes through the money path
        // "comet 67P", "Form 10K": a capital letter glued to the number names a thing ("£5M", "$2B" are scales)
        if (next.cap && w.length === 1 && (w === "p" || (!/^[mkbt]$/.test(w) && !ATTACHED_UNITS.has(w)))) return i + 2;
        if (!(SCALE_SUFFIX.has(w)) && !ATTACHED_UNITS.has(w) && !/^(?:bn|mn|m|k|km|kg)[-a-z]*$/.test(w.length > 12 ? "" : w) && w !== "fold" && w !== "plus") {
          // "4G", "737MAX": letters glued to digits are a name
          return i + 2;
        }
      }
      // Times "10:42", case numbers "2:23-cv-01234", ratios are rare enough to drop.
      if (next.l === ":" && this.isNum(i + 2) && this.adj(i + 2)) {
        let j = i + 3;
        // swallow an attached tail like "-cv-01234" or " pm"
        while (j < this.t.length && j < i + 12 && this.adj(j) && this.t[j]!.l !== "," && this.t[j]!.l !== ".") j++;
        if (this.isWord(j, "am") || this.isWord(j, "pm") || this.isWord(j, "gmt") || this.isWord(j, "bst")) j++;
        return j;
      }
      // A local phone number, "its non-emergency line, 555-0148": three digits, a hyphen and four with a leading
      // zero (a range's upper end has none: "150-1200")
      if (raw.length === 3 && this.isHyphen(i + 1) && this.adj(i + 1) && this.isNum(i + 2) && this.adj(i + 2) && /^0\d{3}$/.test(this.l(i + 2))) return i + 3;
      // Phone-like or identifier runs "555-123-4567", "2020-21" handled by caller for ranges.
      if (this.isHyphen(i + 1) && this.isNum(i + 2) && this.adj(i + 2) && this.isHyphen(i + 3) && this.isNum(i + 4) && this.adj(i + 3) && this.adj(i + 4)) {
        let j = i + 5;
        while (j < this.t.length && j < i + 15 && this.adj(j) && (this.isNum(j) || this.isHyphen(j))) j++;
        return j;
      }
    }
    // Times with a space: "3 pm", "10 a.m.", "0900 GMT".
    if (next && next.sp && next.k === K.Word) {
      const w = next.l;
      if (w === "am" || w === "pm" || w === "gmt" || w === "bst" || w === "utc" || w === "cet" || w === "est" || w === "edt" || w === "pst" || w === "et" || w === "o'clock" || w === "o\u2019clock") return i + 2;
      if ((w === "a" || w === "p") && this.l(i + 2) === "." && this.isWord(i + 3, "m")) return i + 5;
    }
    // Leading zero: "020 7946", "01234567" (but not "0.5" or "0").
    if (raw.length > 1 && raw[0] === "0" && raw[1] !== ".") return this.swallowDigitRun(i);
    // Phone numbers and similar runs of numerals separated by spaces: "+44 20 7946 0000".
    if (plain && next && next.k === K.Num && next.sp && !approx) {
      const after = this.t[i + 2];
      if (prev?.l === "+" || (after && after.k === K.Num && after.sp)) return this.swallowDigitRun(i);
    }
    // Dates: "February 24", "24 February 2022", "Feb. 24, 2022".
    const prevWordIdx = prev?.l === "." ? i - 2 : i - 1;
    const pw = this.t[prevWordIdx];
    if (pw && pw.k === K.Word && pw.cap && MONTHS.has(pw.l)) {
      let j = i + 1;
      // "April 12 through 16": the range's end is a day too
      if (this.closesDayRange(j)) j += 2;
      if (this.l(j) === "," && this.isNum(j + 1) && this.t[j + 1]!.l.length === 4) j += 2;
      return j;
    }
    const v = t.v;
    if (next && next.k === K.Word && next.cap && MONTHS.has(next.l) && plain && v !== undefined && v >= 1 && v <= 31) {
      let j = i + 2;
      if (this.l(j) === ".") j++;
      if (this.l(j) === ",") j++;
      if (this.isNum(j) && this.t[j]!.l.length === 4) j++;
      return j;
    }
    // Identifier after a label word: "Article 5", "Section 230", "No. 01234567", "Case 2:23…".
    // ("buses on route 42", "flight 370", "platform 9": lower-case labels that only number things)
    // (not "called his number 61 times": a count of times after the object)
    if (pw && pw.k === K.Word && (plain || raw.indexOf(",") < 0) && IDENT_NOUNS.has(pw.l) && (pw.cap || pw.l === "no" || pw.l === "number" || pw.l === "version" || (plain && LOWER_IDENT.has(pw.l))) &&
      !(!pw.cap && this.isWord(i + 1, "times"))) {
      return this.swallowIdentTail(i);
    }
    // ("a regulatory compliance case, numbered 1187432,": an aside giving a number as a name; not "the crowd numbered 4,000")
    if (pw && pw.l === "numbered" && plain && this.t[i - 2]?.k === K.Sym && this.s.charCodeAt(this.t[i - 2]!.s) === 44) return this.swallowIdentTail(i);
    // ("his inmate number, 40917,", "its hotline number, 0800": the number named in apposition)
    if (plain && prev?.l === "," && this.l(i - 2) === "number" && ID_NUMBER_KINDS.has(this.l(i - 3)) && (this.t[i + 1] === undefined || this.t[i + 1]!.k === K.Sym)) return this.swallowIdentTail(i);
    // ("ZP-0412/26": the part after a slash of a number no fraction took is the same reference)
    if (prev?.l === "/" && !t.sp && !prev.sp && this.isNum(i - 2) && ((this.l(i - 2).startsWith("0") && !this.l(i - 2).includes(".")) || (!this.t[i - 2]!.sp && this.isHyphen(i - 3)))) return this.swallowIdentTail(i);
    if (prev?.l === "#" && !t.sp) return i + 1;
    // Bill numbers: "H.R. 2217", "S. 1640"
    if (pw && prev?.l === "." && pw.cap && (pw.l === "r" || pw.l === "s" || pw.l === "res") && plain) return i + 1;
    // Race distances used as names: "the 1,500m", "the 100m final", "the 10,000 metres".
    if (prev?.k === K.Word && (prev.l === "the" || RACE_OWNERS.has(prev.l)) && !approx && next && next.k === K.Word) {
      const metres = next.l === "m" || next.l === "metres" || next.l === "meters";
      if ((metres && RACE_M.has(raw)) || (next.l === "km" && RACE_KM.has(raw))) return i + 2;
    }
    // ("a former national 400m hurdles champion": an event named by its distance)
    if (next && next.l === "m" && !next.sp && RACE_M.has(raw) && RACE_EVENTS.has(this.l(i + 2))) return i + 3;
    // ("the average time between a 911 call and an officer's arrival", "the county's 911 board": the emergency number)
    if (plain && (raw === "911" || raw === "999") && next && next.k === K.Word && EMERGENCY_AFTER.has(next.l)) return i + 1;
    // ("a reference number for every call – 4471093 was the last one": seven digits with no commas count nothing)
    if (plain && raw.length >= 7 && !approx && !(next && next.k === K.Word && (this.pluralNoun(next.l) || SCALE_WORDS.has(next.l) || CURRENCY_WORDS.has(next.l)))) return i + 1;
    // Name-like: a numeral right after a capitalised word ("Windows 10", "FTSE 100", "Ligue 1") that is not a
    // function word; a real count after a name would carry a unit, a comma or a decimal.
    // ("Scribewell 3.2": a point release after a product name)
    if (pw && pw === prev && pw.k === K.Word && pw.cap && (plain || /^\d\.\d{1,2}$/.test(raw)) && !CAP_OK.has(pw.l) && !pw.l.endsWith("'s") && !pw.l.endsWith("\u2019s") && !MONTHS.has(pw.l) && !WEEKDAYS.has(pw.l) && !(DOLLAR_PREFIX.has(pw.l)) && !CURRENCY_CODES.has(pw.l)) {
      const n1 = this.t[i + 1];
      // ("passed the House 68 to 50": a tally, not a name's number)
      const tally = n1?.k === K.Word && n1.l === "to" && this.isNum(i + 2);
      // ("prosecuted Southmoor 14 times": a count of times after the object's name)
      const unitFollows = tally || (n1 && (n1.l === "%" || (n1.k === K.Word && (SCALE_WORDS.has(n1.l) || n1.l === "percent" || n1.l === "per" || n1.l === "times"))));
      // (the capital of a sentence's first word, after an opening quote too, names nothing: "“Knocking 3p off …")
      if (!unitFollows && i - 1 > 0 && !this.firstWord(i - 1) && !this.givenToName(i)) return this.swallowIdentTail(i);
    }
    // Continental addresses: "Quai d’Ouchy 7", "Rue du Rhône 12", "Via Roma 10"
    if (plain && raw.length <= 4 && prev && prev.k === K.Word && (prev.cap || prev.l.includes("’") || prev.l.includes("'")) && !STREET_PREFIXES.has(prev.l)) {
      for (let j = i - 2; j >= 0 && j >= i - 4; j--) {
        const w = this.t[j]!;
        if (w.k !== K.Word) break;
        if (w.cap && STREET_PREFIXES.has(w.l)) return i + 1;
      }
    }
    // Street numbers: "120 Example Street".
    if (plain && next && next.k === K.Word && next.cap) {
      for (let j = i + 1; j < i + 6 && j < this.t.length; j++) {
        const w = this.t[j]!;
        // ("2400 N. Rockton Avenue": a compass initial and its dot)
        if (w.l === "." && j > i + 1 && /^(?:n|s|e|w|ne|nw|se|sw)$/.test(this.l(j - 1))) continue;
        if (w.k !== K.Word || !w.cap) break;
        if (j > i + 1 && STREET_TYPES.has(w.l)) return j + 1;
      }
    }
    // Years: a four-digit numeral with no comma, unless it clearly counts something.
    if (plain && raw.length === 4 && v !== undefined && v >= 1000 && v <= 2199) {
      if (this.countsSomething(i, approx)) return 0;
      return this.swallowYearTail(i);
    }
    return 0;
  }

  private countsSomething(i: number, approx: boolean): boolean {
    const next = this.t[i + 1];
    const prev = this.t[i - 1];
    if (next && (next.l === "%" || (next.k === K.Word && (SCALE_WORDS.has(next.l) || next.l === "percent" || next.l === "per" || CURRENCY_WORDS.has(next.l))))) return true;
    if (next && !next.sp && next.k === K.Word && (SCALE_SUFFIX.has(next.l) || ATTACHED_UNITS.has(next.l))) return true;
    if (prev && (CURRENCY_SYMS.has(prev.l) || (prev.k === K.Word && CURRENCY_CODES.has(prev.l)))) return true;
    // ("had known about the leak since at least 1984": a year bounded, not a count)
    if (approx && this.t[i]!.v !== undefined && this.t[i]!.v! >= 1900 && this.t[i]!.v! <= 2099) {
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (/^(?:since|until|till|before|after|from)$/.test(this.l(k))) return false;
    }
    if (approx) return next !== undefined && next.k === K.Word && !next.cap;
    if (prev && prev.k === K.Word && YEAR_CONTEXT.has(prev.l)) return false;
    if (prev && (prev.l === "'" || prev.l === "\u2019" || prev.l === "(")) return false;
    // ("the city's 1995 results": after a possessive, a year names which results)
    if (prev && /[’']s$/.test(prev.l)) return false;
    // "1,500 people" has a comma; "1500 people" after a verb is a count too.
    // ("A 2024 analysis", "the 2021 census" are years: -sis and -us are no plurals)
    if (next && next.k === K.Word && !next.cap && this.pluralNoun(next.l)) return true;
    return false;
  }

  /** Only punctuation (an opening quote, a bracket) stands before token k. */
  private firstWord(k: number): boolean {
    for (let j = 0; j < k; j++) if (this.t[j]!.k !== K.Sym) return false;
    return true;
  }

  /** "gives Mr. Vantreece 948 delegates": a count handed to the person named just before it, then its plural noun. */
  private givenToName(i: number): boolean {
    const n1 = this.t[i + 1];
    if (!n1 || n1.k !== K.Word || n1.cap || !this.pluralNoun(n1.l) || NOT_UNIT.has(n1.l)) return false;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const w = this.t[k]!;
      if (w.l === "." || (w.k === K.Word && w.cap)) continue;
      return w.k === K.Word && GIVING_VERBS.has(w.l);
    }
    return false;
  }

  private swallowYearTail(i: number): number {
    // "2020-21", "2019–2020", "1939-45"
    if (this.isHyphen(i + 1) && this.isNum(i + 2) && this.adj(i + 2)) {
      const l = this.t[i + 2]!.l;
      if (l.length === 2 || l.length === 4) return i + 3;
    }
    if (this.isHyphen(i + 1) && this.adj(i + 1) && this.t[i + 2]?.k === K.Word && this.adj(i + 2)) return i + 3;
    return i + 1;
  }

  private swallowDigitRun(i: number): number {
    let j = i + 1;
    // ("ZP-0412/26": a reference's part after a slash is the same reference)
    while (j < this.t.length && j < i + 12 && (this.isNum(j) || this.isHyphen(j) || this.l(j) === "." || this.l(j) === "(" || this.l(j) === ")" || (this.l(j) === "/" && this.adj(j)))) {
      if (!this.isNum(j) && !this.isNum(j + 1)) break;
      j++;
    }
    return j;
  }

  private swallowIdentTail(i: number): number {
    let j = i + 1;
    while (j < this.t.length && j < i + 10 && this.adj(j) && this.t[j]!.l !== "," && !(this.t[j]!.l === "." && !this.isNum(j + 1))) j++;
    return j;
  }

  /** A numeral, number words, or a currency amount starting at i. */
  private core(i: number, approx: boolean): Core | { skip: number } | null {
    const t = this.t[i];
    if (!t) return null;
    // Currency first: "$1.2bn", "US$5m", "£45m", "€300,000", "USD 5 million", "Rs 500 crore".
    let cur: string | undefined;
    let j = i;
    if (t.k === K.Sym && CURRENCY_SYMS.has(t.l)) { cur = CURRENCY_SYMS.get(t.l); j = i + 1; }
    else if (t.k === K.Word && DOLLAR_PREFIX.has(t.l) && this.l(i + 1) === "$" && this.adj(i + 1)) { cur = DOLLAR_PREFIX.get(t.l); j = i + 2; }
    else if (t.k === K.Word && CURRENCY_CODES.has(t.l) && this.isNum(i + 1) && (t.cap || t.l === "rs")) { cur = t.l.toUpperCase(); j = this.l(i + 1) === "." ? i + 2 : i + 1; }
    if (cur !== undefined) {
      if (!this.isNum(j)) {
        // "$ 5" or a word amount "$ two million" is too rare; a bare symbol is no figure.
        return null;
      }
      const num = this.numeral(j, true);
      return { a: i, b: num.b, value: num.value, unit: cur, countable: false, bare: false };
    }
    if (t.k === K.Num) {
      const skip = this.nonQuantityNumeral(i, approx);
      if (skip > 0) return { skip };
      const num = this.numeral(i, false);
      return { a: i, b: num.b, value: num.value, unit: num.unit, countable: num.unit === undefined || num.scaled, bare: num.unit === undefined && !num.scaled };
    }
    if (t.k === K.Word) return this.wordCore(i);
    if (t.l === "+" && this.isNum(i + 1) && this.adj(i + 1)) {
      const c = this.core(i + 1, approx);
      if (c && "a" in c) return { ...c, a: i };
      return c;
    }
    return null;
  }

  /** Numeral at i with its scale and attached unit. */
  private numeral(i: number, money: boolean): { b: number; value?: number; unit?: string; scaled: boolean } {
    let value = this.t[i]!.v;
    let b = i + 1;
    let unit: string | undefined;
    let scaled = false;
    const nx = this.t[b];
    if (nx && nx.k === K.Word && !nx.sp) {
      if (SCALE_SUFFIX.has(nx.l) && (money || nx.l !== "b")) {
        if (value !== undefined) value *= SCALE_SUFFIX.get(nx.l)!;
        b++;
        scaled = true;
      } else if (ATTACHED_UNITS.has(nx.l) || nx.l === "plus") {
        unit = nx.l === "plus" ? undefined : nx.l;
        b++;
        // "2hr 06min 41sec": a finishing time written as one run of clock units
        while (unit !== undefined && CLOCK_UNITS.has(unit) && this.t[b]?.k === K.Num && this.t[b + 1]?.k === K.Word && !this.t[b + 1]!.sp && CLOCK_UNITS.has(this.t[b + 1]!.l)) b += 2;
      } else if (nx.l === "fold") {
        unit = "times";
        b++;
      }
    } else if (nx && nx.k === K.Word && SCALE_WORDS.has(nx.l)) {
      if (value !== undefined) value *= SCALE_WORDS.get(nx.l)!;
      b++;
      scaled = true;
      // "2 hundred thousand", "1.5 million"
      const n2 = this.t[b];
      if (n2 && n2.k === K.Word && SCALE_WORDS.has(n2.l) && SCALE_WORDS.get(n2.l)! > SCALE_WORDS.get(nx.l)!) {
        if (value !== undefined) value *= SCALE_WORDS.get(n2.l)!;
        b++;
      }
    } else if (nx && nx.k === K.Word && (nx.l === "k" || nx.l === "m") && money) {
      if (value !== undefined) value *= SCALE_SUFFIX.get(nx.l)!;
      b++;
      scaled = true;
    }
    // Mixed fraction, as bond and stock prices are quoted: "1 5/8 points".
    if (!scaled && unit === undefined && this.isNum(b) && this.t[b]!.sp && this.l(b + 1) === "/" && this.adj(b + 1) && this.isNum(b + 2) && this.adj(b + 2)) {
      const n = this.t[b]!.v;
      const d = this.t[b + 2]!.v;
      if (n !== undefined && d !== undefined && d > n && d <= 64 && Number.isInteger(n) && Number.isInteger(d)) {
        if (value !== undefined) value += n / d;
        b += 3;
      }
    }
    // "+" suffix: "100+"
    if (this.l(b) === "+" && this.adj(b)) b++;
    const w = this.l(b);
    if (w === "%") { unit = "%"; b++; }
    else if (w === "percent" || w === "pc") { unit = "%"; b++; }
    else if (w === "per" && this.isWord(b + 1, "cent")) { unit = "%"; b += 2; }
    else if (w === "percentage" && (this.isWord(b + 1, "points") || this.isWord(b + 1, "point"))) { unit = "percentage points"; b += 2; }
    else if (w === "basis" && (this.isWord(b + 1, "points") || this.isWord(b + 1, "point"))) { unit = "basis points"; b += 2; }
    if (unit === "%" && (this.isWord(b, "points") || this.isWord(b, "point"))) { unit = "percentage points"; b++; }
    return { b, value, unit, scaled };
  }

  /** Number words, fractions, vague counts and multiples starting at the word i. */
  private wordCore(i: number): Core | null {
    const w = this.l(i);
    const next = this.l(i + 1);
    // "a couple of hundred votes", "a couple of thousand"
    if (w === "a" && next === "couple" && this.l(i + 2) === "of" && COUPLE_SCALES.has(this.l(i + 3))) {
      return { a: i, b: i + 4, countable: true, bare: false, vague: true };
    }
    // Multiples and halvings as verbs: "doubled", "halved".
    if (MULTIPLE_VERBS.has(w)) return { a: i, b: i + 1, value: MULTIPLE_VERBS.get(w), unit: "times", countable: false, bare: false };
    if (FOLD_WORDS.has(w)) return { a: i, b: i + 1, value: FOLD_WORDS.get(w), unit: "times", countable: false, bare: false };
    // ("once a second warehouse was finished": "a second" before a noun is an ordinal, no rate)
    const rateEnd = w === "once" || w === "twice" || w === "thrice" ? this.rateAt(i + 1) : -1;
    if (rateEnd > i + 1 && this.l(rateEnd - 1) === "second" && this.t[rateEnd]?.k === K.Word && !PHRASE_BREAKS.has(this.l(rateEnd)) && !this.t[rateEnd]!.cap) return null;
    if ((w === "once" || w === "twice" || w === "thrice") && rateEnd > i + 1) {
      return { a: i, b: i + 1, value: w === "once" ? 1 : w === "twice" ? 2 : 3, unit: "times", countable: false, bare: false };
    }
    if (w === "twice" || w === "thrice") {
      const before = this.l(i - 1);
      // "was struck twice in the abdomen", "disciplined twice for …": a count of times (not "think twice")
      // ("some refugees had been counted twice": double counting, an error, not a count of times)
      // ("counting the same people twice": the counting verb a few words back)
      // (not the noun: "a count nearly twice as high as the estimate")
      const doubleCount = w === "twice" && [1, 2, 3, 4, 5].some((d) => /^(?:counted|count|counting|counts|listed|recorded|included|registered)$/.test(this.l(i - d)) && !DEFINITE.has(this.l(i - d - 1)) && !/^(?:a|an)$/.test(this.l(i - d - 1)));
      if (doubleCount) return null;
      if (next !== "as" && before !== "think" && before !== "thought" && before !== "thinking" && this.t[i - 1]?.k === K.Word && !DEFINITE.has(before)) {
        return { a: i, b: i + 1, value: w === "twice" ? 2 : 3, unit: "times", countable: false, bare: false };
      }
      if (next === "as" && AS_WORDS.has(this.l(i + 2))) {
        // "twice as many boxes", "twice as much as": the comparison is the quantity
        return { a: i, b: i + 3, value: w === "twice" ? 2 : 3, unit: "times", countable: false, bare: false };
      }
      if (next === "as" || next === "the" || next === "that" || next === "a" || next === "its" || next === "their") {
        return { a: i, b: i + 1, value: w === "twice" ? 2 : 3, unit: "times", countable: false, bare: false };
      }
      return null;
    }
    if (w === "double" || w === "triple" || w === "treble" || w === "quadruple") {
      const prev = this.l(i - 1);
      // "… will double", "could triple by 2030": the verb after a modal
      const modalVerb = MODAL_BEFORE_MULTIPLE.has(prev) && next !== "down" && next !== "up";
      // ("the rate was roughly double in the treatment group": a multiple after an approximation)
      if (modalVerb || next === "the" || next === "that" || next === "its" || next === "their" || prev === "than" || prev === "nearly" || prev === "almost" || prev === "more" || prev === "roughly" || prev === "about" || prev === "around") {
        return { a: i, b: i + 1, value: w === "double" ? 2 : w === "quadruple" ? 4 : 3, unit: "times", countable: false, bare: false };
      }
      return null;
    }
    // Hyphenated fraction "two-thirds", "one-quarter", "three-fifths"; fold "three-fold".
    const dash = w.indexOf("-");
    if (dash > 0) {
      const head = w.slice(0, dash);
      const tail = w.slice(dash + 1);
      const hv = wordValue(head);
      if (hv !== undefined && FRACTIONS.has(tail) && tail !== "half") return { a: i, b: i + 1, value: hv / FRACTIONS.get(tail)!, countable: true, bare: false };
      // ("the previous five-year average", "a 20-year low": the baseline compared against, no quantity)
      if (hv !== undefined && BASELINE_UNITS.has(tail) && /^(?:average|averages|mean|low|lows|high|highs)$/.test(this.l(i + 1))) return null;
      if (hv !== undefined && TIME_UNITS.has(tail) && this.namesStandard(i - 1, i + 1)) return null;
      if (hv !== undefined && hv >= 2 && TIME_UNITS.has(tail) && !this.debtAt(i + 1) && !SPAN_NAMED.has(this.l(i + 1))) return { a: i, b: i + 1, value: hv, unit: tail, countable: false, bare: false };
      // "a six-mile stretch", "a 40-acre site" (as words): a measured length or area
      if (hv !== undefined && hv >= 2 && HYPHEN_MEASURES.has(tail)) return { a: i, b: i + 1, value: hv, unit: tail, countable: false, bare: false };
      // "a half-dozen shutdowns"
      if (head === "half" && tail === "dozen") return { a: this.isWord(i - 1, "a") ? i - 1 : i, b: i + 1, value: 6, countable: true, bare: false };
      // "at least a half-billion dollars", "a quarter-million visitors"
      if ((head === "half" || head === "quarter") && (tail === "million" || tail === "billion" || tail === "trillion")) {
        return { a: this.isWord(i - 1, "a") ? i - 1 : i, b: i + 1, value: (head === "half" ? 0.5 : 0.25) * SCALE_WORDS.get(tail)!, countable: true, bare: false };
      }
      if (hv !== undefined && tail === "fold") return { a: i, b: i + 1, value: hv, unit: "times", countable: false, bare: false };
      if ((head === "quarter" || head === "half" || hv !== undefined) && (tail === "point" || tail === "percentage-point" || tail === "percent")) {
        return { a: i, b: i + 1, value: head === "quarter" ? 0.25 : head === "half" ? 0.5 : hv, unit: "points", countable: false, bare: false };
      }
      if (w === "one-half" || w === "one-and-a-half") return { a: i, b: i + 1, value: w === "one-half" ? 0.5 : 1.5, countable: true, bare: false };
    }
    // "half": a figure when it measures something ("half of", "half the", "by half"), not "the second half".
    if (w === "half") {
      const prev = this.l(i - 1);
      if (next === "a" || next === "an") {
        const x = this.l(i + 2);
        if (x === "percentage" && (this.isWord(i + 3, "point") || this.isWord(i + 3, "points"))) return { a: i, b: i + 4, value: 0.5, unit: "percentage points", countable: false, bare: false };
        if (x === "million" || x === "billion" || x === "trillion" || x === "dozen") return { a: i, b: i + 3, value: (x === "dozen" ? 12 : SCALE_WORDS.get(x)!) / 2, countable: true, bare: false };
        if (x === "point" || TIME_UNITS.has(x) || MEASURE_SINGULAR.has(x)) return { a: i, b: i + 3, value: 0.5, unit: x === "point" ? "points" : x, countable: false, bare: false };
      }
      if (prev === "first" || prev === "second" || prev === "other" || prev === "latter" || prev === "better" || prev === "the" || prev === "this" || prev === "its") return null;
      // ("for the eastern half of the valley", "the top half of the table": a part named by where it lies)
      if (SIDE_WORDS.has(prev) && /^(?:the|its|their|this|that)$/.test(this.l(i - 2))) return null;
      if (next === "of" || next === "the" || next === "its" || next === "their" || next === "his" || next === "her" || next === "my" || next === "our" || next === "your" || next === "those" || next === "these" || next === "all" || next === "a" || next === "an" || prev === "by" || prev === "than" || prev === "in" || (prev === "as" && this.l(i - 2) === "much") || prev === "nearly" || prev === "almost" || prev === "about" || prev === "around" || prev === "roughly" || prev === "over" || prev === "under") {
        // ("half the food", "half their members": what it is half of, a noun right after the determiner)
        const noun = this.t[i + 2];
        // ("cut in half the order", "by half": a change, whatever follows)
        const whole = (next === "the" || next === "its" || next === "their" || next === "his" || next === "her") && prev !== "in" && prev !== "by" &&
          noun !== undefined && noun.k === K.Word && !noun.cap && !PHRASE_BREAKS.has(noun.l);
        return { a: i, b: whole ? i + 3 : i + 1, value: 0.5, countable: true, bare: false };
      }
      // ("would cover barely half that number"): half of a number just given
      if ((next === "that" || next === "this") && HALF_OF_NOUNS.has(this.l(i + 2))) return { a: i, b: i + 3, value: 0.5, countable: true, bare: false };
      return null;
    }
    // "a"/"an": "a million", "a dozen", "a third", "a quarter of", "a hundred".
    // "another quarter of a million units"
    if ((w === "quarter" || w === "third") && this.l(i - 1) === "another" && next === "of" && (this.l(i + 2) === "a" || this.l(i + 2) === "an") && SCALE_WORDS.has(this.l(i + 3))) {
      return { a: i, b: i + 1, value: w === "quarter" ? 0.25 : 1 / 3, countable: true, bare: false };
    }
    if (w === "a" || w === "an") {
      // "less than an hour", "more than a year": an approximation makes the article a quantity
      // ("less than an hour's notice": the span, possessive)
      const unitWord = /[’']s$/.test(next) ? next.slice(0, -2) : next;
      if (APPROX_BEFORE_ARTICLE.has(this.l(i - 1)) && (TIME_UNITS.has(unitWord) || MEASURE_SINGULAR.has(next))) {
        return { a: i, b: i + 2, value: 1, unit: unitWord, countable: false, bare: false };
      }
      if (SCALE_WORDS.has(next) && next !== "bn" && next !== "mn" && next !== "tn") {
        let b = i + 2;
        let value = SCALE_WORDS.get(next)!;
        const n2 = this.l(b);
        if (SCALE_WORDS.has(n2) && SCALE_WORDS.get(n2)! > value) { value *= SCALE_WORDS.get(n2)!; b++; }
        return { a: i, b, value, countable: true, bare: false };
      }
      if (next === "dozen") return { a: i, b: i + 2, value: 12, countable: true, bare: false };
      // "cut rates by a quarter-point"
      if (next === "quarter-point" || next === "half-point") return { a: i, b: i + 2, value: next === "quarter-point" ? 0.25 : 0.5, unit: "points", countable: false, bare: false };
      // ("roughly an eighth of the celestial sphere")
      if ((next === "third" || next === "quarter" || next === "fourth" || next === "fifth" || next === "sixth" || next === "seventh" || next === "eighth" || next === "ninth" || next === "tenth" || next === "hundredth") && FRACTIONS.has(next)) {
        // "a third of", "fell by a third", but not "a third term"
        const after = this.l(i + 2);
        const prev = this.l(i - 1);
        // ("as much as a quarter since the camp appeared", "between a quarter and a third of the fall")
        // ("that a fifth had gone back on the rolls", "a quarter were unemployed": the share as a subject)
        if (after === "of" || after === "" || after === "." || after === "," || after === "in" || after === "since" || FRACTION_SUBJECT_VERBS.has(after) || (DIFFERENCE_WORDS.has(after) && this.l(i + 3) === "than") || prev === "by" || prev === "than" || prev === "about" || prev === "nearly" || prev === "almost" || prev === "roughly" || prev === "around" || prev === "as" || (prev === "between" && after === "and")) {
          return { a: i, b: i + 2, value: 1 / FRACTIONS.get(next)!, countable: true, bare: false };
        }
      }
      return null;
    }
    // Vague counts: "dozens", "hundreds of", "tens of thousands", "thousands".
    if (VAGUE_COUNTS.has(w)) {
      if (w === "scores" && next !== "of") return null;
      if (w === "tens" && next !== "of") return null;
      let b = i + 1;
      if (next === "of" && VAGUE_COUNTS.has(this.l(i + 2))) b = i + 3; // "tens of thousands", "hundreds of millions"
      return { a: i, b, countable: true, bare: false, vague: true };
    }
    if (w === "dozen" && !(this.l(i - 1) === "a")) return null;
    // "several hundred deaths", "a few thousand", "many millions"
    if ((w === "several" || w === "few" || w === "many") && (next === "hundred" || next === "thousand" || next === "million" || next === "billion" || next === "dozen")) {
      const b = this.l(i + 2) === "thousand" || this.l(i + 2) === "million" ? i + 3 : i + 2;
      return { a: this.l(i - 1) === "a" && w === "few" ? i - 1 : i, b, countable: true, bare: false, vague: true };
    }
    // Spelled-out numbers: "three", "twenty-one", "two hundred", "1.5 million" handled above.
    const v0 = wordValue(w);
    if (v0 === undefined) {
      if (SCALE_WORDS.has(w) && (w === "million" || w === "billion" || w === "trillion" || w === "hundred" || w === "thousand")) return null;
      return null;
    }
    let value = 0;
    let current = v0;
    let b = i + 1;
    let scaled = false;
    for (let guard = 0; guard < 12; guard++) {
      const x = this.l(b);
      if (SCALE_WORDS.has(x) && (x === "hundred" || x === "thousand" || x === "million" || x === "billion" || x === "trillion")) {
        if (x === "hundred") current *= 100;
        else { value += current * SCALE_WORDS.get(x)!; current = 0; }
        scaled = true;
        b++;
        continue;
      }
      if (x === "and" && scaled && wordValue(this.l(b + 1)) !== undefined) { b++; continue; }
      if (x === "dozen") { current *= 12; b++; scaled = true; continue; }
      const xv = wordValue(x);
      if (xv !== undefined && scaled) { current += xv; b++; continue; }
      break;
    }
    value += current;
    // "one" alone is rarely a quantity ("one of the", "no one"): keep it only as "one in five", "one million", "one third".
    if (w === "one" && !scaled) {
      const x = this.l(b);
      // "at least one death", "more than one account": a bound on a count
      // ("won only one game", "just one offer": a count set against more)
      const onlyOne = /^(?:only|just|exactly|merely)$/.test(this.l(i - 1));
      const bounded = (this.l(i - 1) === "least" && this.l(i - 2) === "at") || (this.l(i - 1) === "than" && /^(?:more|fewer|less)$/.test(this.l(i - 2))) || onlyOne;
      if (bounded && this.t[b]?.k === K.Word && !NOT_UNIT.has(x) && this.unitWord(x)) return { a: onlyOne ? i - 1 : i, b, value: 1, countable: true, bare: false };
      // ("had received only one of those letters": the bound is on a part of a set named before)
      // ("the only one of the region's four services" singles one out: no count)
      if (onlyOne && x === "of" && SET_DETERMINERS.has(this.l(b + 1)) && this.l(i - 2) !== "the") return { a: i - 1, b, value: 1, countable: true, bare: false };
      // "one worker had been killed and seven others injured": a casualty count of one
      if (this.t[b]?.k === K.Word && !NOT_UNIT.has(x) && this.unitWord(x) && this.casualtyAfter(b + 1)) return { a: i, b: b + 1, value: 1, countable: true, bare: false };
      // "one voter in five": the counted noun sits inside the ratio
      if (this.t[b]?.k === K.Word && !NOT_UNIT.has(x) && this.ratioAt(b + 1)) {
        const e = this.ratioEnd(b + 1);
        const den = this.t[e - 1]!;
        const dv = den.k === K.Num ? den.v : wordValue(den.l);
        return { a: i, b: e, value: dv ? 1 / dv : undefined, unit: "ratio", countable: false, bare: false };
      }
      // "five patients, one more than the trust's total": a difference
      if (DIFFERENCE_WORDS.has(x) && this.l(b + 1) === "than") return { a: i, b: b + 1, value: 1, countable: true, bare: false };
      // ("shut one of its three production lines": a part counted from its whole)
      // ("one of the three federations that paid", an apposition, counts nothing: only "one of its/their …")
      if (!(FRACTIONS.has(x)) && !this.ratioAt(b) && !(x === "of" && this.l(b + 1) !== "the" && this.partOfWholeEnd(b) > 0)) return null;
    }
    if (w === "zero" && !scaled && this.l(b) === "-") return null;
    // "two thirds", "three quarters"
    const x = this.l(b);
    if (FRACTIONS.has(x) && !scaled && (x !== "half" && x !== "halves")) {
      const plural = x.endsWith("s") || x.endsWith("ths");
      if (plural || w === "one") return { a: i, b: b + 1, value: value / FRACTIONS.get(x)!, countable: true, bare: false };
    }
    return { a: i, b, value, countable: true, bare: false };
  }

  /** "in five", "out of 10", "in every three" after a count: a ratio. */
  private ratioAt(b: number): boolean {
    let j = b;
    const w = this.l(j);
    if (w === "in") j++;
    else if (w === "out" && this.isWord(j + 1, "of")) j += 2;
    // "one of every five bridges"
    else if (w === "of" && this.isWord(j + 1, "every")) j++;
    else return false;
    if (this.isWord(j, "every")) j++;
    if (this.isNum(j)) {
      const v = this.t[j]!.v;
      // ("one in 10,000": a risk's denominator may be large, written with separators)
      return v !== undefined && v > 1 && (v < 1000 ? this.t[j]!.l.length < 4 : v <= 1_000_000 && this.t[j]!.l.includes(","));
    }
    const v = wordValue(this.l(j));
    return v !== undefined && v > 1;
  }

  /** The value of the ratio's last word, at ratioEnd - 1: "in five" → 5, "out of 10" → 10. */
  private ratioDenominator(e: number): number | undefined {
    const den = this.t[e - 1]!;
    return den.k === K.Num ? den.v : wordValue(den.l);
  }

  private ratioEnd(b: number): number {
    let j = b;
    if (this.isWord(j, "in")) j++;
    else if (this.isWord(j, "of")) j++;
    else j += 2;
    if (this.isWord(j, "every")) j++;
    return j + 1;
  }

  /** Match one figure starting at token i; returns the next token index to look at (≥ i+1) and maybe a figure. */
  match(i: number): { next: number; fig?: Figure; definite?: boolean } {
    const t0 = this.t[i]!;
    let j = i;
    let approx = false;
    let lead = false; // words before the core ("rose", "more than") belong to the figure
    let rangeIntro = -1;
    // "rose 4.5%", "fell by a third"; "up to" is an approximation, not a change
    if (t0.k === K.Word && CHANGE_VERBS.has(t0.l) && this.phraseAt(i, APPROX) === 0) {
      j = this.isWord(i + 1, "by") ? i + 2 : i + 1;
      lead = true;
    }
    // "asked all 14 stations": the whole of a count
    // ("all nine precincts", "all three new prisons": a whole counted, labelled a figure wherever it occurs)
    if (!lead && this.l(j) === "all" && this.countAfterAll(j + 1)) { j++; lead = true; }
    const ap = this.phraseAt(j, APPROX);
    const opener = this.l(j);
    if (ap > 0) { j += ap; approx = true; lead = true; }
    else if (opener === "between" || opener === "from") { rangeIntro = j; j++; }
    // "at least another $250 million"
    if (approx && this.l(j) === "another") j++;
    const aw = this.l(j);
    if (aw === "about" || aw === "around" || aw === "nearly" || aw === "roughly" || aw === "approximately" || aw === "some") { j++; approx = true; lead = true; }
    const c = this.core(j, approx);
    if (c === null) return { next: i + 1 };
    if ("skip" in c) return { next: Math.max(c.skip, i + 1) };
    let a = lead ? i : c.a;
    let b = c.b;
    let value = c.value;
    let unit = c.unit;
    // Ranges: "15,000–18,000", "between 15,000 and 18,000", "from 3% to 5%", "two or three", "3-1".
    const joiner = this.t[b];
    let ranged = false;
    if (joiner) {
      const jl = joiner.l;
      const isDash = !joiner.sp && this.isHyphen(b) && this.adj(b + 1);
      const isWordJoin = (jl === "to" || (jl === "and" && rangeIntro >= 0 && this.l(rangeIntro) === "between") || (jl === "or" && c.countable)) && joiner.k === K.Word;
      if (isDash || isWordJoin) {
        const k = this.phraseAt(b + 1, APPROX) > 0 ? b + 1 + this.phraseAt(b + 1, APPROX) : b + 1;
        const c2 = this.core(k, false);
        if (c2 && "a" in c2 && !(c.bare && c2.bare && this.bothYears(c.a, c2.a))) {
          b = c2.b;
          ranged = true;
          if (unit === undefined && c2.unit !== undefined) unit = c2.unit;
          // "fell 37% to 112 million francs": the level's currency ends the phrase
          else if (unit !== undefined && c2.unit === undefined && CURRENCY_WORDS.has(this.l(b))) b++;
        } else if (c2 && "skip" in c2 && c.bare && this.isYearLike(c.a)) {
          return { next: Math.max(c2.skip, i + 1) };
        }
      }
    }
    // "between"/"from" belong to the figure only when a second end follows.
    if (rangeIntro >= 0 && b !== c.b && !lead) a = rangeIntro;
    // Ratio: "one in five", "1 in 4", "nine out of 10".
    if (c.value !== undefined && c.value < 100 && this.ratioAt(b)) {
      const e = this.ratioEnd(b);
      const dv = this.ratioDenominator(e);
      if (dv !== undefined && value !== undefined && dv > 0) { value = value / dv; unit = "ratio"; }
      b = e;
      if (this.countNoun(b, 2)) {
        b++;
        // "six in 10 rural districts": an adjective, then the noun
        if (!this.pluralNoun(this.l(b - 1)) && this.pluralNounAt(b)) b++;
      }
    }
    // Page furniture: "4 min read".
    {
      const m = this.l(b);
      if ((m === "min" || m === "mins" || m === "minute" || m === "minutes" || m === "minute-read") && (this.isWord(b + 1, "read") || m === "minute-read")) return { next: b + 2 };
    }
    // Unit: "21,600 soldiers", "hundreds of people", "5 million barrels", "$2 billion dollars".
    const nextTok = this.t[b];
    // the ends of "of its 15 planned shelters" and "of the state's rural districts", found once
    let partEnd = 0;
    let modEnd = 0;
    let ownedEnd = 0;
    if (nextTok && nextTok.k === K.Word) {
      if (CURRENCY_WORDS.has(nextTok.l) && (c.countable || c.unit === undefined)) {
        unit = CURRENCY_WORDS.get(nextTok.l);
        b++;
      } else if (c.countable && unit === undefined) {
        if (nextTok.l === "of" && this.isFractionLike(value) && (this.l(b + 1) === "a" || this.l(b + 1) === "an") && this.t[b + 2]?.k === K.Word) {
          // "two-tenths of a point", "a quarter of a million", "half of a percentage point"
          const x = this.l(b + 2);
          if (x === "million" || x === "billion" || x === "trillion" || x === "thousand") {
            if (value !== undefined) value *= SCALE_WORDS.get(x)!;
            b += 3;
            if (this.countNoun(b, 2)) { unit = this.l(b); b++; }
          } else if (x === "percentage" && (this.isWord(b + 3, "point") || this.isWord(b + 3, "points"))) {
            unit = "percentage points";
            b += 4;
          } else if (x === "point" || TIME_UNITS.has(x) || MEASURE_SINGULAR.has(x)) {
            unit = x === "point" ? "points" : x;
            b += 3;
          }
        } else if ((nextTok.l === "percentage" || nextTok.l === "basis") && (this.isWord(b + 1, "points") || this.isWord(b + 1, "point"))) {
          // "three percentage points", "fifty basis points"
          unit = `${nextTok.l} points`;
          b += 2;
        } else if (nextTok.l === "percent" || (nextTok.l === "per" && this.isWord(b + 1, "cent"))) {
          // "ten percent", "twenty per cent"
          unit = "%";
          b += nextTok.l === "per" ? 2 : 1;
        } else if (nextTok.l === "of" && (c.vague || this.isFractionLike(value)) && this.t[b + 1]?.k === K.Word && (!NOT_UNIT.has(this.l(b + 1)) || this.l(b + 1) === "others" ||
          // ("called the line dozens of times", "invited dozens of other lawmakers")
          (c.vague && (this.l(b + 1) === "times" || (this.l(b + 1) === "other" && this.t[b + 2]?.k === K.Word && this.pluralNoun(this.l(b + 2))))))) {
          // ("Thousands of others are still waiting"; "hundreds of postal votes": an adjective then its plural noun)
          unit = this.l(b + 1);
          b += 2;
          const n2 = this.t[b];
          if (n2 && n2.k === K.Word && !n2.cap && !this.pluralNoun(unit) && this.pluralNoun(n2.l) && !NOT_UNIT.has(n2.l)) {
            unit = unit + " " + n2.l;
            b++;
          }
        } else if (nextTok.l === "times" || nextTok.l === "time") {
          unit = "times";
          b++;
          const w1 = this.l(b);
          if (w1 === "as" && AS_WORDS.has(this.l(b + 1))) b += 2;
          else if (COMPARATIVES.has(w1)) b++;
        } else if (nextTok.l === "of" && !c.vague && /^(?:them|those|these|us|whom|which)$/.test(this.l(b + 1)) && (value ?? 0) > 1) {
          // "two of them in other departments", "61 new drivers, 44 of whom are still on the job"
          unit = `of ${this.l(b + 1)}`;
          b += 2;
          // "nine of them children", "four of those days"
          if (this.pluralNounAt(b) || (TIME_UNITS.has(this.l(b)) && this.l(b).endsWith("s"))) { unit += ` ${this.l(b)}`; b++; }
        } else if (CASUALTY_WORDS.has(nextTok.l) && c.countable && unit === undefined) {
          // "23 civilians had been killed and 71 wounded", "39 wounded patients"
          unit = nextTok.l;
          b++;
          if (this.pluralNounAt(b)) { unit += ` ${this.l(b)}`; b++; }
        } else if (nextTok.l === "of" && !c.vague && value !== undefined && this.isNum(b + 1) && (this.t[b + 1]!.v ?? 0) > value && this.l(b + 2) !== "%" && !this.isWord(b + 2, "percent")) {
          // "eight of 10 flight tests", "143 of the 613" without "the": a part and its whole
          unit = `of ${this.l(b + 1)}`;
          b += 2;
          for (let k = 0; k < 2 && this.t[b]?.k === K.Word && !this.t[b]!.cap && !NOT_UNIT.has(this.l(b)) && (this.pluralNoun(this.l(b)) || this.pluralNounAt(b + 1)); k++) { unit += ` ${this.l(b)}`; b++; }
        } else if (nextTok.l === "of" && !c.vague && (partEnd = this.partOfWholeEnd(b)) > 0) {
          // "11 of its 15 planned shelters", "four of the past six years", "71 of the last 90 nights"
          unit = this.s.slice(this.t[b]!.s, this.t[partEnd - 1]!.e);
          b = partEnd;
        } else if (nextTok.l === "of" && !c.vague && this.l(b + 1) === "the" && ((this.t[b + 2]?.k === K.Num && !this.isYearLike(b + 2)) || (wordValue(this.l(b + 2)) ?? 0) > 1) && this.pluralNoun(this.l(b + 3)) && !this.t[b + 3]!.cap) {
          // "two of the three samples", "11 of the 26 tenders": a part and the whole, one figure
          unit = this.l(b + 3);
          b += 4;
        } else if (nextTok.l === "of" && !c.vague && (this.l(b + 1) === "the" || this.l(b + 1) === "its" || this.l(b + 1) === "their") && this.pluralNoun(this.l(b + 2)) && !this.t[b + 2]!.cap) {
          // "two of the plants": a count out of a named set
          unit = this.l(b + 2);
          b += 3;
        } else if (nextTok.l === "of" && !c.vague && (this.l(b + 1) === "the" || this.l(b + 1) === "its" || this.l(b + 1) === "their") && (ownedEnd = this.ownedPluralEnd(b + 2)) > 0) {
          // "140 of the state's rural districts"
          unit = this.s.slice(this.t[b]!.s, this.t[ownedEnd - 1]!.e);
          b = ownedEnd;
        } else if (nextTok.l === "others" && !c.vague && (value ?? 0) > 1) {
          // "three people had been killed and 11 others injured"
          unit = "others";
          b++;
        } else if (COUNT_BRIDGES.has(nextTok.l) && this.t[b + 1]?.k === K.Word && !this.t[b + 1]!.cap && this.countNoun(b + 1, value)) {
          unit = this.s.slice(nextTok.s, this.t[b + 1]!.e);
          b += 2;
        } else if (SPACED_UNITS.has(nextTok.l) && nextTok.sp) {
          // "limited to 15.5 mph", "a 400 MW plant": a unit abbreviation after a space
          unit = nextTok.l;
          b++;
        } else if (RANK_COMPOUND_RE.test(nextTok.l)) {
          // ("312 grade-one calls": a rank's own number names the kind; the count stands alone)
        } else if (!nextTok.cap && this.countNoun(b, value)) {
          unit = nextTok.l;
          b++;
          // "2 degrees Celsius"
          if ((unit === "degrees" || unit === "degree") && /^(?:celsius|fahrenheit|centigrade|c|f)$/.test(this.l(b))) b++;
          // "230,000 criminal cases": an adjective then a plural noun
          const n2 = this.t[b];
          if (n2 && n2.k === K.Word && !n2.cap && !this.pluralNoun(unit) && !IRREGULAR_PLURALS.has(unit) && (this.pluralNoun(n2.l) || (SEQUENCE_ADJ.has(unit) && (TIME_UNITS.has(n2.l) || n2.l === "quarters")))) {
            unit = unit + " " + n2.l;
            b++;
          } else if (n2 && n2.k === K.Word && !n2.cap && NOUN_MODIFIERS.has(unit) && this.pluralNoun(n2.l) && !S_VERBS.has(n2.l)) {
            // "600 police officers", "three claims workers", "two weapons amnesties": a noun that modifies the next
            unit = unit + " " + n2.l;
            b++;
          } else if (!this.pluralNoun(unit) && !IRREGULAR_PLURALS.has(unit)) {
            // "140 support staff posts", "1,150 more secondary pupils", "12 new four-carriage trains": the
            // words before the counted plural noun, two at most
            const end = this.pluralWithin(b, 2);
            if (end > b) {
              unit = this.s.slice(this.t[b - 1]!.s, this.t[end - 1]!.e);
              b = end;
            }
          }
        } else if (nextTok.cap && nextTok.sp && !NOT_UNIT.has(nextTok.l) && !MONTHS.has(nextTok.l) && !WEEKDAYS.has(nextTok.l) && this.t[b + 1]?.k === K.Word && !this.t[b + 1]!.cap && this.unitWord(this.l(b + 1)) && !NOT_UNIT.has(this.l(b + 1)) && (/(?:an|ian|ish|ese|i|ic)$/.test(nextTok.l) || this.pluralNoun(this.l(b + 1)))) {
          // "18,000 Ukrainian soldiers", "three Iowa towns"
          unit = this.s.slice(nextTok.s, this.t[b + 1]!.e);
          b += 2;
        } else if (nextTok.cap && nextTok.sp && this.pluralNoun(nextTok.l) && !MONTHS.has(nextTok.l) && !WEEKDAYS.has(nextTok.l)) {
          // "10 Republicans", "48 Democrats": members of a named group
          unit = this.s.slice(nextTok.s, nextTok.e);
          b++;
        } else if (value !== undefined && Number.isInteger(value) && value >= 2 && (modEnd = this.modifiedPluralEnd(b)) > b) {
          // "two ageing blast furnaces", "four other Harwell drivers", "23 full-time GPs": the words before
          // the counted plural noun, three at most
          unit = this.s.slice(nextTok.s, this.t[modEnd - 1]!.e);
          b = modEnd;
        }
      }
    } else if (nextTok && this.isHyphen(b) && !nextTok.sp && this.t[b + 1]?.k === K.Word && this.adj(b + 1) && c.countable && unit === undefined) {
      // "25-year sentence", "10-year-old"
      const w = this.l(b + 1);
      // "a .38-caliber revolver": a gun's bore names it
      if (w === "caliber" || w === "calibre") return { next: b + 2 };
      if (/(?:^|-)old$/.test(w)) return { next: b + 2 };
      // "a 5-to-4 ruling": a vote's tally
      if (w === "to" && this.isHyphen(b + 2) && this.isNum(b + 3)) {
        const start = this.t[a]!.s;
        const end = this.t[b + 3]!.e;
        return { next: b + 4, fig: { text: this.s.slice(start, end), approx, start, end, unit: "votes" } };
      }
      if (TIME_UNITS.has(w) && (this.debtAt(b + 2) || SPAN_NAMED.has(this.l(b + 2)))) return { next: b + 2 };
      if (w === "year" && (this.t[a]!.v ?? 0) >= 10 && RETURN_PERIOD_EVENTS.has(this.l(b + 2))) return { next: b + 2 };
      // ("a 20-year low", "the 10-year average": the baseline compared against)
      if (BASELINE_UNITS.has(w) && /^(?:average|averages|mean|low|lows|high|highs)$/.test(this.l(b + 2))) return { next: b + 3 };
      // ("the 18-week treatment target", "the four-hour standard": the name of a standard, no quantity)
      if (TIME_UNITS.has(w) && this.namesStandard(a - 1, b + 2)) return { next: b + 2 };
      unit = w;
      b += 2;
      if ((w === "point" || w === "seat" || w === "vote") && this.t[b]?.k === K.Word && MEASURED_NOUNS.has(this.l(b))) {
        unit = `${w} ${this.l(b)}`;
        b++;
      }
    }
    const bUnit = b;
    if (unit !== undefined && MEASURES.has(unit) && this.isWord(b, "of") && this.t[b + 1]?.k === K.Word && !this.t[b + 1]!.cap && !NOT_UNIT.has(this.l(b + 1))) {
      b += 2;
      // ("22 hours of physical therapy": an adjective, then the noun measured)
      if (ADJECTIVE_LIKE.test(this.l(b - 1)) && this.t[b]?.k === K.Word && !this.t[b]!.cap && !NOT_UNIT.has(this.l(b)) && !PHRASE_BREAKS.has(this.l(b))) b++;
    }
    // the words either side of the phrase, which most tests below read
    const pre = this.l(a - 1);
    const after = this.l(b);
    // Not quantities after all.
    // A count that only describes the source: "according to three people familiar with the inquiry".
    // ("23 victims who spoke at the hearing" is a count: only "who spoke on condition …" describes a source)
    // ("two patients who were hospitalized" is a count too: "who were/had …" describes only people who could be sources)
    const whoVerb = this.l(b + 1);
    const whoDescribes = after !== "who" ||
      (SOURCE_WHO.has(whoVerb) && (whoVerb !== "spoke" || this.l(b + 2) === "on") && (!WHO_STATE.has(whoVerb) || (SOURCE_NOUNS.has(unit ?? "") && WHO_STATE_SOURCE.has(this.l(b + 2)))));
    if (unit !== undefined && c.countable && !approx && SOURCE_TAILS.has(after) && whoDescribes) {
      return { next: b };
    }
    // "the two clubs", "all three men": a definite set, not a quantity the sentence asserts.
    // ("two of the seven members" is the whole a part is counted from: a figure)
    const partOf = pre === "the" && this.l(a - 2) === "of" && this.l(a - 3) !== "one" && (this.t[a - 3]?.k === K.Num || wordValue(this.l(a - 3)) !== undefined);
    // (reported only beside a figure the sentence does assert: "in each of the three tests … eight of 10")
    const definiteSet = !lead && c.a === a && this.t[a]?.k === K.Word && DEFINITE.has(pre) && !partOf && (value ?? 99) < 13 && !c.vague && unit !== undefined && !TIME_UNITS.has(unit);
    const u = unit ?? "";
    // "around 2400 BC": a date
    if (unit === undefined && (after === "bc" || after === "bce" || (after === "b" && this.l(b + 1) === "." && this.l(b + 2) === "c"))) return { next: b + 1 };
    if (TIME_UNITS.has(u)) {
      // "16 years ago" is a relative date; "over the next three years", "in the last 72 hours" and "will
      // last two weeks" are spans the sentence measures: figures, as labelled
      // ("inside its network for four days before they were detected": a span, measured)
      // (and "in the six weeks before the campaign began")
      // ("more than six hours before the order", "about 40 seconds before the first riders fell", "30 to 45
      // minutes after the first bell": an interval measured between two events, said with its bound or as a
      // range, is a figure, as labelled; a bare "two days after" is the news peg of the story, a relative date)
      const rel = this.l(bUnit);
      // ("had fallen from 19 days to 11 days since the centre opened": the level a change reached, not a date)
      const levelReached = rel === "since" && pre === "to" && this.l(a - 4) === "from" && TIME_UNITS.has(this.l(a - 2));
      if (RELATIVE_AFTER.has(rel) && pre !== "for" && !(pre === "the" && this.l(a - 2) === "in") && !((approx || ranged) && (rel === "before" || rel === "after")) && !levelReached) return { next: bUnit + 1 };
      // (an age; "roughly 4,300 years old" is no one's age but a find's, a figure)
      if ((u === "years" || u === "year") && (after === "old" || after === "of" && this.isWord(b + 1, "age")) && (value ?? 0) <= 130) return { next: b + 1 };
    }
    // "for the first time in 17 years": when something last happened, a relative date
    if (TIME_UNITS.has(u) && pre === "in" && this.l(a - 2) === "time" && this.l(a - 3) === "first") return { next: b };
    // ("aged 44 and 39": the second age too)
    if ((pre === "aged" || pre === "age" || pre === "ages") && !approx) {
      const joined = (this.isWord(b, "and") || this.isWord(b, "or") || this.l(b) === ",") && this.isNum(b + 1);
      return { next: joined ? b + 2 : b };
    }
    // "citing two Brannigan fund-raisers": a count of the report's own sources
    if (pre === "citing" && unit !== undefined && !approx) return { next: b };
    // Ages in apposition: "John Smith, 45, said".
    if (c.bare && unit === undefined && pre === "," && this.l(b) === "," && this.t[a - 2]?.cap && value !== undefined && value < 120 && Number.isInteger(value)) return { next: b };
    // Race distances used as names: "the 1,500m", "the 100 metres".
    // ("the 40-metre span" measures the span: a hyphened measure before a noun is no race)
    if (pre === "the" && (u === "m" || u === "metres" || u === "meters" || u === "km" || u === "metre") && !approx && !(this.isHyphen(a + 1) && this.pluralOrNounAt(b))) return { next: b };
    // ("on the 7 and 12 routes", "buses on the 3 route to Elmfield": numbers that name bus routes)
    if (!approx && this.routeNumbers(a, b)) return { next: b };
    // ("The 7 runs every 12 minutes": a route named by its number, then its verb)
    if (!approx && u === "runs" && pre === "the" && this.isNum(a) && b === a + 2 && /^(?:every|from|between|to|until|through|along|via|only)$/.test(this.l(b))) return { next: a + 1 };
    // ("the 10K that runs alongside it": a road race named by its distance, written with a capital K)
    if (pre === "the" && !approx && this.isWord(a + 1, "k") && !this.t[a + 1]!.sp && this.s.charCodeAt(this.t[a + 1]!.s) === 75 && !this.pluralNounAt(b)) return { next: b };
    if (this.isRaceName(c, b) || this.isCourseMark(c, b)) return { next: b };
    // Page furniture: "4 min read", "3 comments".
    if ((u === "min" || u === "mins" || u === "minute" || u === "minutes") && after === "read") return { next: b + 1 };
    if ((u === "comments" || u === "comment" || u === "shares" || u === "replies" || u === "photos" || u === "views") && this.t.length <= 6) return { next: b };
    // "122mm rockets", "155mm shells": a calibre names the weapon
    if ((u === "mm" || u === "millimetre" || u === "millimeter") && /^(?:shells?|rounds?|rockets?|mortars?|guns?|howitzers?|artillery|cannons?|ammunition|munitions)$/.test(this.l(b))) return { next: b + 1 };
    // "first dose at eight weeks": an infant's age, no quantity
    if ((u === "weeks" || u === "months") && this.l(a - 1) === "at" && !approx) return { next: b };
    // "37 employees and contract workers": one count of both
    if (unit !== undefined && this.pluralNounAt(b - 1) && this.isWord(b, "and") && !this.isNum(b + 1) && wordValue(this.l(b + 1)) === undefined) {
      if (this.pluralNounAt(b + 1)) b += 2;
      else if (this.t[b + 1]?.k === K.Word && !this.t[b + 1]!.cap && !NOT_UNIT.has(this.l(b + 1)) && this.pluralNounAt(b + 2)) b += 3;
    }
    // "expected to find two more before the session ends"
    if (unit === undefined && this.isWord(b, "more") && !(this.t[b + 1]?.k === K.Word && this.countNoun(b + 1, value))) b++;
    // "by seven votes to two": the split, one figure
    if ((u === "votes" || u === "vote") && this.isWord(b, "to") && (this.isNum(b + 1) || (wordValue(this.l(b + 1)) ?? 0) > 0)) b += 2;
    // "7 minutes 48 seconds", "2 hours 15 minutes": one span
    if (TIME_UNITS.has(u) && this.isNum(b) && TIME_UNITS.has(this.l(b + 1)) && this.l(b + 1) !== u) b += 2;
    // "about 60,000 cubic feet", "150 micrograms per cubic meter": an area or volume is one unit
    if ((u === "cubic" || u === "square") && this.t[b]?.k === K.Word && MEASURE_AFTER_CUBIC.test(this.l(b))) b++;
    // "35 cents on the dollar", "14p in the pound"
    if ((u === "cents" || u === "pence" || u === "cent" || u === "p") && (this.isWord(b, "on") || this.isWord(b, "in")) && this.isWord(b + 1, "the") && (this.isWord(b + 2, "dollar") || this.isWord(b + 2, "pound") || this.isWord(b + 2, "euro"))) b += 3;
    // Rates: "each month", "a year", "per day", "annually" ("per cubic meter": the measure's two words)
    if (this.isWord(b, "per") && (this.isWord(b + 1, "cubic") || this.isWord(b + 1, "square")) && this.t[b + 2]?.k === K.Word && MEASURE_AFTER_CUBIC.test(this.l(b + 2))) b += 3;
    else b = this.rateAt(b);
    // "one officer for every 11 inmates": a ratio, one figure
    if (this.isWord(b, "for") && this.isWord(b + 1, "every") && (this.isNum(b + 2) || wordValue(this.l(b + 2)) !== undefined)) {
      b += 3;
      if (this.t[b]?.k === K.Word && (this.pluralNoun(this.l(b)) || IRREGULAR_PLURALS.has(this.l(b)))) b++;
    }
    // "seven voters in ten", "three households out of four": the counted noun inside the ratio
    if (unit !== undefined && value !== undefined && value < 100 && this.pluralNounAt(b - 1) && this.ratioAt(b)) {
      const e = this.ratioEnd(b);
      const dv = this.ratioDenominator(e);
      // (not "four goals in 19 league appearances", "in six years": a denominator that counts something of its own)
      const bare = this.t[e] === undefined || this.t[e]!.k !== K.Word || !(this.pluralNounAt(e) || this.pluralNounAt(e + 1) || TIME_UNITS.has(this.l(e)));
      if (dv !== undefined && dv > value && RATIO_DENOMINATORS.has(dv) && bare) { value = value / dv; unit = "ratio"; b = e; }
    }
    const suffix = this.l(b);
    // Approximate suffixes: "or so", "or more".
    if (suffix === "or" && (this.isWord(b + 1, "so") || this.isWord(b + 1, "more") || this.isWord(b + 1, "longer") || this.isWord(b + 1, "fewer") || this.isWord(b + 1, "less"))) { b += 2; approx = true; }
    // A difference: "about 7,300 fewer than the club's figure", "a third more than it spent"
    else if (DIFFERENCE_WORDS.has(suffix) && this.isWord(b + 1, "than")) b++;
    // "closed 3.1% higher on Thursday", "take up to 25 minutes longer.": a change or a difference stated
    else if (/^(?:higher|lower|longer|shorter|faster|slower|cheaper|dearer)$/.test(suffix) && (u === "%" || TIME_UNITS.has(u) || MONEYISH.test(this.s.slice(this.t[a]!.s, this.t[b - 1]!.e))) &&
      (this.t[b + 1] === undefined || this.t[b + 1]!.k !== K.Word || /^(?:on|in|at|this|last|after|before|over|since|than|and|but|yesterday|today)$/.test(this.l(b + 1)))) b++;
    if (c.vague) approx = true;
    // "revised every two years": the rate's "every" opens the figure
    const start = (TIME_UNITS.has(u) && this.isWord(a - 1, "every") ? this.t[a - 1]! : this.t[a]!).s;
    const end = this.t[b - 1]!.e;
    const fig: Figure = { text: this.s.slice(start, end), approx, start, end };
    if (value !== undefined && Number.isFinite(value)) fig.value = value;
    if (unit !== undefined) fig.unit = unit;
    return definiteSet ? { next: b, fig, definite: true } : { next: b, fig };
  }

  /** Can w be the counted noun after a quantity of this value? Plural for counts, anything for one. */
  private countNoun(at: number, value: number | undefined): boolean {
    const w = this.l(at);
    // "two guided bombs", "three armed men": a participle adjective before a plural noun
    if (this.t[at]?.k === K.Word && w.endsWith("ed") && w.length > 4 && !NOT_UNIT.has(w) && this.t[at + 1]?.k === K.Word && !this.t[at + 1]!.cap && this.pluralNoun(this.l(at + 1))) return true;
    if (this.t[at]?.k !== K.Word || NOT_UNIT.has(w) || !this.unitWord(w)) return false;
    if (value === 1 || (value !== undefined && value < 1)) return true;
    if (this.pluralNoun(w) || IRREGULAR_PLURALS.has(w) || TIME_UNITS.has(w)) return true;
    // "230,000 criminal cases", "40 armed men", "18 consecutive months": an adjective before the plural noun
    const n = this.l(at + 1);
    return this.t[at + 1]?.k === K.Word && !this.t[at + 1]!.cap && (this.pluralNoun(n) || IRREGULAR_PLURALS.has(n) || ((TIME_UNITS.has(n) || n === "quarters") && n.endsWith("s") && SEQUENCE_ADJ.has(w)));
  }

  /** Past a rate phrase at rb ("a year", "per day", "each month", "annually", "/month"), or rb when none. */
  private rateAt(rb: number): number {
    // (a word token's text is lower-case letters, so comparing the text tests the word)
    const w = this.l(rb);
    // "$3,648 for each pupil", "one for every household"
    if (w === "for" && (this.isWord(rb + 1, "each") || this.isWord(rb + 1, "every")) && this.t[rb + 2]?.k === K.Word && RATE_UNITS.has(this.l(rb + 2))) return rb + 3;
    // "an inspector once every 11 weeks": every so many units
    if ((w === "every" || w === "each") && this.isNum(rb + 1) && TIME_UNITS.has(this.l(rb + 2))) return rb + 3;
    // "2.1 deaths per 1,000 births", "1.4 cases per 100,000 bed days": a rate over a counted base
    if (w === "per" && this.isNum(rb + 1)) {
      let j = rb + 2;
      for (let n = 0; n < 2 && this.t[j]?.k === K.Word && !this.t[j]!.cap && !NOT_UNIT.has(this.l(j)) && !S_VERBS.has(this.l(j)); n++) j++;
      return j;
    }
    // ("$60 per $100,000 of assessed value": a rate over a sum)
    if (w === "per" && this.t[rb + 1]?.k === K.Sym && CURRENCY_SYM_CODES.has(this.s.charCodeAt(this.t[rb + 1]!.s)) && this.isNum(rb + 2)) {
      return SCALE_WORDS.has(this.l(rb + 3)) ? rb + 4 : rb + 3;
    }
    if ((w === "a" || w === "an" || w === "per" || w === "each" || w === "every") && this.t[rb + 1]?.k === K.Word) {
      const ru = this.l(rb + 1);
      const sing = ru.endsWith("s") ? ru.slice(0, -1) : ru;
      // ("4.2 violations per inspection day": a compound unit, its time word last)
      if (w === "per" && !NOT_UNIT.has(ru) && !TIME_UNITS.has(ru) && this.t[rb + 2]?.k === K.Word && !this.t[rb + 2]!.cap && TIME_UNITS.has(this.l(rb + 2))) return rb + 3;
      if (RATE_UNITS.has(ru) || RATE_UNITS.has(sing) || (w === "per" && !NOT_UNIT.has(ru))) return rb + 2;
      return rb;
    }
    // ("about 400 hourly workers", "750 daily routes": the rate word describes the noun after it)
    if (RATE_WORDS.has(w) && w !== "each" && this.pluralNounAt(rb + 1)) return rb + 2;
    if (RATE_WORDS.has(w) && (w !== "each" || this.t[rb + 1]?.k !== K.Word)) return rb + 1;
    if (w === "/" && this.adj(rb) && this.t[rb + 1]?.k === K.Word && this.adj(rb + 1)) return rb + 2;
    if (w === "year-on-year" || w === "year-over-year") return rb + 1;
    return rb;
  }

  /** The index after a plural noun among the next `max` lower-case words from k (hyphenated ones count as one), else k. */
  private pluralWithin(k: number, max: number): number {
    let j = k;
    for (let n = 0; n < max && j < this.t.length; n++) {
      const t = this.t[j]!;
      if (t.k !== K.Word || t.cap || NOT_UNIT.has(t.l) || S_VERBS.has(t.l) || COUNT_BRIDGES.has(t.l) || PHRASE_BREAKS.has(t.l)) return k;
      // ("four-carriage": a hyphenated modifier is one word)
      let e = j + 1;
      while (this.isHyphen(e) && this.t[e + 1]?.k === K.Word && !this.t[e]!.sp) e += 2;
      const last = this.l(e - 1);
      // ("support staff posts": a noun that modifies the plural after it)
      if (e === j + 1 && (this.pluralNoun(last) || IRREGULAR_PLURALS.has(last))) return NOUN_MODIFIERS.has(last) && this.t[e]?.k === K.Word && !this.t[e]!.cap && this.pluralNoun(this.l(e)) && !S_VERBS.has(this.l(e)) ? e + 1 : e;
      j = e;
    }
    return k;
  }

  private pluralNoun(w: string): boolean {
    if (w.length <= 3 || w.charCodeAt(w.length - 1) !== 115) return false;
    // (no plural ends "'s", "’s", "-ss", "-is" or "-us", so none "-ous": one letter before the "s" tells)
    const p = w.charCodeAt(w.length - 2);
    if (p === 39 || p === 0x2019 || p === 115 || p === 105 || p === 117) return false;
    return !NOT_UNIT.has(w) && !(FRACTIONS.has(w)) && !TIME_UNITS.has(w) && wordValue(w) === undefined;
  }

  private isFractionLike(v: number | undefined): boolean {
    return v !== undefined && v > 0 && v < 1;
  }

  private unitWord(w: string): boolean {
    if (w.length < 2 || w.length > 30) return false;
    if (w.endsWith("ly") && w !== "family" && w !== "july") return false;
    if (w.endsWith("ed") && w !== "hundred" && w !== "bed" && w !== "shed") return false;
    return true;
  }

  private isYearLike(i: number): boolean {
    const t = this.t[i];
    if (!t || t.k !== K.Num || t.l.length !== 4 || t.l.indexOf(",") >= 0) return false;
    const v = Number(t.l);
    return v >= 1000 && v <= 2199;
  }

  private bothYears(a1: number, a2: number): boolean {
    return this.isYearLike(a1) && (this.isYearLike(a2) || (this.t[a2]?.l.length === 2 && this.t[a2]?.k === K.Num));
  }

  /** A lower-case plural noun at token k that is no "-s" verb: "(nine of them) children", "(39 wounded) patients". */
  /** After "of" at k: "its 15 planned shelters", "the past six years", "the last 90 nights" — the end, or 0. */
  private partOfWholeEnd(k: number): number {
    let j = k + 1;
    const det = this.l(j);
    if (det === "its" || det === "their" || det === "his" || det === "her") j++;
    else if (det === "the" && /^(?:past|last|next|first|previous)$/.test(this.l(j + 1))) j += 2;
    // ("61 of the 90 nights examined", "seven of the 11 mass mailings")
    else if (det === "the" && (this.isNum(j + 1) || (wordValue(this.l(j + 1)) ?? 0) > 1)) j++;
    // ("11 of the dead had been identified": a part of the people a story counts)
    else if (det === "the" && /^(?:dead|injured|wounded|missing|displaced|arrested|detained|accused|victims|hostages|casualties)$/.test(this.l(j + 1))) return j + 2;
    // ("three of the state's four maximum-security prisons": the whole owned)
    else if (det === "the" && /[’']s$/.test(this.l(j + 1)) && (this.isNum(j + 2) || (wordValue(this.l(j + 2)) ?? 0) > 1)) j += 2;
    // ("12 of the busiest district offices": the part counted from a ranked set)
    else if (det === "the" && /^[a-z]{3,}est$/.test(this.l(j + 1)) && !NOT_UNIT.has(this.l(j + 1))) {
      if (this.pluralNounAt(j + 2)) return j + 3;
      if (this.t[j + 2]?.k === K.Word && !this.t[j + 2]!.cap && !NOT_UNIT.has(this.l(j + 2)) && this.pluralNounAt(j + 3)) return j + 4;
      return 0;
    } else return 0;
    // ("five of the 2019 files": a year names the set, it does not count it)
    if (!(this.isNum(j) || (wordValue(this.l(j)) ?? 0) > 1) || this.isYearLike(j)) return 0;
    j++;
    if (this.pluralNounAt(j) || (TIME_UNITS.has(this.l(j)) && this.l(j).endsWith("s"))) return j + 1;
    if (this.t[j]?.k === K.Word && !this.t[j]!.cap && !NOT_UNIT.has(this.l(j)) && this.pluralNounAt(j + 1)) return j + 2;
    // ("97 of the 214 had filed a return": the whole named before, its count standing alone)
    if (det === "the" && this.isNum(j - 1) && (this.t[j] === undefined || this.t[j]!.k !== K.Word || WHOLE_ALONE_FOLLOWERS.has(this.l(j)))) return j;
    return 0;
  }

  /** "the state's rural districts" from k: past a possessive, an optional modifier and a plural noun, or 0. */
  private ownedPluralEnd(k: number): number {
    const poss = this.t[k];
    if (!poss || poss.k !== K.Word || !/[’']s$/.test(poss.l)) return 0;
    if (this.pluralNounAt(k + 1)) return k + 2;
    const mod = this.t[k + 1];
    if (mod && mod.k === K.Word && !mod.cap && !NOT_UNIT.has(mod.l) && this.pluralNounAt(k + 2)) return k + 3;
    return 0;
  }

  /** The index after "ageing blast furnaces" or "other Harwell drivers" from k: two or three modifiers, then a
   *  plural noun ("GPs" counts), or k when there is none. */
  private modifiedPluralEnd(k: number): number {
    for (let j = k; j < k + 3; j++) {
      const t = this.t[j];
      // ("four other Harwell drivers": "other" may open the modifiers)
      if (!t || t.k !== K.Word || (NOT_UNIT.has(t.l) && !(j === k && COUNT_BRIDGES.has(t.l))) || S_VERBS.has(t.l) || MONTHS.has(t.l) || WEEKDAYS.has(t.l) || MOD_STOP.has(t.l)) return k;
      if (j > k && (this.pluralNounAt(j) || /^[A-Z]{2,}s$/.test(this.s.slice(t.s, t.e)))) return j + 1;
    }
    return k;
  }

  private pluralOrNounAt(k: number): boolean {
    const t = this.t[k];
    return !!t && t.k === K.Word && !t.cap && !NOT_UNIT.has(t.l) && !S_VERBS.has(t.l);
  }

  private pluralNounAt(k: number): boolean {
    const t = this.t[k];
    return !!t && t.k === K.Word && !t.cap && (this.pluralNoun(t.l) || IRREGULAR_PLURALS.has(t.l)) && !S_VERBS.has(t.l);
  }

  /** "the 18-week treatment target": a span after "the" at toks[the] whose noun, at toks[next] or one word on, is a standard. */
  private namesStandard(the: number, next: number): boolean {
    return this.l(the) === "the" && (NAMED_STANDARDS.has(this.l(next)) || NAMED_STANDARDS.has(this.l(next + 1)));
  }

  /** A kind of debt at token k, maybe after one modifier: "bonds", "government bond yields". */

  private debtAt(k: number): boolean {
    // ("a typical two-year fixed deal": a mortgage product named by its term)
    if (this.l(k) === "fixed" && /^(?:deal|deals|rate|rates|mortgage|mortgages|loan|loans|term|terms|product|products)$/.test(this.l(k + 1))) return true;
    return DEBT_WORDS.has(this.l(k)) || (DEBT_MODIFIERS.has(this.l(k)) && DEBT_WORDS.has(this.l(k + 1)));
  }

  /** "at the 25-kilometre point", "the 20-mile mark": a place on a course, not a distance run. */
  private isCourseMark(c: Core, b: number): boolean {
    if (this.l(c.a - 1) !== "the") return false;
    const w = this.l(b);
    if (w !== "point" && w !== "mark" && w !== "marker" && w !== "checkpoint") return false;
    return /-(?:kilometre|kilometer|km|mile|metre|meter|m)$/.test(this.s.slice(this.t[c.a]!.s, this.t[b - 1]!.e));
  }

  private isRaceName(c: Core, b: number): boolean {
    // "the 400m hurdles", "the 10,000 metres final"
    const pre = this.l(c.a - 1);
    if (pre !== "the") return false;
    const w = this.l(b);
    return w === "hurdles" || w === "freestyle" || w === "breaststroke" || w === "backstroke" || w === "butterfly" || w === "relay" || w === "steeplechase" || w === "sprint" || w === "medley";
  }

  /** "was killed", "had been injured", "died" at token k: what befalls the people just counted. */
  private casualtyAfter(k: number): boolean {
    const w = this.l(k);
    if (w === "died" || w === "drowned") return true;
    if (w !== "was" && w !== "had" && w !== "has" && w !== "is") return false;
    const p = this.l(k + 1) === "been" ? this.l(k + 2) : this.l(k + 1);
    return CASUALTY_PARTICIPLES.has(p);
  }

  /** "through 16" after "April 12": a range word and a day of the month that counts nothing after it. */
  private closesDayRange(j: number): boolean {
    const w = this.l(j);
    if (w !== "through" && w !== "to" && w !== "and" && w !== "until" && w !== "-" && w !== "\u2013") return false;
    const day = this.t[j + 1];
    if (!day || day.k !== K.Num || day.v === undefined || day.v < 1 || day.v > 31 || !/^\d{1,2}$/.test(this.s.slice(day.s, day.e))) return false;
    const after = this.t[j + 2];
    return !after || after.k === K.Sym || DAY_RANGE_FOLLOWERS.has(after.l) || !(this.pluralNoun(after.l) || PEOPLE_PLURALS.has(after.l) || COUPLE_SCALES.has(after.l) || after.l === "percent" || after.l === "per");
  }

  /** Starts the figure at token k, before where the match began. */
  private widenTo(fig: Figure, k: number): void {
    fig.start = this.t[k]!.s;
    fig.text = this.s.slice(fig.start, fig.end);
  }

  /** The index of the first token after the figure, searching from token i (where it starts). */
  private tokenAfter(fig: Figure, i: number): number {
    let j = i;
    while (j < this.t.length && this.t[j]!.s < fig.end) j++;
    return j;
  }

  /** Ends the figure at token k (inclusive). */
  private widenEndTo(fig: Figure, k: number): void {
    fig.end = this.t[k]!.e;
    fig.text = this.s.slice(fig.start, fig.end);
  }

  /** A lower-case word at k that can be the noun a phrase ends on (not a verb of the kinds that follow a count). */
  private tailNounAt(k: number): boolean {
    const t = this.t[k];
    return !!t && t.k === K.Word && !t.cap && t.sp && !PHRASE_BREAKS.has(t.l) && !NOT_UNIT.has(t.l) && !S_VERBS.has(t.l) && !TAIL_STOP.has(t.l) &&
      !RELATIVE_AFTER.has(t.l) && !MONTHS.has(t.l) && !WEEKDAYS.has(t.l) && this.unitWord(t.l) && wordValue(t.l) === undefined;
  }

  /** Numerals at a (ending before b) that name routes: "the 3 route", "the 7 and 12 routes". */
  private routeNumbers(a: number, b: number): boolean {
    if (!this.isNum(a) || (b !== a + 1 && !(b === a + 2 && ROUTE_NOUNS.has(this.l(a + 1))))) return false;
    // the first of "the 7 and 12 routes", or the second
    const second = (this.l(a - 1) === "and" || this.l(a - 1) === "or") && this.isNum(a - 2) && this.l(a - 3) === "the";
    if (this.l(a - 1) !== "the" && !second) return false;
    const k = a + 1;
    // (one number before a plural counts: "the 38 routes it runs"; two name: "the 7 and 12 routes")
    if (ROUTE_NOUNS.has(this.l(k))) return second || !this.l(k).endsWith("s");
    return (this.l(k) === "and" || this.l(k) === "or") && this.isNum(k + 1) && ROUTE_NOUNS.has(this.l(k + 2));
  }

  /** A count after "all": a numeral, or a number word from two up ("all three", not "all one"). */
  private countAfterAll(k: number): boolean {
    const t = this.t[k];
    return !!t && (t.k === K.Num || (t.k === K.Word && (wordValue(t.l) ?? 0) >= 2 && Number.isInteger(wordValue(t.l))));
  }

  private participleAt(k: number): boolean {
    const t = this.t[k];
    return !!t && t.k === K.Word && !t.cap && t.l.length > 4 && t.l.endsWith("ed") && !PHRASE_BREAKS.has(t.l) && !TAIL_STOP.has(t.l);
  }

  /**
   * The words around a matched figure that the quantity reads with, so the figure is reported whole:
   * "every 640 kilometres", "the low hundreds", "all but 140", "6% more", "$100 a gram", "52 cents of every
   * dollar", "17 of the damaged cars", "11 of the 14", "a nine-hour shift", "11 other car parks", "61 people
   * injured". Returns the token index after the figure's new end.
   */
  private widenAround(fig: Figure, i: number): number {
    const t0 = this.t[i]!;
    if (fig.start === t0.s) {
      const b1 = this.l(i - 1);
      if (b1 === "every" && fig.unit !== undefined) this.widenTo(fig, i - 1);
      else if (WIDE_RANGE_WORDS.has(b1) && /^(?:hundreds|thousands|millions|billions|dozens|tens)$/i.test(fig.text)) this.widenTo(fig, i - 1);
      else if (b1 === "but" && this.isWord(i - 2, "all") && fig.value !== undefined) this.widenTo(fig, i - 2);
      // "one of the three new pumping stations": the one counted out of the whole
      else if (b1 === "the" && this.isWord(i - 2, "of") && this.isWord(i - 3, "one") && fig.value !== undefined && fig.value >= 2) this.widenTo(fig, i - 3);
      // "cut the order by half": the change by its share
      else if (b1 === "by" && /^(?:half|a third|a quarter|two-thirds|a fifth|a tenth)$/i.test(fig.text)) this.widenTo(fig, i - 1);
      else if ((b1 === "top" || b1 === "bottom") && (fig.unit === "%" || /(?:%|percent|per cent)$/i.test(fig.text))) this.widenTo(fig, i - 1);
      // "a tripling of the fleet", "inflate counts by a factor of two or three": the multiple with its article
      else if (b1 === "a" && fig.unit === "times" && /ing$/i.test(fig.text)) this.widenTo(fig, i - 1);
      else if (b1 === "of" && this.isWord(i - 2, "factor") && this.isWord(i - 3, "a")) this.widenTo(fig, i - 3);
      // "smaller than 20 micrometres", "larger than 5 millimetres": a bound on a measure
      else if (b1 === "than" && SIZE_COMPARATIVES.has(this.l(i - 2)) && fig.unit !== undefined && !this.isWord(i - 3, "no")) this.widenTo(fig, i - 2);
      else if (this.isWord(i - 1, "as") && LONG_AS.has(this.l(i - 2)) && this.isWord(i - 3, "as") && fig.unit !== undefined && (TIME_UNITS.has(fig.unit) || LENGTH_UNITS.has(fig.unit))) this.widenTo(fig, i - 3);
    }
    let j = this.tokenAfter(fig, i);
    const lastTok = this.t[j - 1];
    if (!lastTok) return j;
    const percent = lastTok.l === "%" || lastTok.l === "percent" || (lastTok.l === "cent" && this.l(j - 2) === "per");
    // ("about a third higher": a fraction said as a difference)
    const endsOnNumber = lastTok.k === K.Num || percent || QUANTITY_ENDS.has(lastTok.l) || MONEYISH.test(fig.text) || (fig.value !== undefined && fig.value < 1 && FRACTIONS.has(lastTok.l));
    // ("a slick roughly 9 miles long and up to 2 miles wide": a length with the dimension it measures)
    if (fig.unit !== undefined && LENGTH_UNITS.has(fig.unit) && DIMENSIONS.has(this.l(j)) && this.t[j]!.sp) {
      this.widenEndTo(fig, j);
      return j + 1;
    }
    // ("about a quarter as large as the parties had projected", "half as many carcasses": a fraction as a multiple)
    if (fig.value !== undefined && fig.value < 1 && (FRACTIONS.has(lastTok.l) || lastTok.l === "half") && this.l(j) === "as" && AS_WORDS.has(this.l(j + 1))) {
      this.widenEndTo(fig, j + 1);
      return j + 2;
    }
    // "6% more", "about 10,000 lower", "38 percent below": a difference stated as an amount
    if (endsOnNumber && fig.value !== undefined && COMPARATIVE_TAILS.has(this.l(j)) && this.t[j]!.sp) {
      this.widenEndTo(fig, j);
      j++;
    }
    // "a 7 percent decline": the change the share measures
    if (percent && CHANGE_NOUNS.has(this.l(j)) && this.t[j]!.sp) {
      this.widenEndTo(fig, j);
      return j + 1;
    }
    // "49 percent over capacity", "12% below target": a share measured from a baseline
    if (percent && BASELINE_PREPS.has(this.l(j)) && BASELINE_NOUNS.has(this.l(j + 1))) {
      this.widenEndTo(fig, j + 1);
      return j + 2;
    }
    if (percent && COMPARATIVE_TAILS.has(this.l(j - 1)) && BASELINE_NOUNS.has(this.l(j))) {
      this.widenEndTo(fig, j);
      return j + 1;
    }
    const money = MONEYISH.test(fig.text) || (fig.unit !== undefined && /^[A-Z]{3}$/.test(fig.unit));
    // "$100 a gram", "about £280 a claim", "£84 less a year": a price for each of something
    if ((money || fig.value !== undefined && this.l(j - 1) !== "%") && EACH_WORDS.has(this.l(j)) && this.tailNounAt(j + 1) && (money || TIME_UNITS.has(this.l(j + 1))) && !this.tailNounAt(j + 2)) {
      this.widenEndTo(fig, j + 1);
      j += 2;
    }
    // "four cases out of ten", "three summers out of ten": a count and the whole it is out of
    if (fig.value !== undefined && this.isWord(j, "out") && this.isWord(j + 1, "of") && (this.isNum(j + 2) || (wordValue(this.l(j + 2)) ?? 0) > fig.value) && !this.isYearLike(j + 2)) {
      this.widenEndTo(fig, j + 2);
      return j + 3;
    }
    // "52 cents of every dollar", "22 minutes in every hour", "$10,400 for each job": a share of each whole
    if ((this.l(j) === "of" || this.l(j) === "in" || this.l(j) === "for") && (this.isWord(j + 1, "every") || (money && this.l(j) === "for" && this.isWord(j + 1, "each"))) && this.tailNounAt(j + 2)) {
      // ("15 cents of every federal tax dollar": the whole may have modifiers)
      let e = j + 2;
      while (e < j + 4 && this.tailNounAt(e + 1)) e++;
      this.widenEndTo(fig, e);
      return e + 1;
    }
    // "17 of the damaged cars", "six of his relatives", "11 of the 14": a part counted from a set
    if (fig.unit === undefined && fig.value !== undefined && Number.isInteger(fig.value) && fig.value >= 2 && this.l(j) === "of" && SET_DETERMINERS.has(this.l(j + 1)) && this.l(j + 1) !== "them") {
      const k = j + 2;
      if (this.isNum(k) && !this.isYearLike(k) && (this.t[k]!.v ?? 0) > fig.value) {
        // ("212 of the 230 working days": the whole's own noun too)
        let e = k;
        for (let m = k + 1; m < k + 4 && this.tailNounAt(m); m++) if (this.pluralNounAt(m) || (TIME_UNITS.has(this.l(m)) && this.l(m).endsWith("s"))) { e = m; break; }
        this.widenEndTo(fig, e);
        return e + 1;
      }
      // ("the flooded cars": a participle may describe the noun)
      for (let e = k; e < k + 3 && (this.tailNounAt(e) || (e < k + 2 && this.participleAt(e))); e++) {
        if (this.pluralNounAt(e)) {
          this.widenEndTo(fig, e);
          return e + 1;
        }
      }
      return j;
    }
    // "a nine-hour shift", "a 6-mile stretch": the noun a measured span describes
    const hyphenUnit = /-([a-z]+)$/i.exec(fig.text)?.[1]?.toLowerCase();
    // ("1,640 kilowatt-hours last month" is a plural unit, not a modifier)
    if (hyphenUnit !== undefined && !hyphenUnit.endsWith("s") && (TIME_UNITS.has(hyphenUnit) || LENGTH_UNITS.has(hyphenUnit)) && this.tailNounAt(j) && !this.l(j).endsWith("ing")) {
      this.widenEndTo(fig, j);
      return j + 1;
    }
    // "11 other car parks", "two night watchmen": the plural a modifier was read as the noun of
    if (fig.unit !== undefined && lastTok.k === K.Word && !lastTok.cap && !this.pluralNoun(lastTok.l) && !IRREGULAR_PLURALS.has(lastTok.l) && !TIME_UNITS.has(lastTok.l) &&
      !QUANTITY_ENDS.has(lastTok.l) && !COMPARATIVE_TAILS.has(lastTok.l) && hyphenUnit === undefined && !EACH_WORDS.has(this.l(j - 2)) && this.tailNounAt(j) && (this.pluralNounAt(j) || MEN_PLURAL_RE.test(this.l(j)))) {
      this.widenEndTo(fig, j);
      j++;
    }
    // "61 people injured": what befell the people counted
    if (fig.unit !== undefined && (this.pluralNoun(this.l(j - 1)) || PEOPLE_PLURALS.has(this.l(j - 1))) && CASUALTY_PARTICIPLES.has(this.l(j)) && this.t[j]!.sp) {
      this.widenEndTo(fig, j);
      j++;
    }
    return j;
  }

  /** "measured in twenty-foot equivalent units": the name of a unit, not a quantity. */
  private unitName(fig: Figure, next: number): boolean {
    // (the word after first: it is rarely "equivalent", and comparing it is cheaper than the pattern)
    return this.l(next) === "equivalent" && /-foot$/i.test(fig.text);
  }

  /** "children under 12", "people over 65": an age limit naming a group, not a quantity. */
  private ageBound(i: number, fig: Figure): boolean {
    const w = this.l(i);
    if (w !== "under" && w !== "over" && w !== "aged") return false;
    return fig.unit === undefined && fig.value !== undefined && fig.value <= 120 && AGE_GROUP_NOUNS.has(this.l(i - 1));
  }

  /** "she goes out at six", "the shop opens at nine": an hour of the clock after a verb of the timetable. */
  private clockHour(i: number, fig: Figure): boolean {
    if (this.l(i - 1) !== "at" || fig.value === undefined || fig.value < 1 || fig.value > 12 || !/^[a-z0-9]+$/i.test(fig.text)) return false;
    // "at 2 in the morning", "at 11 at night": an hour by the part of the day
    const e = this.tokenAfter(fig, i);
    if (((this.isWord(e, "in") && this.isWord(e + 1, "the") && /^(?:morning|afternoon|evening)$/.test(this.l(e + 2))) || (this.isWord(e, "at") && this.isWord(e + 1, "night")))) return true;
    const verb = this.l(i - 2) === "out" || this.l(i - 2) === "off" ? this.l(i - 3) : this.l(i - 2);
    return SCHEDULE_VERBS.has(verb);
  }

  all(): Figure[] {
    const out: Figure[] = [];
    let asserted = false;
    let i = 0;
    const n = this.t.length;
    while (i < n) {
      const t = this.t[i]!;
      // (a symbol is one code unit: test it without making its string; only "+" and currencies open figures)
      if (t.k === K.Sym) {
        const c = this.s.charCodeAt(t.s);
        if (c !== 43 && !CURRENCY_SYM_CODES.has(c)) { i++; continue; }
      }
      if (t.k === K.Word && (!t.startsFigure() || (APPROX_ONLY_STARTERS.has(t.l) && this.phraseAt(i, APPROX) === 0) || (t.l === "all" && !this.countAfterAll(i + 1)))) { i++; continue; }
      const r = this.match(i);
      // ("made four calls to 999", "dialled 911": an emergency line is a phone number)
      if (r.fig && EMERGENCY_CALLS_RE.test(r.fig.text) && (this.l(i - 1) === "the" || (this.l(i - 1) === "of" && CALLS_OF.has(this.l(i - 2))))) { i = r.next; continue; }
      if (r.fig && EMERGENCY_RECORDS_RE.test(r.fig.text)) { i = r.next; continue; }
      if (r.fig && EMERGENCY_LINE_RE.test(r.fig.text) && r.fig.unit === undefined && (DIALLING.has(this.l(i - 1)) || (this.l(i - 1) === "to" && DIALLING.has(this.l(i - 2))) || /^calls?$/.test(this.l(r.next)))) { i = r.next; continue; }
      if (r.fig && !this.ageBound(i, r.fig) && !this.unitName(r.fig, r.next) && !this.clockHour(i, r.fig)) {
        const before = this.l(i - 1);
        // "records only two complaints": the bound belongs to the count
        if (r.fig.start === t.s && (before === "only" || before === "just") && r.fig.value !== undefined) this.widenTo(r.fig, i - 1);
        // ("push total repayment past $1.1 billion": beyond the sum, as "over" would say; not "the past 5 years")
        if (r.fig.start === t.s && before === "past" && r.fig.value !== undefined && (r.fig.unit === "%" || /^[$£€]/.test(r.fig.text)) && !PAST_AS_TIME.has(this.l(i - 2))) {
          this.widenTo(r.fig, i - 1);
          r.fig.approx = true;
        }
        // "fell to minus 9C": the sign is part of the value
        // ("plus or minus 3 points" is a margin, not a negative)
        if (r.fig.start === t.s && (before === "minus" || before === "negative") && !this.isWord(i - 3, "plus") && r.fig.value !== undefined) {
          this.widenTo(r.fig, i - 1);
          r.fig.value = -r.fig.value;
        }
        // "plus or minus 3.5 percentage points": a margin, said with its sign
        if (r.fig.start === t.s && before === "minus" && this.isWord(i - 2, "or") && this.isWord(i - 3, "plus")) this.widenTo(r.fig, i - 3);
        // "with the other two joining League One clubs": the rest of a set already counted
        if (r.fig.start === t.s && before === "other" && this.isWord(i - 2, "the") && r.fig.value !== undefined) this.widenTo(r.fig, i - 2);
        // "cut in half the order": the cut is the change
        if (before === "in" && /^half\b/i.test(r.fig.text) && /^(?:cut|cuts|cutting|slash|slashed|slashes|slashing|split|splits)$/.test(this.l(i - 2))) this.widenTo(r.fig, i - 2);
        // ("would cut the average wait … roughly in half": the approximation before "in")
        else if (before === "in" && /^half\b/i.test(r.fig.text) && /^(?:roughly|nearly|almost|about|approximately|more or less)$/.test(this.l(i - 2))) {
          this.widenTo(r.fig, i - 2);
          r.fig.approx = true;
        }
        // "three and a half years": the half and the unit after it belong to the number
        const half = this.s.startsWith(" and a half ", r.fig.end) ? AND_A_HALF_RE.exec(this.s.slice(r.fig.end, r.fig.end + 30)) : null;
        if (half && r.fig.value !== undefined && /^[\p{L}\d., ]+$/u.test(r.fig.text)) {
          const unit = half[1]!.toLowerCase();
          r.fig.end += half[0].length;
          // ("three and a half billion dollars": a scale, then the currency it counts)
          const scale = unit === "million" ? 1e6 : unit === "billion" ? 1e9 : 1;
          const money = scale > 1 ? HALF_CURRENCY_RE.exec(this.s.slice(r.fig.end, r.fig.end + 12)) : null;
          r.fig.value = (r.fig.value + 0.5) * scale;
          r.fig.unit = scale > 1 ? (money ? HALF_CURRENCIES[money[1]!.toLowerCase()] : undefined) : unit;
          if (money) r.fig.end += money[0].length;
          r.fig.text = this.s.slice(r.fig.start, r.fig.end);
        }
        const widenedNext = this.widenAround(r.fig, i);
        if (widenedNext > r.next) r.next = widenedNext;
        // ("had crossed the 30-kilometer mat", "at the 10-mile mark": a place on the course, named by its distance)
        if (COURSE_MARK_RE.test(r.fig.text) && this.l(i - 1) === "the") {
          i = r.next;
          continue;
        }
        const last = out[out.length - 1];
        // "nine hours and 20 minutes": one duration in two units
        const joined = last !== undefined && r.fig.start - last.end === 5 && this.s.startsWith(" and ", last.end);
        const part = joined ? DURATION_PARTS.get(`${last.unit}>${r.fig.unit}`) : undefined;
        if (last && part !== undefined && last.value !== undefined && r.fig.value !== undefined) {
          last.value += r.fig.value * part;
          last.end = r.fig.end;
          last.text = this.s.slice(last.start, last.end);
        } else out.push(r.fig);
        if (!r.definite) asserted = true;
      }
      i = r.next > i ? r.next : i + 1;
    }
    // a definite set alone ("the two clubs met on Tuesday") asserts no quantity
    return asserted ? out : [];
  }
}

// words that end a noun phrase: a count's noun is never past them
const PHRASE_BREAKS = new Set(["of", "than", "and", "or", "but", "unless", "if", "when", "while", "because", "before", "after", "since", "until", "as", "so", "that",
  "which", "who", "where", "to", "in", "on", "at", "by", "for", "from", "with", "the", "a", "an", "this", "these", "those", "were", "was", "are", "is", "had", "have", "has", "would", "will"]);

// a larger time unit, then the smaller one that completes it, and how many of the larger one unit of it is
const DURATION_PARTS = new Map<string, number>(
  [["hour", "minute", 1 / 60], ["minute", "second", 1 / 60], ["year", "month", 1 / 12], ["week", "day", 1 / 7], ["day", "hour", 1 / 24]]
    .flatMap(([big, small, f]) => [`${big}>${small}s`, `${big}s>${small}s`, `${big}>${small}`, `${big}s>${small}`].map((k) => [k, f as number] as const)),
);

// Verbs that hand a count to the one named after them ("gives Mr. Vantreece 948 delegates")
const GIVING_VERBS = new Set(["gives", "gave", "give", "giving", "awarded", "awards", "award", "credits", "credited", "handed", "hands", "leaves", "left", "allots", "allotted", "assigns", "assigned"]);
// Verbs after which "a fifth" is a share that did something, not an ordinal ("a fifth term")
const FRACTION_SUBJECT_VERBS = new Set(["had", "have", "has", "were", "was", "are", "is", "would", "will", "could", "said", "say", "says", "remain", "remained", "remains"]);
// What an emergency number names ("a 911 call", "the 999 service")
const EMERGENCY_AFTER = new Set(["call", "caller", "board", "dispatcher", "dispatch", "system", "center", "centre", "operator", "line", "emergency", "service", "number", "network"]);
// Events named by a race distance ("the 400m hurdles", "a 200m freestyle champion")
const RACE_EVENTS = new Set(["hurdles", "freestyle", "breaststroke", "backstroke", "butterfly", "medley", "relay", "steeplechase", "individual", "sprint", "final", "champion", "title", "record", "event"]);
// (widenAround's word lists)
const SIZE_COMPARATIVES = new Set(["smaller", "larger", "bigger", "greater", "longer", "shorter", "wider", "narrower", "thinner", "thicker", "heavier", "lighter", "faster", "slower"]);
const COMPARATIVE_TAILS = new Set(["more", "less", "fewer", "higher", "lower", "above", "below", "cheaper", "dearer", "bigger", "smaller", "larger", "greater"]);
const QUANTITY_ENDS = new Set(["percent", "cent", "points", "point", "million", "billion", "trillion", "thousand", "hundred", "bn", "m", "pence", "cents", "dollars", "pounds", "euros"]);
const EACH_WORDS = new Set(["a", "an", "per", "each"]);
const ADJECTIVE_LIKE = /^[a-z]{3,}(?:al|ic|ive|ous|ful|ary|ory|ent|ant)$/;
const ROUTE_NOUNS = new Set(["route", "routes", "bus", "buses", "line", "lines", "tram", "trams", "service", "services"]);
const CHANGE_NOUNS = new Set(["decline", "increase", "rise", "drop", "fall", "jump", "gain", "cut", "reduction", "growth", "surge", "slump", "loss", "decrease", "hike", "raise"]);
const BASELINE_PREPS = new Set(["over", "above", "below", "under"]);
const BASELINE_NOUNS = new Set(["capacity", "target", "inflation", "average", "normal", "budget", "forecast", "forecasts", "expectations", "estimates", "trend", "par", "plan"]);
const WIDE_RANGE_WORDS = new Set(["low", "high", "mid", "upper"]);
const LONG_AS = new Set(["long", "far", "large", "big", "great", "deep", "tall", "short"]);
const LENGTH_UNITS = new Set(["mile", "miles", "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers", "foot", "feet", "inch", "inches", "yard", "yards", "acre", "acres", "hectare", "hectares", "storey", "story", "bed", "seat", "lane", "mph"]);
const TAIL_STOP = new Set(["said", "says", "say", "told", "not", "last", "next", "this", "that", "also", "only", "just", "still", "already", "earlier", "later", "ago", "now", "then", "there", "here", "each", "every", "all", "more", "less", "it", "he", "she", "they", "we", "you", "i", "its", "his", "her", "their", "our", "my"]);
// "watchmen", "freshmen", "policewomen": plurals in -men (not "specimen", "regimen", "abdomen")
const MEN_PLURAL_RE = /^(?!(?:speci|regi|abdo|acu|sta|hy|o|ra|ger|sta)men$)[a-z]{2,}men$/;

const SIDE_WORDS = new Set(["eastern", "western", "northern", "southern", "upper", "lower", "top", "bottom", "front", "back", "left", "right", "north", "south", "east", "west", "rear", "inner", "outer"]);
const PAST_AS_TIME = new Set(["the", "for", "over", "in", "last", "this", "its", "their", "his", "her"]);
const EMERGENCY_LINE_RE = /^(?:999|911|112)$/;
// ("the number of 911 calls", "the 999 calls": the line's calls, no count of them)
const EMERGENCY_CALLS_RE = /^(?:999|911|112) calls?$/;
// ("an analysis of 911 call logs": the line's records, named by it)
const EMERGENCY_RECORDS_RE = /^(?:999|911|112) call (?:logs?|records?|data|transcripts?|recordings?)$/;
const CALLS_OF = new Set(["number", "volume", "share", "rise", "surge", "increase", "fall", "drop", "handling", "answering"]);
const DIALLING = new Set(["dial", "dials", "dialled", "dialed", "dialling", "dialing", "call", "calls", "called", "calling", "ring", "rang", "phone", "phoned", "the"]);
const HALF_CURRENCY_RE = /^ (dollars|pounds|euros)\b/i;
const HALF_CURRENCIES: Record<string, string> = { dollars: "USD", pounds: "GBP", euros: "EUR" };
// ("three and a half years", "three and a half jobs": any plural noun it counts, or a scale)
const AND_A_HALF_RE = /^ and a half ([a-z]{3,}s|million|billion)\b/i;

const SCHEDULE_VERBS = new Set(["go", "goes", "went", "leave", "leaves", "left", "open", "opens", "opened", "close", "closes", "closed", "start", "starts", "started",
  "begin", "begins", "began", "arrive", "arrives", "arrived", "depart", "departs", "departed", "meet", "meets", "met", "finish", "finishes", "finished",
  "wake", "wakes", "woke", "sail", "sails", "sailed", "land", "lands", "landed", "kick", "kicks", "kicked"]);

const COUPLE_SCALES = new Set(["hundred", "thousand", "million", "billion", "dozen"]);
const PEOPLE_PLURALS = new Set(["people", "men", "women", "children"]);
const NAMED_STANDARDS = new Set(["target", "standard", "threshold", "guarantee", "pledge"]);
const SET_DETERMINERS = new Set(["the", "those", "these", "its", "their", "his", "her", "our", "them"]);
const CASUALTY_PARTICIPLES = new Set(["killed", "injured", "wounded", "hurt", "arrested", "detained", "hospitalised", "hospitalized", "rescued", "missing", "shot", "stabbed"]);
// Words that end a date phrase: "from June 2 to 9 and ended", "April 12 through 16 in Columbus"
const DAY_RANGE_FOLLOWERS = new Set(["and", "or", "but", "as", "in", "at", "on", "for", "when", "while", "with", "this", "last", "next", "of"]);

// Words that can open a figure by themselves: number words, change verbs, currencies, range openers.
const CORE_STARTERS = new Set<string>([
  ...[...SMALL.keys()], ...[...TENS.keys()], ...[...FRACTIONS.keys()], ...[...MULTIPLE_VERBS.keys()],
  ...[...FOLD_WORDS.keys()], ...VAGUE_COUNTS, ...CHANGE_VERBS,
  ...[...DOLLAR_PREFIX.keys()], ...CURRENCY_CODES, "between", "from", "a", "an", "once", "twice", "thrice", "double",
  "triple", "treble", "quadruple", "several", "few", "many", "dozen", "hundred", "thousand", "million", "billion",
]);
// ("all" opens "all 14 stations")
const STARTERS = new Set<string>([...CORE_STARTERS, ...APPROX.map((p) => p[0]!), "all"]);
// Words that open a figure only as the head of an approximation: "the" ("the best part of"), "in" ("in
// excess of"), "at" ("at least"), "on" ("on average"). They are among the commonest words, and without
// their phrase match() finds nothing at them (no change verb, currency or number word), so all() passes
// over them unless the phrase follows.
const APPROX_ONLY_STARTERS = new Set(APPROX.map((p) => p[0]!).filter((w) => !CORE_STARTERS.has(w)));

const STARTER_TRIE = buildTrie(STARTERS);

function mayStartFigure(w: string): boolean {
  if (STARTERS.has(w)) return true;
  const dash = w.indexOf("-");
  return dash > 0 && STARTERS.has(w.slice(0, dash));
}

/**
 * Every figure in one sentence, in order, with offsets relative to the sentence. `lowered` is
 * `sentence.toLowerCase()`, when the caller has it already (detect lower-cases each sentence once).
 */
export function findFigures(sentence: string, lowered?: string): Figure[] {
  if (!hasNumericSignal(sentence)) return [];
  return new Matcher(sentence, lowered ?? sentence.toLowerCase()).all();
}

const SIGNAL_WORDS = /(?:one|once|than an? |two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halv|third|quarter|fifth|doubl|twice|tripl|treble|quadrupl|quintupl|ninth|fold|score|zero)/i;

/** Cheap pre-test: could this sentence contain a figure at all? (Digits, currency, or a number word.) */
export function hasNumericSignal(sentence: string): boolean {
  return ANY_DIGIT.test(sentence) || SIGNAL_WORDS.test(sentence);
}

// (a native scan: much faster than a loop over the sentence's code units)
const ANY_DIGIT = /[0-9]/;
