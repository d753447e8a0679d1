// Claimmark's content script: finds the article, finds its claims, highlights them, and answers the
// popup. Everything happens in this page; nothing is sent anywhere but to our own service worker.

import type { Claim } from "../core/model.ts";
import { askBackground, servePage } from "../background/messaging.ts";
import type { PageState } from "../background/protocol.ts";
import { highlightsOn, readHighlightSettings, watchHighlightSettings, type HighlightSettings } from "../background/settings.ts";
import { extractArticleInSlices, type Article } from "./extract.ts";
import { rangesFor } from "./textmap.ts";

// ---- temporary stand-ins until src/core/detect.ts and src/page/highlight*.ts land ----

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

const HIGHLIGHT_NAME = "claimmark";
let styled = false;

function paintStandIn(article: Article, claims: Claim[]): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  if (!styled) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(250, 204, 21, 0.45); }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  }
  const highlight = new Highlight();
  for (const c of claims) for (const r of rangesFor(article, c.start, c.end)) highlight.add(r);
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
}

function unpaintStandIn(): void {
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
}

// ---- the page's state, as the popup sees it ----

let article: Article | null = null;
let claims: Claim[] = [];
let settings: HighlightSettings = { global: true, sites: {} };
let scanned = false;

const site = location.hostname;

function phase(): PageState["phase"] {
  if (!scanned) return "loading";
  if (!article) return "no-article";
  return highlightsOn(settings, site) ? "ready" : "off";
}

function state(): PageState {
  return { phase: phase(), url: location.href, site, title: document.title, claims };
}

function render(): void {
  if (article && highlightsOn(settings, site)) paintStandIn(article, claims);
  else unpaintStandIn();
  askBackground("bg/page-state", { phase: phase(), count: claims.length }).catch(() => {
    // The service worker may be restarting; the badge is a convenience, the page state is not lost.
  });
}

function reveal(claimId: string): boolean {
  const claim = claims.find((c) => c.id === claimId);
  if (!claim || !article) return false;
  const range = rangesFor(article, claim.start, claim.end)[0];
  const el = range?.startContainer.parentElement;
  if (!el) return false;
  el.scrollIntoView({ block: "center", behavior: "instant" });
  return true;
}

servePage({
  "page/get-state": () => state(),
  "page/reveal-claim": (msg) => ({ found: reveal(msg.claimId) }),
});

watchHighlightSettings((next) => {
  settings = next;
  render();
});

async function scan(): Promise<void> {
  settings = await readHighlightSettings().catch(() => settings);
  article = await extractArticleInSlices(document, () => new Promise((r) => setTimeout(r, 0)));
  claims = article ? detectStandIn(article.text) : [];
  scanned = true;
  render();
}

void scan();
