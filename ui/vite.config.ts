import { defineConfig } from "vite";

// A static single-page app: `npm run build` writes dist/ (relative paths, so any web server
// or directory can host it).
export default defineConfig({
  base: "./",
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: { target: "es2022", chunkSizeWarningLimit: 1024 },
});
