import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

// The layers' rule (ARCHITECTURE.md), as import patterns: lib/ and components/ never import a route, lib/ never a
// React component.
const noApp = (folder) => ({ regex: "^(@/app/|(\\.\\./)+app/)", message: `${folder} must not import from app/.` });
const noComponents = { regex: "^(@/components/|(\\.\\./)+components/)", message: "lib/ must not import from components/." };

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "lib/generated/", "test-results/", "playwright-report/", ".data/", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    // No pattern may cost more than linear time in its input (issue 10): a regex that can backtrack
    // polynomially lets one long field stall the whole server. These rules prove it for every literal pattern.
    // Tests and scripts only ever see their own inputs.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts"],
    ignores: ["**/*.test.ts"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The layers' rule (ARCHITECTURE.md): app/ is routes over components/ and lib/; nothing below imports a route,
    // and lib/ (the data layer and domain logic) knows nothing of React components.
    files: ["lib/**/*.{ts,tsx,mjs}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noApp("lib/ and components/")] }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,mjs}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noApp("lib/"), noComponents] }],
    },
  },
  {
    // The data layer's one door (lib/data/reader.ts): each read is handed its database, never opens one itself.
    // Only lib/data/as-of.ts, which makes the reader a route asks for, opens it.
    files: ["lib/data/**/*.ts"],
    ignores: ["lib/data/as-of.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noApp("lib/"),
            noComponents,
            {
              regex: "^(@/lib/db|(\\.\\./)+db)$",
              message: "A read in lib/data takes its Reader as its first argument (lib/data/reader.ts); it does not call getDatabase().",
            },
          ],
        },
      ],
    },
  },
  // Layout is Prettier's (`npm run format`); this turns off the style rules that would argue with it.
  prettier,
);
