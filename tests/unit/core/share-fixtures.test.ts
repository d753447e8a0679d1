// Every claim of every fixture article survives the trip: directive generated from the article
// text, link built, link parsed, directive resolved back to exactly that sentence.
import { describe, expect, it } from "vitest";
import { detect } from "../../../src/core/detect.ts";
import { generateTextDirective } from "../../../src/core/fragment-directive.ts";
import { findTextDirective } from "../../../src/core/fragment-match.ts";
import { buildShareLink, parseShareLink } from "../../../src/core/share-link.ts";
import type { Gold } from "../../support/check-gold.ts";
import { articleText, labelledArticles } from "../../support/fixture-detect.ts";

// Pages (.html, through the content script's extractor) and plain texts (.txt) alike.
const articles = labelledArticles().map((a) => ({ name: a.name, gold: a.gold as unknown as Gold, text: articleText(a.input) }));

describe("share links for the fixture articles", () => {
  it("there are fixture articles to test", () => {
    expect(articles.length).toBeGreaterThan(3);
  });

  it.each(articles.map((a) => [a.name, a] as const))("%s: every claim round-trips", (name, { gold, text }) => {
    expect(text.length).toBeGreaterThan(0);
    let from = 0;
    let claims = 0;
    for (const [i, s] of gold.sentences.entries()) {
      const start = text.indexOf(s.sentence, from);
      expect(start, s.sentence).toBeGreaterThanOrEqual(0);
      from = start + s.sentence.length;
      if (s.label !== "claim") continue;
      claims++;
      const end = start + s.sentence.length;
      const directive = generateTextDirective(text, start, end);
      expect(directive, s.sentence).not.toBeNull();
      // (a claim id is short: the fixture name is cut to fit)
      const claimId = `c_${name.replace(/[^a-z0-9]/g, "").slice(0, 40)}_${i}`;
      const built = buildShareLink({
        pageUrl: `https://news.example/${name}?utm_source=newsletter`,
        claimId,
        directive,
        payload: { note: `Note on sentence ${i} <b>`, verdict: "unverified" },
      });
      expect(built.ok).toBe(true);
      if (!built.ok) continue;
      const parsed = parseShareLink(built.value);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.pageUrl).toBe(`https://news.example/${name}`);
      expect(parsed.value.token).toEqual({ claimId, payload: { note: `Note on sentence ${i} \u2039b\u203A`, verdict: "unverified" } });
      expect(findTextDirective(text, parsed.value.directive!), s.sentence).toEqual({ start, end });
    }
    expect(claims).toBeGreaterThan(0);
  });

  it.each(articles.map((a) => [a.name, a] as const))("%s: every detected claim round-trips under its own id", (name, { text }) => {
    const claims = detect(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const directive = generateTextDirective(text, claim.start, claim.end);
      const built = buildShareLink({ pageUrl: `http://127.0.0.1:8080/articles/${name}.html`, claimId: claim.id, directive });
      expect(built.ok, claim.id).toBe(true);
      if (!built.ok) continue;
      const parsed = parseShareLink(built.value);
      expect(parsed.ok && parsed.value.token?.claimId).toBe(claim.id);
      if (!parsed.ok) continue;
      // A claim's text can be repeated verbatim on a page; every one that can be told apart is.
      if (directive) expect(findTextDirective(text, parsed.value.directive!), claim.text).toEqual({ start: claim.start, end: claim.end });
      else expect(claims.filter((c) => c.text === claim.text).length, claim.text).toBeGreaterThan(1);
    }
  });
});
