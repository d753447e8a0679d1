// Reading and writing notes. Every write is one transaction: the note, the claim snapshot, the page
// and the removal of the draft happen together or not at all, so a failed save leaves the draft.
import type { ClaimSelector, FigureChange } from "../core/anchor.ts";
import type { Claim } from "../core/model.ts";
import { normalizePageUrl, siteOf } from "../core/url.ts";
import { attempt, InvalidInput, NotFound, type DbResult } from "./errors.ts";
import type { AnchorState, ClaimmarkDB, ClaimRecord, NoteRecord, PageRecord } from "./schema.ts";

export const MAX_BODY_LENGTH = 20_000;

export type ClaimSnapshot = Pick<Claim, "id" | "text" | "figures" | "source" | "status" | "evidence">;

export interface NewNote {
  pageUrl: string;
  pageTitle: string;
  claim: ClaimSnapshot;
  body: string;
  selector: ClaimSelector;
}

export function pageKey(rawUrl: string): string {
  const url = normalizePageUrl(rawUrl);
  if (!url) throw new InvalidInput(`Notes can only be kept for web pages (http or https), not ${JSON.stringify(rawUrl.slice(0, 80))}.`);
  return url;
}

function checkBody(body: string): string {
  if (body.trim() === "") throw new InvalidInput("The note is empty.");
  if (body.length > MAX_BODY_LENGTH) throw new InvalidInput(`The note is longer than ${MAX_BODY_LENGTH} characters.`);
  return body;
}

function newId(): string {
  return crypto.randomUUID();
}

export function addNote(db: ClaimmarkDB, input: NewNote, now = Date.now()): Promise<DbResult<NoteRecord>> {
  return attempt(async () => {
    const pageUrl = pageKey(input.pageUrl);
    const note: NoteRecord = {
      id: newId(),
      pageUrl,
      site: siteOf(pageUrl),
      claimId: input.claim.id,
      body: checkBody(input.body),
      created: now,
      updated: now,
      selector: input.selector,
      anchor: { state: "attached", checked: now },
    };
    await db.transaction("rw", [db.notes, db.claims, db.pages, db.drafts], async () => {
      await touchPage(db, pageUrl, input.pageTitle, now);
      // The snapshot records the claim as it read when it was first annotated; later notes keep it.
      const existing = await db.claims.get([pageUrl, input.claim.id]);
      if (!existing) await db.claims.add(snapshot(pageUrl, input.claim, now));
      await db.notes.add(note);
      await dropDraft(db, pageUrl, input.claim.id, null);
    });
    return note;
  });
}

export function editNote(db: ClaimmarkDB, id: string, body: string, now = Date.now()): Promise<DbResult<NoteRecord>> {
  return attempt(() =>
    db.transaction("rw", [db.notes, db.drafts], async () => {
      const note = await db.notes.get(id);
      if (!note) throw new NotFound("This note no longer exists (it may have been deleted in another window).");
      const updated: NoteRecord = { ...note, body: checkBody(body), updated: now };
      await db.notes.put(updated);
      await dropDraft(db, note.pageUrl, currentClaimId(note), id);
      return updated;
    }),
  );
}

/** Deletes a note and hands it back, so the caller can offer undo (restoreNote). */
export function deleteNote(db: ClaimmarkDB, id: string): Promise<DbResult<NoteRecord>> {
  return attempt(() =>
    db.transaction("rw", db.notes, async () => {
      const note = await db.notes.get(id);
      if (!note) throw new NotFound("This note no longer exists.");
      await db.notes.delete(id);
      return note;
    }),
  );
}

export function restoreNote(db: ClaimmarkDB, note: NoteRecord): Promise<DbResult<NoteRecord>> {
  return attempt(async () => {
    await db.transaction("rw", db.notes, async () => {
      // An undo never overwrites a note that exists again (e.g. restored twice).
      if (!(await db.notes.get(note.id))) await db.notes.add(note);
    });
    return note;
  });
}

/** A page's notes, newest first. */
export function listNotes(db: ClaimmarkDB, rawUrl: string): Promise<DbResult<NoteRecord[]>> {
  return attempt(async () => {
    const notes = await db.notes.where("pageUrl").equals(pageKey(rawUrl)).toArray();
    return notes.sort(newestFirst);
  });
}

export function countsByClaim(db: ClaimmarkDB, rawUrl: string): Promise<DbResult<Record<string, number>>> {
  return attempt(async () => {
    const counts: Record<string, number> = {};
    await db.notes
      .where("pageUrl")
      .equals(pageKey(rawUrl))
      .each((n) => {
        const at = currentClaimId(n);
        counts[at] = (counts[at] ?? 0) + 1;
      });
    return counts;
  });
}

export interface AnchorUpdate {
  id: string;
  /** The claim the note landed on now (a claim's id changes when its sentence was edited). */
  claimId: string | null;
  state: "attached" | "orphaned";
  figureChanged?: FigureChange;
}

/** Records what a visit found when re-anchoring. Orphaned notes keep everything they had. */
export function recordAnchors(db: ClaimmarkDB, updates: AnchorUpdate[], now = Date.now()): Promise<DbResult<number>> {
  return attempt(() =>
    db.transaction("rw", db.notes, async () => {
      let changed = 0;
      for (const u of updates) {
        const note = await db.notes.get(u.id);
        if (!note) continue;
        const anchor: AnchorState = { state: "orphaned", checked: now };
        if (u.state === "attached") {
          anchor.state = u.figureChanged ? "figure-changed" : "attached";
          if (u.figureChanged) anchor.figureChanged = u.figureChanged;
          if (u.claimId) anchor.claimId = u.claimId;
        }
        await db.notes.put({ ...note, anchor });
        changed++;
      }
      return changed;
    }),
  );
}

export interface NotebookData {
  notes: NoteRecord[];
  claims: ClaimRecord[];
  pages: PageRecord[];
}

/** Everything the notebook shows, notes newest first. */
export function loadNotebook(db: ClaimmarkDB): Promise<DbResult<NotebookData>> {
  return attempt(() =>
    db.transaction("r", [db.notes, db.claims, db.pages], async () => ({
      notes: (await db.notes.toArray()).sort(newestFirst),
      claims: await db.claims.toArray(),
      pages: await db.pages.toArray(),
    })),
  );
}

/** Removes the claim's draft if it is the text just saved (a new note, or an edit of `noteId`). */
async function dropDraft(db: ClaimmarkDB, pageUrl: string, claimId: string, noteId: string | null): Promise<void> {
  const draft = await db.drafts.get([pageUrl, claimId]);
  if (draft && draft.noteId === noteId) await db.drafts.delete([pageUrl, claimId]);
}

async function touchPage(db: ClaimmarkDB, url: string, title: string, now: number): Promise<void> {
  const page = await db.pages.get(url);
  await db.pages.put({ url, site: siteOf(url), title: title || page?.title || url, lastSeen: now });
}

function snapshot(pageUrl: string, c: ClaimSnapshot, now: number): ClaimRecord {
  return {
    pageUrl,
    claimId: c.id,
    text: c.text,
    figures: c.figures,
    source: c.source,
    status: c.status,
    evidence: c.evidence,
    saved: now,
  };
}

/** The claim a note sits on now: where the last visit re-anchored it, else the one it was written on. */
export function currentClaimId(n: NoteRecord): string {
  return n.anchor.claimId ?? n.claimId;
}

function newestFirst(a: NoteRecord, b: NoteRecord): number {
  return b.updated - a.updated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
