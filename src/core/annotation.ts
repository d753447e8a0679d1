// Notes in the W3C Web Annotation data model (JSON-LD), for export and import. Standard fields carry
// what other tools understand (body text, page, TextQuote/TextPosition selectors, dates); the rest of
// what Claimmark keeps (claim snapshot, anchor state, page title) travels under the `claimmark:`
// prefix, so export → wipe → import restores every note exactly.
//
// Import never trusts the file: every annotation is validated, and each one that fails is reported
// with its position and reason while the others still import.
import type { ClaimSelector, FigureChange } from "./anchor.ts";
import type { Figure, Source, SourceKind, Status } from "./model.ts";
import { normalizePageUrl } from "./url.ts";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const CM = "urn:claimmark:ns:";
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_BODY_LENGTH = 20_000;
const MAX_QUOTE_LENGTH = 10_000;

export type PortableAnchorState = "unchecked" | "attached" | "figure-changed" | "orphaned";

export interface PortableClaim {
  text: string;
  figures: Figure[];
  source: Source | null;
  status: Status;
  evidence: string | null;
  saved: number;
}

/** One note with everything that belongs to it, as export and import see it. */
export interface PortableNote {
  id: string;
  pageUrl: string;
  claimId: string;
  body: string;
  created: number;
  updated: number;
  selector: ClaimSelector;
  anchor: { state: PortableAnchorState; checked: number | null; figureChanged?: FigureChange; claimId?: string };
  claim: PortableClaim | null;
  page: { title: string; lastSeen: number } | null;
}

export interface Rejection {
  /** 0-based position of the annotation in the file. */
  index: number;
  id: string | null;
  reason: string;
}

export type ParsedImport =
  | { ok: true; notes: PortableNote[]; rejected: Rejection[] }
  | { ok: false; message: string };

// ---------------------------------------------------------------- export

export function toAnnotation(n: PortableNote): Record<string, unknown> {
  const annotation: Record<string, unknown> = {
    id: `urn:uuid:${n.id}`,
    type: "Annotation",
    motivation: "commenting",
    created: iso(n.created),
    modified: iso(n.updated),
    body: { type: "TextualBody", value: n.body, format: "text/plain", purpose: "commenting" },
    target: {
      source: n.pageUrl,
      // Notes imported without offsets have position -1..-1: they carry no TextPositionSelector.
      selector:
        n.selector.position.start >= 0
          ? [{ type: "TextQuoteSelector", ...n.selector.quote }, { type: "TextPositionSelector", ...n.selector.position }]
          : [{ type: "TextQuoteSelector", ...n.selector.quote }],
    },
    "claimmark:claimId": n.claimId,
    "claimmark:anchor": n.anchor,
  };
  if (n.claim) annotation["claimmark:claim"] = n.claim;
  if (n.page) annotation["claimmark:page"] = n.page;
  return annotation;
}

/** The export file: an AnnotationCollection with every note in one page. */
export function toAnnotationCollection(notes: PortableNote[], generatedAt: number): Record<string, unknown> {
  return {
    "@context": [ANNOTATION_CONTEXT, { claimmark: CM }],
    type: "AnnotationCollection",
    label: "Claimmark notes",
    generator: { type: "Software", name: "Claimmark" },
    generated: iso(generatedAt),
    total: notes.length,
    first: { type: "AnnotationPage", startIndex: 0, items: notes.map(toAnnotation) },
  };
}

export function serializeExport(notes: PortableNote[], generatedAt: number): string {
  return JSON.stringify(toAnnotationCollection(notes, generatedAt), null, 2) + "\n";
}

// ---------------------------------------------------------------- import

export class Invalid extends Error {
  override name = "Invalid";
}

