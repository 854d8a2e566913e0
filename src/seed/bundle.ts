import type { SeedBundle } from "./types.js";

/** Every bundle, merged: the whole seed catalogue. */
export type SeedCatalogue = Required<SeedBundle>;

/**
 * Merges seed bundles into one catalogue and checks it: codes unique, every code a fact refers
 * to defined, every citation naming a known document, every ALLOW rule carrying a gateway.
 * Throws one error listing every problem, so a seed author fixes them in one pass.
 */
export function mergeBundles(bundles: SeedBundle[]): SeedCatalogue {
  const merged: SeedCatalogue = {
    sourceDocuments: [],
    organisations: [],
    purposes: [],
    dataItems: [],
    channels: [],
    gateways: [],
    agreements: [],
    attachments: [],
  };
  for (const bundle of bundles) {
    for (const key of Object.keys(merged) as (keyof SeedCatalogue)[]) {
      (merged[key] as unknown[]).push(...((bundle[key] as unknown[] | undefined) ?? []));
    }
  }
  const problems = validateCatalogue(merged);
  if (problems.length > 0) {
    throw new Error(`Seed catalogue is invalid:\n- ${problems.join("\n- ")}`);
  }
  return merged;
}

function codeSet(kind: string, codes: string[], problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) problems.push(`${kind} code "${code}" is defined twice`);
    seen.add(code);
  }
  return seen;
}

