// The Dexie side of the popup's notes, loaded after the list is on screen so the database code
// does not delay the first paint.

import { liveQuery } from "dexie";
import { pageKey } from "../db/notes.ts";
import { sharedDb } from "../db/open.ts";
import type { NoteRecord } from "../db/schema.ts";

/** Calls `next` with the page's notes now and after every change; returns the unsubscribe. */
export async function followPageNotes(
  url: string,
  next: (notes: NoteRecord[]) => void,
  fail: (message: string) => void,
): Promise<() => void> {
  // The database is opened outside liveQuery: its querier may only await Dexie's own promises,
  // or it stops noticing changes.
  const db = await sharedDb();
  if (!db.ok) {
    fail(db.error.message);
    return () => {};
  }
  const key = pageKey(url);
  const sub = liveQuery(() => db.value.notes.where("pageUrl").equals(key).toArray()).subscribe({
    next: (notes) => next(notes.sort((a, b) => b.updated - a.updated)),
    error: (e: unknown) => fail(`Notes could not be read: ${String(e)}`),
  });
  return () => sub.unsubscribe();
}
