// Clipboard writes from a content script. The async Clipboard API exists only in secure contexts,
// so plain-http news pages need the copy-event path; that path also keeps the page's own copy
// listeners (which some sites use to append "Read more at ...") from rewriting what we copy.

export async function copyText(doc: Document, text: string): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  if (nav?.clipboard?.writeText) {
    try {
      await nav.clipboard.writeText(text);
      return true;
    } catch {
      // e.g. the document lost focus; fall through to the copy event
    }
  }
  return copyViaEvent(doc, { "text/plain": text });
}

export function copyViaEvent(doc: Document, data: Record<string, string>): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  let done = false;
  const onCopy = (e: Event) => {
    const ce = e as ClipboardEvent;
    if (!ce.clipboardData) return;
    for (const [type, value] of Object.entries(data)) ce.clipboardData.setData(type, value);
    ce.preventDefault();
    ce.stopImmediatePropagation();
    done = true;
  };
  win.addEventListener("copy", onCopy, { capture: true });
  try {
    doc.execCommand("copy");
  } catch {
    // reported as not copied below
  } finally {
    win.removeEventListener("copy", onCopy, { capture: true });
  }
  return done;
}

/**
 * Puts a PNG on the clipboard; false where the browser cannot or will not (the caller then
 * downloads it). The write starts at once, inside the click's user activation, with the image
 * still being drawn (a promised ClipboardItem); a browser that neither writes nor refuses within
 * `waitMs` of the image being drawn counts as refusing, so the reader is never left waiting.
 */
export async function copyImage(doc: Document, png: Promise<Blob>, waitMs = 4000): Promise<boolean> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const nav = win?.navigator;
  if (!win || !nav?.clipboard?.write || typeof win.ClipboardItem !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  try {
    const write = nav.clipboard.write([new win.ClipboardItem({ "image/png": png })]).then(() => true);
    // (the wait starts once the picture is drawn: a slow machine drawing it is no clipboard that hangs)
    const drawn = png.then(() => undefined, () => undefined);
    const giveUp = drawn.then(() => settled ? false : new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), waitMs);
    }));
    return await Promise.race([write, giveUp]);
  } catch {
    return false;
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}

/** Saves a blob as a file through the browser's download. */
export function download(doc: Document, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = filename;
  // Clicked while detached: the page never sees the element or the click (a click on the page
  // would also close the card).
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
