// Attribution of one sentence: find its reporting cue ("said", "according to", "citing", "X's report
// shows", a speaker's colon) and the source that cue attributes the content to. Sentences are fed in
// article order so names, pronouns and "the company" resolve against what came before.

import type { Source } from "./model.ts";
import { tokenize, type Token } from "./tokens.ts";
import { cueForm, DENIAL_LEMMAS, PARTICIPLE_LEMMAS, type CueForm } from "./cues.ts";
import { Coref, capRuns, isOrgName, looksLikePersonName, splitTitles } from "./coref.ts";
import { sourceOfPhrase, type NPContext, type NPSource } from "./sources.ts";
import { inRegions, scanQuotes } from "./quotes.ts";
import {
  DETERMINERS, GROUP_HEADS, NOUN_LEFT, NP_STOP, PRE_VERB_SKIP, PREPOSITIONS, PERSON_TITLES,
} from "./lexicon.ts";

export interface Attribution {
  source: Source;
  /** cue position relative to the sentence */
  cueStart: number;
  cueEnd: number;
  lemma: string;
  /** the source was taken from a neighbouring sentence (a quotation with no cue of its own) */
  fromNeighbour: boolean;
}

export interface SentenceAttribution {
  attribution: Attribution | null;
  /** the sentence is (mostly) quoted speech */
  quoted: boolean;
  /** a double quote is still open at its end */
  openAtEnd: boolean;
  /** a quotation mark closes in this sentence (or the quote ran on from the previous one) */
  quoteRegions: [number, number][];
  /** all cues found with a source, in order (the first is the attribution) */
  cues: Attribution[];
  tokens: Token[];
}

// Verbs that never take the source to their right ("Smith told Reuters": Reuters is the listener).
const NO_INVERSION = new Set(["tell", "ask", "call", "urge", "accuse", "blame", "inform", "remind", "assure", "reassure", "advise", "cite", "quote", "praise", "criticize", "criticise", "deny", "reject", "dismiss", "charge"]);
// Unambiguous speech verbs: an unknown common noun before them still speaks ("the boy said").
const LOOSE = new Set(["say", "tell", "write", "add", "ask", "explain", "recall", "recount", "insist", "warn", "testify", "tweet", "reply", "respond"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s"]);
const NEGATION = new Set(["not", "n't", "never", "no", "declined", "refused", "without", "cannot", "nor", "neither"]);
const INTRO = new Set([
  "in", "after", "while", "when", "although", "though", "as", "despite", "on", "at", "for", "during",
  "however", "meanwhile", "speaking", "asked", "earlier", "later", "but", "and", "yet", "still", "also",
  "adding", "separately", "instead", "indeed", "moreover", "furthermore", "additionally", "in", "with",
  "before", "since", "if", "once", "amid", "following", "under", "by", "from", "last", "this", "on",
]);
const RIGHT_NP_PREPS = new Set(["of", "for", "from", "by", "at", "with", "within", "inside"]);
const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "tonight", "recently", "earlier", "later", "last", "this", "next", "on", "in", "during", "after",
  "before", "when", "while", "as", "that", "who", "which", "whose", "to", "and", "but", "or", "because",
]);
const QUOTE_CHARS = new Set(['"', "“", "”", "‘", "’", "'", "«", "»", "„"]);
const APPOS_HEADS_SKIP = new Set(["who", "which", "whose", "whom", "where", "when"]);

interface Found {
  src: NPSource;
  cueStart: number;
  cueEnd: number;
  cue: string;
  lemma: string;
  inQuote: boolean;
  tokenIndex: number;
  via: string | null;
}

export class Attributor {
  readonly coref = new Coref();
  private lastSpeaker: { source: Source; sentence: number; quoted: boolean; paragraph: number } | null = null;

