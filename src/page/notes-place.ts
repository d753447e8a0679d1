// Where the reader's saved notes belong on the page as it reads now: each note's selector is
// re-anchored in the article text (src/core/anchor.ts) and lands on the claim it overlaps. A note
// whose sentence is gone, or is no longer a claim, is orphaned: listed with its quote, never dropped.
// A note the time budget did not reach gets no placement: it keeps its last recorded state.
import { anchor, claimAt, prepareText, type FigureChange } from "../core/anchor.ts";
import type { Claim } from "../core/model.ts";
import type { AnchorUpdate } from "../db/notes.ts";
import type { NoteRecord } from "../db/schema.ts";

export interface Placement {
  state: "attached" | "orphaned";
  claimId: string | null;
  figureChanged?: FigureChange;
}

/** Total time for re-anchoring a page's notes, each note getting what is left: this runs on the
 * page's main thread after a scan, which must stay clear of long tasks. */
const PAGE_BUDGET_MS = 40;

export function placeNotes(notes: readonly NoteRecord[], text: string, claims: readonly Claim[], now: () => number = Date.now): Map<string, Placement> {
  const out = new Map<string, Placement>();
  if (notes.length === 0) return out;
  const prepared = prepareText(text);
  const deadline = now() + PAGE_BUDGET_MS;
  for (const note of notes) {
    // Past the deadline only the cheap steps run (position, exact quote).
    const r = anchor(note.selector, prepared, { budgetMs: Math.max(0, deadline - now()), now });
    // Out of time is not evidence the sentence is gone: such a note keeps what was last recorded.
    if (r.state === "orphaned" && r.reason === "budget") continue;
    const claim = r.state === "attached" ? claimAt(claims, r.start, r.end) : null;
    if (r.state !== "attached" || !claim) {
      out.set(note.id, { state: "orphaned", claimId: null });
      continue;
    }
    const p: Placement = { state: "attached", claimId: claim.id };
    if (r.figureChanged) p.figureChanged = r.figureChanged;
    out.set(note.id, p);
  }
  return out;
}

/** The placements that differ from what the database last recorded for each note. */
export function changedAnchors(notes: readonly NoteRecord[], placements: ReadonlyMap<string, Placement>): AnchorUpdate[] {
  const updates: AnchorUpdate[] = [];
  for (const n of notes) {
    const p = placements.get(n.id);
    if (!p) continue;
    const was = n.anchor;
    const state = p.state === "orphaned" ? "orphaned" : p.figureChanged ? "figure-changed" : "attached";
    const sameClaim = p.state === "orphaned" || (was.claimId ?? n.claimId) === p.claimId;
    const sameFigure = (was.figureChanged?.was ?? null) === (p.figureChanged?.was ?? null) && (was.figureChanged?.now ?? null) === (p.figureChanged?.now ?? null);
    if (was.state === state && sameClaim && sameFigure) continue;
    const u: AnchorUpdate = { id: n.id, claimId: p.claimId, state: p.state };
    if (p.figureChanged) u.figureChanged = p.figureChanged;
    updates.push(u);
  }
  return updates;
}
