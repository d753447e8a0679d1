// The notebook's search and filters, over every note in memory: each note gets one folded
// haystack (its text, its claim, its page title) built once, so a query is a few substring scans.
import type { Status } from "../core/model.ts";
import { currentClaimId } from "../db/notes.ts";
import type { ClaimRecord, NoteRecord, PageRecord } from "../db/schema.ts";

export interface NotebookEntry {
  note: NoteRecord;
  claim: ClaimRecord | null;
  page: PageRecord | null;
  /** Lowercased, accents removed: what the search matches against. */
  haystack: string;
}

export interface PageGroup {
  pageUrl: string;
  site: string;
  title: string;
  /** Newest first. */
  entries: NotebookEntry[];
}

export type PlacementFilter = "all" | "figure-changed" | "orphaned";

export interface Query {
  text: string;
  site: string | null;
  status: Status | null;
  placement: PlacementFilter;
}

export const EMPTY_QUERY: Query = { text: "", site: null, status: null, placement: "all" };

const NON_ASCII = /[^\u0000-\u007f]/;

export function fold(s: string): string {
  // Most text is ASCII: only the rest pays for decomposition.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function buildEntries(notes: readonly NoteRecord[], claims: readonly ClaimRecord[], pages: readonly PageRecord[]): NotebookEntry[] {
  const claimOf = new Map(claims.map((c) => [`${c.pageUrl}\u0000${c.claimId}`, c]));
  const pageOf = new Map(pages.map((p) => [p.url, p]));
  return notes.map((note) => {
    const claim = claimOf.get(`${note.pageUrl}\u0000${note.claimId}`) ?? null;
    const page = pageOf.get(note.pageUrl) ?? null;
    const claimText = claim?.text ?? note.selector.quote.exact;
    return { note, claim, page, haystack: fold(`${note.body}\n${claimText}\n${page?.title ?? ""}`) };
  });
}

/** Entries matching every word of the query and every filter, grouped by page; newest first throughout. */
export function searchNotebook(entries: readonly NotebookEntry[], q: Query): PageGroup[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const groups = new Map<string, PageGroup>();
  for (const e of entries) {
    if (q.site !== null && e.note.site !== q.site) continue;
    if (q.status !== null && e.claim?.status !== q.status) continue;
    if (q.placement !== "all" && e.note.anchor.state !== q.placement) continue;
    let hit = true;
    for (const w of words) {
      if (!e.haystack.includes(w)) {
        hit = false;
        break;
      }
    }
    if (!hit) continue;
    let g = groups.get(e.note.pageUrl);
    if (!g) {
      g = { pageUrl: e.note.pageUrl, site: e.note.site, title: e.page?.title || e.note.pageUrl, entries: [] };
      groups.set(e.note.pageUrl, g);
    }
    g.entries.push(e);
  }
  const out = [...groups.values()];
  for (const g of out) g.entries.sort(newestFirst);
  out.sort((a, b) => newestFirst(a.entries[0]!, b.entries[0]!));
  return out;
}

export function sitesOf(entries: readonly NotebookEntry[]): string[] {
  return [...new Set(entries.map((e) => e.note.site))].sort();
}

/** The claim the note sits on now, for links that open its card. */
export function claimIdNow(e: NotebookEntry): string {
  return currentClaimId(e.note);
}

function newestFirst(a: NotebookEntry, b: NotebookEntry): number {
  return b.note.updated - a.note.updated || (a.note.id < b.note.id ? -1 : 1);
}
