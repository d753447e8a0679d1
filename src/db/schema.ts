// The notes database, in the extension's origin (service worker and extension pages only; content
// scripts ask by message). Every schema change is a new version with an upgrade that transforms
// what the previous version wrote: readers' notes must survive every update of the extension.
import { Dexie, type DexieOptions, type EntityTable } from "dexie";
import type { ClaimSelector, FigureChange } from "../core/anchor.ts";
import type { Claim } from "../core/model.ts";
import { siteOf } from "../core/url.ts";
import type { NoteV1, PageV1 } from "./schema-v1.ts";

export const DB_NAME = "claimmark";

export interface PageRecord {
  /** Normalised page URL (src/core/url.ts). */
  url: string;
  site: string;
  title: string;
  lastSeen: number;
}

/** The claim as it read when a note was first written on it. */
export interface ClaimRecord {
  pageUrl: string;
  claimId: string;
  text: string;
  figures: Claim["figures"];
  source: Claim["source"];
  status: Claim["status"];
  evidence: string | null;
  saved: number;
}

export type AnchorStateName = "unchecked" | "attached" | "figure-changed" | "orphaned";

/** What the last visit found when it re-anchored the note. */
export interface AnchorState {
  state: AnchorStateName;
  /** When it was last checked (ms since epoch), null if never. */
  checked: number | null;
  figureChanged?: FigureChange;
  /** The claim it landed on, when that is not the one it was written on (the sentence was edited). */
  claimId?: string;
}

export interface NoteRecord {
  id: string;
  pageUrl: string;
  site: string;
  /** The claim it was written on; the key of its snapshot in `claims`. */
  claimId: string;
  body: string;
  created: number;
  updated: number;
  /** W3C-style selector of the claim sentence: quote with context, and offsets in the article text. */
  selector: ClaimSelector;
  anchor: AnchorState;
}

/** An unsaved note; one per claim, kept until the note is saved. */
export interface DraftRecord {
  pageUrl: string;
  claimId: string;
  body: string;
  /** Set when the draft edits an existing note. */
  noteId: string | null;
  updated: number;
  /** The claim's text when the draft was typed, to find it again if the sentence (and its id) changes. */
  quote?: string;
}

// Version 1: flat selector fields on notes, no site index.
export const STORES_V1 = {
  pages: "&url, lastSeen",
  claims: "[pageUrl+claimId], pageUrl",
  notes: "&id, pageUrl, [pageUrl+claimId], updated",
  drafts: "[pageUrl+claimId]",
};

// Version 2: selector grouped as W3C selectors, anchor state as an object, `site` derived and indexed.
export const STORES_V2 = {
  pages: "&url, site, lastSeen",
  claims: "[pageUrl+claimId], pageUrl",
  notes: "&id, pageUrl, site, [pageUrl+claimId], updated",
  drafts: "[pageUrl+claimId]",
};

export class ClaimmarkDB extends Dexie {
  pages!: EntityTable<PageRecord, "url">;
  claims!: Dexie.Table<ClaimRecord, [string, string]>;
  notes!: EntityTable<NoteRecord, "id">;
  drafts!: Dexie.Table<DraftRecord, [string, string]>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(async (tx) => {
      await tx.table("notes").toCollection().modify((note: Record<string, unknown>) => {
        Object.assign(note, upgradeNoteV1(note as unknown as NoteV1));
        for (const key of ["exact", "prefix", "suffix", "start", "end", "anchorState"]) delete note[key];
      });
      await tx.table("pages").toCollection().modify((page: PageV1 & { site?: string }) => {
        page.site = siteOf(page.url);
      });
    });
  }
}

/** The v2 form of a v1 note (pure, so it is tested on its own too). */
export function upgradeNoteV1(n: NoteV1): NoteRecord {
  return {
    id: n.id,
    pageUrl: n.pageUrl,
    site: siteOf(n.pageUrl),
    claimId: n.claimId,
    body: n.body,
    created: n.created,
    updated: n.updated,
    selector: {
      quote: { exact: n.exact, prefix: n.prefix, suffix: n.suffix },
      position: { start: n.start, end: n.end },
    },
    anchor: { state: n.anchorState === "orphaned" ? "orphaned" : n.anchorState === "attached" ? "attached" : "unchecked", checked: null },
  };
}
