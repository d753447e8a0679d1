// Opening the card a share link names. The token is read from location.hash on load and on every
// hashchange; claims are found asynchronously (and on dynamic pages, later), so a token waits
// until its claim exists, then opens it once. A refused token shows why and renders nothing.

import { readShareToken, type ShareToken } from "../core/share-link.ts";
import type { SharePayload } from "../core/share-payload.ts";

export interface OpenerHooks {
  /** Opens the card on this claim; false when the page has no such claim (yet). */
  open(claimId: string): boolean;
  /** True once the first scan of the page is done. */
  scanned(): boolean;
  notify(message: string): void;
}

export class ShareOpener {
  private pending: ShareToken | null = null;
  private toldMissing = false;
  /** Notes that arrived with a link, by claim id, for the card to show as "Shared by a reader". */
  readonly received = new Map<string, SharePayload>();
  private readonly onHash = () => this.read();

  constructor(private readonly win: Window, private readonly hooks: OpenerHooks) {}

  start(): void {
    this.win.addEventListener("hashchange", this.onHash);
    this.read();
  }

  stop(): void {
    this.win.removeEventListener("hashchange", this.onHash);
  }

  /** Call after claims were found or changed. */
  claimsChanged(): void {
    const t = this.pending;
    if (!t) return;
    if (this.hooks.open(t.claimId)) {
      this.pending = null;
      return;
    }
    if (this.hooks.scanned() && !this.toldMissing) {
      this.toldMissing = true;
      this.hooks.notify("the shared claim is not on this page, or the page has changed since it was shared.");
    }
  }

  private read(): void {
    let r: ReturnType<typeof readShareToken>;
    try {
      r = readShareToken(this.win.location.hash);
    } catch {
      r = { ok: false, error: "This Claimmark link could not be read." };
    }
    if (r === null) return;
    if (!r.ok) {
      this.pending = null;
      this.hooks.notify(r.error);
      return;
    }
    this.pending = r.value;
    this.toldMissing = false;
    if (r.value.payload) this.received.set(r.value.claimId, r.value.payload);
    this.claimsChanged();
  }
}
