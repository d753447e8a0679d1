// Light or dark, judged from the page itself: a dark news site on a light system is still dark.
// Needs layout (getComputedStyle); without it (linkedom) the page counts as light.

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  let alpha = 1;
  if (m[4] !== undefined) alpha = m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** True when the page paints light text on a dark background. */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== "function") return false;
  try {
    for (const el of [doc.body, doc.documentElement]) {
      if (!el) continue;
      const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
      if (rgb && rgb[3] > 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.18;
    }
    // A transparent canvas is dark only when the page allows a dark scheme and the system uses one.
    const scheme = view.getComputedStyle(doc.documentElement).getPropertyValue("color-scheme");
    return /dark/.test(scheme) && view.matchMedia?.("(prefers-color-scheme: dark)").matches === true;
  } catch {
    return false;
  }
}
