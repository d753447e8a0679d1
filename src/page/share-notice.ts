// A short message from Claimmark at the top of the page (e.g. why a shared link was refused), in
// its own shadow root, text only, closed by its button or after a while.

const HOST_ATTR = "data-claimmark-host";
const CSS = `
:host { all: initial !important; position: fixed !important; top: 12px !important; left: 50% !important;
  transform: translateX(-50%) !important; z-index: 2147483647 !important; display: block !important; }
.notice { display: flex; gap: 10px; align-items: flex-start; max-width: min(520px, calc(100vw - 24px));
  background: #fff8e6; color: #3d2c00; border: 1px solid #e0b64c; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 20px rgba(0,0,0,.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
button { font: inherit; background: transparent; border: 0; cursor: pointer; color: inherit; padding: 0 4px; }
`;

export function showNotice(doc: Document, message: string, ms = 12_000): () => void {
  const host = doc.createElement("claimmark-notice");
  host.setAttribute(HOST_ATTR, "");
  const shadow = host.attachShadow({ mode: "open" });
  const style = doc.createElement("style");
  style.textContent = CSS;
  const box = doc.createElement("div");
  box.className = "notice";
  box.setAttribute("role", "status");
  const text = doc.createElement("span");
  text.textContent = `Claimmark: ${message}`;
  const close = doc.createElement("button");
  close.type = "button";
  close.setAttribute("aria-label", "Dismiss");
  close.textContent = "×";
  box.append(text, close);
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).appendChild(host);
  const win = doc.defaultView;
  const timer = win?.setTimeout(() => dismiss(), ms);
  function dismiss(): void {
    if (timer !== undefined) win?.clearTimeout(timer);
    host.remove();
  }
  close.addEventListener("click", dismiss);
  return dismiss;
}
