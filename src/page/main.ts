// Claimmark's content script entry: starts the page controller (article, claims, highlights, card)
// when highlights are on for this site, keeps it in step with the reader's switches, and answers
// the popup. Nothing is sent anywhere but to our own service worker and extension pages.

import browser, { type Runtime } from "webextension-polyfill";
import { detect } from "../core/detect.ts";
import { askBackground, servePage } from "../background/messaging.ts";
import { PAGE_STATE_PORT, type PageState } from "../background/protocol.ts";
import { highlightsOn, readHighlightSettings, watchHighlightSettings, type HighlightSettings } from "../background/settings.ts";
import type { CardSlots } from "./card.ts";
import { startClaimmark, type ClaimmarkPage } from "./controller.ts";
import { setupSharing, type Sharing } from "./share.ts";
import { PageNotes } from "./notes.ts";
import { notesSlot } from "./notes-slot.ts";

const site = location.hostname;
let settings: HighlightSettings | null = null;
// Started only once highlights are on for this site: a switched-off site is never read.
let page: ClaimmarkPage | null = null;
const followers = new Set<Runtime.Port>();

const enabled = () => settings !== null && highlightsOn(settings, site);

function state(): PageState {
  const base = { url: location.href, site, title: document.title };
  if (settings === null) return { ...base, phase: "loading", claims: [], openClaimId: null };
  if (!enabled()) return { ...base, phase: "off", claims: [], openClaimId: null };
  if (!page) return { ...base, phase: "loading", claims: [], openClaimId: null };
  const phase = page.phase();
  return { ...base, phase, claims: phase === "ready" ? page.claims() : [], openClaimId: page.openClaimId() };
}

/** Tells everyone who follows this page (the badge, open popups) what it looks like now. */
function publish(): void {
  const now = state();
  askBackground("bg/page-state", { phase: now.phase, count: now.claims.length }).catch(() => {
    // The service worker may be restarting; the badge is a convenience and catches up next time.
  });
  for (const port of followers) {
    try {
      port.postMessage(now);
    } catch {
      followers.delete(port);
    }
  }
}

// Share links: the card's share section, and opening the card a shared link names (#claimmark=…).
let sharing: Sharing | null = null;
const slots: CardSlots = {};

function startSharing(): Sharing {
  const s = setupSharing({
    doc: document,
    article: () => page?.article() ?? null,
    claims: () => page?.claims() ?? [],
    scanned: () => page !== null && page.phase() !== "loading",
    openClaim: (id) => page !== null && page.reveal(id, { focus: true }),
    // The reader's own newest note on the claim, offered when they choose to send a note along.
    ownNote: (claim) => notes.ownNote(claim),
  });
  slots.renderShare = s.renderShare;
  page?.setSlots(slots);
  return s;
}

// Reader notes: kept by the service worker (asked by message), re-anchored after every scan.
const notes = new PageNotes(
  {
    pageUrl: () => location.href,
    pageTitle: () => document.title,
    articleText: () => page?.article()?.text ?? null,
    claims: () => page?.claims() ?? [],
  },
  // Notes messages are background messages; their replies are checked by the protocol's parsers.
  (type, body) => askBackground(type, body as never) as Promise<never>,
);
slots.renderNotes = notesSlot(document, notes);

function onPageChange(): void {
  publish();
  sharing?.claimsChanged();
  if (page?.phase() === "ready") void notes.refresh();
}

function apply(): void {
  if (enabled()) {
    if (page) page.setEnabled(true);
    else {
      page = startClaimmark(document, { detect, enabled: true, onChange: onPageChange, slots });
      sharing ??= startSharing();
    }
  } else {
    page?.setEnabled(false);
  }
  publish();
}

servePage({
  "page/get-state": () => state(),
  "page/reveal-claim": (msg) => {
    const found = enabled() && page !== null && page.reveal(msg.claimId, { focus: true });
    if (found) publish();
    return { found };
  },
  "page/share-link": (msg) => {
    const r = sharing ? sharing.linkFor(msg.claimId) : { ok: false as const, error: "Claimmark is off on this site." };
    return r.ok ? { link: r.value, error: null } : { link: null, error: r.error };
  },
});

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PAGE_STATE_PORT) return;
  followers.add(port);
  port.onDisconnect.addListener(() => followers.delete(port));
  port.postMessage(state());
});

watchHighlightSettings((next) => {
  const was = enabled();
  settings = next;
  if (was !== enabled()) apply();
});

readHighlightSettings()
  .catch((): HighlightSettings => ({ global: true, sites: {} }))
  .then((s) => {
    settings ??= s;
    apply();
  });
