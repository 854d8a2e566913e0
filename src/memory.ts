import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null = null;

/**
 * A full garbage collection, now. Building the first snapshot reads every agreement and leaves
 * hundreds of megabytes of rows and intermediate lists in the old generation, which a steady load
 * never collects (no full collection in 8 s windows): on the benchmark registry the server stayed
 * ~160 MB larger (README, Measured: session 14). Called once, after the first build and before
 * the server listens, so no request waits for it. `--expose-gc` is set here, as Jest does, so it
 * works however node was started; the function comes from a fresh context, where the flag counts.
 */
export function collectGarbage(): void {
  if (!collect) {
    if (typeof globalThis.gc === "function") collect = globalThis.gc;
    else {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    }
  }
  collect();
}
