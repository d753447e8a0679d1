// The card's notes section on a standard DOM (linkedom), talking through the real protocol to the
// real service-worker handlers and database (fake-indexeddb).
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { Dexie, type DBCore, type Middleware } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { backgroundReplies, backgroundRequests, dispatch, readReply } from "../../../src/background/protocol.ts";
import { makeNotesHandlers } from "../../../src/background/notes-handlers.ts";
import { ClaimmarkDB } from "../../../src/db/schema.ts";
import type { Claim } from "../../../src/core/model.ts";
import { PageNotes, type AskNotes, type NotesPage } from "../../../src/page/notes.ts";
import { notesSlot } from "../../../src/page/notes-slot.ts";

const S1 = "Turnout reached 64.2% in the northern districts, the electoral commission said.";
const S2 = "Observers reported 12 irregularities at polling stations.";
const BEFORE = ["Election night", S1, S2].join("\n");

function claimsOf(text: string): Claim[] {
  return text
    .split("\n")
    .filter((line) => /\d/.test(line))
    .map((s) => ({
      id: `id:${s}`,
      text: s,
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
      kinds: ["numeric"],
      figures: [],
      source: null,
      status: "unverified",
      evidence: null,
      evidenceStart: null,
      evidenceEnd: null,
    }));
}

async function world(opts: { full?: { full: boolean } } = {}) {
  const db = new ClaimmarkDB("claimmark-slot", { indexedDB: new IDBFactory(), IDBKeyRange });
  if (opts.full) db.use(diskFull(opts.full));
  await db.open();
  const handlers = { ...makeNotesHandlers(async () => ({ ok: true, value: db })), "bg/page-state": async () => ({ badge: "" }) };
  const ask: AskNotes = async (type, body) =>
    readReply(backgroundReplies, type, structuredClone(await dispatch(backgroundRequests, handlers, structuredClone({ ...body, type }), {}))) as never;
  return { db, ask };
}

function diskFull(state: { full: boolean }): Middleware<DBCore> {
  return {
    stack: "dbcore",
    name: "disk-full",
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name);
        return name !== "notes"
          ? t
          : { ...t, mutate: (req) => (state.full ? Promise.reject(new DOMException("quota", "QuotaExceededError")) : t.mutate(req)) };
      },
    }),
  };
}

function page(text: { value: string }): NotesPage {
  return {
    pageUrl: () => "https://news.example/vote?utm_source=newsletter",
    pageTitle: () => "Election night",
    articleText: () => text.value,
    claims: () => claimsOf(text.value),
  };
}

