/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

export default defineConfig({
  // The plugin's manifest type lags behind Firefox-only keys (data_collection_permissions).
  plugins: [preact(), crx({ manifest: manifest as unknown as ManifestV3Export }), backgroundScriptsFallback()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Readable output makes store review and bug reports easier; the bundle is small either way.
    minify: false,
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
  },
});
