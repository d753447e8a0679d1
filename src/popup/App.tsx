import { useEffect, useState } from "preact/hooks";
import type { PageState } from "../background/protocol.ts";
import { askPage } from "../background/messaging.ts";
import { targetTabId } from "./active-tab.ts";

type View =
  | { kind: "asking" }
  | { kind: "unreachable" }
  | { kind: "page"; tabId: number; state: PageState };

export function App() {
  const [view, setView] = useState<View>({ kind: "asking" });
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === null) return setView({ kind: "unreachable" });
      try {
        setView({ kind: "page", tabId, state: await askPage(tabId, "page/get-state", {}) });
      } catch {
        setView({ kind: "unreachable" });
      }
    })();
  }, []);
  if (view.kind === "asking") return <p class="empty">Reading this page…</p>;
  if (view.kind === "unreachable") return <p class="empty">Claimmark can't run on this page.</p>;
  return (
    <ol class="claims" aria-label="Claims on this page">
      {view.state.claims.map((c) => (
        <li key={c.id} class="claim" data-claim-id={c.id}>{c.text}</li>
      ))}
    </ol>
  );
}
