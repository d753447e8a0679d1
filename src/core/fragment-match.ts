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

/** A page text folded once, for many directive checks against it. */
export type FoldedText = Folded;

interface Folded {
  text: string;
  /** Folded char i comes from the original chars [from[i], to[i]). */
  from: ArrayLike<number>;
  to: ArrayLike<number>;
}

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u00B4": "'", "\u0060": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2039": "'", "\u203A": "'",
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const IGNORED = /[\u00AD\u200B-\u200F\u2060\uFEFF]/;
const MARK = /\p{M}/u;

const foldCache = new Map<string, string>();

/** Folds one character (a code point) to its lenient comparison form. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    if (ch === "\n") return "\n";
    if (code <= 0x20) return " ";
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  }
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  if (/\s/.test(ch)) out = " ";
  else if (IGNORED.test(ch)) out = "";
  else if (QUOTES[ch]) out = QUOTES[ch]!;
  else if (DASHES.test(ch)) out = "-";
  else {
    out = "";
    for (const c of ch.normalize("NFKD")) if (!MARK.test(c)) out += c;
    // ICU's primary strength equates ß with ss (seen in Chromium).
    out = out.toLowerCase().replace(/\u00DF/g, "ss");
  }
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}

export function fold(s: string): Folded {
  // Typed buffers and an ASCII fast path: this runs over a whole page's text on every "Copy link".
  let cap = s.length + 64;
  let out = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let len = 0;
  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need);
    const o = new Uint16Array(cap);
    o.set(out);
    out = o;
    const f = new Int32Array(cap);
    f.set(from);
    from = f;
    const t = new Int32Array(cap);
    t.set(to);
    to = t;
  };
  const put = (code: number, start: number, end: number) => {
    out[len] = code;
    from[len] = start;
    to[len] = end;
    len++;
  };
  let last = 10; // "\n": nothing before the text
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let n = 1;
    let f: string | null = null;
    let code = c;
    if (c < 0x80) {
      if (c === 10) code = 10;
      else if (c <= 0x20) code = 32;
      else if (c >= 0x41 && c <= 0x5a) code = c + 32;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) n = 2;
      f = foldChar(s.slice(i, i + n));
      code = f.length === 1 ? f.charCodeAt(0) : -1;
    }
    if (code === 32) {
      // Whitespace runs collapse to one space; no space next to a block boundary.
      if (last !== 32 && last !== 10) {
        grow(1);
        put(32, i, i + n);
        last = 32;
      }
    } else if (code === 10) {
      if (last === 32) len--;
      grow(1);
      put(10, i, i + n);
      last = 10;
    } else if (code >= 0) {
      grow(1);
      put(code, i, i + n);
      last = code;
    } else if (f) {
      grow(f.length);
      for (let k = 0; k < f.length; k++) put(f.charCodeAt(k), i, i + n);
      if (f.length > 0) last = f.charCodeAt(f.length - 1);
    }
    i += n;
  }
  let text = "";
  for (let k = 0; k < len; k += 8192) text += String.fromCharCode(...out.subarray(k, Math.min(len, k + 8192)));
  return { text, from: from.subarray(0, len), to: to.subarray(0, len) };
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
export function findTextDirective(text: string | FoldedText, d: TextDirective): TextSpan | null {
  const f = typeof text === "string" ? fold(text) : text;
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
