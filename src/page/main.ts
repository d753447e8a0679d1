// Claimmark's content script: finds the article, finds its claims, highlights them, and answers the
// popup. Everything happens in this page; nothing is sent anywhere but to our own service worker.

import type { Claim } from "../core/model.ts";
import { askBackground, servePage } from "../background/messaging.ts";
import type { PageState } from "../background/protocol.ts";
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

// ---- the page's state, as the popup sees it ----

let article: Article | null = null;
let claims: Claim[] = [];
let settings: HighlightSettings = { global: true, sites: {} };
let scanned = false;
let highlighter: Highlighter | null = null;

const site = location.hostname;

function phase(): PageState["phase"] {
  if (!scanned) return "loading";
  if (!article) return "no-article";
  return highlightsOn(settings, site) ? "ready" : "off";
}

function state(): PageState {
  return { phase: phase(), url: location.href, site, title: document.title, claims };
}

function paint(): void {
  const a = article;
  if (!a || !highlightsOn(settings, site)) {
    highlighter?.clear();
    return;
  }
  highlighter ??= createHighlighter(document, { dark: pageIsDark(document) });
  highlighter.clear();
  highlighter.add(claims.map((claim) => ({ claim, spans: spansFor(a, claim.start, claim.end) })));
}

function render(): void {
  paint();
  askBackground("bg/page-state", { phase: phase(), count: claims.length }).catch(() => {
    // The service worker may be restarting; the badge is a convenience, the page state is not lost.
  });
}

function reveal(claimId: string): boolean {
  const claim = claims.find((c) => c.id === claimId);
  if (!claim || !article) return false;
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
