import type { ComponentChildren } from "preact";

export type EmptyKind = "loading" | "unreachable" | "no-article" | "off" | "no-claims" | "no-match";

/** A state with nothing to list, said plainly; `data-empty` names it for tests. */
export function Empty({ kind, title, children }: { kind: EmptyKind; title: string; children?: ComponentChildren }) {
  return (
    <section class={`empty empty-${kind}`} data-empty={kind} role="status" aria-live="polite">
      <h2 class="empty-title">{title}</h2>
      {children}
    </section>
  );
}
