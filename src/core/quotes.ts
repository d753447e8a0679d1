// Quotation spans inside a sentence, carried across the sentences of one paragraph: a quote opened in
// one sentence and closed in a later one makes the sentences between it quoted speech.

export interface QuoteScan {
  /** [start, end) character ranges inside quotation marks, relative to the sentence */
  regions: [number, number][];
  /** a double quote is still open at the end of the sentence */
  openAtEnd: boolean;
  /** the sentence contains any quotation mark or starts inside a quote */
  quoted: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Scans one sentence. `openAtStart` is the double-quote state carried from the previous sentence of
 * the same paragraph. Straight double quotes toggle; curly ones open/close. Single curly quotes count
 * only as a ‘…’ pair (a lone ’ is an apostrophe).
 */
const ANY_QUOTE = /["“”„«»‘`]/;
const NONE: QuoteScan = { regions: [], openAtEnd: false, quoted: false };

export function scanQuotes(s: string, openAtStart: boolean): QuoteScan {
  if (!openAtStart && !ANY_QUOTE.test(s)) return { ...NONE, regions: [] };
  const regions: [number, number][] = [];
  let open = openAtStart ? 0 : -1;
  let single = -1;
  let quoted = openAtStart;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    // typewriter pairs: ``quoted''
    if (c === "`" && s[i + 1] === "`") {
      quoted = true;
      if (open < 0) open = i + 2;
      i++;
      continue;
    }
    if (c === "'" && s[i + 1] === "'" && open >= 0) {
      quoted = true;
      regions.push([open, i]);
      open = -1;
      i++;
      continue;
    }
    if (c === "“" || c === "„" || c === "«") {
      quoted = true;
      if (open < 0) open = i + 1;
    } else if (c === "”" || c === "»") {
      quoted = true;
      if (open >= 0) {
        regions.push([open, i]);
        open = -1;
      }
    } else if (c === '"') {
      quoted = true;
      if (open >= 0) {
        regions.push([open, i]);
        open = -1;
      } else open = i + 1;
    } else if (c === "‘" && open < 0) {
      if (single < 0) single = i + 1;
    } else if (c === "’" && single >= 0) {
      const next = s[i + 1];
      if (next === undefined || !LETTER.test(next)) {
        regions.push([single, i]);
        quoted = true;
        single = -1;
      }
    }
  }
  if (open >= 0) regions.push([open, s.length]);
  return { regions, openAtEnd: open >= 0, quoted };
}

export function inRegions(pos: number, regions: [number, number][]): boolean {
  for (const [a, b] of regions) if (pos >= a && pos < b) return true;
  return false;
}

/** Share of the sentence's letters that lie inside quotation marks. */
export function quotedShare(s: string, regions: [number, number][]): number {
  let inside = 0;
  for (const [a, b] of regions) inside += b - a;
  return s.length ? inside / s.length : 0;
}
