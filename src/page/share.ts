// Sharing, as the content script wires it: the card's share slot, the opener for incoming links,
// and the link for a claim (for the popup's "Copy link").

import type { Claim } from "../core/model.ts";
import type { Decoded } from "../core/share-link.ts";
import { SOURCE_KIND_WORDS, STATUS_WORDS } from "./card-view.ts";
import type { Article } from "./extract.ts";
import { showNotice } from "./share-notice.ts";
import { ShareOpener } from "./share-open.ts";
import { claimLink, shareSlot } from "./share-slot.ts";

export interface SharingSetup {
  doc: Document;
  article(): Article | null;
  claims(): readonly Claim[];
  /** True once the page's first scan is done. */
  scanned(): boolean;
  /** Scrolls to the claim and opens its card; false when there is no such claim. */
  openClaim(claimId: string): boolean;
  ownNote?(claim: Claim): Promise<string | null>;
}

export interface Sharing {
  renderShare: ReturnType<typeof shareSlot>;
  /** Call after every (re)scan: a link's claim may have just appeared. */
  claimsChanged(): void;
  linkFor(claimId: string): Decoded<string>;
  stop(): void;
}

export function setupSharing(s: SharingSetup): Sharing {
  const win = s.doc.defaultView!;
  const opener = new ShareOpener(win, {
    open: (id) => s.openClaim(id),
    scanned: () => s.scanned(),
    notify: (m) => void showNotice(s.doc, m),
  });
  const renderShare = shareSlot({
    doc: s.doc,
    article: () => s.article(),
    received: opener.received,
    words: { status: STATUS_WORDS, sourceKind: SOURCE_KIND_WORDS },
    ...(s.ownNote && { ownNote: s.ownNote }),
  });
  opener.start();
  return {
    renderShare,
    claimsChanged: () => opener.claimsChanged(),
    linkFor: (id) => {
      const claim = s.claims().find((c) => c.id === id);
      return claim ? claimLink(s.doc, s.article(), claim, null) : { ok: false, error: "That claim is not on the page any more." };
    },
    stop: () => opener.stop(),
  };
}
