// The card's keyboard shortcuts, decided apart from the DOM events so they can be tested alone.
//
//   ]  or  Alt+Shift+J   next claim (opens its card)
//   [  or  Alt+Shift+K   previous claim
//   Esc                  close the card
//
// Never while the reader types: focus in an input, textarea, select or editable region (checked
// on the event's real origin, so a note editor inside our shadow root counts too).

export type KeyAction = "close" | "next" | "prev" | null;

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const EDITABLE = /^(input|textarea|select)$/i;

export function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  if (EDITABLE.test(el.localName)) return true;
  return el.isContentEditable === true || el.closest?.("[contenteditable]:not([contenteditable=false])") != null;
}

export function keyAction(e: KeyLike, ctx: { cardOpen: boolean; typing: boolean }): KeyAction {
  if (e.key === "Escape") return ctx.cardOpen ? "close" : null;
  if (ctx.typing || e.ctrlKey || e.metaKey) return null;
  if (!e.altKey) {
    if (e.key === "]") return "next";
    if (e.key === "[") return "prev";
    return null;
  }
  if (e.shiftKey && e.code === "KeyJ") return "next";
  if (e.shiftKey && e.code === "KeyK") return "prev";
  return null;
}
