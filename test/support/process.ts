import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the GraphQL URL once the service logs "registry ready". */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Runs the service as `npm start` would — `dist/main.js`, which the test run's global setup
 * compiles (test/support/build.ts) — in its own process, with the given environment.
 */
export function startService(env: Record<string, string | undefined>): ServiceProcess {
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk) => {
    text += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    text += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const line = text.split("\n").find((l) => l.includes('"registry ready"'));
      if (line) {
        clearInterval(timer);
        resolve(JSON.parse(line).url);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`service exited (${code}) before ready:\n${text}`));
    });
  });
  ready.catch(() => {});
  return { child, output: () => text, ready, exited };
}
