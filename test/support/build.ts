import { fileURLToPath } from "node:url";
import { buildDist } from "../../scripts/build.js";

/** Vitest global setup: compiles `src` to `dist` once, before any test starts the service. */
export default async function setup(): Promise<void> {
  await buildDist(fileURLToPath(new URL("../..", import.meta.url)));
}
