import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { AgreementRevision } from "../revision/revision.types.js";
import * as t from "../../db/tables/index.js";
import { fromGlobalId, Node } from "../../graphql/node.js";
import * as agreement from "../agreement/agreement.types.js";
import * as catalogue from "../catalogue/catalogue.types.js";
import * as flow from "../flow/flow.types.js";

type Table = PgTable & { id: PgColumn };

/** Every Node type and the table its rows live in; `node(id:)` refetches through it. */
const NODE_TABLES: Record<string, [Table, new () => Node]> = {
  SourceDocument: [t.sourceDocuments, catalogue.SourceDocument],
  Organisation: [t.organisations, catalogue.Organisation],
  Purpose: [t.purposes, catalogue.Purpose],
  Channel: [t.channels, catalogue.Channel],
  DataItem: [t.dataItems, catalogue.DataItem],
  LegalGateway: [t.legalGateways, catalogue.LegalGateway],
  Agreement: [t.agreements, agreement.Agreement],
  Annex: [t.annexes, agreement.Annex],
  Participant: [t.participants, agreement.Participant],
  Signatory: [t.signatories, agreement.Signatory],
  ControllerDesignation: [t.controllerDesignations, agreement.ControllerDesignation],
  ProcessingCondition: [t.processingConditions, agreement.ProcessingCondition],
  DocumentVersion: [t.documentVersions, agreement.DocumentVersion],
  Review: [t.reviews, agreement.Review],
  Termination: [t.terminations, agreement.Termination],
  DataFlowRule: [t.flowRules, flow.DataFlowRule],
  Condition: [t.conditions, flow.Condition],
  Restriction: [t.restrictions, flow.Restriction],
  RetentionRule: [t.retentionRules, flow.RetentionRule],
  OperationalRule: [t.operationalRules, flow.OperationalRule],
  AgreementRevision: [t.agreementRevisions, AgreementRevision],
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Refetch any object by its global id; null if unknown." })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    const entry = decoded ? NODE_TABLES[decoded.type] : undefined;
    if (!decoded || !entry) return null;
    return ctx.loaders.byId(entry[0], entry[1]).load(decoded.id);
  }
}
