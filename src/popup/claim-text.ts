// A claim's sentence as the popup shows it: figures picked out, long sentences trimmed around their
// first figure at word boundaries, so the number the reader came for is always visible.

import type { Claim } from "../core/model.ts";

export interface Piece {
  text: string;
  figure: boolean;
}

const ELLIPSIS = "…";

/** Figure spans relative to the sentence, sorted, clipped to it, overlaps dropped. */
function figureSpans(claim: Pick<Claim, "text" | "start" | "figures">): [number, number][] {
  const spans: [number, number][] = [];
  const sorted = [...claim.figures].sort((a, b) => a.start - b.start);
  let last = 0;
  for (const f of sorted) {
    const s = Math.max(f.start - claim.start, 0);
    const e = Math.min(f.end - claim.start, claim.text.length);
    if (e <= s || s < last) continue;
    spans.push([s, e]);
    last = e;
  }
  return spans;
}

function snapStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(" ", at);
  return space === -1 || space - at > 20 ? at : space + 1;
}

function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(" ", at);
  return space === -1 || at - space > 20 ? at : space;
}

export function claimPieces(claim: Pick<Claim, "text" | "start" | "figures">, max = 220): Piece[] {
  const text = claim.text;
  const spans = figureSpans(claim);
  let from = 0;
  let to = text.length;
  if (text.length > max) {
    const first = spans[0];
    if (!first || first[1] <= max - 20) {
      to = snapEnd(text, max);
    } else {
      // Centre the window on the first figure.
      from = snapStart(text, Math.max(0, Math.min(first[0] - Math.floor((max - (first[1] - first[0])) / 2), text.length - max)));
      to = snapEnd(text, Math.min(text.length, from + max));
      if (to < first[1]) to = Math.min(text.length, first[1]);
    }
  }
  const pieces: Piece[] = [];
  const push = (t: string, figure: boolean) => {
    if (t.length > 0) pieces.push({ text: t, figure });
  };
  if (from > 0) push(ELLIPSIS, false);
  let at = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    const cs = Math.max(s, from);
    const ce = Math.min(e, to);
    push(text.slice(at, cs), false);
    push(text.slice(cs, ce), true);
    at = ce;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push(ELLIPSIS, false);
  return pieces;
}
