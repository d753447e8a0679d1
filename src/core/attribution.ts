// Attribution of one sentence: find its reporting cue ("said", "according to", "citing", "X's report
// shows", a speaker's colon) and the source that cue attributes the content to. Sentences are fed in
// article order so names, pronouns and "the company" resolve against what came before.

import type { Source } from "./model.ts";
import { tokenize, WordSet, type Token } from "./tokens.ts";
import { CONFIRM_LEMMAS, cueForm, cueOf, DENIAL_LEMMAS, PARTICIPLE_LEMMAS, type CueForm } from "./cues.ts";
import { andJoinsName, Coref, capRuns, genderOf, isOrgName, looksLikePersonName, splitTitles, departmentTitleStart, type Entity } from "./coref.ts";
import { byWithin, knownHead, sourceOfPhrase, type NPContext, type NPSource } from "./sources.ts";
import { inRegions, scanQuotes } from "./quotes.ts";
import {
  ANON_HEADS, DETERMINERS, DOC_HEADS, GROUP_HEADS, NOUN_LEFT, NP_STOP, ORG_HEADS, PARTY_NAME, PERSON_ROLE_HEADS, PERSON_TITLES, PRE_VERB_SKIP, PREPOSITIONS, namesOrganisation, IRREGULAR_PARTICIPLES,
} from "./lexicon.ts";

export interface Attribution {
  source: Source;
  /** cue position relative to the sentence */
  cueStart: number;
  cueEnd: number;
  lemma: string;
  /** the source was taken from a neighbouring sentence (a quotation with no cue of its own) */
  fromNeighbour: boolean;
  /** the sentence only names the speaker of the quotation before it ("So said …"): no claim of its own */
  namesQuote: boolean;
  /** the sentence names the speaker of the quotation before it ("That was how X explained the rise, adding …"),
   *  whatever else it says */
  pointsBack: boolean;
}

export interface SentenceAttribution {
  attribution: Attribution | null;
  /** the sentence is (mostly) quoted speech */
  quoted: boolean;
  /** a double quote is still open at its end */
  openAtEnd: boolean;
  quoteRegions: [number, number][];
  /** every cue found outside quotations, in order */
  cues: Attribution[];
}

// Verbs that never take the source to their right ("Smith told Reuters": Reuters is the listener).
const NO_INVERSION = new Set([
  "tell", "ask", "call", "urge", "accuse", "blame", "inform", "remind", "assure", "reassure", "advise",
  "cite", "quote", "praise", "criticize", "criticise", "deny", "reject", "dismiss", "charge", "put",
]);
// The first words of two-word places ("New York", "North Carolina"): after one, a second name is the place's.
const TWO_WORD_PLACE_OPENERS = new Set(["new", "north", "south", "west", "east", "rhode", "hong", "sri", "costa", "el", "saudi", "united", "puerto", "san", "los", "las", "st"]);
// ("He released a survey that showed …": a pronoun before the record is the sentence's subject)
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);
// Verbs a record speaks with besides the document-only ones ("The regulator's own data puts the total lower").
const DOC_SUBJECT_VERBS = new Set(["put", "count", "estimate", "suggest", "conclude", "say", "state", "report"]);
// Unambiguous speech verbs: an unknown common noun before them still speaks ("the boy said").
// ("put" only gets here with a figure for its object: "Republican vote counters put the number closer to 260";
// whoever "contends" makes a claim: "The timber industry contends that …")
const LOOSE = new Set(["say", "tell", "write", "add", "ask", "explain", "recall", "recount", "insist", "warn", "testify", "tweet", "reply", "respond", "put", "contend"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const TITLE_PHRASE = /\b(?:Chief|Secretary|Director|Minister|Chairman|Chairwoman|President|Commander|Administrator|Commissioner|Governor|Attorney General|Speaker)\b/;
// "That was how X summed up the gap", "… put it", "… described the scene"
const SUMMING_VERBS = new Set(["summed", "sums", "put", "puts", "described", "describes", "explained", "explains", "framed", "characterized", "characterised", "summarized", "summarised"]);
const EAGER = /^(?:quick|eager|keen|careful|anxious|swift)$/;
const MODALS = new Set(["can", "could", "will", "would", "shall", "should", "may", "might", "must", "to"]);
const NEGATION = new Set(["not", "n't", "never", "no", "declined", "refused", "without", "cannot", "nor", "neither", "won't", "didn't", "doesn't", "don't", "wouldn't", "hasn't", "haven't"]);
const INTRO = new Set([
  "in", "after", "while", "when", "although", "though", "as", "despite", "on", "at", "for", "during",
  "however", "meanwhile", "speaking", "asked", "earlier", "later", "but", "and", "yet", "still", "also",
  "adding", "separately", "instead", "indeed", "moreover", "furthermore", "additionally", "with",
  "before", "since", "if", "once", "amid", "following", "under", "by", "from", "last", "leaving",
  "responding", "writing", "addressing", "like", "unlike", "elsewhere", "now", "then", "so",
]);
// The form a speaker's named words take when no verb of saying names them ("spoke those words")
const SAID = cueForm("said");
// Adverbs that sit between a clause's subject and its verb: "the files also contained"
const CLAUSE_ADVERBS = new Set(["also", "still", "already", "never", "only", "repeatedly", "routinely"]);
// The people of a body who count or check for it: "the Red Crescent, whose volunteers registered"
const WHOSE_PEOPLE = new Set(["volunteers", "staff", "researchers", "inspectors", "engineers", "monitors", "observers", "teams", "auditors", "surveyors", "counters", "caseworkers", "scientists"]);
// Words that open a main clause rather than an introductory phrase: "But the company …", "And officials …"
const MAIN_CLAUSE_CONJUNCTIONS = new Set(["but", "and", "yet"]);
// Verbs that show the word before them was a plural noun ("notes fell", "reports were")
const NOUN_THEN_VERB = new Set(["fell", "rose", "were", "are", "was", "is", "have", "had", "remain", "remained", "gained", "lost", "jumped", "slipped", "dropped", "climbed", "traded", "ended", "closed", "due"]);
// Nouns for a place that its name may follow in apposition ("in the capital, Drovna,").
const PLACE_NOUNS = new Set(["capital", "city", "town", "village", "port", "region", "province", "state", "county", "district", "island", "country"]);
// "In his opinion, …", "In her view, …": a person's judgement, said as such
const OPINION_HEADS = new Set(["opinion", "view", "judgment", "judgement", "estimation", "assessment", "estimate", "experience"]);
// A person's own working: "according to her calculations".
// "dated Jan. 12", "issued on March 3, 1989": a participle that dates a document, with its date
const DATING_PARTICIPLES = new Set(["dated", "issued", "written", "sent", "signed", "circulated", "drafted"]);
const MONTH_WORDS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]);

/** The index of the word before "dated MONTH DAY[, YEAR]" when that dating ends at toks[j]; -1 if it does not. */
function datedAt(toks: Token[], j: number): number {
  let k = j;
  // (", 1989" after the day)
  if (/^(?:1[89]|20)\d\d$/.test(toks[k]?.t ?? "") && toks[k - 1]?.t === ",") k -= 2;
  if (!/^\d{1,2}$/.test(toks[k]?.t ?? "")) return -1;
  k--;
  if (toks[k]?.t === "." && k > 0) k--;
  if (!toks[k]?.word || !MONTH_WORDS.has(toks[k]!.lo)) return -1;
  k--;
  if (toks[k]?.lo === "on") k--;
  if (!toks[k]?.word || !DATING_PARTICIPLES.has(toks[k]!.lo) || k < 1) return -1;
  return k - 1;
}

const REDUCED_RELATIVE_SUBJECTS = new Set(["it", "he", "she", "they"]);
const OWN_RECKONINGS = new Set(["calculations", "calculation", "reckoning", "estimate", "estimates", "count", "tally", "arithmetic", "analysis", "assessment", "sums"]);
// Claim nouns whose possessor is their source: "the senator's contention that", "by the IG's reckoning,"
const OPINION_NOUNS = new Set(["reckoning", "estimate", "estimation", "count", "calculation", "calculations", "tally", "account", "view", "telling", "assessment", "analysis", "measure"]);
const POSSESSED_CLAIM_NOUNS = new Set([
  ...OPINION_NOUNS, "contention", "argument", "assertion", "claim", "allegation", "insistence", "belief", "suggestion",
  "charge", "accusation", "complaint", "warning", "prediction", "conclusion", "finding",
]);
// The words that open a phrase cue (see phraseCue), with or without the neighbours it needs: any
// other word can only be a reporting verb ("So said …" aside).
const PHRASE_RULE_WORDS = new WordSet([
  "according", "reportedly", "purportedly", "by", "how", "came", "of",
  "claim", "claims", "allegation", "allegations", "assertion", "accusation", "charge",
  "report", "reports", "rumor", "rumors", "rumour", "rumours", "figure", "estimate", "count", "tally", "total", ...POSSESSED_CLAIM_NOUNS,
]);
// After "according to", words that name a manner, not a source ("according to plan").
const NOT_ACCORDING_SOURCES = new Set(["plan", "plans", "schedule", "script", "tradition", "custom", "protocol", "procedure", "form", "expectations", "design", "instructions", "taste"]);
// Verbs whose passive needs its description ("was described by aides as …")
const DESCRIBING_LEMMAS = new Set(["describe", "characterize", "characterise", "label", "brand", "term", "depict", "portray", "dub"]);
const FINDERS = /\b(?:researchers|scientists|investigators|auditors|inspectors|analysts|economists|experts|epidemiologists|biologists|ecologists)\b/i;
// ("…, the council’s external auditor has found.": one whose work is finding things, in a closing tag)
const FINDER = /\b(?:researcher|scientist|investigator|auditor|inspector|analyst|economist|expert|epidemiologist|biologist|ecologist|statistician)\b/i;
const SAYING_NOUNS = new Set(["prediction", "remark", "remarks", "comment", "comments", "warning", "assessment", "advice", "criticism", "complaint", "quote", "words", "description", "verdict", "view",
  "response", "reply", "reaction", "answer", "argument", "message", "retort"]);
// What a witness gives: "That was the evidence of Bogdana Lis"
const EVIDENCE_NOUNS = new Set(["evidence", "testimony", "account", "recollection", "experience"]);
// What else a speaker's words are called when only their owner is named: "That was Mr. Maddox’s explanation"
const ANSWER_NOUNS = new Set(["refrain", "explanation", "defence", "defense", "position"]);
const ADJECTIVE_END = /(?:ful|ous|al|ive|ic|ible|able|ary|ish|less|wide|ent|ant|ern|ual|ial|sharp|brief|formal|angry|terse|curt|swift|quick|blunt)$/;
const ORDINAL_WORDS = new Set(["first", "second", "third", "fourth", "fifth", "last", "next", "final", "latest", "previous"]);
const DIRECTIVE_LEMMAS = new Set(["demand", "urge", "propose", "recommend", "advocate", "request", "pledge", "promise", "vow"]);
// Words that make the next noun-or-verb a verb: "the company claims,", "which records,"
const NOT_NOUN_BEFORE = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "which", "who", "it", "he", "she", "they", "also", "now", "still", "only"]);
// Words before a participle that make it a verb's, not a reduced relative's: "was recommended by"
const AUX_BEFORE_PARTICIPLE = new Set(["was", "were", "is", "are", "been", "be", "being", "has", "have", "had"]);
// Verbs whose passive names the hearer: "were told in a letter from X"
const TOLD_LEMMAS = new Set(["tell", "inform", "notify", "warn", "advise", "assure", "reassure"]);
// Words that open a finite clause after "told": "told the council she takes …", "told them it was …"
const FINITE_AUX = new Set(["she", "he", "they", "we", "i", "it", "is", "was", "are", "were", "would", "will", "had", "has", "have", "could", "can", "might", "may", "should", "must"]);
// Verbs that also give orders: "told members to cancel", "urged voters to turn out"
const INSTRUCTION_LEMMAS = new Set(["tell", "ask", "urge", "instruct", "order", "advise", "remind", "encourage", "beg", "implore", "press", "push", "warn", "call"]);
const RIGHT_NP_PREPS = new Set(["of", "for", "from", "by", "at", "with", "within", "inside"]);
const RIGHT_STOP = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "tonight", "recently", "earlier", "later", "last", "this", "next", "on", "in", "during", "after",
  "before", "when", "while", "as", "that", "who", "which", "whose", "to", "and", "but", "or", "because",
]);

// A person's role noun among the few lower-case words up to a preposition: "regional administrator in …"
function roleHeadBeforePreposition(toks: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 4; k++) {
    const t = toks[k]!;
    if (!t.word || t.cap) return false;
    if (PERSON_ROLE_HEADS.has(t.lo)) return !!toks[k + 1]?.word && PREPOSITIONS.has(toks[k + 1]!.lo);
  }
  return false;
}

// A plural document noun opens the subject a few words back ("Intake logs from two city-run shelters show"),
// past one parenthetical between commas (", obtained by this newspaper under a records request,")
function pluralDocBefore(toks: Token[], v: number): boolean {
  let commas = 0;
  for (let k = v - 1; k >= 0 && k >= v - 24; k--) {
    const t = toks[k]!;
    if (t.t === ",") {
      if (++commas > 2 || (commas === 1 && k !== v - 1)) return false;
      // (", compiled by the leasing firm Arlow Fleet,": an author named there is the source, found another way)
      if (commas === 2 && !/^(?:seen|obtained|reviewed|viewed|leaked|shared|released)$/.test(toks[k + 1]?.lo ?? "")) return false;
      continue;
    }
    if (!t.word && t.t !== "-") return false;
    if (k < v - 1 && commas !== 1 && DOC_HEADS.has(t.lo) && /(?:s|data)$/.test(t.lo)) return true;
  }
  return false;
}

const CHANGE_INFINITIVES = new Set(["double", "triple", "quadruple", "halve", "rise", "fall", "grow", "shrink", "increase", "decrease", "decline", "drop", "climb", "reach", "exceed", "top", "surpass"]);

/** toks[k] (past one adverb of degree) is a verb of change: "to (nearly) double", "to rise". */
function forecastChange(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t && /^(?:nearly|roughly|almost|more|about|at)$/.test(t.lo)) return CHANGE_INFINITIVES.has(toks[k + 1]?.lo ?? "");
  return !!t && CHANGE_INFINITIVES.has(t.lo);
}

/** The aside from k closes with a comma and the sentence's own reporting verb follows it (", warned that …"). */
function verbAfterAside(toks: Token[], k: number): boolean {
  for (let q = k; q < toks.length && q < k + 16; q++) {
    if (toks[q]!.t !== ",") continue;
    const v = toks[q + 1];
    return !!v && v.word && !v.cap && !!cueOf(v);
  }
  return false;
}

/** toks[0..v) is "Name [of Place], apposition," : a capitalised name, then commas in pairs, no verb between. */
function namedSubjectWithApposition(toks: Token[], v: number): boolean {
  if (!toks[0]?.word || !toks[0]!.cap || PREPOSITIONS.has(toks[0]!.lo) || INTRO.has(toks[0]!.lo) || DETERMINERS.has(toks[0]!.lo)) return false;
  let commas = 0;
  let first = -1;
  for (let k = 0; k < v; k++) {
    const t = toks[k]!;
    if (t.t === ",") { commas++; if (first < 0) first = k; continue; }
    if (!t.word && t.t !== "." && t.lo !== "'s") return false;
    if (t.word && !t.cap && cueOf(t) && !(k > first && first >= 0)) return false;
  }
  if (commas !== 2 || first < 1) return false;
  // the part before the first comma is a name (titles and "of Vermont" allowed)
  for (let k = 0; k < first; k++) {
    const t = toks[k]!;
    if (t.word && !t.cap && t.lo !== "of") return false;
  }
  return true;
}

function participle(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && (/(?:ed|en)$/.test(t.lo) || IRREGULAR_PARTICIPLES.has(t.lo));
}

const QUOTE_CHARS = new Set(['"', "“", "”", "‘", "’", "'", "«", "»", "„", "`"]);

/** The token is a quotation mark (a mark token of one character: no word's text is looked up). */
function isQuoteMark(t: Token): boolean {
  return !t.word && t.t.length === 1 && QUOTE_CHARS.has(t.t);
}
const RELATIVE = new Set(["who", "which", "whose", "whom", "where", "when"]);
// verbs whose subject is a record, not a speaker: "…, which show repeated logins"
const RECORD_LEMMAS = new Set(["show", "record", "list", "put", "find"]);
// verbs by which someone puts out a document: "filed a complaint", "issued a statement"
const FILING_VERBS = new Set(["filed", "issued", "released", "published", "lodged", "submitted", "sent", "brought", "posted", "circulated"]);
// bodies named by what they set out to do: "a campaign to save the library"
const AIM_NOUNS = new Set(["campaign", "campaigns", "coalition", "movement", "drive", "effort", "initiative", "committee", "group", "groups", "alliance"]);
// what is claimed as one's own rather than said: "waters claimed by both countries"
const CLAIMED_GROUND = new Set(["waters", "water", "territory", "territories", "land", "lands", "islands", "island", "area", "areas", "region", "seas", "sea", "zone", "zones", "reef", "reefs", "border", "estate", "property", "lives"]);
// a tail that is a multiple of a figure: "nearly five times the number", "more than double the"
const MULTIPLE_TAIL = /^(?:(?:nearly|almost|about|roughly|more than|less than|at least|some|over|up to)\s+)?(?:\S+\s+times|double|twice|triple|half)\s+(?:the|its|their|what)\b/;
// participles that say how a document came out: "a ruling published on Thursday", "a report released"
const PUBLISHING_LEMMAS = new Set(["publish", "release", "issue", "post", "send", "file", "submit", "circulate"]);
// an unnamed body described by its kind, which a later "the office" or "the agency" refers back to
const COMMON_ORG_SOURCE = /^(?:the\s+)?[\p{L}’' -]*\b(?:office|agency|ministry|department|bureau|council|board|commission|authority|institute|association|inspectorate|regulator|trade body|watchdog)$/iu;
const ABBREV = new Set(["co", "inc", "corp", "ltd", "jr", "sr", "bros", "llc", "plc", "st", "u.s", "u.k", "u.n", "d.c"]);
const PARTY_TAG = /^(?:[DRI]|Dem|Rep|Ind)-/;
const PARTY_WORDS = new WordSet(["Democrat", "Republican", "Independent", "Democrats", "Republicans", "Labour", "Conservative", "Tory"]);
const CITING_WORDS = new WordSet(["citing", "cited", "based", "drawing", "relying"]);
// After these past participles, "by X" names who handled a document, not its author.
// ("a structural engineer called by the residents", "reports held by the department": who holds or hired it, not who says it)
const HANDLED_BY = new Set(["seen", "obtained", "reviewed", "viewed", "leaked", "published", "verified", "cited", "quoted", "reported", "held", "kept", "compiled", "filed", "prepared", "collected", "gathered", "called", "commissioned", "hired"]);
// verbs that show a clause, not an object, follows "found" ("found the plan would raise …")
const FINITE_AFTER = new Set(["would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "might", "may"]);
// Nouns that stand for an earlier claim ("disputes that number", "confirmed that account").
const CLAIM_NOUNS = new Set(["number", "figure", "account", "report", "claim", "allegation", "estimate", "tally", "toll", "count", "story", "statement", "assertion", "description", "characterization", "version", "finding", "analysi", "assessment", "accusation", "charge", "narrative", "data", "total", "projection", "calculation", "conclusion", "rumor", "rumour", "poll", "survey", "study", "memo", "letter", "limit", "sum", "amount", "average"]);
const AUXILIARIES = new Set(["is", "are", "was", "were", "will", "would", "could", "should", "had", "has", "have", "can", "may", "might", "must", "did", "does", "do", "won't", "wouldn't", "isn't", "wasn't", "hadn't"]);
// Things a speaker cites as a reason for silence, not as a source.
const CITED_REASONS = new Set(`proceedings litigation privacy confidentiality policy policies rules reasons concerns
security lawsuit case investigation inquiry process health grounds commitments schedule`.split(/\s+/));
// Common verbs that are no part of a noun phrase (irregular pasts and their presents).
const PHRASE_VERBS = new Set(`gave gives give took takes made makes went goes came comes got gets kept keeps left sent sends
stood stands sought seeks won wins lost loses began begins became becomes spent spends paid pays`.split(/\s+/));
// What may follow the verb of a reporting tail: "…, the unit announced on Tuesday, adding …"
const TAIL_FOLLOWERS = new Set(`on in at by last yesterday today tonight this earlier later late recently again also
monday tuesday wednesday thursday friday saturday sunday adding noting citing saying arguing while after before when
during without though although as and but in a an the his her their its`.split(/\s+/));
// Verbs whose content may come as a quotation anywhere later in the sentence.
const CONTENT_VERBS = new Set(["note", "add", "reveal", "highlight", "mention", "reference", "explain", "disclose", "report", "detail", "outline", "describe", "call", "label", "brand", "term", "dub", "characterize", "characterise"]);
const ROLE_MODIFIERS = new Set(["state", "former", "deputy", "senior", "vice", "acting", "chief", "executive", "assistant", "associate", "general", "press", "foreign", "defence", "defense", "finance", "health", "interior", "prime", "campaign", "team", "club", "party", "house", "senate", "top", "lead", "principal", "managing", "national", "regional", "local", "county", "city", "federal", "head"]);
const APPROX_BEFORE_FIGURE = new Set(["about", "around", "roughly", "some", "nearly", "almost", "just", "more", "than", "less", "fewer", "close", "to", "over", "under", "up", "as", "many", "much", "least", "a", "an", "between", "from"]);
const FIGURE_WORD = /^(?:[\d$£€¥]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|a third|a quarter)$)/;

// Verbs whose restrictive "who" clause is a claim of the person described: "a candidate who says …"
const WHO_SPEECH_LEMMAS = new Set(["say", "claim", "allege", "insist", "argue", "contend", "maintain", "warn", "tell", "estimate", "call", "accuse"]);

/** A participle clause of content after toks[v]: ", blaming an unusually mild autumn", ", adding that …". */
function ownContentAfter(toks: Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length; k++) {
    if (toks[k]!.t === "," && /^(?:blaming|saying|adding|arguing|noting|warning|insisting|claiming|estimating|predicting|citing)$/.test(toks[k + 1]?.lo ?? "")) return true;
    // ("So said Viktor Saarinen, the chamber's chief economist, who argued that …": the speaker goes on to claim)
    if (toks[k]!.t === "," && toks[k + 1]?.lo === "who" && /^(?:argued|argues|called|calls|said|says|added|accused|warned|insisted|estimated|predicted|contended|maintained|told)$/.test(toks[k + 2]?.lo ?? "")) return true;
    // ("…, who runs the 60-bed shelter …, and who said his staff …": the second clause claims)
    if (toks[k]!.lo === "and" && toks[k + 1]?.lo === "who" && /^(?:argued|said|says|told|added|warned|insisted|estimated|predicted|contended|maintained)$/.test(toks[k + 2]?.lo ?? "")) return true;
    // ("…, where he also said the university team had sampled only a fraction")
    if (/^(?:said|says|added|adds|told|tells|argued|insisted|warned)$/.test(toks[k]!.lo) && /^(?:he|she|they|also)$/.test(toks[k - 1]?.lo ?? "")) return true;
    // ("…, who lived in a second-floor flat for four years and said she paid £725 a month": the clause's second verb claims)
    if (/^(?:said|says|told|estimated|insisted)$/.test(toks[k]!.lo) && toks[k - 1]?.lo === "and" && toks.slice(v + 1, k).some((x) => x.lo === "who")) return true;
  }
  return false;
}

/** ", who denied / disputed / rejected …" after toks[v]: a verdict of the person just named. */
function whoVerdictAfter(toks: Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length - 2; k++) if (toks[k]!.t === "," && toks[k + 1]!.lo === "who" && /^(?:denied|disputed|rejected|dismissed|contradicted)$/.test(toks[k + 2]!.lo)) return true;
  return false;
}

