// A DOM with faithful MutationObserver records and Ranges (happy-dom), for page code whose
// behaviour depends on them. Still no layout: rects are empty.
import { Window } from "happy-dom";

export function happy(bodyHtml: string, url = "https://news.example/story"): { doc: Document; window: Window } {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = bodyHtml;
  return { doc, window };
}
