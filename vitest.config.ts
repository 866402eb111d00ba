import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Whole-corpus property checks run the full pipeline over hundreds of real articles.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
