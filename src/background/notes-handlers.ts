// The service worker's answers to the notes messages: each one opens (or reuses) the database and
// runs one db function. A database that cannot open answers with that error, like any failed write.
import type { DbResult } from "../db/errors.ts";
import { discardDraft, getDraft, listDrafts, putDraft } from "../db/drafts.ts";
import { addNote, countsByClaim, deleteNote, editNote, listNotes, recordAnchors, restoreNote } from "../db/notes.ts";
import { sharedDb } from "../db/open.ts";
import type { ClaimmarkDB } from "../db/schema.ts";
import type { NotesApi } from "./notes-protocol.ts";

type NotesHandlers = {
  [K in keyof NotesApi]: (msg: NotesApi[K]["request"] & { type: K }) => Promise<NotesApi[K]["reply"]>;
};

async function withDb<T>(run: (db: ClaimmarkDB) => Promise<DbResult<T>>, open = sharedDb): Promise<DbResult<T>> {
  const db = await open();
  return db.ok ? run(db.value) : db;
}

export function makeNotesHandlers(open: () => Promise<DbResult<ClaimmarkDB>> = sharedDb): NotesHandlers {
  return {
    "notes/list": (m) => withDb((db) => listNotes(db, m.pageUrl), open),
    "notes/counts": (m) => withDb((db) => countsByClaim(db, m.pageUrl), open),
    "notes/add": (m) =>
      withDb((db) => addNote(db, { pageUrl: m.pageUrl, pageTitle: m.pageTitle, claim: m.claim, body: m.body, selector: m.selector }), open),
    "notes/edit": (m) => withDb((db) => editNote(db, m.id, m.body), open),
    "notes/delete": (m) => withDb((db) => deleteNote(db, m.id), open),
    "notes/restore": (m) => withDb((db) => restoreNote(db, m.note), open),
    "notes/anchors": (m) => withDb((db) => recordAnchors(db, m.updates), open),
    "drafts/get": (m) => withDb((db) => getDraft(db, m.pageUrl, m.claimId), open),
    "drafts/put": (m) =>
      withDb((db) => putDraft(db, { pageUrl: m.pageUrl, claimId: m.claimId, body: m.body, noteId: m.noteId, ...(m.quote !== undefined && { quote: m.quote }) }), open),
    "drafts/list": (m) => withDb((db) => listDrafts(db, m.pageUrl), open),
    "drafts/discard": (m) => withDb((db) => discardDraft(db, m.pageUrl, m.claimId), open),
  };
}
