// Share links: the page URL, our token naming the claim, and a text directive for browsers.
//
//   https://news.example/story?id=7#claimmark=v1.<claimId>[.<payload>]:~:text=...
//   https://app.example/#/story/7?claimmark=v1.<claimId>:~:text=...      (hash-router page)
//
// Browsers hide everything from ":~:" on from scripts, so the token before it is how Claimmark on
// the recipient's side knows which claim to open. A page whose own fragment is a route ("#/...",
// "#!/...") keeps it, and the token rides in the route's query, which routers pass through.

import { formatTextDirective, parseTextDirective, type TextDirective } from "./fragment-directive.ts";
import { cleanNote, decodePayload, encodePayload, MAX_PAYLOAD_CHARS, type Decoded, type SharePayload } from "./share-payload.ts";
import { isTrackingParam } from "./url.ts";

export type { Decoded } from "./share-payload.ts";

export const TOKEN_KEY = "claimmark";
export const LINK_VERSION = 1;
// Detector ids look like "c_1x2y3z", "c_1x2y3z-2" or "c_1x2y3z~2": never "." (our separator) or ":".
export const CLAIM_ID = /^[A-Za-z0-9_~-]{1,64}$/;
const MAX_TOKEN_LENGTH = 3 + 64 + 1 + MAX_PAYLOAD_CHARS;
/** Longer links are refused outright, before any parsing. */
export const MAX_LINK_LENGTH = 16384;

export interface ShareToken {
  claimId: string;
  payload: SharePayload | null;
}

export interface ShareLinkInput {
  /** The page's own URL (location.href). */
  pageUrl: string;
  /** The href of the page's <link rel=canonical>, if any; relative is resolved against pageUrl. */
  canonicalUrl?: string | null;
  claimId: string;
  directive: TextDirective | null;
  payload?: SharePayload | null;
}

export interface ParsedShareLink {
  /** The page to open: http(s), without our token and without the directive. */
  pageUrl: string;
  token: ShareToken | null;
  directive: TextDirective | null;
}

const ROUTE = /^!?\//;

