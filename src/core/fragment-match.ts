// A model of how a browser resolves a text directive (`#:~:text=[prefix-,]start[,end][,-suffix]`)
// against a page's text, used to prove that a directive we generate selects exactly our sentence.
//
// It is deliberately more lenient than Chromium: it folds more (case, accents, quote and dash
// styles, ligatures, soft hyphens, nbsp) and ignores word boundaries, so it finds every match
// Chromium finds, and maybe more. Since the browser takes the first match in document order, a
// directive whose first lenient match is our sentence is also resolved to our sentence by the
// browser. Observed in Chromium 156: matching is case-, accent- and quote-style-insensitive, treats
// nbsp as a space, skips soft hyphens, never lets a term cross a block boundary, and lets the gap
// between prefix and start (or end and suffix) be whitespace across block boundaries.
//
// Text model: blocks joined by "\n", whitespace collapsed inside a block.

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

export interface TextSpan {
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** Folded char i comes from the original chars [from[i], to[i]). */
  from: number[];
  to: number[];
}

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u00B4": "'", "\u0060": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2039": "'", "\u203A": "'",
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const IGNORED = /[\u00AD\u200B-\u200F\u2060\uFEFF]/;
const MARK = /\p{M}/u;

/** Folds one character (a code point) to its lenient comparison form. */
function foldChar(ch: string): string {
  if (ch === "\n") return "\n";
  if (/\s/.test(ch)) return " ";
  if (IGNORED.test(ch)) return "";
  const q = QUOTES[ch];
  if (q) return q;
  if (DASHES.test(ch)) return "-";
  let out = "";
  for (const c of ch.normalize("NFKD")) if (!MARK.test(c)) out += c;
  // ICU's primary strength equates ß with ss (seen in Chromium).
  return out.toLowerCase().replace(/\u00DF/g, "ss");
}

export function fold(s: string): Folded {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of s) {
    let f = foldChar(ch);
    // Whitespace runs collapse to one space; no space next to a block boundary.
    if (f === " " && (text.length === 0 || text.endsWith(" ") || text.endsWith("\n"))) f = "";
    if (f === "\n" && text.endsWith(" ")) {
      text = text.slice(0, -1);
      from.pop();
      to.pop();
    }
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    text += f;
    i += ch.length;
  }
  return { text, from, to };
}

/** A directive term in the folded form the matcher compares. */
export function foldTerm(s: string): string {
  return fold(s).text.replace(/^[ \n]+|[ \n]+$/g, "");
}

/** All positions where `term` occurs in `text` at or after `from` without crossing a block. */
function* occurrences(text: string, term: string, from: number): Generator<number> {
  if (term === "" || term.includes("\n")) return;
  let at = text.indexOf(term, from);
  while (at !== -1) {
    yield at;
    at = text.indexOf(term, at + 1);
  }
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && (text[at] === " " || text[at] === "\n")) at++;
  return at;
}

function followedBy(text: string, at: number, term: string): boolean {
  return text.startsWith(term, skipSpace(text, at));
}

function* startCandidates(text: string, prefix: string | null, start: string): Generator<number> {
  if (prefix === null) {
    yield* occurrences(text, start, 0);
    return;
  }
  for (const q of occurrences(text, prefix, 0)) {
    const p = skipSpace(text, q + prefix.length);
    if (text.startsWith(start, p)) yield p;
  }
}

/**
 * Where a lenient browser would resolve `d` in `text` (blocks joined by "\n"), as offsets into the
 * original text; null when nothing matches.
 */
export function findTextDirective(text: string, d: TextDirective): TextSpan | null {
  const f = fold(text);
  const prefix = d.prefix !== undefined ? foldTerm(d.prefix) : null;
  const start = foldTerm(d.start);
  const end = d.end !== undefined ? foldTerm(d.end) : null;
  const suffix = d.suffix !== undefined ? foldTerm(d.suffix) : null;
  if (start === "" || prefix === "" || end === "" || suffix === "") return null;
  for (const p of startCandidates(f.text, prefix, start)) {
    const startEnd = p + start.length;
    if (end === null) {
      if (suffix === null || followedBy(f.text, startEnd, suffix)) return toOriginal(f, p, startEnd);
      continue;
    }
    for (const e of occurrences(f.text, end, startEnd)) {
      const endEnd = e + end.length;
      if (suffix === null || followedBy(f.text, endEnd, suffix)) return toOriginal(f, p, endEnd);
    }
  }
  return null;
}

function toOriginal(f: Folded, start: number, end: number): TextSpan {
  return { start: f.from[start] ?? 0, end: f.to[end - 1] ?? 0 };
}
