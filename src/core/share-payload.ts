// The optional part of a share link: the sharer's note and verdict, packed small.
//
// Bytes: [version][verdict][note as UTF-8 ...], then base64url without padding. Anything a link
// carries is hostile until checked: the decoder accepts only this exact shape and returns plain,
// length-capped strings with control, bidi-override and markup characters taken out.

import type { Status } from "./model.ts";

export const PAYLOAD_VERSION = 1;
/** Longest note we put in a link or accept from one, in characters. */
export const MAX_NOTE_LENGTH = 500;
/** Longest encoded payload accepted (4 bytes of UTF-8 per char at most, base64 4/3). */
export const MAX_PAYLOAD_CHARS = Math.ceil(((2 + MAX_NOTE_LENGTH * 4) * 4) / 3);

const VERDICTS: readonly (Status | null)[] = [null, "confirmed", "disputed", "unverified", "unaddressed"];

export interface SharePayload {
  note: string;
  verdict: Status | null;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string };

// C0/C1 controls except tab/newline, bidi embeddings/overrides/isolates, line/paragraph separators,
// and the BOM: none belongs in a note, several can disguise text.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]/g;

/**
 * A note as it may be shown or sent: unsafe characters removed, `<`/`>` replaced by lookalikes so
 * no later Markdown or HTML consumer can read markup in it, lone surrogates dropped, capped.
 */
export function cleanNote(raw: string): string {
  let s = raw.replace(UNSAFE, "").replace(/</g, "\u2039").replace(/>/g, "\u203A");
  s = s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
  s = s.replace(/\r\n?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (s.length > MAX_NOTE_LENGTH) {
    s = s.slice(0, MAX_NOTE_LENGTH);
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  }
  return s;
}

export function encodePayload(p: SharePayload): string {
  const note = cleanNote(p.note);
  const verdict = Math.max(0, VERDICTS.indexOf(p.verdict));
  return toBase64Url([PAYLOAD_VERSION, verdict, ...utf8Encode(note)]);
}

export function decodePayload(raw: string): Decoded<SharePayload> {
  if (raw.length > MAX_PAYLOAD_CHARS) return { ok: false, error: "The shared note is too long." };
  const bytes = fromBase64Url(raw);
  if (!bytes || bytes.length < 2) return { ok: false, error: "The shared note is damaged." };
  const version = bytes[0]!;
  if (version !== PAYLOAD_VERSION) {
    return { ok: false, error: `The shared note uses format ${version}, which this version of Claimmark does not read.` };
  }
  const verdict = VERDICTS[bytes[1]!];
  if (verdict === undefined) return { ok: false, error: "The shared verdict is not one Claimmark knows." };
  const note = utf8Decode(bytes.slice(2));
  if (note === null) return { ok: false, error: "The shared note is not valid text." };
  const clean = cleanNote(note);
  if (clean === "" && verdict === null) return { ok: false, error: "The shared note is empty." };
  return { ok: true, value: { note: clean, verdict } };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function toBase64Url(bytes: readonly number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict: only the base64url alphabet, no padding, no impossible length, zero spare bits. */
export function fromBase64Url(s: string): number[] | null {
  if (s.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const chunk = s.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = chunk[k];
      const v = c === undefined ? 0 : B64.indexOf(c);
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    const bytes = chunk.length - 1;
    const spare = chunk.length === 4 ? 0 : chunk.length === 3 ? n & 0xff : n & 0xffff;
    if (spare !== 0) return null;
    for (let k = 0; k < bytes; k++) out.push((n >> (16 - 8 * k)) & 0xff);
  }
  return out;
}

export function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Strict UTF-8: overlong forms, surrogates and truncated sequences are errors, not replaced. */
export function utf8Decode(bytes: readonly number[]): string | null {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let c: number;
    let min: number;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b < 0xe0) [need, c, min] = [1, b & 31, 0x80];
    else if (b >= 0xe0 && b < 0xf0) [need, c, min] = [2, b & 15, 0x800];
    else if (b >= 0xf0 && b < 0xf5) [need, c, min] = [3, b & 7, 0x10000];
    else return null;
    if (i + need >= bytes.length) return null;
    for (let k = 1; k <= need; k++) {
      const cont = bytes[i + k]!;
      if ((cont & 0xc0) !== 0x80) return null;
      c = (c << 6) | (cont & 63);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
    out += String.fromCodePoint(c);
    i += need + 1;
  }
  return out;
}
