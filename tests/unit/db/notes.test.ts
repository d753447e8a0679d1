import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClaimmarkDB } from "../../../src/db/schema.ts";
import {
  addNote,
  countsByClaim,
  deleteNote,
  editNote,
  listNotes,
  loadNotebook,
  MAX_BODY_LENGTH,
  recordAnchors,
  restoreNote,
} from "../../../src/db/notes.ts";
import { discardDraft, getDraft, listDrafts, putDraft } from "../../../src/db/drafts.ts";
import { freshDb, newNote } from "./fake-idb.ts";

const PAGE = "https://news.example/story";
let db: ClaimmarkDB;

beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

function value<T>(r: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.kind}: ${r.error.message}`);
  return r.value;
}

describe("addNote", () => {
  it("stores the note under the normalised URL with its selector, snapshot and page", async () => {
    const note = value(await addNote(db, newNote(0, "Check the May release."), 1000));
    expect(note.pageUrl).toBe(PAGE);
    expect(note.site).toBe("news.example");
    expect(note.created).toBe(1000);
    expect(note.anchor).toEqual({ state: "attached", checked: 1000 });
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(await db.claims.get([PAGE, "c0"])).toMatchObject({ text: newNote(0, "").claim.text, status: "unaddressed", saved: 1000 });
    expect(await db.pages.get(PAGE)).toEqual({ url: PAGE, site: "news.example", title: "Castella jobs", lastSeen: 1000 });
  });

  it("keeps the first snapshot of a claim when later notes are added", async () => {
    await addNote(db, newNote(0, "first"), 1000);
    const later = newNote(0, "second");
    later.claim = { ...later.claim, status: "confirmed" };
    value(await addNote(db, later, 2000));
    expect((await db.claims.get([PAGE, "c0"]))?.status).toBe("unaddressed");
    expect(await db.notes.count()).toBe(2);
  });

  it("removes the claim's draft in the same transaction", async () => {
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c0", body: "Check the May", noteId: null }));
    value(await addNote(db, newNote(0, "Check the May release.")));
    expect(value(await getDraft(db, PAGE, "c0"))).toBeNull();
  });

  it("refuses an empty or oversized body and a non-web URL, writing nothing", async () => {
    const empty = await addNote(db, newNote(0, "   \n "));
    expect(empty).toMatchObject({ ok: false, error: { kind: "invalid", message: "The note is empty." } });
    const huge = await addNote(db, newNote(0, "x".repeat(MAX_BODY_LENGTH + 1)));
    expect(huge).toMatchObject({ ok: false, error: { kind: "invalid" } });
    const badUrl = await addNote(db, newNote(0, "fine", "chrome://newtab"));
    expect(badUrl).toMatchObject({ ok: false, error: { kind: "invalid" } });
    expect(await db.notes.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });
});

describe("listNotes and countsByClaim", () => {
  it("lists a page's notes newest first, whatever tracking parameters the URL carries", async () => {
    await addNote(db, newNote(0, "old"), 1000);
    await addNote(db, newNote(1, "newer"), 2000);
    await addNote(db, newNote(0, "newest", "https://news.example/story#frag"), 3000);
    await addNote(db, newNote(0, "elsewhere", "https://other.example/x"), 4000);
    const notes = value(await listNotes(db, "https://NEWS.example/story?fbclid=zz"));
    expect(notes.map((n) => n.body)).toEqual(["newest", "newer", "old"]);
    expect(value(await countsByClaim(db, PAGE))).toEqual({ c0: 2, c1: 1 });
    expect(value(await countsByClaim(db, "https://nothing.example/"))).toEqual({});
  });
});

describe("editNote", () => {
  it("changes the body and the updated time, keeps the rest, removes the draft", async () => {
    const note = value(await addNote(db, newNote(0, "first"), 1000));
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c0", body: "first, edited", noteId: note.id }));
    const edited = value(await editNote(db, note.id, "first, edited", 5000));
    expect(edited).toEqual({ ...note, body: "first, edited", updated: 5000 });
    expect(await db.notes.get(note.id)).toEqual(edited);
    expect(value(await getDraft(db, PAGE, "c0"))).toBeNull();
  });

  it("leaves alone a draft of a new note on the same claim (e.g. an edit made in the notebook)", async () => {
    const note = value(await addNote(db, newNote(0, "first"), 1000));
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c0", body: "a second note, half typed", noteId: null }));
    value(await editNote(db, note.id, "first, edited", 5000));
    expect(value(await getDraft(db, PAGE, "c0"))?.body).toBe("a second note, half typed");
    // And saving an edit-draft's note as new does not eat the edit draft either.
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c0", body: "first, edited again", noteId: note.id }));
    value(await addNote(db, newNote(0, "unrelated new note"), 6000));
    expect(value(await getDraft(db, PAGE, "c0"))?.noteId).toBe(note.id);
  });

  it("reports a note that no longer exists", async () => {
    expect(await editNote(db, "missing", "x")).toMatchObject({ ok: false, error: { kind: "not-found" } });
  });
});

describe("deleteNote and restoreNote", () => {
  it("deletes, hands the note back, and undo puts it back unchanged", async () => {
    const note = value(await addNote(db, newNote(1, "keep me")));
    const deleted = value(await deleteNote(db, note.id));
    expect(deleted).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    value(await restoreNote(db, deleted));
    expect(await db.notes.get(note.id)).toEqual(note);
    // A second undo does not duplicate or overwrite.
    value(await restoreNote(db, { ...deleted, body: "stale copy" }));
    expect((await db.notes.get(note.id))?.body).toBe("keep me");
    expect(await deleteNote(db, "missing")).toMatchObject({ ok: false, error: { kind: "not-found" } });
  });
});

describe("recordAnchors", () => {
  it("records attached, figure-changed and orphaned states and the claim the note moved to", async () => {
    const a = value(await addNote(db, newNote(0, "a"), 1000));
    const b = value(await addNote(db, newNote(1, "b"), 1000));
    const c = value(await addNote(db, newNote(1, "c"), 1000));
    const n = value(
      await recordAnchors(
        db,
        [
          { id: a.id, claimId: "c0-edited", state: "attached", figureChanged: { was: "6.1%", now: "6.2%" } },
          { id: b.id, claimId: null, state: "orphaned" },
          { id: c.id, claimId: "c1", state: "attached" },
          { id: "gone", claimId: null, state: "orphaned" },
        ],
        9000,
      ),
    );
    expect(n).toBe(3);
    expect((await db.notes.get(a.id))?.anchor).toEqual({ state: "figure-changed", checked: 9000, figureChanged: { was: "6.1%", now: "6.2%" }, claimId: "c0-edited" });
    expect((await db.notes.get(a.id))?.claimId).toBe("c0");
    const orphan = await db.notes.get(b.id);
    expect(orphan).toEqual({ ...b, anchor: { state: "orphaned", checked: 9000 } });
    expect((await db.notes.get(c.id))?.anchor).toEqual({ state: "attached", checked: 9000, claimId: "c1" });
    expect(value(await countsByClaim(db, PAGE))).toEqual({ "c0-edited": 1, c1: 2 });
  });
});

describe("drafts", () => {
  it("keeps one draft per claim until discarded", async () => {
    value(await putDraft(db, { pageUrl: PAGE + "?utm_medium=email", claimId: "c0", body: "v1", noteId: null }, 1));
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c0", body: "v2", noteId: null }, 2));
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c1", body: "other", noteId: null }, 3));
    expect(value(await getDraft(db, PAGE, "c0"))).toEqual({ pageUrl: PAGE, claimId: "c0", body: "v2", noteId: null, updated: 2 });
    value(await discardDraft(db, PAGE, "c0"));
    expect(value(await getDraft(db, PAGE, "c0"))).toBeNull();
    expect(value(await getDraft(db, PAGE, "c1"))?.body).toBe("other");
  });

  it("keeps the claim's text with a draft and lists a page's drafts newest first", async () => {
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c1", body: "older", noteId: null, quote: "Rents rose 4%." }, 10));
    value(await putDraft(db, { pageUrl: PAGE, claimId: "c2", body: "newer", noteId: null }, 20));
    value(await putDraft(db, { pageUrl: "https://other.example/", claimId: "c9", body: "elsewhere", noteId: null }, 30));
    const drafts = value(await listDrafts(db, PAGE + "#section"));
    expect(drafts.map((d) => d.body)).toEqual(["newer", "older"]);
    expect(drafts[1]).toEqual({ pageUrl: PAGE, claimId: "c1", body: "older", noteId: null, updated: 10, quote: "Rents rose 4%." });
    expect(drafts[0]).not.toHaveProperty("quote");
  });
});

describe("loadNotebook", () => {
  it("returns notes newest first with their claims and pages", async () => {
    await addNote(db, newNote(0, "one"), 1);
    await addNote(db, newNote(1, "two", "https://other.example/p"), 2);
    const data = value(await loadNotebook(db));
    expect(data.notes.map((n) => n.body)).toEqual(["two", "one"]);
    expect(data.claims).toHaveLength(2);
    expect(data.pages.map((p) => p.url).sort()).toEqual(["https://news.example/story", "https://other.example/p"]);
  });
});
