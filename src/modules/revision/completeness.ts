/**
 * Whether an agreement states everything an MoU needs before it is circulated for signature.
 * The requirements are the sections of the Home Office ↔ DWP process-level MoU (2019), the
 * registry's modern template, plus the signatory rules of the 2011 MoU (§1.2, signature page).
 */
import type { AgreementContent, ContentFlow } from "./content.js";

export interface CompletenessCheck {
  requirement: string;
  description: string;
  satisfied: boolean;
  missing: string | null;
}

export interface CompletenessReport {
  complete: boolean;
  checks: CompletenessCheck[];
  missing: string[];
}

type Content = AgreementContent;

/**
 * One requirement. `check` returns the sentence saying what is missing, or null. `evidence` lists
 * where facts may come from: the agreement alone, or an addendum and then its parent.
 *
 * `inherit` says how an addendum relies on its parent: "whole" — the parent satisfying the
 * requirement is enough (terms, retention, parties); "per-item" — the addendum's own directions and
 * organisations must each be covered by a fact in either document, so a new flow the parent
 * never mentions cannot borrow the parent's unrelated gateways.
 */
interface Requirement {
  requirement: string;
  description: string;
  inherit: "whole" | "per-item";
  check(content: Content, evidence: Content[]): string | null;
}

const stated = (text: string | null | undefined) => typeof text === "string" && text.trim() !== "";
const allowed = (content: Content) => content.flows.filter((f) => f.effect === "ALLOW");
const recipientLabel = (recipient: string | null) => recipient ?? "any recipient";

