// The one message protocol between content script, popup and service worker.
//
// Every message is `{ type, ...fields }` and every reply is a `Reply`. Requests and replies are
// parsed where they are received, because the other end may be an older build, a page script that
// learnt our message names, or plain bugs: a malformed message gets `{ ok: false, error }`, never a
// throw into the browser. This module is pure (no browser API) so it is unit-tested in Node.
//
// To add a message: add it to `PageApi` (answered by the content script, sent with
// tabs.sendMessage) or `BackgroundApi` (answered by the service worker, sent with
// runtime.sendMessage), then add its request parser and reply parser in the tables below. The
// compiler refuses a table with a missing entry.

import type { Claim, ClaimKind, Figure, Source, SourceKind, Status } from "../core/model.ts";
import { notesReplies, notesRequests, type NotesApi } from "./notes-protocol.ts";

/** What the content script knows about its page, as the popup shows it. */
export type PagePhase = "loading" | "ready" | "no-article" | "off";

export interface PageState {
  phase: PagePhase;
  url: string;
  /** Hostname, the key of the per-site highlight switch. */
  site: string;
  title: string;
  /** In page order. Empty unless phase is "ready": a switched-off site is not even read. */
  claims: Claim[];
  /** The claim whose card is open in the page, if any. */
  openClaimId?: string | null;
}

/**
 * The port an extension page opens to a tab (`tabs.connect(tabId, { name: PAGE_STATE_PORT })`) to
 * follow it: the content script posts a PageState at once and again after every change (scan done,
 * page grew, highlights switched). Receivers parse each one with parsePageState.
 */
export const PAGE_STATE_PORT = "claimmark:page-state";

export interface PageApi {
  "page/get-state": { request: Record<string, never>; reply: PageState };
  /** Scroll the claim into view and open its card. */
  "page/reveal-claim": { request: { claimId: string }; reply: { found: boolean } };
  /** The share link for a claim (what the card's "Copy link" copies); null with a reason if none. */
  "page/share-link": { request: { claimId: string }; reply: { link: string | null; error: string | null } };
}

/** Notes messages (notes-protocol.ts) are part of the background API. */
export interface BackgroundApi extends NotesApi {
  /** The content script reports what it found, so the toolbar badge can show the count. */
  "bg/page-state": { request: { phase: PagePhase; count: number }; reply: { badge: string } };
}

export type RequestOf<Api, K extends keyof Api> = Api[K] extends { request: infer R } ? R : never;
export type ReplyOf<Api, K extends keyof Api> = Api[K] extends { reply: infer R } ? R : never;
export type Message<Api, K extends keyof Api = keyof Api> = K extends keyof Api
  ? { type: K } & RequestOf<Api, K>
  : never;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export class ProtocolError extends Error {
  override name = "ProtocolError";
}

// ---- small parsers: each returns the value typed, or throws ProtocolError naming the path ----

type Obj = Record<string, unknown>;

function fail(path: string, want: string, got: unknown): never {
  const shown = got === null ? "null" : Array.isArray(got) ? "array" : typeof got;
  throw new ProtocolError(`${path}: expected ${want}, got ${shown}`);
}

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(path, "an object", v);
  return v as Obj;
}

export function str(v: unknown, path: string): string {
  if (typeof v !== "string") fail(path, "a string", v);
  return v;
}

export function num(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(path, "a finite number", v);
  return v;
}

export function int(v: unknown, path: string): number {
  if (!Number.isInteger(v) || (v as number) < 0) fail(path, "a non-negative integer", v);
  return v as number;
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== "boolean") fail(path, "a boolean", v);
  return v;
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
    throw new ProtocolError(`${path}: expected one of ${allowed.join(", ")}, got ${JSON.stringify(v)}`);
  }
  return v as T;
}

export function nullable<T>(v: unknown, path: string, parse: (v: unknown, path: string) => T): T | null {
  return v === null ? null : parse(v, path);
}

export function arr<T>(v: unknown, path: string, parse: (v: unknown, path: string) => T): T[] {
  if (!Array.isArray(v)) fail(path, "an array", v);
  return v.map((item, i) => parse(item, `${path}[${i}]`));
}

const CLAIM_KINDS: readonly ClaimKind[] = ["numeric", "attributed"];
const SOURCE_KINDS: readonly SourceKind[] = ["person", "organization", "group", "anonymous", "document"];
export const STATUSES: readonly Status[] = ["confirmed", "disputed", "unverified", "unaddressed"];
const PHASES: readonly PagePhase[] = ["loading", "ready", "no-article", "off"];

function parseFigure(v: unknown, path: string): Figure {
  const o = obj(v, path);
  const figure: Figure = {
    text: str(o.text, `${path}.text`),
    approx: bool(o.approx, `${path}.approx`),
    start: int(o.start, `${path}.start`),
    end: int(o.end, `${path}.end`),
  };
  if (o.value !== undefined) figure.value = num(o.value, `${path}.value`);
  if (o.unit !== undefined) figure.unit = str(o.unit, `${path}.unit`);
  return figure;
}