/** "described whole fields flattened by storms": within four words, a plural noun, a participle, then "by". */
function describedScene(toks: Token[], v: number): boolean {
  for (let k = v + 2; k < toks.length - 2 && k <= v + 4; k++) {
    const noun = toks[k - 1]!, part = toks[k]!;
    if (noun.word && !noun.cap && noun.lo.length > 3 && noun.lo.endsWith("s") && part.word && /(?:ed|en)$/.test(part.lo) && toks[k + 1]!.lo === "by") return true;
  }
  return false;
}

// Number words that make what "described" names a count: "waits of up to nine hours"
const NUMBER_WORDS_RE = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens|millions?)$/;

/** A number or a currency sign within n tokens after toks[v] (years too: unlike quantityAhead). */
function numberWithin(toks: Token[], v: number, n: number): boolean {
  for (let k = v + 1; k < toks.length && k <= v + n; k++) if (/^\d/.test(toks[k]!.t) || toks[k]!.t === "$" || toks[k]!.t === "£" || toks[k]!.t === "€") return true;
  return false;
}

/** toks[v] within n words after `opener`, with only words between them. */
function inClauseOf(toks: Token[], v: number, opener: string, n: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - n; k--) {
    const t = toks[k]!;
    if (!t.word) return false;
    if (t.lo === opener) return true;
  }
  return false;
}


/** Between the nearest `opener` before v and v, the clause already has a verb of its own (a past form after its subject). */
function clauseVerbBefore(toks: Token[], v: number, opener: string): boolean {
  let k = v - 1;
  while (k >= 0 && toks[k]!.lo !== opener) k--;
  for (let q = k + 2; q < v - 1; q++) {
    const t = toks[q]!;
    const before = toks[q - 1]!;
    if (!t.word || t.cap || !before.word) continue;
    if (/ed$/.test(t.lo) && /^(?:he|she|they|it|i|we)$/.test(before.lo)) return true;
    // ("because her bank advises the airline said": a present form after the clause's subject noun)
    if (/[^su]s$/.test(t.lo) && q - 2 > k && /^(?:her|his|its|their|the|a)$/.test(toks[q - 2]!.lo) && !DETERMINERS.has(before.lo) && !PREPOSITIONS.has(before.lo)) return true;
  }
  return false;
}

/** "put that debt at €19.6 million", "put the average at about 170": an estimate whatever noun it is of. */
function putsAtFigure(toks: Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length && k <= v + 8; k++) {
    const t = toks[k]!;
    if (!t.word && t.lo !== "'s") return false;
    // ("put the likely reduction nearer 60%", "put the cost closer to $190 million")
    if ((t.lo === "nearer" || t.lo === "closer") && k > v + 1) {
      const n = toks[t.lo === "closer" && toks[k + 1]?.lo === "to" ? k + 2 : k + 1];
      return !!n && FIGURE_WORD.test(n.lo);
    }
    // ("put Renewal on 11% nationally": a party's share in a poll)
    if (t.lo === "on" && k > v + 1 && /^\d/.test(toks[k + 1]?.t ?? "") && (toks[k + 2]?.t === "%" || toks[k + 2]?.lo === "percent")) return true;
    if (t.lo !== "at" || k === v + 1) continue;
    let f = k + 1;
    while (f < toks.length && f <= k + 4 && toks[f]!.word && APPROX_BEFORE_FIGURE.has(toks[f]!.lo)) f++;
    const n = toks[f];
    return !!n && FIGURE_WORD.test(n.lo);
  }
  return false;
}

// Nouns for a claim that an apposition's verb judges: "…, a claim the department denied."
const VERDICT_NOUNS = new WordSet(["claim", "assertion", "allegation", "charge", "account", "version", "figure", "report", "accusation", "timeline", "count", "number", "estimate", "toll", "tally", "total", "description", "price", "valuation", "fee", "cost", "range", "sum", "amount", "rate"]);

const FIGURE_NOUNS = new Set(["figure", "number", "toll", "tally", "count", "total", "estimate", "cost", "costs", "loss", "losses", "damage", "value", "savings", "deficit", "shortfall", "gap", "turnout", "margin", "crowd", "price", "bill", "effect", "impact", "attendance", "share", "rate"]);

interface Found {
  src: NPSource;
  cueStart: number;
  cueEnd: number;
  cue: string;
  lemma: string;
  inQuote: boolean;
  tokenIndex: number;
  /** the source phrase follows a comma or closing quote: "…, the company said" */
  tail: boolean;
  /** "So said …": names the speaker of the quotation before it */
  namesQuote: boolean;
  /** "That was how X explained it, adding …": names that speaker, and may say more */
  pointsBack: boolean;
}

/** "a copy of which …", "some of whom …": a segment opening with a relative after "of". */
function opensOfWhich(toks: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end && k <= from + 4; k++) if ((toks[k]!.lo === "which" || toks[k]!.lo === "whom") && toks[k - 1]!.lo === "of") return true;
  return false;
}

// A past participle, regular or among the common irregular ones ("filed", "brought", "made", "held")
const PARTICIPLE_FORM = /^(?:[a-z]+(?:ed|en|ught|wn)|made|paid|held|sent|kept|left|sold|built|set|put|won|lost|done|run|cut)$/;

export class Attributor {
  readonly coref = new Coref();

  /**
   * Attributes sentence number `index` (article order). `openQuote` is the quote state carried from
   * the previous sentence of the same paragraph. `lowered` is `text.toLowerCase()`, when the caller has it.
   */
  analyze(text: string, index: number, openQuote: boolean, lowered?: string): SentenceAttribution {
    const toks = tokenize(text, lowered);
    const q = scanQuotes(text, openQuote);
    const ctx: NPContext = { text, toks, coref: this.coref, sentence: index, quoteSpeaker: null };
    const n = toks.length;
    let firstCue = n;
    // (a capitalised word inside the sentence is a name, not a verb: "Mountain State Data Systems")
    for (let i = 0; i < n; i++) if (toks[i]!.word && !(toks[i]!.cap && i > 0) && (cueOf(toks[i]!) || toks[i]!.lo === "according")) { firstCue = i; break; }
    // names before the first cue are known when a pronoun after it is resolved ("X …, what he called")
    this.registerMentions(ctx, 0, firstCue, q.regions);

    const found: Found[] = [];
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (!t.word) {
        if (t.t === ":" && i > 0 && i <= 24) this.colonCue(ctx, i, q.regions, found);
        continue;
      }
      // (most words open none of the phrase rules: one look-up settles that, instead of a dozen tests)
      if (PHRASE_RULE_WORDS.has(t.lo) || (i === 1 && (toks[0]!.lo === "so" || toks[0]!.lo === "that" || toks[0]!.lo === "this")) || (i === 0 && t.lo === "in") || (i === 2 && toks[1]!.lo === "speaker")) {
        const took = this.phraseCue(ctx, i, q.regions, found);
        if (took >= 0) {
          i += took;
          continue;
        }
      }
      // (before the cue look-up: a capitalised word inside the sentence is a name, "Read", "Says")
      if (t.cap && i > 0 && !isQuoteMark(toks[i - 1]!)) continue;
      const lo = t.lo;
      // ("Darvenia’s prime minister, Anton Reyes, spoke those words at the depot …": the speaker of the quotation before it)
      if ((lo === "spoke" || lo === "uttered") && /^(?:those|these|the)$/.test(toks[i + 1]?.lo ?? "") && /^(?:words|remarks)$/.test(toks[i + 2]?.lo ?? "")) {
        const left = SAID ? this.leftSource(ctx, i, SAID) : null;
        if (left && left.src.kind === "person") {
          const f = mk(left.src, t.start, t.end, lo, "say", inRegions(t.start, q.regions), i, false);
          f.namesQuote = !ownContentAfter(toks, i);
          f.pointsBack = true;
          found.push(f);
          continue;
        }
      }
      const cf = cueOf(t);
      if (!cf) continue;
      if (lo === "think" && toks[i + 1]?.lo === "tank") continue;
      const r = this.verbSource(ctx, i, cf, found);
      if (!r) continue;
      // (a cue word is letters a-z only, so its token's lower case is the word lower-cased)
      found.push(mk(r.src, t.start, t.end, lo, cf.lemma, inRegions(t.start, q.regions), i, r.tail));
    }

