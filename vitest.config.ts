import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{core,adapters,functions,bot,addin,tab,web-shared,cli,scripts,test,manifest,infra}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["test/support/testing-library-setup.ts"],
    pool: "forks",
    // Two cores: run two files at a time so end-to-end tests that start servers keep their budget.
    maxWorkers: 2,
  },
});
