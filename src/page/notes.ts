// The reader's notes for the page the content script runs in. It never opens the database: it asks
// the service worker (notes/* messages), re-anchors the saved notes in the article as it reads now,
// tells the database what it found, and keeps the open card's notes section in step.
import { describeRange, normalizeForMatch, similarity, type ClaimSelector } from "../core/anchor.ts";
import type { Claim } from "../core/model.ts";
import type { NotesApi } from "../background/notes-protocol.ts";
import type { DbResult } from "../db/errors.ts";
import type { DraftRecord, NoteRecord } from "../db/schema.ts";
import { changedAnchors, placeNotes, type Placement } from "./notes-place.ts";

export type AskNotes = <K extends keyof NotesApi>(type: K, body: NotesApi[K]["request"]) => Promise<NotesApi[K]["reply"]>;

export interface NotesPage {
  pageUrl(): string;
  pageTitle(): string;
  /** The article text the claims' offsets index into; null while there is no article. */
  articleText(): string | null;
  claims(): readonly Claim[];
}

export interface PlacedNote {
  note: NoteRecord;
  placement: Placement;
}

/** How close an edited sentence must be to the one a draft was typed on for the draft to follow it. */
const MOVED_DRAFT_SIMILARITY = 0.75;

const UNREACHABLE =
  "Claimmark's background service did not answer (the extension may have just been updated or reloaded). Reload the page and save again.";

export class PageNotes {
  private notes: NoteRecord[] = [];
  private placements = new Map<string, Placement>();
  private listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  /** The last load failed; shown in the card instead of an empty list. */
  loadError: string | null = null;
  loaded = false;

  constructor(
    private readonly page: NotesPage,
    private readonly askRaw: AskNotes,
  ) {}

  /** Reloads the page's notes and re-anchors them; calls made while one runs coalesce into one more. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.loadOnce();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async loadOnce(): Promise<void> {
    const listed = await this.ask("notes/list", { pageUrl: this.page.pageUrl() });
    if (!listed.ok) {
      this.loadError = listed.error.message;
      this.emit();
      return;
    }
    this.loadError = null;
    this.notes = listed.value;
    this.loaded = true;
    this.place();
    this.emit();
    const updates = changedAnchors(this.notes, this.placements);
    if (updates.length === 0) return;
    const recorded = await this.ask("notes/anchors", { updates });
    if (recorded.ok) {
      // Mirror what the database now holds, so the next pass does not send them again.
      for (const u of updates) {
        const n = this.notes.find((x) => x.id === u.id);
        if (!n) continue;
        n.anchor = { state: u.state === "orphaned" ? "orphaned" : u.figureChanged ? "figure-changed" : "attached", checked: Date.now() };
        if (u.figureChanged) n.anchor.figureChanged = u.figureChanged;
        if (u.state === "attached" && u.claimId) n.anchor.claimId = u.claimId;
      }
    }
  }

  /** Re-anchors the loaded notes against the article as it reads now (after every scan). */
  place(): void {
    const text = this.page.articleText();
    if (text === null) return;
    this.placements = placeNotes(this.notes, text, this.page.claims());
  }

  /** The notes sitting on a claim, newest first. */
  on(claimId: string): PlacedNote[] {
    const out: PlacedNote[] = [];
    for (const note of this.notes) {
      const placement = this.placements.get(note.id) ?? { state: "attached", claimId: note.anchor.claimId ?? note.claimId };
      if (placement.state === "attached" && placement.claimId === claimId) out.push({ note, placement });
    }
    return out;
  }

