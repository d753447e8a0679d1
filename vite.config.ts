/// <reference types="vitest/config" />
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import manifest from "./manifest.json" with { type: "json" };

// crxjs keeps only background.service_worker; Firefox runs background.scripts instead (and
// web-ext lint requires that fallback), so point it at the same built loader.
function backgroundScriptsFallback(): Plugin {
  let outDir = "dist";
  return {
    name: "claimmark:background-scripts-fallback",
    apply: "build",
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle: {
      order: "post",
      handler() {
        const file = join(outDir, "manifest.json");
        const built = JSON.parse(readFileSync(file, "utf8")) as { background?: Record<string, unknown> };
        const worker = built.background?.service_worker;
        if (typeof worker !== "string") throw new Error("built manifest has no background.service_worker");
        built.background = { ...built.background, scripts: [worker] };
        writeFileSync(file, JSON.stringify(built, null, 2) + "\n");
      },
    },
  };
}

// The notes notebook is an extension page of its own; when it exists it is built and the popup links it.
const NOTEBOOK_PAGE = "src/notebook/index.html";
const hasNotebook = existsSync(fileURLToPath(new URL(NOTEBOOK_PAGE, import.meta.url)));

export default defineConfig({
  define: {
    __CLAIMMARK_NOTEBOOK__: JSON.stringify(hasNotebook ? NOTEBOOK_PAGE : null),
  },
  // The plugin's manifest type lags behind Firefox-only keys (data_collection_permissions).
  plugins: [preact(), crx({ manifest: manifest as unknown as ManifestV3Export }), backgroundScriptsFallback()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Minified: the popup's time to first list is mostly script loading (bench: popup section).
    minify: true,
    rollupOptions: hasNotebook ? { input: { notebook: fileURLToPath(new URL(NOTEBOOK_PAGE, import.meta.url)) } } : {},
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
  },
});
