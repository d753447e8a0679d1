// The notes part of the background protocol (protocol.ts merges it into BackgroundApi). Content
// scripts never open the database: they ask the service worker with these messages. Database
// failures are not protocol errors: they come back as a DbResult so the card can show them and keep
// the draft. Pure (no browser API) and free of runtime imports from protocol.ts, which imports it.
import type { ClaimSelector } from "../core/anchor.ts";
import { parseClaimSnapshot } from "../core/annotation.ts";
import type { Claim } from "../core/model.ts";
import { DB_ERROR_KINDS, type DbError, type DbErrorKind, type DbResult } from "../db/errors.ts";
import type { AnchorUpdate } from "../db/notes.ts";
import type { AnchorState, AnchorStateName, DraftRecord, NoteRecord } from "../db/schema.ts";

export type ClaimSnapshot = Pick<Claim, "id" | "text" | "figures" | "source" | "status" | "evidence">;

export interface NotesApi {
  /** A page's notes, newest first (orphaned ones included: they are never hidden). */
  "notes/list": { request: { pageUrl: string }; reply: DbResult<NoteRecord[]> };
  "notes/counts": { request: { pageUrl: string }; reply: DbResult<Record<string, number>> };
  "notes/add": {
    request: { pageUrl: string; pageTitle: string; claim: ClaimSnapshot; body: string; selector: ClaimSelector };
    reply: DbResult<NoteRecord>;
  };
  "notes/edit": { request: { id: string; body: string }; reply: DbResult<NoteRecord> };
  /** Replies with the deleted note; send it back with notes/restore to undo. */
  "notes/delete": { request: { id: string }; reply: DbResult<NoteRecord> };
  "notes/restore": { request: { note: NoteRecord }; reply: DbResult<NoteRecord> };
  /** What re-anchoring found on this visit. */
  "notes/anchors": { request: { updates: AnchorUpdate[] }; reply: DbResult<number> };
  "drafts/get": { request: { pageUrl: string; claimId: string }; reply: DbResult<DraftRecord | null> };
  "drafts/put": {
    request: { pageUrl: string; claimId: string; body: string; noteId: string | null; quote?: string };
    reply: DbResult<DraftRecord>;
  };
  /** All of a page's drafts, newest first. */
  "drafts/list": { request: { pageUrl: string }; reply: DbResult<DraftRecord[]> };
  "drafts/discard": { request: { pageUrl: string; claimId: string }; reply: DbResult<true> };
}

type Obj = Record<string, unknown>;

class BadNotesMessage extends Error {
  override name = "ProtocolError";
}

