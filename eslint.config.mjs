import js from "@eslint/js"
import prettier from "eslint-config-prettier"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".medusa/**",
      ".cache/**",
      ".pgdata/**",
      "coverage/**",
      "screenshots/**",
      "src/modules/*/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      curly: ["error", "all"],
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@medusajs/*/dist/*"],
              message: "Import from the package's public entry points.",
            },
            {
              group: ["@mikro-orm/*"],
              message: "Use @medusajs/framework/mikro-orm/*.",
            },
          ],
          paths: [
            {
              name: "@medusajs/workflows-sdk",
              message: "Use @medusajs/framework/workflows-sdk.",
            },
            {
              name: "@medusajs/core-flows",
              message: "Use @medusajs/medusa/core-flows.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/api/**", "src/modules/**", "src/workflows/**", "src/utils/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: "Use @medusajs/framework/zod on the server.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "scripts/**", "bench/**", ".ci/**"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        URL: "readonly",
        fetch: "readonly",
        Buffer: "readonly",
      },
    },
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  prettier
)
