// Builds a standard DOM without layout (the same kind the CLI uses) for page-layer tests.
import { parseHTML } from "linkedom";

export function dom(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
