/** Writes schema/schema.graphql from the type-graphql classes (checked for drift by `npm run check`). */
import { mkdirSync, writeFileSync } from "node:fs";
import { printRegistrySchema } from "../src/graphql/print-schema.js";
import { registrySchema } from "../src/graphql/schema.js";

const sdl = printRegistrySchema(await registrySchema());
mkdirSync("schema", { recursive: true });
writeFileSync("schema/schema.graphql", sdl);
console.log(`schema/schema.graphql: ${sdl.split("\n").length} lines`);
