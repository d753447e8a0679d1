// The notes messages end to end in Node: a raw message goes through the protocol's parser, the
// real handler and database (fake-indexeddb), and the raw reply through the reply parser.
import { describe, expect, it } from "vitest";
import { backgroundReplies, backgroundRequests, dispatch, readReply, type BackgroundApi } from "../../../src/background/protocol.ts";
import { makeNotesHandlers } from "../../../src/background/notes-handlers.ts";
import { openDb } from "../../../src/db/open.ts";
import type { DbResult } from "../../../src/db/errors.ts";
import type { ClaimmarkDB } from "../../../src/db/schema.ts";
import { freshOptions, newNote } from "./fake-idb.ts";

async function setup() {
  const opened = await openDb("claimmark-messages", freshOptions());
  if (!opened.ok) throw new Error(opened.error.message);
  const handlers = { ...makeNotesHandlers(async () => opened), "bg/page-state": async () => ({ badge: "" }) };
  async function send<K extends keyof BackgroundApi>(type: K, body: object) {
    // Through structured cloning, as runtime.sendMessage would.
    const raw = structuredClone(await dispatch(backgroundRequests, handlers, structuredClone({ ...body, type }), {}));
    return readReply(backgroundReplies, type, raw);
  }
  return { db: opened.value, send };
}

describe("notes messages", () => {
  it("add, list, count, edit, delete and restore a note", async () => {
    const { db, send } = await setup();
    const added = await send("notes/add", newNote(0, "Check this against the May release"));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const id = added.value.id;
    const listed = await send("notes/list", { pageUrl: "https://news.example/story#x" });
    expect(listed).toEqual({ ok: true, value: [added.value] });
    expect(await send("notes/counts", { pageUrl: "https://news.example/story" })).toEqual({ ok: true, value: { c0: 1 } });
    const edited = await send("notes/edit", { id, body: "Checked: it matches" });
    expect(edited.ok && edited.value.body).toBe("Checked: it matches");
    const deleted = await send("notes/delete", { id });
    expect(deleted.ok).toBe(true);
    if (!deleted.ok) return;
    expect(await db.notes.count()).toBe(0);
    expect(await send("notes/restore", { note: deleted.value })).toMatchObject({ ok: true });
    expect((await db.notes.get(id))?.body).toBe("Checked: it matches");
    db.close();
  });

  it("keeps drafts across messages and reports anchors", async () => {
    const { db, send } = await setup();
    const page = "https://news.example/story";
    expect(await send("drafts/get", { pageUrl: page, claimId: "c1" })).toEqual({ ok: true, value: null });
    const put = await send("drafts/put", { pageUrl: page, claimId: "c1", body: "half a thought", noteId: null });
    expect(put.ok).toBe(true);
    const got = await send("drafts/get", { pageUrl: page, claimId: "c1" });
    expect(got.ok && got.value).toMatchObject({ body: "half a thought", noteId: null });
    expect(got.ok && got.value && "type" in got.value).toBe(false);
    await send("drafts/put", { pageUrl: page, claimId: "c2", body: "other", noteId: null, quote: "Rents rose 4%." });
    const listed = await send("drafts/list", { pageUrl: page });
    expect(listed.ok && listed.value.map((d) => [d.claimId, d.quote]).sort()).toEqual([
      ["c1", undefined],
      ["c2", "Rents rose 4%."],
    ]);
    expect(await send("drafts/discard", { pageUrl: page, claimId: "c1" })).toEqual({ ok: true, value: true });
    const added = (await send("notes/add", newNote(1, "n"))) as DbResult<{ id: string }>;
    if (!added.ok) throw new Error("add failed");
    expect(await send("notes/anchors", { updates: [{ id: added.value.id, claimId: null, state: "orphaned" }] })).toEqual({ ok: true, value: 1 });
    expect((await db.notes.get(added.value.id))?.anchor.state).toBe("orphaned");
    db.close();
  });

  it("answers a database failure as a typed error the card can show", async () => {
    const { db, send } = await setup();
    db.close();
    const r = await send("notes/add", newNote(0, "late"));
    expect(r).toMatchObject({ ok: false, error: { kind: "closed" } });
  });

  it("answers malformed note messages with an error reply, never a throw", async () => {
    const { db } = await setup();
    const handlers = { ...makeNotesHandlers(async () => ({ ok: true, value: db as ClaimmarkDB })), "bg/page-state": async () => ({ badge: "" }) };
    const bad = [
      { type: "notes/add", pageUrl: "https://x.example/", pageTitle: "t", body: "b", claim: { id: "c" }, selector: {} },
      { type: "notes/add", ...newNote(0, "b"), selector: { quote: { exact: 1 } } },
      { type: "notes/list" },
      { type: "notes/restore", note: { id: "x" } },
      { type: "notes/anchors", updates: [{ id: "x", claimId: null, state: "lost" }] },
      { type: "drafts/put", pageUrl: "https://x.example/", claimId: "c", body: 5, noteId: null },
    ];
    for (const m of bad) {
      const r = await dispatch(backgroundRequests, handlers, m, {});
      expect(r.ok, JSON.stringify(m)).toBe(false);
      expect(!r.ok && r.error).toMatch(/^bad message: /);
    }
    expect(await db.notes.count()).toBe(0);
    db.close();
  });
});
