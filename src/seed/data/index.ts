import type { SeedBundle } from "../types.js";
import { catalogue } from "./catalogue.js";

/** Every seed bundle, in load order. */
export const seedBundles: SeedBundle[] = [catalogue];
