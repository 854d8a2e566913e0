import type { PermissionRequest } from "../generated/graphql.js";

/**
 * The first example: DWP → la-england-sample, RTI PAYE data for housing benefit over the
 * RTI channel on 2017-09-01, permitted by dwp-la-mou-2017 Annex A under the Welfare Reform Act
 * 2012 s127.
 */
export const RTI_FOR_HB: PermissionRequest = {
  provider: "dwp",
  recipient: "la-england-sample",
  purpose: "hb-administration",
  dataItems: ["rti.paye-data"],
  channel: "rti",
  at: "2017-09-01",
};
