/** Jest configuration: TypeScript through a small esbuild transform; tests mirror src/ and sidebar/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/scripts/jest-esbuild-transform.cjs" },
  moduleFileExtensions: ["ts", "js", "cjs", "json"],
  testTimeout: 30000,
  setupFiles: ["<rootDir>/tests/setup-fast-check.ts"],
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.cjs"],
};
