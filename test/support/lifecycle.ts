import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import type { Role } from "../../src/config.js";
import {
  AgreementActivateDocument,
  AgreementApproveDocument,
  AgreementCreateFromDocument,
  AgreementHistoryDocument,
  AgreementSignDocument,
  AgreementSubmitForReviewDocument,
  ResolvePermissionDocument,
  type PermissionRequest,
} from "../generated/graphql.js";
import type { TestRegistry } from "./registry.js";

export interface Outcome {
  agreement: { code: string; status: string; revisionNumber: number; effectiveTo?: string | null } | null;
  revision: { id: string; number: number; changes: { area: string; kind: string; subject: string }[] } | null;
  userErrors: { code: string; field?: string[] | null; message: string }[];
}

/** Runs one agreement mutation and returns its payload (the only field of the result). */
export async function mutate<V extends { input: object }>(
  api: TestRegistry,
  document: TypedDocumentNode<Record<string, unknown>, V>,
  input: V["input"],
  role: Role = "drafter",
): Promise<Outcome> {
  const { data, errors } = await api.query(document, { input } as V, role);
  expect(errors).toBeUndefined();
  return Object.values(data as Record<string, Outcome>)[0];
}

/** Like `mutate`, but the mutation must succeed. */
export async function ok<V extends { input: object }>(
  api: TestRegistry,
  document: TypedDocumentNode<Record<string, unknown>, V>,
  input: V["input"],
  role: Role = "drafter",
): Promise<Outcome & { agreement: NonNullable<Outcome["agreement"]> }> {
  const outcome = await mutate(api, document, input, role);
  expect(outcome.userErrors).toEqual([]);
  return outcome as never;
}

/** The agreement's current revision number: what the next edit names as its base. */
export async function baseOf(api: TestRegistry, code: string): Promise<number> {
  const { data } = await api.query(AgreementHistoryDocument, { code, first: 1 });
  return data?.agreement?.revisionNumber as number;
}

export async function decide(api: TestRegistry, request: PermissionRequest) {
  const { data, errors } = await api.query(ResolvePermissionDocument, { request }, "service");
  expect(errors).toBeUndefined();
  return data?.resolvePermission as NonNullable<typeof data>["resolvePermission"];
}

/**
 * Takes a complete draft through review, approval (by someone who did not author it), a
 * signature from each named party, and activation.
 */
export async function approveSignActivate(api: TestRegistry, code: string, parties: string[]) {
  const step = async <V extends { input: object }>(
    document: TypedDocumentNode<Record<string, unknown>, V>,
    extra: object,
    role: Role,
  ) =>
    ok(
      api,
      document,
      { agreement: code, baseRevision: await baseOf(api, code), reason: "test", ...extra } as V["input"],
      role,
    );
  await step(AgreementSubmitForReviewDocument, {}, "drafter");
  await step(AgreementApproveDocument, {}, "approver");
  for (const organisation of parties) {
    await step(
      AgreementSignDocument,
      {
        organisation,
        name: `Signatory for ${organisation}`,
        capacity: "DEPARTMENTAL_SIGNATORY",
        signedOn: "2026-04-20",
      },
      "approver",
    );
  }
  return step(AgreementActivateDocument, {}, "approver");
}

/** A draft renewal of the 2019 PMoU, from 2026-05-01. */
export const renewPmou = (api: TestRegistry, code: string, role: Role = "drafter") =>
  ok(
    api,
    AgreementCreateFromDocument,
    {
      source: "ho-dwp-pmou-euss-2019",
      code,
      effectiveFrom: "2026-05-01",
      effectiveTo: "2028-04-30",
      reason: "Renewal of the EU Settlement Scheme PMoU",
    },
    role,
  );

export const HO_TO_DWP = {
  provider: "home-office",
  recipient: "dwp",
  purpose: "euss-residency-assessment",
  dataItems: ["euss.applicant-identity"],
};