/** "a", "a and b", "a, b and c": the missing sentences name every gap. */
function join(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

interface Direction {
  provider: string;
  recipient: string | null;
}

const sameDirection = (flow: ContentFlow, d: Direction) =>
  flow.provider === d.provider && flow.recipient === d.recipient;

/** Distinct provider → recipient pairs of ALLOW flows, in flow order; a null recipient is its own direction. */
function directions(content: Content): Direction[] {
  const seen = new Map<string, Direction>();
  for (const flow of allowed(content)) {
    seen.set(`${flow.provider}\u0000${flow.recipient ?? ""}`, { provider: flow.provider, recipient: flow.recipient });
  }
  return [...seen.values()];
}

/** Directions whose ALLOW flows, across the evidence, all lack `field`. */
function directionsLacking(content: Content, evidence: Content[], field: "gateways" | "dataItems"): string[] {
  return directions(content)
    .filter((d) => !evidence.some((e) => allowed(e).some((f) => sameDirection(f, d) && f[field].length > 0)))
    .map((d) => `from ${d.provider} to ${recipientLabel(d.recipient)}`);
}

/**
 * Organisations that provide or receive an ALLOW flow. A null recipient means the RECIPIENT
 * participants — the addendum's own, or its parent's when the addendum names none.
 */
function sharingOrganisations(content: Content, evidence: Content[]): string[] {
  const withRecipients = evidence.find((e) => e.participants.some((p) => p.roles.includes("RECIPIENT")));
  const recipients = (withRecipients?.participants ?? [])
    .filter((p) => p.roles.includes("RECIPIENT"))
    .map((p) => p.organisation);
  const orgs = allowed(content).flatMap((f) => [f.provider, ...(f.recipient === null ? recipients : [f.recipient])]);
  return [...new Set(orgs)].sort();
}

const PHASES = [
  ["TRANSFER", "during transfer"],
  ["AFTER_RECEIPT", "after receipt"],
] as const;

const REQUIREMENTS: Requirement[] = [
  {
    requirement: "PARTIES",
    description: "At least two participants, at least one providing and one receiving data.",
    inherit: "whole",
    check: (c) => {
      const gaps: string[] = [];
      if (c.participants.length < 2)
        gaps.push(`Only ${c.participants.length} participant(s) named; at least two needed`);
      if (!c.participants.some((p) => p.roles.includes("PROVIDER"))) gaps.push("No participant provides data");
      if (!c.participants.some((p) => p.roles.includes("RECIPIENT"))) gaps.push("No participant receives data");
      return gaps.length ? gaps.join("; ") : null;
    },
  },
  {
    requirement: "PURPOSE",
    description: "At least one permitted data flow, and every permitted flow names at least one purpose.",
    inherit: "whole",
    check: (c) => {
      const flows = allowed(c);
      if (flows.length === 0) return "No permitted data flow is stated";
      const without = flows.filter((f) => f.purposes.length === 0).map((f) => f.code);
      return without.length ? `No purpose stated for flow ${join(without)}` : null;
    },
  },
  {
    requirement: "LEGAL_BASIS_PER_DIRECTION",
    description:
      "Every direction of permitted flows (provider to recipient) has at least one legal gateway. " +
      "Satisfied trivially when no flow is permitted; PURPOSE reports that.",
    inherit: "per-item",
    check: (c, evidence) => {
      const lacking = directionsLacking(c, evidence, "gateways");
      return lacking.length ? `No legal gateway for flows ${join(lacking)}` : null;
    },
  },
  {
    requirement: "PROCESSING_CONDITIONS",
    description:
      "Every organisation providing or receiving a permitted flow has a data-protection processing condition " +
      "(lawful basis); a flow to any recipient counts each participant with the recipient role.",
    inherit: "per-item",
    check: (c, evidence) => {
      const lacking = sharingOrganisations(c, evidence).filter(
        (org) => !evidence.some((e) => e.processingConditions.some((p) => p.organisation === org)),
      );
      return lacking.length ? `No processing condition (lawful basis) stated for ${join(lacking)}` : null;
    },
  },
  {
    requirement: "CONTROLLER_ROLES_PER_PHASE",
    description:
      "Every organisation providing or receiving a permitted flow has a controller role during transfer and after receipt.",
    inherit: "per-item",
    check: (c, evidence) => {
      const lacking = sharingOrganisations(c, evidence).flatMap((org) =>
        PHASES.filter(
          ([phase]) => !evidence.some((e) => e.controllers.some((x) => x.organisation === org && x.phase === phase)),
        ).map(([, words]) => `${org} ${words}`),
      );
      return lacking.length ? `Controller role not stated for ${join(lacking)}` : null;
    },
  },
  {
    requirement: "DATA_ITEMS_EACH_WAY",
    description: "Every direction of permitted flows names at least one data item.",
    inherit: "per-item",
    check: (c, evidence) => {
      const lacking = directionsLacking(c, evidence, "dataItems");
      return lacking.length ? `No data items stated for flows ${join(lacking)}` : null;
    },
  },
  {
    requirement: "RETENTION",
    description: "At least one retention rule.",
    inherit: "whole",
    check: (c) => (c.retention.length ? null : "No retention period or rule stated"),
  },
  {
    requirement: "SUBJECT_ACCESS_AND_FOI",
    description: "How subject access requests and Freedom of Information requests are handled.",
    inherit: "whole",
    check: (c) => {
      const sar = stated(c.terms.subjectAccessTerms);
      const foi = stated(c.terms.foiTerms);
      if (!sar && !foi) return "Subject access and Freedom of Information request handling not stated";
      if (!sar) return "Subject access request handling not stated";
      return foi ? null : "Freedom of Information request handling not stated";
    },
  },
  {
    requirement: "SECURITY",
    description: "Security terms for handling the data.",
    inherit: "whole",
    check: (c) => (stated(c.terms.securityTerms) ? null : "Security terms not stated"),
  },
  {
    requirement: "BREACH_NOTIFICATION_WINDOW",
    description: "The number of hours within which a breach must be notified.",
    inherit: "whole",
    check: (c) => (c.terms.breachNotificationHours === null ? "Breach notification window not stated" : null),
  },
  {
    requirement: "REVIEW_CADENCE",
    description: "How often the agreement is reviewed, in months.",
    inherit: "whole",
    check: (c) => (c.terms.reviewCadenceMonths === null ? "Review cadence not stated" : null),
  },
  {
    requirement: "TERMINATION_TERMS",
    description: "Termination terms and a notice period (0 months: ends without notice).",
    inherit: "whole",
    check: (c) => {
      const terms = stated(c.terms.terminationTerms);
      const notice = c.terms.noticePeriodMonths !== null;
      if (!terms && !notice) return "Termination terms and notice period not stated";
      if (!terms) return "Termination terms not stated";
      return notice ? null : "Notice period for termination not stated";
    },
  },
  {
    requirement: "SIGNATORIES",
    description: "Who signs for each participant and in what capacity.",
    inherit: "whole",
    check: (c) => (stated(c.terms.signingTerms) ? null : "Signatories (who signs and in what capacity) not stated"),
  },
];

function assess(req: Requirement, content: Content, parent: Content | null): CompletenessCheck {
  const result = (satisfied: boolean, missing: string | null, note = "") => ({
    requirement: req.requirement,
    description: note ? `${req.description} ${note}` : req.description,
    satisfied,
    missing,
  });
  const own = req.check(content, [content]);
  if (own === null) return result(true, null);
  if (content.kind !== "ADDENDUM" || !parent) return result(false, own);
  if (req.inherit === "whole") {
    return req.check(parent, [parent]) === null
      ? result(true, null, `Not stated in this addendum; satisfied by its parent agreement ${parent.code}.`)
      : result(false, own);
  }
  // Per item: what the parent covers drops out, so the sentence names only the remaining gaps.
  const remaining = req.check(content, [content, parent]);
  return remaining === null
    ? result(true, null, `Not fully stated in this addendum; completed by its parent agreement ${parent.code}.`)
    : result(false, remaining);
}

/**
 * Checks `content` against every requirement, in a stable order. For an ADDENDUM, a requirement
 * it does not meet itself is met if `parent` (the agreement it adds to) meets it.
 */
export function assessCompleteness(content: AgreementContent, parent?: AgreementContent | null): CompletenessReport {
  const checks = REQUIREMENTS.map((req) => assess(req, content, parent ?? null));
  const missing = checks.flatMap((c) => (c.missing === null ? [] : [c.missing]));
  return { complete: missing.length === 0, checks, missing };
}
