// A small word/punctuation tokenizer for attribution analysis. One linear regex pass; offsets are
// relative to the string given. A trailing possessive ('s / ’s) is split off as its own token so
// "Vanner’s sources" reads as owner + possessive + head.

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
}

// Words may carry inner apostrophes, hyphens, dots and ampersands ("Jean-Pierre", "U.S", "AT&T",
// "don't"). A lone "." after an abbreviation stays a separate token. No nested quantifiers.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+|,\d{3}(?!\d))*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null) {
    const raw = m[0];
    const start = m.index;
    const c = raw.charCodeAt(0);
    const isWord = raw.length > 1 || isWordChar(c, raw);
    if (isWord && raw.length > 2) {
      const tail = raw.slice(-2);
      if (tail === "'s" || tail === "’s" || tail === "'S" || tail === "’S") {
        const head = raw.slice(0, -2);
        out.push(mk(head, start, true));
        out.push(mk("'s", start + head.length, false, raw.slice(-2)));
        continue;
      }
    }
    out.push(mk(raw, start, isWord));
  }
  return out;
}

function isWordChar(_c: number, raw: string): boolean {
  return /[\p{L}\p{M}\p{N}]/u.test(raw);
}

function mk(t: string, start: number, word: boolean, shown?: string): Token {
  const text = shown ?? t;
  return {
    t: text,
    lo: t.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    word,
    cap: word && UPPER_RE.test(t),
  };
}

/** Opening/closing quotation marks (straight and curly, double and single). */
export const DQ = new Set(['"', "“", "”", "„", "«", "»"]);
export const OPEN_SQ = "‘";
export const CLOSE_SQ = "’";
