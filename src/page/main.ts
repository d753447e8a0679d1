// Claimmark's content script: finds the article, finds its claims, highlights them, and answers the
// popup. Everything happens in this page; nothing is sent anywhere but to our own service worker.

import browser, { type Runtime } from "webextension-polyfill";
import type { Claim } from "../core/model.ts";
import { askBackground, servePage } from "../background/messaging.ts";
import { PAGE_STATE_PORT, type PageState } from "../background/protocol.ts";
import { highlightsOn, readHighlightSettings, watchHighlightSettings, type HighlightSettings } from "../background/settings.ts";
import { extractArticleInSlices, type Article } from "./extract.ts";
import { createHighlighter, type Highlighter } from "./highlight.ts";
import { spansFor } from "./textmap.ts";
import { pageIsDark } from "./theme.ts";

// ---- temporary stand-in until src/core/detect.ts lands ----

const NUMBER = /\d/;
const ATTRIBUTION = /\b(?:said|says|according to|told|stated|reported|estimated)\b/i;

function detectStandIn(text: string): Claim[] {
  const claims: Claim[] = [];
  const seg = new Intl.Segmenter("en", { granularity: "sentence" });
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const s of seg.segment(line)) {
      const sentence = s.segment.trimEnd();
      const kinds: Claim["kinds"] = [];
      if (NUMBER.test(sentence)) kinds.push("numeric");
      if (ATTRIBUTION.test(sentence)) kinds.push("attributed");
      if (kinds.length === 0) continue;
      const start = lineStart + s.index;
      claims.push({
        id: `c${start}`,
        text: sentence,
        start,
        end: start + sentence.length,
        kinds,
        figures: [],
        source: null,
        status: "unaddressed",
        evidence: null,
        evidenceStart: null,
        evidenceEnd: null,
      });
    }
    lineStart += line.length + 1;
  }
  return claims;
}

// ---- the page's state ----

const site = location.hostname;
let settings: HighlightSettings = { global: true, sites: {} };
let article: Article | null = null;
let claims: Claim[] = [];
let scanned = false;
let scanning: Promise<void> | null = null;
let highlighter: Highlighter | null = null;
const followers = new Set<Runtime.Port>();

const enabled = () => highlightsOn(settings, site);

function state(): PageState {
  const phase: PageState["phase"] = !enabled() ? "off" : !scanned ? "loading" : article ? "ready" : "no-article";
  return { phase, url: location.href, site, title: document.title, claims: phase === "ready" ? claims : [] };
}

function paint(): void {
  const a = article;
  if (!a || !enabled()) {
    highlighter?.clear();
    return;
  }
  highlighter ??= createHighlighter(document, { dark: pageIsDark(document) });
  highlighter.clear();
  highlighter.add(claims.map((claim) => ({ claim, spans: spansFor(a, claim.start, claim.end) })));
}

/** Tells everyone who follows this page (badge, open popups) what it looks like now. */
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

const pause = () => new Promise<void>((r) => setTimeout(r, 0));

async function scan(): Promise<void> {
  const found = await extractArticleInSlices(document, pause);
  // The page changed without changing its article text (ads, our own marks): nothing to redo.
  if (scanned && found?.text === article?.text && (found === null) === (article === null)) return;
  article = found;
  claims = found ? detectStandIn(found.text) : [];
  scanned = true;
  paint();
  publish();
}

function rescan(): Promise<void> {
  if (!enabled()) return Promise.resolve();
  scanning ??= scan().finally(() => {
    scanning = null;
  });
  return scanning;
}

function reveal(claimId: string): boolean {
  const claim = claims.find((c) => c.id === claimId);
  if (!claim || !article || !enabled()) return false;
  const span = spansFor(article, claim.start, claim.end)[0];
  if (!span) return false;
  const node = span.start.node;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: "center", behavior: "instant" });
  highlighter?.setActive(claim.id);
  return true;
}

servePage({
  "page/get-state": () => state(),
  "page/reveal-claim": (msg) => ({ found: reveal(msg.claimId) }),
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
  if (was === enabled()) return;
  if (enabled()) {
    scanned = false;
    article = null;
    publish();
    void rescan();
  } else {
    paint();
    publish();
  }
});

// Articles that render late or grow (live blogs, "load more") gain claims: read the page again once
// it has been quiet for a moment.
let quiet: ReturnType<typeof setTimeout> | null = null;
new MutationObserver(() => {
  if (quiet) clearTimeout(quiet);
  quiet = setTimeout(() => void rescan(), 700);
}).observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });

async function start(): Promise<void> {
  settings = await readHighlightSettings().catch(() => settings);
  publish();
  await rescan();
}

void start();