  /**
   * Attributes sentence number `index` (article order). `openQuote` is the quote state carried from
   * the previous sentence of the same paragraph.
   */
  analyze(text: string, index: number, openQuote: boolean): SentenceAttribution {
    const toks = tokenize(text);
    const q = scanQuotes(text, openQuote);
    const ctx: NPContext = { text, toks, coref: this.coref, sentence: index, quoteSpeaker: null };
    const found: Found[] = [];
    const n = toks.length;

    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (!t.word) {
        if (t.t === ":" && i > 0 && i <= 5) this.colonCue(ctx, i, q.regions, found);
        continue;
      }
      const lo = t.lo;
      if (lo === "according" && toks[i + 1]?.lo === "to") {
        const end = this.rightPhraseEnd(toks, i + 2);
        const src = end > i + 2 ? sourceOfPhrase(ctx, i + 2, end, true) : null;
        if (src) {
          this.appositionRole(ctx, end, src);
          found.push(mkFound(src, t.start, toks[i + 1]!.end, "according to", inRegions(t.start, q.regions), i));
        }
        i++;
        continue;
      }
      if (lo === "reportedly" || lo === "purportedly") {
        found.push(mkFound(docSource("reports"), t.start, t.end, lo, inRegions(t.start, q.regions), i));
        continue;
      }
      const cf = cueForm(lo);
      if (!cf) continue;
      if (t.cap && i > 0 && !QUOTE_CHARS.has(toks[i - 1]!.t)) continue; // a name ("Says", "Read")
      const src = this.verbSource(ctx, i, cf, found);
      if (!src) continue;
      found.push(mkFound(src, t.start, t.end, t.t.toLowerCase(), inRegions(t.start, q.regions), i, cf.lemma));
    }

    const cues: Attribution[] = [];
    let primary: Found | undefined;
    const outside = found.filter((f) => !f.inQuote);
    // "citing X" names the source's own source; it is the cue only when nothing else is.
    primary = outside.find((f) => f.lemma !== "cite") ?? outside[0];
    let via: string | null = null;
    if (primary) {
      const cite = found.find((f) => f !== primary && f.lemma === "cite");
      const citeAfter = this.citingTarget(ctx, primary);
      via = citeAfter ?? (cite ? cite.src.name : null);
      if (via === primary.src.name) via = null;
    }
    for (const f of found) if (!f.inQuote) cues.push(toAttribution(f, f === primary ? via : null));

