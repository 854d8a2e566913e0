/**
 * `npm run build` (and `npm start`, which runs it first): compiles `src` to plain JavaScript in
 * `dist`, one file per module, with source maps. The server runs that, not TypeScript through a
 * loader: tsx compiles with `keepNames`, which wraps every function a request creates in a
 * `defineProperty` call, and hooks every `require` (some libraries require lazily on each
 * request). `dist` keeps `src`'s depth, so paths relative to a module (`../../drizzle`) hold.
 */
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

/** Compiles `<root>/src` into `<root>/dist` (its entry point: `dist/main.js`). */
export async function buildDist(root: string): Promise<void> {
  const outdir = join(root, "dist");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, "src/**/*.ts")],
    outdir,
    outbase: join(root, "src"),
    format: "esm",
    platform: "node",
    target: "node20",
    tsconfig: join(root, "tsconfig.json"),
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildDist(resolve(import.meta.dirname, ".."));
}
