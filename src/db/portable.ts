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
      const seenIds = new Set<string>();
      const added = new Set<string>();
      for (const p of parsed.notes) {
        if (seenIds.has(p.id)) {
          report.duplicates++;
          continue;
        }
        seenIds.add(p.id);
        const incoming = toRecord(p);
        const existing = await db.notes.get(incoming.id);
        if (existing) {
          if (sameJson(existing, incoming) || existing.updated >= incoming.updated) report.duplicates++;
          else {
            await db.notes.put(incoming);
            report.updated++;
          }
        } else if (await sameTextAlreadyHere(db, incoming, added)) {
          report.duplicates++;
          continue;
        } else {
          await db.notes.add(incoming);
          added.add(incoming.id);
          report.imported++;
        }
        await mergeClaim(db, p);
        await mergePage(db, p);
      }
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

async function sameTextAlreadyHere(db: ClaimmarkDB, n: NoteRecord, addedNow: Set<string>): Promise<boolean> {
  // Only notes that were here before this import count: two notes in one file are both kept.
  const onPage = (await db.notes.where("pageUrl").equals(n.pageUrl).toArray()).filter((o) => !addedNow.has(o.id));
  // Same words on the same quote written at the same moment: the same note under another id (e.g.
  // re-exported by another tool). Identical notes written at different times are both kept.
  return onPage.some((o) => o.body === n.body && o.created === n.created && o.selector.quote.exact === n.selector.quote.exact);
}

async function mergeClaim(db: ClaimmarkDB, p: PortableNote): Promise<void> {
  if (!p.claim) return;
  const key: [string, string] = [p.pageUrl, p.claimId];
  if (await db.claims.get(key)) return;
  await db.claims.add({ pageUrl: p.pageUrl, claimId: p.claimId, ...p.claim });
}

async function mergePage(db: ClaimmarkDB, p: PortableNote): Promise<void> {
  const existing = await db.pages.get(p.pageUrl);
  if (existing && (!p.page || existing.lastSeen >= p.page.lastSeen)) return;
  const page = p.page ?? { title: p.pageUrl, lastSeen: p.updated };
  await db.pages.put({ url: p.pageUrl, site: siteOf(p.pageUrl), title: page.title, lastSeen: page.lastSeen });
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
