// Highlighting by wrapping, for browsers without the CSS Custom Highlight API. Text nodes are split
// with createTextNode (never innerHTML) and the pieces wrapped in <mark data-claimmark>; unwrapping
// merges the pieces back into the original node, so the page's text and node identity return.
//
// Wrapping changes the DOM, so spans must be wrapped from the end of the document backwards: a
// split keeps the original node as the first piece, and points earlier in it stay valid.

import type { DomPoint, DomSpan } from "./textmap.ts";

const TEXT_NODE = 3;

export const MARK_ATTR = "data-claimmark";

/** Text nodes created by splitting; unwrapping merges them back into their previous sibling. */
const pieces = new WeakSet<Node>();

function split(node: Text, at: number): Text {
  const doc = node.ownerDocument;
  const rest = doc.createTextNode(node.data.slice(at));
  node.data = node.data.slice(0, at);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  pieces.add(rest);
  return rest;
}

function nextInOrder(node: Node): Node | null {
  return node.firstChild ?? afterSubtree(node);
}

/** The first node after `node` and all its descendants, in document order. */
function afterSubtree(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** The node a boundary point sits before (for element points), in document order. */
function nodeAt(p: DomPoint): Node | null {
  if (p.node.nodeType === TEXT_NODE) return p.node;
  return p.node.childNodes[p.offset] ?? afterSubtree(p.node);
}

/** The text nodes (with the covered part) between the span's ends, in document order. */
function textPieces(span: DomSpan): { node: Text; from: number; to: number }[] {
  const out: { node: Text; from: number; to: number }[] = [];
  const end = span.end;
  const stop = end.node.nodeType === TEXT_NODE ? null : nodeAt(end);
  for (let n = nodeAt(span.start); n && n !== stop; n = nextInOrder(n)) {
    if (n.nodeType !== TEXT_NODE) continue;
    const t = n as Text;
    const from = n === span.start.node ? span.start.offset : 0;
    const to = n === end.node ? end.offset : t.data.length;
    if (to > from) out.push({ node: t, from, to });
    if (n === end.node) break;
  }
  return out;
}

/** Wraps the span's text in <mark> elements; returns them (to unwrap later). */
export function wrapSpan(span: DomSpan, claimId: string, className: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const parts = textPieces(span);
  // Backwards, so earlier offsets stay valid while later parts are split.
  for (let i = parts.length - 1; i >= 0; i--) {
    const { node, from, to } = parts[i]!;
    if (!node.data.slice(from, to).trim()) continue;
    const parent = node.parentNode;
    if (!parent) continue;
    if (to < node.data.length) split(node, to);
    const target = from > 0 ? split(node, from) : node;
    const mark = node.ownerDocument.createElement("mark");
    mark.setAttribute(MARK_ATTR, claimId);
    mark.className = className;
    parent.insertBefore(mark, target);
    mark.appendChild(target);
    marks.unshift(mark);
  }
  return marks;
}

/** Removes a mark, putting its text back where it was and merging split pieces. */
export function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const moved: Node[] = [];
  while (mark.firstChild) {
    moved.push(mark.firstChild);
    parent.insertBefore(mark.firstChild, mark);
  }
  const after = mark.nextSibling;
  parent.removeChild(mark);
  for (const n of [...moved, after]) if (n) mergeBack(n);
}

function mergeBack(node: Node): void {
  if (node.nodeType !== TEXT_NODE || !pieces.has(node) || !node.parentNode) return;
  const prev = node.previousSibling;
  if (!prev || prev.nodeType !== TEXT_NODE) return;
  (prev as Text).data += (node as Text).data;
  node.parentNode.removeChild(node);
  pieces.delete(node);
}

/** Every mark we added under `root`. */
export function marksIn(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(`mark[${MARK_ATTR}]`));
}