const { document: doc, Event } = parseHTML("<!doctype html><html><body></body></html>") as unknown as { document: Document; Event: typeof globalThis.Event };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function untilAsync(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function open(notes: PageNotes, claim: Claim) {
  const container = doc.createElement("section");
  doc.body.appendChild(container);
  const cleanup = notesSlot(doc, notes)(container, claim) as () => void;
  const q = <T extends Element>(sel: string) => container.querySelector(sel) as T;
  return {
    container,
    cleanup,
    textarea: () => q<HTMLTextAreaElement>("textarea"),
    status: () => q("[role=status]").textContent ?? "",
    error: () => q("[role=alert]").textContent ?? "",
    bodies: () => [...container.querySelectorAll(".cm-note-list .cm-note-body")].map((e) => e.textContent),
    type(text: string) {
      const t = q<HTMLTextAreaElement>("textarea");
      t.value = text;
      t.dispatchEvent(new Event("input"));
    },
    submit() {
      q("form").dispatchEvent(new Event("submit", { cancelable: true }));
    },
    click(sel: string) {
      (q(sel) as HTMLElement).dispatchEvent(new Event("click"));
    },
  };
}

describe("card notes section", () => {
  it("saves a note, lists it, and deletes it with undo", async () => {
    const { db, ask } = await world();
    const text = { value: BEFORE };
    const notes = new PageNotes(page(text), ask);
    await notes.refresh();
    const claim = claimsOf(BEFORE)[0]!;
    const card = open(notes, claim);
    expect(card.container.querySelector(".placeholder")?.textContent).toBe("No notes on this claim yet.");
    card.type("Commission figures <b>exclude</b> postal votes.");
    card.submit();
    await until(() => card.status() === "Note saved.", "save");
    expect(card.bodies()).toEqual(["Commission figures <b>exclude</b> postal votes."]);
    // Text, never markup.
    expect(card.container.querySelector(".cm-note-body b")).toBeNull();
    expect(card.textarea().value).toBe("");
    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ pageUrl: "https://news.example/vote", claimId: claim.id, selector: { quote: { exact: S1 } } });

    card.click(".cm-note-delete");
    await until(() => card.status().startsWith("Note deleted."), "delete");
    expect(await db.notes.count()).toBe(0);
    expect(card.bodies()).toEqual([]);
    card.click(".cm-note-undo");
    await until(() => card.status() === "Note restored.", "undo");
    expect(await db.notes.count()).toBe(1);
    expect(card.bodies()).toEqual(["Commission figures <b>exclude</b> postal votes."]);
    card.cleanup();
    db.close();
  });

  it("shows a failed save, keeps the text as a draft across closing the card, and saves later", async () => {
    const full = { full: true };
    const { db, ask } = await world({ full });
    const notes = new PageNotes(page({ value: BEFORE }), ask);
    await notes.refresh();
    const claim = claimsOf(BEFORE)[1]!;
    const card = open(notes, claim);
    card.type("Twelve is the observers' count, not the commission's.");
    card.submit();
    await until(() => card.error() !== "", "error");
    expect(card.error()).toMatch(/no storage space left/);
    await until(() => card.status() === "Not saved. Your text is still here and kept as a draft.", "draft kept");
    expect(card.textarea().value).toBe("Twelve is the observers' count, not the commission's.");
    expect(await db.drafts.count()).toBe(1);
    card.cleanup();

    // The card closed and opened again (the page could have been reloaded): the draft is back.
    const again = open(new PageNotes(page({ value: BEFORE }), ask), claim);
    await until(() => again.textarea().value !== "", "draft restored");
    expect(again.textarea().value).toBe("Twelve is the observers' count, not the commission's.");
    expect(again.status()).toBe("Your unsaved draft is back.");

    full.full = false;
    again.submit();
    await until(() => again.status() === "Note saved.", "save after space was freed");
    expect(await db.notes.count()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
    again.cleanup();
    db.close();
  });

  it("brings a draft back on the card of the same sentence after the article edited it", async () => {
    const { db, ask } = await world();
    const text = { value: BEFORE };
    const claim = claimsOf(BEFORE)[0]!;
    const card = open(new PageNotes(page(text), ask), claim);
    card.type("Half a thought about turnout");
    card.cleanup(); // closing the card stores the pending draft
    await untilAsync(async () => (await db.drafts.count()) === 1, "draft stored");
    expect((await db.drafts.toArray()).map((d) => d.claimId)).toEqual([claim.id]);

    // The article now says 64.8% (the claim's id changes with its text); a different sentence keeps its own.
    const after = BEFORE.replace("64.2%", "64.8%");
    const edited = claimsOf(after).find((c) => c.text.includes("64.8%"))!;
    expect(edited.id).not.toBe(claim.id);
    const again = open(new PageNotes(page({ value: after }), ask), edited);
    await until(() => again.textarea().value !== "", "draft found by its sentence");
    expect(again.textarea().value).toBe("Half a thought about turnout");
    expect(again.status()).toMatch(/sentence was edited/);
    await untilAsync(async () => (await db.drafts.toArray()).every((d) => d.claimId === edited.id), "draft re-keyed");
    expect((await db.drafts.toArray()).map((d) => d.claimId)).toEqual([edited.id]);

    // The other claim's card does not take it.
    const other = open(new PageNotes(page({ value: after }), ask), claimsOf(after).find((c) => c.text.startsWith("Observers"))!);
    await new Promise((r) => setTimeout(r, 50));
    expect(other.textarea().value).toBe("");
    again.cleanup();
    other.cleanup();
    db.close();
  });

  it("edits a note in place", async () => {
    const { db, ask } = await world();
    const notes = new PageNotes(page({ value: BEFORE }), ask);
    const claim = claimsOf(BEFORE)[0]!;
    const saved = await notes.add(claim, "first thought");
    expect(saved.ok).toBe(true);
    const card = open(notes, claim);
    card.click(".cm-note-edit");
    expect(card.textarea().value).toBe("first thought");
    expect(card.container.querySelector("label")?.textContent).toBe("Edit note");
    card.type("second thought");
    card.submit();
    await until(() => card.status() === "Note saved.", "edit");
    expect(card.bodies()).toEqual(["second thought"]);
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(["second thought"]);
    card.cleanup();
    db.close();
  });

  it("on a revisit after the figure changed, shows both figures; lists notes that cannot be placed", async () => {
    const { db, ask } = await world();
    const first = new PageNotes(page({ value: BEFORE }), ask);
    const [c1, c2] = claimsOf(BEFORE);
    expect((await first.add(c1!, "64.2 looked high")).ok).toBe(true);
    expect((await first.add(c2!, "who counted?")).ok).toBe(true);

    // The article was updated: the turnout figure changed and the observers' sentence was removed.
    const after = ["Election night (updated 23:40)", S1.replace("64.2%", "61.9%")].join("\n");
    const revisit = new PageNotes(page({ value: after }), ask);
    await revisit.refresh();
    const claim = claimsOf(after).find((c) => c.text.includes("61.9%"))!;
    const card = open(revisit, claim);
    expect(card.bodies()).toEqual(["64.2 looked high"]);
    const notice = card.container.querySelector(".cm-figure-changed");
    expect(notice?.textContent).toBe("The figure changed since you saved this note: it was 64.2%, it is now 61.9%.");
    const orphans = card.container.querySelector(".cm-orphans");
    expect(orphans?.querySelector("summary")?.textContent).toBe("1 note on this page could not be placed");
    expect(orphans?.querySelector("blockquote")?.textContent).toBe(`“${S2}”`);
    expect(orphans?.querySelector(".cm-note-body")?.textContent).toBe("who counted?");

    // The database learnt it too (the popup counts from it), and kept the orphan.
    const stored = await db.notes.toArray();
    const byBody = new Map(stored.map((n) => [n.body, n]));
    expect(byBody.get("64.2 looked high")?.anchor).toMatchObject({ state: "figure-changed", claimId: claim.id, figureChanged: { was: "64.2%", now: "61.9%" } });
    expect(byBody.get("who counted?")?.anchor.state).toBe("orphaned");
    card.cleanup();
    db.close();
  });

  it("says so when the background does not answer, and keeps the text", async () => {
    const notes = new PageNotes(page({ value: BEFORE }), async () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    });
    const card = open(notes, claimsOf(BEFORE)[0]!);
    card.type("keep this");
    card.submit();
    await until(() => card.error() !== "", "error");
    expect(card.error()).toMatch(/did not answer.*Reload the page/);
    await until(() => card.status().startsWith("Not saved, and it could not be kept as a draft either"), "status");
    expect(card.textarea().value).toBe("keep this");
    card.cleanup();
  });
});
