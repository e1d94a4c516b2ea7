import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Tauri loads the built files from disk and talks to the dev server on a fixed port,
// so the port must never silently move and the console must keep Rust's output visible.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  envPrefix: ["VITE_", "TAURI_ENV_"],
  build: {
    // Linux builds run in WebKitGTK, whose JavaScript level matches Safari 13.
    target: "safari13",
    outDir: "dist",
    emptyOutDir: true,
    // One chunk read from the app bundle on local disk costs nothing to fetch; splitting would only add requests.
    // The limit is a tripwire for unexpected growth (raised from 800 when the patient register and response mode landed).
    chunkSizeWarningLimit: 1000,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    // The form tests type whole records key by key; on a busy 2-core machine (a Rust build alongside)
    // the longest take about 5 s, vitest's default limit.
    testTimeout: 15_000,
  },
});
