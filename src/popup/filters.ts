// Which claims the popup shows: kind, status, source and free-text search, plus the summary counts.
// Pure functions so they are unit-tested and cheap on pages with hundreds of claims.

import type { Claim, Status } from "../core/model.ts";
import { STATUS_ORDER } from "./words.ts";

export type KindFilter = "all" | "numeric" | "attributed";

/** `source`: "all", NO_SOURCE, or a source name as written in the article. */
export interface Filters {
  kind: KindFilter;
  status: "all" | Status;
  source: string;
  query: string;
}

export const NO_SOURCE = "\u0000none";
export const ALL_FILTERS: Filters = { kind: "all", status: "all", source: "all", query: "" };

export function isFiltered(f: Filters): boolean {
  return f.kind !== "all" || f.status !== "all" || f.source !== "all" || f.query.trim() !== "";
}

/** Lowercase without diacritics, so "cafe" finds "Café". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

function haystack(c: Claim): string {
  const s = c.source;
  return fold([c.text, s?.name, s?.role, s?.via, c.evidence].filter(Boolean).join("\n"));
}

export function matcher(f: Filters): (c: Claim) => boolean {
  const words = fold(f.query).split(/\s+/).filter((w) => w.length > 0);
  return (c) => {
    if (f.kind !== "all" && !c.kinds.includes(f.kind)) return false;
    if (f.status !== "all" && c.status !== f.status) return false;
    if (f.source === NO_SOURCE ? c.source !== null : f.source !== "all" && c.source?.name !== f.source) return false;
    if (words.length === 0) return true;
    const text = haystack(c);
    return words.every((w) => text.includes(w));
  };
}

export function applyFilters(claims: readonly Claim[], f: Filters): Claim[] {
  if (!isFiltered(f)) return [...claims];
  return claims.filter(matcher(f));
}

export type Summary = Record<Status, number> & { total: number };

export function summarize(claims: readonly Claim[]): Summary {
  const out: Summary = { total: claims.length, confirmed: 0, disputed: 0, unverified: 0, unaddressed: 0 };
  for (const c of claims) out[c.status]++;
  return out;
}

/** Summary counts as bar segments (percent widths that add up to 100), empty statuses left out. */
export function barSegments(s: Summary): { status: Status; count: number; percent: number }[] {
  if (s.total === 0) return [];
  return STATUS_ORDER.filter((st) => s[st] > 0).map((st) => ({
    status: st,
    count: s[st],
    percent: (s[st] / s.total) * 100,
  }));
}

/** The sources on the page for the source filter: most claims first, then by name. */
export function sourceOptions(claims: readonly Claim[]): { value: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  let none = 0;
  for (const c of claims) {
    if (c.source) counts.set(c.source.name, (counts.get(c.source.name) ?? 0) + 1);
    else none++;
  }
  const named = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => ({ value: name, label: name, count }));
  return none > 0 ? [...named, { value: NO_SOURCE, label: "No stated source", count: none }] : named;
}
