// A small word/punctuation tokenizer for attribution analysis: one hand-written left-to-right scan
// (ASCII fast path, Unicode letters via a one-character test), offsets relative to the string given.
// A trailing possessive ('s / ’s) is split off as its own token so "Vanner’s sources" reads as
// owner + possessive + head. Words keep inner apostrophes, hyphens, dots and ampersands
// ("Jean-Pierre", "U.S", "AT&T") and thousands groups ("2,500").

import { codeUnitTest } from "./charclass.ts";

export interface Token {
  /** the token's text as written */
  t: string;
  /** lower-cased text, apostrophes normalised to ' */
  lo: string;
  start: number;
  end: number;
  /** true for word tokens (letters/digits), false for punctuation */
  word: boolean;
  /** starts with an upper-case letter */
  cap: boolean;
  /** memoised reporting-verb look-up (see cueOf in cues.ts) */
  cf?: import("./cues.ts").CueForm | null;
}

const UNICODE_WORD = /[\p{L}\p{M}\p{N}]/u;
const UNICODE_UPPER = /\p{Lu}/u;
const isUnicodeWordUnit = codeUnitTest(UNICODE_WORD);
const isUnicodeSpaceUnit = codeUnitTest(/\s/u);

// ASCII letters and digits (1) and spaces (2), by code unit: one load instead of a chain of range
// tests per character
const ASCII_WORD = 1;
const ASCII_SPACE = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = ASCII_WORD;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII_CLASS[c] = ASCII_SPACE;
}

function isWordCode(s: string, i: number, c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === ASCII_WORD;
  // surrogate pairs: test the whole code point
  if (c >= 0xd800 && c <= 0xdbff) return UNICODE_WORD.test(s.slice(i, i + 2));
  return isUnicodeWordUnit(c);
}

function isSpaceCode(c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === ASCII_SPACE;
  return isUnicodeSpaceUnit(c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Joiners that may sit inside a word when a word character follows: - ' ’ . &
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

// One string per punctuation mark, made on first sight: the same marks recur on every line, and a
// shared string keeps its hash for the set look-ups later passes make with it (quote characters).
const ASCII_MARKS: string[] = [];
for (let c = 0; c < 128; c++) ASCII_MARKS.push(String.fromCharCode(c));
const OTHER_MARKS = new Map<number, string>();

function markString(c: number): string {
  if (c < 128) return ASCII_MARKS[c]!;
  let m = OTHER_MARKS.get(c);
  if (m === undefined) {
    m = String.fromCharCode(c);
    OTHER_MARKS.set(c, m);
  }
  return m;
}

const isLetterStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * `lowered`, when the caller has it, is `s.toLowerCase()`: an ASCII word's lower case is then a slice
 * of it (offsets agree when the lengths do), cheaper than lower-casing each capitalised word.
 */
export function tokenize(s: string, lowered?: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  const low = lowered !== undefined && lowered.length === n ? lowered : null;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) { i++; continue; }
    if (!isWordCode(s, i, c)) {
      // ("the F.B.I.’s Uniform Crime Reporting program": a possessive after an abbreviation's dot)
      if ((c === 39 || c === 0x2019) && i > 0 && s.charCodeAt(i - 1) === 46 && (s.charCodeAt(i + 1) | 32) === 115 && !(i + 2 < n && isWordCode(s, i + 2, s.charCodeAt(i + 2)))) {
        out.push(tok(s.slice(i, i + 2), "'s", i, i + 2, false, false));
        i += 2;
        continue;
      }
      // ("the Penmoor Valley Farmers’ Cooperative", "the workers’ union": a plural's possessive, not a closing quote)
      if ((c === 39 || c === 0x2019) && i > 1 && (s.charCodeAt(i - 1) | 32) === 115 && isWordCode(s, i - 2, s.charCodeAt(i - 2)) && s.charCodeAt(i + 1) === 32 && i + 2 < n && isLetterStart(s.charCodeAt(i + 2))) {
        out.push(tok(s.slice(i, i + 1), "'s", i, i + 1, false, false));
        i++;
        continue;
      }
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const t = w === 1 ? markString(c) : s.slice(i, i + w);
      out.push(tok(t, t === "’" ? "'" : t, i, i + w, false, false));
      i += w;
      continue;
    }
    const start = i;
    // only words with an upper-case ASCII letter or a non-ASCII character need lower-casing
    let plain = !(c >= 65 && c <= 90) && c < 128;
    let ascii = c < 128;
    i++;
    for (;;) {
      if (i >= n) break;
      const d = s.charCodeAt(i);
      // (lower-case letters first: most of a word is, and they change neither flag)
      if (d >= 97 && d <= 122) {
        i++;
        continue;
      }
      if (isWordCode(s, i, d)) {
        if ((d >= 65 && d <= 90) || d >= 128) plain = false;
        if (d >= 128) ascii = false;
        i++;
        continue;
      }
      if (isJoiner(d) && i + 1 < n && isWordCode(s, i + 1, s.charCodeAt(i + 1))) {
        const e = s.charCodeAt(i + 1);
        if (d >= 128 || (e >= 65 && e <= 90) || e >= 128) plain = false;
        if (d >= 128 || e >= 128) ascii = false;
        i += 2;
        continue;
      }
      // thousands group: ",ddd" not followed by another digit
      if (d === 44 && isDigit(s.charCodeAt(i - 1)) && i + 3 < n + 1 && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) &&
        isDigit(s.charCodeAt(i + 3)) && !isDigit(s.charCodeAt(i + 4))) { i += 4; continue; }
      break;
    }
    const raw = s.slice(start, i);
    const len = raw.length;
    if (len > 2) {
      const a = raw.charCodeAt(len - 2);
      const b = raw.charCodeAt(len - 1);
      if ((a === 39 || a === 0x2019) && (b === 115 || b === 83)) {
        out.push(word(raw.slice(0, -2), start, plain, ascii ? low : null));
        out.push(tok(raw.slice(-2), "'s", i - 2, i, false, false));
        continue;
      }
    }
    out.push(word(raw, start, plain, ascii ? low : null));
  }
  return out;
}

