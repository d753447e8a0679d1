// The article text model and its map back to the DOM.
//
// The text is one block per line (paragraphs, list items, quotes, subheadings), whitespace collapsed
// to single spaces inside a block, lines joined by "\n". Every character of it comes from a known
// place in the DOM, recorded as segments, so detector offsets map back to DOM ranges across inline
// markup. Built from the node tree alone (no layout) so linkedom in Node gives the same text.

import { headlineLabel, isBlock, isExcluded } from "./exclude.ts";

/**
 * A run of article text taken from one DOM node. When the text run and the node run have the same
 * length they correspond character for character; otherwise the run is a collapsed whitespace run
 * (one space in the text) and only its two ends map. `node` is a Text, or a <br> element (a space).
 */
export interface Segment {
  node: Node;
  tStart: number;
  tEnd: number;
  nStart: number;
  nEnd: number;
}

export interface Block {
  el: Element;
  start: number;
  end: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
  blocks: Block[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface DomSpan {
  start: DomPoint;
  end: DomPoint;
}

export interface BuildOptions {
  /** Extra hiding test, e.g. layout-based in a browser. Correctness must not depend on it. */
  isHidden?: (el: Element) => boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Elements that sit inside running text; class words such as "date" on them do not mean furniture,
// and dropping them would cut words out of sentences.
const PHRASING = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
  "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "tt",
  "big", "nobr", "ruby", "rb", "rt", "rp",
]);
const INVISIBLE_CLASSES = /^(?:hidden|is-hidden|invisible|d-none|hide|js-hidden|sr-only|visually-hidden)$/;

// Blocks whose <time> children are part of a sentence; elsewhere a <time> is a timestamp label.
const TEXT_BLOCKS = new Set(["p", "li", "dd", "dt", "td", "th", "blockquote", "h2", "h3", "h4", "h5", "h6", "q", "cite"]);

function standaloneTime(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const ptag = parent.localName.toLowerCase();
  return !TEXT_BLOCKS.has(ptag) && !PHRASING.has(ptag);
}

function skipElement(el: Element, opts: BuildOptions): boolean {
  const tag = el.localName.toLowerCase();
  if (tag === "time" && standaloneTime(el)) return true;
  if (PHRASING.has(tag)) {
    // Inside a sentence only hard hiding counts.
    if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
    if (el.getAttribute("role") === "heading" && el.getAttribute("aria-level") === "1") return true;
    // (a label set loose above the headline, "<span class=section>Football › …</span><h1>", is no sentence's part)
    if (headlineLabel(el)) return true;
    const cls = el.getAttribute("class");
    if (cls && cls.split(/\s+/).some((c) => INVISIBLE_CLASSES.test(c))) return true;
    const style = el.getAttribute("style");
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  } else if (isExcluded(el)) {
    return true;
  }
  return opts.isHidden ? safeHidden(opts.isHidden, el) : false;
}

function safeHidden(test: (el: Element) => boolean, el: Element): boolean {
  try {
    return test(el);
  } catch {
    return false;
  }
}

type Frame = { node: Node; exit: boolean };

const TOKEN = /([\u00AD\u200B\u200E\u200F\uFEFF]+)|(\s+)|([^\s\u00AD\u200B\u200E\u200F]+)/g;

/** One finished line of text, before it is placed in the model. */
interface Line {
  text: string;
  segs: Segment[];
  owner: Element;
  len: number;
}

/** Builds the text model of `root` step by step, so big articles can be built between yields. */
export class TextMapBuilder {
  private stack: Frame[] = [];
  private parts: string[] = [];
  private pos = 0;
  private segments: Segment[] = [];
  private blocks: Block[] = [];
  private blockStack: Element[] = [];
  private line: string[] = [];
  private lineLen = 0;
  private lineSegs: Segment[] = [];
  private lineLinkChars = 0;
  private lineOwner: Element | null = null;
  private linkDepth = 0;
  private pending: { node: Node; nStart: number; nEnd: number } | null = null;
  /** The last thing seen in this line was a <br> (with at most whitespace after it). */
  private lastBr = false;
  private done = false;
  /** a subheading's line, kept back until a line of prose follows it */
  private deferred: Line | null = null;

  private commit(line: Line): void {
    if (this.blocks.length > 0) {
      this.parts.push("\n");
      this.pos += 1;
    }
    const base = this.pos;
    for (const s of line.segs) {
      s.tStart += base;
      s.tEnd += base;
      this.segments.push(s);
    }
    this.parts.push(line.text);
    this.blocks.push({ el: line.owner, start: base, end: base + line.len });
    this.pos += line.len;
  }

  constructor(private readonly root: Element, private readonly opts: BuildOptions = {}) {
    this.blockStack.push(root);
    for (let c = root.lastChild; c; c = c.previousSibling) this.stack.push({ node: c, exit: false });
  }

