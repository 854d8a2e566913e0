import type { SeedBundle } from "../types.js";
import { catalogue } from "./catalogue.js";
import { cisGuide } from "./cis-guide.js";
import { mou2011 } from "./mou-2011.js";
import { mou2017 } from "./mou-2017.js";
import { pmou2019 } from "./pmou-2019.js";

/** Every seed bundle: the shared catalogue, the three agreements (and addendum), the CIS Guide's rules. */
export const seedBundles: SeedBundle[] = [catalogue, mou2011, mou2017, pmou2019, cisGuide];
