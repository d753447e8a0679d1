// The text directive for one claim, made against the whole page's text so that a sentence repeated
// anywhere before it (a teaser, a pull quote, the standfirst) gets the context that picks ours.

import { generateTextDirective, type TextDirective } from "../core/fragment-directive.ts";
import type { Claim } from "../core/model.ts";
import type { Article } from "./extract.ts";
import { pageText, type PageTextOptions } from "./share-pagetext.ts";
import { spansFor } from "./textmap.ts";

/**
 * Null when no directive can tell this occurrence apart from an identical one (the link then
 * still names the claim for Claimmark, and opens the page for everyone else).
 */
export function claimDirective(doc: Document, article: Article, claim: Claim, opts?: PageTextOptions): TextDirective | null {
  const spans = spansFor(article, claim.start, claim.end);
  const first = spans[0];
  const last = spans[spans.length - 1];
  const body = doc.body;
  if (first && last && body) {
    // Enough text after the sentence for its suffix words; later text cannot change the match.
    const page = pageText(body, [first.start, last.end], { ...opts, stopAfter: 2000 });
    const [s, e] = page.at;
    if (s !== null && s !== undefined && e !== null && e !== undefined && e > s) return generateTextDirective(page.text, s, e);
  }
  // The claim's DOM could not be placed in the page walk (e.g. inside something hidden to layout):
  // the article text is the best knowledge left.
  return generateTextDirective(article.text, claim.start, claim.end);
}