    const outside = found.filter((f) => !f.inQuote);
    // A reporting tail ("…, the poll found.") attributes the whole sentence; otherwise the first cue,
    // with "citing X" the cue only when nothing else is.
    // "According to court filings, he promised …": a sentence that opens with its attribution is that one's
    const opening = outside.find((f) => f.tokenIndex === 0 && f.lemma === "according to");
    // "Mr. Castellano denied a report published by Thrift Watch that …": the report's content is the claim
    const deniedReport = outside.length > 1 && DENIAL_LEMMAS.has(outside[0]!.lemma) && outside[1]!.lemma === "report" ? outside[1] : undefined;
    // "Inspectors found that …, according to the commission's report.": a closing attribution set off by a
    // comma covers the whole sentence, the finding it reports included
    const last = outside[outside.length - 1];
    const closing = outside.length > 1 && last!.lemma === "according to" && toks[last!.tokenIndex - 1]?.t === "," &&
      // (not "added that, according to caseworkers, dozens of mothers …": the reported clause opens with it)
      toks[last!.tokenIndex - 2]?.lo !== "that" ? last : undefined;
    let primary = opening ?? closing ?? deniedReport ?? outside.find((f) => f.tail && f.lemma !== "cite") ?? outside.find((f) => f.lemma !== "cite") ?? outside[0];
    // ("In a 41-page ruling published on Thursday, the league’s panel found …": the participle only dates the
    // document the opening phrase names; the clause after the comma has the speaker)
    if (primary && toks[0]?.lo === "in" && PUBLISHING_LEMMAS.has(primary.lemma)) {
      const comma = toks.findIndex((t) => t.t === ",");
      const main = comma > primary.tokenIndex ? outside.find((f) => f.tokenIndex > comma && f.lemma !== "cite") : undefined;
      if (main) primary = main;
    }
    // ("Colonel Espey cited a 1989 study by the Office of Economic Adjustment, which found that …": the one citing
    // the study makes the claim, the study is whom he cites)
    const citer = outside.find((f) => f.lemma === "cite" && !f.tail);
    if (citer && primary && primary !== citer && primary.tokenIndex > citer.tokenIndex && toks[primary.tokenIndex - 1]?.lo === "which") primary = citer;
    let via: string | null = null;
    if (primary) {
      via = this.citingTarget(ctx, primary);
      if (via === primary.src.name) via = null;
    }
    const cues = outside.map((f) => toAttribution(f, f === primary ? via : null));
    const share = quotedShare(text, q.regions);
    const quoted = q.quoted && (share > 0.4 || (openQuote && !primary));
    const attribution = primary ? toAttribution(primary, via) : null;
    if (primary) {
      const kind = primary.src.kind;
      // (a source already resolved to someone needs none of the name tests)
      const ent = primary.src.entity ?? this.newSourceEntity(primary.src, index);
      if (ent) this.coref.mention(ent, index, true);
      else if (kind === "group" || kind === "anonymous") this.coref.addGroup(primary.src.name, index);
      // (a document named with its owner, "the Inspectorate’s report", is still the document a later "It found" means)
      if (kind === "document") this.coref.noteDocSource(primary.src.name, index);
    }
    this.registerMentions(ctx, firstCue, n, q.regions);
    return { attribution, quoted, openAtEnd: q.openAtEnd, quoteRegions: q.regions, cues };
  }

  /** The person or organisation a sentence's source names, remembered when it is a proper name or a body named by its kind. */
  private newSourceEntity(src: NPSource, index: number): Entity | null {
    const kind = src.kind;
    if ((kind !== "person" && kind !== "organization") || src.unresolved) return null;
    // ("His campaign literature" is capitalised only because it opens the sentence)
    const proper = /^\p{Lu}/u.test(src.name) && !/^(?:his|her|its|their|the|a|an|this|that|these|those|our|my)\s/i.test(src.name);
    // ("according to the provincial statistics office" is what a later "The office said" names)
    const commonOrg = kind === "organization" && COMMON_ORG_SOURCE.test(src.name) && !/^(?:his|her|its|their|this|that|these|those|our|my)\s/i.test(src.name);
    return proper || commonOrg ? this.coref.add(src.name, kind, src.role, null, index, true, false) : null;
  }

  /**
   * The cues a phrase makes at toks[i] ("according to", "reportedly", "the claim by X that", "So said X", …),
   * added to `found`. Returns how many tokens after toks[i] the cue took, or -1 when no phrase rule applies.
   */
  private phraseCue(ctx: NPContext, i: number, regions: [number, number][], found: Found[]): number {
    const toks = ctx.toks;
    const t = toks[i]!;
    const lo = t.lo;
    if (lo === "according" && toks[i + 1]?.lo === "to") {
      const end = this.rightPhraseEnd(toks, i + 2);
      // "went according to plan", "according to the schedule": a manner, not a source
      const plain = end - i - 2 <= 2 && NOT_ACCORDING_SOURCES.has(toks[end - 1]?.lo ?? "");
      let src = end > i + 2 && !plain ? sourceOfPhrase(ctx, i + 2, end, true) : null;
      // "According to her calculations": a person's own working is hers to answer for
      if (src && end === i + 4 && OWN_RECKONINGS.has(toks[i + 3]!.lo)) src = this.possessorPerson(ctx, toks[i + 2]!.lo) ?? src;
      // "according to figures it published on Thursday": whoever "it" or "he" is published them
      if (src && end - 1 > i + 2 && REDUCED_RELATIVE_SUBJECTS.has(toks[end - 1]!.lo)) src = this.pronounPublisher(ctx, toks[end - 1]!.lo) ?? src;
      // ("according to a report the group published on Tuesday": the body named there, as "the group" means)
      if (src && src.kind === "document" && DOC_HEADS.has(toks[end - 1]!.lo) && toks[end]?.lo === "the" && ORG_HEADS.has(toks[end + 1]?.lo ?? "") &&
        /^(?:published|released|issued|compiled|commissioned|produced|filed|prepared|submitted|provided|supplied)$/.test(toks[end + 2]?.lo ?? "")) {
        const ent = ctx.coref.resolveOrg(toks[end + 1]!.lo, ctx.sentence);
        if (ent) src = { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
      }
      // "according to its president, Carolyn B. Ashworth": the name in apposition is the speaker
      if (src && PERSON_ROLE_HEADS.has(toks[end - 1]!.lo)) src = this.nameAfterRole(ctx, end, src);
      if (src) {
        this.rightAppositionRole(ctx, end, src);
        found.push(mk(src, t.start, toks[i + 1]!.end, "according to", "according to", inRegions(t.start, regions), i, false));
      }
      return 1;
    }
    // "In his opinion, Mrs Hollins met those criteria …": the view of the person "his" resolves to
    const holder = i === 0 && lo === "in" && OPINION_HEADS.has(toks[2]?.lo ?? "") && toks[3]?.t === "," ? this.possessorPerson(ctx, toks[1]!.lo) : null;
    if (holder) {
      found.push(mk(holder, t.start, toks[2]!.end, `in ${toks[1]!.lo} ${toks[2]!.lo}`, "believe", inRegions(t.start, regions), i, false));
      return 2;
    }
    if (lo === "reportedly" || lo === "purportedly") {
      // ("A memo from the budget office, reportedly circulated to deans last month, warned": the aside
      // describes the memo, whose own verb reports)
      if (toks[i - 1]?.t === "," && i > 3 && participle(toks[i + 1]) && verbAfterAside(toks, i + 2)) return 0;
      found.push(mk(docSource("reports"), t.start, t.end, lo, lo, inRegions(t.start, regions), i, false));
      return 0;
    }
    // "The claim by the Ohio Republican Party that …": a claim noun with its author
    if (toks[i + 1]?.lo === "by" && (lo === "claim" || lo === "claims" || lo === "allegation" || lo === "allegations" || lo === "assertion" || lo === "accusation" || lo === "charge")) {
      const end = this.rightPhraseEnd(toks, i + 2);
      if (end > i + 2 && toks[end]?.lo === "that") {
        const src = sourceOfPhrase(ctx, i + 2, end, false);
        if (src) {
          found.push(mk(src, t.start, t.end, lo, "claim", inRegions(t.start, regions), i, false));
          return 0;
        }
      }
    }
    // "The senator's contention that …", "By the inspector general's reckoning, …": the owner of a
    // claim noun speaks
    // "Her insistence that she is the only Democrat who can carry the South": the owner's claim
    if (toks[i + 1]?.lo === "that" && i >= 1 && /^(?:his|her|their)$/.test(toks[i - 1]!.lo) && POSSESSED_CLAIM_NOUNS.has(lo) && !OPINION_NOUNS.has(lo)) {
      const src = this.possessiveOwner(toks[i - 1]!.lo, ctx.sentence);
      if (src) {
        found.push(mk(src, t.start, t.end, lo, "claim", inRegions(t.start, regions), i, false));
        return 0;
      }
    }
    // "His department's figure is 64 inmates", "Her own estimate was 9,000": the owner's figure, stated
    if (/^(?:figure|estimate|count|tally|total)$/.test(lo) && /^(?:is|was|stands|stood)$/.test(toks[i + 1]?.lo ?? "") && i >= 1 &&
      numberAfterApproximation(toks, toks[i + 2]?.lo === "at" ? i + 3 : i + 2)) {
      let o = i - 1;
      if (toks[o]!.lo === "own") o--;
      let src: NPSource | null = null;
      if (o === 0 && /^(?:his|her|their|its)$/.test(toks[0]!.lo)) {
        src = this.possessiveOwner(toks[0]!.lo, ctx.sentence);
      } else if (o >= 1 && toks[o]!.lo === "'s" && o <= 6) {
        src = sourceOfPhrase(ctx, 0, o, false);
      }
      if (src && src.kind !== "document") {
        found.push(mk(src, t.start, t.end, lo, "estimate", inRegions(t.start, regions), i, false));
        return 0;
      }
    }
    // "By the count of his staff, the reduction is closer to 19 percent": whose count it is
    if (lo === "by" && toks[i + 1]?.lo === "the" && OPINION_NOUNS.has(toks[i + 2]?.lo ?? "") && toks[i + 3]?.lo === "of") {
      const end = this.rightPhraseEnd(toks, i + 4);
      const src = end > i + 4 ? sourceOfPhrase(ctx, i + 4, end, true) : null;
      if (src) {
        found.push(mk(src, t.start, toks[i + 3]!.end, `by the ${toks[i + 2]!.lo} of`, "estimate", inRegions(t.start, regions), i, false));
        return 3;
      }
    }
    // "By her estimate, riders spend between a quarter and a third …": the person just named reckons it
    if (lo === "by" && i === 0 && /^(?:her|his|their)$/.test(toks[1]?.lo ?? "") && OPINION_NOUNS.has(toks[2]?.lo ?? "") && toks[3]?.t === ",") {
      const src = this.possessiveOwner(toks[1]!.lo, ctx.sentence);
      if (src) {
        found.push(mk(src, t.start, toks[2]!.end, `by ${toks[1]!.lo} ${toks[2]!.lo}`, "estimate", inRegions(t.start, regions), i, false));
        return 2;
      }
    }
    // "a spending request that, by its own forecast, would leave a deficit of $64 billion": the owner's forecast
    if (lo === "by" && /^(?:its|their)$/.test(toks[i + 1]?.lo ?? "") && this.ownForecast(toks, i + 2)) {
      const src = this.ownerBefore(ctx, i, toks[i + 1]!.lo === "its");
      if (src) {
        found.push(mk(src, t.start, toks[i + 1]!.end, "by its", "estimate", inRegions(t.start, regions), i, false));
        return 0;
      }
    }
    if (i >= 2 && toks[i - 1]!.lo === "'s" && POSSESSED_CLAIM_NOUNS.has(lo)) {
      const opinion = OPINION_NOUNS.has(lo);
      const byOrIn = this.possessorStart(toks, i - 1);
      const leadsIn = byOrIn > 0 && /^(?:by|in|to)$/.test(toks[byOrIn - 1]!.lo);
      // ("Sen. Toller's estimate that ending production would save $4.5 billion …": an estimate with its content)
      // ("… would receive about $11, by the firm's estimate.": the same phrase closing the sentence)
      const closes = opinion && leadsIn && toks[byOrIn - 1]!.lo === "by" && toks[byOrIn - 2]?.t === "," && (i + 1 >= toks.length || (i + 2 >= toks.length && /^[.!]$/.test(toks[i + 1]!.t)));
      if (toks[i + 1]?.lo === "that" || (opinion && leadsIn && toks[i + 1]?.t === ",") || closes) {
        const src = byOrIn < i - 1 ? sourceOfPhrase(ctx, byOrIn, i - 1, false) : null;
        if (src) {
          found.push(mk(src, t.start, t.end, lo, opinion ? "estimate" : "claim", inRegions(t.start, regions), i, false));
          return 0;
        }
      }
    }
    // "A report broadcast on Tuesday night by WRC-TV that the FBI had reopened …": an unnamed report's content
    if ((lo === "report" || lo === "rumor" || lo === "rumour") && i > 0 && /^(?:a|an)$/.test(toks[i - 1]!.lo) && this.thatAhead(toks, i)) {
      // ("… by the trade newsletter Thrift Watch that …": the outlet that published it)
      found.push(mk(this.reportAuthor(ctx, i) ?? docSource(lo), t.start, t.end, lo, "report", inRegions(t.start, regions), i, false));
      return 0;
    }
    // "That was how Eva Richterová, the council’s chair, summed up the gap": the speaker of the quotation before it
    if (i === 2 && lo === "how" && /^(?:that|this)$/.test(toks[0]!.lo) && /^(?:was|is)$/.test(toks[1]!.lo)) {
      const v = toks.findIndex((x, k) => k > i && x.word && !x.cap && SUMMING_VERBS.has(x.lo));
      const end = v > i ? toks.findIndex((x, k) => k > i && k <= v && (x.t === "," || k === v)) : -1;
      let src = end > i + 1 ? sourceOfPhrase(ctx, i + 1, end, true) : null;
      // ("That was how the Griffins captain, Tom Etheridge, described …": the name after the role)
      if (src && src.kind === "person" && PERSON_ROLE_HEADS.has(toks[end - 1]!.lo)) src = this.nameAfterRole(ctx, end, src);
      if (src && src.kind === "person") {
        this.rightAppositionRole(ctx, end, src);
        const f = mk(src, toks[v]!.start, toks[v]!.end, toks[v]!.lo, "say", inRegions(toks[v]!.start, regions), v, false);
        // (only names the quotation's speaker, unless it goes on to say something: ", blaming …")
        f.namesQuote = !ownContentAfter(toks, v);
        f.pointsBack = true;
        found.push(f);
        return 0;
      }
    }
    // "That was Doreen Ashby, 74, shopping at the chain's store": the speaker of the quotation before it, named
    // (all of it a name: "That was Mr. Ruiz's second visit" names a visit)
    if (i === 1 && (lo === "was" || lo === "is") && /^(?:that|this)$/.test(toks[0]!.lo) && toks[2]?.cap && toks[2]!.word &&
      this.pushNamedSpeaker(ctx, 2, i, true, found, (src) => mk(src, t.start, t.end, lo, "say", inRegions(t.start, regions), i, false),
        (src, end) => toks[end - 1]!.cap && !/['’]s\b/.test(src.name) && (toks[end] === undefined || toks[end]!.t === "," || toks[end]!.t === "."))) return 0;
    // ("“I reported every dollar …” That was Mr. Maddox’s answer each time …": whose answer it was spoke the quotation)
    if (i === 1 && (lo === "was" || lo === "is") && /^(?:that|this)$/.test(toks[0]!.lo) && toks[2]?.cap && toks[2]!.word) {
      let poss = -1;
      for (let k = 3; k < Math.min(toks.length, 8); k++) if (toks[k]!.lo === "'s") { poss = k; break; }
      const noun = poss > 0 ? toks[poss + 1] : undefined;
      if (noun && (SAYING_NOUNS.has(noun.lo) || ANSWER_NOUNS.has(noun.lo))) {
        const src = sourceOfPhrase(ctx, 2, poss, true);
        if (src && src.kind === "person") {
          const f = mk(src, t.start, t.end, lo, "say", inRegions(t.start, regions), i, false);
          f.namesQuote = true;
          f.pointsBack = true;
          found.push(f);
          return 0;
        }
      }
    }
    // ("“My daughter slept with a towel against her door …” That was the evidence of Bogdana Lis, who …": whose
    // evidence it was spoke the quotation)
    if (i === 1 && (lo === "was" || lo === "is") && /^(?:that|this)$/.test(toks[0]!.lo) && toks[2]?.lo === "the" && toks[4]?.lo === "of" && toks[5]?.cap && toks[5]!.word &&
      EVIDENCE_NOUNS.has(toks[3]!.lo)) {
      let end = 6;
      while (end < toks.length && end < 12 && (toks[end]!.cap || toks[end]!.t === ".") && toks[end]!.t !== ",") end++;
      const src = sourceOfPhrase(ctx, 5, end, true);
      if (src && src.kind === "person") {
        const f = mk(src, t.start, t.end, lo, "say", inRegions(t.start, regions), i, false);
        f.namesQuote = !ownContentAfter(toks, end);
        f.pointsBack = true;
        found.push(f);
        return 0;
      }
    }
    // "The speaker was the Rev. Leonard A. Haskett, who …": the speaker of the quotation before it, named
    if (i === 2 && (lo === "was" || lo === "is") && toks[0]!.lo === "the" && toks[1]!.lo === "speaker" &&
      this.pushNamedSpeaker(ctx, toks[3]?.lo === "the" ? 4 : 3, i, true, found, (src) => mk(src, t.start, t.end, lo, "say", inRegions(t.start, regions), i, false))) return 0;
    // "So said Piotr Wawrzyczek, who commands the brigade, as …": inverted, after "So"
    // ("So argued Sen. Loretta M. Haskins of Maryland, who …": any reporting verb, inverted after "So")
    const soCue = i === 1 && toks[0]!.lo === "so" && toks[2]?.cap ? cueOf(t) : null;
    if (soCue && !soCue.ambiguous && soCue.tense === "past" &&
      this.pushNamedSpeaker(ctx, 2, i, false, found, (src) => mk(src, t.start, t.end, lo, soCue.lemma, inRegions(t.start, regions), i, true))) return 0;
    // "The prediction came from Walter J. Kinsella, …": the speaker of the quotation before it
    if (lo === "came" && toks[i + 1]?.lo === "from" && i >= 1 && i <= 3 && SAYING_NOUNS.has(toks[i - 1]!.lo) &&
      this.pushNamedSpeaker(ctx, i + 2, i, true, found, (src) => mk(src, t.start, toks[i + 1]!.end, "came from", "say", inRegions(t.start, regions), i, false))) return 1;
    // "That was the assessment of Nathan B. Greer, a law professor …": the speaker of the quotation before it
    // ("That was the reply of Colonel X, …, who denied that …": the denial is the sentence's own cue)
    if (lo === "of" && (i === 3 || (i === 4 && toks[2]!.lo === "the")) && /^(?:that|this)$/.test(toks[0]!.lo) && /^(?:was|is)$/.test(toks[1]!.lo) && SAYING_NOUNS.has(toks[i - 1]!.lo) && !whoVerdictAfter(toks, i) &&
      this.pushNamedSpeaker(ctx, i + 1, i, true, found, (src) => mk(src, toks[i - 1]!.start, t.end, `${toks[i - 1]!.lo} of`, "say", inRegions(t.start, regions), i, false))) return 0;
    // "reports that …", "on reports that …": content attributed to unnamed reports
    if (toks[i + 1]?.lo === "that" && (lo === "reports" || lo === "rumours" || lo === "rumors") && !(toks[i - 1]?.word && !NOUN_LEFT.has(toks[i - 1]!.lo) && !PREPOSITIONS.has(toks[i - 1]!.lo))) {
      found.push(mk(docSource(lo), t.start, t.end, lo, "report", inRegions(t.start, regions), i, false));
      return 0;
    }
    return -1;
  }

  /** The person a possessive "his" or "her" resolves to, as a source; null for any other word or no one met. */
  /** Who the subject pronoun of a reduced relative clause ("figures it published") is: a person for he/she, else an organisation. */
  private pronounPublisher(ctx: NPContext, lo: string): NPSource | null {
    if (lo === "he" || lo === "she") return this.possessorPerson(ctx, lo === "he" ? "his" : "her");
    const ent = ctx.coref.resolveOrg(null, ctx.sentence);
    return ent ? { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent } : null;
  }

  private possessorPerson(ctx: NPContext, lo: string): NPSource | null {
    if (lo !== "his" && lo !== "her") return null;
    const ent = ctx.coref.resolvePerson(lo === "his" ? "m" : "f", ctx.sentence);
    return ent ? { name: ent.name, kind: "person", role: ent.role, unresolved: false, entity: ent } : null;
  }

  /**
   * The speaker of the quotation before, named from toks[from] after a cue at toks[i] ("So said X", "That was X",
   * "The speaker was X", "That was the view of X", "The prediction came from X"): pushed as the Found `cue` makes,
   * with its apposition's role, and a claim of its own only when the sentence goes on to claim. False, pushing
   * nothing, unless the phrase is a source (a person when `personOnly`) that `accept` allows.
   */
  private pushNamedSpeaker(ctx: NPContext, from: number, i: number, personOnly: boolean, found: Found[], cue: (src: NPSource) => Found,
    accept?: (src: NPSource, end: number) => boolean): boolean {
    const end = this.rightPhraseEnd(ctx.toks, from);
    const src = end > from ? sourceOfPhrase(ctx, from, end, true) : null;
    if (!src || (personOnly && src.kind !== "person") || (accept && !accept(src, end))) return false;
    this.rightAppositionRole(ctx, end, src);
    const f = cue(src);
    f.namesQuote = !ownContentAfter(ctx.toks, i);
    f.pointsBack = true;
    found.push(f);
    return true;
  }

  /** Whether ", said" (or says/told) closes the apposition the verb at toks[v] sits in, within a few words. */
  private saidAfterApposition(toks: Token[], v: number): boolean {
    for (let k = v + 1; k < toks.length - 1 && k <= v + 14; k++) {
      const t = toks[k]!;
      if (t.t === "." || t.t === ";" || t.t === ":") return false;
      if (t.t !== ",") continue;
      const next = toks[k + 1]!;
      const cf = next.word ? cueOf(next) : null;
      return !!cf && (cf.lemma === "say" || cf.lemma === "tell") && cf.tense !== "ing";
    }
    return false;
  }

  /** The source of a reporting verb at toks[v], or null when this is not an attributing use. */
  private verbSource(c: NPContext, v: number, cf: CueForm, found: Found[]): { src: NPSource; tail: boolean } | null {
    const toks = c.toks;
    const prev = toks[v - 1];
    const next = toks[v + 1];
    // Noun or adjective uses: "these claims", "the reported deaths", "a telling sign", "Vanner's claims".
    // ("an official said": "official" is the noun there; only an ambiguous form like "official reports" is a noun use,
    // and not one that closes its clause: "…, a Western military official estimated, speaking …")
    const endsClause = !next || (!next.word && /^[,.;:—)]$/.test(next.t));
    const officialNoun = prev?.word === true && (prev.lo === "official" || prev.lo === "unofficial") && (!cf.ambiguous || endsClause);
    const eagerTo = prev?.lo === "to" && EAGER.test(toks[v - 2]?.lo ?? "");
    if (prev && prev.word && NOUN_LEFT.has(prev.lo) && !officialNoun && !eagerTo && !(cf.tense === "ing" && /^(?:by|after|before|while|when|without|in|on|for|of)$/.test(prev.lo))) {
      if (!(cf.tense === "past" && next?.lo === "by")) return null;
    }
    // ("The report, reference ZP-0412/26, was …", "under reference 24/117": a code names the thing, no one references anything)
    if (cf.lemma === "reference" && prev?.t === "," && next && /\d/.test(toks.slice(v + 1, v + 4).map((t) => t.t).join(""))) return null;
    // ("in waters claimed by both countries", "land claimed by the tribe": ground someone claims, not a claim reported)
    if (cf.lemma === "claim" && cf.tense === "past" && next?.lo === "by" && prev?.word && CLAIMED_GROUND.has(prev.lo)) return null;
    // ("Those tonnage figures, at least, hold up": a claim that survives a check, no one holding a view)
    if (cf.lemma === "hold" && next?.lo === "up") return null;
    // ("…, matching the state reports.": an ambiguous form closing the sentence after a phrase with no comma
    // before it is the noun; a closing tag is set off, "…, the state reports.")
    if (cf.ambiguous && cf.tense === "s" && (!next || (next.t === "." && v + 2 >= toks.length))) {
      let k = v - 1;
      while (k > 0 && toks[k]!.word && !DETERMINERS.has(toks[k]!.lo) && v - k < 4) k--;
      if (k > 0 && DETERMINERS.has(toks[k]!.lo) && toks[k - 1]!.word && !cueOf(toks[k - 1]!)) return null;
    }
    // ("1,260 spare-parts orders placed from 1985 through 1988": orders placed, not a finding that places them)
    if (cf.lemma === "place" && cf.tense === "past" && prev?.word && !prev.cap && /s$/.test(prev.lo) && next?.word && PREPOSITIONS.has(next.lo)) return null;
    // "Rep. Garland, a Democrat who heads the subcommittee that writes the budget, said": a verb in a relative
    // clause inside an apposition, before the sentence's own "said"
    if (prev?.word && (RELATIVE.has(prev.lo) || prev.lo === "that") && this.saidAfterApposition(toks, v)) return null;
    // "refused to say whether the mayor had been questioned by investigators": a question, nothing reported
    if (inClauseOf(toks, v, "whether", 8) || (cf.tense !== "past" && inClauseOf(toks, v, "if", 8))) return null;
    // "who asked not to be named because her bank advises the airline": a reason, nothing reported
    // ("… asked not to be named because she feared losing her job said": the clause had its verb; this one is the sentence's)
    if (inClauseOf(toks, v, "because", 6) && !clauseVerbBefore(toks, v, "because")) return null;
    // ("Asked why the town’s hospital had reported treating children, Merz said …": the question put, not a report)
    if (toks[0]?.lo === "asked" && v > 1 && /^(?:why|whether|if|how|what|about)$/.test(toks[1]?.lo ?? "") && !toks.slice(1, v).some((t) => t.t === "," || t.t === ":")) return null;
    // "SkyLedger counted 1,870 cancelled flights": a tally reported, only in the past and only of a number
    // ("the votes were counted", "three counts of fraud", "counted on her support" report nothing)
    // ("The breakdown also counts cancellations: …": a document's tally, its content after the colon)
    if (cf.lemma === "count" && !(cf.tense === "past" && numberAfterApproximation(toks, v + 1)) && !docCountsColon(toks, v)) return null;
    // "did not provide copies when asked by the Courier": the one asked, not a speaker
    if (cf.lemma === "ask" && cf.tense === "past" && next?.lo === "by" && prev?.word && /^(?:when|if|as|after|once|unless)$/.test(prev.lo)) return null;
    // ("a list that names 31 people believed to have been underground": an agentless passive on a noun
    // reports nothing of its own)
    if (cf.tense === "past" && next?.lo === "to" && /^(?:be|have)$/.test(toks[v + 2]?.lo ?? "") && prev?.word && !prev.cap &&
      !PRE_VERB_SKIP.has(prev.lo) && !SUBJECT_PRONOUNS.has(prev.lo) && !/^(?:was|were|is|are|be|been|being|who|that|which)$/.test(prev.lo)) return null;
    // "when it expected to pay $2.2 billion": expecting to do something reports nothing
    // ("a number the World Health Organization expects to nearly double by 2050": a forecast of a change is one)
    const forecast = cf.lemma === "expect" && next?.lo === "to" && forecastChange(toks, v + 2);
    if (cf.lemma === "expect" && next?.lo === "to" && !forecast) return null;
    // "projects that House negotiators want added to the bill": a participle after "want" is a wish, not a report
    if (cf.tense === "past" && prev?.word && /^(?:want|wants|wanted|wanting|need|needs|needed)$/.test(prev.lo)) return null;
    // "in his first term", "the second report": an ordinal after a determiner makes a noun
    if (prev?.word && ORDINAL_WORDS.has(prev.lo) && toks[v - 2]?.word && NOUN_LEFT.has(toks[v - 2]!.lo)) return null;
    // "the Republican state chairman", "state officials": a base form before a head noun modifies it
    // ("City budget records show police overtime spending of …": after a plural document it is the verb)
    if (cf.tense === "base" && next?.word && !next.cap && (PERSON_ROLE_HEADS.has(next.lo) || ORG_HEADS.has(next.lo) || GROUP_HEADS.has(next.lo)) &&
      !(prev?.word && DOC_HEADS.has(prev.lo) && /(?:s|data)$/.test(prev.lo)) &&
      // ("Intake logs from two shelters show staff turning people away": the records' verb, past a phrase on them)
      !(cf.lemma === "show" && pluralDocBefore(toks, v))) return null;
    // "drew a scornful reply", "a statewide recount": a base form after an adjective after a determiner is a noun
    // ("the officials say" has a plural subject)
    // ("Residents near the plant say 40 homes flooded": a clause after it makes it the verb)
    if (cf.tense === "base" && prev?.word && !prev.cap && ADJECTIVE_END.test(prev.lo) && toks[v - 2]?.word && /^(?:a|an|the|his|her|its|their|this|that)$/.test(toks[v - 2]!.lo) &&
      !(next && (/^\d/.test(next.t) || /^(?:that|it|they|he|she|the|there)$/.test(next.lo)))) return null;
    if (cf.lemma === "recount" && (cf.tense === "base" || cf.tense === "s")) return null;
    // "a Class I recall", "World War I": a Roman numeral, not the pronoun
    if (prev?.t === "I" && toks[v - 2]?.word && toks[v - 2]!.cap) return null;
    // ("… contains the wording Abara quoted.": an object relative on the noun before the name, nothing reported)
    if (cf.lemma === "quote" && (!next || next.t === ".") && prev?.word && prev.cap && toks[v - 2]?.word && !toks[v - 2]!.cap && !cueOf(toks[v - 2]!)) return null;
    // ("Sainsbury's said sales rose": a shop's name, the verb unmistakable)
    const shopName = !cf.ambiguous && cf.tense === "past" && !!toks[v - 2]?.word && toks[v - 2]!.cap && (v === 2 || toks[v - 3]?.t === "," || (!!toks[v - 3]?.word && toks[v - 3]!.cap));
    if (prev && prev.lo === "'s" && (cf.ambiguous || cf.tense !== "s") && !shopName) return null;
    if (cf.ambiguous && cf.tense !== "past" && prev?.word && DETERMINERS.has(prev.lo)) return null;
    // "Treasury notes fell", "the reports were": an ambiguous form with a verb after it is a noun
    if (cf.ambiguous && cf.tense === "s" && next?.word && (NOUN_THEN_VERB.has(next.lo) || (MODALS.has(next.lo)))) return null;
    // "Possession claims brought by landlords rose": a participle and its agent after it make it a noun
    if (cf.ambiguous && cf.tense === "s" && next?.word && PARTICIPLE_FORM.test(next.lo) && toks[v + 2]?.lo === "by") return null;
    // "UN figures show", "police reports say": a noun before the real verb
    if (cf.ambiguous && cf.tense !== "ing" && next?.word) {
      const nf = cueOf(next);
      if (nf && nf.tense !== "ing" && !nf.ambiguous) return null;
      if (nf && (next.lo === "show" || next.lo === "shows" || next.lo === "found" || next.lo === "say" || next.lo === "suggest")) return null;
    }
    // "citing state figures, estimated": a noun in the phrase a citing word opens
    if (cf.ambiguous && cf.tense === "s" && this.inCitingPhrase(toks, v)) return null;
    // "…, a claim Ukraine's military denied.": a verdict on this sentence's claim, not a second speaker
    // (", a number the World Health Organization expects to nearly double by 2050": a forecast, no verdict)
    if (cf.lemma !== "say" && this.verdictApposition(toks, v) && !forecast) return null;
    // "who reviewed the laboratory reports for the Chronicle": a compound noun, the object of a verb or preposition
    // ("Data obtained by the trust shows 33,870 entries": a number or "that" after it makes it the verb)
    if (cf.ambiguous && cf.tense === "s" && prev?.word && !prev.cap && toks[v - 2]?.word && DETERMINERS.has(toks[v - 2]!.lo) &&
      toks[v - 3]?.word && (PREPOSITIONS.has(toks[v - 3]!.lo) || /ed$/.test(toks[v - 3]!.lo)) && !(next && (/^\d/.test(next.t) || next.lo === "that")) &&
      // ("A contract seen by this newspaper shows his salary at …": the agent of the participle on the subject)
      !(toks[v - 3]!.lo === "by" && HANDLED_BY.has(toks[v - 4]?.lo ?? ""))) return null;
    // "declined to comment, citing the continuing proceedings": a reason cited, not a source
    if (cf.lemma === "cite" && this.citesReason(toks, v)) return null;
    // "her Federal Election Commission report by Michigan Campaign Watch": a noun, its author after it
    if (cf.ambiguous && cf.tense !== "past" && cf.tense !== "ing" && next?.lo === "by" && DOC_HEADS.has(toks[v]!.lo)) return null;
    // "In a report published on its website, the council said": a participle after a document noun only describes it
    // ("In a 2019 email shown to jurors, …, wrote": shown to someone, the email only described)
    if (cf.tense === "past" && prev?.word && DOC_HEADS.has(prev.lo) && (PUBLISHING_LEMMAS.has(cf.lemma) || toks[v]!.lo === "shown") &&
      // ("Figures published by the Office of Rail and Road show …": a bare plural opening the sentence too)
      (/^(?:a|an|the|its|their|his|her|this|that)$/.test(toks[v - 2]?.lo ?? "") || (v === 1 && /(?:s|data)$/.test(prev.lo)) ||
        (YEAR_TOKEN.test(toks[v - 2]?.t ?? "") && /^(?:a|an|the|its|their|his|her|this|that)$/.test(toks[v - 3]?.lo ?? ""))) &&
      (!next || !next.word || PREPOSITIONS.has(next.lo) || /^(?:last|yesterday|today|this|earlier|on|to)$/.test(next.lo))) return null;
    // "bear out" only: "the documents bear the signatures of 3 officials" reports nothing
    // ("The group's figures bear her out")
    if (cf.lemma === "bear" && next?.lo !== "out" && !(/^(?:her|him|them|it|this|that)$/.test(next?.lo ?? "") && toks[v + 2]?.lo === "out")) return null;
    // "claimed the governor's seat", "claimed victory": a thing won, not a statement
    if (cf.lemma === "claim" && next?.word && /^(?:the|a|an|his|her|its|their)$/.test(next.lo) && !this.clauseFollows(toks, v) && !this.quantityAhead(toks, v)) return null;
    if (cf.lemma === "claim" && next?.word && /^(?:victory|credit|responsibility|ownership|asylum|benefits|damages|title|titles|lives)$/.test(next.lo)) return null;
    // "The state has pledged a further $85 million": a sum committed, not a statement
    if (/^(?:pledge|promise|commit)$/.test(cf.lemma) && next && (next.t === "$" || next.t === "£" || next.t === "€" || /^\d/.test(next.t) || (/^(?:a|an)$/.test(next.lo) && this.quantityAhead(toks, v)))) return null;
    // "…, a step Mr. Kincaid has demanded.": the demand is the step named before it, nothing is reported
    if (DIRECTIVE_LEMMAS.has(cf.lemma) && v + 2 >= toks.length && !this.quotedTail(toks, v)) return null;
    // ("state Sen. Lucille B. Harrow", "Counting state dollars": the bare word "state" is a verb only
    // before "that", a quotation or a colon)
    if (toks[v]!.lo === "state" && !(next && (next.lo === "that" || next.t === ":" || isQuoteMark(next)))) return null;
    // (", finding that …" hangs off the subject; "an adverse finding for EPO" is a noun)
    if (cf.lemma === "find" && cf.tense === "ing" && !(prev?.t === "," && next?.lo === "that")) return null;
    // ("The district office, asked about that figure, said …": the question put to the speaker, not a report)
    if (cf.lemma === "ask" && cf.tense === "past" && (v === 0 || prev?.t === ",") && next?.word && /^(?:about|whether|if|why|how|what|for)$/.test(next.lo)) return null;
    // ("did not offer any records showing when …", "no figures showing …": records that are not there show nothing)
    if (cf.tense === "ing" && (cf.lemma === "show" || cf.lemma === "prove" || cf.lemma === "indicate") && this.negatedRecordBefore(toks, v)) return null;
    // ("The ministry published no images to back up that account": nothing published reports nothing)
    if (next?.lo === "no" && /^(?:publish|release|offer|produce|provide)$/.test(cf.lemma)) return null;
    // ("None of them offered sales figures": "figures" after a noun after a verb is a noun)
    if (cf.ambiguous && cf.tense === "s" && prev?.word && !prev.cap && toks[v - 2]?.word && cueOf(toks[v - 2]!)?.tense === "past") return null;
    // ("about 9,800 whistleblowing claims", "40 reports": a counted noun, not a verb)
    // (not after a year: "its report for 1995 lists")
    if (cf.ambiguous && cf.tense === "s" && ((/^\d/.test(prev?.t ?? "") && !YEAR_TOKEN.test(prev!.t)) || (prev?.word && !prev.cap && /^\d/.test(toks[v - 2]?.t ?? "") && !YEAR_TOKEN.test(toks[v - 2]!.t)))) return null;
    // ("arrived at nearly the same number, 4,910": only a figure arrived at reports anything)
    // (not a time: "arrived at 4 p.m.")
    if (cf.lemma === "arrive" && !(next?.lo === "at" && (/^[$£€]$/.test(toks[v + 2]?.t ?? "") || (Number((toks[v + 2]?.t ?? "").replace(/,/g, "")) >= 100 && !YEAR_TOKEN.test(toks[v + 2]?.t ?? "")) || /^(?:the|a|an|nearly|almost|roughly|about)$/.test(toks[v + 2]?.lo ?? "") && this.sameFigureAhead(toks, v + 2)))) return null;
    // ("declined to comment on internal forecasts": after a preposition and its adjective, a noun)
    if (cf.tense === "s" && prev?.word && /^[a-z]/.test(prev.t) && !cueOf(prev) && PREPOSITIONS.has(toks[v - 2]?.lo ?? "") && toks[v - 2]!.word) return null;
    // ("has not published any figures calculated the old way": a reduced relative on a record not there)
    if (cf.tense === "past" && prev?.word && !prev.cap && (toks[v - 2]?.lo === "any" || toks[v - 2]?.lo === "no")) return null;
    // ("The statement did not say how many of those searches had found a weapon": inside a question left unanswered)
    if (this.insideUnansweredQuestion(toks, v)) return null;
    // ("64% more than the ceiling the company cites.": a verb that needs an object, ending its sentence, is a relative clause's)
    if (cf.lemma === "cite" && (!next || /^[.!?;)]$/.test(next.t))) return null;
    // ("matched tax filings with university enrollment records, found that …": a compound noun before a comma)
    if (cf.ambiguous && cf.tense === "s" && next?.t === "," && prev?.word && !prev.cap && !cueOf(prev) && toks[v - 2]?.word && !toks[v - 2]!.cap && !NOT_NOUN_BEFORE.has(toks[v - 2]!.lo) && !NOT_NOUN_BEFORE.has(prev.lo)) return null;
    // ("the 50% threshold recommended by the council": a standard set, not a report)
    if (cf.lemma === "recommend" && cf.tense === "past" && next?.lo === "by" && prev?.word && !prev.cap && !AUX_BEFORE_PARTICIPLE.has(prev.lo)) return null;
    // Requests and instructions: "asked for a hearing", "told members to cancel their plans"
    if (cf.lemma === "ask" && (next?.lo === "for" || next?.lo === "not")) return null; // "who asked not to be identified"
    if (cf.lemma === "call" && (next?.lo === "itself" || next?.lo === "themselves" || next?.lo === "himself" || next?.lo === "herself")) return null; // "which calls itself Grey Lantern"
    if (cf.lemma === "ask" && this.objectThenFor(toks, v)) return null; // "asked the committee for a 30-day delay"
    if (INSTRUCTION_LEMMAS.has(cf.lemma) && this.objectThenInfinitive(toks, v)) return null;
    // Negated ("did not say", "declined to comment", "has never confirmed") or not asserted ("could add").
    for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
      const t = toks[k]!;
      if (!t.word) break;
      // ("The No campaign had argued": a side's name after "the", not a negation)
      if (NEGATION.has(t.lo) && !(t.t === "No" && toks[k - 1]?.lo === "the")) return null;
    }
    // ("were quick to note that …", "was at pains to stress": said all the same)
    if (cf.tense === "base" && prev?.word && MODALS.has(prev.lo) && !eagerTo && !(next && (next.lo === "that" || isQuoteMark(next)) && /^(?:will|would)$/.test(prev.lo))) return null;
    if (cf.tense === "base" && prev?.word && PRE_VERB_SKIP.has(prev.lo) && toks[v - 2]?.word && MODALS.has(toks[v - 2]!.lo)) return null;
    // Passives: "were corroborated by X" names X; "is said to", "were estimated" attribute to no one.
    let k = v - 1;
    while (k >= 0 && toks[k]!.word && PRE_VERB_SKIP.has(toks[k]!.lo) && !BE.has(toks[k]!.lo)) k--;
    if (cf.tense !== "ing" && k >= 0 && BE.has(toks[k]!.lo)) {
      // "has been held by the rebels": a verb that reports only with a document subject has no agent source
      const by = this.agentBy(toks, v);
      if (by > 0 && !cf.docOnly) {
        // "was first described by scientists in the 1970s": a description needs its content ("as …")
        if (DESCRIBING_LEMMAS.has(cf.lemma) && !this.describesAs(toks, by)) return null;
        const a = this.byAgent(c, by);
        return a ? { src: a, tail: false } : null;
      }
      // ("Members were told in a letter from the cooperative on Monday that …": the letter's sender told them)
      const from = TOLD_LEMMAS.has(cf.lemma) ? this.inDocumentFrom(toks, v) : -1;
      if (from > 0) {
        const a = this.byAgent(c, from);
        if (a) return { src: a, tail: false };
      }
      return null;
    }
    // Reduced relative: "the figures reported by the ministry", "a finding corroborated by X".
    if (cf.tense === "past" && next?.lo === "by" && prev?.word && !prev.cap && !PRE_VERB_SKIP.has(prev.lo) && !HANDLED_BY.has(toks[v]!.lo)) {
      const agent = this.byAgent(c, v + 1);
      if (agent) return { src: agent, tail: false };
    }
    // "put the figure at 31 cents", "put the number far higher"
    if (cf.lemma === "put") {
      let f = v + 1;
      if (toks[f]?.word && /^(?:the|that|this|its|their|his|her)$/.test(toks[f]!.lo)) f++;
      if (f < toks.length && toks[f]!.word && /^(?:death|casualty|civilian|actual|real|true|total|official|overall|final|likely)$/.test(toks[f]!.lo)) f++;
      // ("puts the job losses at 2,600 to 3,000": a modifier before the figure noun)
      if (toks[f]?.word && !FIGURE_NOUNS.has(toks[f]!.lo) && toks[f + 1]?.word && FIGURE_NOUNS.has(toks[f + 1]!.lo) && !toks[f]!.cap) f++;
      // ("Rupert Anning KC put it to her that the council had approved £1.2m": counsel's assertion to a witness)
      const putToWitness = toks[v + 1]?.lo === "it" && toks[v + 2]?.lo === "to" && toks[v + 3]?.word === true && /^(?:her|him|them|the)$/.test(toks[v + 3]!.lo) &&
        (toks[v + 4]?.lo === "that" || toks[v + 5]?.lo === "that");
      if (!(toks[f]?.word && FIGURE_NOUNS.has(toks[f]!.lo)) && !this.putItThisWay(toks, v) && !this.documentPutsAt(toks, v) && !putsAtFigure(toks, v) && !putToWitness) return null;
    }
    const weakOk = !cf.weak || cf.lemma === "put" || this.hasComplement(toks, v, cf);

    let src: NPSource | null = null;
    let tail = false;
    if (cf.tense === "ing") src = this.participleSource(c, v, cf, found);
    else {
      // "…, said Robert C. Langley, Assistant Secretary": a name right after a comma-led verb is the speaker
      const nx = toks[v + 1];
      const nx2 = toks[v + 2];
      const namedNext = nx && nx.word && ((nx.cap && nx.lo !== "i") || (/^(?:the|a|an|one|two|three|its|his|her|their)$/.test(nx.lo) && nx2?.word &&
        // ("said the Lorain County fire marshal, Thomas W. Greer": a title after a place's name)
        (knownHead(nx2.lo) || (nx2.cap && personOrOrgHead(toks[this.rightPhraseEnd(toks, v + 1) - 1]?.lo ?? "")))));
      // ("“Do you hold that view today?” asked Sen. Lindgren": after a question, "asked" is inverted speech)
      // (two-character closing quotes, '', are two tokens)
      let q = v - 1;
      while (q > 0 && q > v - 3 && isQuoteMark(toks[q]!)) q--;
      const askedAfterQuestion = cf.lemma === "ask" && q < v - 1 && toks[q]?.t === "?";
      // ("Sen. Lorraine Hatfield of Vermont, the committee’s ranking Democrat, said Mr. Maddox’s forms … listed": a
      // named subject and its apposition before the verb; what follows it is the content)
      if (namedNext && prev && !prev.word && (prev.t === "," || isQuoteMark(prev)) && (!NO_INVERSION.has(cf.lemma) || askedAfterQuestion) && !cf.weak && !cf.docOnly &&
        !(prev.t === "," && namedSubjectWithApposition(toks, v))) {
        // only a closing speech tag: the phrase must end the sentence or a clause
        const e = this.rightPhraseEnd(toks, v + 1);
        const after = toks[e];
        // ("…, said a European Community official who asked not to be identified.")
        const anonymousTail = !!after && after.word && after.lo === "who" && this.asksAnonymity(toks, e, toks.length);
        if (!after || anonymousTail || (!after.word && (after.t === "," || after.t === "." || after.t === ";" || after.t === "(" || after.t === "—"))) {
          src = this.invertedSource(c, v, cf);
          tail = src !== null;
          if (src && anonymousTail && !src.entity && src.kind !== "document") src.kind = "anonymous";
        }
      }
    }
    if (!src && cf.tense !== "ing") {
      const left = this.leftSource(c, v, cf);
      if (left) {
        src = left.src;
        // a tail ends the sentence: "…, the poll found." (not "…, Judge Albright wrote 214 majority opinions and …")
        // (nor "…, a range Okoro’s group said matched its own tally": a verb after it opens its content)
        // ("…, the paper reported, though the investigators judged …": a comma and a new clause close it too)
        tail = left.tail && !(next && next.lo === "that") && (toks.length - v <= 10 || this.describingTail(toks, v) || clauseAfterTag(toks, v)) && !(next && next.word && !next.cap && !TAIL_FOLLOWERS.has(next.lo));
      } else if ((cf.docOnly || DOC_SUBJECT_VERBS.has(cf.lemma)) && (src = this.openingDocument(c, v))) {
        tail = false;
      } else if (!NO_INVERSION.has(cf.lemma) && !(prev?.t === "," && !this.phraseEndsClause(toks, v + 1))) {
        // after a comma the verb ends a clause only when its subject does too ("…, said the official.");
        // "The guild, which represents nurses, said nurses are …" has its subject on the left
        src = this.invertedSource(c, v, cf);
        tail = src !== null;
        if (src && !src.entity && src.kind === "person" && this.asksAnonymity(toks, v + 1, toks.length)) src.kind = "anonymous";
      }
    }
    if (!src) return null;
    // ("…, a forecast the commission's staff called “speculative.”": the claim named in apposition and its
    // judge are a verdict, not the sentence's speaker)
    // ("…, a figure Mr. Kinney said left out …": the name read with "a figure" before it as a role)
    if (APPOSED_CLAIM_SOURCE.test(src.name) || (!!src.role && APPOSED_CLAIM_ROLE.test(src.role)) || this.apposedClaimBefore(c, v)) return null;
    // ("None of them offered …", "Nobody has said …": no one is the source)
    if (/^(?:None|Nobody|No one|Neither)$/i.test(src.name)) return null;
    // ("Counting state dollars alone, …": a participle opening the sentence is nobody's name)
    if (src.kind === "person" && /^[A-Z][a-z]+ing$/.test(src.name) && toks[0]?.t === src.name) return null;
    // a weak verb needs content: a clause after it, or a quotation before its tail ("…,” she posted)
    if (!weakOk && !(tail && (this.quoteBefore(toks, v) || this.tailAtEnd(toks, v)))) return null;
    // "the study found", and the people whose work is finding things: "Researchers at … found roughly 600"
    // ("…, the office found, aid rose …": an organisation's finding in a tag set off by commas)
    // ("The league's injury surveillance project logged 19 head injuries": a body's own tally of a number; "The state
    // personnel office lists 862 positions", unless a document before it does the listing)
    const orgTally = (src.kind === "organization" || src.kind === "group") && (((cf.lemma === "record" || cf.lemma === "log") && cf.tense === "past") || (cf.lemma === "list" && cf.tense === "s" && !toks.slice(0, v).some((x) => x.word && DOC_HEADS.has(x.lo)))) && this.quantityAhead(toks, v);
    // ("by the Joint Committee on Taxation, which found the plan would raise $6 billion": a finding with its clause)
    const orgFinding = src.kind === "organization" && cf.lemma === "find" && prev?.lo === "which" && toks.slice(v + 2, v + 8).some((x) => FINITE_AFTER.has(x.lo));
    const orgTag = orgTally || orgFinding || src.kind === "organization" && (next === undefined || next.t === "," || next.t === ".") && (toks[v - 2]?.t === "," || toks[v - 3]?.t === ",");
    // ("Okafor credited a reorganized homicide unit … for the improvement": someone's account of a cause)
    // ("Records released by the Marine Corps … credit him with 68 missions": the records, as before)
    // ("Achebe credited the fall to a programme of weapons sweeps": so too a cause given "to"; "credited $4,000 to his account" is money)
    const creditsMoney = cf.lemma === "credit" && /^[$£€\d]/.test(toks[v + 1]?.t ?? "");
    // ("In a statement on Thursday, the chief executive, Gareth Lomond, credited …": a document in an opening phrase is where he said it)
    const leadEnd = toks[0]?.word && /^(?:in|on|at)$/.test(toks[0]!.lo) ? toks.findIndex((x, q) => q < v && x.t === ",") : -1;
    const credits = cf.lemma === "credit" && src.kind !== "document" && toks.slice(v + 2).some((x) => x.lo === "for" || x.lo === "with" || (x.lo === "to" && !creditsMoney)) &&
      !toks.slice(leadEnd + 1, v).some((x) => x.word && DOC_HEADS.has(x.lo));
    if (cf.docOnly && !src.doc && next?.lo !== "that" && !(src.kind === "group" && FINDERS.test(src.name)) && !(src.kind === "person" && tail && FINDER.test(src.name)) && !orgTag && !credits) {
      // "Screenshots Wierzbicki shared with this newspaper show …": the document opening the sentence shows it
      const doc = this.documentSubject(c, v) ?? this.openingDocument(c, v);
      if (!doc) return null;
      src = doc;
    }
    // "said little", "said nothing": no content reported ("said much of the town had been without power" does)
    if (next?.word && /^(?:little|nothing|much)$/.test(next.lo) && toks[v + 2]?.lo !== "that" && !(next.lo === "much" && toks[v + 2]?.lo === "of")) return null;
    // a bare denial of an earlier claim ("The administration disputes that number.") is a status cue, not a claim
    if ((DENIAL_LEMMAS.has(cf.lemma) || CONFIRM_LEMMAS.has(cf.lemma)) && this.bareObjectToEnd(toks, v)) return null;
    return { src, tail };
  }

  /** Whom "his", "her", "their" or "its" means: the person, group or organisation it resolves to. */
  private possessiveOwner(det: string, sentence: number): NPSource | null {
    const ent = det === "their" ? this.coref.resolvePlural(sentence) : det === "its" ? this.coref.resolveOrg(null, sentence) : this.coref.resolvePerson(det === "his" ? "m" : "f", sentence);
    return ent ? { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent } : null;
  }

  private insideUnansweredQuestion(toks: Token[], v: number): boolean {
    for (let k = v - 1; k >= 2 && k >= v - 9; k--) {
      const t = toks[k]!;
      if (t.t === ".") continue; // ("how Mr. Lisowski had arrived at")
      if (!t.word) return false;
      if (!/^(?:how|whether|what|why|when|where|which)$/.test(t.lo)) continue;
      const asker = toks[k - 1]!;
      if (!asker.word || !/^(?:say|explain|specify|disclose|reveal|indicate|detail|state)$/.test(asker.lo)) return false;
      const neg = toks[k - 2]!.lo;
      return neg === "not" || neg === "n't" || neg === "never" || neg === "to";
    }
    return false;
  }

  private negatedRecordBefore(toks: Token[], v: number): boolean {
    for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
      const t = toks[k]!;
      if (!t.word) return false;
      if (t.lo === "any" || t.lo === "no" || t.lo === "not" || t.lo === "without") return true;
    }
    return false;
  }

  private inCitingPhrase(toks: Token[], v: number): boolean {
    for (let k = v - 1; k >= 0 && k >= v - 5; k--) {
      const t = toks[k]!;
      if (!t.word) return false;
      if (CITING_WORDS.has(t.lo)) return k < v - 1;
    }
    return false;
  }

  /** A clause right after the verb: "added the deal was dead", "agreed he would run". */
  private clauseFollows(toks: Token[], v: number): boolean {
    const first = toks[v + 1];
    if (!first || !first.word) return false;
    if (/^(?:he|she|they|we|i|it|there)$/.test(first.lo) && toks[v + 2]?.word) return true;
    // ("claimed the chamber’s survey had counted …": a possessive is part of the subject; "claimed the stolen
    // files also contained …": an adverb before a word marks that word as the clause's verb)
    for (let k = v + 2; k < toks.length && k <= v + 6; k++) {
      const t = toks[k]!;
      if (!t.word) {
        if ((t.lo === "'s" || t.lo === "'") && toks[k + 1]?.word) continue;
        return false;
      }
      if (AUXILIARIES.has(t.lo)) return true;
      if (k > v + 2 && CLAUSE_ADVERBS.has(t.lo) && toks[k + 1]?.word && /(?:ed|s)$/.test(toks[k + 1]!.lo)) return true;
    }
    return false;
  }

  /** The "by" of a passive's agent: right after the verb, or after a short time phrase ("corroborated in September by"). */
  private agentBy(toks: Token[], v: number): number {
    if (toks[v + 1]?.lo === "by") return v + 1;
    const t = toks[v + 1];
    if (!t?.word || !/^(?:in|on|last|this|earlier|later|independently|separately|again)$/.test(t.lo)) return -1;
    for (let k = v + 2; k < toks.length && k <= v + 4; k++) {
      const u = toks[k]!;
      if (!u.word) return -1;
      if (u.lo === "by") return k;
    }
    return -1;
  }

  /** "told in a letter from X", "informed in an email from X": the index of "from", or -1. */
  private inDocumentFrom(toks: Token[], v: number): number {
    if (toks[v + 1]?.lo !== "in") return -1;
    let k = v + 2;
    if (toks[k]?.word && /^(?:a|an|the|its|their)$/.test(toks[k]!.lo)) k++;
    if (toks[k]?.word && !DOC_HEADS.has(toks[k]!.lo) && toks[k + 1]?.word && DOC_HEADS.has(toks[k + 1]!.lo)) k++;
    if (!(toks[k]?.word && DOC_HEADS.has(toks[k]!.lo))) return -1;
    return toks[k + 1]?.lo === "from" ? k + 1 : -1;
  }

  private describesAs(toks: Token[], from: number): boolean {
    for (let k = from; k < toks.length; k++) if (toks[k]!.lo === "as" || isQuoteMark(toks[k]!)) return true;
    return false;
  }

  /** The "by X" inside "a report published this week by X that …", when X is someone. */
  private reportAuthor(c: NPContext, i: number): NPSource | null {
    const toks = c.toks;
    let that = i + 1;
    while (that < toks.length && toks[that]!.lo !== "that") that++;
    for (let k = i + 1; k < that; k++) {
      if (toks[k]!.lo !== "by") continue;
      const src = sourceOfPhrase(c, k + 1, that, false);
      return src && (src.kind === "organization" || src.kind === "person") ? src : null;
    }
    return null;
  }

  /** A "that" opening the noun's content clause within a short unpunctuated stretch after toks[i]. */
  private thatAhead(toks: Token[], i: number): boolean {
    for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
      const t = toks[k]!;
      if (t.lo === "that") return true;
      if (!t.word && t.t !== "." && t.t !== "-" && t.lo !== "'s") return false;
      // ("a report published this week by the trade newsletter Thrift Watch that …": a participle describes it)
      if (t.word && cueOf(t) && !cueOf(t)!.ambiguous && cueOf(t)!.tense !== "past") return false;
    }
    return false;
  }

  /** "nearly the same number, 4,910", "a similar figure", "the same average": an estimate reached. */
  private sameFigureAhead(toks: Token[], k: number): boolean {
    for (let j = k; j < toks.length && j <= k + 8; j++) {
      if (FIGURE_NOUNS.has(toks[j]!.lo) || /^(?:average|conclusion|estimate|total|figure|number|count|result)s?$/.test(toks[j]!.lo)) return true;
      if (!toks[j]!.word) return false;
    }
    return false;
  }

  /** A number within the next few words: "claimed 200 kills", "claimed the lives of 40 people" (a year is none). */
  private quantityAhead(toks: Token[], v: number): boolean {
    for (let k = v + 1; k < toks.length && k <= v + 5; k++) {
      const t = toks[k]!.t;
      if ((/^\d/.test(t) && !YEAR_TOKEN.test(t)) || t === "$" || t === "£" || t === "€") return true;
    }
    return false;
  }

  /** "asked the committee for a delay": an object of up to four words, then "for". */
  private objectThenFor(toks: Token[], v: number): boolean {
    for (let k = v + 2; k < toks.length && k <= v + 5; k++) {
      const t = toks[k]!;
      if (!t.word || t.lo === "that" || t.lo === "whether" || t.lo === "if") return false;
      if (t.lo === "for") return true;
    }
    return false;
  }

  /** "…, the unit announced on Tuesday.": nothing but a time phrase after the verb */
  private tailAtEnd(toks: Token[], v: number): boolean {
    let k = v + 1;
    while (k < toks.length && toks[k]!.word && k < v + 5) k++;
    // ("…, the paper reported, citing the Federal Statistics Office.", "…, an official estimated, speaking on condition of anonymity.")
    if (toks[k]?.t === "," && /^(?:citing|adding|saying|noting|quoting|compared|speaking)$/.test(toks[k + 1]?.lo ?? "")) return true;
    // ("…, the paper reported, though the investigators judged …": a new clause after the tag)
    if (clauseAfterTag(toks, v)) return true;
    if (this.describingTail(toks, v)) return true;
    return k >= toks.length - 1;
  }

  /** "…, the university reported Monday, its steepest one-year drop since 1961.": after the verb (and a
   *  day), a phrase describing the figure, not more reported content. */
  private describingTail(toks: Token[], v: number): boolean {
    let k = v + 1;
    while (k < toks.length && toks[k]!.word && k < v + 3 && RIGHT_STOP.has(toks[k]!.lo)) k++;
    if (toks[k]?.t !== ",") return false;
    // ("…, city officials said Wednesday, nearly five times the number the city first disclosed.": a multiple of
    // an earlier figure, whose own verb only says where that figure came from)
    const multiple = MULTIPLE_TAIL.test(toks.slice(k + 1, k + 5).map((t) => t.lo).join(" "));
    if (!multiple && !/^(?:its|their|the|a|an)$/.test(toks[k + 1]?.lo ?? "")) return false;
    for (let q = k + 1; q < toks.length; q++) {
      if (isQuoteMark(toks[q]!)) return false;
      if (toks[q]!.word && cueOf(toks[q]!) && !(multiple && this.claimNounBefore(toks, q))) return false;
    }
    return true;
  }

  /** "…, a projection Professor Esterhazy called “unlikely”": the words from the last comma to the verb name a claim and its judge. */
  private apposedClaimBefore(c: NPContext, v: number): boolean {
    const toks = c.toks;
    let k = v - 1;
    while (k >= 0 && k > v - 10 && (toks[k]!.word || toks[k]!.t === ".")) k--;
    if (k < 0 || toks[k]!.t !== ",") return false;
    return APPOSED_CLAIM_PHRASE.test(c.text.slice(toks[k + 1]!.start, toks[v]!.start));
  }

  /** "the number the city first disclosed": the verb at q closes a clause on a figure named just before it. */
  private claimNounBefore(toks: Token[], q: number): boolean {
    for (let k = q - 1; k >= 0 && k >= q - 5; k--) {
      if (!toks[k]!.word) return false;
      if (/^(?:number|figure|total|amount|level|count|estimate|sum|tally)$/.test(toks[k]!.lo)) return true;
    }
    return false;
  }

  /** "“Resign now,” Mr. Kincaid demanded.": the words before the verb follow a quotation. */
  private quotedTail(toks: Token[], v: number): boolean {
    let k = v - 1;
    while (k >= 0 && (toks[k]!.word || toks[k]!.t === "." || toks[k]!.lo === "'s")) k--;
    return k >= 0 && (isQuoteMark(toks[k]!) || (toks[k]!.t === "," && k > 0 && isQuoteMark(toks[k - 1]!)));
  }

  private quoteBefore(toks: Token[], v: number): boolean {
    for (let k = v - 1; k >= 0 && k >= v - 12; k--) if (isQuoteMark(toks[k]!)) return true;
    return false;
  }

  /** "disputes that number." / "denied the report on Tuesday.": an object and nothing more. */
  private bareObjectToEnd(toks: Token[], v: number): boolean {
    let k = v + 1;
    const t = toks[k];
    if (!t || !t.word) return false;
    if (t.lo === "it" || t.lo === "them") return k + 1 >= toks.length - 1;
    if (/^(?:this|that|these|those|the|such)$/.test(t.lo)) k++;
    else return false;
    let claimNoun = false;
    for (let q = k; q < toks.length && q <= k + 3; q++) {
      const w = toks[q]!;
      if (!w.word && w.lo !== "'s") break;
      if (CLAIM_NOUNS.has(w.lo.replace(/s$/, ""))) { claimNoun = true; k = q; break; }
    }
    if (!claimNoun) return false;
    k++;
    // "denied the charges at a news conference outside City Hall.": where or when, nothing more
    if (k < toks.length && toks[k]!.word && /^(?:at|in|on|outside|during|after|before|through)$/.test(toks[k]!.lo)) {
      let e = k + 1;
      while (e < toks.length && e <= k + 8 && (toks[e]!.word || toks[e]!.lo === "'s") && !/^(?:that|saying|and|but|because|which|who)$/.test(toks[e]!.lo)) e++;
      if (e === toks.length - 1 && !toks[e]!.word && toks[e]!.t !== ",") return true;
    }
    let words = 0;
    while (k < toks.length && toks[k]!.word && words < 3) {
      if (/^(?:as|that|saying|calling|describing|and|but|because)$/.test(toks[k]!.lo)) return false;
      k++;
      words++;
    }
    while (k < toks.length && toks[k]!.word && /^(?:on|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|outright|flatly|strongly)$/.test(toks[k]!.lo)) k++;
    return k >= toks.length || (!toks[k]!.word && toks[k]!.t !== "," && k === toks.length - 1);
  }

  /** A weak verb attributes only when content follows: a clause, a quote or a colon. */
  private hasComplement(toks: Token[], v: number, cf: CueForm): boolean {
    const next = toks[v + 1];
    // "Most voters here, he added, make up their minds late": a parenthetical tag inside the content
    if (next?.t === "," && v >= 2 && toks[v - 2]!.t === "," && toks[v - 1]!.word) return true;
    // "added 5,000 jobs", "reported $5 billion": a quantity object is not reported speech
    if (next && (/^\d/.test(next.t) || next.t === "$" || next.t === "£" || next.t === "€") && cf.lemma === "add") return false;
    // (also inside a quotation: "would add “at least 30% to labour costs”")
    if (cf.lemma === "add" && next && isQuoteMark(next) && this.quantityAhead(toks, v + 1) && !toks.slice(v + 2, v + 6).some((t) => t.lo === "that" || t.lo === "we" || t.lo === "i")) return false;
    if (this.clauseFollows(toks, v)) return true;
    // "had expected a gain of 175,000", "forecast growth of 2%", "announced a crowd of 41,212": a predicted
    // or announced quantity is content
    if (/^(?:expect|forecast|predict|project|anticipate|estimate|announce)$/.test(cf.lemma) && numberWithin(toks, v, 6)) return true;
    // "Yes to Fair Votes declared spending of £4.86m", "Count Once declared £3.44m": a sum declared in a return is
    // reported ("declared a state of emergency in 12 counties" declares no sum)
    if (cf.lemma === "declare" && toks.slice(v + 1, v + 6).some((t) => /^[$£€¥]/.test(t.t))) return true;
    if (/^(?:accuse|blame|criticize|criticise|praise|credit|charge|fault|thank|condemn|slam|blast|hail|commend|rebuke|chide|scold)$/.test(cf.lemma)) {
      // "accused Republicans of stalling", "blamed the administration for the delays"
      for (let k = v + 1; k < toks.length && k <= v + 7; k++) if (toks[k]!.lo === "of" || toks[k]!.lo === "for") return true;
    }
    if (CONTENT_VERBS.has(cf.lemma)) {
      for (let k = v + 1; k < toks.length; k++) if (isQuoteMark(toks[k]!) || toks[k]!.t === ":") return true;
      // "reported a loss of $5 million", "disclosed a $2bn stake": a reported figure is content
      // ("Relatives of patients have described waits of up to nine hours", "described a town where electricity
      // runs for two hours a day": what they saw, told)
      if ((cf.lemma === "report" || cf.lemma === "disclose" || cf.lemma === "reveal" || cf.lemma === "describe") && numberWithin(toks, v, 8)) return true;
      if (cf.lemma === "describe" && toks.slice(v + 1, v + 7).some((t) => NUMBER_WORDS_RE.test(t.lo))) return true;
      if (cf.lemma === "describe" && /^(?:a|an)$/.test(toks[v + 1]?.lo ?? "") && toks.slice(v + 2, v + 5).some((t) => t.lo === "where" || t.lo === "in which")) return true;
      // "farmers described whole fields flattened by storms": what they saw, a plural object with its participle and agent
      if (cf.lemma === "describe" && describedScene(toks, v)) return true;
      // "Both laboratories reported counting 212 rings": a gerund's clause
      if (cf.lemma === "report" && /ing$/.test(toks[v + 1]?.lo ?? "") && toks[v + 1]!.word) return true;
    }
    const describing = /^(?:describe|characterize|characterise|label|brand|term|depict|portray|call|dismiss|dub)$/.test(cf.lemma);
    // "reported on Wednesday, citing two fund-raisers, that …": the clause may come after a citing phrase
    for (let k = v + 1; k < toks.length && k <= v + 14; k++) {
      const t = toks[k]!;
      if (t.lo === "that" || isQuoteMark(t) || t.t === ":") return true;
      if (t.lo === "as" && describing) return true;
      // ("questioned Mr. Marra's sample, contending that …": a title's dot is no clause boundary)
      if (!t.word && t.t !== "," && t.lo !== "'s" && !(t.t === "." && isAbbrev(toks, k - 1))) return false;
    }
    if (describing) {
      for (let k = v + 1; k < toks.length && k <= v + 8; k++) if (isQuoteMark(toks[k]!)) return true;
    }
    if (/^(?:hope|expect|fear|worry|anticipate|suspect)$/.test(cf.lemma)) {
      for (let k = v + 1; k < toks.length && k <= v + 10; k++) {
        const t = toks[k]!;
        if (t.lo === "to" || t.lo === "will" || t.lo === "would" || t.lo === "could") return true;
      }
    }
    return false;
  }

  private byAgent(c: NPContext, byIdx: number): NPSource | null {
    const end = this.rightPhraseEnd(c.toks, byIdx + 1);
    if (end <= byIdx + 1) return null;
    const src = sourceOfPhrase(c, byIdx + 1, end, false);
    if (src) this.rightAppositionRole(c, end, src);
    return src;
  }

  /** Subject to the left of the verb, through adverbs, auxiliaries, parentheses and appositions. */
  private hasPossessive(toks: Token[], a: number, b: number): boolean {
    // (the tokenizer splits a possessive off as its own "'s" token, curly apostrophe folded)
    for (let k = a; k < b; k++) if (toks[k]!.lo === "'s") return true;
    return false;
  }

  /** Start of the possessor phrase ending just before toks[poss] ("'s"): "the inspector general". */
  private possessorStart(toks: Token[], poss: number): number {
    let k = poss - 1;
    while (k > 0 && k > poss - 6 && toks[k - 1]!.word && !PREPOSITIONS.has(toks[k - 1]!.lo) && toks[k - 1]!.lo !== "that") {
      if (DETERMINERS.has(toks[k - 1]!.lo)) { k--; break; }
      k--;
    }
    return k;
  }

  /** "…, a claim Ukraine's military denied": the verb ends an apposition naming the sentence's claim. */
  private verdictApposition(toks: Token[], v: number): boolean {
    for (let k = v - 1; k >= 2 && k >= v - 12; k--) {
      const t = toks[k]!;
      if (!t.word && t.lo !== "'s" && t.t !== ".") return false;
      // (the judge comes between the claim and its verb: ", the report found" has none, and is a tag)
      if (VERDICT_NOUNS.has(t.lo)) {
        return k < v - 1 && /^(?:a|an|the)$/.test(toks[k - 1]!.lo) && toks[k - 2]!.t === ",";
      }
    }
    return false;
  }

  /** "the UN human rights monitoring mission": lower-case words, then an organisation's head noun. */
  private orgHeadAhead(toks: Token[], k: number): boolean {
    for (let j = k; j < toks.length && j < k + 4; j++) {
      const t = toks[j]!;
      if (!t.word || t.cap) return false;
      if (ORG_HEADS.has(t.lo) && j > k) return true;
      if (PREPOSITIONS.has(t.lo) || DETERMINERS.has(t.lo) || cueOf(t)) return false;
    }
    return false;
  }

  /** "(by its) own forecast", "(by their) count": a reckoning noun, with "own" or not. */
  private ownForecast(toks: Token[], k: number): boolean {
    if (toks[k]?.lo === "own") k++;
    return /^(?:forecast|forecasts|estimate|estimates|count|reckoning|calculations?|tally|projections?|figures|accounting)$/.test(toks[k]?.lo ?? "");
  }

  /** Whose "its"/"their": the nearest organisation named earlier in the sentence, else the one just met. */
  private ownerBefore(c: NPContext, i: number, singular: boolean): NPSource | null {
    const toks = c.toks;
    for (let k = i - 1; k >= 1; k--) {
      if (!toks[k]!.word || !ORG_HEADS.has(toks[k]!.lo)) continue;
      let a = k - 1;
      while (a > 0 && toks[a]!.word && !DETERMINERS.has(toks[a]!.lo) && a > k - 4) a--;
      if (toks[a]?.lo === "the") {
        const src = sourceOfPhrase(c, a, k + 1, false);
        if (src && src.kind === "organization") return src;
      }
      break;
    }
    const ent = singular ? this.coref.resolveOrg(null, c.sentence) : this.coref.resolvePlural(c.sentence);
    return ent ? { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent } : null;
  }

  /** "citing the continuing proceedings", "citing privacy rules": the object is a reason. */
  private citesReason(toks: Token[], v: number): boolean {
    for (let k = v + 1; k < toks.length && k <= v + 5; k++) {
      const t = toks[k]!;
      if (!t.word || (k > v + 1 && PREPOSITIONS.has(t.lo))) return false;
      if (CITED_REASONS.has(t.lo)) return true;
    }
    return false;
  }

  /** "told members to cancel": an object of up to seven words, then "to" and a verb. */
  private objectThenInfinitive(toks: Token[], v: number): boolean {
    for (let k = v + 1; k < toks.length && k <= v + 8; k++) {
      const t = toks[k]!;
      // ("asked the ombudsman’s lawyers to file …": a possessive is part of the object)
      if (t.lo === "'s") continue;
      if (!t.word) return false;
      if (t.lo === "that" || t.lo === "reporters") return false;
      // ("told the committee the plan was likely to fail", "told the council she takes three buses to reach …": a clause, not an object)
      if (FINITE_AUX.has(t.lo)) return false;
      // ("warned in a note to clients that …": "to" and its noun, then the clause of what was warned)
      if (t.lo === "to" && k > v + 1) return toks[k + 1]?.word === true && !toks[k + 1]!.cap && !/^\d/.test(toks[k + 1]!.t) && toks[k + 2]?.lo !== "that" && toks[k + 3]?.lo !== "that";
    }
    return false;
  }

  /** "The poll of 812 likely voters put Mr. Tilghman at 46%": a document subject puts someone at a number. */
  private documentPutsAt(toks: Token[], v: number): boolean {
    let docSubject = false;
    for (let k = 0; k < v && k < 8; k++) if (toks[k]!.word && /^(?:poll|polls|survey|surveys|study|report|reports|analysis|estimate|census|count|tally|audit|memo|letter|document|filing|review|data|figures|records)$/.test(toks[k]!.lo)) docSubject = true;
    if (!docSubject) return false;
    for (let k = v + 1; k < toks.length && k <= v + 10; k++) if (toks[k]!.lo === "at" && numberAfterApproximation(toks, k + 1)) return true;
    return false;
  }

  /** "put it this way:", "put the Republican case this way:", "put it bluntly:" — a colon cue on "put". */
  private putItThisWay(toks: Token[], v: number): boolean {
    for (let k = v + 1; k < toks.length && k <= v + 7; k++) {
      const t = toks[k]!;
      if (t.t === ":") return k > v + 1 && (toks[k - 1]!.lo === "way" || toks[k - 1]!.lo === "it" || /ly$/.test(toks[k - 1]!.lo));
      if (!t.word) return false;
    }
    return false;
  }

  private phraseEndsClause(toks: Token[], from: number): boolean {
    const e = this.rightPhraseEnd(toks, from);
    const after = toks[e];
    // ("…, said a European Community official who asked not to be identified.")
    if (after && after.word && after.lo === "who" && this.asksAnonymity(toks, e, toks.length)) return true;
    return !after || (!after.word && (after.t === "," || after.t === "." || after.t === ";" || after.t === "(" || after.t === "—"));
  }

  /** The sentence opens "(A|The)? (adj)? HEAD verb-ing …" and the cue comes within 16 words, no comma between. */
  private participleSubject(c: NPContext, v: number): NPSource | null {
    const toks = c.toks;
    if (v > 18) return null;
    let a = 0;
    if (toks[a]?.word && /^(?:a|an|the|two|three|four|several|some|many)$/.test(toks[a]!.lo)) a++;
    for (let h = a; h < a + 3 && h < v - 2; h++) {
      const head = toks[h]!;
      const ing = toks[h + 1]!;
      if (!head.word || head.cap && h > 0) return null;
      if (!(GROUP_HEADS.has(head.lo) || PERSON_ROLE_HEADS.has(head.lo) || ANON_HEADS.has(head.lo))) continue;
      if (!(ing.word && !ing.cap && ing.lo.length > 4 && ing.lo.endsWith("ing") && !/^(?:according|including|regarding|concerning|following|during|speaking|saying)$/.test(ing.lo))) return null;
      for (let k = h + 2; k < v; k++) if (!toks[k]!.word && toks[k]!.lo !== "'s") return null;
      return sourceOfPhrase(c, 0, h + 1, false);
    }
    return null;
  }

  private leftSource(c: NPContext, v: number, cf: CueForm): { src: NPSource; tail: boolean } | null {
    const toks = c.toks;
    // ("a rebuttal from the Southern Regional Education Board, whose figures place Tennessee fifth": the body's figures)
    // ("the Central Statistics Office, whose price data recorded", "Civic Ballot, …, whose parallel tally of results from
    // 3,050 polling stations put", "the Red Crescent, whose volunteers registered": a longer phrase, or the body's people)
    let w = -1;
    let head = -1;
    for (let k = v - 2; k >= 1 && k >= v - 10; k--) {
      const t = toks[k]!;
      if (t.lo === "whose") { w = k; break; }
      if (!t.word && !/^\d/.test(t.t)) break;
    }
    if (w >= 2 && toks[w - 1]!.t === ",") {
      for (let k = w + 1; k < v && k <= w + 3; k++) if (DOC_HEADS.has(toks[k]!.lo) || (k === v - 1 && WHOSE_PEOPLE.has(toks[k]!.lo))) { head = k; break; }
    }
    if (head >= 0) {
      const phraseStart = (end: number) => {
        let pf = end;
        while (pf > 0 && pf > end - 8 && (toks[pf - 1]!.word || toks[pf - 1]!.lo === "'s") && (!PREPOSITIONS.has(toks[pf - 1]!.lo) || (toks[pf - 1]!.lo === "of" && !!toks[pf]!.cap && !!toks[pf - 2]?.cap))) pf--;
        return pf;
      };
      let pf = phraseStart(w - 1);
      let end = w - 1;
      // ("the Gulf Coast Labor Market Council, a state-financed research group, whose figures show": the body the apposition describes)
      if (/^(?:a|an)$/.test(toks[pf]?.lo ?? "") && toks[pf - 1]?.t === "," && pf >= 2) { end = pf - 1; pf = phraseStart(pf - 2); }
      const owner = sourceOfPhrase(c, pf, end, false);
      if (owner && (owner.kind === "organization" || owner.kind === "person")) {
        if (!DOC_HEADS.has(toks[head]!.lo)) return { src: owner, tail: false };
        return { src: { name: `${owner.name}’s ${toks[head]!.t}`, kind: "document", role: null, unresolved: false, entity: owner.entity ?? null, doc: true }, tail: false };
      }
    }
    // ("Astronomers using the James Webb Space Telescope say", "A landlord trying to evict a family … told": the
    // people the participle describes speak, not its object)
    const described = this.participleSubject(c, v);
    if (described) return { src: described, tail: false };
    let j = v - 1;
    while (j >= 0) {
      const t = toks[j]!;
      if (t.word && PRE_VERB_SKIP.has(t.lo)) { j--; continue; }
      // "An internal Army memo dated Jan. 12 warned": the date only dates the document
      const dated = datedAt(toks, j);
      if (dated >= 0) { j = dated; continue; }
      // "Polish officials were quick to note": the subject of "were"
      if (t.lo === "to" && j >= 2 && EAGER.test(toks[j - 1]!.lo) && BE.has(toks[j - 2]!.lo)) { j -= 3; continue; }
      // ", however," / ", too,"
      if (t.t === "," && j >= 2 && toks[j - 2]!.t === "," && toks[j - 1]!.word && (PRE_VERB_SKIP.has(toks[j - 1]!.lo) || /^(?:however|meanwhile|though|moreover|instead|nonetheless|separately)$/.test(toks[j - 1]!.lo))) { j -= 3; continue; }
      break;
    }
    if (j < 0) return null;
    let t = toks[j]!;
    // "Sen. Elizabeth Warren (D-Mass.) said"
    if (t.t === ")") {
      let k = j - 1;
      while (k >= 0 && k > j - 12 && toks[k]!.t !== "(") k--;
      if (k < 0 || toks[k]!.t !== "(") return null;
      j = k - 1;
      if (j < 0) return null;
      t = toks[j]!;
    }
    if (t.t === ",") {
      // ("The story of the race, told in figures, is …": a participle's preposition shows it reports nothing)
      // ("…, said about 30 patients a month were being sent …": an approximation before a number is no preposition)
      const approxNumber = /^(?:about|around|over|under|nearly)$/.test(toks[v + 1]?.lo ?? "") && /^\d/.test(toks[v + 2]?.t ?? "");
      const src = this.appositiveSubject(c, j, null, LOOSE.has(cf.lemma) && (!PREPOSITIONS.has(toks[v + 1]?.lo ?? "") || approxNumber));
      // "Turnout was 38.4%, the county's returning officer, Denise Farrant, announced on Friday.": a subject
      // with its apposition after the content is a closing tag (its commas come in pairs, plus the one
      // that closes the content)
      // (not a verdict on a claim named before it: "…, a figure Veridyne's distributor, Northpoint, confirmed.")
      if (!src) return null;
      const closing = !DENIAL_LEMMAS.has(cf.lemma) && !CONFIRM_LEMMAS.has(cf.lemma) && this.tailAtEnd(toks, v) && commasBefore(toks, j) % 2 === 0;
      return { src, tail: closing };
    }
    // ("The agency asked Congress for $14.2 billion, and said …": a comma before the "and" too)
    if (t.word && (t.lo === "and" || t.lo === "but") && j > 0 && (toks[j - 1]!.word || (toks[j - 1]!.t === "," && j > 1 && toks[j - 2]!.word))) {
      // "Mr. Lowell thanked the president and said …": the first verb's subject
      const src = this.mainSubject(c, j);
      return src ? { src, tail: false } : null;
    }
    // "Dale Amundrud, who farms 1,200 acres …, and who said": the antecedent of the first of the two clauses
    if (t.word && (t.lo === "who" || t.lo === "which") && j > 2 && toks[j - 1]!.lo === "and" && toks[j - 2]!.t === ",") {
      for (let k = j - 3; k > 1 && k > j - 40; k--) {
        if (toks[k]!.lo === t.lo && toks[k - 1]!.t === ",") {
          const src = this.appositiveSubject(c, k - 1, t.lo === "who" ? "person" : null);
          return src ? { src, tail: false } : null;
        }
      }
    }
    if (t.word && RELATIVE.has(t.lo)) {
      // "…, who said": the antecedent before the relative pronoun
      if (j > 0 && toks[j - 1]!.t === ",") {
        // "… a licence from the Dutch trade ministry, which says it approved …": the object of a preposition
        // just before the comma (an apposition there, "the Urban Institute, a research group, which", is left to the search below)
        // ("has drawn criticism from independent researchers, who say …": people after "from" for "who")
        if ((t.lo === "which" || t.lo === "who") && j > 1 && toks[j - 2]!.word) {
          let pf = j - 2;
          // ("the Joint Committee on Taxation, which", "Congress's Joint Committee": one name, inner words and all)
          const innerOfName = (q: number) => /^(?:on|of|for|and|'s)$/.test(toks[q]!.lo) && !!toks[q - 1]?.cap && !!toks[q + 1]?.cap;
          while (pf > 0 && pf > j - 10 && (toks[pf - 1]!.word || toks[pf - 1]!.lo === "'s") && (!PREPOSITIONS.has(toks[pf - 1]!.lo) || innerOfName(pf - 1)) && (toks[pf - 1]!.lo !== "'s" || innerOfName(pf - 1))) pf--;
          const before = toks[pf - 1];
          // (not "a retired actuary from Green Bay, which": a place's name; not "reports with the Commission, which")
          // ("a subsidiary of the Laurentian Care Group of Toronto, which reported": a body after "of the";
          // not "a coalition of church groups, which contends", the coalition)
          // ("a challenge from the Motor Vehicle Manufacturers Association, which said": a name after "from" that is plainly a body's)
          const fromName = t.lo === "which" && before?.lo === "from" && toks[j - 2]!.cap && ORG_HEADS.has(toks[j - 2]!.lo);
          const prepOk = !!before?.word && (/^(?:by|to|at)$/.test(before.lo) || (before.lo === "from" && !toks[j - 2]!.cap) || fromName || (t.lo === "which" && before.lo === "of" && toks[pf]!.lo === "the"));
          const common = t.lo === "which" && !toks[j - 2]!.cap;
          let near = prepOk ? sourceOfPhrase(c, pf, j - 1, false) ?? (common ? sourceOfPhrase(c, pf, j - 1, true) : null) : null;
          if (fromName && near?.kind !== "organization") near = null;
          // ("protected by the national compensation scheme, which said", "owned by Verhoeven Retail of Utrecht, which told":
          // what "which" describes is no person, whatever the lexicons make of it; one that shows or records is a record)
          if (near && t.lo === "which" && near.kind === "person" && !PERSON_ROLE_HEADS.has(toks[j - 2]!.lo)) {
            near = { ...near, kind: RECORD_LEMMAS.has(cf.lemma) ? "document" : "organization" };
          }
          if (near && (t.lo === "which" ? near.kind !== "person" : near.kind === "group" && (before!.lo === "from" || before!.lo === "by"))) return { src: near, tail: false };
        }
        const src = this.appositiveSubject(c, j - 1, t.lo === "who" ? "person" : null);
        return src ? { src, tail: false } : null;
      }
      // "a complaint from a defeated council candidate who says …": the person the clause describes
      // ("Frank J. Delvecchio, a road-maintenance worker from Erie who said": the person named before the apposition)
      if (t.lo === "who" && j > 1 && toks[j - 1]!.word && WHO_SPEECH_LEMMAS.has(cf.lemma)) {
        let f = this.leftPhraseStart(toks, j - 1);
        // ("a complaint from a defeated council candidate who": the indefinite phrase after the last preposition)
        for (let q = j - 1; q > f; q--) if (toks[q]!.word && PREPOSITIONS.has(toks[q]!.lo) && /^(?:a|an)$/.test(toks[q + 1]?.lo ?? "")) { f = q + 1; break; }
        if (f > 0 && toks[f - 1]!.t === ",") {
          const named = this.appositiveSubject(c, f - 1, "person");
          return named ? { src: named, tail: false } : null;
        }
        if (!/^(?:a|an)$/.test(toks[f]?.lo ?? "")) return null;
        const src = f <= j - 1 ? sourceOfPhrase(c, f, j, true) : null;
        return src && (src.kind === "person" || src.kind === "group" || src.kind === "anonymous") ? { src, tail: false } : null;
      }
      return null;
    }
    // ("Fairhurst’s also said …", "Sainsbury's said …": a shop's name in the possessive, with no noun after it)
    if ((t.t === "’s" || t.t === "'s") && cf.tense === "past" && j >= 1 && toks[j - 1]!.word && toks[j - 1]!.cap) {
      let f = j - 1;
      while (f > 0 && toks[f - 1]!.word && toks[f - 1]!.cap) f--;
      if (f > 0 && toks[f - 1]!.t !== ",") return null;
      const ent = c.coref.add(c.text.slice(toks[f]!.start, t.end), "organization", null, null, c.sentence, true, true);
      return { src: { name: ent.name, kind: "organization", role: null, unresolved: false, entity: ent }, tail: false };
    }
    if (!t.word && t.t !== ".") return null;
    const who = t.word ? this.restrictiveWho(toks, j) : -1;
    if (who > 0) {
      // "An Administration official who asked not to be identified said": the phrase before "who" speaks
      const f2 = this.leftPhraseStart(toks, who - 1);
      const relSrc = f2 <= who - 1 ? sourceOfPhrase(c, f2, who, LOOSE.has(cf.lemma)) : null;
      if (relSrc) {
        if (relSrc.kind !== "document" && !relSrc.entity && this.asksAnonymity(toks, who, j + 1)) relSrc.kind = "anonymous";
        return { src: relSrc, tail: false };
      }
    }
    let from = this.leftPhraseStart(toks, j);
    if (from > j) {
      const doc = this.documentSubject(c, v);
      return doc ? { src: doc, tail: false } : null;
    }
    // ("no group in Sacramento has publicly acknowledged making an offer": no one speaks)
    if ((toks[from]?.t === "no" && toks[from + 1]?.word) || (toks[from - 1]?.lo === "no" && toks[from - 1]!.word && toks[from - 2]?.lo !== "the")) return null;
    let endIdx = j + 1;
    // "Three mechanics who worked at the hangar said": the phrase before the relative clause speaks
    const rel = toks[from - 1];
    // ("a scheme that prosecutors said …": when the words before the verb name a speaker, they speak)
    const direct = rel && rel.word && rel.lo === "that" ? sourceOfPhrase(c, from, endIdx, false) : null;
    if (!direct && rel && rel.word && (rel.lo === "who" || rel.lo === "that") && from - 2 >= 0 && toks[from - 2]!.word) {
      const f2 = this.leftPhraseStart(toks, from - 2);
      if (f2 <= from - 2) {
        const relSrc = sourceOfPhrase(c, f2, from - 1, LOOSE.has(cf.lemma));
        if (relSrc) { from = f2; endIdx = from - 1; return { src: relSrc, tail: false }; }
      }
    }
    // "A survey of 400 city residents conducted for … found": the survey speaks, not its sample
    const sampled = from >= 2 && toks[from - 1]!.lo === "of" && DOC_HEADS.has(toks[from - 2]!.lo) ? this.documentSubject(c, v) : null;
    // ("A memo circulated to department heads … by the budget office put the cost at": the document, before any loose reading)
    const src = sampled ?? (cf.lemma === "put"
      ? this.documentSubject(c, v) ?? sourceOfPhrase(c, from, endIdx, false) ?? sourceOfPhrase(c, from, endIdx, true)
      : sourceOfPhrase(c, from, endIdx, LOOSE.has(cf.lemma)) ?? this.documentSubject(c, v));
    if (!src) return null;
    const before = toks[from - 1];
    const tail = !!before && (before.t === "," || isQuoteMark(before)) && from > 2;
    return { src, tail };
  }

  /** "which calls itself Grey Lantern": the name a group gives itself, as an organisation. */
  private selfNamed(c: NPContext, from: number, end: number): NPSource | null {
    const toks = c.toks;
    if (!/^(?:calls|called|call)$/.test(toks[from + 1]?.lo ?? "") || !/^(?:itself|themselves)$/.test(toks[from + 2]?.lo ?? "")) return null;
    const a = from + 3;
    let b = a;
    while (b < end && toks[b]!.word && toks[b]!.cap) b++;
    if (b === a) return null;
    const name = c.text.slice(toks[a]!.start, toks[b - 1]!.end);
    const ent = c.coref.add(name, "organization", null, null, c.sentence, true, true);
    return { name: ent.name, kind: "organization", role: null, unresolved: false, entity: ent };
  }

  /** "… in Columbus, Ohio": the comma at toks[comma] follows a place after "in", "of", "near" or "from". */
  private placeBeforeComma(toks: Token[], comma: number): boolean {
    // ("of Port Ashby, Conn.": a place of up to three words)
    let p = comma - 1;
    while (p > comma - 3 && toks[p - 1]?.word && toks[p - 1]!.cap) p--;
    const place = toks[comma - 1];
    const prep = toks[p - 1];
    // ("at a briefing in the capital, Drovna,": a place noun, then the place's name)
    if (place?.word && PLACE_NOUNS.has(place.lo) && toks[comma - 2]?.lo === "the" && /^(?:in|of|near|from|outside|to|at)$/.test(toks[comma - 3]?.lo ?? "")) return true;
    return !!place && place.word && place.cap && !!prep && prep.word && /^(?:in|of|near|from|outside)$/.test(prep.lo);
  }

  /** "A Republican strategist familiar with the campaign's finances" → "A Republican strategist". */
  private headBeforeModifier(c: NPContext, from: number, end: number): NPSource | null {
    for (let k = from + 1; k < end; k++) {
      // (… and before a restrictive clause: "A council employee who worked in the procurement team")
      if (/^(?:familiar|close|with|at|for|from|in|on|inside|within|who|that)$/.test(c.toks[k]!.lo)) return sourceOfPhrase(c, from, k, false);
    }
    return null;
  }

  /** The "who" opening a restrictive relative clause that runs, unpunctuated, up to toks[j]. */
  private restrictiveWho(toks: Token[], j: number): number {
    // ("A member of the rescue team who spoke on condition of anonymity because he was not authorized to talk
    // to reporters said": a long clause, no comma in it)
    for (let k = j; k >= 1 && k > j - 24; k--) {
      const t = toks[k]!;
      if (!t.word && t.lo !== "'s") return -1;
      if (t.lo === "who") return toks[k - 1]!.word ? k : -1;
    }
    return -1;
  }

  private asksAnonymity(toks: Token[], a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (/^(?:identified|named|anonymity|authorized|authorised)$/.test(toks[k]!.lo)) return true;
    return false;
  }

  /**
   * Walks comma-separated segments left of toks[comma]: ages, party tags, relative and participial
   * clauses and role appositions are skipped (roles kept); the first segment that names someone wins.
   * "Sen. Patricia Delgado, D-N.M., the ranking member of the committee, called…"
   */
  private appositiveSubject(c: NPContext, comma: number, want: "person" | null, loose = false): NPSource | null {
    const toks = c.toks;
    let end = comma;
    let role: string | null = null;
    let roleSeg: [number, number] | null = null;
    // ", who spoke on condition of anonymity,": the unnamed speaker is anonymous
    let anonymous = false;
    let selfName: NPSource | null = null;

    // "Aides to the majority leader, Sen. Thomas R. Pickering of Maine, said": the name belongs to the
    // leader inside the phrase before it; the aides speak
    {
      let k2 = comma - 1;
      while (k2 >= 0 && k2 > comma - 14 && toks[k2]!.t !== ",") k2--;
      const aides = k2 > 0 && toks[k2]!.t === "," && toks[k2 + 1]?.cap ? this.aidesBefore(c, k2) : null;
      if (aides) return aides;
    }
    // ("The audit, by the office of Pennsylvania's Auditor General, Frank J. Mazur, found": the name is the
    // author's, in the "by" phrase; the document opening the sentence speaks)
    {
      let c1 = 0;
      while (c1 < comma && c1 < 6 && toks[c1]!.t !== ",") c1++;
      if (c1 > 0 && c1 < comma && toks[c1]!.t === "," && toks[c1 + 1]?.lo === "by" && DOC_HEADS.has(toks[c1 - 1]!.lo)) {
        const doc = sourceOfPhrase(c, 0, c1, false);
        if (doc && doc.kind === "document") return doc;
      }
    }
    for (let seg = 0; seg < 6 && end > 0; seg++) {
      // a parenthetical before the comma ("Rep. Adam Schiff (D-Calif.), the chairman, …") is skipped
      if (toks[end - 1]!.t === ")") {
        let p = end - 2;
        while (p >= 0 && p > end - 14 && toks[p]!.t !== "(") p--;
        if (p >= 0 && toks[p]!.t === "(") end = p;
      }
      // ("An internal Army memo dated March 12, a copy of which …, warned": the date only dates it)
      // (", issued Aug. 11," is a segment of its own, skipped as a participle's)
      const dated = datedAt(toks, end - 1);
      if (dated >= 0 && toks[dated]!.word) end = dated + 1;
      let k = end - 1;
      while (k >= 0 && k > end - 25 && (toks[k]!.t !== "," || firmComma(toks, k, end)) && !(isQuoteMark(toks[k]!) && !pluralPossessive(toks, k)) && toks[k]!.t !== "(" && toks[k]!.t !== ":" && toks[k]!.t !== ";" && toks[k]!.t !== "—") k--;
      const from = k + 1;
      if (from >= end) return roleSeg ? sourceOfPhrase(c, roleSeg[0], roleSeg[1], false) : null;
      const first = toks[from]!;
      const openSeg = k >= 0 && toks[k]!.t === ",";
      const skip =
        RELATIVE.has(first.lo) ||
        PARTY_TAG.test(first.t) ||
        // "Republican of Idaho and a member of the Armed Services Committee": a party apposition
        // ("Republican committee aides, speaking on condition …, said": opening the sentence, the party word is the subject's)
        (PARTY_WORDS.has(first.t) && (openSeg || from > 0) && (end - from <= 4 || (openSeg && toks[from + 1]?.lo === "of"))) ||
        (/^(?:all|both|most|mostly|each|two|three|four|five|six|seven|eight|nine|ten)$/.test(first.lo) && end - from === 2 && /^(?:Democrats|Republicans|Independents|Conservatives)$/.test(toks[from + 1]!.t)) ||
        (/^\d/.test(first.t) && end - from <= 2) ||
        (first.word && !first.cap && (/(?:ed|en|ing)$/.test(first.lo) || IRREGULAR_PARTICIPLES.has(first.lo)) && !DETERMINERS.has(first.lo) && !PERSON_ROLE_HEADS.has(first.lo)) ||
        // (", reportedly circulated to deans last month,": an adverb and its participle)
        (first.word && /^(?:reportedly|purportedly|allegedly|apparently|recently|originally|first|later|quietly|widely)$/.test(first.lo) && participle(toks[from + 1])) ||
        (first.word && PREPOSITIONS.has(first.lo) && openSeg) ||
        // "The manual, a copy of which was reviewed by The Associated Press, says": a relative clause too
        (openSeg && opensOfWhich(toks, from, end));
      if (skip) {
        if ((RELATIVE.has(first.lo) || first.lo === "speaking") && this.asksAnonymity(toks, from, end)) anonymous = true;
        // "The group, which calls itself Grey Lantern, claimed": the name it gives itself
        if (RELATIVE.has(first.lo) && !selfName) selfName = this.selfNamed(c, from, end);
        if (!openSeg) return roleSeg ? sourceOfPhrase(c, roleSeg[0], roleSeg[1], false) : null;
        end = k;
        continue;
      }
      const run = this.nameRunAtEnd(toks, from, end);
      // "a battery startup based in Fremont, California,": the state after a place is part of the apposition
      // ("A FEMA spokeswoman in Washington, Marisa Delgado, said": two names after a place are a person's
      // unless they open like a state's: "New York", "North Carolina")
      // (an abbreviation's dot is part of its word: "Arlington, Va.,")
      const placeWords = end - from - (toks[end - 1]!.t === "." ? 1 : 0);
      if (run && run[0] === from && (placeWords === 1 || (placeWords === 2 && TWO_WORD_PLACE_OPENERS.has(toks[from]!.lo))) && openSeg && this.placeBeforeComma(toks, k)) {
        end = k;
        continue;
      }
      // "Corinne Albery, whose mother, Edith, died …, said": the name inside a "whose" clause is not the speaker
      // ("…, whose campaign manager, Paul D. Strickland, said": right before the verb, the clause's own speaker)
      if (run && run[0] === from && openSeg && seg > 0 && this.whoseBefore(toks, k)) {
        // (what the clause says of that name is no role either)
        role = null;
        roleSeg = null;
        end = k;
        continue;
      }
      // ("Prices rose, and Priya Desai, an analyst at the broker, said": a clause's conjunction before the name)
      const afterConj = !!run && openSeg && seg > 0 && run[0] === from + 1 && (first.lo === "and" || first.lo === "but");
      // ("So says Miriam Castellanos, a statistician …, who recalculated … and puts": the name the inverted cue gives)
      const afterSo = !!run && seg > 0 && run[0] === from + 2 && first.lo === "so" && /^(?:says|said)$/.test(toks[from + 1]!.lo);
      if (run && (run[0] === from || afterConj || afterSo || this.rolePrefix(toks, from, run[0]))) {
        const src = sourceOfPhrase(c, run[0] === from ? from : run[0], end, false);
        if (src && want === "person" && src.kind === "organization" && openSeg) {
          end = k;
          continue;
        }
        const prefix = run[0] > from && !afterConj && !afterSo ? roleFromSegment(c, from, run[0]) : null;
        // "The memo, dated Nov. 28 and signed by an associate director …, Carl W. Brandt, estimates": the
        // name is the signer's, the document speaks
        if (src && src.kind === "person" && openSeg && this.byAgentBefore(toks, k)) {
          const doc = this.documentAtStart(c);
          if (doc) return doc;
        }
        if (src) {
          withRole(src, prefix ?? role);
          // a role segment before the name: "Chief of the General Staff of the Armed Forces, Valery Gerasimov,"
          if (openSeg && src.kind === "person" && !src.role) {
            let r = k - 1;
            while (r >= 0 && r > k - 15 && toks[r]!.t !== "," && !isQuoteMark(toks[r]!)) r--;
            // "a complaint filed in June by the Republican state chairman, Thomas W. Kincaid,": the role follows "by"
            for (let q = k - 1; q > r + 1; q--) if (/^(?:by|from|to|with|under)$/.test(toks[q]!.lo)) { r = q; break; }
            const rt = roleFromSegment(c, r + 1, k);
            const last = rt?.split(/\s+/).pop()?.toLowerCase() ?? "";
            if (rt && (/^(?:chief|head|director|minister|secretary|spokes|president|commander|leader|chair|governor|mayor|general)/i.test(rt) || PERSON_ROLE_HEADS.has(last))) withRole(src, rt);
          }
          return src;
        }
      }
      // "In Harrisburg, two senior aides to Governor Lusk, who spoke on condition …, said": a plural of
      // unnamed people is the speaker itself, never the apposition of a name before it
      const group = this.unnamedGroupSegment(c, from, end);
      if (group) {
        if (anonymous && !group.entity) group.kind = "anonymous";
        return group;
      }
      const article = first.word && /^(?:a|an|the|one)$/.test(first.lo);
      // "The Legislature's nonpartisan fiscal office, the Legislative Services Agency, put": the body's own name
      if (openSeg && first.lo === "the" && run && run[0] === from + 1 && run[1] === end && end - from >= 3 && ORG_HEADS.has(toks[end - 1]!.lo)) {
        const org = sourceOfPhrase(c, from, end, false);
        if (org && org.kind === "organization") return org;
      }
      // "Mrs. Bramlett's campaign manager": a possessive role names the speaker's job, not the speaker
      const possessiveRole = end - from >= 3 && PERSON_ROLE_HEADS.has(toks[end - 1]!.lo) && this.hasPossessive(toks, from, end);
      // "Unia, Switzerland’s largest trade union, said": a place's possessive before a common noun describes the name before it
      // ("Lawrence J. Pruett, President Whitfield's nominee for Secretary of Education,")
      const possAt = first.cap ? possessiveNear(toks, from, end) : -1;
      const possessiveApposition = possAt >= 0 && end - possAt >= 2 &&
        ((!toks[end - 1]!.cap && knownHead(toks[end - 1]!.lo)) || (toks[possAt + 1]?.word === true && PERSON_ROLE_HEADS.has(toks[possAt + 1]!.lo)) ||
          // ("Gregory Tamsin, FEMA’s regional administrator in Kansas City,": a role head before the place)
          roleHeadBeforePreposition(toks, possAt + 1, end));
      if (openSeg && (article || possessiveRole || possessiveApposition || (first.word && !first.cap))) {
        if (!role) role = roleFromSegment(c, from, end);
        if (!roleSeg) roleSeg = [from, end];
        end = k;
        continue;
      }
      // the segment opens the sentence or a clause: its last name ("The warning came from Maksym
      // Hordiienko"), else its last noun phrase ("The FNV union")
      if (run && want === "person") {
        const src = sourceOfPhrase(c, run[0], end, false);
        if (src && src.kind === "person") return withRole(src, role);
      }
      // ("A Western naval officer who monitors the region, speaking on condition of anonymity, said": the person
      // before the relative clause, not the clause's object)
      let whoAt = -1;
      for (let q = from + 1; q < end; q++) if (toks[q]!.lo === "who" && toks[q - 1]!.word) { whoAt = q; break; }
      if (whoAt > from) {
        const wpf = this.leftPhraseStart(toks, whoAt - 1);
        const wsrc = wpf <= whoAt - 1 ? sourceOfPhrase(c, wpf, whoAt, true) : null;
        if (wsrc && (wsrc.kind === "person" || wsrc.kind === "anonymous" || wsrc.kind === "group")) {
          if (anonymous && !wsrc.entity) wsrc.kind = "anonymous";
          return withRole(wsrc, role);
        }
      }
      const pf = this.leftPhraseStart(toks, end - 1);
      // "A Republican strategist familiar with the campaign's finances": the head before its modifier
      // ("A senior buyer, who asked not to be named, said": an unlisted noun opening the sentence speaks, as
      // it would with no clause between, when the verb can only be reporting)
      const src = (pf <= end - 1 && selfName && end - pf <= 2 ? selfName : null) ?? (pf <= end - 1 ? sourceOfPhrase(c, pf, end, loose && !openSeg && pf === 0 && !roleSeg) : null) ?? (!openSeg && !PREPOSITIONS.has(first.lo) && !INTRO.has(first.lo) ? this.headBeforeModifier(c, from, end) : null);
      if (src) {
        if (anonymous && src.kind !== "document" && !src.entity) src.kind = "anonymous";
        return withRole(src, role);
      }
      // "… by a study from the Urban Institute, a Washington research group, which put": the name the apposition describes
      if (run && roleSeg) {
        const named = sourceOfPhrase(c, run[0], end, false);
        if (named && named.kind === "organization") return withRole(named, role);
      }
      if (roleSeg) return this.roleSegmentSource(c, roleSeg);
      // "One of them, who asked not to be named for fear of losing a state pension, said": one of the people just met
      if (end - from === 3 && toks[from]!.lo === "one" && toks[from + 1]!.lo === "of" && /^(?:them|those|these)$/.test(toks[from + 2]!.lo)) {
        return { name: c.text.slice(toks[from]!.start, toks[end - 1]!.end), kind: anonymous ? "anonymous" : "person", role: null, unresolved: false, entity: null };
      }
      return null;
    }
    return roleSeg ? this.roleSegmentSource(c, roleSeg) : null;
  }

  /** The segment before the comma at toks[comma] opens with "whose": "…, whose mother, Edith, …". */
  private whoseBefore(toks: Token[], comma: number): boolean {
    for (let k = comma - 1; k >= 0 && k > comma - 5; k--) {
      if (!toks[k]!.word) return toks[k]!.t === "," && toks[k + 1]?.lo === "whose";
    }
    return false;
  }

  /** The segment before the comma at toks[comma] holds a participle's agent: "signed by an associate director". */
  private byAgentBefore(toks: Token[], comma: number): boolean {
    for (let k = comma - 1; k > 0 && k > comma - 14; k--) {
      const t = toks[k]!;
      if (t.t === ",") return false;
      if (t.lo === "by" && toks[k - 1]!.word && /(?:ed|en)$/.test(toks[k - 1]!.lo)) return true;
    }
    return false;
  }

  /** A document opening the sentence up to its first comma: "The memo, …". */
  private documentAtStart(c: NPContext): NPSource | null {
    const toks = c.toks;
    let e = 0;
    while (e < toks.length && e < 6 && toks[e]!.word) e++;
    if (e === 0 || toks[e]?.t !== ",") return null;
    const src = sourceOfPhrase(c, 0, e, false);
    return src && src.kind === "document" ? src : null;
  }

  /** The speaker an apposition describes when no name is left: "One of them, a 68-year-old retired bus
   *  driver who asked not to be named, said" → the driver, anonymous. */
  private roleSegmentSource(c: NPContext, seg: [number, number]): NPSource | null {
    const toks = c.toks;
    let who = -1;
    for (let k = seg[0] + 1; k < seg[1]; k++) if (toks[k]!.lo === "who") { who = k; break; }
    if (who < 0) return sourceOfPhrase(c, seg[0], seg[1], false);
    const src = sourceOfPhrase(c, seg[0], who, true);
    if (src && src.kind !== "document" && !src.entity && this.asksAnonymity(toks, who, seg[1])) src.kind = "anonymous";
    return src;
  }

  /** The phrase ending at the comma toks[comma], when it is "Aides to the majority leader" (plural helpers of a role). */
  private aidesBefore(c: NPContext, comma: number): NPSource | null {
    const toks = c.toks;
    let a = comma - 1;
    while (a >= 0 && a > comma - 10 && toks[a]!.word) a--;
    a++;
    if (a >= comma - 3) return null;
    const head = toks[a]!.lo;
    if (!/^(?:aides|advisers|advisors|lawyers|allies|associates|friends|supporters|officials|staff|assistants)$/.test(head)) return null;
    if (!/^(?:to|for|of)$/.test(toks[a + 1]!.lo) || toks[a + 2]!.lo !== "the" || !PERSON_ROLE_HEADS.has(toks[comma - 1]!.lo)) return null;
    return sourceOfPhrase(c, a, comma, true);
  }

  /** "two senior aides to Governor Lusk", "several officials at the ministry": unnamed people, plural. */
  private unnamedGroupSegment(c: NPContext, from: number, end: number): NPSource | null {
    const toks = c.toks;
    if (!/^(?:two|three|four|five|several|some|many|other|senior|two-thirds)$/.test(toks[from]!.lo)) return null;
    let h = end;
    for (let k = from + 1; k < end; k++) if (toks[k]!.word && (PREPOSITIONS.has(toks[k]!.lo) || toks[k]!.lo === "to")) { h = k; break; }
    const head = toks[h - 1];
    if (!head || !head.word || !/s$/.test(head.lo) || !(ANON_HEADS.has(head.lo) || GROUP_HEADS.has(head.lo))) return null;
    return sourceOfPhrase(c, from, end, true);
  }

  /** A capitalised run that ends the segment [a, b) (ignoring a final abbreviation dot). */
  private nameRunAtEnd(toks: Token[], a: number, b: number): [number, number] | null {
    let e = b;
    if (e > a && toks[e - 1]!.t === ".") e--;
    if (e <= a || !toks[e - 1]!.word) return null;
    const runs = capRuns(toks, a, e);
    const last = runs[runs.length - 1];
    if (!last || last.to < e) return null;
    return [last.from, last.to];
  }

  /** Lower-case role words before a name: "state Sen.", "chief executive", "Northfield manager". */
  private rolePrefix(toks: Token[], a: number, b: number): boolean {
    if (b - a > 4) return false;
    // "the Rev. Harold T. Beecham"
    if (b - a === 1 && toks[a]!.lo === "the" && PERSON_TITLES.has(toks[b]?.lo ?? "")) return true;
    // "the heating engineer Dr Anil Varsani": a role noun right before the name, whatever describes it
    const head = toks[b - 1]!;
    // ("Her coach, the former marathon runner Javier Ostend, estimated": a noun for what someone does, too)
    if (b - a >= 2 && toks[a]!.lo === "the" && head.word && !head.cap && (PERSON_ROLE_HEADS.has(head.lo) || PERSON_NOUN.test(head.lo) || AGENT_NOUN.test(head.lo))) {
      for (let i = a + 1; i < b - 1; i++) {
        const t = toks[i]!;
        if (!t.word || PREPOSITIONS.has(t.lo) || DETERMINERS.has(t.lo) || NP_STOP.has(t.lo)) return false;
      }
      return true;
    }
    for (let i = a; i < b; i++) {
      const t = toks[i]!;
      if (!t.word) return false;
      if (t.cap) continue;
      if (PREPOSITIONS.has(t.lo) || DETERMINERS.has(t.lo) || NP_STOP.has(t.lo)) return false;
      if (!PERSON_ROLE_HEADS.has(t.lo) && !ROLE_MODIFIERS.has(t.lo)) return false;
    }
    return true;
  }

  private segmentIsName(toks: Token[], a: number, b: number): boolean {
    const run = this.nameRunAtEnd(toks, a, b);
    return run !== null && run[0] === a;
  }

  /** Walks left from toks[j] over one noun phrase (names, determiners, adjectives, possessives, "of"). */
  private leftPhraseStart(toks: Token[], j: number): number {
    // "an offer he said …": a personal pronoun is the whole subject
    if (/^(?:he|she|they|we|i|it)$/.test(toks[j]!.lo)) return j;
    let k = j;
    // ("Judge Marcia Ellington of the U.S. District Court for the Southern District of Ohio wrote": a title's long court)
    const min = Math.max(0, j - 14);
    while (k >= min) {
      const t = toks[k]!;
      if (t.word) {
        if (andJoinsName(toks, k, j + 1)) { k--; continue; }
        // "a person close to the talks": "to" after "close" is inside the phrase
        // ("people close to her": the pronoun ends that phrase)
        if (joiningTo(toks, k)) { k--; continue; }
        if (k === j && /^(?:her|him|them)$/.test(t.lo) && toks[k - 1]?.lo === "to" && toks[k - 2]?.lo === "close") { k--; continue; }
        // ("A campaign to raise measles vaccination rates among young children says": the campaign's aim is in its name)
        if (t.lo === "to" && k > 0 && AIM_NOUNS.has(toks[k - 1]!.lo)) { k--; continue; }
        if (NP_STOP.has(t.lo) && !(t.t === "No" && isAbbrev(toks, k))) break;
        // ("nearly three times the 150 the airline had acknowledged": a number before a determiner ends
        // the phrase there; the object of a relative clause is no part of its subject)
        if (k < j && /^\d/.test(t.t) && /^(?:the|a|an|its|their|his|her)$/.test(toks[k + 1]!.lo)) break;
        const cf = cueOf(t);
        // a participle inside the phrase ("a poll published Sunday") does not end it; a verb does
        if (cf && k !== j && !t.cap && !cf.ambiguous && !(cf.weak && cf.tense === "past" && toks[k + 1]?.word && toks[k + 1]!.lo !== "that")) break;
        k--;
        continue;
      }
      if (t.lo === "'s") { k--; continue; }
      if (t.t === "&") { k--; continue; }
      if (t.t === "." && k > 0 && isAbbrev(toks, k - 1)) { k--; continue; }
      break;
    }
    let from = k + 1;
    // A phrase never starts with a preposition or an introductory word ("with critics", "While …").
    while (from <= j && toks[from]!.word && (PREPOSITIONS.has(toks[from]!.lo) || (INTRO.has(toks[from]!.lo) && !DETERMINERS.has(toks[from]!.lo)))) from++;
    // "In a statement Zakharova": only the part after the last preposition whose object is complete
    for (let i = j - 1; i > from; i--) {
      const t = toks[i]!;
      if (!t.word || !PREPOSITIONS.has(t.lo)) continue;
      // keep "sources within the armed forces", "Chief of the General Staff"; drop "on Wednesday X"
      const nextTok = toks[i + 1]!;
      if (nextTok.word && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/.test(nextTok.lo)) {
        // ("a lawsuit filed on Monday contends", "Union members picketing outside the prison on Saturday said":
        // a date closing the phrase only dates it)
        // ("a letter delivered to House leaders on Tuesday": a preposition's object names no speaker)
        const objectOf = from > 0 && toks[from - 1]!.word && (PREPOSITIONS.has(toks[from - 1]!.lo) || toks[from - 1]!.lo === "to");
        if (i + 1 === j && i > from && (/^(?:a|an|the|this|that|its|their)$/.test(toks[from]!.lo) || (toks[from]!.cap && !objectOf))) break;
        from = i + 2;
        break;
      }
    }
    return from;
  }

  /** End (exclusive) of the noun phrase starting at toks[i]: "the Congressional Budget Office", "a report by X". */
  private rightPhraseEnd(toks: Token[], i: number): number {
    let k = i;
    let content = false;
    const max = Math.min(toks.length, i + 14);
    while (k < max) {
      const t = toks[k]!;
      if (t.word) {
        // "a survey released yesterday by Brightwater": a time word between a participle and its agent
        if (andJoinsName(toks, k, toks.length)) { k++; continue; }
        // ("figures published on Tuesday by the statistics office", "published last year by …")
        if (k > i + 1 && /(?:ed|en)$/.test(toks[k - 1]!.lo) && /^(?:on|in|last|this|early|late)$/.test(t.lo)) {
          const by = byWithin(toks, k + 1, k + 5);
          if (by > 0) { k = by; continue; }
        }
        if (k > i && RIGHT_STOP.has(t.lo) && !joiningTo(toks, k) && !(toks[k + 1]?.lo === "by" && /(?:ed|en)$/.test(toks[k - 1]!.lo))) break;
        if (NP_STOP.has(t.lo) && !joiningTo(toks, k)) break;
        if (PREPOSITIONS.has(t.lo) && !RIGHT_NP_PREPS.has(t.lo) && !joiningTo(toks, k)) break;
        // ("said Dennis A. Coyle": a middle initial "A." is no article)
        // ("the charity the Migraine Trust": a body's kind, then its name with its own article, is one phrase)
        const kindThenName = k === i + 2 && t.lo === "the" && toks[i]!.lo === "the" && ORG_HEADS.has(toks[k - 1]!.lo) && !!toks[k + 1]?.cap;
        if (content && DETERMINERS.has(t.lo) && !kindThenName && !(t.t === "A" && toks[k + 1]?.t === ".") && !(toks[k - 1]!.word && (PREPOSITIONS.has(toks[k - 1]!.lo) || joiningTo(toks, k - 1)))) break;
        // a name ends at the first lower-case word that is not a preposition ("Victor Almeida defended")
        const p = toks[k - 1];
        // ("the Lorain County fire marshal": a lower-case word before a role head belongs to the title)
        if (content && !t.cap && p && p.cap && p.word && !PREPOSITIONS.has(t.lo) && !PERSON_ROLE_HEADS.has(t.lo) && !(toks[k + 1]?.word && PERSON_ROLE_HEADS.has(toks[k + 1]!.lo)) && !ORG_HEADS.has(t.lo) && !GROUP_HEADS.has(t.lo) && !DOC_HEADS.has(t.lo) && !ANON_HEADS.has(t.lo) && !/^(?:al|bin|de|van|von|da|del|di|du|le|la)$/.test(t.lo) && !this.orgHeadAhead(toks, k)) break;
        // "The agency gave a different account": a common verb ends the subject
        if (content && !t.cap && PHRASE_VERBS.has(t.lo)) break;
        if (content && !t.cap) {
          const cf = cueOf(t);
          // ("figures published by the North Vale Hospitals Trust": a participle with its agent names the author)
          if (cf && !cf.ambiguous && !/^(?:of|by|from|the|a|an)$/.test(toks[k - 1]!.lo) && !(cf.tense === "past" && byWithin(toks, k + 1, k + 5) >= 0)) break;
        }
        if (!DETERMINERS.has(t.lo) && !PREPOSITIONS.has(t.lo)) content = true;
        k++;
        continue;
      }
      if (t.lo === "'s" || t.t === "&") { k++; continue; }
      if (t.t === "." && k > i && isAbbrev(toks, k - 1) && k + 1 < toks.length && toks[k + 1]!.word) { k++; continue; }
      break;
    }
    while (k > i && toks[k - 1]!.word && (PREPOSITIONS.has(toks[k - 1]!.lo) || DETERMINERS.has(toks[k - 1]!.lo))) k--;
    return k;
  }

  /** "“…,” said Trump" / "…, says the report": the subject follows the verb. */
  private invertedSource(c: NPContext, v: number, cf: CueForm): NPSource | null {
    const toks = c.toks;
    const prev = toks[v - 1];
    if (!prev || prev.word) return null;
    if (!(prev.t === "," || isQuoteMark(prev) || prev.t === "—" || prev.t === "–")) return null;
    if (cf.tense === "base") return null;
    // "…, disagreed with the job count, arguing …": a prepositional object is no speaker
    if (toks[v + 1]?.word && PREPOSITIONS.has(toks[v + 1]!.lo)) return null;
    const end = this.rightPhraseEnd(toks, v + 1);
    if (end <= v + 1) return null;
    let src = sourceOfPhrase(c, v + 1, end, LOOSE.has(cf.lemma));
    // "…, said its director, Loretta B. Samuels.": the name after the role is the speaker
    // ("said the agency's director, Paul V. Amundsen, had told colleagues": a clause's subject, not a tail)
    if (src && PERSON_ROLE_HEADS.has(toks[end - 1]!.lo)) src = this.nameAfterRole(c, end, src, true);
    if (src) this.rightAppositionRole(c, end, src);
    return src;
  }

  /** "…, adding that", "by citing data", "with critics arguing", "was quoted as saying". */
  private participleSource(c: NPContext, v: number, cf: CueForm, found: Found[]): NPSource | null {
    const toks = c.toks;
    const prev = toks[v - 1];
    // ("A watchdog group filed a complaint with the committee yesterday accusing the senator of …": the one who
    // filed the document speaks through it)
    const filed = cf.docOnly ? null : this.filerOfDocument(c, v);
    if (filed) return filed;
    // its own subject right before it: "with critics arguing", "officials saying"
    if (prev && prev.word && !PREPOSITIONS.has(prev.lo) && prev.lo !== "as" && !PRE_VERB_SKIP.has(prev.lo) && !BE.has(prev.lo) && !/^(?:before|after|while|when|without)$/.test(prev.lo)) {
      const from = this.leftPhraseStart(toks, v - 1);
      if (from <= v - 1) {
        const src = sourceOfPhrase(c, from, v, false);
        if (src) return src;
      }
      if (!PARTICIPLE_LEMMAS.has(cf.lemma)) return null;
    }
    // "Aides to Mr. Tremont have been telling reporters that …": a progressive, its subject before the auxiliaries
    // (only with content after it, and only a speech verb)
    if (prev && BE.has(prev.lo)) {
      if (!/^(?:say|tell|claim|insist|argue|warn|suggest|allege|maintain)$/.test(cf.lemma) || !this.thatAhead(toks, v)) return null;
      return this.leftSource(c, v, cf)?.src ?? null;
    }
    if (!PARTICIPLE_LEMMAS.has(cf.lemma)) return null;
    if (!prev) return null; // sentence-initial "Citing …," is a participial opener without a subject yet
    // hangs off the main clause: the last cue's source, else the sentence's subject
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      if (f.tokenIndex < v && !f.inQuote) return f.src;
    }
    return this.mainSubject(c, v);
  }

  /** "X filed a complaint (with the committee) (yesterday) accusing …": X, the subject before the verb that issued the document. */
  private filerOfDocument(c: NPContext, v: number): NPSource | null {
    const toks = c.toks;
    for (let k = v - 1; k >= 2 && k >= v - 9; k--) {
      const t = toks[k]!;
      if (!t.word) return null;
      if (!DOC_HEADS.has(t.lo) || !/^(?:a|an|the|its|their)$/.test(toks[k - 1]!.lo)) continue;
      const verb = toks[k - 2]!;
      if (!FILING_VERBS.has(verb.lo)) return null;
      const src = this.mainSubject(c, k - 2);
      return src && src.kind !== "document" ? src : null;
    }
    return null;
  }

  /** The subject of the sentence's main clause, after an introductory phrase. */
  private mainSubject(c: NPContext, limit: number): NPSource | null {
    const toks = c.toks;
    let i = 0;
    while (i < limit && (!toks[i]!.word || isQuoteMark(toks[i]!))) i++;
    if (i >= limit) return null;
    // ("But the company disputed the union’s total, saying …": a conjunction opens the main clause itself)
    if (MAIN_CLAUSE_CONJUNCTIONS.has(toks[i]!.lo) && toks[i + 1]?.word) i++;
    // ("So says Miriam Castellanos, …, who recalculated … and puts …": the inverted subject)
    else if (toks[i]!.lo === "so" && (toks[i + 1]?.lo === "says" || toks[i + 1]?.lo === "said") && toks[i + 2]?.cap) i += 2;
    else if (INTRO.has(toks[i]!.lo) || PREPOSITIONS.has(toks[i]!.lo)) {
      let k = i;
      while (k < limit && toks[k]!.t !== ",") k++;
      if (k >= limit) return null;
      i = k + 1;
    }
    // ("Shares in Almhof Outdoor fell …, and said …": the company said it, not its shares)
    if (/^(?:shares|stock)$/.test(toks[i]!.lo) && /^(?:in|of)$/.test(toks[i + 1]?.lo ?? "") && toks[i + 2]?.cap) i += 2;
    let end = this.rightPhraseEnd(toks, i);
    // ("The team surveyed 6,412 pupils at 38 schools … and found": the first verb, with its object, ends the subject;
    // "the pupils surveyed by the team" is a participle, its agent after it)
    for (let k = i + 1; k < end - 1; k++) {
      const t = toks[k]!;
      const obj = toks[k + 1]!;
      if (t.word && !t.cap && /ed$/.test(t.lo) && toks[k - 1]!.word && (/^(?:the|a|an|its|their|his|her|more|about|nearly|some)$/.test(obj.lo) || /^\d/.test(obj.t) || (obj.word && !obj.cap && obj.lo.length > 3 && /s$/.test(obj.lo) && toks[k + 2]?.lo !== "by"))) {
        end = k;
        break;
      }
    }
    if (end <= i) return null;
    // "The Bank’s governor, Catherine Mallory, struck…": the name in apposition is more specific
    // (not after a name: "Sen. Jack Thornton, R-Ky., …")
    // ("The Army's Chief of Staff, Gen. Marcus T. Ellery," ends in a title, not a name)
    const endsInName = (toks[end - 1]?.cap || toks[end - 1]?.t === ".") && !TITLE_PHRASE.test(c.text.slice(toks[i]!.start, toks[end - 1]!.end));
    if (toks[end]?.t === "," && !endsInName) {
      let k = end + 1;
      while (k < limit && toks[k]!.t !== ",") k++;
      if (k < limit && this.segmentIsName(toks, end + 1, k)) {
        const named = sourceOfPhrase(c, end + 1, k, false);
        if (named && named.kind === "person") {
          const r = roleFromSegment(c, i, end);
          if (r && !named.role) named.role = r;
          return named;
        }
      }
    }
    const src = sourceOfPhrase(c, i, end, false);
    if (src) this.rightAppositionRole(c, end, src);
    return src;
  }

  /** ", a correspondent for Die Welt," after a name → role. */
  private rightAppositionRole(c: NPContext, end: number, src: NPSource): void {
    const toks = c.toks;
    if (toks[end]?.t !== ",") return;
    const from = end + 1;
    const f = toks[from];
    if (!f || !f.word) return;
    if (!/^(?:a|an|the)$/.test(f.lo) && !(f.cap && PERSON_TITLES.has(f.lo)) && !PARTY_NAME.test(f.t)) return;
    let k = from;
    while (k < toks.length && k < from + 14 && toks[k]!.t !== "," && toks[k]!.t !== "." && !RELATIVE.has(toks[k]!.lo) && !isQuoteMark(toks[k]!)) {
      if (k > from && toks[k]!.word && cueOf(toks[k]!) && !cueOf(toks[k]!)!.ambiguous) return;
      k++;
    }
    const role = roleFromSegment(c, from, k);
    // ", a service that tracks outages," makes a guessed person an organisation
    if (appositionKind(toks, end) === "organization" && src.entity && !src.entity.certain) {
      src.entity.kind = "organization";
      src.entity.certain = true;
      src.kind = "organization";
      return;
    }
    if (role && src.kind === "person") {
      // a bare title ("Sen.") gains the apposition: "Sen., Democrat of Minnesota and chairwoman of the committee"
      const joined = (r: string | null) => (!r ? role : /^\S+$/.test(r) && !r.includes(role) ? `${r}, ${role}` : r);
      src.role = joined(src.role);
      if (src.entity) {
        src.entity.role = joined(src.entity.role);
        src.entity.certain = true;
      }
    }
  }

  /**
   * "A poll conducted for WMUR-TV by the Merrimack Survey Center and released on Tuesday found …":
   * a document opening the sentence is the subject of a verb however long its modifiers.
   */
  private documentSubject(c: NPContext, v: number): NPSource | null {
    const toks = c.toks;
    let h = 0;
    while (h < 3 && h < v && !(toks[h]!.word && DOC_HEADS.has(toks[h]!.lo))) h++;
    if (h >= 3 || h >= v || v > 30) return null;
    for (let k = h + 1; k < v; k++) if (!toks[k]!.word && toks[k]!.t !== "." && toks[k]!.lo !== "'s" && toks[k]!.t !== "-" && !pluralPossessive(toks, k)) return null;
    const src = sourceOfPhrase(c, 0, v, false);
    if (src && src.doc) return src;
    const head = sourceOfPhrase(c, 0, h + 1, false);
    return head && head.doc ? head : null;
  }

  /**
   * The document opening the sentence, however much describes it before the verb: "Army test records from
   * White Sands Missile Range, N.M., list 11 failures", "An internal memo dated 3 February, seen by the
   * Courier, shows", "A council traffic count last autumn recorded".
   */
  private openingDocument(c: NPContext, v: number): NPSource | null {
    const toks = c.toks;
    let a = 0;
    if (toks[0]?.word && /^(?:but|yet|and|however)$/.test(toks[0].lo)) a = toks[1]?.t === "," ? 2 : 1;
    if (v - a > 24) return null;
    // ("names checked against hospital and morgue records": a noun the verb form spells, not a verb)
    if (DOC_HEADS.has(toks[v]!.lo) && toks[v - 1]?.word) return null;
    let h = a;
    while (h < a + 6 && h < v && (toks[h]!.lo === "'s" || (toks[h]!.word && !DOC_HEADS.has(toks[h]!.lo)))) h++;
    if (h >= a + 6 || h >= v || !toks[h]!.word) return null;
    // (the words up to the head are one phrase: no comma, no quotation, no other speaker's verb)
    // ("The union did not release the survey or say …": a verb before the record makes it an object)
    for (let k = a; k < h; k++) {
      const t = toks[k]!;
      if (!t.word ? t.lo !== "'s" && t.t !== "-" : AUXILIARIES.has(t.lo) || SUBJECT_PRONOUNS.has(t.lo) || t.lo === "not" || t.lo === "never" || !!cueOf(t)) return null;
    }
    for (let k = h + 1; k < v; k++) if (isQuoteMark(toks[k]!) || (toks[k]!.word && cueOf(toks[k]!)?.lemma === "say")) return null;
    const src = sourceOfPhrase(c, a, h + 1, false);
    return src && src.doc ? src : null;
  }

  /** ", Carolyn B. Ashworth," after a role phrase: that person, with the phrase as her role. */
  private nameAfterRole(c: NPContext, end: number, roleSrc: NPSource, closing = false): NPSource {
    const toks = c.toks;
    if (toks[end]?.t !== ",") return roleSrc;
    let k = end + 1;
    while (k < toks.length && k < end + 7 && (toks[k]!.word || toks[k]!.t === ".") && (toks[k]!.cap || toks[k]!.t === ".")) k++;
    if (k === end + 1 || (k < toks.length && toks[k]!.t !== "," && toks[k]!.t !== ".")) return roleSrc;
    // (closing the sentence, the name ends it or an apposition follows it)
    if (closing && toks[k]?.t === "," && !(toks[k + 1]?.word && /^(?:the|a|an|who|whose|which|and|adding|saying|told|in|at|on)$/.test(toks[k + 1]!.lo))) return roleSrc;
    const person = sourceOfPhrase(c, end + 1, k, false);
    if (!person || person.kind !== "person") return roleSrc;
    return withRole(person, c.text.slice(toks[end - 1]!.start, toks[end - 1]!.end)) ?? roleSrc;
  }

  /** "by citing data from the Prosecutor General’s Office" → that office. */
  private citingTarget(c: NPContext, primary: Found): string | null {
    const toks = c.toks;
    for (let i = 0; i < toks.length; i++) {
      const lo = toks[i]!.lo;
      // (one cheap test for the five words first: most words are none of them)
      if (!CITING_WORDS.has(lo)) continue;
      let s = -1;
      if (lo === "citing") s = i + 1;
      else if (lo === "cited" && toks[i - 1]?.lo !== "was" && toks[i - 1]?.lo !== "were") s = i + 1;
      else if ((lo === "based" || lo === "drawing" || lo === "relying") && toks[i + 1]?.lo === "on") s = i + 2;
      if (s < 0) continue;
      const end = this.rightPhraseEnd(toks, s);
      if (end <= s) continue;
      const src = sourceOfPhrase(c, s, end, true);
      if (src && src.name !== primary.src.name) return src.name;
    }
    return null;
  }

  /** "Smith: “We will win.”" — a speaker's name, a colon and a quotation. */
  private colonCue(c: NPContext, colon: number, regions: [number, number][], found: Found[]): void {
    const toks = c.toks;
    const after = toks[colon + 1];
    if (found.some((f) => f.tokenIndex < colon)) return; // "X said:" is handled at the verb
    // "The administration's position, as laid out by the Office of Management and Budget: …"
    for (let k = colon - 1; k > 0 && k >= colon - 12; k--) {
      if (toks[k]!.lo !== "by" || !toks[k - 1]!.word) continue;
      const end = this.rightPhraseEnd(toks, k + 1);
      if (end === colon) {
        const src = sourceOfPhrase(c, k + 1, end, false);
        if (src) found.push(mk(src, toks[colon]!.start, toks[colon]!.end, ":", ":", inRegions(toks[colon]!.start, regions), colon, false));
      } else if (toks[end]?.t === "," && end > k + 1) {
        // "… as summed up by their lawyer, Martin L. Oakes: …": the name after the comma, the role before it
        const run = capRuns(toks, end + 1, colon)[0];
        if (run && run.from === end + 1 && run.to === colon) {
          const src = sourceOfPhrase(c, end + 1, colon, false);
          if (src && src.kind === "person") {
            if (!src.role) src.role = c.text.slice(toks[k + 1]!.start, toks[end - 1]!.end).replace(/^(?:the|their|its|his|her|our)\s+/i, "");
            found.push(mk(src, toks[colon]!.start, toks[colon]!.end, ":", ":", inRegions(toks[colon]!.start, regions), colon, false));
          }
        }
      }
      return;
    }
    if (!after || !isQuoteMark(after)) return;
    // "Karen Whitley, the chief financial officer, on the outlook for margins: ``Flat …''"
    const lead = capRuns(toks, 0, Math.min(colon, 6))[0];
    if (lead && lead.from === 0 && toks[lead.to]?.t === ",") {
      const src = sourceOfPhrase(c, 0, lead.to, false);
      if (src && src.kind === "person") {
        this.rightAppositionRole(c, lead.to, src);
        found.push(mk(src, toks[colon]!.start, toks[colon]!.end, ":", ":", inRegions(toks[colon]!.start, regions), colon, false));
      }
      return;
    }
    const runs = capRuns(toks, 0, colon);
    const run = runs[0];
    if (!run || run.from !== 0 || run.to !== colon) return;
    const src = sourceOfPhrase(c, 0, colon, false);
    if (src && src.kind === "person") found.push(mk(src, toks[colon]!.start, toks[colon]!.end, ":", ":", inRegions(toks[colon]!.start, regions), colon, false));
  }

  /** Remembers people and organisations named in toks[a, b), for later surnames and pronouns. */
  private registerMentions(c: NPContext, a: number, b: number, quoted: [number, number][]): void {
    const toks = c.toks;
    // "The researchers, led by …" / "Some economists …": a group a later "they" may mean
    if (a === 0) {
      let g = 0;
      if (toks[0]?.word && /^(?:the|these|those|some|many|most|several|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/.test(toks[0].lo)) g = 1;
      // ("Army officials did not dispute that finding, but they argued …": a capitalised word before the head)
      if (toks[g]?.word && toks[g]!.cap && toks[g + 1]?.word && !toks[g + 1]!.cap && GROUP_HEADS.has(toks[g + 1]!.lo)) g++;
      const h = toks[g];
      const after = toks[g + 1];
      if (h && h.word && GROUP_HEADS.has(h.lo) && h.lo.endsWith("s") && (!after || !after.word || !after.cap)) {
        this.coref.addGroup(c.text.slice(toks[0]!.start, h.end).replace(/^(?:the|these|those)\s+/i, ""), c.sentence);
      }
    }
    // the first person and the first organisation near the start of a sentence are its likely subjects
    let firstPerson = a === 0;
    let firstOrg = a === 0;
    for (const run of capRuns(toks, a, b)) {
      // a name inside a quotation ("“Marcus was the most careful student I had,” he recalled") is not who "he" is
      if (inRegions(toks[run.from]!.start, quoted)) continue;
      const { titleTo, nameFrom } = splitTitles(toks, run);
      const words: string[] = [];
      for (let i = nameFrom; i < run.to; i++) if (toks[i]!.word) words.push(toks[i]!.t);
      if (!words.length) continue;
      const name = c.text.slice(toks[nameFrom]!.start, toks[run.to - 1]!.end);
      const near = run.from <= a + 10;
      if (run.from === 0 && words.length === 1 && !(titleTo > run.from) && knownCommon(toks[run.from]!.lo)) continue;
      const known = this.coref.lookupName(name);
      // ("In a speech in Bowling Green, he estimated": a place after "in", not the "he")
      if (!known && !(titleTo > run.from) && /^(?:in|at|near|outside)$/.test(toks[run.from - 1]?.lo ?? "") && toks[run.to]?.lo !== "'s" && !isOrgName(words)) continue;
      if (known) {
        const isP = known.kind === "person";
        // "MeteoSwiss, the federal weather office,": what kind of organisation it is, for "the office" (and not "the company")
        if (!isP) {
          const head = appositionHead(toks, run.to);
          if (head) known.aliases.add(head);
        }
        // ("Mr. Ashby's budget director, Carl J. Vinson, did not dispute …": the owner is not the subject)
        // ("Quillon's shares fell": a company's possessive still names the topic)
        const owner = isP && toks[run.to]?.lo === "'s";
        this.coref.mention(known, c.sentence, near && !owner && (isP ? firstPerson : firstOrg));
        if (owner) continue;
        if (isP) firstPerson = false;
        else firstOrg = false;
        continue;
      }
      // (the words with the titles, only for a name not seen before: most are known by now)
      const allWords: string[] = [];
      for (let i = run.from; i < run.to; i++) if (toks[i]!.word) allWords.push(toks[i]!.t);
      const isTitled = titleTo > run.from;
      const appos = appositionKind(toks, run.to);
      const prevRole = toks[run.from - 1]?.word && PERSON_ROLE_HEADS.has(toks[run.from - 1]!.lo);
      // "the newspaper El Sol", "the trade newsletter Thrift Watch"
      const before = toks[run.from - 1];
      const prevOrg = !isTitled && !!before?.word && !before.cap && namesOrganisation(before.lo);
      if ((isOrgName(allWords) && !isTitled) || appos === "organization" || prevOrg) {
        const full = c.text.slice(toks[run.from]!.start, toks[run.to - 1]!.end);
        const ent = this.coref.add(full, "organization", null, null, c.sentence, near && firstOrg, true);
        const head = appos === "organization" ? appositionHead(toks, run.to) : prevOrg ? before!.lo : null;
        if (head) ent.aliases.add(head);
        firstOrg = false;
        continue;
      }
      const personTitle = isTitled && allWords.some((w) => PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, "")));
      if (personTitle || appos === "person" || prevRole || looksLikePersonName(words)) {
        // ("Deputy Secretary of Defense Lawrence T. Marchetti": the title starts before its "of")
        const deptAt = isTitled ? departmentTitleStart(toks, run) : -1;
        const title = isTitled ? c.text.slice(toks[deptAt >= 0 ? deptAt : run.from]!.start, toks[titleTo - 1]!.end) : null;
        // "Judge Marcus J. Albright, the President's nominee,": a later "the nominee" is him too
        const apposRole = appos === "person" ? appositionText(c, run.to) : null;
        const role = title && apposRole ? `${title}, ${apposRole}` : title ?? apposRole;
        const certain = personTitle || appos === "person" || !!prevRole || genderOf(words) !== null;
        this.coref.add(name, "person", role, genderOf(allWords), c.sentence, near && firstPerson, certain);
        firstPerson = false;
      }
    }
  }
}

