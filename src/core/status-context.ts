// A claim the rules left "unaddressed" may still be disputed, backed or left unverified by what the
// article says around it: a rival party's denial a sentence or two on ("Banks says the duplicates were
// removed"), a record that matches its figure, a verdict whose scope the rules did not stretch to. No
// single phrase marks these, so a small logistic model per status weighs the signs together: what kind
// of words the nearby sentences hold, whether another source says them, whether they repeat the claim's
// numbers or words, what the rules decided nearby. The weights are learned from the labelled fixtures
// by scripts/train-status.ts and live in status-model.ts.

import type { Status } from "./model.ts";
import type { StatusResult, StatusSentence } from "./status.ts";
import { STATUS_MODEL } from "./status-model.ts";

export type Judged = Exclude<Status, "unaddressed">;
export const JUDGED: readonly Judged[] = ["disputed", "confirmed", "unverified"];

export interface StatusWeights {
  weights: Record<string, number>;
  /** the status is given when its score (the log-odds) reaches this */
  threshold: number;
}

/** One logistic model per status; the best-scoring status over its threshold wins. */
export type ContextModel = Record<Judged, StatusWeights>;

const NEVER: StatusWeights = { threshold: Infinity, weights: {} };
/** No model: the statuses the rules give, and only those (what the rules' own tests hold them to). */
export const RULES_ONLY: ContextModel = { disputed: NEVER, confirmed: NEVER, unverified: NEVER };

// Word classes: a word ending in "*" is the start of its inflections ("exaggerat*" → "exaggerated"), any
// other is matched whole ("no", "but").
const CLASSES: [string, string[]][] = [
  ["deny", ["deni*", "deny"]],
  ["reject", ["reject*", "dismiss*", "refut*", "rebut*", "debunk*", "scoff*"]],
  ["dispute", ["disput*", "contest*", "challeng*", "question*", "doubt*", "skeptic*", "sceptic*", "disagree*"]],
  ["false", ["false", "untrue", "wrong", "inaccura*", "mislead*", "incorrect*", "nonsense", "baseless", "lie", "lies", "lying", "fabricat*", "bogus", "absurd", "ridiculous", "flawed", "fiction"]],
  ["exag", ["exaggerat*", "overstat*", "inflat*", "understat*", "overestimat*", "underestimat*", "overblown", "optimistic"]],
  ["contra", ["contradict*", "conflict*", "odds", "counter*", "insist*", "however", "but", "although", "though", "yet"]],
  ["neg", ["not", "never", "no", "nothing", "none", "neither", "nor"]],
  ["compare", ["lower", "fewer", "less", "only", "smaller", "higher", "larger", "closer", "nearer", "actual", "real", "true"]],
  ["agree", ["confirm*", "corroborat*", "verif*", "consistent", "match*", "backed", "support*", "agree*", "accurate", "correct*"]],
  ["say", ["said", "says", "say", "told", "according", "argued", "added", "responded", "replied"]],
];
const NEG_CLASS = CLASSES.findIndex(([c]) => c === "neg");

// the reporting verbs of a claim that is itself an accusation, so answered more often than not
const ACCUSING = ["alleg", "accus", "claim", "charg", "contend", "assert", "insist"];

const NUMBER_RE = /\d[\d,.]*\d|\d/g;
const DIGIT_RE = /\d/;
const STOP = new Set(
  ("the a an and or of to in on at for by with from that this these those it its is was were are be been has have had " +
    "he she they his her their them we our you i not no but as said says say told would will could can than more also " +
    "which who what when where there after before about over into out up one two three last year years mr mrs ms dr").split(" "),
);

// Every feature has a name (what the trainer and the model file speak) and a small integer (what the
// detector adds up: a page has thousands of claims, each weighed against a dozen sentences).
const NAMES: string[] = [];
const IDS = new Map<string, number>();

function idOf(name: string): number {
  let k = IDS.get(name);
  if (k === undefined) {
    k = NAMES.length;
    NAMES.push(name);
    IDS.set(name, k);
  }
  return k;
}

