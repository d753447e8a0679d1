// The card's notes section: the reader's notes on this claim (with "the figure changed" when the
// article's number moved since), an editor whose text is kept as a draft until it is saved, clear
// errors when a save fails, delete with undo, and the page's notes that could not be placed.
// Everything the reader or the page wrote is set as text, never as HTML.
import type { Claim } from "../core/model.ts";
import type { NoteRecord } from "../db/schema.ts";
import type { SlotRenderer } from "./card.ts";
import type { PageNotes, PlacedNote } from "./notes.ts";

const DRAFT_DELAY_MS = 300;

const CSS = `
.cm-notes ul { list-style: none; margin: 4px 0 0; padding: 0; }
.cm-note { border-top: 1px solid rgba(128,128,128,.35); padding: 6px 0; }
.cm-note:first-child { border-top: 0; }
.cm-note-body { white-space: pre-wrap; overflow-wrap: anywhere; }
.cm-note-meta { display: flex; gap: 6px; align-items: center; font-size: 12px; opacity: .8; margin-top: 2px; }
.cm-note-meta time { margin-right: auto; }
.cm-note-meta button { font-size: 12px; padding: 1px 6px; }
.cm-figure-changed { margin: 0 0 4px; padding: 4px 8px; border-radius: 6px; border: 1px solid #c77700; background: rgba(245,184,61,.15); }
.cm-figure-changed b { font-weight: 700; }
.cm-note-editor { margin-top: 6px; }
.cm-note-editor label { display: block; font-size: 12px; font-weight: 600; }
.cm-note-editor textarea { box-sizing: border-box; width: 100%; min-height: 60px; margin-top: 2px; font: inherit; resize: vertical; }
.cm-note-actions { display: flex; gap: 6px; margin-top: 4px; }
.cm-note-status { min-height: 1.2em; font-size: 12px; margin-top: 4px; }
.cm-note-error { margin-top: 4px; padding: 4px 8px; border-radius: 6px; border: 1px solid #c0392b; background: rgba(192,57,43,.12); }
.cm-note-error:empty { display: none; }
.cm-orphans { margin-top: 8px; font-size: 13px; }
.cm-orphans blockquote { margin: 2px 0; padding-left: 8px; border-left: 2px solid rgba(128,128,128,.5); font-style: italic; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function when(ms: number): string {
  try {
    return new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  } catch {
    return new Date(ms).toISOString();
  }
}

let ids = 0;

export function notesSlot(doc: Document, notes: PageNotes): SlotRenderer {
  return (container: HTMLElement, claim: Claim) => {
    const uid = `cm-note-${++ids}`;
    const style = el(doc, "style");
    style.textContent = CSS;
    const root = el(doc, "div", "cm-notes");
    const list = el(doc, "ul", "cm-note-list");
    list.setAttribute("aria-label", "Your notes on this claim");
    const empty = el(doc, "p", "placeholder", "No notes on this claim yet.");

    const form = el(doc, "form", "cm-note-editor");
    const label = el(doc, "label", undefined, "Add a note");
    label.htmlFor = `${uid}-text`;
    const textarea = el(doc, "textarea");
    textarea.id = `${uid}-text`;
    textarea.maxLength = 20_000;
    textarea.setAttribute("aria-describedby", `${uid}-status ${uid}-error`);
    const save = el(doc, "button", "cm-note-save", "Save note");
    save.type = "submit";
    const cancel = el(doc, "button", "cm-note-cancel", "Cancel edit");
    cancel.type = "button";
    cancel.hidden = true;
    const actions = el(doc, "div", "cm-note-actions");
    actions.append(save, cancel);
    const status = el(doc, "p", "cm-note-status");
    status.id = `${uid}-status`;
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    const error = el(doc, "p", "cm-note-error");
    error.id = `${uid}-error`;
    error.setAttribute("role", "alert");
    form.append(label, textarea, actions, error, status);

    const orphans = el(doc, "details", "cm-orphans");
    root.append(list, empty, form, orphans);
    container.replaceChildren(style, root);

    let editing: string | null = null;
    let draftTimer: ReturnType<typeof setTimeout> | null = null;
    let typedSinceLoad = false;
    let closed = false;

    function setStatus(text: string, undo?: () => void): void {
      status.replaceChildren(doc.createTextNode(text));
      if (undo) {
        const b = el(doc, "button", "cm-note-undo", "Undo");
        b.type = "button";
        b.addEventListener("click", undo);
        status.append(" ", b);
      }
    }

    function setEditing(note: NoteRecord | null): void {
      editing = note?.id ?? null;
      label.textContent = note ? "Edit note" : "Add a note";
      save.textContent = note ? "Save changes" : "Save note";
      cancel.hidden = !note;
    }

    /** Stores what is typed as the claim's draft; false when it could not be stored. */
    async function saveDraft(): Promise<boolean> {
      if (draftTimer) clearTimeout(draftTimer);
      draftTimer = null;
      if (!typedSinceLoad) return true;
      const r = await notes.putDraft(claim, textarea.value, editing);
      if (!r.ok && !closed && !error.textContent) error.textContent = `Your draft could not be stored: ${r.error.message}`;
      return r.ok;
    }

    function renderList(): void {
      const placed = notes.on(claim.id);
      list.replaceChildren(...placed.map(noteItem));
      empty.hidden = placed.length > 0 || notes.loadError !== null;
      if (notes.loadError) {
        empty.hidden = false;
        empty.textContent = `Your notes could not be loaded: ${notes.loadError}`;
      } else empty.textContent = "No notes on this claim yet.";
      renderOrphans();
    }

    function noteItem({ note, placement }: PlacedNote): HTMLLIElement {
      const li = el(doc, "li", "cm-note");
      li.dataset.noteId = note.id;
      const change = placement.figureChanged;
      if (change) {
        const p = el(doc, "p", "cm-figure-changed");
        p.setAttribute("role", "note");
        p.append(
          "The figure changed since you saved this note: it was ",
          el(doc, "b", "cm-was", change.was || "(none)"),
          ", it is now ",
          el(doc, "b", "cm-now", change.now || "(none)"),
          ".",
        );
        li.append(p);
      }
      li.append(el(doc, "p", "cm-note-body", note.body));
      const meta = el(doc, "div", "cm-note-meta");
      const time = el(doc, "time", undefined, note.updated !== note.created ? `Edited ${when(note.updated)}` : `Saved ${when(note.created)}`);
      time.dateTime = new Date(note.updated).toISOString();
      const edit = el(doc, "button", "cm-note-edit", "Edit");
      edit.type = "button";
      edit.setAttribute("aria-label", "Edit this note");
      edit.addEventListener("click", () => {
        setEditing(note);
        textarea.value = note.body;
        typedSinceLoad = true;
        textarea.focus();
      });
      const del = el(doc, "button", "cm-note-delete", "Delete");
      del.type = "button";
      del.setAttribute("aria-label", "Delete this note");
      del.addEventListener("click", async () => {
        const r = await notes.remove(note.id);
        if (!r.ok) {
          error.textContent = r.error.message;
          return;
        }
        if (editing === note.id) setEditing(null);
        setStatus("Note deleted.", async () => {
          const back = await notes.restore(r.value);
          if (back.ok) setStatus("Note restored.");
          else error.textContent = back.error.message;
        });
      });
      meta.append(time, edit, del);
      li.append(meta);
      return li;
    }

    function renderOrphans(): void {
      const lost = notes.orphans();
      orphans.hidden = lost.length === 0;
      if (lost.length === 0) {
        orphans.replaceChildren();
        return;
      }
      const summary = el(doc, "summary", undefined, `${lost.length} ${lost.length === 1 ? "note" : "notes"} on this page could not be placed`);
      const ul = el(doc, "ul");
      for (const n of lost) {
        const li = el(doc, "li", "cm-note cm-orphan");
        li.dataset.noteId = n.id;
        li.append(
          el(doc, "blockquote", undefined, `“${n.selector.quote.exact}”`),
          el(doc, "p", "cm-note-body", n.body),
          el(doc, "p", "cm-note-meta", `Saved ${when(n.created)}. The sentence is no longer on the page as it was; the note is kept.`),
        );
        ul.append(li);
      }
      const open = orphans.open;
      orphans.replaceChildren(summary, ul);
      orphans.open = open;
    }

    textarea.addEventListener("input", () => {
      typedSinceLoad = true;
      error.textContent = "";
      if (draftTimer) clearTimeout(draftTimer);
      draftTimer = setTimeout(() => void saveDraft(), DRAFT_DELAY_MS);
    });
    // Keys typed here are the reader's text, not the page's shortcuts.
    for (const type of ["keydown", "keyup", "keypress"] as const) {
      textarea.addEventListener(type, (e) => {
        if ((e as KeyboardEvent).key !== "Escape") e.stopPropagation();
      });
    }

    cancel.addEventListener("click", async () => {
      setEditing(null);
      textarea.value = "";
      typedSinceLoad = false;
      if (draftTimer) clearTimeout(draftTimer);
      await notes.discardDraft(claim.id);
      setStatus("Edit cancelled.");
    });

    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = textarea.value;
      error.textContent = "";
      if (body.trim() === "") {
        error.textContent = "The note is empty.";
        return;
      }
      save.disabled = true;
      setStatus("Saving…");
      const t0 = performance.now();
      // One round trip when it works: the note is written and its draft removed in one transaction.
      // When it fails, the text is kept as a draft (and stays in the editor).
      if (draftTimer) clearTimeout(draftTimer);
      draftTimer = null;
      const r = editing ? await notes.edit(editing, body) : await notes.add(claim, body);
      save.disabled = false;
      if (!r.ok) {
        error.textContent = r.error.message;
        setStatus("Not saved. Keeping your text as a draft…");
        typedSinceLoad = true;
        const kept = await saveDraft();
        setStatus(
          kept
            ? "Not saved. Your text is still here and kept as a draft."
            : "Not saved, and it could not be kept as a draft either: your text is still here, copy it before closing the card.",
        );
        return;
      }
      textarea.value = "";
      typedSinceLoad = false;
      setEditing(null);
      setStatus("Note saved.");
      // The save's round trip (card → service worker → IndexedDB → card), for the benchmark.
      try {
        performance.measure("claimmark:note-save", { start: t0, end: performance.now() });
      } catch {
        // a timeline without User Timing just goes unmeasured
      }
    });

    // Leaving or reloading the page must not lose what was typed in the last moments.
    const flush = () => {
      if (draftTimer) void saveDraft();
    };
    doc.defaultView?.addEventListener("pagehide", flush);
    const unsubscribe = notes.subscribe(renderList);
    renderList();
    if (!notes.loaded) void notes.refresh();

    void notes.findDraft(claim).then(async (r) => {
      if (closed || !r.ok || !r.value || typedSinceLoad || textarea.value !== "") return;
      const { draft, movedFrom } = r.value;
      const editingNote = draft.noteId ? notes.on(claim.id).find((p) => p.note.id === draft.noteId)?.note ?? null : null;
      setEditing(editingNote);
      textarea.value = draft.body;
      typedSinceLoad = true;
      setStatus(movedFrom ? "Your unsaved draft is back (the sentence was edited since you typed it)." : "Your unsaved draft is back.");
      if (movedFrom) {
        // The draft follows the sentence: stored under the claim as it reads now, then the old key dropped.
        const moved = await notes.putDraft(claim, draft.body, editingNote?.id ?? null);
        if (moved.ok) await notes.discardDraft(movedFrom);
      }
    });

    return () => {
      closed = true;
      unsubscribe();
      doc.defaultView?.removeEventListener("pagehide", flush);
      flush();
    };
  };
}
