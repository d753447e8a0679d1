// The page's notes for the popup, live: a note saved from the card (or deleted in the notebook)
// changes the popup while it is open (Dexie's liveQuery also follows writes made in other
// extension contexts). Counts per claim, and the orphaned notes, which are shown, never hidden.

import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";
import { currentClaimId, pageKey } from "../db/notes.ts";
import { sharedDb } from "../db/open.ts";
import type { NoteRecord } from "../db/schema.ts";

export interface PageNotes {
  counts: Record<string, number>;
  /** Notes whose sentence the last visit could not find on the page, newest first. */
  orphans: NoteRecord[];
  /** A reader-facing sentence when the notes database could not be read. */
  error: string | null;
}

const NONE: PageNotes = { counts: {}, orphans: [], error: null };

export function summarizeNotes(notes: readonly NoteRecord[]): Omit<PageNotes, "error"> {
  const counts: Record<string, number> = {};
  const orphans: NoteRecord[] = [];
  for (const n of notes) {
    if (n.anchor.state === "orphaned") {
      orphans.push(n);
      continue;
    }
    const at = currentClaimId(n);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return { counts, orphans };
}

export function usePageNotes(url: string | null): PageNotes {
  const [result, setResult] = useState<PageNotes>(NONE);
  useEffect(() => {
    if (!url) {
      setResult(NONE);
      return;
    }
    let live = true;
    let unsubscribe = () => {};
    // The database is opened outside liveQuery: its querier may only await Dexie's own promises,
    // or it stops noticing changes.
    void sharedDb().then((db) => {
      if (!live) return;
      if (!db.ok) {
        setResult({ ...NONE, error: db.error.message });
        return;
      }
      const key = pageKey(url);
      const sub = liveQuery(() => db.value.notes.where("pageUrl").equals(key).toArray()).subscribe({
        next: (notes) => {
          notes.sort((a, b) => b.updated - a.updated);
          setResult({ ...summarizeNotes(notes), error: null });
        },
        error: (e: unknown) => setResult({ ...NONE, error: `Notes could not be read: ${String(e)}` }),
      });
      unsubscribe = () => sub.unsubscribe();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [url]);
  return result;
}