/** "Voigt, Hammond & Pryor": the comma inside a firm's name of partners' surnames. */
function firmComma(toks: Token[], comma: number, end: number): boolean {
  if (!(toks[comma - 1]?.word && toks[comma - 1]!.cap)) return false;
  // ("who has led the Arlington, Va.-based company": a place and its state, joined to "-based")
  let h = comma + 2;
  if (toks[h]?.t === ".") h++;
  if (toks[comma + 1]?.cap && toks[h]?.t === "-" && toks[h + 1]?.lo === "based" && h + 1 < end) return true;
  if (end - comma > 7) return false;
  let amp = false;
  // ("the American Federation of State, County and Municipal Employees": a list of names inside an "of" phrase,
  // closed by "and")
  const ofList = toks[comma - 2]?.lo === "of";
  for (let k = comma + 1; k < end; k++) {
    const t = toks[k]!;
    if (t.t === "&") amp = true;
    else if (ofList && t.lo === "and" && toks[k - 1]?.cap && toks[k + 1]?.cap) amp = true;
    else if (!(t.word && t.cap) && t.t !== ",") return false;
  }
  return amp;
}

/** "people close to the talks", "two senior aides to Governor Lusk": this "to" joins a phrase like a preposition. */
function joiningTo(toks: Token[], k: number): boolean {
  if (toks[k]!.lo !== "to" || k === 0) return false;
  const p = toks[k - 1]!.lo;
  return p === "close" || AIDE_HEADS.has(p);
}
const AIDE_HEADS = new Set(["aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants", "counsel", "ambassador", "envoy", "heir", "successor", "deputy", "secretary"]);

