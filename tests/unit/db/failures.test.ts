// Real failures, not mocks of our functions: a Dexie DBCore middleware makes IndexedDB writes to
// `notes` fail with the DOMException a full disk produces; a closed connection and an upgrade held
// up by another connection are produced for real on fake-indexeddb.
import { describe, expect, it } from "vitest";
import { Dexie, type DBCore, type Middleware } from "dexie";
import { ClaimmarkDB, STORES_V1 } from "../../../src/db/schema.ts";
import { addNote, editNote } from "../../../src/db/notes.ts";
import { getDraft, putDraft } from "../../../src/db/drafts.ts";
import { classifyDbError } from "../../../src/db/errors.ts";
import { openDb } from "../../../src/db/open.ts";
import { freshOptions, newNote } from "./fake-idb.ts";

const PAGE = "https://news.example/story";

function diskFull(tableName: string, state: { full: boolean }): Middleware<DBCore> {
  return {
    stack: "dbcore",
    name: "disk-full",
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== tableName) return table;
          return {
            ...table,
            mutate(req) {
              if (state.full) return Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}

describe("a save that hits the storage quota", () => {
  it("is reported as quota, writes nothing, and keeps the draft until a later save succeeds", async () => {
    const state = { full: false };
    const db = new ClaimmarkDB("claimmark-quota", freshOptions());
    db.use(diskFull("notes", state));
    await db.open();
    const draft = await putDraft(db, { pageUrl: PAGE, claimId: "c0", body: "Figure differs from the ONS release", noteId: null });
    expect(draft.ok).toBe(true);

    state.full = true;
    const failed = await addNote(db, newNote(0, "Figure differs from the ONS release"));
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.kind).toBe("quota");
    expect(failed.error.message).toMatch(/no storage space.*save again/);
    // The transaction rolled back: no page, no claim snapshot, no note; the draft is intact.
    expect(await db.notes.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    const kept = await getDraft(db, PAGE, "c0");
    expect(kept.ok && kept.value?.body).toBe("Figure differs from the ONS release");

    state.full = false;
    const saved = await addNote(db, newNote(0, "Figure differs from the ONS release"));
    expect(saved.ok).toBe(true);
    expect(await db.notes.count()).toBe(1);
    const after = await getDraft(db, PAGE, "c0");
    expect(after.ok && after.value).toBeNull();
    db.close();
  });

  it("keeps the old body when an edit hits the quota", async () => {
    const state = { full: false };
    const db = new ClaimmarkDB("claimmark-quota-edit", freshOptions());
    db.use(diskFull("notes", state));
    await db.open();
    const note = await addNote(db, newNote(1, "original"));
    if (!note.ok) throw new Error(note.error.message);
    await putDraft(db, { pageUrl: PAGE, claimId: "c1", body: "edited", noteId: note.value.id });
    state.full = true;
    expect(await editNote(db, note.value.id, "edited")).toMatchObject({ ok: false, error: { kind: "quota" } });
    expect((await db.notes.get(note.value.id))?.body).toBe("original");
    const kept = await getDraft(db, PAGE, "c1");
    expect(kept.ok && kept.value?.body).toBe("edited");
    db.close();
  });
});

describe("a closed database", () => {
  it("is reported as closed instead of throwing", async () => {
    const db = new ClaimmarkDB("claimmark-closed", freshOptions());
    await db.open();
    db.close();
    const r = await addNote(db, newNote(0, "late save"));
    expect(r).toMatchObject({ ok: false, error: { kind: "closed" } });
  });
});

describe("an upgrade blocked by another connection", () => {
  it("resolves to a blocked error instead of hanging", async () => {
    const options = freshOptions();
    const old = new Dexie("claimmark-blocked", options);
    old.version(1).stores(STORES_V1);
    // An old tab that does not give way to the upgrade.
    old.on("versionchange", () => false);
    await old.open();
    const r = await openDb("claimmark-blocked", options);
    expect(r).toMatchObject({ ok: false, error: { kind: "blocked" } });
    old.close();
    // Once the old connection is gone the upgrade goes through.
    const again = await openDb("claimmark-blocked", options);
    expect(again.ok && again.value.verno).toBe(2);
    if (again.ok) again.value.close();
  });
});

describe("classifyDbError", () => {
  it("looks through Dexie's wrapping to the cause", () => {
    const inner = new DOMException("full", "QuotaExceededError");
    expect(classifyDbError({ name: "AbortError", message: "aborted", inner }).kind).toBe("quota");
    expect(classifyDbError({ name: "BulkError", failures: [inner] }).kind).toBe("quota");
    expect(classifyDbError(new Error("weird")).kind).toBe("unknown");
    expect(classifyDbError(new Error("weird")).message).toBe("The notes database failed: weird.");
  });
});
