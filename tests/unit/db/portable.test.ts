import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { ClaimmarkDB, ClaimRecord, NoteRecord, PageRecord } from "../../../src/db/schema.ts";
import { exportNotes, importNotes, wipeNotes } from "../../../src/db/portable.ts";
import { addNote } from "../../../src/db/notes.ts";
import { normalizePageUrl, siteOf } from "../../../src/core/url.ts";
import { freshDb, newNote } from "./fake-idb.ts";

let db: ClaimmarkDB;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

function value<T>(r: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.kind}: ${r.error.message}`);
  return r.value;
}

const text = fc.string({ unit: "binary", maxLength: 40 });
const nonBlank = text.filter((s) => s.trim() !== "");
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const pageUrl = fc
  .webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ["http", "https"] })
  .map((u) => normalizePageUrl(u))
  .filter((u): u is string => u !== null && u.length < 300);
// JSON has no -0, NaN or Infinity; a figure value is never any of them.
const figureValue = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const figure = fc.record(
  { text: nonBlank, value: figureValue, unit: text, approx: fc.boolean(), start: fc.nat(), end: fc.nat() },
  { requiredKeys: ["text", "approx", "start", "end"] },
);
const source = fc.option(
  fc.record({
    name: nonBlank,
    role: fc.option(text),
    kind: fc.constantFrom("person", "organization", "group", "anonymous", "document" as const),
    cue: text,
    via: fc.option(text),
  }),
);
const claim = fc.record({
  text: nonBlank,
  figures: fc.array(figure, { maxLength: 3 }),
  source,
  status: fc.constantFrom("confirmed", "disputed", "unverified", "unaddressed" as const),
  evidence: fc.option(text),
  saved: time,
});
const position = fc.oneof(
  fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 5000 })).map(([s, len]) => ({ start: s, end: s + len })),
  fc.constant({ start: -1, end: -1 }),
);
const anchor = fc.oneof(
  fc.constant({ state: "unchecked" as const, checked: null }),
  fc.record({ state: fc.constantFrom("attached" as const, "orphaned" as const), checked: time }),
  fc.record({ state: fc.constant("figure-changed" as const), checked: time, figureChanged: fc.record({ was: text, now: text }), claimId: nonBlank }),
);
const noteSeed = fc.record({
  id: fc.uuid(),
  page: fc.nat(),
  claimId: fc.constantFrom("c1", "c2", "c3", "quote:0badc0de"),
  body: nonBlank,
  created: time,
  age: fc.nat({ max: 1e9 }),
  quote: fc.record({ exact: nonBlank, prefix: text, suffix: text }),
  position,
  anchor,
});
const library = fc.record({
  pages: fc.uniqueArray(fc.record({ url: pageUrl, title: text, lastSeen: time }), { minLength: 1, maxLength: 4, selector: (p) => p.url }),
  notes: fc.uniqueArray(noteSeed, { maxLength: 25, selector: (n) => n.id }),
  claims: fc.array(fc.option(claim), { minLength: 16, maxLength: 16 }),
});

async function tables() {
  const byId = (a: NoteRecord, b: NoteRecord) => (a.id < b.id ? -1 : 1);
  return {
    notes: (await db.notes.toArray()).sort(byId),
    claims: (await db.claims.toArray()).sort((a, b) => (a.pageUrl + a.claimId < b.pageUrl + b.claimId ? -1 : 1)),
    pages: (await db.pages.toArray()).sort((a, b) => (a.url < b.url ? -1 : 1)),
  };
}

describe("export → wipe → import", () => {
  it("restores every note, claim snapshot and page exactly (property)", async () => {
    await fc.assert(
      fc.asyncProperty(library, async (lib) => {
        value(await wipeNotes(db));
        const notes: NoteRecord[] = lib.notes.map((n) => {
          const url = lib.pages[n.page % lib.pages.length]!.url;
          return {
            id: n.id,
            pageUrl: url,
            site: siteOf(url),
            claimId: n.claimId,
            body: n.body,
            created: n.created,
            updated: n.created + n.age,
            selector: { quote: n.quote, position: n.position },
            anchor: n.anchor,
          };
        });
        const usedPages = new Set(notes.map((n) => n.pageUrl));
        const pages: PageRecord[] = lib.pages.filter((p) => usedPages.has(p.url)).map((p) => ({ ...p, site: siteOf(p.url) }));
        const claims = new Map<string, ClaimRecord>();
        notes.forEach((n, i) => {
          const snap = lib.claims[i % lib.claims.length];
          const key = `${n.pageUrl} ${n.claimId}`;
          if (snap && !claims.has(key)) claims.set(key, { pageUrl: n.pageUrl, claimId: n.claimId, ...snap });
        });
        await db.notes.bulkAdd(notes);
        await db.pages.bulkAdd(pages);
        await db.claims.bulkAdd([...claims.values()]);
        const before = await tables();

        const exported = value(await exportNotes(db));
        expect(exported.count).toBe(notes.length);
        value(await wipeNotes(db));
        expect(await db.notes.count()).toBe(0);
        const report = value(await importNotes(db, exported.json));
        expect(report).toEqual({ imported: notes.length, duplicates: 0, updated: 0, rejected: [] });
        expect(await tables()).toEqual(before);

        // Importing the same file again adds nothing.
        const again = value(await importNotes(db, exported.json));
        expect(again).toEqual({ imported: 0, duplicates: notes.length, updated: 0, rejected: [] });
        expect(await tables()).toEqual(before);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe("importNotes", () => {
  it("leaves existing notes untouched when the file is corrupt or of the wrong shape", async () => {
    const note = value(await addNote(db, newNote(0, "keep me")));
    const before = await tables();
    for (const file of ['{"type":"AnnotationCollection","first":{"items":[{"id"', '{"hello":"world"}', ""]) {
      const r = await importNotes(db, file);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.kind).toBe("invalid");
        expect(r.error.message).toMatch(/nothing was imported/i);
      }
    }
    expect(await tables()).toEqual(before);
    expect((await db.notes.get(note.id))?.body).toBe("keep me");
  });

  it("imports the good annotations, reports the rejected ones, and takes newer versions of known notes", async () => {
    const a = value(await addNote(db, newNote(0, "original"), 1000));
    const exported = JSON.parse(value(await exportNotes(db)).json);
    const item = exported.first.items[0];
    exported.first.items = [
      { ...item, modified: new Date(5000).toISOString(), body: { ...item.body, value: "edited elsewhere" } },
      { ...item, id: "urn:uuid:new-1", body: { type: "TextualBody", value: "a second note" } },
      { ...item, id: "urn:uuid:bad", target: { source: "data:text/html,<b>x</b>" } },
      { ...item, id: "urn:uuid:new-1" },
    ];
    const report = value(await importNotes(db, JSON.stringify(exported)));
    expect(report.imported).toBe(1);
    expect(report.updated).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(report.rejected).toEqual([{ index: 2, id: "urn:uuid:bad", reason: '"target.source" is not an http(s) page URL' }]);
    expect((await db.notes.get(a.id))?.body).toBe("edited elsewhere");
    expect((await db.notes.get("new-1"))?.body).toBe("a second note");
  });

  it("treats the same note under another id as a duplicate", async () => {
    value(await addNote(db, newNote(1, "same words"), 1000));
    const exported = JSON.parse(value(await exportNotes(db)).json);
    exported.first.items[0].id = "urn:uuid:renamed";
    const report = value(await importNotes(db, JSON.stringify(exported)));
    expect(report).toEqual({ imported: 0, duplicates: 1, updated: 0, rejected: [] });
    expect(await db.notes.count()).toBe(1);
  });
});
