// One note in the notebook: its claim as it read when the note was written, what the last visit
// found (figure changed, could not be placed), the note, and open / edit / delete.
import { useState } from "preact/hooks";
import type { DbResult } from "../db/errors.ts";
import { deleteNote, editNote, restoreNote } from "../db/notes.ts";
import { sharedDb } from "../db/open.ts";
import type { ClaimmarkDB } from "../db/schema.ts";
import { STATUS_WORDS } from "./words.ts";
import { noteLink } from "./open-link.ts";
import { claimIdNow, type NotebookEntry } from "./search.ts";

export interface Toast {
  text: string;
  undo?: () => Promise<void>;
}

async function withDb<T>(run: (db: ClaimmarkDB) => Promise<DbResult<T>>): Promise<DbResult<T>> {
  const db = await sharedDb();
  return db.ok ? run(db.value) : db;
}

function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function NoteItem({ entry, onToast }: { entry: NotebookEntry; onToast: (t: Toast | null) => void }) {
  const { note, claim } = entry;
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    if (editing === null) return;
    setBusy(true);
    const r = await withDb((db) => editNote(db, note.id, editing));
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    setEditing(null);
    onToast({ text: "Note saved." });
  }

  async function remove() {
    const r = await withDb((db) => deleteNote(db, note.id));
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    const removed = r.value;
    onToast({
      text: "Note deleted.",
      undo: async () => {
        const back = await withDb((db) => restoreNote(db, removed));
        onToast(back.ok ? { text: "Note restored." } : { text: `The note could not be restored: ${back.error.message}` });
      },
    });
  }

  const quote = claim?.text ?? note.selector.quote.exact;
  const anchor = note.anchor;
  return (
    <li class={`note anchor-${anchor.state}`} data-note-id={note.id}>
      <blockquote class="claim">{quote}</blockquote>
      {claim && <p class={`status status-${claim.status}`}>{STATUS_WORDS[claim.status]}</p>}
      {anchor.state === "figure-changed" && anchor.figureChanged && (
        <p class="figure-changed" role="note">
          The figure changed since you saved this note: it was <b>{anchor.figureChanged.was || "(none)"}</b>, it is now{" "}
          <b>{anchor.figureChanged.now || "(none)"}</b>.
        </p>
      )}
      {anchor.state === "orphaned" && (
        <p class="orphaned" role="note">
          On your last visit this sentence was no longer on the page as it was. The note is kept.
        </p>
      )}
      {editing === null ? (
        <p class="body">{note.body}</p>
      ) : (
        <div class="editor">
          <label>
            Edit note
            <textarea
              value={editing}
              maxLength={20_000}
              onInput={(e) => setEditing((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <button type="button" disabled={busy} onClick={() => void save()}>
            Save changes
          </button>{" "}
          <button type="button" onClick={() => (setEditing(null), setError(null))}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <time dateTime={new Date(note.updated).toISOString()}>
          {note.updated !== note.created ? `Edited ${when(note.updated)}` : `Saved ${when(note.created)}`}
        </time>
        <a class="open" href={noteLink(note, claimIdNow(entry))} target="_blank" rel="noopener noreferrer">
          Open page
        </a>
        {editing === null && (
          <button type="button" class="edit" onClick={() => setEditing(note.body)}>
            Edit
          </button>
        )}
        <button type="button" class="delete" onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </li>
  );
}