// One object shape for every token (the memoised cue look-up included), so property reads stay monomorphic.
function tok(t: string, lo: string, start: number, end: number, isWord: boolean, cap: boolean): Token {
  return { t, lo, start, end, word: isWord, cap, cf: undefined };
}

/** `asciiLow`: the lower-cased sentence, for a word of ASCII characters only. */
function word(t: string, start: number, plain: boolean, asciiLow: string | null): Token {
  if (plain) return tok(t, t, start, start + t.length, true, false);
  const c = t.charCodeAt(0);
  if (asciiLow !== null) return tok(t, asciiLow.slice(start, start + t.length), start, start + t.length, true, c >= 65 && c <= 90);
  const cap = c < 128 ? c >= 65 && c <= 90 : UNICODE_UPPER.test(t[0]!);
  let lo = t.toLowerCase();
  if (lo.indexOf("’") >= 0) lo = lo.replace(/’/g, "'");
  return tok(t, lo, start, start + t.length, true, cap);
}

/** Opening/closing quotation marks (straight and curly, double and single). */
export const DQ = new Set(['"', "“", "”", "„", "«", "»"]);
export const OPEN_SQ = "‘";
export const CLOSE_SQ = "’";

/**
 * A set of words with a cheap pre-test before the look-up, which would hash the word (a
 * token's text is a fresh string, hashed on first use): by first character, the lengths (below 32)
 * its words have. A word that fails the test is not in the set.
 */
export class WordSet {
  private readonly words: Set<string>;
  private readonly lengthsByFirst = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const c = w.charCodeAt(0);
      if (c < 128 && w.length < 32) this.lengthsByFirst[c]! |= 1 << w.length;
    }
  }

  has(w: string): boolean {
    const c = w.charCodeAt(0);
    if (c < 128 && w.length < 32 && (this.lengthsByFirst[c]! & (1 << w.length)) === 0) return false;
    return this.words.has(w);
  }
}