  /** Notes of this page that could not be placed on any claim. */
  orphans(): NoteRecord[] {
    return this.notes.filter((n) => this.placements.get(n.id)?.state === "orphaned");
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async add(claim: Claim, body: string): Promise<DbResult<NoteRecord>> {
    const r = await this.ask("notes/add", {
      pageUrl: this.page.pageUrl(),
      pageTitle: this.page.pageTitle(),
      claim: { id: claim.id, text: claim.text, figures: claim.figures, source: claim.source, status: claim.status, evidence: claim.evidence },
      body,
      selector: this.selectorFor(claim),
    });
    if (r.ok) {
      this.notes = [r.value, ...this.notes];
      this.placements.set(r.value.id, { state: "attached", claimId: claim.id });
      this.emit();
    }
    return r;
  }

  async edit(id: string, body: string): Promise<DbResult<NoteRecord>> {
    const r = await this.ask("notes/edit", { id, body });
    if (r.ok) {
      this.notes = [r.value, ...this.notes.filter((n) => n.id !== id)];
      this.emit();
    }
    return r;
  }

  async remove(id: string): Promise<DbResult<NoteRecord>> {
    const r = await this.ask("notes/delete", { id });
    if (r.ok) {
      this.notes = this.notes.filter((n) => n.id !== id);
      this.emit();
    }
    return r;
  }

  async restore(note: NoteRecord): Promise<DbResult<NoteRecord>> {
    const r = await this.ask("notes/restore", { note });
    if (r.ok) {
      this.notes = [note, ...this.notes.filter((n) => n.id !== note.id)].sort((a, b) => b.updated - a.updated);
      this.emit();
    }
    return r;
  }

  /**
   * The claim's draft. When the sentence was edited since (so its id changed), a draft typed on the
   * old wording is found by its quote, as long as no claim on the page still has that old id.
   */
  async findDraft(claim: Claim): Promise<DbResult<{ draft: DraftRecord; movedFrom: string | null } | null>> {
    const own = await this.ask("drafts/get", { pageUrl: this.page.pageUrl(), claimId: claim.id });
    if (!own.ok || own.value) return own.ok ? { ok: true, value: own.value && { draft: own.value, movedFrom: null } } : own;
    const all = await this.ask("drafts/list", { pageUrl: this.page.pageUrl() });
    if (!all.ok) return all;
    const present = new Set(this.page.claims().map((c) => c.id));
    const want = normalizeForMatch(claim.text);
    let best: { draft: DraftRecord; score: number } | null = null;
    for (const d of all.value) {
      if (present.has(d.claimId) || d.quote === undefined) continue;
      const score = similarity(normalizeForMatch(d.quote), want);
      if (score >= MOVED_DRAFT_SIMILARITY && (!best || score > best.score)) best = { draft: d, score };
    }
    return { ok: true, value: best && { draft: best.draft, movedFrom: best.draft.claimId } };
  }

  putDraft(claim: Claim, body: string, noteId: string | null): Promise<DbResult<DraftRecord>> {
    return this.ask("drafts/put", { pageUrl: this.page.pageUrl(), claimId: claim.id, body, noteId, quote: claim.text });
  }

  discardDraft(claimId: string): Promise<DbResult<true>> {
    return this.ask("drafts/discard", { pageUrl: this.page.pageUrl(), claimId });
  }

  /** The reader's newest note on a claim (the share section offers it to send along). */
  async ownNote(claim: Claim): Promise<string | null> {
    if (!this.loaded) await this.refresh();
    return this.on(claim.id)[0]?.note.body ?? null;
  }

  private selectorFor(claim: Claim): ClaimSelector {
    const text = this.page.articleText() ?? "";
    if (text.slice(claim.start, claim.end) === claim.text) return describeRange(text, claim.start, claim.end);
    const at = text.indexOf(claim.text);
    if (at >= 0) return describeRange(text, at, at + claim.text.length);
    // The article changed under the card: keep the quote, with no position to trust.
    return { quote: { exact: claim.text, prefix: "", suffix: "" }, position: { start: -1, end: -1 } };
  }

  private async ask<K extends keyof NotesApi>(type: K, body: NotesApi[K]["request"]): Promise<NotesApi[K]["reply"]> {
    try {
      return await this.askRaw(type, body);
    } catch {
      return { ok: false, error: { kind: "unknown", message: UNREACHABLE } } as NotesApi[K]["reply"];
    }
  }

  private emit(): void {
    for (const l of this.listeners) {
      try {
        l();
      } catch {
        // one view's failure is not the others'
      }
    }
  }
}
