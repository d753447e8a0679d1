import { useEffect, useRef, useState } from "preact/hooks";
import type { Claim } from "../core/model.ts";
import { claimPieces } from "./claim-text.ts";
import { claimKindWords, plural, sourceDetail, STATUS_WORDS } from "./words.ts";

export const LIST_SHOWN_MARK = "claimmark:list-shown";

// The popup shows a handful of rows at once: paint those first, the rest one frame later, so a page
// with hundreds of claims opens as fast as one with ten.
const FIRST_ROWS = 24;

interface Props {
  claims: readonly Claim[];
  noteCounts: Record<string, number>;
  onOpen(claim: Claim): void;
  /** Copies the claim's share link (omit to hide the button). */
  onCopyLink?(claim: Claim): void;
  /** The claim whose card is open in the page. */
  openClaimId: string | null;
  /** Set by the parent to move focus into the list (arrow down from the search box). */
  focusRequest: number;
}

/**
 * The claims in page order. One row is in the tab order at a time (roving tabindex): arrows move
 * between rows, Enter or a click opens the claim in the page, right/left show and hide evidence.
 */
export function ClaimList({ claims, noteCounts, onOpen, onCopyLink, openClaimId, focusRequest }: Props) {
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(FIRST_ROWS);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const pendingFocus = useRef<number | null>(null);
  const current = Math.min(active, Math.max(claims.length - 1, 0));

  const focusRow = (i: number) => {
    const next = Math.max(0, Math.min(i, claims.length - 1));
    setActive(next);
    const el = buttons.current[next];
    if (next < limit && el) {
      el.focus();
    } else {
      // Not rendered yet: render everything, then focus (effect below).
      pendingFocus.current = next;
      setLimit(Infinity);
    }
  };

  useEffect(() => {
    if (limit >= claims.length) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setLimit(Infinity), 0));
    return () => cancelAnimationFrame(frame);
  }, [limit, claims.length]);

  useEffect(() => {
    const at = pendingFocus.current;
    if (at === null || at >= limit) return;
    pendingFocus.current = null;
    buttons.current[at]?.focus();
  }, [limit]);

  useEffect(() => {
    if (focusRequest > 0) focusRow(current);
  }, [focusRequest]);

  // Effects run after paint: this marks when the reader first sees the list (the benchmark reads it).
  useEffect(() => {
    if (performance.getEntriesByName(LIST_SHOWN_MARK).length === 0) performance.mark(LIST_SHOWN_MARK);
  }, []);

  const toggle = (id: string, open?: boolean) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const claim = claims[current];
    switch (e.key) {
      case "ArrowDown":
        focusRow(current + 1);
        break;
      case "ArrowUp":
        focusRow(current - 1);
        break;
      case "Home":
        focusRow(0);
        break;
      case "End":
        focusRow(claims.length - 1);
        break;
      case "ArrowRight":
        if (claim?.evidence) toggle(claim.id, true);
        break;
      case "ArrowLeft":
        if (claim) toggle(claim.id, false);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <ol class="claims" aria-label={`Claims on this page, ${claims.length} shown`} onKeyDown={onKeyDown}>
      {claims.slice(0, limit).map((c, i) => {
        const notes = noteCounts[c.id] ?? 0;
        const open = expanded.has(c.id);
        const status = STATUS_WORDS[c.status];
        return (
          <li
            key={c.id}
            class={`claim status-${c.status}${c.id === openClaimId ? " is-open" : ""}`}
            data-claim-id={c.id}
            data-status={c.status}
            data-note-count={notes}
          >
            <button
              type="button"
              class="claim-open"
              ref={(el) => {
                buttons.current[i] = el;
              }}
              tabIndex={i === current ? 0 : -1}
              aria-describedby={`claim-meta-${i}`}
              aria-current={c.id === openClaimId ? "true" : undefined}
              onFocus={() => setActive(i)}
              onClick={() => {
                setActive(i);
                onOpen(c);
              }}
            >
              {claimPieces(c).map((p, k) =>
                p.figure ? (
                  <strong key={k} class="figure">
                    {p.text}
                  </strong>
                ) : (
                  p.text
                ),
              )}
            </button>
            <div class="claim-meta" id={`claim-meta-${i}`}>
              <span class="source" data-testid="source">
                {c.source ? (
                  <>
                    <span class="source-name">{c.source.name}</span>
                    <span class="source-detail">{sourceDetail(c.source)}</span>
                  </>
                ) : (
                  <span class="source-none">No stated source</span>
                )}
              </span>
              <span class="meta-line">
                <span class={`status status-${c.status}`} data-testid="status">
                  <span class="status-mark" aria-hidden="true">
                    {status.mark}
                  </span>
                  {status.label}
                </span>
                <span class="kind">{claimKindWords(c)}</span>
                {notes > 0 && <span class="notes">{plural(notes, "note")}</span>}
              </span>
            </div>
            {onCopyLink && (
              <button
                type="button"
                class="copy-link link"
                data-share="link"
                tabIndex={i === current ? 0 : -1}
                aria-label="Copy a link to this claim"
                onClick={() => onCopyLink(c)}
              >
                Copy link
              </button>
            )}
            {c.evidence && (
              <>
                <button
                  type="button"
                  class="evidence-toggle link"
                  tabIndex={i === current ? 0 : -1}
                  aria-expanded={open}
                  aria-controls={`claim-evidence-${i}`}
                  onClick={() => toggle(c.id)}
                >
                  {open ? "Hide evidence" : "Show evidence"}
                </button>
                <blockquote class="evidence" id={`claim-evidence-${i}`} hidden={!open}>
                  {c.evidence}
                </blockquote>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