function withRole(src: NPSource | null, r: string | null): NPSource | null {
  // "Unia, Switzerland’s largest trade union,": the apposition says it is an organisation
  // (only a plain noun phrase: "a spokesman for the union", "an accountant commissioned by the Trust" are people)
  // (and a whole apposition, "a trade newsletter", "Switzerland’s largest trade union", not a title like "state Sen.")
  const plain = !!r && /^(?:a|an|the)\s|[’']s\s/i.test(r) && !/\s(?:of|for|at|to|with|in|from|on|by|who|which|that)\s|\w(?:ed|en)\s/i.test(r);
  const head = plain ? r!.slice(r!.lastIndexOf(" ") + 1).toLowerCase() : "";
  if (src && plain && src.kind === "person" && !PERSON_ROLE_HEADS.has(head) && namesOrganisation(head)) {
    src.kind = "organization";
    if (src.entity) src.entity.kind = "organization";
    return src;
  }
  if (src && r && src.kind === "person") {
    if (!src.role) src.role = r;
    if (src.entity) {
      if (!src.entity.role) src.entity.role = r;
      src.entity.certain = true;
    }
  }
  return src;
}

const COMMON_WORDS = new Set([...DOC_HEADS, ...GROUP_HEADS, ...ORG_HEADS, ...PERSON_ROLE_HEADS, ...DETERMINERS]);

/** A common noun the lexicons know, or a determiner: capitalised only because it opens the sentence. */
function knownCommon(w: string): boolean {
  return COMMON_WORDS.has(w);
}

const ARTICLES = new Set(["the", "a", "an"]);

/** The organisation noun of an apposition after a name: ", the federal weather office," → "office". */
function appositionHead(toks: Token[], end: number): string | null {
  if (appositionKind(toks, end) !== "organization") return null;
  let head: string | null = null;
  for (let k = end + 2; k < toks.length && k < end + 12; k++) {
    const t = toks[k]!;
    if (t.lo === "'s") continue;
    if (!t.word || PREPOSITIONS.has(t.lo) || RELATIVE.has(t.lo) || (k > end + 2 && ARTICLES.has(t.lo))) break;
    if (ORG_HEADS.has(t.lo)) head = t.lo;
  }
  return head;
}

const PARTY_MEMBER = /^(?:republican|democrat|independent|tory|conservative|liberal|socialist)$/;

/** What an apposition after a name says it is: ", the Dutch chip-equipment maker," → organization. */
function appositionKind(toks: Token[], end: number): "person" | "organization" | null {
  if (toks[end]?.t !== ",") return null;
  const f = toks[end + 1];
  if (!f || !f.word || !/^(?:a|an|the)$/.test(f.lo)) return null;
  // the head is the last known noun before the phrase ends: "a nonpartisan firm hired by the state,"
  let kind: "person" | "organization" | null = null;
  let kindAt = -1;
  for (let k = end + 2; k < toks.length && k < end + 12; k++) {
    const t = toks[k]!;
    if (t.lo === "'s") continue;
    // ("the White House's choice to run the Interior Department": an infinitive ends the phrase too)
    if (!t.word || PREPOSITIONS.has(t.lo) || RELATIVE.has(t.lo) || (t.lo === "to" && kind !== null)) return kind;
    // ("Cirrus-3, the weather satellite the Velmar Space Agency had planned …": a second article opens a clause
    // of its own, whose subject is not what the name is)
    if (k > end + 2 && ARTICLES.has(t.lo)) return kind;
    // ("the committee's senior Republican": the committee only owns the head)
    if (toks[k + 1]?.lo === "'s") continue;
    // ("…, as it absorbs Coastal Pacific Air, the company said Tuesday": the phrase is the speaker, no apposition)
    if (kind !== null && kindAt === k - 1 && cueOf(t) && !cueOf(t)!.ambiguous) return null;
    if (PERSON_ROLE_HEADS.has(t.lo) || PARTY_MEMBER.test(t.lo) || PERSON_NOUN.test(t.lo)) { kind = "person"; kindAt = k; }
    else if (namesOrganisation(t.lo)) { kind = "organization"; kindAt = k; }
  }
  return null;
}

// a noun for what someone does, right before a name: "the marathon runner Javier Ostend", "the sculptor Ana Ruiz"
const AGENT_NOUN = /^[a-z]{3,}(?:er|or)$/;

// People by what they do, as an apposition's head: "a retired school librarian" is no school.
const PERSON_NOUN = /^(?:[a-z]+(?:ian|ist)|choice|pick|nominee|appointee|candidate|teacher|farmer|driver|worker|resident|pensioner|student|mother|father|grandmother|grandfather|widow|widower|owner|shopkeeper|retiree|volunteer|veteran|patient|parent|neighbou?r|engineer|builder|mechanic|plumber|cleaner|labou?rer|nurse|carer|caregiver|trader|vendor|seller|fisherman|fisherwoman|miner|accountant|surgeon|pharmacist|firefighter|officer|soldier|pilot|captain|coach|player|member)s?$/;

// "put the saving at closer to £3", "at about 40%", "at between 15,000 and 18,000"
const APPROXIMATING = new Set(["an", "average", "of", "total", "closer", "close", "to", "about", "around", "roughly", "nearly", "almost", "some", "more", "less", "fewer", "than", "between", "just", "over", "under", "up", "as", "many", "much", "only", "barely"]);

/** "The breakdown (also) counts cancellations:": a document head before "counts", a colon within three words after. */
function docCountsColon(toks: Token[], v: number): boolean {
  if (toks[v]!.lo !== "counts") return false;
  let h = v - 1;
  if (h > 0 && /ly$|^also$/.test(toks[h]!.lo)) h--;
  if (h < 0 || !DOC_HEADS.has(toks[h]!.lo)) return false;
  for (let k = v + 1; k < toks.length && k <= v + 4; k++) if (toks[k]!.t === ":") return k > v + 1;
  return false;
}

/** A number at toks[i], after at most three approximating words. */
function numberAfterApproximation(toks: Token[], i: number): boolean {
  for (let k = i; k < toks.length && k <= i + 3; k++) {
    const t = toks[k]!;
    if (/^[\d$£€]/.test(t.t)) return true;
    if (!t.word || !APPROXIMATING.has(t.lo)) return false;
  }
  return false;
}

function isAbbrev(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !t.word) return false;
  return PERSON_TITLES.has(t.lo) || ABBREV.has(t.lo) || (t.t.length === 1 && t.cap) || /^[A-Z][a-z]?-[A-Z]/.test(t.t) || /\.[A-Za-z]$/.test(t.t) ||
    // "Kaliv City Hospital No. 3", "Local No. 12": a number sign, not the word "no"
    (t.t === "No" && toks[i + 1]?.t === "." && /^\d/.test(toks[i + 2]?.t ?? ""));
}

