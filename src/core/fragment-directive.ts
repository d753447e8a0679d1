// Text directives (`text=[prefix-,]start[,end][,-suffix]`) for one sentence of a page: encoding,
// parsing, and generation that is proven against the lenient matcher model before it is used.

import { findTextDirective, fold, type FoldedText, type TextDirective } from "./fragment-match.ts";

export type { TextDirective } from "./fragment-match.ts";

/** Above this many characters the sentence is selected as start,end instead of quoted whole. */
export const MAX_EXACT_LENGTH = 300;
const MAX_CONTEXT_WORDS = 8;
const MIN_RANGE_WORDS = 3;
const MAX_RANGE_WORDS = 12;

/**
 * Percent-encodes a term. `-`, `,` and `&` are syntax inside a directive, so `-` becomes %2D too
 * (encodeURIComponent leaves it, and "2020-21" would then read as a prefix). `!'()*` are encoded
 * as well so chat apps and Markdown do not cut the link at a parenthesis or quote.
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

export function formatTextDirective(d: TextDirective): string {
  let s = "text=";
  if (d.prefix !== undefined) s += encodeTerm(d.prefix) + "-,";
  s += encodeTerm(d.start);
  if (d.end !== undefined) s += "," + encodeTerm(d.end);
  if (d.suffix !== undefined) s += ",-" + encodeTerm(d.suffix);
  return s;
}

function decodeTerm(raw: string): string | null {
  if (raw === "") return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Parses one `text=...` directive the way the spec splits it; null when malformed. */
export function parseTextDirective(raw: string): TextDirective | null {
  if (!raw.startsWith("text=")) return null;
  const parts = raw.slice(5).split(",");
  if (parts.length < 1 || parts.length > 4) return null;
  const d: Partial<TextDirective> = {};
  const first = parts[0] ?? "";
  if (first.endsWith("-")) {
    const prefix = decodeTerm(first.slice(0, -1));
    if (prefix === null) return null;
    d.prefix = prefix;
    parts.shift();
  }
  const last = parts[parts.length - 1] ?? "";
  if (last.startsWith("-")) {
    const suffix = decodeTerm(last.slice(1));
    if (suffix === null) return null;
    d.suffix = suffix;
    parts.pop();
  }
  if (parts.length < 1 || parts.length > 2) return null;
  const start = decodeTerm(parts[0] ?? "");
  if (start === null) return null;
  d.start = start;
  if (parts.length === 2) {
    const end = decodeTerm(parts[1] ?? "");
    if (end === null) return null;
    d.end = end;
  }
  return d as TextDirective;
}

/** Words of a single block line, split on spaces. */
function words(s: string): string[] {
  return s.split(" ").filter((w) => w !== "");
}

/** The line that holds `at`, and the non-empty neighbouring lines, for context words. */
function contextBefore(text: string, at: number): string[] {
  // Text in the same block first; at the start of a block the previous block's end (the browser
  // lets the gap between prefix and start cross a block boundary).
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const same = text.slice(lineStart, at).trim();
  if (same !== "") return words(same);
  if (lineStart === 0) return [];
  const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  return words(text.slice(prevStart, lineStart - 1).trim());
}

function contextAfter(text: string, at: number): string[] {
  const lineEnd = text.indexOf("\n", at);
  const end = lineEnd === -1 ? text.length : lineEnd;
  const same = text.slice(at, end).trim();
  if (same !== "") return words(same);
  if (lineEnd === -1) return [];
  const nextEnd = text.indexOf("\n", lineEnd + 1);
  return words(text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd).trim());
}

/** Widens [start, end) to whole words and trims surrounding whitespace. */
function wordAligned(text: string, start: number, end: number): [number, number] {
  const wordChar = /[\p{L}\p{N}]/u;
  while (start > 0 && wordChar.test(text[start - 1] ?? "") && wordChar.test(text[start] ?? "")) start--;
  while (end < text.length && wordChar.test(text[end - 1] ?? "") && wordChar.test(text[end] ?? "")) end++;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return [start, end];
}

function selects(folded: FoldedText, d: TextDirective, start: number, end: number): boolean {
  const hit = findTextDirective(folded, d);
  return hit !== null && hit.start === start && hit.end === end;
}

function withContext(text: string, folded: FoldedText, base: TextDirective, start: number, end: number): TextDirective | null {
  if (selects(folded, base, start, end)) return base;
  const before = contextBefore(text, start);
  const after = contextAfter(text, end);
  for (let k = 1; k <= MAX_CONTEXT_WORDS; k++) {
    const prefix = before.length > 0 ? before.slice(-k).join(" ") : undefined;
    const suffix = after.length > 0 ? after.slice(0, k).join(" ") : undefined;
    const tries: TextDirective[] = [];
    if (suffix !== undefined) tries.push({ ...base, suffix });
    if (prefix !== undefined) tries.push({ ...base, prefix });
    if (prefix !== undefined && suffix !== undefined) tries.push({ ...base, prefix, suffix });
    for (const d of tries) if (selects(folded, d, start, end)) return d;
    if (k > before.length && k > after.length) break;
  }
  return null;
}

/**
 * A text directive that selects exactly text[start, end) (widened to whole words) when the page's
 * text is `text` (blocks joined by "\n"). Quotes the sentence whole when it is short and inside one
 * block, else as start,end; adds prefix/suffix words only when needed to make it unambiguous.
 * Null when no directive within the limits is unambiguous.
 */
export function generateTextDirective(text: string, start: number, end: number): TextDirective | null {
  [start, end] = wordAligned(text, start, end);
  if (start >= end) return null;
  const target = text.slice(start, end);
  const folded = fold(text);
  if (target.length <= MAX_EXACT_LENGTH && !target.includes("\n")) {
    const exact = withContext(text, folded, { start: target }, start, end);
    if (exact) return exact;
  }
  // A long sentence, or one crossing a block (<br>): a few words at each end.
  const firstLine = target.split("\n")[0] ?? "";
  const lastLine = target.split("\n").pop() ?? "";
  const head = words(firstLine);
  const tail = words(lastLine);
  for (let k = MIN_RANGE_WORDS; k <= MAX_RANGE_WORDS; k++) {
    const startTerm = head.slice(0, k).join(" ");
    const endTerm = tail.slice(-k).join(" ");
    // Terms may not overlap: the end is searched after the start.
    if (!target.includes("\n") && startTerm.length + endTerm.length + 1 > target.length) break;
    const d = withContext(text, folded, { start: startTerm, end: endTerm }, start, end);
    if (d) return d;
    if (k >= head.length && k >= tail.length) break;
  }
  return null;
}
