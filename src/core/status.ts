// Confirmation status: what the article says about whether a claim was confirmed by someone other
// than its source. A cue ("could not be independently verified", "denied", "met with skepticism",
// "Reuters verified") applies to its own sentence, or to the earlier claims it points back to
// ("This figure…", "the report's veracity…", "these allegations…"), usually the nearest preceding
// claims of the same source.

import type { Status } from "./model.ts";

export interface StatusSentence {
  text: string;
  isClaim: boolean;
  numeric: boolean;
  /** resolved source name, or null when not attributed */
  source: string | null;
  /** lemma of the attribution cue */
  cueLemma: string | null;
  /** where the attribution cue starts in the sentence */
  cueStart: number | null;
  /** the source is a document or data */
  sourceIsDoc: boolean;
  /** the line (paragraph) the sentence is on */
  paragraph: number;
}

export interface StatusResult {
  status: Status;
  /** index of the sentence holding the evidence */
  evidence: number | null;
}

interface Cue {
  status: Exclude<Status, "unaddressed">;
  at: number;
  end: number;
}

// Negated or missing verification: run first, and the span it covers is not read again as "confirmed".
const UNVERIFIED_RE = [
  /\b(?:unverified|unconfirmed|unsubstantiated|uncorroborated|unverifiable)\b/g,
  /\b(?:not|never|n't|no one has|unable to|impossible to|difficult to|hard to|no way to)\b[^.;:!?]{0,40}?\b(?:verif\w*|confirm\w*|corroborat\w*|acknowledg\w*|substantiat\w*|authenticat\w*)/g,
  /\b(?:without|did not (?:provide|offer|give|present|cite|produce)|didn't (?:provide|offer|give|present|cite)|provided no|offered no|gave no|presented no|cited no|produced no|no)\s+(?:\w+\s+)?(?:evidence|proof|details to support)\b/g,
  /\b(?:not|never|n't) (?:publicly |yet |immediately |officially )?(?:commented|responded|replied)\b/g,
  /\b(?:declined|refused) to (?:comment|confirm|respond)\b/g,
  /\bcould not be reached\b/g,
  /\b(?:in question|open to question|remains? unclear|remained unclear|unclear whether)\b/g,
];
const DISPUTED_RE = [
  /\b(?:denied|denies|deny|denying|denial|rejected|rejects|rejecting|disputed|disputes|disputing|refuted|refutes|refuting|contradicted|contradicts|contradicting|debunked|contested|contests|rebutted|rebuts)\b/g,
  /\b(?:met|greeted|received|viewed|treated)\s+with\s+(?:\w+\s+)?(?:skepticism|scepticism|doubt|doubts|disbelief|incredulity|suspicion)\b/g,
  /\b(?:cast|casts|casting|raised|raises|raising|expressed|voiced|sparked)\s+(?:\w+\s+)?(?:doubts?|skepticism|scepticism)\b/g,
  /\b(?:call|calls|called|calling|label\w*|describ\w*|dismiss\w*|brand\w*)\b[^.;:!?]{0,40}?\b(?:false|baseless|untrue|fake|inaccurate|misleading|a lie|lies|fabricat\w*|nonsense|propaganda|unfounded|groundless|exaggerat\w*|disinformation|fiction)\b/g,
  /\b(?:dismissed|dismisses|dismissing)\b/g,
  /\b(?:skeptical|sceptical|doubted|questioned the|disputes? the)\b/g,
];
const CONFIRMED_RE = [
  /\b(?:confirmed|confirms|confirm|confirming|verified|verifies|verify|corroborated|corroborates|corroborate|substantiated|validated|authenticated)\b/g,
  /\bbacked up\b/g,
];

// An anaphoric phrase pointing back at earlier claims ("This figure", "the report’s veracity").
const ANAPHOR_RE =
  /\b(?:this|these|that|those|the|such|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(figures?|numbers?|estimates?|tally|tallies|toll|counts?|claims?|allegations?|accusations?|reports?|assertions?|statements?|accounts?|data|information|proposals?|plans?|phrase|remarks?|comments?|story|stories|videos?|footage|documents?|charges?|assessments?|findings?|descriptions?|characteri[sz]ations?|version|narrative|rumou?rs?|suggestion|idea|assertion|casualty|casualties|death toll|report’s|report's|data’s|data's|account’s|account's|figure’s|figure's|claim’s|claim's)\b/gi;
const PRONOUN_OBJECT_RE = /\b(?:denied|rejected|dismissed|disputed|confirmed|verified|refuted|called|corroborated)\s+(?:it|them|this|that)\b/i;
const LEADING_PRONOUN_RE = /^(?:["“]?\s*)(?:it|this|that|these|those|they|such claims)\b/i;
const NUMERIC_NOUNS = new Set(["figure", "figures", "number", "numbers", "estimate", "estimates", "tally", "tallies", "toll", "count", "counts", "casualty", "casualties", "death toll"]);
const PLURAL_NOUNS = /s$|^data$|^information$/;

const PRIORITY: Record<Status, number> = { disputed: 3, unverified: 2, confirmed: 1, unaddressed: 0 };
const WINDOW = 8;

function scan(text: string, res: RegExp[], status: Cue["status"], out: Cue[], masked: [number, number][]): void {
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const at = m.index;
      const end = at + m[0].length;
      if (masked.some(([a, b]) => at < b && end > a)) continue;
      out.push({ status, at, end });
      masked.push([at, end]);
    }
  }
}

/** Status cues in one sentence, unverified first so "not confirmed" is never read as "confirmed". */
export function statusCues(text: string): Cue[] {
  const lower = text.toLowerCase();
  const out: Cue[] = [];
  const masked: [number, number][] = [];
  scan(lower, UNVERIFIED_RE, "unverified", out, masked);
  scan(lower, DISPUTED_RE, "disputed", out, masked);
  scan(lower, CONFIRMED_RE, "confirmed", out, masked);
  return out;
}

/** The agent of a confirming/denying verb: the word(s) just before it, lower-cased. */
function agentBefore(lower: string, at: number): string {
  const left = lower.slice(Math.max(0, at - 60), at).replace(/\b(?:has|have|had|also|later|independently|officially|since|subsequently|not|never|been|was|were|is|are)\b/g, " ");
  const m = /([\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3})\s*$/u.exec(left.trim());
  return m ? m[1]! : "";
}

const SELF_PRONOUN = /(?:^|\s)(?:it|he|she|they|we|i)$/;

export function assignStatuses(sents: StatusSentence[]): StatusResult[] {
  const out: StatusResult[] = sents.map(() => ({ status: "unaddressed", evidence: null }));
  const set = (i: number, st: Status, ev: number) => {
    const cur = out[i]!;
    if (PRIORITY[st] > PRIORITY[cur.status] || (PRIORITY[st] === PRIORITY[cur.status] && st !== "unaddressed")) {
      if (cur.status === "disputed" && st !== "disputed") return;
      out[i] = { status: st, evidence: ev };
    }
  };

  for (let i = 0; i < sents.length; i++) {
    const s = sents[i]!;
    const cues = statusCues(s.text);
    if (!cues.length) continue;
    const lower = s.text.toLowerCase();
    ANAPHOR_RE.lastIndex = 0;
    const anaphors: { noun: string; at: number }[] = [];
    let m: RegExpExecArray | null;
    while ((m = ANAPHOR_RE.exec(s.text)) !== null) {
      const det = m[0].split(/\s+/)[0]!.toLowerCase();
      const noun = m[1]!.toLowerCase().replace(/[’']s$/, "");
      // "the report" that is this sentence's own source ("The report said …") does not point back
      if (det === "the" && s.source && s.source.toLowerCase().includes(noun)) continue;
      anaphors.push({ noun, at: m.index });
    }
    const leading = LEADING_PRONOUN_RE.test(s.text) && !s.isClaim;
    const pronounObject = PRONOUN_OBJECT_RE.test(s.text);

    for (const cue of cues) {
      const agent = agentBefore(lower, cue.at);
      const isDenialVerb = cue.status === "disputed" && /^(?:denied|denies|deny|denying|rejected|rejects|rejecting|disputed|disputes|disputing|refuted|refutes|dismissed|dismisses|dismissing|rebutted|contested|contradicted|contradicts)/.test(lower.slice(cue.at));
      const isConfirmVerb = cue.status === "confirmed";
      // the cue is the sentence's own reporting verb: "Ukraine denied …", "X corroborated the decline"
      const cueIsAttribution = s.cueStart !== null && cue.at === s.cueStart && (isDenialVerb || isConfirmVerb);
      const anaphor = nearestAnaphor(anaphors, cue.at);
      const pointsBack = anaphor !== null || leading || (pronounObject && (isDenialVerb || isConfirmVerb)) || cueIsAttribution || !s.isClaim;

      if (!pointsBack) {
        // own sentence: a confirmation by the source itself is not independent
        if (isConfirmVerb && (SELF_PRONOUN.test(agent) || (s.source && agent && s.source.toLowerCase().includes(agent.split(/\s+/).pop() ?? "")))) continue;
        set(i, cue.status, i);
        continue;
      }
      const targets = backTargets(sents, i, anaphor?.noun ?? null, cueIsAttribution ? s.source : null);
      for (const t of targets) {
        const ts = sents[t]!;
        // self-confirmation / self-denial is not independent
        if (ts.source && agent && (SELF_PRONOUN.test(agent) && ts.source === s.source)) continue;
        if (ts.source && cueIsAttribution && ts.source === s.source) continue;
        if (isConfirmVerb && ts.source && agent && ts.source.toLowerCase().includes(agent.split(/\s+/).pop() ?? "\u0000")) continue;
        set(t, cue.status, i);
      }
    }
  }
  return out;
}

function nearestAnaphor(list: { noun: string; at: number }[], at: number): { noun: string; at: number } | null {
  let best: { noun: string; at: number } | null = null;
  for (const a of list) if (!best || Math.abs(a.at - at) < Math.abs(best.at - at)) best = a;
  return best;
}

const DOC_NOUNS = new Set(["report", "reports", "study", "findings", "finding", "paper", "research", "data", "survey", "poll", "analysis", "assessment", "document", "documents", "memo"]);

/** The earlier claims a backward-pointing cue in sentence i refers to. */
function backTargets(sents: StatusSentence[], i: number, noun: string | null, excludeSource: string | null): number[] {
  const lo = Math.max(0, i - WINDOW);
  const isClaim = (k: number) => sents[k]!.isClaim && !(excludeSource && sents[k]!.source === excludeSource);
  let target = -1;
  if (noun && NUMERIC_NOUNS.has(noun)) {
    for (let k = i - 1; k >= lo; k--) if (isClaim(k) && sents[k]!.numeric) { target = k; break; }
  } else if (noun) {
    const stem = stemOf(noun);
    for (let k = i - 1; k >= lo && target < 0; k--) {
      if (!isClaim(k)) continue;
      const ks = sents[k]!;
      if (ks.text.toLowerCase().includes(stem) || (ks.source && ks.source.toLowerCase().includes(stem))) target = k;
    }
    if (target < 0 && DOC_NOUNS.has(noun)) {
      for (let k = i - 1; k >= lo; k--) if (isClaim(k) && sents[k]!.sourceIsDoc) { target = k; break; }
    }
  }
  if (target < 0) for (let k = i - 1; k >= lo; k--) if (isClaim(k)) { target = k; break; }
  if (target < 0) return [];
  const out = [target];
  if (noun && NUMERIC_NOUNS.has(noun) && !PLURAL_NOUNS.test(noun)) return out;
  // the other claims of the same source nearby: "these allegations" (plural), "the poll" (a document's findings)
  const src = sents[target]!.source;
  if (!src) return out;
  if (!(noun && PLURAL_NOUNS.test(noun)) && !sents[target]!.sourceIsDoc) return out;
  for (let k = target - 1; k >= lo; k--) {
    const ks = sents[k]!;
    if (ks.isClaim && ks.source === src) out.push(k);
  }
  return out;
}

function stemOf(noun: string): string {
  const n = noun.replace(/ings?$/, "").replace(/(?:ies)$/, "y").replace(/s$/, "");
  return n.length > 7 ? n.slice(0, 7) : n;
}