    const share = quotedShareOf(text, q.regions);
    const quoted = q.quoted && (share > 0.4 || (openQuote && !primary));
    let attribution: Attribution | null = primary ? toAttribution(primary, via) : null;
    if (attribution) {
      this.coref.mention(primary!.src.entity ?? this.coref.add(attribution.source.name, attribution.source.kind, attribution.source.role, null, index, true), index, true);
    }
    this.registerMentions(ctx);
    if (attribution && q.quoted) this.lastSpeaker = { source: attribution.source, sentence: index, quoted: true, paragraph: -1 };
    return { attribution, quoted, openAtEnd: q.openAtEnd, quoteRegions: q.regions, cues, tokens: toks };
  }

  /** The source of a reporting verb at toks[v], or null when this is not an attributing use. */
  private verbSource(c: NPContext, v: number, cf: CueForm, found: Found[]): NPSource | null {
    const toks = c.toks;
    const prev = toks[v - 1];
    const next = toks[v + 1];
    // Noun or adjective uses: "these claims", "the reported deaths", "a telling sign", "Vanner's claims".
    if (prev && prev.word && NOUN_LEFT.has(prev.lo) && !(cf.tense === "ing" && /^(?:by|after|before|while|when|without|in|on|for)$/.test(prev.lo))) {
      if (!(cf.tense === "past" && next?.lo === "by")) return null;
    }
    if (prev && prev.lo === "'s" && (cf.ambiguous || cf.tense !== "s")) return null;
    if (cf.ambiguous && cf.tense !== "past" && prev?.word && DETERMINERS.has(prev.lo)) return null;
    // Negated: "did not say", "declined to comment", "has never confirmed".
    for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
      const t = toks[k]!;
      if (!t.word) break;
      if (NEGATION.has(t.lo)) return null;
    }
    if (prev?.lo === "to" && toks[v - 2] && /^(?:refused|declined|failed|unable|wanted|want|wants|expected|likely|going|plans|planned|set|due)$/.test(toks[v - 2]!.lo)) return null;
    // "is said to", "were estimated": agentless passives attribute to no one.
    let k = v - 1;
    while (k >= 0 && toks[k]!.word && PRE_VERB_SKIP.has(toks[k]!.lo) && !BE.has(toks[k]!.lo)) k--;
    if (cf.tense === "past" && k >= 0 && BE.has(toks[k]!.lo)) {
      if (next?.lo === "by") return this.byAgent(c, v + 1);
      if (next?.lo === "as" && toks[v + 2]?.lo === "saying") return null; // handled at "saying"
      return null;
    }
    // Reduced relative: "the figures reported by the ministry".
    if (cf.tense === "past" && next?.lo === "by" && prev?.word && !prev.cap && !PRE_VERB_SKIP.has(prev.lo)) {
      const agent = this.byAgent(c, v + 1);
      if (agent) return agent;
    }
    if (cf.weak && !this.hasComplement(toks, v, cf)) return null;

    let src: NPSource | null = null;
    if (cf.tense === "ing") src = this.participleSource(c, v, cf, found);
    else src = this.leftSource(c, v, cf) ?? (NO_INVERSION.has(cf.lemma) ? null : this.invertedSource(c, v, cf));
    if (!src) return null;
    if (cf.docOnly && src.kind !== "document" && !/(?:report|study|survey|poll|data|analysis|records|review|audit|investigation|findings|research)/i.test(src.name)) return null;
    if (cf.ambiguous && cf.tense === "base" && src.kind === "person" && !src.unresolved && src.entity && src.entity.kind === "person" && !/^(?:i|we|you|they)$/i.test(src.name)) {
      // "Putin report" reads as a noun compound; a singular person takes "reports", not "report".
      return null;
    }
    return src;
  }

  /** A weak verb attributes only when content follows: a clause, a quote or a colon. */
  private hasComplement(toks: Token[], v: number, cf: CueForm): boolean {
    for (let k = v + 1; k < toks.length && k <= v + 4; k++) {
      const t = toks[k]!;
      if (t.lo === "that" || QUOTE_CHARS.has(t.t) || t.t === ":") return true;
      if (t.lo === "as" && /^(?:describe|characterize|characterise|label|brand|term|depict|portray|call)$/.test(cf.lemma)) return true;
      if (!t.word && t.t !== ",") return false;
    }
    if (/^(?:describe|characterize|characterise|label|brand|term|call|dub)$/.test(cf.lemma)) {
      for (let k = v + 1; k < toks.length && k <= v + 8; k++) if (QUOTE_CHARS.has(toks[k]!.t)) return true;
    }
    if (/^(?:hope|expect|fear|worry|anticipate|suspect)$/.test(cf.lemma)) {
      // "expects the economy to grow", "fears more attacks will follow": a clause with a verb.
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
    return sourceOfPhrase(c, byIdx + 1, end, false);
  }

  /** Subject to the left of the verb, through adverbs, auxiliaries, parentheses and appositions. */
  private leftSource(c: NPContext, v: number, cf: CueForm): NPSource | null {
    const toks = c.toks;
    let j = v - 1;
    while (j >= 0) {
      const t = toks[j]!;
      if (t.word && PRE_VERB_SKIP.has(t.lo)) { j--; continue; }
      // ", however," / ", too,"
      if (t.t === "," && j >= 2 && toks[j - 2]!.t === "," && toks[j - 1]!.word && PRE_VERB_SKIP.has(toks[j - 1]!.lo)) { j -= 3; continue; }
      if (t.t === "," && j >= 2 && toks[j - 2]!.t === "," && /^(?:however|meanwhile|though|moreover|instead|nonetheless|separately)$/.test(toks[j - 1]!.lo)) { j -= 3; continue; }
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
    if (t.t === ",") return this.appositiveSubject(c, j);
    if (!t.word && t.lo !== "'s" && t.t !== ".") return null;
    const from = this.leftPhraseStart(toks, j);
    if (from > j) return null;
    const src = sourceOfPhrase(c, from, j + 1, LOOSE.has(cf.lemma));
    if (src && from > 0 && toks[from - 1]!.t === ",") this.leftAppositionRole(c, from - 1, src);
    return src;
  }

  /** "Maria Zakharova, the spokesperson, said" / "Chief of Staff X, Valery Gerasimov, revealed". */
  private appositiveSubject(c: NPContext, comma: number): NPSource | null {
    const toks = c.toks;
    let k = comma - 1;
    while (k >= 0 && k > comma - 25 && toks[k]!.t !== "," && !QUOTE_CHARS.has(toks[k]!.t) && toks[k]!.t !== "(" && toks[k]!.t !== ":") k--;
    const segFrom = k + 1;
    if (segFrom >= comma) return null;
    const first = toks[segFrom]!;
    if (APPOS_HEADS_SKIP.has(first.lo) || (!first.cap && /ed$|ing$/.test(first.lo) && !DETERMINERS.has(first.lo))) {
      // a relative or participial clause: the subject stands before it
      if (k < 0 || toks[k]!.t !== ",") return null;
      return this.phraseEndingAt(c, k - 1);
    }
    if (/^\d/.test(first.t) && comma - segFrom <= 2) {
      // an age: "John Smith, 54, said"
      if (k < 0 || toks[k]!.t !== ",") return null;
      return this.phraseEndingAt(c, k - 1);
    }
    const segIsName = first.cap && capRuns(toks, segFrom, comma).length === 1 && capRuns(toks, segFrom, comma)[0]!.from === segFrom && capRuns(toks, segFrom, comma)[0]!.to === comma;
    if (segIsName) {
      const src = sourceOfPhrase(c, segFrom, comma, false);
      if (src && src.kind === "person" && k >= 0 && toks[k]!.t === ",") {
        // the segment before may be the role: "Chief of the General Staff of the Armed Forces, Valery Gerasimov,"
        let r = k - 1;
        while (r >= 0 && r > k - 15 && toks[r]!.t !== "," && !QUOTE_CHARS.has(toks[r]!.t)) r--;
        const roleText = roleFromSegment(c, r + 1, k);
        if (roleText && src.entity && !src.entity.role) src.entity.role = roleText;
        if (roleText && !src.role) src.role = roleText;
      }
      if (src) return src;
    }
    // an apposition naming the role: the subject is before it
    if (k >= 0 && toks[k]!.t === ",") {
      const src = this.phraseEndingAt(c, k - 1);
      if (src) {
        const roleText = roleFromSegment(c, segFrom, comma);
        if (roleText && !src.role) {
          src.role = roleText;
          if (src.entity && !src.entity.role) src.entity.role = roleText;
        }
        return src;
      }
    }
    return null;
  }

  private phraseEndingAt(c: NPContext, j: number): NPSource | null {
    if (j < 0) return null;
    const t = c.toks[j]!;
    if (!t.word && t.t !== ".") return null;
    const from = this.leftPhraseStart(c.toks, j);
    if (from > j) return null;
    return sourceOfPhrase(c, from, j + 1, false);
  }

  /** Walks left from toks[j] over one noun phrase (names, determiners, adjectives, possessives, "of"). */
  private leftPhraseStart(toks: Token[], j: number): number {
    let k = j;
    const min = Math.max(0, j - 10);
    while (k >= min) {
      const t = toks[k]!;
      if (t.word) {
        if (NP_STOP.has(t.lo) && !(t.lo === "no" && false)) break;
        const cf = cueForm(t.lo);
        if (cf && k !== j && !t.cap && !cf.ambiguous) break;
        k--;
        continue;
      }
      if (t.lo === "'s") { k--; continue; }
      if (t.t === "." && k > 0 && isAbbrev(toks, k - 1)) { k--; continue; }
      break;
    }
    let from = k + 1;
    // A phrase never starts with a preposition or an introductory word ("with critics", "While …").
    while (from <= j && toks[from]!.word && (PREPOSITIONS.has(toks[from]!.lo) || (INTRO.has(toks[from]!.lo) && !DETERMINERS.has(toks[from]!.lo)))) from++;
    // Only the last phrase after a verb-like word counts: "…the recapture of Volchansk" is handled by the caller.
    for (let i = j; i > from; i--) {
      const t = toks[i]!;
      // a preposition whose object starts the phrase we want ("In a statement Zakharova")
      if (t.word && PREPOSITIONS.has(t.lo) && i === from) from = i + 1;
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
        if (k > i && TIME_WORDS.has(t.lo)) break;
        if (NP_STOP.has(t.lo)) break;
        if (PREPOSITIONS.has(t.lo) && !RIGHT_NP_PREPS.has(t.lo)) break;
        if (content && DETERMINERS.has(t.lo) && !(toks[k - 1]!.word && PREPOSITIONS.has(toks[k - 1]!.lo))) break;
        if (content && !t.cap) {
          const cf = cueForm(t.lo);
          if (cf && !cf.ambiguous && !/^(?:of|by|from|the|a|an)$/.test(toks[k - 1]!.lo)) break;
        }
        if (!DETERMINERS.has(t.lo) && !PREPOSITIONS.has(t.lo)) content = true;
        k++;
        continue;
      }
      if (t.lo === "'s") { k++; continue; }
      if (t.t === "." && k > i && isAbbrev(toks, k - 1) && k + 1 < toks.length && toks[k + 1]!.word) { k++; continue; }
      break;
    }
    // Do not end on a preposition or determiner.
    while (k > i && toks[k - 1]!.word && (PREPOSITIONS.has(toks[k - 1]!.lo) || DETERMINERS.has(toks[k - 1]!.lo))) k--;
    return k;
  }

  /** "“…,” said Trump" / "…, says the report": the subject follows the verb. */
  private invertedSource(c: NPContext, v: number, cf: CueForm): NPSource | null {
    const toks = c.toks;
    const prev = toks[v - 1];
    if (prev && prev.word) return null;
    if (prev && !(prev.t === "," || QUOTE_CHARS.has(prev.t) || prev.t === "—" || prev.t === "–")) return null;
    if (!prev) return null;
    if (cf.tense === "base") return null;
    const end = this.rightPhraseEnd(toks, v + 1);
    if (end <= v + 1) return null;
    const src = sourceOfPhrase(c, v + 1, end, LOOSE.has(cf.lemma));
    if (src) this.appositionRole(c, end, src);
    return src;
  }

  /** "…, adding that", "by citing data", "with critics arguing", "was quoted as saying". */
  private participleSource(c: NPContext, v: number, cf: CueForm, found: Found[]): NPSource | null {
    const toks = c.toks;
    const prev = toks[v - 1];
    if (!PARTICIPLE_LEMMAS.has(cf.lemma) && !(prev && prev.word)) return null;
    // its own subject right before it: "with critics arguing", "officials saying"
    if (prev && prev.word && !PREPOSITIONS.has(prev.lo) && prev.lo !== "as" && !PRE_VERB_SKIP.has(prev.lo) && !BE.has(prev.lo)) {
      if (/^(?:was|were|is|are|been|be|am)$/.test(prev.lo)) return null;
      const from = this.leftPhraseStart(toks, v - 1);
      if (from <= v - 1) {
        const src = sourceOfPhrase(c, from, v, false);
        if (src) return src;
      }
      if (!PARTICIPLE_LEMMAS.has(cf.lemma)) return null;
    }
    if (BE.has(prev?.lo ?? "") || prev?.lo === "been") return null; // "is saying" without a subject we can see
    if (!PARTICIPLE_LEMMAS.has(cf.lemma)) return null;
    // hangs off the main clause: the last cue's source, else the sentence's subject
    const earlier = [...found].reverse().find((f) => f.tokenIndex < v && !f.inQuote);
    if (earlier) return earlier.src;
    return this.mainSubject(c, v);
  }

  /** The subject of the sentence's main clause, after an introductory phrase. */
  private mainSubject(c: NPContext, limit: number): NPSource | null {
    const toks = c.toks;
    let i = 0;
    while (i < limit && !toks[i]!.word) i++;
    if (i >= limit) return null;
    if (INTRO.has(toks[i]!.lo) || PREPOSITIONS.has(toks[i]!.lo)) {
      let k = i;
      while (k < limit && toks[k]!.t !== ",") k++;
      if (k >= limit) return null;
      i = k + 1;
    }
    // the subject is a name or a phrase that ends before the first verb-like word
    const end = this.rightPhraseEnd(toks, i);
    if (end <= i) return null;
    const src = sourceOfPhrase(c, i, end, false);
    if (src) this.appositionRole(c, end, src);
    return src;
  }

  /** ", a correspondent for Die Welt," after a name → role. */
  private appositionRole(c: NPContext, end: number, src: NPSource): void {
    const toks = c.toks;
    if (toks[end]?.t !== ",") return;
    const from = end + 1;
    const f = toks[from];
    if (!f || !f.word || !/^(?:a|an|the)$/.test(f.lo)) {
      // "Valery Gerasimov, Chief of the General Staff," style capitalised roles
      if (!f || !f.cap || !PERSON_TITLES.has(f.lo)) return;
    }
    let k = from;
    while (k < toks.length && k < from + 14 && toks[k]!.t !== "," && toks[k]!.t !== "." && !APPOS_HEADS_SKIP.has(toks[k]!.lo) && !QUOTE_CHARS.has(toks[k]!.t)) {
      if (k > from && toks[k]!.word && cueForm(toks[k]!.lo) && !cueForm(toks[k]!.lo)!.ambiguous) return;
      k++;
    }
    const role = roleFromSegment(c, from, k);
    if (role && src.kind === "person") {
      if (!src.role) src.role = role;
      if (src.entity && !src.entity.role) src.entity.role = role;
    }
  }

  private leftAppositionRole(c: NPContext, _comma: number, _src: NPSource): void {
    // Roles before the name ("Chief of Staff, X, said") are read by appositiveSubject.
  }

  /** "by citing data from the Prosecutor General’s Office" → that office. */
  private citingTarget(c: NPContext, primary: Found): string | null {
    const toks = c.toks;
    for (let i = 0; i < toks.length; i++) {
      const lo = toks[i]!.lo;
      if (lo !== "citing" && lo !== "cited" && !(lo === "based" && toks[i + 1]?.lo === "on") && !(lo === "drawing" && toks[i + 1]?.lo === "on")) continue;
      if (lo === "cited" && toks[i - 1] && BE.has(toks[i - 1]!.lo)) continue;
      const s = lo === "based" || lo === "drawing" ? i + 2 : i + 1;
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
    if (!after || !QUOTE_CHARS.has(after.t)) return;
    const from = 0;
    const runs = capRuns(toks, from, colon);
    const run = runs[0];
    if (!run || run.from !== from || run.to !== colon) return;
    const src = sourceOfPhrase(c, from, colon, false);
    if (src && src.kind === "person") found.push(mkFound(src, toks[colon]!.start, toks[colon]!.end, ":", inRegions(toks[colon]!.start, regions), colon));
  }

  /** Remembers people and organisations named in the sentence, for later surnames and pronouns. */
  private registerMentions(c: NPContext): void {
    const toks = c.toks;
    let firstPerson = true;
    for (const run of capRuns(toks, 0, toks.length)) {
      const { titleTo, nameFrom } = splitTitles(toks, run);
      const words: string[] = [];
      for (let i = nameFrom; i < run.to; i++) if (toks[i]!.word) words.push(toks[i]!.t);
      const allWords: string[] = [];
      for (let i = run.from; i < run.to; i++) if (toks[i]!.word) allWords.push(toks[i]!.t);
      if (!words.length) continue;
      const name = c.text.slice(toks[nameFrom]!.start, toks[run.to - 1]!.end);
      const known = this.coref.lookupName(name);
      if (known) {
        this.coref.mention(known, c.sentence, known.kind === "person" && firstPerson);
        if (known.kind === "person") firstPerson = false;
        continue;
      }
      const titled = titleTo > run.from;
      if (isOrgName(allWords) && !titled) {
        this.coref.add(c.text.slice(toks[run.from]!.start, toks[run.to - 1]!.end), "organization", null, null, c.sentence, false);
        continue;
      }
      if ((titled && allWords.some((w) => PERSON_TITLES.has(w.toLowerCase()))) || looksLikePersonName(words)) {
        const role = titled ? c.text.slice(toks[run.from]!.start, toks[titleTo - 1]!.end) : null;
        const { genderOf } = GENDER;
        this.coref.add(name, "person", role, genderOf(allWords), c.sentence, firstPerson);
        firstPerson = false;
      }
    }
  }

  /** The speaker to credit a quotation with no cue of its own, from the neighbouring sentence. */
  speakerFor(prev: SentenceAttribution | null, next: SentenceAttribution | null, continuesIntoNext: boolean): Attribution | null {
    if (continuesIntoNext && next?.attribution) return { ...next.attribution, fromNeighbour: true };
    if (prev?.attribution && prev.quoteRegions.length) return { ...prev.attribution, fromNeighbour: true };
    if (next?.attribution && next.quoteRegions.length) return { ...next.attribution, fromNeighbour: true };
    return null;
  }
}

import { genderOf as genderOfWords } from "./coref.ts";
const GENDER = { genderOf: genderOfWords };

function isAbbrev(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !t.word) return false;
  return PERSON_TITLES.has(t.lo) || (t.t.length === 1 && t.cap);
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
  return { name, kind: "document", role: null, unresolved: false, entity: null };
}

function mkFound(src: NPSource, cueStart: number, cueEnd: number, cue: string, inQuote: boolean, tokenIndex: number, lemma = cue): Found {
  return { src, cueStart, cueEnd, cue, lemma, inQuote, tokenIndex, via: null };
}

function toAttribution(f: Found, via: string | null): Attribution {
  return {
    source: { name: f.src.name, role: f.src.role, kind: f.src.kind, cue: f.cue, via },
    cueStart: f.cueStart,
    cueEnd: f.cueEnd,
    lemma: f.lemma,
    fromNeighbour: false,
  };
}

function quotedShareOf(s: string, regions: [number, number][]): number {
  let inside = 0;
  for (const [a, b] of regions) inside += b - a;
  return s.length ? inside / s.length : 0;
}

export { GROUP_HEADS };
