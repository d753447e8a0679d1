// The claim detector: article text (one block per line) → claims with figures, source, confirmation
// status and evidence. Sentences → figures → attribution (in article order, so names and pronouns
// resolve) → quotations credited to their neighbour's speaker → status scope → ids.

import type { Claim, ClaimKind, Figure } from "./model.ts";
import { splitSentences, type Span } from "./sentences.ts";
import { cueForm } from "./cues.ts";
import { findFigures } from "./figures.ts";
import { Attributor, type Attribution } from "./attribution.ts";
import { assignStatuses, type StatusResult, type StatusSentence } from "./status.ts";
import { applyContextModel, type ContextModel } from "./status-context.ts";
import { STATUS_MODEL } from "./status-model.ts";
import { assignIds } from "./ids.ts";

// What the later passes need of a sentence. (Only these fields of its SentenceAttribution: the rest
// dies young instead of being kept for the whole page.)
interface Row {
  start: number;
  end: number;
  text: string;
  /** the text lower-cased, once for figures and status */
  lower: string;
  line: number;
  figures: Figure[];
  quoted: boolean;
  openAtEnd: boolean;
  hasQuoteRegions: boolean;
  attribution: Attribution | null;
}

const SENTENCE_END_RE = /[.!?…][’”"'»)\]]*\s*$/;

// Page furniture and headings that are never claims.
const FURNITURE_RE = /^(?:advertisement|read more|related|share this|sign up|subscribe)\b/i;

// A quotation ending in "?" or "!" and a short reporting tail after it are one sentence:
// "“Where does it say that?” Justice Howard Kemp asked."
const TAIL_WORDS = /[\p{L}’'-]+/gu;

function isReportingTail(s: string): boolean {
  if (s.includes("\n")) return false;
  // a lower-case start cannot open a sentence: "asked Sen. Dorothy K. Lindgren, Democrat of Minnesota and chairwoman of the committee."
  const lowerStart = /^[a-z]/.test(s);
  if (s.length > (lowerStart ? 200 : 90)) return false;
  let n = 0;
  let cue = false;
  for (const m of s.matchAll(TAIL_WORDS)) {
    n++;
    const f = cueForm(m[0].toLowerCase());
    if (f && f.tense !== "ing" && f.tense !== "base") cue = true;
  }
  return cue && (n <= 9 || lowerStart);
}

function endsWithQuestionQuote(text: string, end: number): boolean {
  const q = text.charCodeAt(end - 1);
  const p = text.charCodeAt(end - 2);
  return (q === 34 || q === 0x201d || q === 0x2019 || q === 39) && (p === 63 || p === 33);
}

function mergeQuoteTails(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && sp.end - sp.start <= 200 && endsWithQuestionQuote(text, prev.end) && text.lastIndexOf("\n", sp.start) < prev.end &&
      isReportingTail(text.slice(sp.start, sp.end))) {
      prev.end = sp.end;
      continue;
    }
    out.push({ start: sp.start, end: sp.end });
  }
  return out;
}

// The days a verdict is dated by ("confirmed the order on Friday")
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

