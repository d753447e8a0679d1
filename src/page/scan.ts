// Detection over the article, block by block, so that each block is scanned once: a block whose
// element, text and text nodes are unchanged since the last scan keeps its claims; only new or
// changed blocks are detected again. Detection runs on windows of whole blocks, each with a few
// blocks of preceding context (sources named earlier, "she said" chains), in time-bounded slices.

import type { Claim } from "../core/model.ts";
import type { Article } from "./extract.ts";
import type { Block } from "./textmap.ts";

export type Detect = (text: string) => Claim[];

interface CachedBlock {
  text: string;
  firstNode: Node | null;
  lastNode: Node | null;
  /** Claims with every offset relative to the block's start. */
  claims: Claim[];
}

/** Context carried into each detection window from the blocks before it. */
const CONTEXT_CHARS = 1500;
const CONTEXT_BLOCKS = 4;

function shift(c: Claim, d: number): Claim {
  return {
    ...c,
    start: c.start + d,
    end: c.end + d,
    figures: c.figures.map((f) => ({ ...f, start: f.start + d, end: f.end + d })),
    evidenceStart: c.evidenceStart === null ? null : c.evidenceStart + d,
    evidenceEnd: c.evidenceEnd === null ? null : c.evidenceEnd + d,
  };
}

function blockNodes(article: Article, b: Block): { first: Node | null; last: Node | null } {
  // Segments are in text order; find the first and last inside [b.start, b.end).
  const segs = article.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.tEnd > b.start) hi = mid;
    else lo = mid + 1;
  }
  const first = segs[lo];
  let j = lo;
  while (j + 1 < segs.length && segs[j + 1]!.tStart < b.end) j++;
  return { first: first?.node ?? null, last: segs[j]?.node ?? null };
}

export interface ScanStats {
  blocks: number;
  detectedBlocks: number;
  windows: number;
}

export class BlockScanner {
  private cache = new WeakMap<Element, Map<string, CachedBlock>>();

  constructor(private readonly detect: Detect) {}

  reset(): void {
    this.cache = new WeakMap();
  }

  /**
   * Claims of the whole article in page order, detecting only blocks not seen before.
   * `pause` is awaited between detection windows when `overBudget()` says the slice is used up;
   * `onWindow` gets each window's new claims as soon as they are found (to paint early).
   * `fresh` holds the final ids of claims from blocks detected in this scan.
   */
  async scan(
    article: Article,
    pause: () => Promise<void>,
    overBudget: () => boolean,
    onWindow?: (claims: Claim[]) => void,
    windowMs = 12,
  ): Promise<{ claims: Claim[]; fresh: Set<string>; stats: ScanStats }> {
    // Window size adapts to the detector's measured speed (cold code is slower than warm: the first
    // window is small, so a cold detector on a loaded machine still stays well inside a frame budget).
    let windowChars = 1_000;
    const blocks = article.blocks;
    const cached: (CachedBlock | null)[] = blocks.map((b) => this.lookup(article, b));
    const stats: ScanStats = { blocks: blocks.length, detectedBlocks: 0, windows: 0 };
    const detected = new Array<boolean>(blocks.length).fill(false);

    let i = 0;
    while (i < blocks.length) {
      if (cached[i]) {
        i++;
        continue;
      }
      // A window: consecutive uncached blocks up to windowChars (at least one block).
      const first = i;
      let last = i;
      while (last + 1 < blocks.length && !cached[last + 1] && blocks[last + 1]!.end - blocks[first]!.start <= windowChars) last++;
      let ctx = first;
      while (ctx > 0 && first - ctx < CONTEXT_BLOCKS && blocks[first]!.start - blocks[ctx - 1]!.start <= CONTEXT_CHARS) ctx--;
      const base = blocks[ctx]!.start;
      const from = blocks[first]!.start;
      const to = blocks[last]!.end;
      if (overBudget()) await pause();
      const t0 = performance.now();
      const found = this.safeDetect(article.text.slice(base, to));
      const took = performance.now() - t0;
      windowChars = Math.max(1_000, Math.min(8_000, Math.round(((to - base) * windowMs) / Math.max(took, 0.5))));
      stats.windows++;
      const perBlock = new Map<number, Claim[]>();
      for (const raw of found) {
        const c = shift(raw, base);
        if (c.start < from || c.start >= to) continue;
        const bi = blockIndexAt(blocks, c.start, first, last);
        if (bi < 0) continue;
        const list = perBlock.get(bi) ?? [];
        list.push(c);
        perBlock.set(bi, list);
      }
      const windowClaims: Claim[] = [];
      for (let k = first; k <= last; k++) {
        const b = blocks[k]!;
        const own = perBlock.get(k) ?? [];
        windowClaims.push(...own);
        cached[k] = this.store(article, b, own.map((c) => shift(c, -b.start)));
        detected[k] = true;
        stats.detectedBlocks++;
      }
      if (onWindow && windowClaims.length > 0) {
        try {
          onWindow(windowClaims);
        } catch {
          // painting early is a nicety; the final pass paints everything
        }
      }
      i = last + 1;
    }

    const claims: Claim[] = [];
    const fresh = new Set<string>();
    const seen = new Map<string, number>();
    for (let k = 0; k < blocks.length; k++) {
      for (const rel of cached[k]!.claims) {
        const c = shift(rel, blocks[k]!.start);
        // The same sentence twice on a page (live blogs repeat) must stay two claims.
        const n = seen.get(c.id) ?? 0;
        seen.set(c.id, n + 1);
        if (n > 0) c.id = `${c.id}~${n + 1}`;
        if (detected[k]) fresh.add(c.id);
        claims.push(c);
      }
    }
    return { claims, fresh, stats };
  }

  private safeDetect(text: string): Claim[] {
    try {
      const out = this.detect(text);
      return Array.isArray(out) ? out : [];
    } catch {
      // A detector bug on one odd paragraph must not stop the rest of the page.
      return [];
    }
  }

  private lookup(article: Article, b: Block): CachedBlock | null {
    const text = article.text.slice(b.start, b.end);
    const entry = this.cache.get(b.el)?.get(text);
    if (!entry) return null;
    const { first, last } = blockNodes(article, b);
    // Same text on new nodes (a re-render) must be repainted on the new nodes.
    return entry.firstNode === first && entry.lastNode === last ? entry : null;
  }

  private store(article: Article, b: Block, claims: Claim[]): CachedBlock {
    const text = article.text.slice(b.start, b.end);
    const { first, last } = blockNodes(article, b);
    const entry: CachedBlock = { text, firstNode: first, lastNode: last, claims };
    let byText = this.cache.get(b.el);
    if (!byText) {
      byText = new Map();
      this.cache.set(b.el, byText);
    }
    if (byText.size >= 8) byText.clear();
    byText.set(text, entry);
    return entry;
  }
}

function blockIndexAt(blocks: Block[], t: number, lo: number, hi: number): number {
  for (let k = lo; k <= hi; k++) {
    const b = blocks[k]!;
    if (t >= b.start && t < b.end) return k;
  }
  return -1;
}
