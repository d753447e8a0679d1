// Each test gets its own in-memory IndexedDB (fake-indexeddb implements the spec, upgrades and
// blocking included), so tests never share state.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import type { DexieOptions } from "dexie";
import { ClaimmarkDB } from "../../../src/db/schema.ts";
import type { ClaimSnapshot } from "../../../src/db/notes.ts";
import { describeRange } from "../../../src/core/anchor.ts";

export function freshOptions(): DexieOptions {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export async function freshDb(): Promise<ClaimmarkDB> {
  const db = new ClaimmarkDB("claimmark-test", freshOptions());
  await db.open();
  return db;
}

export const ARTICLE =
  "Unemployment in Castella fell to 6.1% in May, the statistics office said.\n" +
  "Officials said 40 people were hurt, a figure that could not be independently verified.";

export function claimAt(index: 0 | 1): ClaimSnapshot & { start: number; end: number } {
  const line = ARTICLE.split("\n")[index]!;
  const start = ARTICLE.indexOf(line);
  return {
    id: `c${index}`,
    text: line,
    start,
    end: start + line.length,
    figures: [],
    source: { name: "the statistics office", role: null, kind: "organization", cue: "said", via: null },
    status: index === 0 ? "unaddressed" : "unverified",
    evidence: null,
  };
}

export function newNote(index: 0 | 1, body: string, pageUrl = "https://news.example/story?utm_source=x") {
  const claim = claimAt(index);
  return { pageUrl, pageTitle: "Castella jobs", claim, body, selector: describeRange(ARTICLE, claim.start, claim.end) };
}
