/**
 * Fails when a generated file is out of date: regenerates migrations (drizzle-kit), the SDL
 * and the codegen output in place, and compares them with what was there before.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const GENERATED = ["drizzle", "schema", "test/generated"];

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  for (const dir of GENERATED) walk(dir);
  return files;
}

const before = snapshot();
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"] });
run("npx", ["drizzle-kit", "generate"]);
run("npx", ["tsx", "scripts/print-schema.ts"]);
run("npx", ["graphql-codegen", "--config", "codegen.ts"]);
const after = snapshot();

const drifted = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (drifted.length > 0) {
  console.error(
    `Generated files were out of date (now regenerated; review and commit them):\n  ${drifted.join("\n  ")}`,
  );
  process.exit(1);
}
console.log(`generated files current: ${after.size} files in ${GENERATED.join(", ")}`);
