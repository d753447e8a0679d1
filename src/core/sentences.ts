// Sentence splitting for article text (one block per line). A single left-to-right scan per line with
// constant look-around, so the cost is linear in the text: Intl.Segmenter both splits wrongly after
// "Mr." and degrades superlinearly on long strings, which a page can hand us.

export interface Span {
  start: number;
  end: number;
}

// Words that end in "." but never end a sentence when the next word follows (titles, months, "No. 5").
const NEVER_FINAL = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt",
  "sgt", "cpl", "pvt", "maj", "adm", "cmdr", "rev", "fr", "hon", "pres", "supt", "insp", "det", "atty",
  "messrs", "mme", "mlle", "sr", "jr", "mt", "ft", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "fig", "figs", "vol", "vols", "pp", "cf", "approx", "est",
  "no", "nos", "art", "sec", "ch", "para", "op", "ed", "eds", "al", "ca", "c", "incl", "dept", "univ",
  "assn", "bros", "gov't", "e.g", "i.e", "viz", "ave", "blvd", "rd", "hwy", "sq", "tel", "ext",
]);

// Abbreviations that often end a sentence too ("based in the U.S. It employs…"): a break is taken only
// when the next word is one that typically opens a sentence.
const SOMETIMES_FINAL = new Set([
  "inc", "ltd", "co", "corp", "plc", "llc", "llp", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
  "d.c", "u.s.a", "n.y", "l.a", "bhd", "ag", "sa", "nv", "pty", "gmbh",
]);

const OPENERS = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
  "there", "but", "and", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "his",
  "her", "their", "our", "my", "some", "many", "most", "several", "officials", "however", "meanwhile",
  "still", "yet", "so", "since", "according", "last", "other", "both", "one", "no", "not", "what",
  "who", "how", "why", "where", "asked", "then", "also", "now", "today", "earlier", "later", "by",
  "with", "from", "under", "about", "more", "less", "only", "such", "each", "every", "all",
]);

// Participles that open names ("the U.S. Armed Forces", "the U.N. Allied Command")
const NAME_PARTICIPLES = new Set(["armed", "united", "allied", "retired", "reformed", "federated", "combined", "disabled", "licensed", "registered", "certified", "chartered", "elected", "appointed"]);
const CORPORATE = new Set(["inc", "ltd", "co", "corp", "plc", "llc", "llp", "bhd", "ag", "sa", "nv", "pty", "gmbh"]);
const TITLES_AFTER = new Set(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "lt", "col", "capt", "sgt"]);
const PERSONAL_TITLES = new Set(["mr", "mrs", "ms", "dr"]);
const NAME_PARTICLES_AFTER = new Set(["de", "van", "von", "der", "da", "di", "du", "la", "le", "bin", "al", "of", "and", "for"]);

const CLOSERS = new Set(['"', "'", "\u201D", "\u2019", ")", "]", "}", "\u00BB", "\u203A", "*"]);

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || c === 0x205f || c === 0x202f || c === 0x2009 ||
    c === 0x200b || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

// The case of one code unit, from a table filled on first sight (one load instead of lower- and
// upper-casing a one-character string each time): KNOWN, then LOWER, UPPER and CASED (its lower and
// upper case differ: a letter of a cased script).
const KNOWN = 1;
const LOWER = 2;
const UPPER = 4;
const CASED = 8;
const CASE_OF = new Uint8Array(65536);

function caseOf(c: number): number {
  let k = CASE_OF[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    k = KNOWN | (ch !== up && ch === lo ? LOWER : 0) | (ch !== lo && ch === up ? UPPER : 0) | (lo !== up ? CASED : 0);
    CASE_OF[c] = k;
  }
  return k;
}

/** `ch` (one code unit) is a lower-case letter. */
function isLower(ch: string): boolean {
  return (caseOf(ch.charCodeAt(0)) & LOWER) !== 0;
}

/** `ch` (one code unit) is an upper-case letter. */
function isUpper(ch: string): boolean {
  return (caseOf(ch.charCodeAt(0)) & UPPER) !== 0;
}

function isCased(c: number): boolean {
  return (caseOf(c) & CASED) !== 0;
}

function isLetterOrDot(c: number): boolean {
  return c === 46 || isCased(c);
}

/** The word (letters and inner dots) that ends just before index `dot`, read backwards at most 12 chars. */
function wordBefore(line: string, dot: number): string {
  let i = dot;
  const stop = Math.max(0, dot - 12);
  while (i > stop && isLetterOrDot(line.charCodeAt(i - 1))) i--;
  if (i > 0 && i === stop && isLetterOrDot(line.charCodeAt(i - 1))) return "\u0000"; // too long to be an abbreviation
  return line.slice(i, dot);
}

/** The next word after index `from` (letters only), at most 16 chars, for the sentence-opener test. */
function wordAfter(line: string, from: number): string {
  let j = from;
  const stop = Math.min(line.length, from + 16);
  while (j < stop && (line[j] === '"' || line[j] === "\u201C" || line[j] === "\u2018" || line[j] === "'" || line[j] === "(")) j++;
  let k = j;
  while (k < stop && isCased(line.charCodeAt(k))) k++;
  return line.slice(j, k);
}

/** The word ending just before the space at `space` is lower-case ("on" in "posted on X."). */
function lowerWordBefore(line: string, space: number): boolean {
  if (space < 1 || !isSpace(line.charCodeAt(space))) return false;
  // ("… said so. J. K. Rowling": after a sentence's end the capital opens a name)
  if (!isLower(line[space - 1]!)) return false;
  let k = space - 1;
  const stop = Math.max(0, space - 20);
  while (k > stop && !isSpace(line.charCodeAt(k - 1))) k--;
  return isLower(line[k]!);
}

