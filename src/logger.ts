import pino from "pino";

/** Structured JSON logs; never log keys, request bodies or personal data. */
export function createLogger(level: string) {
  // Synchronous: the last lines before process.exit (shutdown, fatal start errors) must not be lost.
  return pino(
    { level, base: { service: "dsa-registry" }, redact: ["req.headers.authorization"] },
    pino.destination({ sync: true }),
  );
}

export type Logger = ReturnType<typeof createLogger>;