const BUCKETS = ["p", "n1", "n2", "n4"];
const STRUCTURE = ["other", "same", "mention", "num", "words", "para"];
const [OTHER, SAME, MENTION, NUM, WORDS, PARA] = [0, 1, 2, 3, 4, 5];

interface BucketIds {
  structure: number[];
  cls: number[];
  clsStructure: number[][];
  evd: number[];
  evdStructure: number[][];
  rival: number;
  rivalNear: number;
  otherNear: number;
  clsOtherNear: number[];
}

const BUCKET_IDS: BucketIds[] = BUCKETS.map((b) => ({
  structure: STRUCTURE.map((s) => idOf(`${b}:${s}`)),
  cls: CLASSES.map(([c]) => idOf(`${b}:${c}`)),
  clsStructure: CLASSES.map(([c]) => STRUCTURE.map((s) => idOf(`${b}:${c}&${s}`))),
  evd: JUDGED.map((st) => idOf(`${b}:evd:${st}`)),
  evdStructure: JUDGED.map((st) => STRUCTURE.map((s) => idOf(`${b}:evd:${st}&${s}`))),
  rival: idOf(`${b}:rival`),
  rivalNear: idOf(`${b}:rival&near`),
  otherNear: idOf(`${b}:other&near`),
  clsOtherNear: CLASSES.map(([c]) => idOf(`${b}:${c}&other&near`)),
}));

const C = {
  bias: idOf("bias"),
  numeric: idOf("c:numeric"),
  nosource: idOf("c:nosource"),
  quoted: idOf("c:quoted"),
  accusing: idOf("c:accusing"),
  lead: idOf("c:lead"),
  own: CLASSES.map(([c]) => idOf(`c:own:${c}`)),
  elsewhere: JUDGED.map((st) => idOf(`c:source-${st}-elsewhere`)),
  before: JUDGED.map((st) => idOf(`c:neighbour-${st}-before`)),
  after: JUDGED.map((st) => idOf(`c:neighbour-${st}-after`)),
  share: ["0", "lt10", "lt25", "ge25"].map((x) => idOf(`a:disputed:${x}`)),
};

interface Sent {
  /** bit c: the sentence holds a word of class c */
  classes: number;
  /** its numbers, without thousands commas (years left out) */
  numbers: string[];
  /** its content words (four letters or more, not function words) as word ids, sorted, each once */
  content: number[];
  /** its source's name, lower-cased without "the" */
  key: string | null;
  /** the word id of the last word of its source's name, to find it named elsewhere (-1: none) */
  surname: number;
}

// Each word seen gets an id and its flags (the classes it belongs to, and whether it is a content word):
// a page repeats its words, and a word's flags never change. Ids are only compared within one article, so
// the table may be emptied between articles.
const WORD_IDS = new Map<string, number>();
let wordFlags = new Int32Array(1024);
const CONTENT_FLAG = 1 << CLASSES.length;

function flagsOfWord(w: string): number {
  let bits = w.endsWith("n't") || w.endsWith("n’t") ? 1 << NEG_CLASS : 0;
  CLASSES.forEach(([, prefixes], c) => {
    if (prefixes.some((p) => (p.endsWith("*") ? w.startsWith(p.slice(0, -1)) : w === p))) bits |= 1 << c;
  });
  if (w.length >= 4 && !STOP.has(w) && !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) bits |= CONTENT_FLAG;
  return bits;
}

function wordId(w: string): number {
  let id = WORD_IDS.get(w);
  if (id === undefined) {
    id = WORD_IDS.size;
    WORD_IDS.set(w, id);
    if (id >= wordFlags.length) {
      const grown = new Int32Array(wordFlags.length * 2);
      grown.set(wordFlags);
      wordFlags = grown;
    }
    wordFlags[id] = flagsOfWord(w);
  }
  return id;
}

