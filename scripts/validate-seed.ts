/** Merges every seed bundle and reports problems; exits non-zero when the catalogue is invalid. */

import { mergeBundles } from "../src/seed/bundle.js";
import { seedBundles } from "../src/seed/data/index.js";

const catalogue = mergeBundles(seedBundles);
const flows = catalogue.agreements.reduce((n, a) => n + a.flows.length, 0);
console.log(
  `seed catalogue valid: ${catalogue.agreements.length} agreements, ${flows} flow rules, ` +
    `${catalogue.dataItems.length} data items, ${catalogue.gateways.length} gateways`,
);