function validateCatalogue(c: SeedCatalogue): string[] {
  const problems: string[] = [];
  const docs = codeSet(
    "source document",
    c.sourceDocuments.map((d) => d.code),
    problems,
  );
  const orgs = codeSet(
    "organisation",
    c.organisations.map((o) => o.code),
    problems,
  );
  const purposes = codeSet(
    "purpose",
    c.purposes.map((p) => p.code),
    problems,
  );
  const items = codeSet(
    "data item",
    c.dataItems.map((i) => i.code),
    problems,
  );
  const channels = codeSet(
    "channel",
    c.channels.map((ch) => ch.code),
    problems,
  );
  const gateways = codeSet(
    "gateway",
    c.gateways.map((g) => g.code),
    problems,
  );
  const agreements = codeSet(
    "agreement",
    c.agreements.map((a) => a.code),
    problems,
  );

  const ref = (set: Set<string>, kind: string, code: string | undefined, where: string) => {
    if (code !== undefined && !set.has(code)) problems.push(`${where}: unknown ${kind} "${code}"`);
  };
  const cite = (source: { document: string; clause: string } | undefined, where: string) => {
    if (!source?.clause) problems.push(`${where}: missing source citation`);
    else ref(docs, "source document", source.document, where);
  };
  const isoDate = (value: string | undefined, where: string) => {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      problems.push(`${where}: "${value}" is not an ISO date`);
  };

  for (const o of c.organisations) {
    cite(o.source, `organisation ${o.code}`);
    ref(orgs, "organisation", o.actsFor, `organisation ${o.code} actsFor`);
  }
  for (const p of c.purposes) {
    cite(p.source, `purpose ${p.code}`);
    ref(purposes, "purpose", p.parent, `purpose ${p.code} parent`);
  }
  for (const i of c.dataItems) {
    cite(i.source, `data item ${i.code}`);
    ref(items, "data item", i.parent, `data item ${i.code} parent`);
    ref(orgs, "organisation", i.originatingController, `data item ${i.code} originatingController`);
    for (const ch of i.channels) ref(channels, "channel", ch, `data item ${i.code} channels`);
  }
  for (const ch of c.channels) cite(ch.source, `channel ${ch.code}`);
  for (const g of c.gateways) {
    cite(g.source, `gateway ${g.code}`);
    isoDate(g.inForceFrom, `gateway ${g.code} inForceFrom`);
    isoDate(g.inForceTo, `gateway ${g.code} inForceTo`);
    for (const comp of g.companions ?? []) ref(gateways, "gateway", comp, `gateway ${g.code} companions`);
  }

  for (const a of c.agreements) {
    const at = `agreement ${a.code}`;
    cite(a.source, at);
    ref(agreements, "agreement", a.parent, `${at} parent`);
    ref(orgs, "organisation", a.ownerOrganisation, `${at} ownerOrganisation`);
    isoDate(a.effectiveFrom, `${at} effectiveFrom`);
    isoDate(a.effectiveTo, `${at} effectiveTo`);
    const annexes = codeSet(
      `${at} annex`,
      a.annexes.map((x) => x.label),
      problems,
    );
    const conditionCodes = codeSet(
      `${at} condition`,
      a.conditions.map((x) => x.code),
      problems,
    );
    const annex = (label: string | undefined, where: string) => ref(annexes, "annex", label, where);
    const party = new Set(a.participants.map((p) => p.organisation));
    for (const x of a.annexes) cite(x.source, `${at} annex ${x.label}`);
    for (const p of a.participants) {
      cite(p.source, `${at} participant ${p.organisation}`);
      ref(orgs, "organisation", p.organisation, `${at} participant`);
      if (p.roles.length === 0) problems.push(`${at} participant ${p.organisation}: no roles`);
    }
    for (const s of a.signatories) {
      const where = `${at} signatory ${s.name}`;
      cite(s.source, where);
      if (!party.has(s.organisation)) problems.push(`${where}: ${s.organisation} is not a participant`);
      annex(s.annex, where);
      isoDate(s.signedOn, where);
    }
    for (const d of a.controllers) {
      cite(d.source, `${at} controller ${d.organisation}`);
      if (!party.has(d.organisation)) problems.push(`${at} controller: ${d.organisation} is not a participant`);
    }
    for (const pc of a.processingConditions) {
      cite(pc.source, `${at} processing condition ${pc.organisation}`);
      if (!party.has(pc.organisation))
        problems.push(`${at} processing condition: ${pc.organisation} is not a participant`);
      isoDate(pc.appliesFrom, `${at} processing condition appliesFrom`);
    }
    for (const f of a.flows) {
      const where = `${at} flow ${f.code}`;
      cite(f.source, where);
      annex(f.annex, where);
      if (!party.has(f.provider)) problems.push(`${where}: provider ${f.provider} is not a participant`);
      if (f.recipient !== undefined && !party.has(f.recipient))
        problems.push(`${where}: recipient ${f.recipient} is not a participant`);
      if (f.purposes.length === 0) problems.push(`${where}: no purposes`);
      if (f.dataItems.length === 0) problems.push(`${where}: no data items`);
      if (f.effect === "ALLOW" && f.gateways.length === 0)
        problems.push(`${where}: an ALLOW rule needs a legal gateway`);
      if (!f.clauseReference) problems.push(`${where}: no clause reference`);
      for (const p of f.purposes) ref(purposes, "purpose", p, where);
      for (const i of f.dataItems) ref(items, "data item", i, where);
      for (const ch of f.channels) ref(channels, "channel", ch, where);
      for (const g of f.gateways) ref(gateways, "gateway", g, where);
      for (const k of f.conditions ?? []) ref(conditionCodes, "condition", k, where);
    }
    for (const k of a.conditions) {
      cite(k.source, `${at} condition ${k.code}`);
      annex(k.annex, `${at} condition ${k.code}`);
    }
    for (const r of a.restrictions) {
      const where = `${at} restriction ${r.code}`;
      cite(r.source, where);
      annex(r.annex, where);
      ref(orgs, "organisation", r.originatingController, where);
      ref(orgs, "organisation", r.approvalBy, where);
      ref(purposes, "purpose", r.purpose, where);
      ref(channels, "channel", r.channel, where);
    }
    for (const r of a.retention) {
      cite(r.source, `${at} retention ${r.recordType}`);
      ref(items, "data item", r.dataItem, `${at} retention ${r.recordType}`);
    }
    codeSet(
      `${at} operational rule`,
      a.operationalRules.map((r) => r.code),
      problems,
    );
    for (const r of a.operationalRules) cite(r.source, `${at} operational rule ${r.code}`);
    for (const v of a.documentVersions) {
      cite(v.source, `${at} document version ${v.label}`);
      isoDate(v.issuedOn, `${at} document version ${v.label}`);
    }
    codeSet(
      `${at} document version`,
      a.documentVersions.map((v) => v.label),
      problems,
    );
    for (const r of a.reviews) cite(r.source, `${at} review ${r.reviewedOn}`);
  }

  for (const att of c.attachments) {
    const at = `attachment to ${att.agreement}`;
    ref(agreements, "agreement", att.agreement, at);
    for (const r of att.operationalRules ?? []) cite(r.source, `${at} operational rule ${r.code}`);
    for (const r of att.retention ?? []) {
      cite(r.source, `${at} retention ${r.recordType}`);
      ref(items, "data item", r.dataItem, `${at} retention ${r.recordType}`);
    }
    for (const k of att.conditions ?? []) cite(k.source, `${at} condition ${k.code}`);
  }
  return problems;
}