function obj(v: unknown, path: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new BadNotesMessage(`${path}: expected an object`);
  return v as Obj;
}
function str(v: unknown, path: string, max = 100_000): string {
  if (typeof v !== "string") throw new BadNotesMessage(`${path}: expected a string`);
  if (v.length > max) throw new BadNotesMessage(`${path}: longer than ${max} characters`);
  return v;
}
function int(v: unknown, path: string): number {
  if (!Number.isSafeInteger(v)) throw new BadNotesMessage(`${path}: expected an integer`);
  return v as number;
}
function strOrNull(v: unknown, path: string): string | null {
  return v === null ? null : str(v, path);
}
function claim(v: unknown, path: string): ClaimSnapshot {
  try {
    return parseClaimSnapshot(v);
  } catch (e) {
    throw new BadNotesMessage(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function parseSelector(v: unknown, path = "selector"): ClaimSelector {
  const o = obj(v, path);
  const q = obj(o.quote, `${path}.quote`);
  const p = obj(o.position, `${path}.position`);
  return {
    quote: { exact: str(q.exact, `${path}.quote.exact`), prefix: str(q.prefix, `${path}.quote.prefix`), suffix: str(q.suffix, `${path}.quote.suffix`) },
    position: { start: int(p.start, `${path}.position.start`), end: int(p.end, `${path}.position.end`) },
  };
}

const ANCHOR_STATES: readonly AnchorStateName[] = ["unchecked", "attached", "figure-changed", "orphaned"];

function anchorState(v: unknown, path: string): AnchorState {
  const o = obj(v, path);
  if (!ANCHOR_STATES.includes(o.state as AnchorStateName)) throw new BadNotesMessage(`${path}.state: unknown`);
  const a: AnchorState = { state: o.state as AnchorStateName, checked: o.checked === null ? null : int(o.checked, `${path}.checked`) };
  if (o.figureChanged !== undefined) {
    const f = obj(o.figureChanged, `${path}.figureChanged`);
    a.figureChanged = { was: str(f.was, `${path}.figureChanged.was`), now: str(f.now, `${path}.figureChanged.now`) };
  }
  if (o.claimId !== undefined) a.claimId = str(o.claimId, `${path}.claimId`);
  return a;
}

export function parseNote(v: unknown, path = "note"): NoteRecord {
  const o = obj(v, path);
  return {
    id: str(o.id, `${path}.id`),
    pageUrl: str(o.pageUrl, `${path}.pageUrl`),
    site: str(o.site, `${path}.site`),
    claimId: str(o.claimId, `${path}.claimId`),
    body: str(o.body, `${path}.body`),
    created: int(o.created, `${path}.created`),
    updated: int(o.updated, `${path}.updated`),
    selector: parseSelector(o.selector, `${path}.selector`),
    anchor: anchorState(o.anchor, `${path}.anchor`),
  };
}

function draft(v: unknown, path = "draft"): DraftRecord {
  const o = obj(v, path);
  const d: DraftRecord = {
    pageUrl: str(o.pageUrl, `${path}.pageUrl`),
    claimId: str(o.claimId, `${path}.claimId`),
    body: str(o.body, `${path}.body`),
    noteId: strOrNull(o.noteId, `${path}.noteId`),
    updated: int(o.updated, `${path}.updated`),
  };
  if (o.quote !== undefined) d.quote = str(o.quote, `${path}.quote`);
  return d;
}

function anchorUpdate(v: unknown, path: string): AnchorUpdate {
  const o = obj(v, path);
  if (o.state !== "attached" && o.state !== "orphaned") throw new BadNotesMessage(`${path}.state: expected attached or orphaned`);
  const u: AnchorUpdate = { id: str(o.id, `${path}.id`), claimId: strOrNull(o.claimId, `${path}.claimId`), state: o.state };
  if (o.figureChanged !== undefined) {
    const f = obj(o.figureChanged, `${path}.figureChanged`);
    u.figureChanged = { was: str(f.was, `${path}.figureChanged.was`), now: str(f.now, `${path}.figureChanged.now`) };
  }
  return u;
}

/** A DbResult as it arrives in a reply: the error kind must be one we know. */
function result<T>(parse: (v: unknown) => T): (v: unknown) => DbResult<T> {
  return (v) => {
    const o = obj(v, "reply");
    if (o.ok === true) return { ok: true, value: parse(o.value) };
    if (o.ok !== false) throw new BadNotesMessage("reply.ok: expected a boolean");
    const e = obj(o.error, "reply.error");
    if (!DB_ERROR_KINDS.includes(e.kind as DbErrorKind)) throw new BadNotesMessage("reply.error.kind: unknown");
    const error: DbError = { kind: e.kind as DbErrorKind, message: str(e.message, "reply.error.message") };
    return { ok: false, error };
  };
}

function list<T>(parse: (v: unknown, path: string) => T, path: string): (v: unknown) => T[] {
  return (v) => {
    if (!Array.isArray(v)) throw new BadNotesMessage(`${path}: expected an array`);
    return v.map((x, i) => parse(x, `${path}[${i}]`));
  };
}

type RequestTable<Api> = { [K in keyof Api]: (m: Obj) => Api[K] extends { request: infer R } ? R : never };
type ReplyTable<Api> = { [K in keyof Api]: (v: unknown) => Api[K] extends { reply: infer R } ? R : never };

export const notesRequests: RequestTable<NotesApi> = {
  "notes/list": (m) => ({ pageUrl: str(m.pageUrl, "pageUrl", 8192) }),
  "notes/counts": (m) => ({ pageUrl: str(m.pageUrl, "pageUrl", 8192) }),
  "notes/add": (m) => ({
    pageUrl: str(m.pageUrl, "pageUrl", 8192),
    pageTitle: str(m.pageTitle, "pageTitle", 2000),
    claim: claim(m.claim, "claim"),
    body: str(m.body, "body"),
    selector: parseSelector(m.selector),
  }),
  "notes/edit": (m) => ({ id: str(m.id, "id"), body: str(m.body, "body") }),
  "notes/delete": (m) => ({ id: str(m.id, "id") }),
  "notes/restore": (m) => ({ note: parseNote(m.note) }),
  "notes/anchors": (m) => ({ updates: list(anchorUpdate, "updates")(m.updates) }),
  "drafts/get": (m) => ({ pageUrl: str(m.pageUrl, "pageUrl", 8192), claimId: str(m.claimId, "claimId") }),
  "drafts/put": (m) => ({
    pageUrl: str(m.pageUrl, "pageUrl", 8192),
    claimId: str(m.claimId, "claimId"),
    body: str(m.body, "body"),
    noteId: strOrNull(m.noteId, "noteId"),
    ...(m.quote !== undefined && { quote: str(m.quote, "quote", 10_000) }),
  }),
  "drafts/list": (m) => ({ pageUrl: str(m.pageUrl, "pageUrl", 8192) }),
  "drafts/discard": (m) => ({ pageUrl: str(m.pageUrl, "pageUrl", 8192), claimId: str(m.claimId, "claimId") }),
};

export const notesReplies: ReplyTable<NotesApi> = {
  "notes/list": result(list(parseNote, "reply.value")),
  "notes/counts": result((v) => {
    const o = obj(v, "reply.value");
    return Object.fromEntries(Object.entries(o).map(([k, n]) => [k, int(n, `reply.value.${k}`)]));
  }),
  "notes/add": result((v) => parseNote(v)),
  "notes/edit": result((v) => parseNote(v)),
  "notes/delete": result((v) => parseNote(v)),
  "notes/restore": result((v) => parseNote(v)),
  "notes/anchors": result((v) => int(v, "reply.value")),
  "drafts/get": result((v) => (v === null ? null : draft(v))),
  "drafts/put": result((v) => draft(v)),
  "drafts/list": result(list(draft, "reply.value")),
  "drafts/discard": result((v) => {
    if (v !== true) throw new BadNotesMessage("reply.value: expected true");
    return true as const;
  }),
};
