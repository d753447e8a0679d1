// The slice of Chromium's extension API that E2E code uses inside evaluate() callbacks (run in the
// service worker or an extension page). The project itself uses webextension-polyfill instead.
declare const chrome: {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean; url?: string }): Promise<{ id?: number; url?: string; title?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};