/** The role phrase in ", the President's nominee," right after toks[end - 1]. */
function appositionText(c: NPContext, end: number): string | null {
  const toks = c.toks;
  let k = end + 1;
  while (k < toks.length && k < end + 12 && toks[k]!.t !== "," && toks[k]!.t !== "." && !RELATIVE.has(toks[k]!.lo)) k++;
  if (toks[k]?.t !== ",") return null;
  return roleFromSegment(c, end + 1, k);
}

/** The first "'s" among the three tokens after toks[from], before `end`; -1 when there is none. */
function possessiveNear(toks: Token[], from: number, end: number): number {
  for (let k = from + 1; k <= from + 3 && k < end; k++) if (toks[k]!.lo === "'s") return k;
  return -1;
}

/** "the state's largest teachers' union", "the Harbury Supporters’ Trust": an apostrophe glued to a plural, then a word. */
function pluralPossessive(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (t.t === "'" || t.t === "’") && !!prev && prev.word && prev.end === t.start && prev.lo.endsWith("s") && !!next && next.word && next.start > t.end;
}

function roleFromSegment(c: NPContext, a: number, b: number): string | null {
  const toks = c.toks;
  while (a < b && toks[a]!.word && /^(?:a|an|the)$/.test(toks[a]!.lo)) a++;
  while (b > a && !toks[b - 1]!.word) b--;
  if (b <= a || b - a > 14) return null;
  const head = toks[a]!;
  if (!head.word) return null;
  return c.text.slice(head.start, toks[b - 1]!.end);
}

