// Unsaved notes, one per claim: typed text survives closing the card, reloading the page and a
// failed save. A draft is removed only by the transaction that saves its note, or on discard.
import { Dexie } from "dexie";
import { attempt, InvalidInput, type DbResult } from "./errors.ts";
import { MAX_BODY_LENGTH, pageKey } from "./notes.ts";
import type { ClaimmarkDB, DraftRecord } from "./schema.ts";

export function getDraft(db: ClaimmarkDB, rawUrl: string, claimId: string): Promise<DbResult<DraftRecord | null>> {
  return attempt(async () => (await db.drafts.get([pageKey(rawUrl), claimId])) ?? null);
}

export function putDraft(
  db: ClaimmarkDB,
  draft: { pageUrl: string; claimId: string; body: string; noteId: string | null; quote?: string },
  now = Date.now(),
): Promise<DbResult<DraftRecord>> {
  return attempt(async () => {
    if (draft.body.length > MAX_BODY_LENGTH) throw new InvalidInput(`The note is longer than ${MAX_BODY_LENGTH} characters.`);
    const record: DraftRecord = { pageUrl: pageKey(draft.pageUrl), claimId: draft.claimId, body: draft.body, noteId: draft.noteId, updated: now };
    if (draft.quote !== undefined) record.quote = draft.quote;
    await db.transaction("rw", db.drafts, () => db.drafts.put(record));
    return record;
  });
}

export function discardDraft(db: ClaimmarkDB, rawUrl: string, claimId: string): Promise<DbResult<true>> {
  return attempt(async () => {
    await db.transaction("rw", db.drafts, () => db.drafts.delete([pageKey(rawUrl), claimId]));
    return true as const;
  });
}

/** Every draft of a page, newest first (the card looks here when its claim's id has changed). */
export function listDrafts(db: ClaimmarkDB, rawUrl: string): Promise<DbResult<DraftRecord[]>> {
  return attempt(async () => {
    const url = pageKey(rawUrl);
    const drafts = await db.drafts.where("[pageUrl+claimId]").between([url, Dexie.minKey], [url, Dexie.maxKey]).toArray();
    return drafts.sort((a, b) => b.updated - a.updated);
  });
}
