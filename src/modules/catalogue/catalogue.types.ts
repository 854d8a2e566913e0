import { Field, ObjectType } from "type-graphql";
import { Sourced } from "../../graphql/cited.js";
import { Classification, GatewayKind, Nation, OrganisationKind } from "../../graphql/enums.js";
import { Node } from "../../graphql/node.js";
import { DateScalar, URLScalar } from "../../graphql/scalars.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A document the registry's facts are taken from." })
export class SourceDocument extends Node {
  @Field(() => String, { description: "Stable code, e.g. `mou-2017`." })
  code!: string;

  @Field(() => String, { description: "Title as the document gives it." })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The document\'s own version label, e.g. "1.23".' })
  versionLabel!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date the document carries." })
  issuedOn!: string | null;

  @Field(() => String, { description: "File the text was read from." })
  file!: string;

  @Field(() => String, { description: "What the document is." })
  summary!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A party that can share or receive data.",
})
export class Organisation extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `dwp`, `la-england-sample`." })
  code!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => OrganisationKind, { description: "Kind of body." })
  kind!: keyof typeof OrganisationKind;

  @Field(() => Nation, { nullable: true, description: "Nation, for local authorities (2017 Annex B ¶16–18)." })
  nation!: keyof typeof Nation | null;

  @Field(() => Boolean, { description: "Sample data, invented to exercise the rules: not a real party." })
  sample!: boolean;

  actsForId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A purpose data may be shared for; purposes form a hierarchy.",
})
export class Purpose extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `hb-administration`." })
  code!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { description: "What the purpose covers." })
  description!: string;

  parentId!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A way data travels: CIS access, RTI, Data Hub, secure email, API, DTA.",
})
export class Channel extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `rti`." })
  code!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { description: "What the channel is." })
  description!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A data item or category; a grant for a category covers its items.",
})
export class DataItem extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `rti.paye-data`." })
  code!: string;

  @Field(() => String, { description: "Name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the item holds." })
  description!: string | null;

  @Field(() => Classification, { description: "Security classification." })
  classification!: keyof typeof Classification;

  parentId!: string | null;
  originatingControllerId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Sourced],
  description: "A statutory or common-law provision that permits a flow, with its precise citation.",
})
export class LegalGateway extends Sourced {
  @Field(() => String, { description: "Stable code, e.g. `wra-2012-s127`." })
  code!: string;

  @Field(() => GatewayKind, { description: "Primary or secondary legislation, or common law." })
  kind!: keyof typeof GatewayKind;

  @Field(() => String, { description: 'The instrument, e.g. "Welfare Reform Act 2012".' })
  instrument!: string;

  @Field(() => String, { description: 'The provision, e.g. "s127"; empty for common law.' })
  provision!: string;

  @Field(() => String, { description: "The full citation." })
  citation!: string;

  @Field(() => String, { description: "What it permits." })
  summary!: string;

  @Field(() => URLScalar, { nullable: true, description: "The legislation." })
  url!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "In force from; null where the sources do not say." })
  inForceFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "In force until; null while in force." })
  inForceTo!: string | null;
}