  /** Works until finished or `shouldYield()` says stop; returns true when finished. */
  run(shouldYield: () => boolean = () => false): boolean {
    let n = 0;
    while (this.stack.length > 0) {
      if ((++n & 127) === 0 && shouldYield()) return false;
      const frame = this.stack.pop()!;
      if (frame.exit) {
        this.exit(frame.node as Element);
        continue;
      }
      const node = frame.node;
      if (node.nodeType === TEXT_NODE) {
        this.text(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        this.enter(node as Element);
      }
    }
    if (!this.done) {
      this.flush();
      this.done = true;
    }
    return true;
  }

  result(): TextMap {
    if (!this.done) this.run();
    return { text: this.parts.join(""), segments: this.segments, blocks: this.blocks };
  }

  private enter(el: Element): void {
    if (skipElement(el, this.opts)) return;
    const tag = el.localName.toLowerCase();
    if (tag === "br") {
      // Two line breaks in a row separate paragraphs on sites that do not use <p>.
      if (this.lastBr && this.lineLen > 0) {
        this.flush();
        this.lastBr = false;
        return;
      }
      if (!this.pending) this.pending = { node: el, nStart: 0, nEnd: 1 };
      this.lastBr = true;
      return;
    }
    this.lastBr = false;
    if (isBlock(el)) {
      this.flush();
      this.blockStack.push(el);
    } else if (tag === "a") {
      this.linkDepth++;
    }
    this.stack.push({ node: el, exit: true });
    for (let c = el.lastChild; c; c = c.previousSibling) this.stack.push({ node: c, exit: false });
  }

  private exit(el: Element): void {
    if (isBlock(el)) {
      this.flush();
      this.blockStack.pop();
    } else if (el.localName.toLowerCase() === "a") {
      this.linkDepth--;
    }
  }

  private text(node: Text): void {
    const data = node.data;
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(data)) !== null) {
      const at = m.index;
      const len = m[0].length;
      if (m[1] !== undefined) continue;
      if (m[2] !== undefined) {
        const p = this.pending;
        if (!p) this.pending = { node, nStart: at, nEnd: at + len };
        else if (p.node === node && p.nEnd === at) p.nEnd = at + len;
        continue;
      }
      if (this.pending && this.lineLen > 0) {
        const p = this.pending;
        this.push(" ", p.node, p.nStart, p.nEnd);
      }
      this.pending = null;
      this.lastBr = false;
      if (this.lineLen === 0) this.lineOwner = this.blockStack[this.blockStack.length - 1] ?? this.root;
      this.push(m[0], node, at, at + len);
      if (this.linkDepth > 0) this.lineLinkChars += len;
    }
  }

  private push(s: string, node: Node, nStart: number, nEnd: number): void {
    const tStart = this.lineLen;
    const tEnd = tStart + s.length;
    const last = this.lineSegs[this.lineSegs.length - 1];
    if (
      last &&
      last.node === node &&
      last.tEnd === tStart &&
      last.nEnd === nStart &&
      last.tEnd - last.tStart === last.nEnd - last.nStart &&
      tEnd - tStart === nEnd - nStart
    ) {
      last.tEnd = tEnd;
      last.nEnd = nEnd;
    } else {
      this.lineSegs.push({ node, tStart, tEnd, nStart, nEnd });
    }
    this.line.push(s);
    this.lineLen = tEnd;
  }

  private flush(): void {
    this.pending = null;
    this.lastBr = false;
    const len = this.lineLen;
    const letters = len;
    // A line that is all link text is a link list ("Read more", related stories), not prose.
    const linkList = len > 0 && this.lineLinkChars / letters > 0.8;
    if (len > 0 && !linkList) {
      const line: Line = { text: this.line.join(""), segs: this.lineSegs, owner: this.lineOwner ?? this.root, len };
      // A subheading waits for what follows it: over a list of links ("More from Northlight") or at the
      // very end it heads no part of the story
      if (this.deferred) this.commit(this.deferred);
      this.deferred = null;
      if (/^h[2-6]$/i.test(line.owner.localName)) this.deferred = line;
      else this.commit(line);
    } else if (linkList) {
      this.deferred = null;
    }
    this.line = [];
    this.lineLen = 0;
    this.lineSegs = [];
    this.lineLinkChars = 0;
    this.lineOwner = null;
  }
}

export function buildTextMap(root: Element, opts: BuildOptions = {}): TextMap {
  return new TextMapBuilder(root, opts).result();
}

// ---- offsets → DOM ----

function childIndex(node: Node): number {
  let i = 0;
  for (let c = node.previousSibling; c; c = c.previousSibling) i++;
  return i;
}

