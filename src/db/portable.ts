// Export and import of notes as W3C Web Annotations (the format lives in src/core/annotation.ts).
// Import is one transaction: it validates first, then adds what is new, and skips duplicates; a
// file that cannot be read as a whole changes nothing.
import { parseImport, serializeExport, type PortableNote, type Rejection } from "../core/annotation.ts";
import { siteOf } from "../core/url.ts";
import { attempt, InvalidInput, type DbResult } from "./errors.ts";
import type { ClaimmarkDB, ClaimRecord, NoteRecord, PageRecord } from "./schema.ts";

export interface ImportReport {
  imported: number;
  /** Notes already here (same id, or the same text on the same quote and page written at the same time). */
  duplicates: number;
  /** Notes here that the file had in a newer version. */
  updated: number;
  rejected: Rejection[];
}

export function exportNotes(db: ClaimmarkDB, now = Date.now()): Promise<DbResult<{ json: string; count: number }>> {
  return attempt(() =>
    db.transaction("r", [db.notes, db.claims, db.pages], async () => {
      const [notes, claims, pages] = await Promise.all([db.notes.orderBy("updated").toArray(), db.claims.toArray(), db.pages.toArray()]);
      const claimOf = new Map(claims.map((c) => [claimKey(c.pageUrl, c.claimId), c]));
      const pageOf = new Map(pages.map((p) => [p.url, p]));
      const portable = notes.map((n) => toPortable(n, claimOf.get(claimKey(n.pageUrl, n.claimId)), pageOf.get(n.pageUrl)));
      return { json: serializeExport(portable, now), count: portable.length };
    }),
  );
}

export function importNotes(db: ClaimmarkDB, fileText: string): Promise<DbResult<ImportReport>> {
  return attempt(async () => {
    const parsed = parseImport(fileText);
    if (!parsed.ok) throw new InvalidInput(parsed.message);
    const report: ImportReport = { imported: 0, duplicates: 0, updated: 0, rejected: parsed.rejected };
    await db.transaction("rw", [db.notes, db.claims, db.pages], async () => {
      // What is here already, read once: a file of thousands of notes must not query per note.
      const [notesHere, claimsHere, pagesHere] = await Promise.all([db.notes.toArray(), db.claims.toArray(), db.pages.toArray()]);
      const byId = new Map(notesHere.map((n) => [n.id, n]));
      // Only notes that were here before this import count as "the same note under another id":
      // two notes in one file are both kept.
      const contentHere = new Set(notesHere.map(contentKey));
      const claimKeys = new Set(claimsHere.map((c) => claimKey(c.pageUrl, c.claimId)));
      const pages = new Map(pagesHere.map((p) => [p.url, p]));
      const seenIds = new Set<string>();
      const writes: NoteRecord[] = [];
      const newClaims: ClaimRecord[] = [];
      const touchedPages = new Map<string, PageRecord>();
      for (const p of parsed.notes) {
        if (seenIds.has(p.id)) {
          report.duplicates++;
          continue;
        }
        seenIds.add(p.id);
        const incoming = toRecord(p);
        const existing = byId.get(incoming.id);
        if (existing) {
          if (sameJson(existing, incoming) || existing.updated >= incoming.updated) report.duplicates++;
          else {
            writes.push(incoming);
            report.updated++;
          }
        } else if (contentHere.has(contentKey(incoming))) {
          report.duplicates++;
          continue;
        } else {
          writes.push(incoming);
          report.imported++;
        }
        const ck = claimKey(p.pageUrl, p.claimId);
        if (p.claim && !claimKeys.has(ck)) {
          claimKeys.add(ck);
          newClaims.push({ pageUrl: p.pageUrl, claimId: p.claimId, ...p.claim });
        }
        const page = mergedPage(pages.get(p.pageUrl), p);
        if (page) {
          pages.set(page.url, page);
          touchedPages.set(page.url, page);
        }
      }
      await db.notes.bulkPut(writes);
      await db.claims.bulkAdd(newClaims);
      await db.pages.bulkPut([...touchedPages.values()]);
    });
    return report;
  });
}

/** Removes every note, claim snapshot and page record (drafts are left alone). */
export function wipeNotes(db: ClaimmarkDB): Promise<DbResult<true>> {
  return attempt(async () => {
    await db.transaction("rw", [db.notes, db.claims, db.pages], async () => {
      await Promise.all([db.notes.clear(), db.claims.clear(), db.pages.clear()]);
    });
    return true as const;
  });
}

function toPortable(n: NoteRecord, claim: ClaimRecord | undefined, page: PageRecord | undefined): PortableNote {
  return {
    id: n.id,
    pageUrl: n.pageUrl,
    claimId: n.claimId,
    body: n.body,
    created: n.created,
    updated: n.updated,
    selector: n.selector,
    anchor: n.anchor,
    claim: claim
      ? { text: claim.text, figures: claim.figures, source: claim.source, status: claim.status, evidence: claim.evidence, saved: claim.saved }
      : null,
    page: page ? { title: page.title, lastSeen: page.lastSeen } : null,
  };
}

function toRecord(p: PortableNote): NoteRecord {
  return {
    id: p.id,
    pageUrl: p.pageUrl,
    site: siteOf(p.pageUrl),
    claimId: p.claimId,
    body: p.body,
    created: p.created,
    updated: p.updated,
    selector: p.selector,
    anchor: p.anchor,
  };
}

/** Same words on the same quote written at the same moment: the same note (e.g. re-exported by
 * another tool under another id). Identical notes written at different times are both kept. */
function contentKey(n: NoteRecord): string {
  return [n.pageUrl, n.created, n.selector.quote.exact, n.body].join("\u0000");
}

/** The page record after importing `p`, or null when what is here is already as new. */
function mergedPage(existing: PageRecord | undefined, p: PortableNote): PageRecord | null {
  if (existing && (!p.page || existing.lastSeen >= p.page.lastSeen)) return null;
  const page = p.page ?? { title: p.pageUrl, lastSeen: p.updated };
  return { url: p.pageUrl, site: siteOf(p.pageUrl), title: page.title, lastSeen: page.lastSeen };
}

function claimKey(pageUrl: string, claimId: string): string {
  return `${pageUrl}\u0000${claimId}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}
