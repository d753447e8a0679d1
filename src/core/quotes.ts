// Quotation spans inside a sentence, carried across the sentences of one paragraph: a quote opened in
// one sentence and closed in a later one makes the sentences between it quoted speech.

import { codeUnitTest } from "./charclass.ts";

export interface QuoteScan {
  /** [start, end) character ranges inside quotation marks, relative to the sentence */
  regions: [number, number][];
  /** a double quote is still open at the end of the sentence */
  openAtEnd: boolean;
  /** the sentence contains any quotation mark or starts inside a quote */
  quoted: boolean;
}

const isLetterUnit = codeUnitTest(/[\p{L}\p{N}]/u);
const BACKTICK = 96;
const APOSTROPHE = 39;

const ANY_QUOTE = /["“”„«»‘`]/;

/**
 * Scans one sentence. `openAtStart` is the double-quote state carried from the previous sentence of
 * the same paragraph. Straight double quotes toggle; curly ones open/close. Single curly quotes count
 * only as a ‘…’ pair (a lone ’ is an apostrophe).
 */
export function scanQuotes(s: string, openAtStart: boolean): QuoteScan {
  // (without a quote carried in, nothing before the first quotation mark changes the state: the scan starts there)
  const first = openAtStart ? 0 : s.search(ANY_QUOTE);
  if (first < 0) return { regions: [], openAtEnd: false, quoted: false };
  const regions: [number, number][] = [];
  let open = openAtStart ? 0 : -1;
  let single = -1;
  let quoted = openAtStart;
  // (code units, not one-character strings: a curly quote would be a new string every time)
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // typewriter pairs: ``quoted''
    if (c === BACKTICK && s.charCodeAt(i + 1) === BACKTICK) {
      quoted = true;
      if (open < 0) open = i + 2;
      i++;
      continue;
    }
    if (c === APOSTROPHE && s.charCodeAt(i + 1) === APOSTROPHE && open >= 0) {
      quoted = true;
      regions.push([open, i]);
      open = -1;
      i++;
      continue;
    }
    if (c === 0x201c /* “ */ || c === 0x201e /* „ */ || c === 0xab /* « */) {
      quoted = true;
      if (open < 0) open = i + 1;
    } else if (c === 0x201d /* ” */ || c === 0xbb /* » */) {
      quoted = true;
      if (open >= 0) {
        regions.push([open, i]);
        open = -1;
      }
    } else if (c === 34 /* " */) {
      quoted = true;
      if (open >= 0) {
        regions.push([open, i]);
        open = -1;
      } else open = i + 1;
    } else if (c === 0x2018 /* ‘ */ && open < 0) {
      if (single < 0) single = i + 1;
    } else if (c === 0x2019 /* ’ */ && single >= 0) {
      if (i + 1 >= s.length || !isLetterUnit(s.charCodeAt(i + 1))) {
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