/** Parses an export file (or a bare array of annotations, or one annotation). */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.` };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `The file is not valid JSON (${detail}); nothing was imported.` };
  }
  if (isObj(data) && hasType(data.type, "AnnotationCollection") && typeof data.first === "string") {
    return {
      ok: false,
      message: "The file lists its annotations on pages elsewhere (by address), which Claimmark does not fetch: nothing leaves your machine. Nothing was imported.",
    };
  }
  const items = annotationItems(data);
  if (!items) {
    return {
      ok: false,
      message:
        "The file is JSON but not a Web Annotation export: expected an AnnotationCollection, an array of annotations or one Annotation. Nothing was imported.",
    };
  }
  const notes: PortableNote[] = [];
  const rejected: Rejection[] = [];
  items.forEach((item, index) => {
    try {
      notes.push(fromAnnotation(item));
    } catch (e) {
      const id = isObj(item) && typeof item.id === "string" ? item.id : null;
      rejected.push({ index, id, reason: e instanceof Invalid ? e.message : `unreadable (${String(e)})` });
    }
  });
  return { ok: true, notes, rejected };
}

function annotationItems(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isObj(data)) return null;
  if (hasType(data.type, "AnnotationCollection")) {
    // Collections may be paged; follow embedded pages (never fetch: nothing leaves the machine).
    const out: unknown[] = [];
    let page: unknown = data.first;
    const seen = new Set<unknown>();
    while (isObj(page) && !seen.has(page)) {
      seen.add(page);
      if (!Array.isArray(page.items)) return null;
      out.push(...page.items);
      page = page.next;
    }
    return page === undefined || isObj(page) || typeof page === "string" ? out : null;
  }
  if (hasType(data.type, "AnnotationPage") && Array.isArray(data.items)) return data.items;
  if (hasType(data.type, "Annotation")) return [data];
  return null;
}

export function fromAnnotation(v: unknown): PortableNote {
  const a = need(v, "the annotation is not an object");
  if (!hasType(a.type, "Annotation")) throw new Invalid('"type" is not "Annotation"');
  const id = parseId(a.id);
  const body = parseBody(a.body ?? a.bodyValue);
  const target = parseTarget(a.target);
  const created = parseDate(a.created, "created") ?? parseDate(a.modified, "modified") ?? 0;
  const updated = parseDate(a.modified, "modified") ?? created;
  const claimId = a["claimmark:claimId"];
  return {
    id,
    pageUrl: target.pageUrl,
    claimId: typeof claimId === "string" && claimId !== "" ? claimId : `quote:${hash(target.selector.quote.exact)}`,
    body,
    created,
    updated,
    selector: target.selector,
    anchor: parseAnchor(a["claimmark:anchor"]),
    claim: a["claimmark:claim"] === undefined ? null : parseClaim(a["claimmark:claim"]),
    page: a["claimmark:page"] === undefined ? null : parsePage(a["claimmark:page"]),
  };
}

function parseId(v: unknown): string {
  if (typeof v !== "string" || v.trim() === "") throw new Invalid('missing "id"');
  const id = v.replace(/^urn:uuid:/i, "");
  if (id.length > 200) throw new Invalid('"id" is too long');
  return id;
}

function parseBody(v: unknown): string {
  const bodies = Array.isArray(v) ? v : [v];
  for (const b of bodies) {
    const value = typeof b === "string" ? b : isObj(b) && (b.type === undefined || hasType(b.type, "TextualBody")) ? b.value : undefined;
    if (typeof value === "string") {
      if (value.trim() === "") throw new Invalid("the note text is empty");
      if (value.length > MAX_BODY_LENGTH) throw new Invalid(`the note text is longer than ${MAX_BODY_LENGTH} characters`);
      return value;
    }
  }
  throw new Invalid("no text body (a TextualBody with a string value)");
}

function parseTarget(v: unknown): { pageUrl: string; selector: ClaimSelector } {
  const targets = Array.isArray(v) ? v : [v];
  const t = targets[0];
  if (!isObj(t)) throw new Invalid('"target" is missing or not an object');
  if (typeof t.source !== "string") throw new Invalid('"target.source" (the page URL) is missing');
  const pageUrl = normalizePageUrl(t.source);
  if (!pageUrl || pageUrl.length > 4096) throw new Invalid(`"target.source" is not an http(s) page URL`);
  const selectors = Array.isArray(t.selector) ? t.selector : t.selector === undefined ? [] : [t.selector];
  const quote = selectors.find((s) => isObj(s) && hasType(s.type, "TextQuoteSelector"));
  if (!isObj(quote)) throw new Invalid("no TextQuoteSelector: the note cannot be placed on the page");
  const exact = quote.exact;
  if (typeof exact !== "string" || exact.trim() === "") throw new Invalid('TextQuoteSelector "exact" is missing or empty');
  if (exact.length > MAX_QUOTE_LENGTH) throw new Invalid('TextQuoteSelector "exact" is too long');
  const prefix = optionalString(quote.prefix, "TextQuoteSelector prefix");
  const suffix = optionalString(quote.suffix, "TextQuoteSelector suffix");
  const position = selectors.find((s) => isObj(s) && hasType(s.type, "TextPositionSelector"));
  let start = -1;
  let end = -1;
  if (isObj(position)) {
    if (!isOffset(position.start) || !isOffset(position.end) || position.end < position.start) {
      throw new Invalid("TextPositionSelector start/end are not offsets (non-negative integers, start ≤ end)");
    }
    start = position.start;
    end = position.end;
  }
  return { pageUrl, selector: { quote: { exact, prefix, suffix }, position: { start, end } } };
}

const ANCHOR_STATES: readonly PortableAnchorState[] = ["unchecked", "attached", "figure-changed", "orphaned"];

function parseAnchor(v: unknown): PortableNote["anchor"] {
  if (v === undefined) return { state: "unchecked", checked: null };
  const o = need(v, '"claimmark:anchor" is not an object');
  if (!ANCHOR_STATES.includes(o.state as PortableAnchorState)) throw new Invalid('"claimmark:anchor.state" is unknown');
  const anchor: PortableNote["anchor"] = {
    state: o.state as PortableAnchorState,
    checked: o.checked === null || o.checked === undefined ? null : time(o.checked, "claimmark:anchor.checked"),
  };
  if (o.figureChanged !== undefined) {
    const f = need(o.figureChanged, '"claimmark:anchor.figureChanged" is not an object');
    if (typeof f.was !== "string" || typeof f.now !== "string") throw new Invalid('"claimmark:anchor.figureChanged" needs was/now strings');
    anchor.figureChanged = { was: f.was, now: f.now };
  }
  if (o.claimId !== undefined) {
    if (typeof o.claimId !== "string") throw new Invalid('"claimmark:anchor.claimId" is not a string');
    anchor.claimId = o.claimId;
  }
  return anchor;
}

const STATUSES: readonly Status[] = ["confirmed", "disputed", "unverified", "unaddressed"];
const SOURCE_KINDS: readonly SourceKind[] = ["person", "organization", "group", "anonymous", "document"];

/** Validates a claim snapshot (the fields a note keeps of its claim); throws with the reason. */
export function parseClaimSnapshot(v: unknown): Omit<PortableClaim, "saved"> & { id: string } {
  const o = need(v, "the claim is not an object");
  if (typeof o.id !== "string" || o.id === "") throw new Invalid("the claim has no id");
  const { saved: _saved, ...rest } = parseClaim({ ...o, saved: 0 });
  return { id: o.id, ...rest };
}

function parseClaim(v: unknown): PortableClaim {
  const o = need(v, '"claimmark:claim" is not an object');
  if (typeof o.text !== "string") throw new Invalid('"claimmark:claim.text" is not a string');
  if (!STATUSES.includes(o.status as Status)) throw new Invalid('"claimmark:claim.status" is unknown');
  if (!Array.isArray(o.figures)) throw new Invalid('"claimmark:claim.figures" is not an array');
  return {
    text: o.text,
    figures: o.figures.map(parseFigure),
    source: o.source === null ? null : parseSource(o.source),
    status: o.status as Status,
    evidence: o.evidence === null ? null : stringField(o.evidence, "claimmark:claim.evidence"),
    saved: time(o.saved, "claimmark:claim.saved"),
  };
}

function parseFigure(v: unknown): Figure {
  const f = need(v, "a claim figure is not an object");
  if (typeof f.text !== "string" || typeof f.approx !== "boolean" || !isOffset(f.start) || !isOffset(f.end)) {
    throw new Invalid("a claim figure needs text, approx, start and end");
  }
  const figure: Figure = { text: f.text, approx: f.approx, start: f.start, end: f.end };
  if (f.value !== undefined) {
    if (typeof f.value !== "number" || !Number.isFinite(f.value)) throw new Invalid("a claim figure's value is not a number");
    figure.value = f.value;
  }
  if (f.unit !== undefined) figure.unit = stringField(f.unit, "figure unit");
  return figure;
}

function parseSource(v: unknown): Source {
  const s = need(v, '"claimmark:claim.source" is not an object');
  if (!SOURCE_KINDS.includes(s.kind as SourceKind)) throw new Invalid("the claim source's kind is unknown");
  return {
    name: stringField(s.name, "source name"),
    role: s.role === null ? null : stringField(s.role, "source role"),
    kind: s.kind as SourceKind,
    cue: stringField(s.cue, "source cue"),
    via: s.via === null ? null : stringField(s.via, "source via"),
  };
}

function parsePage(v: unknown): { title: string; lastSeen: number } {
  const p = need(v, '"claimmark:page" is not an object');
  return { title: stringField(p.title, "claimmark:page.title"), lastSeen: time(p.lastSeen, "claimmark:page.lastSeen") };
}

// ---------------------------------------------------------------- helpers

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function need(v: unknown, message: string): Obj {
  if (!isObj(v)) throw new Invalid(message);
  return v;
}

function hasType(v: unknown, type: string): boolean {
  return v === type || (Array.isArray(v) && v.includes(type));
}

function isOffset(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function optionalString(v: unknown, what: string): string {
  if (v === undefined) return "";
  if (typeof v !== "string") throw new Invalid(`${what} is not a string`);
  return v;
}

function stringField(v: unknown, what: string): string {
  if (typeof v !== "string") throw new Invalid(`${what} is not a string`);
  return v;
}

function time(v: unknown, what: string): number {
  if (!Number.isSafeInteger(v) || Math.abs(v as number) > 8.64e15) throw new Invalid(`${what} is not a time`);
  return v as number;
}

function parseDate(v: unknown, what: string): number | null {
  if (v === undefined) return null;
  const ms = typeof v === "string" ? Date.parse(v) : NaN;
  if (Number.isNaN(ms)) throw new Invalid(`"${what}" is not a date`);
  return ms;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Short stable hash (FNV-1a) naming a claim for notes imported from tools that know no claim ids. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