// Verbs that only judge another claim: confirming, corroborating or rejecting it.
const VERDICT_LEMMAS = new Set([
  "reject", "deny", "dispute", "refute", "contradict", "confirm", "corroborate", "verify", "dismiss", "question",
  "challenge", "contest", "rebut", "debunk", "doubt", "back", "bear", "support", "query",
]);
// The thing judged is an earlier claim named by a pointing noun phrase, and nothing else is said:
// "rejected that estimate." (active) or "The count was corroborated by researchers at …" (passive).
const JUDGED = "(?:figures?|numbers?|prices?|authenticity|assurances?|readings?|descriptions?|pledges?|sums?|amounts?|estimates?|tally|toll|counts?|totals?|claims?|allegations?|accusations?|accounts?|assertions?|findings?|reports?|data|projections?|calculations?|version|story|arguments?|contentions?|explanations?|theory|defen[cs]e|characteri[sz]ation|conclusions?|errors?|mistakes?|discrepanc(?:y|ies)|statements?|rates?|forecasts?|predictions?|assumptions?|results?|outcome|size|scale|extent|footage|videos?|recordings?|declines?|increases?|rises?|drops?|falls?|jumps?|losses|gains?|shortfalls?|reductions?|cuts|terms|details|admissions|deaths|casualties|injuries|arrests|closures|layoffs|redundancies|payments?|match(?:es)?|orders?|times)";
// ("confirmed the Governor's account of how the waiver request originated." names the account more closely)
// ("bore out the sum Harbury reported for the academy sales": the claim named by who gave it, in up to four words)
// ("did, however, bear out Marsh's statement about baby products", "confirmed the decline": whose it is, a change)
// ("Harbrook General Hospital confirmed the admissions.": the events an earlier claim counted)
// ("confirmed both figures on Wednesday", "rejected those numbers, calling them 'a worst-case guess'": a day, or
// a name for the claim, adds nothing of its own)
// ("confirmed the penalty payments in a filing to stock market regulators on Saturday", "confirmed the match in a
// report to the court last summer": where and when the verdict was given add nothing)
const VERDICT_TAIL = `(?:\\s+in\\s+(?:a|an|its|his|her|their)\\s+(?:filing|report|statement|letter|email|submission|note)(?:\\s+to\\s+(?:the\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+){0,3}?)?)?(?:\\s+(?:on\\s+(?:${WEEKDAYS})|yesterday|last\\s+(?:week|month|year|summer|spring|autumn|fall|winter)|in\\s+writing))?(?:,\\s+calling\\s+(?:it|them)\\s+[^.;:!?]{1,60}|,?\\s+as\\s+[“"][^”"]{1,80}[.!]?[”"])?(?:,?\\s+but\\s+(?:(?:would|did|could)\\s+not|declined\\s+to|refused\\s+to)\\s+(?:discuss|comment\\s+on|elaborate\\s+on|offer|give|provide|produce)\\s+[^.;:!?“"]{1,60}|,?\\s+(?:but|though|although)\\s+(?:he|she|it|they)\\s+(?:offered|gave|provided|produced)\\s+no\\s+[^.;:!?“"]{1,50})?(?:,?\\s+and\\s+(?:it|this|that|they)\\s+could\\s+not\\s+be\\s+(?:independently\\s+)?(?:verified|confirmed|checked))?(?:,?\\s+but\\s+not\\s+(?:the|its|their|his|her)\\s+[\\w’'-]+)?`;
// ("denied that any such memo had been written": "that" opening a clause is no pointing word)
const ACTIVE_OBJECT_RE = new RegExp(`^\\s*(?:out\\s+)?(?:that(?!\\s+(?:any|a|an|the|no|there)\\s)|this|these|those|the|such|both|her|his|(?:(?:mr|mrs|ms|dr)\\.\\s+)?[\\w’'-]+[’']s)\\s+(?:[\\w’'-]+\\s+){0,3}?${JUDGED}(?:\\s+(?:of|about|on|over|for)\\s+(?:(?!\\b(?:but|said|says|saying|while|although|though)\\b)[^.;:!?“"]){1,80}|\\s+(?:the\\s+)?[\\w.’'-]+(?:\\s+[\\w.’'-]+){0,3}?\\s+(?:had\\s+)?(?:reported|cited|gave|given|claimed|quoted|announced|put forward)\\b[^.;:!?“"]{0,80}|\\s+(?:used|cited|given|reported|quoted|published)\\s+(?:in|by)\\s+(?:the|its|their|his|her)\\s+[\\w’'-]+(?:\\s+[\\w’'-]+){0,2}?)?${VERDICT_TAIL}\\s*[.!]?$`, "i");
// "… testing records bear that out.", "The hospital confirmed her account.", "Commission records confirm the payment."
// ("The department confirmed it had received the request.": the receipt someone reported, confirmed)
const PRONOUN_OBJECT_ONLY_RE = /^\s*(?:out\s+)?(?:(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+)?(?:that\s+)?(?:it|he|she|they)\s+(?:had|has|have)\s+received\s+(?:the|that|this|those|these|her|his|their|a|an)\s+(?:[\w-]+\s+)?(?:request|letter|letters|complaint|complaints|application|report|referral|petition|invoice|invoices|payment|email|emails|notification|notice)(?:\s+from\s+(?:the|its|their)\s+[\w’'-]+)?(?:\s+on\s+\d{1,2}\s+[a-z]+|\s+on\s+[a-z]+\s+\d{1,2}|\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?(?:\s+covering\s+the\s+same\s+number\s+of\s+[\w-]+)?|(?:that|this|it|them|those|these)(?:\s+out)?|(?:her|his|their|its)\s+(?:account|version|story|claim|claims|figures?)|the\s+(?:payment|payments|arrests?|deaths?|sale|transfer|referrals?|subpoena|meeting|purchase|loan))\s*[.!]?$/i;
// ("The footage was independently verified by …": an adverb after the auxiliary)
// ("The service’s figure for lost hours was corroborated by …", "Those figures were checked and confirmed by …")
// ("Professor Thrale's 80% estimate was contested …", "The organisers' 31,450 figure has also been queried by …": whose,
// and the number it gave)
const PASSIVE_SUBJECT_RE = new RegExp(`^(?:that|this|these|those|the|(?:(?:mr|mrs|ms|dr|prof|professor|sen|rep|gov)\\.?\\s+)?[\\w’'-]+[’'](?:s\\b)?)\\s+(?:[\\w.,%’'-]+\\s+){0,3}?${JUDGED}(?:\\s+(?:for|of|on)\\s+(?:[\\w’'-]+\\s+){0,2}?[\\w’'-]+)?\\s+(?:was|were|(?:has|have|had)\\s+(?:since\\s+|now\\s+|also\\s+)?been|is|are)\\s+(?:(?:independently|separately|also|later|since|officially|partly|largely|quickly|swiftly|widely|publicly|repeatedly|sharply|strongly)\\s+)?(?:(?:checked|reviewed|examined|tested|audited)\\s+and\\s+)?$`, "i");
// ("That total was confirmed on Wednesday by the Wessex Audit Office")
const PASSIVE_AGENT_RE = /^\s*(?:(?:on|in|last|this|earlier|later)\s+[\w]+\s+)?by\b[^“"”:;]{0,200}$/i;
// (not the "that" of an apposition: "by Kestrel Ballot Services, the independent scrutineer that ran the vote")
const AGENT_SAYS_RE = /\b(?:said|says|saying|added|adding|argued|noted)\b|(?<!,\s+(?:the|an?)\s+[^,]{0,40})\bthat\b/i;

// "The inspection report records the same figures.", "Ship-tracking data showed a similar number of vessels."
// (a record agreeing with an earlier claim, and saying nothing else)
const SAME_AS_LEMMAS = new Set(["show", "record", "list", "find", "put", "quote", "give", "report"]);
// ("found roughly the same split")
const SAME_AS_ONLY_RE = /^\s+(?:(?:roughly|nearly|almost|much|about|essentially|broadly)\s+)?(?:the\s+same|a\s+similar|similar)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?:\s+of\s+[\w’'-]+)?(?:\s+(?:holding|waiting|idling)\s+[^.;:!?]{1,40})?\s*[.!]?$/i;

// "Builders tell a different story.", "Figures the department sent … tell a somewhat different story."
const DIFFERENT_STORY_ONLY = /^\s+(?:a\s+)?(?:very\s+|somewhat\s+|rather\s+|quite\s+|far\s+|much\s+)?(?:different|more\s+modest|less\s+rosy|bleaker|grimmer|darker)\s+(?:story|picture)\s*[.:]?$/i;

// "Mr. Abernathy said he could not confirm that number.": the verdict is all the sentence says
const SAID_VERDICT_ONLY_RE = new RegExp(`^\\s+(?:that\\s+)?(?:he|she|it|they|the\\s+\\w+)\\s+(?:could|would|did|does|do|can|was|were)\\s*(?:not|n[’']t)\\s+(?:able\\s+to\\s+)?(?:confirm|verify|corroborate|dispute|substantiate|recogni[sz]e)\\s+(?:that|this|these|those|the|either|any)\\s+(?:[\\w’'-]+\\s+){0,2}?${JUDGED}\\s*[.!]?$`, "i");

// "The trust said it could not comment on individual cases while the inquest was continuing": a non-answer
const SAID_NO_COMMENT_RE = /^\s+(?:that\s+)?(?:he|she|it|they|the\s+\w+)\s+(?:could|would|did|does|do|can|will)\s*(?:not|n[’']t)\s+(?:comment|discuss)(?:\s+(?:on|about|while|until|because|as|the|any|individual|its|their|his|her)\b[^.;:!?\d“"]{0,90})?\s*[.!]?$|^\s+(?:that\s+)?(?:he|she|it|they|the\s+\w+)\s+(?:could|can)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:locate|find)\s+(?:the|a|an|any)\s+[^.;:!?\d“"]{1,60}[.!]?$/i;

// "… called their count “wishful thinking.”": a name for an earlier claim and nothing else
const CALLED_ONLY_RE = new RegExp(`^\\s+(?:that|this|these|those|the|their|his|her|its|(?:(?:mr|mrs|ms|dr)\\.\\s+)?[\\w’'-]+[’']s)\\s+(?:[\\w’'-]+\\s+){0,2}?${JUDGED}\\s+(?:[“"][^”"]{1,80}[.!]?[”"]|(?:an?\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+)?)\\s*[.!]?$`, "i");

// "…, said it could neither confirm nor deny it without seeing the staff's list."; "He acknowledged that the union
// had no count to back up that estimate.": nothing said but that the claim stands unsupported
const NEITHER_NOR_ONLY_RE = /^\s+(?:that\s+)?(?:he|she|it|they|the\s+\w+)\s+(?:could|would|can|will|did)\s+neither\s+confirm\s+nor\s+deny\s+(?:it|that|this|them|those|these|the\s+[\w’'-]+)(?:\s+(?:without|until|because|before)\b[^.;:!?\d“"]{0,80})?\s*[.!]?$/i;
const NO_SUPPORT_ONLY_RE = new RegExp(`^\\s+(?:that\\s+)?(?:he|she|it|they|the\\s+[\\w’'-]+|(?:his|her|its|their)\\s+[\\w’'-]+)\\s+(?:had|has|have)\\s+no\\s+(?:count|evidence|figures?|numbers?|records?|data|documents?|proof|tally|survey|list)\\s+(?:to\\s+(?:back\\s+up|support|substantiate|justify)|behind|for)\\s+(?:that|this|the|its|their|his|her|those|these)\\s+(?:[\\w’'-]+\\s+){0,2}?${JUDGED}\\s*[.!]?$`, "i");
const UNSUPPORTED_LEMMAS = new Set(["say", "acknowledge", "concede", "admit"]);

const TRAILING_SPAN_RE = new RegExp(`\\s+(?:on\\s+(?:${WEEKDAYS})|yesterday|last\\s+week|for\\s+the\\s+(?:same\\s+)?(?:period|year|month|quarter|week))(?=\\s*[.!]?$)`, "i");

function isVerdictOnly(r: Row, figuresRepeat: boolean): boolean {
  const a = r.attribution;
  // ("dismissed the tester's count of nine as …": a figure that only names the claim judged)
  if (!a || a.fromNeighbour || (r.figures.length > 0 && !figuresRepeat)) return false;
  // (a cue word that ends the sentence leaves nothing after it to judge)
  const cueEnd = r.text.indexOf(" ", a.cueStart);
  if (cueEnd < 0) return false;
  // ("… and confirmed them on Tuesday.", "arrived at nearly the same count for the period.": when, or over what
  // span, adds nothing to the verdict)
  const after = r.text.slice(cueEnd).replace(TRAILING_SPAN_RE, "");
  if (UNSUPPORTED_LEMMAS.has(a.lemma) && (NEITHER_NOR_ONLY_RE.test(after) || NO_SUPPORT_ONLY_RE.test(after))) return true;
  if (a.lemma === "say") return SAID_VERDICT_ONLY_RE.test(after) || SAID_NO_COMMENT_RE.test(after);
  if (a.lemma === "tell" || a.lemma === "paint") return DIFFERENT_STORY_ONLY.test(after);
  if (a.lemma === "call") return CALLED_ONLY_RE.test(after);
  if (SAME_AS_LEMMAS.has(a.lemma)) return SAME_AS_ONLY_RE.test(after);
  // ("A separate survey … arrived at nearly the same count.")
  if (a.lemma === "arrive") return SAME_AS_ONLY_RE.test(after.replace(/^\s+at(?:\s+(?:nearly|almost|roughly|much|about|essentially|precisely|exactly))?(?=\s)/i, ""));
  if (!VERDICT_LEMMAS.has(a.lemma)) return false;
  const before = r.text.slice(0, a.cueStart);
  return ACTIVE_OBJECT_RE.test(after) || PRONOUN_OBJECT_ONLY_RE.test(after) || (PASSIVE_SUBJECT_RE.test(before) && PASSIVE_AGENT_RE.test(after) && !AGENT_SAYS_RE.test(after));
}

// A subheading ("A memo warned of gaps in cleaning", "Families say they were not told"): a short block of
// its own with no closing punctuation is no claim, whatever its verb.
const HEADING_MAX_WORDS = 12;
const QUOTED_LINE_RE = /^[‘“"'][^‘“"]*[’”"']$/;

function isHeading(text: string, r: Row): boolean {
  if (r.start > 0 && text.charCodeAt(r.start - 1) !== 10) return false;
  if (r.end < text.length && text.charCodeAt(r.end) !== 10) return false;
  // ("‘Six people per square metre’": a quoted subheading, its closing quote no full stop)
  const bare = QUOTED_LINE_RE.test(r.text) ? r.text.slice(1, -1) : r.text;
  // ("Ministry rejects ‘modelling’": a closing quote after a word is no full stop)
  if (/[.!?:;…][”"’')\]]*\s*$/.test(bare)) return false;
  return r.text.split(/\s+/).length <= HEADING_MAX_WORDS;
}

const DIGITS_RE = /\d[\d,.]*\d|\d/g;

/** Every figure of sentence i repeats a claim it judges (its digits, or its words, appear there). */
function figuresRepeatJudged(rows: Row[], judgedBy: Map<number, number[]>, i: number): boolean {
  const r = rows[i]!;
  if (!r.figures.length) return false;
  const judged = (judgedBy.get(i) ?? []).filter((k) => k < i).map((k) => rows[k]!.lower);
  if (!judged.length) return false;
  return r.figures.every((f) => {
    const nums = f.text.match(DIGITS_RE);
    if (nums) return nums.every((n) => judged.some((t) => t.includes(n)));
    const words = f.text.toLowerCase();
    return judged.some((t) => t.includes(words));
  });
}

// Lower-casing maps each character on its own, except "İ" (which grows to two) and "Σ" (whose lower
// case depends on the letters around it): without them, a slice of the lower-cased text is the
// sentence lower-cased, and one call on the whole text is much cheaper than one per sentence.
const CONTEXT_CASED = /[\u0130\u03a3]/;

/** The span's text lower-cased: a slice of the lower-cased text when that is the same string. */
function lowerOf(text: string, lowered: string | null, start: number, end: number): string {
  // (a span that cut a surrogate pair would lower-case half a character on its own)
  const splitsPair = (start > 0 && isLowSurrogate(text.charCodeAt(start))) || (end < text.length && isLowSurrogate(text.charCodeAt(end)));
  return lowered !== null && !splitsPair ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
}

function isDocument(a: Attribution | null): boolean {
  return a !== null && a.source.kind === "document";
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** What the status passes saw of an article: every sentence (claim or not) and the status the rules gave it. */
export interface StatusFrame {
  rows: readonly { start: number; end: number; text: string }[];
  sents: StatusSentence[];
  statuses: StatusResult[];
}

export function detect(text: string, model: ContextModel = STATUS_MODEL): Claim[] {
  const f = frameOf(text);
  applyContextModel(f.sents, f.statuses, model);
  return claimsOf(f);
}

/** The claims of a frame as it stands (the trainer tries models on frames it keeps). */
export function claimsOfFrame(f: StatusFrame): Claim[] {
  return claimsOf(f as Frame);
}

interface Frame extends StatusFrame {
  rows: Row[];
}

/** Everything detect() does before the context model weighs in (the model's trainer reads this). */
export function statusFrame(text: string): StatusFrame {
  return frameOf(text);
}

function frameOf(text: string): Frame {
  const spans = mergeQuoteTails(text, splitSentences(text));
  const lowered = CONTEXT_CASED.test(text) ? null : text.toLowerCase();
  const attributor = new Attributor();
  const rows: Row[] = [];
  let line = 0;
  let lineSearch = 0;
  let open = false;
  for (const sp of spans) {
    // which line (block) the sentence is on; the quote state resets per block
    let nl = text.indexOf("\n", lineSearch);
    let moved = false;
    while (nl >= 0 && nl < sp.start) {
      line++;
      moved = true;
      lineSearch = nl + 1;
      nl = text.indexOf("\n", lineSearch);
    }
    if (moved) open = false;
    const s = text.slice(sp.start, sp.end);
    const lower = lowerOf(text, lowered, sp.start, sp.end);
    const sa = attributor.analyze(s, rows.length, open, lower);
    open = sa.openAtEnd;
    rows.push({
      start: sp.start, end: sp.end, text: s, lower, line, figures: [],
      quoted: sa.quoted, openAtEnd: sa.openAtEnd, hasQuoteRegions: sa.quoteRegions.length > 0, attribution: sa.attribution,
    });
  }
  // Figures need nothing from attribution: a pass of their own runs faster than taking turns with it
  // sentence by sentence (each keeps its own code and tables warm).
  for (const r of rows) {
    if (FURNITURE_RE.test(r.text)) continue;
    // findFigures returns fresh objects: shift them to article offsets in place
    r.figures = findFigures(r.text, r.lower);
    // "Two staff in the trust's booking office, who spoke on condition of anonymity, said": a count of the
    // sentence's own sources is no figure (the guide leaves it out)
    // (a survey's sample, "a survey of 400 city residents", is a figure: documents keep theirs)
    const speaker = r.figures.length && r.attribution && r.attribution.source.kind !== "document" ? r.attribution.source.name.toLowerCase() : undefined;
    // ("Nearly two-thirds said they had worked …": a share of those asked is what the survey found, not a count of speakers)
    if (speaker) r.figures = r.figures.filter((f) => !speaker.includes(f.text.toLowerCase()) || (f.value !== undefined && f.value < 1) || f.unit === "%");
    for (const f of r.figures) {
      f.start += r.start;
      f.end += r.start;
    }
  }

  // A quotation with no cue of its own takes the speaker of its neighbour: the sentence its quote
  // runs into, else the quoted sentence before it, else the one after it.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.attribution || !r.quoted) continue;
    // "‘Filed and forgotten’": a quoted subheading, alone on its line with no full stop, is nobody's words
    if (!SENTENCE_END_RE.test(r.text) && rows[i - 1]?.line !== r.line && rows[i + 1]?.line !== r.line && r.text.split(" ").length <= 8) continue;
    const prev = i > 0 && rows[i - 1]!.line >= r.line - 1 ? rows[i - 1]! : null;
    let next: Row | null = null;
    for (let k = i + 1; k < rows.length && k <= i + 3; k++) {
      const cand = rows[k]!;
      if (cand.line > r.line + 1) break;
      if (cand.attribution) { next = cand; break; }
      // a quotation that closes with no speaker tag is not tagged further on
      if (!cand.quoted || !cand.openAtEnd) break;
    }
    const continues = r.openAtEnd && next !== null && next.line === r.line;
    let a: Attribution | null = null;
    // (a document does not speak a quotation: "The work orders bear that out: …" before a resident's words)
    const prevSame = prev && prev.line === r.line && !isDocument(prev.attribution) ? prev : null;
    const nextSame = next && next.line === r.line ? next : null;
    if (continues) a = next!.attribution;
    // ("… so we took it to them.” That was how Priya Raman, the campaign’s director, explained the rise, …": the
    // sentence after names this quotation's speaker)
    else if (nextSame?.attribution?.pointsBack && nextSame === rows[i + 1]) a = nextSame.attribution;
    else if (prevSame?.attribution) a = prevSame.attribution;
    else if (nextSame?.attribution) a = nextSame.attribution;
    else if (prev?.attribution && (prev.hasQuoteRegions || prev.attribution.fromNeighbour)) a = prev.attribution;
    else if (next?.attribution && next.hasQuoteRegions) a = next.attribution;
    else if (next?.attribution) a = next.attribution;
    else if (prev?.attribution) a = prev.attribution;
    if (a) r.attribution = { ...a, fromNeighbour: true, namesQuote: false, pointsBack: false };
  }

  // ("That was Mr. Maddox’s answer each time …, an exchange that lasted nearly 20 minutes": a sentence that only
  // names the speaker of the quotation before it lends its attribution to the quotation; its figures are the article's)
  for (const r of rows) if (r.attribution?.namesQuote && r.figures.length && (r.attribution.source.cue === "was" || r.attribution.source.cue === "is")) r.attribution = null;

  const statusInput: StatusSentence[] = rows.map((r) => ({
    text: r.text,
    lower: r.lower,
    // ("So said Piotr Wawrzyczek, …" only names the quotation's speaker: a claim only with figures of its own)
    isClaim: (r.figures.length > 0 || (r.attribution !== null && !r.attribution.namesQuote)) && !isHeading(text, r),
    numeric: r.figures.length > 0,
    source: r.attribution?.source.name ?? null,
    cueLemma: r.attribution?.lemma ?? null,
    cueStart: r.attribution && !r.attribution.fromNeighbour ? r.attribution.cueStart : null,
    sourceIsDoc: r.attribution?.source.kind === "document" || /\b(?:report|study|survey|poll|paper|analysis|data|records|documents|memo)\b/i.test(r.attribution?.source.name ?? ""),
    paragraph: r.line,
    sourceRole: r.attribution?.source.role ?? null,
    sourceKind: r.attribution?.source.kind ?? null,
    quotedOnly: r.quoted && r.attribution !== null,
  }));
  const evidenceFor = new Set<number>();
  const statuses = assignStatuses(statusInput, evidenceFor);

  // A sentence that only passes judgement on an earlier claim ("Consumer advocates rejected that
  // estimate.") is that claim's evidence, not a claim of its own (the guide's cue sentences).
  // (which claims each evidence sentence judges, gathered once: asking per sentence would be quadratic)
  const judgedBy = new Map<number, number[]>();
  statuses.forEach((st, k) => {
    if (st.evidence === null || !evidenceFor.has(st.evidence)) return;
    const list = judgedBy.get(st.evidence);
    if (list) list.push(k);
    else judgedBy.set(st.evidence, [k]);
  });
  for (const i of evidenceFor) {
    const r = rows[i]!;
    const repeats = figuresRepeatJudged(rows, judgedBy, i);
    // ("Her office declined to say how it had arrived at the estimate of 1,500 families": a verdict with no
    // source of its own whose every figure repeats the claim it judges adds no claim either)
    if (isVerdictOnly(r, repeats) || (!r.attribution && repeats)) statusInput[i]!.isClaim = false;
  }

  return { rows, sents: statusInput, statuses };
}

function claimsOf({ rows, sents: statusInput, statuses }: Frame): Claim[] {
  const claimRows: { r: Row; i: number }[] = [];
  rows.forEach((r, i) => {
    if (statusInput[i]!.isClaim) claimRows.push({ r, i });
  });
  const ids = assignIds(claimRows.map(({ r }) => r.text));
  return claimRows.map(({ r, i }, k) => {
    const kinds: ClaimKind[] = [];
    if (r.figures.length) kinds.push("numeric");
    if (r.attribution) kinds.push("attributed");
    const st = statuses[i]!;
    const ev = st.evidence !== null ? rows[st.evidence]! : null;
    return {
      id: ids[k]!,
      text: r.text,
      start: r.start,
      end: r.end,
      kinds,
      figures: r.figures,
      source: r.attribution ? { ...r.attribution.source } : null,
      status: st.status,
      evidence: ev ? ev.text : null,
      evidenceStart: ev ? ev.start : null,
      evidenceEnd: ev ? ev.end : null,
    };
  });
}
