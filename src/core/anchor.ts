// Re-attaching a saved note to the article on a later visit, when the page may have changed a little.
// Order of trust: the saved position (if the quote is still there), the exact quote (disambiguated by
// its context), then a fuzzy match of the quote scored with its context, inside a time budget.
// Everything works on the article text model (one block per line); matching happens on a
// normalised copy whose every character maps back to an offset in the original.
import search from "approx-string-match";

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface ClaimSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface FigureChange {
  was: string;
  now: string;
}

export type AnchorMethod = "position" | "quote" | "fuzzy";

export type AnchorResult =
  | {
      state: "attached";
      start: number;
      end: number;
      method: AnchorMethod;
      /** 0..1: how well quote and context agree with what was saved. */
      score: number;
      figureChanged?: FigureChange;
    }
  | { state: "orphaned"; reason: "empty-quote" | "not-found" | "budget" };

export interface AnchorOptions {
  /** Give up the fuzzy search after this many milliseconds (measured with `now`). */
  budgetMs?: number;
  now?: () => number;
}

/** Characters of context saved on each side of the quote. */
export const CONTEXT_LENGTH = 32;
/** Fuzzy matches need at least this much of the quote intact (1 - errors / length). */
const MIN_QUOTE_SIMILARITY = 0.6;
/** Combined score at or above which the fuzzy search stops looking further away. */
const GOOD_ENOUGH = 0.93;
const DEFAULT_BUDGET_MS = 40;

/** The selector saved with a note: the quote, its context and its offsets in the article text. */
export function describeRange(text: string, start: number, end: number): ClaimSelector {
  const s = clamp(start, 0, text.length);
  const e = clamp(end, s, text.length);
  return {
    quote: {
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { start: s, end: e },
  };
}

export interface PreparedText {
  original: string;
  norm: string;
  /** map[i] = offset in `original` of norm[i]; map[norm.length] = original.length. */
  map: Int32Array;
  /** [start, end) of each block (line) in `norm`. */
  blocks: Array<[number, number]>;
}

/** Normalise once per page; then anchor any number of notes against it. */
export function prepareText(text: string): PreparedText {
  const { norm, map } = normalizeWithMap(text);
  const blocks: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const nl = norm.indexOf("\n", from);
    const to = nl === -1 ? norm.length : nl;
    if (to > from) blocks.push([from, to]);
    if (nl === -1) break;
    from = nl + 1;
  }
  return { original: text, norm, map, blocks };
}

/**
 * The same normalisation on save and on match: whitespace runs collapse to one space (to "\n"
 * when the run held a line break, so blocks survive), invisible characters vanish, typographic
 * quotes, dashes and spaces become their plain forms. One-to-one or deleting only, so offsets map back.
 */
export function normalizeForMatch(s: string): string {
  return normalizeWithMap(s).norm;
}

function normalizeWithMap(s: string): { norm: string; map: Int32Array } {
  const out = new Uint16Array(s.length);
  const map = new Int32Array(s.length + 1);
  let n = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if (isWhitespace(c)) {
      let j = i;
      let newline = false;
      for (; j < s.length; j++) {
        const d = s.charCodeAt(j);
        if (d === 10 || d === 13) newline = true;
        else if (!isWhitespace(d) && !isInvisible(d)) break;
      }
      map[n] = i;
      out[n++] = newline ? 10 : 32;
      i = j;
      continue;
    }
    map[n] = i;
    out[n++] = plain(c);
    i++;
  }
  map[n] = s.length;
  let norm = "";
  for (let k = 0; k < n; k += 8192) norm += String.fromCharCode(...out.subarray(k, Math.min(n, k + 8192)));
  return { norm, map: map.subarray(0, n + 1) };
}

// The characters JavaScript's \s matches.
function isWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x00ad;
}

function plain(c: number): number {
  if (c >= 0x2018 && c <= 0x201b) return 39; // ‘ ’ ‚ ‛
  if (c >= 0x201c && c <= 0x201f) return 34; // “ ” „ ‟
  if ((c >= 0x2010 && c <= 0x2014) || c === 0x2212) return 45; // hyphens, dashes, minus
  return c;
}

/** Where the saved selector belongs in `text` now, or why it cannot be placed. */
export function anchor(selector: ClaimSelector, text: string | PreparedText, options: AnchorOptions = {}): AnchorResult {
  const prepared = typeof text === "string" ? prepareText(text) : text;
  const exact = normalizeForMatch(selector.quote.exact).trim();
  if (exact === "") return { state: "orphaned", reason: "empty-quote" };
  const prefix = normalizeForMatch(selector.quote.prefix);
  const suffix = normalizeForMatch(selector.quote.suffix);
  const hint = normalizedOffset(prepared, selector.position.start);

  const byPosition = matchAtPosition(selector, prepared, exact);
  if (byPosition) return byPosition;

  const byQuote = matchExact(prepared, exact, prefix, suffix, hint);
  if (byQuote) return byQuote;

  return matchFuzzy(prepared, exact, prefix, suffix, hint, options);
}

