import { describe, expect, it } from "vitest";
import { Dexie } from "dexie";
import { ClaimmarkDB, STORES_V1, upgradeNoteV1, type NoteRecord } from "../../../src/db/schema.ts";
import type { NoteV1, PageV1 } from "../../../src/db/schema-v1.ts";
import { freshOptions } from "./fake-idb.ts";

function v1Note(i: number, pageUrl: string): NoteV1 {
  return {
    id: `note-${i}`,
    pageUrl,
    claimId: `claim-${i % 3}`,
    body: i === 0 ? "Ünïcödé body — with \"quotes\" and\nnew lines 🚀" : `note ${i} body`,
    created: 1_700_000_000_000 + i,
    updated: 1_700_000_100_000 + i,
    exact: `The ministry said ${i}.5% of claims were paid.`,
    prefix: `context before ${i} `,
    suffix: ` context after ${i}`,
    start: 100 * i,
    end: 100 * i + 40,
    anchorState: (["unchecked", "attached", "orphaned"] as const)[i % 3]!,
  };
}

describe("schema upgrade v1 → v2", () => {
  it("keeps every note, moves the flat selector into W3C selectors and adds the site index", async () => {
    const options = freshOptions();
    const pages: PageV1[] = [
      { url: "https://www.news.example/a", title: "A", lastSeen: 1 },
      { url: "https://blog.other.example/b?id=2", title: "B", lastSeen: 2 },
    ];
    const notes = Array.from({ length: 30 }, (_, i) => v1Note(i, pages[i % 2]!.url));

    // Written by the version 1 schema, exactly as the first release would have.
    const old = new Dexie("claimmark-migrate", options);
    old.version(1).stores(STORES_V1);
    await old.table("pages").bulkAdd(pages);
    await old.table("notes").bulkAdd(notes);
    await old.table("drafts").add({ pageUrl: pages[0]!.url, claimId: "claim-1", body: "half-typed", noteId: null, updated: 5 });
    expect(old.verno).toBe(1);
    old.close();

    const db = new ClaimmarkDB("claimmark-migrate", options);
    await db.open();
    expect(db.verno).toBe(2);

    const upgraded = await db.notes.orderBy("id").toArray();
    expect(upgraded).toHaveLength(notes.length);
    const byId = new Map(upgraded.map((n) => [n.id, n]));
    for (const before of notes) {
      const after = byId.get(before.id) as NoteRecord & Record<string, unknown>;
      expect(after).toEqual(upgradeNoteV1(before));
      expect(after.body).toBe(before.body);
      expect(after.selector.quote).toEqual({ exact: before.exact, prefix: before.prefix, suffix: before.suffix });
      expect(after.selector.position).toEqual({ start: before.start, end: before.end });
      for (const gone of ["exact", "prefix", "suffix", "start", "end", "anchorState"]) expect(after).not.toHaveProperty(gone);
    }
    // The new index answers queries.
    expect(await db.notes.where("site").equals("news.example").count()).toBe(15);
    expect(await db.notes.where("site").equals("blog.other.example").count()).toBe(15);
    expect((await db.pages.where("site").equals("news.example").toArray()).map((p) => p.title)).toEqual(["A"]);
    expect((await db.drafts.toArray())[0]?.body).toBe("half-typed");
    // Orphaned notes stay orphaned, never dropped.
    expect(upgraded.filter((n) => n.anchor.state === "orphaned")).toHaveLength(10);
    db.close();
  });

  it("opens an empty database straight at version 2", async () => {
    const db = new ClaimmarkDB("claimmark-new", freshOptions());
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.notes.count()).toBe(0);
    db.close();
  });
});
