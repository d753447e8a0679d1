// The page's notes for the popup, live: a note saved from the card (or deleted in the notebook)
// changes the popup while it is open. Counts per claim, and the orphaned notes, which are shown,
// never hidden.

import { useEffect, useState } from "preact/hooks";
import { currentClaimId } from "../db/notes.ts";
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
    import("./notes-live.ts")
      .then(({ followPageNotes }) =>
        followPageNotes(
          url,
          (notes) => live && setResult({ ...summarizeNotes(notes), error: null }),
          (message) => live && setResult({ ...NONE, error: message }),
        ),
      )
      .then(
        (stop) => (live ? (unsubscribe = stop) : stop()),
        (e: unknown) => live && setResult({ ...NONE, error: `Notes could not be read: ${String(e)}` }),
      );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [url]);
  return result;
}