function matchAtPosition(selector: ClaimSelector, p: PreparedText, exact: string): AnchorResult | null {
  const { start, end } = selector.position;
  if (!(start >= 0 && end > start && end <= p.original.length)) return null;
  if (normalizeForMatch(p.original.slice(start, end)).trim() !== exact) return null;
  // A quote that occurs more than once may have had its copies shifted: let the context decide.
  const first = p.norm.indexOf(exact);
  if (first !== -1 && p.norm.indexOf(exact, first + 1) !== -1) return null;
  return { state: "attached", start, end, method: "position", score: 1 };
}

function matchExact(p: PreparedText, exact: string, prefix: string, suffix: string, hint: number): AnchorResult | null {
  let best: { at: number; score: number } | null = null;
  for (let at = p.norm.indexOf(exact); at !== -1; at = p.norm.indexOf(exact, at + 1)) {
    const score = contextScore(p.norm, at, at + exact.length, prefix, suffix, hint);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  return attached(p, best.at, best.at + exact.length, "quote", (1 + best.score) / 2, exact);
}

function matchFuzzy(
  p: PreparedText,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number,
  options: AnchorOptions,
): AnchorResult {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  // Nearest blocks first: an edited sentence usually stays about where it was.
  const blocks = p.blocks
    .filter(([s, e]) => e - s >= exact.length - maxErrors)
    .sort((a, b) => distance(a, hint) - distance(b, hint));

  let best: { start: number; end: number; score: number } | null = null;
  let outOfTime = false;
  for (const [bs, be] of blocks) {
    if (now() > deadline) {
      outOfTime = true;
      break;
    }
    for (const m of search(p.norm.slice(bs, be), exact, maxErrors)) {
      const start = bs + m.start;
      const end = bs + m.end;
      const quoteSim = 1 - m.errors / exact.length;
      if (quoteSim < MIN_QUOTE_SIMILARITY) continue;
      const score = (5 * quoteSim + 4 * contextScore(p.norm, start, end, prefix, suffix, hint)) / 9;
      if (!best || score > best.score) best = { start, end, score };
    }
    if (best && best.score >= GOOD_ENOUGH) break;
  }
  if (!best) return { state: "orphaned", reason: outOfTime ? "budget" : "not-found" };
  return attached(p, best.start, best.end, "fuzzy", best.score, exact);
}

function attached(p: PreparedText, ns: number, ne: number, method: AnchorMethod, score: number, savedExact: string): AnchorResult {
  const start = p.map[ns]!;
  // End just after the last matched character, not at the start of the following whitespace run.
  const end = ne > ns ? p.map[ne - 1]! + 1 : start;
  const result: AnchorResult = { state: "attached", start, end, method, score: round(score) };
  const change = compareFigures(savedExact, p.norm.slice(ns, ne));
  if (change) result.figureChanged = change;
  return result;
}

/** 0..1: how well the text around [start, end) agrees with the saved context, plus nearness to the hint. */
function contextScore(norm: string, start: number, end: number, prefix: string, suffix: string, hint: number): number {
  const before = norm.slice(Math.max(0, start - prefix.length), start);
  const after = norm.slice(end, end + suffix.length);
  const pre = prefix ? similarity(prefix, before) : 1;
  const suf = suffix ? similarity(suffix, after) : 1;
  const near = 1 / (1 + Math.abs(start - hint) / 1000);
  return (4 * pre + 4 * suf + near) / 9;
}

/** 1 - Levenshtein distance / longer length; the strings here are short (the saved context). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[b.length]! / longer;
}

// A figure as it reads: optional currency, digits with separators, optional unit or scale word.
const FIGURE =
  /[$£€¥]?\s?\d+(?:[.,]\d+)*(?:\s?(?:%|per ?cent|percent|bn|billion|million|mn|m|k|tn|trillion)(?![a-z]))?(?![\p{L}\d])/giu;

/** The figures in `now` that are not in `was` (and vice versa), or undefined when they agree. */
export function compareFigures(was: string, now: string): FigureChange | undefined {
  const before = figuresIn(was);
  const after = figuresIn(now);
  const gone = multisetMinus(before, after);
  const added = multisetMinus(after, before);
  if (gone.length === 0 && added.length === 0) return undefined;
  return { was: gone.join(", "), now: added.join(", ") };
}

export function figuresIn(text: string): string[] {
  return Array.from(normalizeForMatch(text).matchAll(FIGURE), (m) => m[0].replace(/\s+/g, " ").trim());
}

function multisetMinus(a: string[], b: string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i === -1) out.push(x);
    else left.splice(i, 1);
  }
  return out;
}

function normalizedOffset(p: PreparedText, original: number): number {
  // Binary search for the first normalised index whose original offset is >= `original`.
  let lo = 0;
  let hi = p.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distance([s, e]: [number, number], at: number): number {
  return at < s ? s - at : at > e ? at - e : 0;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The claim a re-anchored range lands on: the one it overlaps most, or null when it overlaps none. */
export function claimAt<C extends { id: string; start: number; end: number }>(claims: readonly C[], start: number, end: number): C | null {
  let best: C | null = null;
  let bestOverlap = 0;
  for (const c of claims) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}