function pointIn(seg: Segment, t: number): DomPoint {
  if (seg.node.nodeType !== TEXT_NODE) {
    const parent = seg.node.parentNode!;
    const i = childIndex(seg.node);
    return { node: parent, offset: t <= seg.tStart ? i : i + 1 };
  }
  const linear = seg.tEnd - seg.tStart === seg.nEnd - seg.nStart;
  if (linear) return { node: seg.node, offset: seg.nStart + (t - seg.tStart) };
  return { node: seg.node, offset: t <= seg.tStart ? seg.nStart : seg.nEnd };
}

/** Index of the first segment whose tEnd > t (the segment holding character t, or the next one). */
function segmentAfter(map: TextMap, t: number): number {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid]!.tEnd > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** DOM points for text [start, end); null when the span holds no article characters. */
export function spanFor(map: TextMap, start: number, end: number): DomSpan | null {
  if (!(end > start)) return null;
  const si = segmentAfter(map, start);
  const startSeg = map.segments[si];
  if (!startSeg || startSeg.tStart >= end) return null;
  // The last segment holding character end-1.
  let ei = segmentAfter(map, end - 1);
  let endSeg = map.segments[ei];
  if (!endSeg || endSeg.tStart > end - 1) {
    ei -= 1;
    endSeg = map.segments[ei];
  }
  if (!endSeg || ei < si) return null;
  const s = Math.max(start, startSeg.tStart);
  const e = Math.min(end, endSeg.tEnd);
  return { start: pointIn(startSeg, s), end: pointIn(endSeg, e) };
}

/** One span per article block that [start, end) touches, so a highlight never covers block gaps. */
export function spansFor(map: TextMap, start: number, end: number): DomSpan[] {
  const out: DomSpan[] = [];
  for (const b of blocksIn(map, start, end)) {
    const span = spanFor(map, Math.max(start, b.start), Math.min(end, b.end));
    if (span) out.push(span);
  }
  return out;
}

/** The blocks that [start, end) overlaps, in order. */
export function blocksIn(map: TextMap, start: number, end: number): Block[] {
  let lo = 0;
  let hi = map.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.blocks[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const out: Block[] = [];
  for (let i = lo; i < map.blocks.length; i++) {
    const b = map.blocks[i]!;
    if (b.start >= end) break;
    out.push(b);
  }
  return out;
}

function toRange(span: DomSpan): Range | null {
  const doc = span.start.node.ownerDocument;
  if (!doc || typeof doc.createRange !== "function") return null;
  try {
    const r = doc.createRange();
    r.setStart(span.start.node, span.start.offset);
    r.setEnd(span.end.node, span.end.offset);
    return r;
  } catch {
    return null;
  }
}

/** A live DOM Range for text [start, end), across inline markup and blocks. Browser DOMs only. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const span = spanFor(map, start, end);
  return span ? toRange(span) : null;
}

/** Ranges for text [start, end), one per block. */
export function rangesFor(map: TextMap, start: number, end: number): Range[] {
  const out: Range[] = [];
  for (const span of spansFor(map, start, end)) {
    const r = toRange(span);
    if (r) out.push(r);
  }
  return out;
}

// ---- DOM → offsets ----

/** The article text offset of a DOM point inside a text node the map covers (for selections). */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  for (const seg of map.segments) {
    if (seg.node !== node) continue;
    if (offset < seg.nStart || offset > seg.nEnd) continue;
    const linear = seg.tEnd - seg.tStart === seg.nEnd - seg.nStart;
    if (linear) return seg.tStart + (offset - seg.nStart);
    return offset <= seg.nStart ? seg.tStart : seg.tEnd;
  }
  return null;
}

/** The text between two DOM points, read from the node tree (<br> as a space), for any DOM. */
export function spanText(span: DomSpan): string {
  const { start, end } = span;
  const root = commonRoot(start.node, end.node);
  let out = "";
  let inside = false;
  const startNode = start.node.nodeType === TEXT_NODE ? start.node : start.node.childNodes[start.offset] ?? null;
  const visit = (n: Node): boolean => {
    if (n === startNode) inside = true;
    if (n.nodeType === TEXT_NODE) {
      const data = (n as Text).data;
      const from = n === start.node ? start.offset : 0;
      if (n === end.node) {
        if (inside) out += data.slice(from, end.offset);
        return true;
      }
      if (inside) out += data.slice(from);
    } else {
      if (inside && (n as Element).localName?.toLowerCase() === "br") out += " ";
      for (let c = n.firstChild, i = 0; c; c = c.nextSibling, i++) {
        if (n === end.node && i === end.offset) return true;
        if (visit(c)) return true;
      }
      if (n === end.node) return true;
    }
    return false;
  };
  visit(root);
  return out;
}

function commonRoot(a: Node, b: Node): Node {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return a;
}
