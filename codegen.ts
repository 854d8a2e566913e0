import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the API tests, from the committed SDL and test/operations/*.graphql. */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/operations/**/*.graphql"],
  generates: {
    "test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: "string", DateTime: "string", URL: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  emitLegacyCommonJSImports: false,
  silent: true,
};

export default config;
