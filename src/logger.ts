import pino from "pino";

/** Structured JSON logs; never log keys, request bodies or personal data. */
export function createLogger(level: string) {
  return pino({ level, base: { service: "dsa-registry" }, redact: ["req.headers.authorization"] });
}

export type Logger = ReturnType<typeof createLogger>;