function parseSource(v: unknown, path: string): Source {
  const o = obj(v, path);
  return {
    name: str(o.name, `${path}.name`),
    role: nullable(o.role, `${path}.role`, str),
    kind: oneOf(o.kind, SOURCE_KINDS, `${path}.kind`),
    cue: str(o.cue, `${path}.cue`),
    via: nullable(o.via, `${path}.via`, str),
  };
}

/** Parses a Claim; optional fields added to the model later travel through untouched. */
export function parseClaim(v: unknown, path = "claim"): Claim {
  const o = obj(v, path);
  const start = int(o.start, `${path}.start`);
  const end = int(o.end, `${path}.end`);
  if (end < start) throw new ProtocolError(`${path}: end ${end} is before start ${start}`);
  return {
    ...o,
    id: str(o.id, `${path}.id`),
    text: str(o.text, `${path}.text`),
    start,
    end,
    kinds: arr(o.kinds, `${path}.kinds`, (k, p) => oneOf(k, CLAIM_KINDS, p)),
    figures: arr(o.figures, `${path}.figures`, parseFigure),
    source: nullable(o.source, `${path}.source`, parseSource),
    status: oneOf(o.status, STATUSES, `${path}.status`),
    evidence: nullable(o.evidence, `${path}.evidence`, str),
    evidenceStart: nullable(o.evidenceStart, `${path}.evidenceStart`, int),
    evidenceEnd: nullable(o.evidenceEnd, `${path}.evidenceEnd`, int),
  };
}

export function parsePageState(v: unknown, path = "state"): PageState {
  const o = obj(v, path);
  return {
    phase: oneOf(o.phase, PHASES, `${path}.phase`),
    url: str(o.url, `${path}.url`),
    site: str(o.site, `${path}.site`),
    title: str(o.title, `${path}.title`),
    claims: arr(o.claims, `${path}.claims`, parseClaim),
    openClaimId: o.openClaimId === undefined ? null : nullable(o.openClaimId, `${path}.openClaimId`, str),
  };
}

// ---- the tables ----

type RequestParsers<Api> = { [K in keyof Api]: (m: Obj) => RequestOf<Api, K> };
type ReplyParsers<Api> = { [K in keyof Api]: (v: unknown) => ReplyOf<Api, K> };

export const pageRequests: RequestParsers<PageApi> = {
  "page/get-state": () => ({}),
  "page/reveal-claim": (m) => ({ claimId: str(m.claimId, "claimId") }),
  "page/share-link": (m) => ({ claimId: str(m.claimId, "claimId") }),
};

export const pageReplies: ReplyParsers<PageApi> = {
  "page/get-state": (v) => parsePageState(v),
  "page/reveal-claim": (v) => ({ found: bool(obj(v, "reply").found, "reply.found") }),
  "page/share-link": (v) => {
    const o = obj(v, "reply");
    return { link: nullable(o.link, "reply.link", str), error: nullable(o.error, "reply.error", str) };
  },
};

export const backgroundRequests: RequestParsers<BackgroundApi> = {
  ...notesRequests,
  "bg/page-state": (m) => ({ phase: oneOf(m.phase, PHASES, "phase"), count: int(m.count, "count") }),
};

export const backgroundReplies: ReplyParsers<BackgroundApi> = {
  ...notesReplies,
  "bg/page-state": (v) => ({ badge: str(obj(v, "reply").badge, "reply.badge") }),
};

// ---- receiving ----

export function parseMessage<Api>(parsers: RequestParsers<Api>, raw: unknown): Message<Api> {
  const m = obj(raw, "message");
  const type = str(m.type, "message.type");
  if (!Object.hasOwn(parsers, type)) throw new ProtocolError(`unknown message type ${JSON.stringify(type)}`);
  const body = parsers[type as keyof Api](m);
  return { ...(body as object), type } as Message<Api>;
}

export type Handlers<Api, Ctx> = {
  [K in keyof Api]: (msg: Message<Api, K>, ctx: Ctx) => ReplyOf<Api, K> | Promise<ReplyOf<Api, K>>;
};

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Parses `raw`, runs its handler, and always resolves to a Reply. */
export async function dispatch<Api, Ctx>(
  parsers: RequestParsers<Api>,
  handlers: Handlers<Api, Ctx>,
  raw: unknown,
  ctx: Ctx,
): Promise<Reply<unknown>> {
  let msg: Message<Api>;
  try {
    msg = parseMessage(parsers, raw);
  } catch (e) {
    return { ok: false, error: `bad message: ${errorText(e)}` };
  }
  try {
    const handler = handlers[msg.type as keyof Api] as (m: unknown, c: Ctx) => unknown;
    return { ok: true, value: await handler(msg, ctx) };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// ---- sending ----

/** Checks a raw reply and returns its value; throws ProtocolError for error replies and bad shapes. */
export function readReply<Api, K extends keyof Api>(parsers: ReplyParsers<Api>, type: K, raw: unknown): ReplyOf<Api, K> {
  if (raw === undefined) throw new ProtocolError(`no reply to ${String(type)}`);
  const r = obj(raw, "reply");
  if (r.ok === false) throw new ProtocolError(str(r.error, "reply.error"));
  if (r.ok !== true) throw new ProtocolError(`reply to ${String(type)}: expected ok true or false`);
  return parsers[type](r.value);
}
