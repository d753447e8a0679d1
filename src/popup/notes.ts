// Note counts per claim for the page, live: a note saved from the card (or deleted in the notebook)
// changes the popup's numbers while it is open. Dexie's liveQuery follows writes made in other
// extension contexts too.

import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";
import { countsByClaim } from "../db/notes.ts";
import { sharedDb } from "../db/open.ts";

export interface NoteCounts {
  counts: Record<string, number>;
  /** A reader-facing sentence when the notes database could not be read. */
  error: string | null;
}

export function useNoteCounts(url: string | null): NoteCounts {
  const [result, setResult] = useState<NoteCounts>({ counts: {}, error: null });
  useEffect(() => {
    if (!url) return;
    const sub = liveQuery(async () => {
      const db = await sharedDb();
      if (!db.ok) return { counts: {}, error: db.error.message };
      const counts = await countsByClaim(db.value, url);
      return counts.ok ? { counts: counts.value, error: null } : { counts: {}, error: counts.error.message };
    }).subscribe({
      next: (r) => setResult(r),
      error: (e: unknown) => setResult({ counts: {}, error: `Notes could not be read: ${String(e)}` }),
    });
    return () => sub.unsubscribe();
  }, [url]);
  return result;
}
