import type { NoteRecord } from "../db/schema.ts";
import { plural } from "./words.ts";

/** Notes whose sentence is no longer on the page: their saved quote and text, kept in sight. */
export function Orphans({ notes }: { notes: readonly NoteRecord[] }) {
  if (notes.length === 0) return null;
  return (
    <section class="orphans" aria-labelledby="orphans-title" data-testid="orphans">
      <h2 id="orphans-title" class="section-title">
        {plural(notes.length, "note")} whose sentence is no longer on this page
      </h2>
      <ul class="orphan-list">
        {notes.map((n) => (
          <li key={n.id} class="orphan" data-note-id={n.id}>
            <blockquote class="orphan-quote">{n.selector.quote.exact}</blockquote>
            <p class="orphan-body">{n.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
