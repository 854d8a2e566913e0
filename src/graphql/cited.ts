import { Field, InterfaceType, ObjectType } from "type-graphql";
import { Node } from "./node.js";

/** Where a fact comes from: the document and the clause in it. */
@ObjectType({ description: "The source of a fact: a document and the clause in it." })
export class SourceCitation {
  documentId!: string;

  @Field(() => String, { description: 'Clause, paragraph or section, e.g. "Annex C ¶12".' })
  clause!: string;
}

/** A Node whose facts are taken from a source document. */
@InterfaceType({
  implements: Node,
  description: "A fact taken from a source document, which it cites.",
})
export abstract class Sourced extends Node {
  sourceDocumentId!: string | null;
  sourceClause!: string | null;

  @Field(() => SourceCitation, {
    nullable: true,
    description: "Where this fact comes from; null for facts recorded in the registry without a source.",
  })
  get source(): SourceCitation | null {
    if (!this.sourceDocumentId || !this.sourceClause) return null;
    return Object.assign(new SourceCitation(), { documentId: this.sourceDocumentId, clause: this.sourceClause });
  }
}
