// The whole page's text as a browser's text-fragment matcher sees it (not just the article): a text
// directive must be unambiguous against everything the browser searches, including teasers, pull
// quotes and sidebars that repeat a sentence. Blocks and <br> become "\n" (Chromium matches no
// term across either), whitespace collapses, hidden subtrees are left out.
//
// Also returns where given DOM points fall in that text, so a claim's DOM span gives its offsets.

import type { DomPoint } from "./textmap.ts";

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(["script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object", "svg", "canvas", "video", "audio", "select", "textarea", "input"]);

export interface PageText {
  text: string;
  /** Offsets of the requested points, in order; null for a point the walk never met. */
  at: (number | null)[];
}

export interface PageTextOptions {
  /** Layout-based block test; by default, the tag decides. */
  isBlock?: (el: Element) => boolean;
  /** Layout-based hiding test; by default, only the hidden attribute and inline display:none. */
  isHidden?: (el: Element) => boolean;
  /**
   * Stop this many characters after the last point was placed. The browser takes the first match,
   * so text after the sentence only matters for the suffix words right behind it.
   */
  stopAfter?: number;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
  "th", "thead", "tr", "ul", "caption", "search",
]);

function defaultBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName.toLowerCase());
}

function defaultHidden(el: Element): boolean {
  return el.hasAttribute("hidden") || /display\s*:\s*none/i.test(el.getAttribute("style") ?? "");
}

/** Layout-aware tests for a real browser: what CSS says, not what the tag usually means. */
export function layoutOptions(win: Window): PageTextOptions {
  const style = (el: Element) => win.getComputedStyle(el);
  return {
    isBlock: (el) => {
      const d = style(el).display;
      return d !== "" && !d.startsWith("inline") && d !== "contents" && d !== "ruby" && d !== "ruby-text";
    },
    isHidden: (el) => {
      const s = style(el);
      return s.display === "none" || s.visibility === "hidden" || s.contentVisibility === "hidden";
    },
  };
}

class Out {
  parts: string[] = [];
  len = 0;
  last = "\n";
  space = false;

  push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
    this.last = s[s.length - 1] ?? this.last;
  }

  boundary(): void {
    this.space = false;
    if (this.last !== "\n") this.push("\n");
  }
}

/** Builds the page text of `root` and places `points` in it. */
export function pageText(root: Element, points: DomPoint[], opts: PageTextOptions = {}): PageText {
  const isBlock = opts.isBlock ?? defaultBlock;
  const isHidden = opts.isHidden ?? defaultHidden;
  const out = new Out();
  const at: (number | null)[] = points.map(() => null);
  const stopAfter = opts.stopAfter ?? Infinity;
  let stopAt = Infinity;
  const placed = () => {
    if (stopAt === Infinity && points.length > 0 && at.every((a) => a !== null)) stopAt = out.len + stopAfter;
  };
  const mark = (node: Node, offset: number, pos: number) => {
    points.forEach((p, i) => {
      if (at[i] === null && p.node === node && p.offset === offset) at[i] = pos;
    });
  };
  const visit = (node: Node): void => {
    if (out.len > stopAt) return;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (/\s/.test(c) && c !== "\u00A0") {
          mark(node, i, out.len);
          out.space = true;
        } else if (c === "\u00AD" || c === "\u200B") {
          mark(node, i, out.len);
        } else {
          if (out.space && out.last !== "\n") out.push(" ");
          out.space = false;
          mark(node, i, out.len);
          out.push(c === "\u00A0" ? " " : c);
        }
      }
      mark(node, data.length, out.len);
      placed();
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || el.hasAttribute("data-claimmark-host") || isHidden(el)) return;
    if (tag === "br") {
      out.boundary();
      return;
    }
    const block = isBlock(el);
    if (block) out.boundary();
    let i = 0;
    for (let c = el.firstChild; c; c = c.nextSibling, i++) {
      mark(el, i, out.len);
      visit(c);
    }
    mark(el, i, out.len);
    placed();
    if (block) out.boundary();
  };
  visit(root);
  const text = out.parts.join("");
  // Trailing newline from the last block's boundary is not text.
  return { text: text.endsWith("\n") ? text.slice(0, -1) : text, at };
}
