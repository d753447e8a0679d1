// Stable claim ids: the same sentence text gives the same id on every visit, so notes stay attached.
// cyrb53 (a fast 53-bit string hash) over the text as normalised for comparison (curly quotes and
// dashes folded, whitespace collapsed, lower case), computed in one pass without building the
// normalised string. A repeated sentence on the same page gets a deterministic "-2", "-3" suffix.

// Only characters outside ASCII and common typographic punctuation need Unicode normalisation.
const NEEDS_NFKC = /[^\x00-\x7f\u2010-\u201f\u2032\u2033\u00a0]/;

/** The comparison form of a claim text (what the id hashes). */
export function normalizeForId(text: string): string {
  let out = "";
  walk(text, (c) => { out += String.fromCharCode(c); });
  return out;
}

const SPACE = -1;

/** One code unit of the normalised text: lower case, plain quotes and hyphens; SPACE for whitespace. */
function normCode(c: number): number {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2033) return 34;
  if (c >= 0x2010 && c <= 0x2015) return 45;
  if (c < 0xd800) {
    const low = String.fromCharCode(c).toLowerCase();
    if (low.length === 1) return low.charCodeAt(0);
  }
  return c;
}

// normCode by code unit, filled on first use (0: not yet known): one load per character instead of
// a chain of range tests, and no lower-casing call for the same letter twice
const NORM_CODE = new Int32Array(0x10000);

function normalisedSource(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize("NFKC").toLowerCase() : text;
}

/** Calls `emit` with each code unit of the normalised text (runs of whitespace as one space, none at the ends). */
function walk(text: string, emit: (c: number) => void): void {
  const s = normalisedSource(text);
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    const c = normCode(s.charCodeAt(i));
    if (c === SPACE) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) emit(32);
    pendingSpace = false;
    started = true;
    emit(c);
  }
}

export function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id of one claim text: "c_" + base-36 cyrb53 of its normalised form. */
export function claimId(text: string): string {
  return "c_" + base36(claimHash(text));
}

/** cyrb53 of the normalised form of a claim text (what its id spells in base 36). */
function claimHash(text: string): number {
  // (most texts need no Unicode normalisation: hashing finds out on the way, instead of a scan first)
  const h = hashCodes(text, RAW_CODE);
  return h >= 0 ? h : hashCodes(text.normalize("NFKC").toLowerCase(), NORM_CODE);
}

// normCode by code unit for a text not yet normalised, or NFKC_NEEDED for a code unit NEEDS_NFKC
// matches (filled on first use like NORM_CODE)
const RAW_CODE = new Int32Array(0x10000);
const NFKC_NEEDED = -2;

function codeAt(table: Int32Array, s: string, i: number): number {
  const c = s.charCodeAt(i);
  let k = table[c]!;
  if (k === 0) {
    k = table === RAW_CODE && NEEDS_NFKC.test(String.fromCharCode(c)) ? NFKC_NEEDED : normCode(c);
    table[c] = k;
  }
  return k;
}

/**
 * cyrb53 of the code units walk() gives, read through `table`: NORM_CODE for a text already
 * NFKC-normalised and lower-cased, RAW_CODE for one that may need it (-1 when it does).
 */
function hashCodes(s: string, table: Int32Array): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // the same code units as walk(), hashed inline (no callback per character)
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(table, s, i);
    if (c === NFKC_NEEDED) return -1;
    if (c === SPACE) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
      pendingSpace = false;
    }
    started = true;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish(h1, h2);
}

const DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/** n.toString(36) for an integer 0 <= n < 2^31 (the same digits, several times faster). */
function smallBase36(n: number): string {
  if (n < 36) return DIGITS36[n]!;
  let out = "";
  while (n > 0) {
    const q = Math.floor(n / 36);
    out = DIGITS36[n - q * 36]! + out;
    n = q;
  }
  return out;
}

const POW36_5 = 36 ** 5;
const ZEROS = ["", "0", "00", "000", "0000"];

/**
 * n.toString(36) for an integer 0 <= n < 2^53: its last five digits and the rest (below 2^28) done
 * apart, both in small integers.
 */
function base36(n: number): string {
  if (n < POW36_5) return smallBase36(n);
  let hi = Math.floor(n / POW36_5);
  let rest = n - hi * POW36_5;
  // n / 36^5 may round across an integer: correct the quotient exactly
  if (rest < 0) { hi--; rest += POW36_5; } else if (rest >= POW36_5) { hi++; rest -= POW36_5; }
  const lo = smallBase36(rest);
  return smallBase36(hi) + ZEROS[5 - lo.length]! + lo;
}

/** Ids for texts in page order; repeats of the same text get "-2", "-3", … in order. */
export function assignIds(texts: readonly string[]): string[] {
  // repeats are counted by hash (one id per hash), which spares hashing each id string again
  const seen = new Map<number, number>();
  return texts.map((t) => {
    const h = claimHash(t);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    const base = "c_" + base36(h);
    return n === 1 ? base : `${base}-${n}`;
  });
}
