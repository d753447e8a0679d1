// Which parts of a page are not article prose. Decided from tags, attributes and class/id/itemprop
// words only, so it gives the same answer in a browser and in linkedom (no layout needed).

const SKIP_TAGS = new Set([
  "nav", "header", "footer", "aside", "figure", "figcaption", "form", "input", "textarea", "select",
  "option", "button", "label", "script", "style", "noscript", "template", "iframe", "object", "embed",
  "svg", "canvas", "video", "audio", "picture", "img", "pre", "h1", "dialog", "menu", "math", "head",
  "title", "meta", "link", "map", "area", "datalist", "output", "progress", "meter", "slot",
]);

// Not "log": live blogs rightly mark their stream of updates with it.
const SKIP_ROLES = new Set([
  "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu",
  "menubar", "toolbar", "form", "tablist", "marquee", "timer",
  // a box set apart from the story ("Need to talk? …")
  "note",
]);

// Whole words (after splitting class names on -, _ and camelCase) that mark page furniture.
const BAD_WORDS = new Set([
  "nav", "navbar", "menu", "header", "footer", "masthead", "aside", "sidebar", "rail", "widget",
  "byline", "bylines", "author", "authors", "dateline", "date", "timestamp", "meta", "metadata",
  "published", "updated", "pubdate",
  "share", "sharing", "social", "comment", "comments", "newsletter", "subscribe", "subscription",
  "signup", "promo", "promotion", "ad", "ads", "advert", "adverts", "advertisement", "advertising",
  "sponsor", "sponsored", "dfp", "outbrain", "taboola", "related", "recirc", "recirculation",
  "recommended", "recommendations", "popular", "trending", "cookie", "cookies", "consent", "gdpr",
  "banner", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "tags", "caption", "credit", "credits", "toolbar", "tools",
  "modal", "popup", "overlay", "skip", "publisher", "headline", "signoff", "signature", "contributor", "bottom",
  // the headline's companions: "standfirst", "dek", "kicker", "strapline", "teaser"
  "standfirst", "dek", "deck", "kicker", "strapline", "strap", "teaser", "subtitle", "summary", "sub", "subhead", "subheadline",
  // a section label above the headline ("Tech &amp; Transportation" in a p.label), an "eyebrow"
  "label", "eyebrow",
  // a helpline box set into a story ("Need to talk? Samaritans are available …")
  "helpline",
  // notes about the reporting, after the story ("correction-policy", "disclaimer", "trust-line": a link to
  // the outlet's standards, as the Trust Project's indicators are)
  "correction", "corrections", "policy", "disclaimer", "trust",
  // embedded widgets (tickers, posts, players) inside the body
  "embed",
  // a photo's box and its caption written short ("pic", "cap"), boxed facts beside the story
  "pic", "cap", "factbox", "facts", "infobox", "timeline", "ticker",
  // a quotation lifted from the story and set large beside it ("pull", "pullquote")
  "pull", "pullquote",
]);

// Utility classes that hide an element at every screen size (exact tokens, unlike BAD_WORDS).
const HIDING_CLASSES = new Set(["hidden", "is-hidden", "invisible", "d-none", "hide", "js-hidden"]);

// Multi-word furniture names, matched on the class word joined without separators.
const BAD_JOINED = [
  "mostread", "mostpopular", "mostviewed", "mostshared", "readmore", "readnext", "alsoread",
  "seealso", "morestories", "moreon", "topstories", "editorspicks", "sronly", "visuallyhidden",
  "screenreader", "datepublished", "datemodified", "sectionlabel", "sectionname", "sectiontitle",
  // a share price and its range boxed inside the story ("quotebox", "stock-quote", "market-data")
  "quotebox", "stockquote", "marketdata",
];

const STATE_PREFIX = new Set(["has", "with", "no", "show", "enable", "enabled", "allow", "can", "js", "supports"]);

const wordsCache = new Map<string, boolean>();

function badToken(token: string): boolean {
  const cached = wordsCache.get(token);
  if (cached !== undefined) return cached;
  const words = token
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  // State classes on containers ("has-sidebar", "no-comments") describe the page, not the element.
  if (words[0] && STATE_PREFIX.has(words[0])) {
    wordsCache.set(token, false);
    return false;
  }
  const joined = words.join("");
  const bad = words.some((w) => BAD_WORDS.has(w)) || BAD_JOINED.some((j) => joined.includes(j));
  if (wordsCache.size > 5000) wordsCache.clear();
  wordsCache.set(token, bad);
  return bad;
}

function badAttrWords(value: string | null): boolean {
  if (!value) return false;
  for (const token of value.split(/\s+/)) {
    if (token && (HIDING_CLASSES.has(token.toLowerCase()) || badToken(token))) return true;
  }
  return false;
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i;
const FURNITURE_LABEL = /\b(?:advert|advertisement|sponsored|share|cookie|newsletter|related|most read)\b/i;

// A standfirst is rarely longer than two lines of print.
const MAX_COMPANION = 300;

// A section label or breadcrumb is a few words
const MAX_LABEL = 80;

/** A line of at most `max` characters, with no paragraph inside, set right beside the headline. */
function shortBesideHeadline(el: Element, sibling: Element | null, max: number): boolean {
  if (sibling?.localName.toLowerCase() !== "h1" || el.querySelector("p")) return false;
  return (el.textContent ?? "").trim().length <= max;
}

/** A short label set right above the headline: "Football › Anglian Premier League" in a span.section. */
export function headlineLabel(el: Element): boolean {
  return shortBesideHeadline(el, el.nextElementSibling, MAX_LABEL);
}

/** The line set right under the headline that is not a paragraph: a standfirst in an unnamed <div>. */
function headlineCompanion(el: Element, tag: string): boolean {
  return tag !== "p" && shortBesideHeadline(el, el.previousElementSibling, MAX_COMPANION);
}

// "By Tom Ashworth, Business Editor · 3 December 2026": a credit line, whatever its class says
const BYLINE_START = /^\s*By\s+\p{Lu}/u;
const MAX_BYLINE = 200;

/** A short line that opens "By <Name>" and carries a <time>: the byline under a headline. */
function bylineLine(el: Element, tag: string): boolean {
  if (tag !== "p" && tag !== "div") return false;
  if (!el.querySelector("time")) return false;
  const text = el.textContent ?? "";
  return text.length <= MAX_BYLINE && BYLINE_START.test(text);
}

/** True when `el` and everything inside it is not article prose. */
export function isExcluded(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute("hidden") || el.hasAttribute("inert")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const editable = el.getAttribute("contenteditable");
  if (editable !== null && editable.toLowerCase() !== "false") return true;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  // The headline drawn without <h1>.
  if (role === "heading" && el.getAttribute("aria-level") === "1") return true;
  const style = el.getAttribute("style");
  if (style && HIDING_STYLE.test(style)) return true;
  const label = el.getAttribute("aria-label");
  if (label && FURNITURE_LABEL.test(label)) return true;
  if (el.hasAttribute("data-claimmark-host")) return true;
  if (headlineCompanion(el, tag)) return true;
  if (headlineLabel(el)) return true;
  if (bylineLine(el, tag)) return true;
  return badAttrWords(el.getAttribute("class")) || badAttrWords(el.getAttribute("id")) || badAttrWords(el.getAttribute("itemprop"));
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
  "search", "plaintext", "xmp",
]);

/** Elements that start a new line of article text (the CSS display:block family, by tag). */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName.toLowerCase());
}