function httpUrl(raw: string, base?: string): URL | null {
  try {
    const url = base === undefined ? new URL(raw) : new URL(raw, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

// Labels that name another edition of the same site, not another site.
const EDITION = /^(?:www\d?|m|amp|mobile|beta|edition)\./;

/**
 * Hosts of the same site: equal, or one a subdomain of the other once edition labels (www., amp.,
 * m.) are set aside. Siblings such as a.github.io and b.github.io are not: without the public
 * suffix list we cannot tell a site's subdomains from a hosting platform's tenants.
 */
function sameSite(a: string, b: string): boolean {
  if (a === b) return true;
  a = a.replace(EDITION, "");
  b = b.replace(EDITION, "");
  if (a === b) return a.includes(".");
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.includes(".") && !/^[\d.]+$/.test(short) && long.endsWith("." + short);
}

/** The query without tracking parameters, pairs kept as written and in order. */
function dropTracking(url: URL): void {
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTrackingParam(safeDecode(pair.split("=", 1)[0] ?? "")));
  url.search = kept.length ? "?" + kept.join("&") : "";
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}

/** A route fragment with our token (and anything after it) taken out of its query. */
function routeWithoutToken(route: string): string {
  const q = route.indexOf("?");
  if (q === -1) return route;
  const pairs = route
    .slice(q + 1)
    .split("&")
    .filter((p) => p !== "" && !p.startsWith(TOKEN_KEY + "="));
  return pairs.length ? route.slice(0, q + 1) + pairs.join("&") : route.slice(0, q);
}

/** The fragment of a URL without the directive part, and the directive part. */
function splitFragment(hash: string): { own: string; directives: string | null } {
  const frag = hash.startsWith("#") ? hash.slice(1) : hash;
  const at = frag.indexOf(":~:");
  return at === -1 ? { own: frag, directives: null } : { own: frag.slice(0, at), directives: frag.slice(at + 3) };
}

/**
 * The URL a share link points at: the canonical URL when the page declares one on the same site
 * (and it is not just the site's home page), else the page's own URL; tracking parameters and
 * credentials removed; a hash-router route kept, any other fragment dropped.
 */
export function shareBaseUrl(pageUrl: string, canonicalUrl?: string | null): Decoded<{ url: string; route: string | null }> {
  const page = httpUrl(pageUrl);
  if (!page) return { ok: false, error: "Only web pages (http or https) can be shared." };
  const own = splitFragment(page.hash).own;
  const route = ROUTE.test(own) ? routeWithoutToken(own) : null;
  let base = page;
  // A route lives only in this page's fragment; a canonical URL cannot express it.
  if (canonicalUrl && route === null) {
    const canon = httpUrl(canonicalUrl.trim(), page.href);
    const homeForArticle = canon !== null && canon.pathname === "/" && page.pathname !== "/";
    if (canon && sameSite(canon.hostname, page.hostname) && !homeForArticle) base = canon;
  }
  const url = new URL(base.href);
  url.username = "";
  url.password = "";
  url.hash = "";
  dropTracking(url);
  return { ok: true, value: { url: url.href, route } };
}

export function formatToken(t: ShareToken): string {
  let s = `v${LINK_VERSION}.${t.claimId}`;
  if (t.payload) s += "." + encodePayload(t.payload);
  return s;
}

/** Parses the value after "claimmark=". */
export function parseToken(value: string): Decoded<ShareToken> {
  if (value.length > MAX_TOKEN_LENGTH) return { ok: false, error: "This Claimmark link is too long to be genuine." };
  const parts = value.split(".");
  const version = /^v(\d{1,4})$/.exec(parts[0] ?? "");
  if (!version) return { ok: false, error: "This Claimmark link is damaged (no version)." };
  if (Number(version[1]) !== LINK_VERSION) {
    return { ok: false, error: `This Claimmark link is format v${Number(version[1])}; this version of Claimmark reads v${LINK_VERSION}.` };
  }
  if (parts.length < 2 || parts.length > 3) return { ok: false, error: "This Claimmark link is damaged." };
  const claimId = parts[1] ?? "";
  if (!CLAIM_ID.test(claimId)) return { ok: false, error: "This Claimmark link names no valid claim." };
  if (parts.length === 2) return { ok: true, value: { claimId, payload: null } };
  const payload = decodePayload(parts[2] ?? "");
  if (!payload.ok) return payload;
  return { ok: true, value: { claimId, payload: payload.value } };
}

/** Finds our token in a fragment, whether plain ("#claimmark=") or inside a route's query. */
function tokenValue(own: string): string | null {
  const m = /(?:^|[?&])claimmark=([^&]*)/.exec(own);
  return m ? (m[1] ?? "") : null;
}

/**
 * Reads our token from a page's location.hash (which the browser has already stripped of ":~:"
 * and what follows; stripped here too, for browsers that do not). Null when the hash has none.
 */
export function readShareToken(hash: string): Decoded<ShareToken> | null {
  if (hash.length > MAX_LINK_LENGTH) return { ok: false, error: "This Claimmark link is too long to be genuine." };
  const value = tokenValue(splitFragment(hash).own);
  return value === null ? null : parseToken(value);
}

export function buildShareLink(input: ShareLinkInput): Decoded<string> {
  if (!CLAIM_ID.test(input.claimId)) return { ok: false, error: "This claim has no shareable id." };
  const base = shareBaseUrl(input.pageUrl, input.canonicalUrl);
  if (!base.ok) return base;
  const p = input.payload;
  const payload = p && (p.verdict !== null || cleanNote(p.note) !== "") ? p : null;
  const token = `${TOKEN_KEY}=${formatToken({ claimId: input.claimId, payload })}`;
  const { url, route } = base.value;
  let fragment = route === null ? token : route + (route.includes("?") ? "&" : "?") + token;
  if (input.directive) fragment += ":~:" + formatTextDirective(input.directive);
  const link = url + "#" + fragment;
  if (link.length > MAX_LINK_LENGTH) return { ok: false, error: "The link would be too long to share." };
  return { ok: true, value: link };
}

/** Reads a share link as a recipient's browser would; anything not http(s) is refused. */
export function parseShareLink(link: string): Decoded<ParsedShareLink> {
  if (link.length > MAX_LINK_LENGTH) return { ok: false, error: "This link is too long to be genuine." };
  const url = httpUrl(link.trim());
  if (!url) return { ok: false, error: "Only http and https links can be opened." };
  const { own, directives } = splitFragment(url.hash);
  let token: ShareToken | null = null;
  const value = tokenValue(own);
  if (value !== null) {
    const parsed = parseToken(value);
    if (!parsed.ok) return parsed;
    token = parsed.value;
  }
  let directive: TextDirective | null = null;
  if (directives !== null) {
    const text = directives.split("&").find((d) => d.startsWith("text="));
    if (text !== undefined) {
      directive = parseTextDirective(text);
      if (!directive) return { ok: false, error: "This link's text fragment is malformed." };
    }
  }
  const page = new URL(url.href);
  const route = ROUTE.test(own) ? routeWithoutToken(own) : null;
  page.hash = route ?? "";
  return { ok: true, value: { pageUrl: page.href, token, directive } };
}