// A word of three characters or fewer is never a content word, so it needs no id, only its classes: kept
// in a table by its characters (half of all words are these: the, of, a, to, no, but).
const SHORT = new Int32Array(37 * 37 * 37).fill(-1);
const code37 = (c: number) => (c >= 97 ? c - 96 : c - 48 + 27);

function shortWordFlags(lower: string, start: number, end: number): number {
  let code = 0;
  for (let k = start; k < end; k++) code = code * 37 + code37(lower.charCodeAt(k));
  let f = SHORT[code]!;
  if (f < 0) SHORT[code] = f = flagsOfWord(lower.slice(start, end));
  return f;
}

// (one scratch list for a sentence's content-word ids while they are gathered)
const gathered: number[] = [];

const isLetter = (c: number) => c >= 97 && c <= 122;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function prepare(s: StatusSentence): Sent {
  const lower = s.lower ?? s.text.toLowerCase();
  let classes = 0;
  gathered.length = 0;
  // the words /[a-z0-9]+(?:[’'][a-z]+)?/ finds, scanned by hand (a regex match per word costs more than the word)
  const len = lower.length;
  for (let k = 0; k < len; ) {
    if (!isWordChar(lower.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < len && isWordChar(lower.charCodeAt(k))) k++;
    const q = lower.charCodeAt(k);
    let plain = true;
    if ((q === 0x2019 || q === 0x27) && isLetter(lower.charCodeAt(k + 1))) {
      plain = false;
      k += 2;
      while (k < len && isLetter(lower.charCodeAt(k))) k++;
    }
    if (plain && k - start <= 3) {
      classes |= shortWordFlags(lower, start, k);
      continue;
    }
    const id = wordId(lower.slice(start, k));
    const flags = wordFlags[id]!;
    classes |= flags;
    if (flags & CONTENT_FLAG) gathered.push(id);
  }
  // (insertion sort, dropping repeats: a sentence has a dozen content words)
  let n = 0;
  for (let k = 0; k < gathered.length; k++) {
    const x = gathered[k]!;
    let at = n;
    while (at > 0 && gathered[at - 1]! > x) at--;
    if (at > 0 && gathered[at - 1] === x) continue;
    for (let m = n; m > at; m--) gathered[m] = gathered[m - 1]!;
    gathered[at] = x;
    n++;
  }
  const numbers: string[] = [];
  if (DIGIT_RE.test(lower)) for (const m of lower.match(NUMBER_RE) ?? []) {
    let num = m.includes(",") ? m.replace(/,/g, "") : m;
    if (num.endsWith(".")) num = num.slice(0, -1);
    // (a year is shared by half the article)
    if (/^(?:19|20)\d\d$/.test(num)) continue;
    numbers.push(num);
  }
  const source = s.source ? sourceKeyOf(s.source) : null;
  // (a name no sentence spells as a word has an id no sentence holds)
  return { classes: classes & (CONTENT_FLAG - 1), numbers, content: gathered.slice(0, n), key: source?.key ?? null, surname: source?.surname ? wordId(source.surname) : -1 };
}

// (an article names the same few sources again and again)
const SOURCE_KEYS = new Map<string, { key: string; surname: string | null }>();

function sourceKeyOf(source: string): { key: string; surname: string | null } {
  let k = SOURCE_KEYS.get(source);
  if (!k) {
    const key = source.toLowerCase().replace(/^the\s+/, "");
    const names = key.match(/[a-z][a-z’'-]{3,}/g);
    k = { key, surname: names ? names[names.length - 1]! : null };
    if (SOURCE_KEYS.size > 10_000) SOURCE_KEYS.clear();
    SOURCE_KEYS.set(source, k);
  }
  return k;
}

function sharesNumber(a: string[], b: string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Whether two sorted id lists have at least two ids in common. */
function sharesTwo(a: number[], b: number[]): boolean {
  let n = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x]! < b[y]!) x++;
    else if (a[x]! > b[y]!) y++;
    else {
      if (++n >= 2) return true;
      x++;
      y++;
    }
  }
  return false;
}

function holds(sorted: number[], id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 5;

/** Which of BUCKETS sentence j falls in, seen from claim i. */
function bucketOf(d: number): number {
  if (d < 0) return 0;
  if (d === 1) return 1;
  if (d <= 3) return 2;
  return 3;
}

/** Pushes onto `out` the features one context sentence j lends claim i. */
function contextAtoms(out: number[], sents: StatusSentence[], prep: Sent[], evidenceOf: Map<number, number>, i: number, j: number): void {
  const ids = BUCKET_IDS[bucketOf(j - i)]!;
  const pi = prep[i]!;
  const pj = prep[j]!;
  const other = pj.key !== null && pj.key !== pi.key;
  const same = pj.key !== null && pj.key === pi.key;
  const mention = pi.surname >= 0 && !same && holds(pj.content, pi.surname);
  const num = pi.numbers.length > 0 && pj.numbers.length > 0 && sharesNumber(pi.numbers, pj.numbers);
  const words = sharesTwo(pi.content, pj.content);
  const para = sents[j]!.paragraph === sents[i]!.paragraph;
  const structure = (other ? 1 << OTHER : 0) | (same ? 1 << SAME : 0) | (mention ? 1 << MENTION : 0) | (num ? 1 << NUM : 0) | (words ? 1 << WORDS : 0) | (para ? 1 << PARA : 0);
  for (let s = 0; s < STRUCTURE.length; s++) if (structure & (1 << s)) out.push(ids.structure[s]!);
  const evd = evidenceOf.get(j) ?? 0;
  for (let st = 0; st < JUDGED.length; st++) {
    if (!(evd & (1 << st))) continue;
    out.push(ids.evd[st]!);
    for (let s = 0; s < STRUCTURE.length; s++) if (structure & (1 << s)) out.push(ids.evdStructure[st]![s]!);
  }
  if (sents[j]!.numeric && other) {
    out.push(ids.rival);
    if (num || words) out.push(ids.rivalNear);
  }
  const otherNear = other && (num || words);
  if (otherNear) out.push(ids.otherNear);
  for (let c = 0; c < CLASSES.length; c++) {
    if (!(pj.classes & (1 << c))) continue;
    out.push(ids.cls[c]!);
    for (let s = 0; s < STRUCTURE.length; s++) if (structure & (1 << s)) out.push(ids.clsStructure[c]![s]!);
    // a denial word from another source is a verdict on this claim mostly when it speaks of the same figure or words
    if (otherNear) out.push(ids.clsOtherNear[c]!);
  }
}

const lemmaIds = new Map<string, number>();

function claimAtoms(out: number[], sents: StatusSentence[], prep: Sent[], statuses: StatusResult[], i: number, art: ArticleSigns): void {
  const s = sents[i]!;
  out.push(C.bias);
  if (s.numeric) out.push(C.numeric);
  if (s.source) out.push(idOf(`c:kind:${s.sourceKind ?? "none"}`));
  else out.push(C.nosource);
  if (s.quotedOnly) out.push(C.quoted);
  const lemma = s.cueLemma;
  if (lemma) {
    if (ACCUSING.some((p) => lemma.startsWith(p))) out.push(C.accusing);
    let k = lemmaIds.get(lemma);
    if (k === undefined) lemmaIds.set(lemma, (k = idOf(`c:lemma:${lemma}`)));
    out.push(k);
  }
  if (i < 3) out.push(C.lead);
  const own = prep[i]!.classes;
  for (let c = 0; c < CLASSES.length; c++) if (own & (1 << c)) out.push(C.own[c]!);
  const judged = prep[i]!.key !== null ? art.judgedSources.get(prep[i]!.key!) ?? 0 : 0;
  for (let st = 0; st < JUDGED.length; st++) if (judged & (1 << st)) out.push(C.elsewhere[st]!);
  for (const [k, ids] of [[i - 1, C.before], [i + 1, C.after]] as const) {
    const st = k >= 0 && k < sents.length && sents[k]!.isClaim ? JUDGED.indexOf(statuses[k]!.status as Judged) : -1;
    if (st >= 0) out.push(ids[st]!);
  }
  const share = art.disputedShare;
  out.push(C.share[share === 0 ? 0 : share < 0.1 ? 1 : share < 0.25 ? 2 : 3]!);
}

interface ArticleSigns {
  /** the statuses (bit per JUDGED) the rules gave some claim of each source */
  judgedSources: Map<string, number>;
  disputedShare: number;
  /** the statuses each evidence sentence gave the claims it judged */
  evidenceOf: Map<number, number>;
}

function articleSigns(sents: StatusSentence[], prep: Sent[], statuses: StatusResult[]): ArticleSigns {
  const judgedSources = new Map<string, number>();
  const evidenceOf = new Map<number, number>();
  let claims = 0;
  let disputed = 0;
  sents.forEach((s, k) => {
    if (!s.isClaim) return;
    claims++;
    const st = statuses[k]!;
    if (st.status === "unaddressed") return;
    if (st.status === "disputed") disputed++;
    const bit = 1 << JUDGED.indexOf(st.status);
    const key = prep[k]!.key;
    if (key) judgedSources.set(key, (judgedSources.get(key) ?? 0) | bit);
    if (st.evidence !== null && st.evidence !== k) evidenceOf.set(st.evidence, (evidenceOf.get(st.evidence) ?? 0) | bit);
  });
  return { judgedSources, disputedShare: claims ? disputed / claims : 0, evidenceOf };
}

const asked = (sents: StatusSentence[], statuses: StatusResult[], i: number) => sents[i]!.isClaim && statuses[i]!.status === "unaddressed";

interface Scan {
  sents: StatusSentence[];
  prep: Sent[];
  art: ArticleSigns;
}

function scanOf(sents: StatusSentence[], statuses: StatusResult[]): Scan | null {
  if (!sents.some((_, i) => asked(sents, statuses, i))) return null;
  if (WORD_IDS.size > 200_000) WORD_IDS.clear();
  const prep = sents.map(prepare);
  const art = articleSigns(sents, prep, statuses);
  return { sents, prep, art };
}

// (one buffer for every context sentence's features: they are read at once and forgotten)
const buffer: number[] = [];

/** Calls `visit` with each context sentence of claim i and its features (the buffer is reused). */
function eachContext(scan: Scan, i: number, visit: (j: number, atoms: number[]) => void): void {
  const last = Math.min(scan.sents.length - 1, i + WINDOW_AFTER);
  for (let j = Math.max(0, i - WINDOW_BEFORE); j <= last; j++) {
    if (j === i) continue;
    buffer.length = 0;
    contextAtoms(buffer, scan.sents, scan.prep, scan.art.evidenceOf, i, j);
    visit(j, buffer);
  }
}

export interface ContextCase {
  /** the claim's sentence index */
  i: number;
  /** every feature that fires for it, the claim's own and the context's (each once) */
  features: string[];
  /** each context sentence's own features, to name the evidence */
  byContext: { j: number; atoms: string[] }[];
}

/** The claims the model is asked about, with their features by name (for the trainer). */
export function contextCases(sents: StatusSentence[], statuses: StatusResult[]): ContextCase[] {
  const out: ContextCase[] = [];
  const scan = scanOf(sents, statuses);
  if (!scan) return out;
  for (let i = 0; i < sents.length; i++) {
    if (!asked(sents, statuses, i)) continue;
    const own: number[] = [];
    claimAtoms(own, sents, scan.prep, statuses, i, scan.art);
    const all = new Set(own);
    const byContext: ContextCase["byContext"] = [];
    eachContext(scan, i, (j, atoms) => {
      for (const a of atoms) all.add(a);
      byContext.push({ j, atoms: atoms.map((k) => NAMES[k]!) });
    });
    out.push({ i, features: [...all].map((k) => NAMES[k]!), byContext });
  }
  return out;
}

/** A name the feature extractor can give (a model file naming anything else has drifted from this code). */
export function isFeatureName(name: string): boolean {
  return IDS.has(name) || /^c:(?:lemma|kind):./.test(name);
}

export function scoreOf(features: readonly string[], weights: Record<string, number>): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return z;
}

// A model's weights by feature id, three to an id (one per JUDGED status), built once per model (an id
// past the end, a name the model does not know, weighs nothing).
const compiled = new WeakMap<ContextModel, Float64Array>();

function compile(model: ContextModel): Float64Array {
  let c = compiled.get(model);
  if (!c) {
    for (const st of JUDGED) for (const name of Object.keys(model[st].weights)) idOf(name);
    c = new Float64Array(3 * NAMES.length);
    JUDGED.forEach((st, n) => {
      for (const [name, x] of Object.entries(model[st].weights)) c![3 * IDS.get(name)! + n] = x;
    });
    compiled.set(model, c);
  }
  return c;
}

/** Which of JUDGED scores furthest over its threshold (scores in JUDGED's order), or -1 when none reaches it. */
export function pickStatus(scores: readonly number[], model: ContextModel): number {
  let pick = -1;
  let margin = 0;
  JUDGED.forEach((st, n) => {
    const over = scores[n]! - model[st].threshold;
    if (over >= margin) {
      margin = over;
      pick = n;
    }
  });
  return pick;
}

/** Adds to `scores` the weights (three to a feature id) of the features not yet counted for claim i. */
function addWeights(scores: number[], atoms: number[], w: Float64Array, stamp: Int32Array, i: number): void {
  const known = stamp.length;
  for (let a = 0; a < atoms.length; a++) {
    const k = atoms[a]!;
    if (k >= known || stamp[k] === i) continue;
    stamp[k] = i;
    scores[0]! += w[3 * k]!;
    scores[1]! += w[3 * k + 1]!;
    scores[2]! += w[3 * k + 2]!;
  }
}

/** Gives each claim the status its model scores furthest over its threshold, with the context sentence that weighs most for it. */
export function applyContextModel(sents: StatusSentence[], statuses: StatusResult[], model: ContextModel = STATUS_MODEL): void {
  if (JUDGED.every((st) => model[st].threshold === Infinity)) return;
  const scan = scanOf(sents, statuses);
  if (!scan) return;
  const w = compile(model);
  const known = w.length / 3;
  // (a feature counts once per claim however many sentences show it: stamp each with the claim it was counted for)
  const stamp = new Int32Array(known).fill(-1);
  const own: number[] = [];
  const changes: [number, StatusResult][] = [];
  const scores = [0, 0, 0];
  for (let i = 0; i < sents.length; i++) {
    if (!asked(sents, statuses, i)) continue;
    own.length = 0;
    claimAtoms(own, sents, scan.prep, statuses, i, scan.art);
    scores[0] = scores[1] = scores[2] = 0;
    addWeights(scores, own, w, stamp, i);
    const last = Math.min(sents.length - 1, i + WINDOW_AFTER);
    for (let j = Math.max(0, i - WINDOW_BEFORE); j <= last; j++) {
      if (j === i) continue;
      buffer.length = 0;
      contextAtoms(buffer, sents, scan.prep, scan.art.evidenceOf, i, j);
      addWeights(scores, buffer, w, stamp, i);
    }
    const pick = pickStatus(scores, model);
    if (pick < 0) continue;
    // the evidence: the context sentence whose own features weigh most for the status (few claims get here)
    let best: number | null = null;
    let bestScore = 0;
    eachContext(scan, i, (j, atoms) => {
      let sj = 0;
      for (const k of atoms) if (k < known) sj += w[3 * k + pick]!;
      if (sj > bestScore) {
        bestScore = sj;
        best = j;
      }
    });
    // (a claim with no sentence around it that speaks for the status stays as the rules left it)
    if (best !== null) changes.push([i, { status: JUDGED[pick]!, evidence: best }]);
  }
  // (the rules' statuses are every case's context: change them only once all are weighed)
  for (const [i, r] of changes) statuses[i] = r;
}