function docSource(name: string): NPSource {
  return { name, kind: "document", role: null, unresolved: false, entity: null, doc: true };
}

function mk(src: NPSource, cueStart: number, cueEnd: number, cue: string, lemma: string, inQuote: boolean, tokenIndex: number, tail: boolean): Found {
  return { src, cueStart, cueEnd, cue, lemma, inQuote, tokenIndex, tail, namesQuote: false, pointsBack: false };
}

function toAttribution(f: Found, via: string | null): Attribution {
  return {
    source: { name: f.src.name, role: f.src.role, kind: f.src.kind, cue: f.cue, via },
    cueStart: f.cueStart,
    cueEnd: f.cueEnd,
    lemma: f.lemma,
    fromNeighbour: false,
    namesQuote: f.namesQuote,
    pointsBack: f.pointsBack,
  };
}

function quotedShare(s: string, regions: [number, number][]): number {
  let inside = 0;
  for (const [a, b] of regions) inside += b - a;
  return s.length ? inside / s.length : 0;
}

/** A title or an organisation ends the phrase: "the Lorain County fire marshal", "the Lorain County Council". */
function personOrOrgHead(w: string): boolean {
  return PERSON_ROLE_HEADS.has(w) || ORG_HEADS.has(w);
}

const YEAR_TOKEN = /^(?:1[89]|20)\d\d$/;
const CLAUSE_OPENERS_AFTER_TAG = new Set(["though", "although", "but", "while", "whereas", "and", "yet", "compared"]);
const APPOSED_CLAIM_SOURCE = /^(?:forecast|figure|estimate|claim|number|count|total|tally|projection|prediction|assessment|assertion|account|sum|step|move|charge|allegation)s?\s+(?:that\s+|which\s+)?(?:(?:the|an?|his|her|its|their)\s|[A-Z])/;

