import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for everyone, or schema objects "come from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql/index.js") }],
  },
  test: {
    setupFiles: ["reflect-metadata"],
    // Tests that start the service run what `npm start` runs: the compiled `dist`.
    globalSetup: ["test/support/build.ts"],
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep the embedded databases from starving each other.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
