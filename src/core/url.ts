// Page identity for notes: two visits to the same article must map to the same key even when one
// came from a newsletter link (utm_*), a social share (fbclid) or carried a text fragment.

// Parameters that only say how the reader arrived, never which page they are on.
const TRACKING_EXACT = new Set([
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
  "igshid", "igsh", "li_fat_id", "mc_cid", "mc_eid", "mkt_tok", "ref_src", "ref_url",
  "_ga", "_gl", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
  "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid", "rb_clickid", "s_cid",
  "cmpid", "icid", "ito", "smid", "smtyp", "sr_share", "at_medium", "at_campaign",
  "at_custom1", "at_custom2", "at_custom3", "at_custom4", "spm", "fb_ref", "fb_source",
  "ocid", "cvid", "xtor", "guccounter", "guce_referrer", "guce_referrer_sig",
]);
const TRACKING_PREFIXES = ["utm_", "ns_", "pk_", "mtm_", "hsa_", "itm_"];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * The key a page's notes are stored under: fragment and tracking parameters dropped, the remaining
 * parameters sorted (by name, then value), host lowercased, default port dropped, path kept as is.
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function normalizePageUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // WHATWG URL already lowercases the host and drops a default port; credentials never identify a page.
  url.username = "";
  url.password = "";
  url.hash = "";
  // Pairs are kept as written (not re-encoded) so the stored URL still opens the same page.
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !isTrackingParam(decodeName(pair)));
  kept.sort((a, b) => compare(decodeName(a), decodeName(b)) || compare(a, b));
  url.search = kept.length ? "?" + kept.join("&") : "";
  // A host ending in "." names the same host without it.
  if (url.hostname.endsWith(".")) url.hostname = url.hostname.slice(0, -1);
  return url.toString();
}

/** The site a page belongs to, for grouping and filters: the host without a leading "www.". */
export function siteOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

function decodeName(pair: string): string {
  const name = pair.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    return name;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
