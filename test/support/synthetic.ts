import type { SeedAgreement, SeedBundle } from "../../src/seed/types.js";

const source = { document: "registry-sample", clause: "synthetic test agreement" };

/**
 * `count` synthetic agreements between DWP and the sample councils, each with two annexes,
 * participants, signatures and flows citing real catalogue gateways, purposes and items.
 */
export function syntheticAgreements(count: number): SeedBundle {
  const agreements: SeedAgreement[] = Array.from({ length: count }, (_, i) => {
    const code = `synthetic-${String(i).padStart(4, "0")}`;
    return {
      code,
      kind: "MOU",
      title: `Synthetic agreement ${i}`,
      reference: "synthetic",
      ownerTeam: "Test team",
      ownerOrganisation: "dwp",
      status: "ACTIVE",
      effectiveFrom: "2020-01-01",
      summary: "Synthetic agreement for tests.",
      source,
      annexes: [
        { label: "A", title: "HB", summary: "HB", signedSeparately: true, source },
        { label: "B", title: "LCTR", summary: "LCTR", signedSeparately: true, source },
      ],
      participants: [
        { organisation: "dwp", roles: ["PROVIDER"], source },
        { organisation: "la-england-sample", roles: ["RECIPIENT"], source },
      ],
      signatories: [],
      controllers: [],
      processingConditions: [],
      flows: [
        {
          code: `${code}.a.cis`,
          annex: "A",
          provider: "dwp",
          effect: "ALLOW",
          purposes: ["hb-administration"],
          dataItems: ["cis.customer-record"],
          channels: ["cis"],
          gateways: ["ssaa-1992-s122c"],
          description: "CIS for HB",
          clauseReference: "A1",
          source,
        },
        {
          code: `${code}.b.uc`,
          annex: "B",
          provider: "dwp",
          effect: "ALLOW",
          purposes: ["lctr-administration"],
          dataItems: ["uc.claim-data", "uc.payment-data"],
          channels: ["data-hub"],
          gateways: ["wra-2012-s131-1", "ssiswsr-2012-reg-12"],
          description: "UC for LCTR",
          clauseReference: "B1",
          source,
        },
      ],
      conditions: [],
      restrictions: [],
      retention: [],
      operationalRules: [],
      documentVersions: [],
      reviews: [],
    };
  });
  return { agreements };
}