function isWordChar(line: string, i: number): boolean {
  if (i < 0) return false;
  const c = line.charCodeAt(i);
  return (c >= 48 && c <= 57) || isCased(c);
}

/** Decide whether the "." at `dot` (followed by whitespace and then `next`) ends a sentence. */
function periodEnds(line: string, dot: number, nextStart: number): boolean {
  const word = wordBefore(line, dot);
  const next = line[nextStart]!;
  if (isLower(next)) return false;
  if (word === "\u0000" || word === "") return true;
  const lw = word.toLowerCase();
  // A single letter is an initial ("J. K. Rowling"), unless it is a lone lowercase word.
  // ("posted on X. Asked about …", "Plan B. The …": after a lower-case word a lone capital is no initial)
  if (word.length === 1 && isUpper(word) && !isWordChar(line, dot - 2)) return lowerWordBefore(line, dot - 2);
  // Dotted initialisms like "J.K." or "U.S.": judged like the SOMETIMES list.
  const bare = lw.endsWith(".") ? lw.slice(0, -1) : lw;
  if (bare === "no" || bare === "nos" || bare === "art" || bare === "sec" || bare === "fig" || bare === "vol" || bare === "p" || bare === "pp") {
    // "No. 10" stays together; "The answer was no. Then…" does not.
    const c = line.charCodeAt(nextStart);
    return !(c >= 48 && c <= 57);
  }
  if (NEVER_FINAL.has(bare)) return false;
  if (SOMETIMES_FINAL.has(bare) || /^(?:[a-z]\.){1,4}[a-z]$/.test(bare)) {
    const after = wordAfter(line, nextStart).toLowerCase();
    if (OPENERS.has(after)) return true;
    // "… of the N.A.A.C.P. Mrs. Banks said …": a personal title opens a sentence after any initialism
    // ("the U.S. Sen. …" and "U.S. Rep. …" stay one phrase)
    if (PERSONAL_TITLES.has(after)) return true;
    // ("… a category that never reaches the F.B.I. Counted properly, she said, …": a participle or an adverb,
    // then a lower-case word, opens a sentence; no name is spelt that way)
    if (after.length > 4 && /(?:ed|ly)$/.test(after) && !NAME_PARTICIPLES.has(after)) {
      const second = wordAfter(line, nextStart + after.length + 1);
      if (line[nextStart + after.length] === " " && second.length > 1 && isLower(second[0]!)) return true;
      if (line[nextStart + after.length] === ",") return true;
    }
    // "… Keane Securities Inc. Mr. Goldfarb figures …", "… Salomon Brothers Inc. Bond prices lost …": a
    // title, or a capitalised word with a lower-case word after it, opens a new sentence after a company
    if (!CORPORATE.has(bare)) return false;
    if (TITLES_AFTER.has(after)) return true;
    const second = wordAfter(line, nextStart + after.length + 1);
    return line[nextStart + after.length] === " " && second.length > 1 && isLower(second[0]!) && !NAME_PARTICLES_AFTER.has(second);
  }
  return true;
}

// The characters that can end a sentence (the first test in splitLine's loop).
const TERMINATOR_RE = /[.!?\u2026\u203d\u3002]/g;

/** Split one line (no "\n") into sentence spans relative to the line. */
function splitLine(line: string, base: number, out: Span[]): void {
  const n = line.length;
  let s = 0;
  while (s < n && isSpace(line.charCodeAt(s))) s++;
  if (s >= n) return;
  let i = s;
  while (i < n) {
    const c = line.charCodeAt(i);
    let term = -1; // index just past the terminator run
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */ || c === 0x203d || c === 0x3002) {
      let j = i + 1;
      while (j < n && j - i < 8) {
        const d = line.charCodeAt(j);
        if (d === 46 || d === 33 || d === 63 || d === 0x2026) j++;
        else break;
      }
      // "3.2%" and "example.com": a terminator must be followed by closers then whitespace.
      let k = j;
      while (k < n && k - j < 6 && CLOSERS.has(line[k]!)) k++;
      if (k < n && isSpace(line.charCodeAt(k))) {
        let m = k + 1;
        while (m < n && isSpace(line.charCodeAt(m))) m++;
        if (m < n) {
          const isPlainPeriod = c === 46 && j === i + 1;
          const ellipsis = c === 0x2026 || j - i >= 3;
          let ends: boolean;
          if (isPlainPeriod && k === j) ends = periodEnds(line, i, m);
          else if (isPlainPeriod) ends = !isLower(line[m]!);
          else if (ellipsis) ends = isUpper(line[m]!) || line[m] === "\u201C" || line[m] === '"';
          else ends = !isLower(line[m]!);
          if (ends) term = k;
          i = m;
          if (term >= 0) {
            out.push({ start: base + s, end: base + term });
            s = m;
          }
          continue;
        }
      }
      i = k > i ? k : i + 1;
      continue;
    }
    // no terminator here: jump to the next one (a native scan instead of one step per character)
    TERMINATOR_RE.lastIndex = i + 1;
    i = TERMINATOR_RE.test(line) ? TERMINATOR_RE.lastIndex - 1 : n;
  }
  let e = n;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

/**
 * Sentences of an article text whose blocks are separated by "\n". Every non-blank line yields at
 * least one sentence (headings have no full stop). Offsets exclude surrounding whitespace.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (lineEnd > lineStart) splitLine(text.slice(lineStart, lineEnd), lineStart, out);
    lineStart = lineEnd + 1;
  }
  return out;
}