// a claim named in apposition, with its judge after it: "a projection Professor Esterhazy (called)"
const APPOSED_CLAIM_NOUN = "(?:an?\\s+)?(?:forecast|figure|estimate|claim|number|count|total|tally|projection|prediction|assertion|sum|allegation)s?\\s+";
// (the phrase itself, before its judge's name is resolved to a full one with a role of its own)
const APPOSED_CLAIM_PHRASE = new RegExp(`^${APPOSED_CLAIM_NOUN}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Professor|Prof|Judge|Mayor|Governor|Senator)\\.?\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}\\s+$`, "u");
const APPOSED_CLAIM_ROLE = new RegExp(`^${APPOSED_CLAIM_NOUN}(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Professor|Prof|Judge|Justice|Mayor|Governor|Senator|Councillor|Councilman|Councilwoman)\\.?$`);

/** "…, the paper reported, though …": a comma right after the verb toks[v], then a new clause. */
function clauseAfterTag(toks: Token[], v: number): boolean {
  return toks[v + 1]?.t === "," && CLAUSE_OPENERS_AFTER_TAG.has(toks[v + 2]?.lo ?? "");
}

/** How many commas come before toks[j]. */
function commasBefore(toks: Token[], j: number): number {
  let n = 0;
  for (let k = 0; k < j; k++) if (toks[k]!.t === ",") n++;
  return n;
}
