// Which article blocks are near the viewport (a few screens above and below), so a huge article
// registers highlights only there. IntersectionObserver, so scrolling costs no script per frame.

export interface NearViewport {
  /** The blocks to watch and the claim ids each holds (replaces the previous set). */
  update(blocks: Map<Element, string[]>): void;
  stop(): void;
}

export function watchNearViewport(
  doc: Document,
  onShow: (ids: string[]) => void,
  onHide: (ids: string[]) => void,
  margin = "150% 0px 150% 0px",
): NearViewport | null {
  const IO = doc.defaultView?.IntersectionObserver;
  if (!IO) return null;
  let ids = new Map<Element, string[]>();
  const near = new Set<Element>();
  const io = new IO(
    (entries) => {
      const show: string[] = [];
      const hide: string[] = [];
      for (const e of entries) {
        const own = ids.get(e.target) ?? [];
        if (e.isIntersecting) {
          near.add(e.target);
          show.push(...own);
        } else {
          near.delete(e.target);
          hide.push(...own);
        }
      }
      if (hide.length) onHide(hide);
      if (show.length) onShow(show);
    },
    { rootMargin: margin },
  );
  return {
    update(next) {
      for (const el of ids.keys()) {
        if (!next.has(el)) {
          io.unobserve(el);
          near.delete(el);
        }
      }
      const showNow: string[] = [];
      for (const [el, own] of next) {
        if (!ids.has(el)) io.observe(el);
        // Already near: its (possibly new) claims show at once; the observer will not fire again.
        else if (near.has(el)) showNow.push(...own);
      }
      // A copy: callers keep adding to their map between updates.
      ids = new Map(next);
      if (showNow.length) onShow(showNow);
    },
    stop() {
      io.disconnect();
      near.clear();
      ids = new Map();
    },
  };
}
