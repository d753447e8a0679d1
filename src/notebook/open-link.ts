// The link the notebook opens for a note: the page, with our token so Claimmark opens the claim's
// card there, and a text directive so the browser scrolls to the sentence even without us.
import { formatTextDirective, generateTextDirective } from "../core/fragment-directive.ts";
import { buildShareLink } from "../core/share-link.ts";
import type { NoteRecord } from "../db/schema.ts";

export function noteLink(note: NoteRecord, claimId: string): string {
  const { exact, prefix, suffix } = note.selector.quote;
  const directive = generateTextDirective(prefix + exact + suffix, prefix.length, prefix.length + exact.length);
  const link = buildShareLink({ pageUrl: note.pageUrl, claimId, directive });
  if (link.ok) return link.value;
  // Claims imported from other tools have ids our token cannot carry: the page, still at the sentence.
  return directive ? `${note.pageUrl}#:~:${formatTextDirective(directive)}` : note.pageUrl;
}
